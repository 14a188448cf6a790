"""A publisher's name as a republication note writes it, cleaned: the words before it ("our sister site", "the
May issue of") and after it cut, a German name declined after its article put in the nominative, whether the
name is one at all, and whether it is the page's own site's (``own_name``)."""

from __future__ import annotations

import functools
import re

from worker.lexicon.agencies import outlet_name
from worker.lexicon.domains import host_of, registrable_domain, unarchived
from worker.lexicon.text import MONTH_NAMES, clean_text, compact_key, folded
from worker.parse.note_patterns import LANGUAGES


@functools.cache
def publisher_prefix() -> re.Pattern[str]:
    """What may stand before the publisher's name: "our sister site", "our sister paper, ", "our partners at",
    "the May issue of", "Spanish by", "May 3, 2024 on", "12 February 2025 in". Compiled on first use (a note naming
    its publisher: on 10 of 302 labelled pages), not at import: 4 ms."""
    return re.compile(
        r"^(?:our\s+|the\s+)?(?:sister|partner|affiliate)\s+(?:web\s*site|site|publication|outlet|brand|title|"
        r"(?:news)?paper|station|magazine)(?:\s+|,\s+)|"
        r"^(?:our\s+|the\s+)?(?:partners?|friends|colleagues)\s+(?:at|of)\s+|"
        r"^(?:dem\s+)?blog\s+(?:von|of)\s+|^(?:the\s+)?(?:web\s*site|site|blog|portal)\s+(?=[A-Z])|"
        r"^unsere[rm]?\s+[\w-]*?(?:schwester|partner)\w*,?\s+(?:(?:dem|der|den)\s+)?|"
        r"^(?:(?:der|die)\s+)?(?:redaktion|web-?seite|website|internetseite|homepage)\s+(?:von|der|des)\s+|"
        r"^(?:gedruckter|digitaler|ähnlicher|anderer)\s+(?:form|fassung)\s+(?:in|im|bei|auf)\s+(?:der\s+|dem\s+)?|"
        r"^print\s+(?:in|by)\s+|"
        r"^(?:(?:print|online|nachrichten|fach|wochen|monats)-?)?(?:magazin|zeitschrift|portal|onlineportal)\s+"
        r"(?=(?-i:[A-ZÄÖÜ]))|"
        r"^(?:the\s+|an?\s+)?(?:[\w,]+\s+){0,3}(?:print\s+)?(?:issue|edition)\s+of\s+|"
        r"^(?:(?:der|die|dem|den)\s+)?(?:[\w./-]+\s+){0,2}(?:print-?|online-?|druck)?(?:ausgabe|heft)\s+"
        r"(?:[\w./-]+\s+){0,2}(?:der|des|vom|von)\s+|"
        rf"^(?:original\s+)?(?:auf\s+|het\s+)?(?:{LANGUAGES})\s+(?:by|in|on|at|bei|im|auf|en|no|na|em|por|sur|dans|"
        r"par|su|sul|sulla|da|op|bij|door)\s+(?:der\s+|dem\s+)?|"
        rf"^(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\s+(?:on|in|at|by)\s+|"
        rf"^\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}}\s+(?:on|in|at|by)\s+",
        re.IGNORECASE,
    )


_QUOTED_NAME = re.compile(
    r"^(?:(?:the|der|die|das|dem|den|des)\s+)?(?:[\w-]+\s+)?[„“”\"«»‚‘](?P<name>[^„“”\"«»‚‘’]{2,80})[“”\"«»‘’]"
)
"""A quoted name, maybe after an outlet noun: "der Wochenzeitung „der Freitag“", "the magazine “Harbor Life”": the
quotes bound the name, its own article included."""


@functools.cache
def _publisher_end() -> re.Pattern[str]:
    """Where a publisher's name ends in a note's text: its site or edition ("'s website"), a date, a sentence's end,
    a colon before the story's title ("Originally published on X: <a>Title</a>"),
    the note going on ("under", "and is republished", "with permission"), a byline run on. Compiled on first use,
    as ``publisher_prefix``: 2 ms."""
    return re.compile(
        r"['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:web\s*site|site|blog|newsletter|app|print\s+edition|edition|podcast|issue)\b|\s+\d{1,2}/\d{2,4}\b|\s*(?:\.(?![\w-])|[;!?()\[\]|]|[,:]\s|\s[-–—]\s|\s+(?:on|am|vom|le|el|il|op|em|en)\s+\d|\s+(?:under|and\s+is|"
        r"and\s+has|and\s+was|dengan\s+judul|unter|erschienen|veröffentlicht|publiziert|and\s+is\s+republished|as\s+part\s+of|and\s+republished|"
        r"licen[cs]ed|et\s+(?:est|a)|sous|y\s+(?:se|es|ha)|bajo|e\s+(?:è|foi)|en\s+is|onder|sob|con\s+licenza|met\s+toestemming|and\s+[a-z]+ed|"
        rf"with\s+(?:kind\s+)?permission)\b|\s+on\s+(?i:{MONTH_NAMES})\.?\s+\d|\s+(?:at|unter|sur|en|em|su)\s+(?:https?://|www\.)|"
        r"\s+(?i:story|article|written|words|text|reporting|photos?|video)\s+by\s|"  # a byline run on: "X Story by A"
        r"\s+(?:of|van|del|du|dal)\s+\d{1,2}\.?\s+[^\W\d_]+\s+\d{4}|\s+by\s+(?:kind\s+)?permission\b|\s+el\s+pasado\b|"
        r"\s+datée?\s+du\b|\s+in\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+[A-Z]))"  # "X of 14 March 2024",
        # "X van 8 mei 2024", "X by kind permission", "X el pasado 10 de mayo", "X daté du 15 mai", "X in Norfolk, Va."
    )


_ROLE_NAMES = frozenset(
    {
        "author", "authors", "writer", "autor", "autorin", "autors", "autoren", "autorinnen", "verfasser",
        "verfasserin", "verfassers", "redaktion", "verlag", "verlags", "verlages", "herausgeber", "herausgeberin",
        "herausgebers", "fotograf", "fotografin", "fotografen", "künstler", "künstlerin", "künstlers",
    }
)  # fmt: skip
"""Roles a permission note may thank instead of an outlet ("mit freundlicher Genehmigung der Autorin")."""
MAX_PUBLISHER = 80
_LOWER_ARTICLE = re.compile(r"^(?:(?:the|der|die|das|dem|den|des)\s+|(?:de|het)\s+(?=[A-ZÀ-Þ]))")
"""A lower-case article before the name: "in der Wochenpost", "uit de Noord-Veluwse Courant": the name has none."""
LOWER_THE = re.compile(r"^the\s+")
_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)


@functools.cache
def _date_name() -> re.Pattern[str]:
    """A date where a note's publisher stands: "first published on May 3, 2024", "Originally published on Wed June 5,
    2013 4:19 pm", "am 5. Juni 2013", "on 05/06/2013"; a weekday alone, the rest cut at its comma ("on Wednesday, 5
    June 2013"). Compiled on first use, as ``publisher_prefix`` (a note naming its publisher: on 8 of 392 news
    pages), not at import: ~6 ms."""
    return re.compile(
        rf"^(?:(?:{_WEEKDAY})\.?,?$|(?:(?:{_WEEKDAY})\.?,?\s+)?(?:(?:{MONTH_NAMES})\.?\s+\d|"
        rf"\d{{1,2}}\.?\s+(?:{MONTH_NAMES})\b|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}))",
        re.IGNORECASE,
    )


@functools.cache
def _language_name() -> re.Pattern[str]:
    """A language's name ("Ukrainian"), for ``names_an_outlet``; compiled on first use, as ``_date_name``."""
    return re.compile(rf"(?:{LANGUAGES})", re.IGNORECASE)


_MEDIUM_WORD = re.compile(r"\s+(?:blog|website|web site|site|newsletter|podcast)$")
"""The medium after a name the note gives with "the": "on the Harbor Weekly blog" → "Harbor Weekly"."""


def publisher_name(raw: str) -> str:
    quoted = _QUOTED_NAME.match(clean_text(raw))
    if quoted:
        return quoted.group("name").strip()
    name = publisher_prefix().sub("", clean_text(raw))
    quoted = _QUOTED_NAME.match(name)  # "Heft 4/2024 der Zeitschrift «X»": quoted after the edition
    if quoted:
        return quoted.group("name").strip()
    name = _publisher_end().split(name, maxsplit=1)[0]
    name = name.strip(" .,:;\"'“”‘’")
    listed = outlet_name(name)
    if listed and listed.casefold() == name.casefold():
        # "de Volkskrant" keeps its "de"; an article the sentence set in lower case is the outlet's own: "the New
        # York Times" → "The New York Times"
        name = listed if _LOWER_ARTICLE.match(name) else name
    else:
        name = _LOWER_ARTICLE.sub("", name).strip()
    return _MEDIUM_WORD.sub("", name) if LOWER_THE.match(clean_text(raw)) else name


_DATIVE_ADJECTIVE = re.compile(r"(?<=[a-zäöüß])en(?= [A-ZÄÖÜ])")
"""An adjective's dative ending before the next capitalised word of a name: "Schwäbischen Rundschau" → "Schwäbische
Rundschau", "Neuen Zürcher Zeitung" → "Neue Zürcher Zeitung" (the last word, a noun, keeps its form)."""


_DATIVE_ARTICLE = re.compile(r"\b(?:im|beim|vom|zum|dem)\s+$", re.IGNORECASE)
"""A masculine or neuter name's dative article or contraction right before it: "erschien zuerst im X"."""
_GENITIVE_ARTICLE = re.compile(r"\bdes\s+$", re.IGNORECASE)
"""A masculine or neuter name's genitive article right before it: "mit freundlicher Genehmigung des X"."""
_MASCULINE_HEAD = re.compile(
    r"(?:anzeiger|kurier|bote|beobachter|funk|freund|merkur|spiegel|standard|express|herold|telegraf|reporter|"
    r"monat|blick|morgen|landbote)$"
)
_NEUTER_HEAD = re.compile(r"(?:blatt|journal|magazin|wort|echo|deutschland|fernsehen|radio|volk|land)$")
"""The head nouns of German paper and broadcaster names by their gender ("Anzeiger", "Rundfunk"; "Tageblatt")."""


def undeclined(publisher: str, raw: str, text: str, start: int) -> str:
    """A German name the note gives in the dative or genitive (its text ``raw`` at ``start`` of ``text``) in the
    nominative."""
    written = clean_text(raw)
    named = publisher_prefix().sub("", written)
    before = written[: len(written) - len(named)]  # "der Webseite des ", "gedruckter Form im ": the article ends it
    if named.startswith("der ") or before.endswith(" der "):  # a feminine name in the dative
        return _DATIVE_ADJECTIVE.sub("e", publisher)  # "bei der (<a>)Schwäbischen Rundschau(</a>)"
    genitive = (
        named.startswith("des ")
        or before.endswith(" des ")
        or _GENITIVE_ARTICLE.search(text, max(0, start - 5), start) is not None
    )
    dative = bool(
        _DATIVE_ARTICLE.search(text, max(0, start - 8), start)
        or _DATIVE_ARTICLE.search(before)
        or re.match(r"(?:dem|im|beim|vom|zum)\s", named)
    )
    if (genitive or dative) and publisher.casefold().endswith("boten"):
        return _nominative(publisher[:-1])  # a weak noun: "des Landboten", "vom Lahntal-Boten" → "Bote"
    if genitive and publisher.endswith("s"):  # "mit freundlicher Genehmigung des Tagesspiegels"
        head = publisher[:-1].rsplit(" ", 1)[-1].casefold()
        if _MASCULINE_HEAD.search(head) or _NEUTER_HEAD.search(head):
            return _nominative(publisher[:-1])
    if dative:
        return _nominative(publisher)  # "im Bergischen Anzeiger", "beim Bayerischen Rundfunk", "aus dem X"
    return publisher


def with_article(publisher: str) -> str:
    """A listed German outlet whose name opens with its article, named without it after a contracted preposition
    ("erschien zuerst im STANDARD" → "Der Standard", "in der Zeit" → "Die Zeit"); other names as they are."""
    if not publisher or " " in publisher or outlet_name(publisher) is not None:
        return publisher
    word = publisher.title() if publisher.isupper() else publisher
    for article in ("Der", "Die", "Das"):
        listed = outlet_name(f"{article} {word}")
        if listed is not None and listed.casefold() == f"{article} {word}".casefold():
            return listed
    return publisher


def _nominative(name: str) -> str:
    """A masculine or neuter German name given after "im", "beim" in the dative, in the nominative: "Bergischen
    Anzeiger" → "Bergischer Anzeiger", "Neuen Tageblatt" → "Neues Tageblatt" (the head noun tells the gender; an
    unknown head, or a name with no adjective ending, is kept)."""
    head = name.rsplit(" ", 1)[-1].casefold()
    if _MASCULINE_HEAD.search(head):
        return _DATIVE_ADJECTIVE.sub("er", name)
    if _NEUTER_HEAD.search(head):
        return _DATIVE_ADJECTIVE.sub("es", name)
    return name


def _uncased(char: str) -> bool:
    """A letter of a script without case ("東", "ミ"): a name may start with it."""
    return char.isalpha() and char.lower() == char.upper()


def names_an_outlet(publisher: str, raw: str, url: str | None) -> bool:
    """Whether a note's ``publisher`` (written ``raw``, linking ``url``) is a name: capitalised, quoted („der
    Freitag“), linked or a listed outlet that writes itself in lower case ("taz"); not a date ("the 1950s"), a
    language ("Translated from Ukrainian") or a role ("mit freundlicher Genehmigung der Autorin")."""
    named = (
        publisher[:1].isupper()
        or _uncased(publisher[:1])
        or url
        or _QUOTED_NAME.match(clean_text(raw))
        or outlet_name(publisher) is not None
    )
    if not publisher or len(publisher) > MAX_PUBLISHER or not named or _date_name().match(publisher):
        return False
    return not (_language_name().fullmatch(publisher) or publisher.casefold() in _ROLE_NAMES)


_MIN_OWN_KEY = 4


def _name_key(value: str | None) -> str:
    """A name's comparison key: folded, word characters only, a leading "the" dropped."""
    return compact_key(folded(value)).removeprefix("the")


def own_name(publisher: str, page_url: str | None, site_name: str | None) -> bool:
    """Whether ``publisher`` is the page's own site: its site name, or a name whose first or last word is its domain's
    label ("hessenschau.de/bb", "MDR THÜRINGEN/ls" on mdr.de, "Example News" on example-news.com, "Süddeutschen
    Zeitung" on sueddeutsche.de, "OÖ Volksblatt" on volksblatt.at; not "Weltwoche" on welt.de), or that the label
    starts with ("Example" on example-news.com), or a label of the host before its domain ("ESPN" on
    sports.espn.go.com)."""
    if "&" in publisher:  # "Design&Trend" on designntrend.com, "Barnes & Noble" on barnesandnoble.com
        return any(own_name(publisher.replace("&", joint), page_url, site_name) for joint in (" and ", "n", " "))
    key = _name_key(publisher)
    if not key:
        return False
    if site_name and _name_key(site_name) == key:
        return True
    page = unarchived(page_url)
    domain = registrable_domain(page)
    label = _name_key(domain.split(".", 1)[0]) if domain else ""
    if not label:
        return False
    host = host_of(page) or ""
    if domain and key in {_name_key(part) for part in host.removesuffix(domain).split(".")}:
        return True  # the brand in a host under a parent company's domain ("ESPN" on sports.espn.go.com)
    spelled = r"[\W_]*".join(map(re.escape, label)) + r"(?:e?n|e?s)?(?![a-z0-9])"  # "Süddeutschen": inflected
    spelling = folded(publisher).strip()
    starts = re.match(rf"(?:the\s+)?{spelled}", spelling)
    ends = re.search(rf"(?<![a-z0-9]){spelled}$", spelling)  # "OÖ Volksblatt" on volksblatt.at: a regional edition
    return bool(starts or ends) or (len(key) >= _MIN_OWN_KEY and label.startswith(key))


__all__ = [
    "LOWER_THE",
    "MAX_PUBLISHER",
    "names_an_outlet",
    "own_name",
    "publisher_name",
    "publisher_prefix",
    "undeclined",
    "with_article",
]
