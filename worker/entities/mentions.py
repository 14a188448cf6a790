"""Collect mentions: spaCy's entities of headline and body, plus the page's own organisation signals."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Final

from schemas.article import EntityLabel
from worker.entities.gazetteer import (
    EVENT_HEADS,
    GEO_FIRSTS,
    GEO_HEADS,
    INSTITUTION_HEADS,
    LEGAL_FORMS_ABROAD,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    ORG_WORDS,
    STATE_ABBREVIATIONS,
    canonical_outlet,
    given_names,
)
from worker.entities.labels import PLACE_LABELS, public_label
from worker.entities.language import reads_foreign
from worker.entities.lines import LINE, PARAGRAPH
from worker.entities.merge import PLACE_WORDS, PROTECTED_AREAS, Mention, MentionSource
from worker.entities.names import (
    HONORIFICS,
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    clean_name,
    is_plain_word,
    is_title,
    keeps_possessive,
    name_key,
    split_name,
    whole_names_pattern,
    whole_word_spans,
)

Span = tuple[int, int]
RawEntity = tuple[str, str, int]
"""One spaCy entity as plain data: text, spaCy label, start character."""

_TITLE_CASE_SHARE: Final[float] = 0.7
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ ]$")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_DATELINE_PLACE = re.compile(
    r"([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:, [A-Z][\w.]+)?(?: \d{1,2}(?:, \d{4})?)?[ ]*(?:\([^)\n]{1,30}\)[ ]*)?"
    r"(?:(?:[-—–]|--|:)[ ]|(?:--|[—–])(?=[A-Z][a-z]))"
)
"""A dateline's place (and its state or its day: "LONDON, May 3 (Reuters) -"), then a dash or colon and a space, or a
long dash run into the story's first word ("NEW YORK--Verizon Communications is ...")."""
_DATELINE_CHARS: Final[int] = 40
DATELINE_REACH: Final[int] = 600
"""A dateline opens the body or one of the paragraphs starting this early (after a standfirst)."""
_TITLE_ZONE_WORDS: Final[int] = 30
_HEADING_WORDS: Final[int] = 3
_CREDIT = re.compile(r"(?:photo|picture|image|photograph|credit|illustration)s?(?: by)?\s*[:/]?\s*$", re.IGNORECASE)
_PHOTO_WORD = re.compile(r"\s(?:photo|picture|pic|image|photograph)s?\b", re.IGNORECASE)
"""The word that makes a bracketed name a picture's credit, in it or right after it: "(AFP Photo)", "(HT Photo/Jane
Doe)"."""
_CREDIT_LINE = re.compile(
    r"(?:photo|picture|image|photograph|illustration|video)s?(?: (?:source|credit|courtesy))?(?: by)?\s*:",
    re.IGNORECASE,
)
_AGENCY_AFTER = re.compile(
    r"\s?/\s?(?:Getty|AP\b|AFP|Reuters|EPA|Bloomberg|Corbis|Shutterstock|iStock|Alamy|dpa|picture alliance|Keystone|"
    r"ANP|NurPhoto|SOPA|Anadolu|Xinhua|Imago|Icon Sportswire|USA TODAY|Associated Press|The Associated Press)"
)
"""A photographer's credit after the name: "Stephen Chernin/Getty Images", "Jane Doe / AFP"."""
_LIST_GAP = re.compile(r"['’]?s?(?:,|,? and|,? or|&)\s+(?:the\s+)?")
_PORTFOLIO = re.compile(r" (?:Secretary|Minister|Spokesman|Spokeswoman|Spokesperson)\b")
_SKIP = frozenset({"of", "and", "the", "for", "&"})
_NAME_BEFORE_ACRONYM = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)(?:(?:[A-Z][\w.'’-]*|of|and|the|for|&)\s+){0,7}[A-Z][\w'’-]*)\s+\(([A-Z]{2,6})\)"
)
_CAMEL_BEFORE_ACRONYM = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[A-Z][a-z]+)+)\s+\(([A-Z]{2,6})\)")
"""One word of joined capitalised parts before the acronym its capitals spell: "OpenStreetMap (OSM)"."""
_DEFINED_ACRONYM = re.compile(r"\b((?:[a-z][\w-]*\s+){1,7}[a-z][\w-]*)\s+\(([A-Z]{2,6}s?)\)\Z")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}s?\)")
_GIVEN = r"[A-ZÀ-ÖØ-Þ][^\W\dA-Z_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\dA-Z_]+)?"
"""A capitalised given name, accented letters included ("Céline", "Jean-Luc")."""
_SAME_COUNTRY: Final[tuple[frozenset[str], ...]] = (
    frozenset({"us", "usa", "america", "united states", "united states of america"}),
    frozenset({"uk", "britain", "great britain", "united kingdom"}),
    frozenset({"dc", "washington, dc", "washington dc", "district of columbia"}),
)
"""Name keys that name one country, or the US capital (a place's other names that news text mixes freely)."""
_SAME_ORGANISATION: Final[tuple[frozenset[str], ...]] = (
    frozenset({"gop", "grand old party", "republican party"}),
    frozenset({"tories", "tory party", "conservative party"}),
)
"""Name keys of one party: a nickname and the name it stands for (no initials or clipping relates them)."""
_OFFICE_WORDS: Final[frozenset[str]] = frozenset({"department", "ministry", "office"})
"""Heads of a government body named either way round: "Justice Department" / "Department of Justice"."""
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|com\.au|in)$", re.IGNORECASE)
"""A web address's ending on a company's name ("Amazon.com")."""
_ORG_HEAD_WORDS: Final[frozenset[str]] = INSTITUTION_HEADS | ORG_HEADS
"""Words that end an organisation's name: no person's name or list item ends in one."""
_HONORIFICS = rf"(?:{'|'.join(sorted((h.capitalize() for h in HONORIFICS), key=len, reverse=True))})\.?"
_HONORIFIC_OPENS = re.compile(rf"{_HONORIFICS} [A-Z]")
_HONORIFIC_BEFORE = re.compile(rf"\b{_HONORIFICS} $")
_OFFICES = (
    r"President|Senator|Sen\.|Governor|Gov\.|Mayor|Rep\.|Congressman|Congresswoman|Judge|Pope|"
    r"Chancellor|Prime Minister|Secretary"
)
"""Offices written as a title before a name ("President Obama"): only people are called so."""
_HEAD_TITLES = r"co-?founder|founder|chief executive|ceo|cfo|chairman|chairwoman"
"""A company head's titles: after the company's name ("Toyota's chief executive"), before the head's."""
_EXECUTIVE_BEFORE = re.compile(rf"(?<![\w-])(?:COO|(?i:{_HEAD_TITLES})) $")
"""A company head's title right before a name ("Moderna's CEO Stephane Bancel")."""
_OFFICE_BEFORE = re.compile(rf"(?<![\w-])(?:{_OFFICES}) $")
"""An office capitalised as a title right before a name ("President Obama", "Sen. Warren")."""
_KIN = (
    r"daughters?|sons?|wife|husband|mother|father|brothers?|sisters?|children|kids|twins|granddaughters?|"
    r"grandsons?|nephews?|nieces?|fiancée?|girlfriend|boyfriend|widow|widower|stepdaughter|stepson"
)
_KIN_BEFORE = re.compile(
    rf"(?<![\w'’-])(?i:{_KIN})(?:,\s*|\s+)(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,\s*|\s+and\s+|\s*&\s*))*$"
)
"""A kinship word right before a name, or before the names listed with it ("their two daughters, Esmeralda and
Amada", "his wife Jane"): only people are so related."""
_KIN_REACH = 60
_EXECUTIVE_REACH = 20
_CAPITALISED_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|[A-Z][\w'’&-]*)"
_POSSESSIVE_END = re.compile(r"['’]s$")
_STARTS_SENTENCE = re.compile(r"(?:\A|\n|[.!?][\"”’)]? )\Z")
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
_SENTENCE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "but", "and", "or", "the", "a", "an", "in", "at", "on", "for", "from", "to", "by", "with", "as", "if", "when",
        "while", "after", "before", "since", "so", "yet", "because", "although", "then", "this", "that", "these",
        "those", "its", "his", "her", "their", "our", "my", "your", "every", "each", "both", "all", "some", "many",
        "most", "no", "like", "unlike", "under", "via", "per", "about", "against", "between", "into", "over",
    }
)  # fmt: skip
"""Words that open a sentence or clause before a name ("But the Democratic Party"), not a part of it."""
_CAPITAL_OR_DIGIT = r"(?=[A-Z\d])"
"""A lookahead opening the patterns of names made of capitalised words before a head word: every match starts with
a capital (or a number, "4th District Court"), so the matcher skips other places in one test instead of trying each
head word there (the same matches, about 40 % less time)."""
_HEADS = "|".join(sorted((h.capitalize() for h in INSTITUTION_HEADS), key=len, reverse=True))
_TAIL = rf"(?P<tail>(?: (?:of|for) (?:the |an? )?{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}){{0,2}})"
"""What an institution is of or for ("... of the European Union", "... for an Effective Congress"), up to two such
parts."""
_NAME_END = r"(?![\w-]|['’](?!s\b))"
"""The name ends here; a possessive may follow ("the Premier League's top four")."""
_INSTITUTION = re.compile(
    rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])"
    rf"(?:(?:{_CAPITALISED_WORD}|\d{{1,2}}(?:st|nd|rd|th)) (?:(?:of|for|de) (?:the )?)?){{0,7}}"
    rf"(?:{_HEADS}){_TAIL}{_NAME_END}"
)
"""A name with an institution's head word, and what it is of or for: "Democratic Party", "Public Health Agency of
Sweden", "Kiel Institute for the World Economy", "University of Aberdeen", "Court of Justice of the European
Union", "4th District Court of Appeal" (a head word alone is no name)."""
_BANK_OF = re.compile(
    rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,4}}Bank"
    rf"(?P<tail> (?:of|for) (?:the )?{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}){_NAME_END}"
)
"""A bank of or for somewhere ("Federal Reserve Bank of Kansas City", "Reserve Bank of India", "Bank of England"):
"Bank" is no institution's head word alone ("the West Bank" is a place)."""
_NAME_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {
        "federal", "national", "international", "central", "general", "royal", "supreme", "public", "state",
        "american", "european", "african", "asian", "british", "united", "world", "global", "regional", "municipal",
    }
)  # fmt: skip
"""Common words that open institutions' names ("Federal Reserve Bank ...", "National Health Service"): at a
sentence's start they stay, though the text writes them in lower case elsewhere."""
_TAIL_STOPS: Final[frozenset[str]] = frozenset(
    {
        "secretary", "minister", "director", "spokesman", "spokeswoman", "spokesperson", "chief", "president",
        "professor", "prof", "dr", "commissioner", "chairman", "chairwoman", "chair", "head", "researcher",
        "researchers", "scientist", "scientists", "official", "officials", "ceo", "superintendent", "deputy", "mr",
        "mrs", "ms", "governor", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
"""Words that end what an institution is of or for: a title or a day after its name ("Department of Education
Secretary Miguel Cardona" is the department's secretary)."""
_AND_INSTITUTION = re.compile(
    rf"(?<=\b[Tt]he )(?:{_CAPITALISED_WORD} ){{1,3}}and (?:{_CAPITALISED_WORD} (?:(?:of|for) (?:the )?)?){{1,4}}"
    rf"(?:{_HEADS}){_TAIL}{_NAME_END}"
)
"""An institution whose name joins two words by "and" after "the": "the Food and Drug Administration", "the
Securities and Exchange Commission", "the Natural Sciences and Engineering Research Council of Canada" (without
"the", "Microsoft and Stanford University" are two names)."""
_LIST_ITEM = rf"{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}"
_LISTED_HEADS = "|".join(sorted({h.capitalize() for h in INSTITUTION_HEADS | {"union", "office", "board", "service"}}))
_LISTED_INSTITUTION = re.compile(
    rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,3}}(?:{_LISTED_HEADS}) (?:of|for) (?:the )?"
    rf"(?P<items>{_LIST_ITEM}(?:, {_LIST_ITEM}){{0,4}},? and {_LIST_ITEM})(?![\w'’-])(?! (?:of|for)\b)"
)
"""An institution whose "of" or "for" names a list: "Department of Housing, Local Government and Heritage",
"Department of Health and Social Care", "National Union of Rail, Maritime and Transport Workers", "National Gas
Company of Trinidad and Tobago" (``institution_names`` checks that no item is an acronym or an organisation)."""
_ROLE_OFFICE = re.compile(
    rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,5}}"
    r"(?:Attorney|Sheriff|Prosecutor|Coroner|Marshal|Comptroller|Auditor"
    r"|Treasurer|Clerk|Defender|Examiner|General|Governor|Mayor|Controller|Assessor)['’]s"
    r" (?:Office|Department)(?![\w'’-])"
)
"""An office named after the official it serves ("Christian County Sheriff's Office", "Dallas County District
Attorney's Office"): a head word of its own, whose possessive the institution pattern does not cross."""
_DISTRICT = re.compile(r",? (D\.C\.|DC(?!\w))")
_COUNTRY_INITIALS: Final[frozenset[str]] = frozenset({"us", "usa", "uk", "eu", "un"})
_NEXT_WORD_AFTER = re.compile(r" ([A-Za-z][\w'’-]*)")
_NOUN_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {
        "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
        "should", "must", "may", "might", "does", "did", "do", "to", "in", "on", "for", "of", "by", "with", "at",
        "as", "from", "into", "than", "that", "which", "who", "said", "says", "after", "before", "over", "since",
        "until", "while", "if", "because", "so", "also", "remains", "continues", "wants", "needs", "plans",
    }
)  # fmt: skip
"""Words that may follow a country's initials used as a noun ("the US and China", "the UK has", "in the US in 2020")."""
_PARTICLES: Final[frozenset[str]] = frozenset(
    {"von", "van", "der", "den", "ten", "ter", "zu", "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le",
     "bin", "ibn", "al"}
)  # fmt: skip
"""Lower-case particles inside people's names ("von der Leyen", "ten Hag", "da Silva", "bin Salman")."""
_PARTICLE = rf"(?: (?:{'|'.join(sorted(_PARTICLES))}))"
_NEXT_WORD = re.compile(rf"{_PARTICLE}* ([A-ZÀ-ÖØ-Þ][\w'’-]*)")
"""The capitalised word ending a name after its particles ("Ursula von" + " der Leyen")."""
_PARTICLE_TAIL = re.compile(rf"{_PARTICLE}+ ([A-ZÀ-ÖØ-Þ][\w'’-]*)")
"""Particles and the capitalised word after them, going on from a whole name ("André Corrêa" + " do Lago")."""
_ALIAS_AFTER = re.compile(r" \(([A-Z]{2,6}|[A-Z][a-z]{3,9})\)( ?[-—–])?")
"""Initials ("(LHR)") or a syllable acronym ("(Comelec)", "(Ofgem)") in brackets after a name."""


def _abbreviates(short: str, name: str) -> bool:
    """Whether a capitalised short form's letters run through the name in order from its first letter ("Comelec" in
    "Commission on Elections", "Ofgem" in "Office of Gas and Electricity Markets"): a syllable acronym, not a party
    or an outlet in brackets after a person ("Jane Doe (Labor)")."""
    letters = iter(name.casefold())
    return short[:1].casefold() == name[:1].casefold() and all(c in letters for c in short.casefold())


def model_mentions(ents: Iterable[RawEntity], *, in_headline: bool) -> list[tuple[Span, Mention]]:
    """Cleaned PERSON/ORG/GPE/LOC entities of one text, each with its character span in the text."""
    found: list[tuple[Span, Mention]] = []
    for ent_text, spacy_label, start_char in ents:
        label = public_label(spacy_label)
        if label is None:
            continue
        for part, line_start in _parts(ent_text, start_char):
            text = clean_name(part, organisation=label == "ORG")
            if text is not None and label in PLACE_LABELS:
                text = STATE_ABBREVIATIONS.get(name_key(text), text)
            elif text is not None and label == "ORG":
                text = without_country_adjective(text)
            if text is not None:
                start = line_start + max(part.find(text.split(" ")[0]), 0)
                offset = None if in_headline else start
                found.append(((start, start + len(text)), Mention(text, label, offset, in_headline, "model")))
    return found


_US_BEFORE = re.compile(r"^(?:U\.S\.|US|United States) (?=\S+ \S)")
_OWN_COUNTRY_HEADS: Final[frozenset[str]] = frozenset(
    {"court", "association", "federation", "league", "society", "club", "union", "foundation", "committee"}
)
"""Heads whose "US" is part of the name: courts ("US Bankruptcy Court") and the national bodies of sports, trades
and societies ("United States Tennis Association", "US Olympic Committee"), not a government agency's."""


def without_country_adjective(name: str) -> str:
    """An agency's name without the attributive "US" before it ("U.S. Food and Drug Administration" → "Food and
    Drug Administration", as the labelling rule leaves an attributive "US" out): a name of two words or more after it
    ending in an institution's head word, not a court or a national association (``_OWN_COUNTRY_HEADS``)."""
    match = _US_BEFORE.match(name)
    if match is None:
        return name
    rest = name[match.end() :]
    head = rest.rsplit(" ", 1)[-1].casefold()
    return rest if head in _ORG_HEAD_WORDS and head not in _OWN_COUNTRY_HEADS else name


_NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})


def split_at_lines(ents: list[RawEntity]) -> list[RawEntity]:
    """Cut spans the model ran across a line break into their lines' parts ("Elliot Ackerman\nSaladin" of a list of
    signatories → "Elliot Ackerman" and "Saladin"): a name never crosses a line."""
    if not any("\n" in text for text, _, _ in ents):
        return ents
    result: list[RawEntity] = []
    for text, label, start in ents:
        if "\n" not in text:
            result.append((text, label, start))
            continue
        at = start
        for part in text.split("\n"):
            if part.strip():
                result.append((part.strip(), label, at + len(part) - len(part.lstrip())))
            at += len(part) + 1
    return result


_LIST_JOINS = re.compile(r"&|\+|\b(?:and|or|und|oder|et|y|e|og|och|en)\b")
_LIST_PART = re.compile(r"[A-ZÀ-ÖØ-Þ0-9][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ0-9][\w'’.-]*){0,2}")
"""One item of a list the model ran into one name: one to three capitalised words."""


def split_comma_lists(ents: list[RawEntity]) -> list[RawEntity]:
    """Cut an organisation or person span that is a comma-separated list of names into its items ("Nest, Philips",
    "Belkin, Wink, Insteon" of "works with Nest, Philips and SmartThings"): the model runs enumerated brands into one
    span. Not a span with a joining word or sign ("Paul, Weiss, Rifkind, Wharton & Garrison", a law firm's one name),
    nor one whose item is a legal form or a name's suffix ("Apple, Inc.", "Martin Luther King, Jr.")."""
    if not any(", " in text for text, _, _ in ents):
        return ents
    result: list[RawEntity] = []
    for text, label, start in ents:
        parts = text.split(", ")
        if (
            label not in ("ORG", "PERSON")
            or len(parts) < 2
            or _LIST_JOINS.search(text)
            or not all(_LIST_PART.fullmatch(part) for part in parts)
            or any(_suffix_item(part) for part in parts[1:])
        ):
            result.append((text, label, start))
            continue
        at = start
        for part in parts:
            result.append((part, label, at))
            at += len(part) + 2
    return result


def _suffix_item(part: str) -> bool:
    key = name_key(part)
    return key in LEGAL_SUFFIXES or key in LEGAL_FORMS_ABROAD or key in _NAME_SUFFIXES or key in ("md", "phd", "esq")


_MAX_JOINED_WORDS: Final[int] = 5


def join_adjacent_people(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join two PERSON spans that one space parts into one name: the model cuts long names of several given names or
    patronyms in two ("Dr Kalwinder" + "Singh Sandhu", "Mohd Faizal" + "Abdul Rahman"); two people are never written
    so, but with a comma, "and" or a line between them. At most ``_MAX_JOINED_WORDS`` words together."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined:
            last_name, last_label, last_start = joined[-1]
            end = last_start + len(last_name)
            if (
                label == "PERSON" == last_label
                and start == end + 1
                and text[end] == " "
                and last_name[-1:].isalpha()
                and name[:1].isupper()
                and not is_title(name.split(" ", 1)[0])
                and not is_title(last_name.rsplit(" ", 1)[-1])  # "Menteri Besar Datuk" + "Osman Sapian": title, name
                and len(last_name.split()) + len(name.split()) <= _MAX_JOINED_WORDS
            ):
                joined[-1] = (f"{last_name} {name}", label, last_start)
                continue
        joined.append((name, label, start))
    return joined


_WORD_BEFORE = re.compile(r"(?<![\w.])([^\W\d_][^\W\d_A-Z]+) $")
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?]|[:;\"“”])\s*$")


_SURNAME_LABELS = frozenset({"ORG", "GPE", "LOC"})


def _lone_surname(name: str, places: frozenset[str], lower: frozenset[str] | set[str]) -> bool:
    """A one-word span that may be a surname: capitalised, no known place, no organisation head or plain word, and
    never written in lower case in the text (``lower``: "Austin" + "Energy" is no person)."""
    return (
        " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and (key := name_key(name)) not in places
        and key not in lower
        and name.casefold() not in _ORG_HEAD_WORDS
        and not is_plain_word(name)
    )


def with_given_name_before(
    ents: list[RawEntity],
    text: str,
    given: frozenset[str],
    places: frozenset[str] = frozenset(),
    lower: frozenset[str] | set[str] = frozenset(),
) -> list[RawEntity]:
    """A PERSON span with a given name right before it that the model left out ("Dr Siti" + "Aminah Yusof" →
    "Siti Aminah Yusof"): the word is a given name (``given``), no title, not opening a sentence, in no other span.
    A one-word organisation or place span so preceded is that person's surname the model misread ("Eloise" +
    "Parry", its ORG, → PERSON "Eloise Parry"), unless that word is a known place (``places``: "Paris Texas"), heads
    organisations ("Jordan Group") or is a word the text also writes in lower case (``lower``). Unlike
    ``given_surnames``, which searches the whole text, this reads the model's own span, so the given name may be a
    town's name too ("Eloise", Florida)."""
    result: list[RawEntity] = []
    taken_until = -1
    for name, label, start in ents:
        surname = label in _SURNAME_LABELS and _lone_surname(name, places, lower)
        before = _WORD_BEFORE.search(text, max(start - 30, 0), start) if label == "PERSON" or surname else None
        if (
            before is not None
            and before.group(1)[0].isupper()
            and before.start(1) > taken_until
            and before.group(1).casefold() in given
            and not is_title(before.group(1))
            and _SENTENCE_BEFORE.search(text, max(before.start(1) - 8, 0), before.start(1)) is None
        ):
            result.append((f"{before.group(1)} {name}", "PERSON", before.start(1)))
        else:
            result.append((name, label, start))
        taken_until = start + len(name)
    return result


_WORD_AFTER = re.compile(r" ([^\W\d_][^\W\d_'’-]+)(?=[\s,.;:)”\"]|$)(?! [A-Z])")


def with_surname_after(
    ents: list[RawEntity], text: str, places: frozenset[str], lower: frozenset[str] | set[str]
) -> list[RawEntity]:
    """A PERSON span of two words or more with a capitalised word right after it that no gazetteer knows as a place,
    the text never writes in lower case (``lower``) and no capitalised word follows: the surname the model left out
    or called a place ("Harriet Nalubega" + "Mugenyi", its GPE, → "Harriet Nalubega Mugenyi"). A one-word span the
    model gave that word goes with it."""
    result: list[RawEntity] = []
    skip = -1
    for i, (name, label, start) in enumerate(ents):
        if start == skip:
            continue
        whole = label == "PERSON" and " " in name and "'s" not in name and "’s" not in name  # not "Nixon’s Memoirs"
        after = _WORD_AFTER.match(text, start + len(name)) if whole else None
        if (
            after is not None
            and after.group(1)[0].isupper()
            and not is_title(after.group(1))
            and name_key(after.group(1)) not in places
            and name_key(after.group(1)) not in lower
            and not is_plain_word(after.group(1))
            and len(name.split()) < _MAX_JOINED_WORDS
        ):
            following = ents[i + 1] if i + 1 < len(ents) else None
            if following is not None and following[2] == after.start(1):
                if following[1] == "PERSON" or following[0] != after.group(1):
                    result.append((name, label, start))
                    continue
                skip = following[2]
            result.append((f"{name} {after.group(1)}", label, start))
            continue
        result.append((name, label, start))
    return result


def split_name_runs(ents: list[RawEntity], given: frozenset[str]) -> list[RawEntity]:
    """Split a PERSON span that is a run of full names with their separators lost ("Elliot Ackerman Saladin Ambar",
    a list of signatories or credits whose line breaks are gone): four words or more, an even number, every other
    word from the first a given name (``given``) and none of the others, no initial or generational suffix among them
    ("Robert F. Kennedy Jr." is one man)."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        words = name.split(" ")
        keys = [w.casefold() for w in words]
        if (
            label == "PERSON"
            and len(words) >= 4
            and len(words) % 2 == 0
            and all((k in given) == (i % 2 == 0) for i, k in enumerate(keys))
            and not any(len(k.rstrip(".")) <= 1 or k.rstrip(".") in _NAME_SUFFIXES for k in keys)
        ):
            at = start
            for i in range(0, len(words), 2):
                pair = f"{words[i]} {words[i + 1]}"
                result.append((pair, label, at))
                at += len(pair) + 1
            continue
        result.append((name, label, start))
    return result


_OWNED = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w&.-]*){0,3})['’]s "
    r"(?P<owned>[A-Z][\w&.-]*(?: [\w&.-]+)+)"
)
"""An organisation's unit named with its owner's possessive: "NASA's Jet Propulsion Laboratory", "the University of
Rochester's Laboratory for Laser Energetics"."""


def split_owners(found: list[Mention], body: str) -> list[Mention]:
    """Split "X's Y" into the owner X (ORG) and its unit Y (the mention's label) when X is an acronym ("NASA's Jet
    Propulsion Laboratory", "ESA's Mission Control"), an institution by its head word ("the University of
    Rochester's Laboratory for Laser Energetics") or a name ``body`` also writes without the possessive ("Google"
    beside "Google's Threat Analysis Group", "the National Assembly" beside "National Assembly's Finance
    Committee"), and Y is two words or more. The unit is the entity under its own name; "People's Bank", "St John's
    Wood", "King's College London" keep their possessive (``_owner_of_its_own``)."""
    result: list[Mention] = []
    for mention in found:
        owned = _OWNED.fullmatch(mention.text) if mention.label != "PERSON" else None
        if owned is None or not _owner_of_its_own(owned.group("owner"), body):
            result.append(mention)
            continue
        owner = owned.group("owner")
        at = mention.offset
        result.append(Mention(owner, "ORG", at, mention.in_headline, mention.source))
        unit_at = at + owned.start("owned") if at is not None else None
        result.append(Mention(owned.group("owned"), mention.label, unit_at, mention.in_headline, mention.source))
    return result


_PAIRING = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’]+)-([A-ZÀ-ÖØ-Þ][\w'’]+)")


def split_pairings(found: list[Mention]) -> list[Mention]:
    """Split a hyphenated "person" whose two halves are the surnames of two people of the text into those surnames
    ("the Alito-Prelogar exchanges" beside "Samuel Alito" and "Elizabeth Prelogar"; "the Biden-Xi summit"): a
    pairing of two people, not a double-barrelled name. Each half is a mention of its own, at its own offset."""
    surnames = {name_key(m.text).rsplit(" ", 1)[-1] for m in found if m.label == "PERSON" and " " in m.text}
    result: list[Mention] = []
    for mention in found:
        pair = _PAIRING.fullmatch(mention.text) if mention.label == "PERSON" else None
        if pair is None or not {name_key(pair.group(1)), name_key(pair.group(2))} <= surnames:
            result.append(mention)
            continue
        for half in (1, 2):
            at = mention.offset + pair.start(half) if mention.offset is not None else None
            result.append(Mention(pair.group(half), "PERSON", at, mention.in_headline, mention.source))
    return result


def _owner_of_its_own(owner: str, body: str) -> bool:
    """An owner that names an organisation of its own: an acronym, or a name ``body`` writes without the possessive;
    not a word whose possessive belongs to the name (``names.keeps_possessive``: "King's College")."""
    if keeps_possessive(owner):
        return False
    if owner.isupper() and len(owner) >= 2:
        return True
    if " " in owner and set(name_key(owner).split(" ")) & INSTITUTION_HEADS:
        return True  # "the University of Rochester's Laboratory for Laser Energetics": an institution owns it
    return re.search(rf"(?<![\w-]){re.escape(owner)}{NO_WORD_AFTER}", body) is not None


def join_particles(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join a person's name that spaCy cut at a lower-case particle to the capitalised word after it, across any
    further particles ("Ursula von der" + "Leyen", "Ursula von" + "der Leyen" → "Ursula von der Leyen"; "André
    Corrêa" + "do Lago", "Prince Abdulaziz" + "bin Salman"; also "de", "van", "al"...), dropping what it tagged of
    the rest."""
    joined: list[RawEntity] = []
    skip_until = -1
    for name, label, start in ents:
        if start < skip_until:
            continue
        end = start + len(name)
        last = name.rsplit(" ", 1)[-1]
        match = None
        if label == "PERSON" and " " in name and last in _PARTICLES:
            match = _NEXT_WORD.match(text, end)
        elif label == "PERSON":
            match = _PARTICLE_TAIL.match(text, end)
        if match is not None:
            skip_until = match.end()
        joined.append((text[start : match.end()] if match is not None else name, label, start))
    return joined


_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Cantonese or Taiwanese given name written with its hyphen ("Yuet-ngor", "Ka-chiu", "Ing-wen")."""


def join_chinese_names(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join a person's name to the person's Chinese name spaCy tagged right after it, as Hong Kong and Taiwan write
    a full name: English given name, surname, then the Chinese name ending in a hyphenated given name ("Carrie Lam"
    + "Cheng Yuet-ngor" → "Carrie Lam Cheng Yuet-ngor")."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined and label == "PERSON" and joined[-1][1] == "PERSON" and _CHINESE_GIVEN.fullmatch(name.split()[-1]):
            before, _, at = joined[-1]
            if " " in name and text[at + len(before) : start] == " ":
                joined[-1] = (f"{before} {name}", label, at)
                continue
        joined.append((name, label, start))
    return joined


def honorific_persons(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Label PERSON a name that a personal honorific opens or stands right before ("Mrs H Pyke", "Dr. Ann Lee"), or
    a company's head's title right before it ("Moderna's CEO Stephane Bancel", "chief executive Ana Ruiz"; two or
    three capitalised words, none an organisation's), or an office's ("President Obama", one to three such words),
    or a kinship word ("their daughters, Esmeralda and Amada"), whatever spaCy called it: only people are so called
    or related."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        honoured = bool(_HONORIFIC_OPENS.match(name) or _HONORIFIC_BEFORE.search(text, max(start - 6, 0), start))
        if not honoured and _EXECUTIVE_BEFORE.search(text, max(start - _EXECUTIVE_REACH, 0), start):
            honoured = _personal_name(name, fewest=2)
        if not honoured and (  # "President Obama" (a surname alone too), "their two daughters, Esmeralda and Amada"
            _OFFICE_BEFORE.search(text, max(start - _EXECUTIVE_REACH, 0), start)
            or _KIN_BEFORE.search(text, max(start - _KIN_REACH, 0), start)
        ):
            honoured = _personal_name(name)
        named = label in ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT") and honoured
        result.append((name, "PERSON" if named else label, start))
    return result


def _personal_name(name: str, *, fewest: int = 1) -> bool:
    """``fewest`` to three capitalised words, none an organisation's: a name a title or kinship word may introduce."""
    words = name.split(" ")
    return fewest <= len(words) <= 3 and all(w[:1].isupper() and w.casefold() not in ORG_WORDS for w in words)


def join_district(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join "Washington" and the "D.C." right after it, which spaCy tags as two places, into one "Washington, D.C."
    (the city's name), dropping what it tagged of "D.C."."""
    joined: list[RawEntity] = []
    skip_at = -1
    for name, label, start in ents:
        if start == skip_at:
            continue
        match = _DISTRICT.match(text, start + len(name)) if name == "Washington" and label in PLACE_LABELS else None
        if match is not None:
            skip_at = match.start(1)
        joined.append((text[start : match.end()] if match is not None else name, label, start))
    return joined


_PLACE_KIND_AFTER = re.compile(r" (State|Province|Region|County|District|Governorate|Prefecture)(?![\w'’-]| [A-Z])")


def with_place_kind(
    found: Sequence[tuple[Span, Mention]], text: str, countries: frozenset[str]
) -> list[tuple[Span, Mention]]:
    """Place mentions, found without the capitalised kind right after them ("Edo" of "Edo State", "Western" of
    "Western Province"), given their whole name, as the labelling rule wants the fullest form. Not "State" after a
    country or US state ("Ohio State", "Washington State": a university, or the state's own name)."""
    extended = []
    for (start, end), mention in found:
        after = _PLACE_KIND_AFTER.match(text, end) if mention.label in PLACE_LABELS else None
        if after is not None and not (after.group(1) == "State" and name_key(mention.text) in countries):
            whole = replace(mention, text=text[start : after.end()])
            extended.append(((start, after.end()), whole))
        else:
            extended.append(((start, end), mention))
    return extended


_OTHER_KINDS: Final[frozenset[str]] = frozenset({"FAC", "WORK_OF_ART", "NORP"})
"""spaCy kinds wireroom drops that the small model also gives natural places and people ("the Great Lakes" FAC,
"Brigitta Stodden" WORK_OF_ART)."""
_LEADING_THE = re.compile(r"^[Tt]he ")


def kinds_by_form(
    ents: list[RawEntity],
    given: frozenset[str],
    lower: frozenset[str] | set[str],
    places: frozenset[str] = frozenset(),
) -> list[RawEntity]:
    """spaCy's facilities, works and groups (``_OTHER_KINDS``, dropped kinds) whose form says what they are: a
    natural place's name (several capitalised words ending in a word of ``GEO_HEADS`` or opening with one of
    ``GEO_FIRSTS``, not with a given name: "the Great Lakes", "Lake Kivu") is a LOC; a given name and a surname (two
    plain capitalised words, the first in ``given``, the second neither a given name, an organisation's word nor a
    word the text writes in lower case (``lower``) nor a place's kind: "Brigitta Stodden"; not "Lincoln Center",
    "Chandler Mountain", "Victoria Park") is a PERSON; a facility of a known place and a team's plural ("the Miami
    Dolphins") is an ORG. A "person" with a word written as a brand ("SpaceX", "YouTube")
    or ending in a company's legal form ("Kestrel Pay BV") is an ORG. Other entities pass unchanged."""
    return [(name, _kind_by_form(name, label, given, lower, places), start) for name, label, start in ents]


_BRAND_WORD = re.compile(r"(?!(?:Mac|Fitz|Van|Von|Della)[A-Z])[A-Z][a-z]{2,}[A-Z][\w-]*|[A-Z][\w-]*[a-z][A-Z]")
"""A word written as a brand, with a capital inside it after two lower-case letters or at its end: "SpaceX",
"YouTube", "PayPal", "OpenAI", "BlackRock". A person's name takes a capital inside only after a short particle:
"McDonald", "MacArthur", "DeSantis", "LeBron", "DiCaprio", "FitzGerald"."""


def _legal_form(word: str) -> bool:
    """A company's legal form as it ends the company's name ("Kestrel Pay BV", "Acme Holdings Ltd.", "Enel SpA",
    "N.V."): one of ``LEGAL_SUFFIXES`` or of ``LEGAL_FORMS_ABROAD``, not a short one written as a name is ("Ana Sa",
    "Jorge Sas"). No person's name ends so."""
    key = word.replace(".", "").casefold()
    return key in LEGAL_SUFFIXES or (key in LEGAL_FORMS_ABROAD and not (word.istitle() and len(key) <= 3))


def _kind_by_form(
    name: str, label: str, given: frozenset[str], lower: frozenset[str] | set[str], places: frozenset[str]
) -> str:
    """LOC or PERSON for a dropped kind's name of that form (``kinds_by_form``), ORG for a "person" with a word
    written as a brand (``_BRAND_WORD``) or ending in a company's legal form (``_legal_form``), PERSON for a
    "place" of a person's form that is no known place (``places``: "Sal Restrepo", "Jordan Weeks"), ORG for a
    school's "<X> State" (``_state_school``), else ``label``."""
    words = name.split(" ")
    if label == "PERSON" and (
        any(_BRAND_WORD.fullmatch(word) for word in words) or (len(words) > 1 and _legal_form(words[-1]))
    ):
        return "ORG"
    if _state_school(words, label, places):
        return "ORG"
    if label == "PERSON" and len(words) == 1 and _ACRONYM_PAIR.fullmatch(name):
        return "ORG"  # "SAG-AFTRA", "AFL-CIO": two acronyms joined, a union's or a body's name
    if label in PLACE_LABELS and places and name_key(name) not in places:
        first, _, last = name_key(_LEADING_THE.sub("", name)).partition(" ")
        placelike = first in _PLACE_FIRSTS or last in _PLACE_LASTS
        return "PERSON" if _person_form(name, given, lower) and not placelike else label
    if label not in _OTHER_KINDS:
        return label
    words = _LEADING_THE.sub("", name).split(" ")
    keys = [w.casefold() for w in words]
    team = label == "FAC" and len(words) > 1 and keys[-1] not in lower and _team_plural(words[-1])
    if team and name_key(" ".join(words[:-1])) in places:
        return "ORG"  # "the Miami Dolphins", which the model calls a facility: a place and a team's plural
    capitalised = all(w[:1].isupper() or w == "of" for w in words)
    if len(words) > 1 and capitalised and keys[0] not in given and (keys[-1] in GEO_HEADS or keys[0] in GEO_FIRSTS):
        return "LOC"
    return "PERSON" if _person_form(name, given, lower) else label


_ACRONYM_PAIR = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+")


def _state_school(words: list[str], label: str, places: frozenset[str]) -> bool:
    """A "person" or "place" named "<X> State" where neither it nor X is a known place (``places``): a university or
    its teams ("Ferris State", "Grand Valley State"); "Kogi State", "Boise State" are left to the model."""
    if len(words) < 2 or words[-1] != "State" or not places or label not in ("PERSON", *PLACE_LABELS):
        return False
    return name_key(" ".join(words)) not in places and name_key(" ".join(words[:-1])) not in places


_PLACE_FIRSTS: Final[frozenset[str]] = frozenset(
    {"monte", "bay", "river", "port", "fort", "san", "santa", "saint", "st", "cape", "glen", "mount", "lake", "north",
     "south", "east", "west", "upper", "lower", "new", "old", "great", "little", "costa", "villa", "isla", "rio"}
)  # fmt: skip
_PLACE_LASTS: Final[frozenset[str]] = frozenset(
    {"region", "province", "district", "ridge", "creek", "harbour", "harbor", "point", "grove", "village", "town",
     "ville", "borough", "shire"}
)  # fmt: skip
"""Words that open or end places named like people ("Monte Albán", "Bay Ridge", "Ashanti Region"): such a "place"
no gazetteer knows stays a place."""


def _person_form(name: str, given: frozenset[str], lower: frozenset[str] | set[str]) -> bool:
    """A given name and a surname: two plain capitalised words, the first in ``given``, the second neither a given
    name, an organisation's word, a word the text writes in lower case (``lower``) nor a place's kind."""
    words = _LEADING_THE.sub("", name).split(" ")
    keys = [w.casefold() for w in words]
    return (
        len(words) == 2
        and all(w.isalpha() and w.istitle() for w in words)
        and keys[0] in given
        and keys[1] not in given
        and keys[1] not in lower
        and keys[1] not in ORG_WORDS
        and keys[1] not in PLACE_WORDS
    )


_TEAM_WORD = r"[A-Z][a-z]+[a-rt-z]s"
_TEAM_PLURAL = re.compile(rf" ({_TEAM_WORD})(?![\w-]| [A-Z])")
"""A capitalised plural right after a place, ending a name: the "Eagles" of "the Philadelphia Eagles"."""
_NO_TEAM_PLURALS: Final[frozenset[str]] = frozenset(
    {"games", "talks", "accords", "protests", "primaries", "floods", "riots", "markets", "paralympics", "hearings",
     "trials", "rallies", "airports", "islands", "mountains", "hills", "heights", "falls", "springs", "gardens",
     "docks", "highlands", "lowlands", "plains", "woods", "fields", "lakes", "keys", "rapids", "towers"}
)  # fmt: skip
"""Plurals after a place that name an event, a set of talks or a place, not a team ("Paris Olympics", "Geneva
talks", "Colorado Springs", "Cayman Islands")."""


def _team_plural(word: str) -> bool:
    """A team's plural ending its name ("Dolphins"), not an organisation's, an event's or a place's word."""
    return re.fullmatch(_TEAM_WORD, word) is not None and word.casefold() not in (
        ORG_WORDS | EVENT_HEADS | _NO_TEAM_PLURALS
    )


def join_team_names(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """A place the model tagged alone, right before a capitalised plural ending the name, and that plural: one
    team, an ORG ("the Philadelphia Eagles 31-24" tagged "Philadelphia" GPE; a firm named so is an ORG too). Not
    an organisation's word (``gazetteer.ORG_WORDS``), an event (``gazetteer.EVENT_HEADS``: "Tokyo Olympics"), nor a
    plural of talks or places (``_NO_TEAM_PLURALS``: "Colorado Springs")."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        after = _TEAM_PLURAL.match(text, start + len(name)) if label in ("GPE", "LOC") else None
        if after is not None and _team_plural(after.group(1)):
            joined.append((text[start : after.end()], "ORG", start))
        else:
            joined.append((name, label, start))
    return joined


def join_split_organisations(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join an organisation and the one capitalised word the model tagged right after it, one space apart, into
    one organisation: spaCy cuts "Lockheed Martin" into "Lockheed" (ORG) and "Martin" (PERSON or PRODUCT)."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined and label in ("PERSON", "PRODUCT", "ORG") and " " not in name and name[:1].isupper():
            prev, prev_label, prev_start = joined[-1]
            if prev_label == "ORG" and prev_start + len(prev) + 1 == start and text[start - 1] == " ":
                joined[-1] = (text[prev_start : start + len(name)], "ORG", prev_start)
                continue
        joined.append((name, label, start))
    return joined


def _parts(text: str, start: int) -> Iterable[tuple[str, int]]:
    """Split an entity that straddles a line break, or holds two names ("Mexico's Sinaloa"), into its names."""
    for match in re.finditer(r"[^\n]+", text):
        line, at = match.group(), start + match.start()
        for name in split_name(line):
            yield name, at + line.find(name)


def country_hits(
    pattern: re.Pattern[str], body: str, found: Sequence[tuple[Span, Mention]]
) -> list[tuple[Span, Mention]]:
    """Countries and US states named in ``body`` that spaCy did not tag there (it misses some in a window's short
    context: "even as Barbados continues"), as GPE mentions.

    Only a name standing alone (no capitalised word right before or after it: not "France Télévisions", "Chad
    Smith"), outside spaCy's spans or holding them whole (its "Trinidad" and "Tobago" of "Trinidad and Tobago": the
    caller drops them, ``tail.drop_superseded``), and not a word of a person the model found here ("Jordan" of
    "Michael Jordan").
    """
    taken = sorted(span for span, _ in found)
    person_words = {t for _, m in found if m.label == "PERSON" for t in name_key(m.text).split(" ")}
    hits = []
    for match in pattern.finditer(body):
        start, end = match.span()
        if _CAPITALISED_BEFORE.search(body, max(start - 40, 0), start) or _CAPITALISED_AFTER.match(body, end):
            continue
        key = name_key(match.group())
        i = bisect.bisect_left(taken, (end, end))
        overlapping = []
        while i > 0 and taken[i - 1][1] > start:
            overlapping.append(taken[i - 1])
            i -= 1
        held = all(start <= a and b <= end and (a, b) != (start, end) for a, b in overlapping)
        if (overlapping and not held) or key in person_words:
            continue
        hits.append(((start, end), Mention(match.group(), "GPE", start, False, "model")))
    return hits


def dateline_span(body: str) -> tuple[int, int]:
    """Where the story's dateline is ("WEST PALM BEACH —", "NAPA COUNTY, Calif. (KGO) --", "KOBE –", "LAHORE:"),
    ``(0, 0)`` if there is none: at the start of the body, or of a paragraph starting in its first
    ``DATELINE_REACH`` characters (after a standfirst: "Doctors struggle.\n\nKHAN YOUNIS, GAZA — The assault...").
    Its place says where the story was filed, not what it is about (the labelling rule leaves it out; a place the
    story is about is named again in the text)."""
    match = _dateline(body)
    return (match.start(), match.end()) if match is not None else (0, 0)


def dateline_place(body: str) -> frozenset[str]:
    """The name key of the story's dateline place ("PHOENIX —" → "phoenix"), as a set (empty with no dateline):
    evidence that the name, met again in the text, is a place there (the city a story is filed from)."""
    match = _dateline(body)
    return frozenset({name_key(match.group(1).strip(" .-"))}) if match is not None else frozenset()


def _dateline(body: str) -> re.Match[str] | None:
    """The dateline's match (``dateline_span``), or None."""
    start = 0
    while start < DATELINE_REACH:
        match = _DATELINE_PLACE.match(body, start)
        if match is not None:
            return match
        start = body.find("\n\n", start) + 2
        if start < 2:
            break
    return None


_READER_PROMPT = re.compile(
    r"\b(?:(?:follow|like|find|join|connect with|subscribe to|sign up for|share (?:this|it)?\s*(?:on|via))\s+"
    r"(?:(?:us|me)\b|on\b|our\b)|tag (?:us|me)\b|pin (?:this|it)\b)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def prompt_spans(body: str) -> list[Span]:
    """Sentences of ``body`` that prompt the reader to follow or share ("Subscribe to our newsletter and follow us on
    Facebook, Pinterest and Instagram", "Pin this recipe on Pinterest!", "Tag us on Instagram"): the names in them are
    channels of the site, not what the story is about."""
    if _READER_PROMPT.search(body) is None:
        return []
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if _READER_PROMPT.search(m.group())]


_REPORTING_CREDIT = re.compile(
    r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b|\b(?:additional )?reporting by\b"
    r"|\b(?:editing|writing) by\b",
    re.IGNORECASE,
)


_WRITER_BIO = re.compile(
    r"(?:^|\n)(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|writer|journalist|"
    r"correspondent|editor|columnist|contributor|producer|photographer|freelancer|critic|intern|fellow)s?\b"
)
BIO_REACH: Final[int] = 3
"""A writer's bio is looked for in this many last paragraphs of the body."""


def credit_spans(body: str) -> list[Span]:
    """Parts of ``body`` that credit the story's writers: sentences crediting reporters and editors ("Jane Doe in
    Atlanta contributed to this report.", "Reporting by Jane Doe; Editing by John Roe") and a writer's bio closing
    the story, to the end of its paragraph ("Jane Doe is a reporter for the Wichita Eagle. She previously worked at
    the Kansas City Star."): names in credits are no tags (the labelling rule)."""
    spans = []
    if _REPORTING_CREDIT.search(body) is not None:
        spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if _REPORTING_CREDIT.search(m.group())]
    breaks = [m.start() for m in re.finditer("\n\n", body)]
    bio = _WRITER_BIO.search(body, breaks[-BIO_REACH] if len(breaks) >= BIO_REACH else 0)  # the last paragraphs
    if bio is not None:
        start = bio.start() + (body[bio.start()] == "\n")
        end = body.find("\n\n", start)
        spans.append((start, end if end >= 0 else len(body)))
    return spans


def name_hits(
    pattern: re.Pattern[str], text: str, *, in_headline: bool, source: MentionSource
) -> list[tuple[Span, Mention]]:
    """ORG mentions of the names ``pattern`` finds in ``text`` (page signals or the built-in outlet list)."""
    hits = []
    for match in pattern.finditer(text):
        name = clean_name(match.group())
        if name is not None:
            name = canonical_outlet(name)
            offset = None if in_headline else match.start()
            hits.append(((match.start(), match.end()), Mention(name, "ORG", offset, in_headline, source)))
    return hits


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A case-sensitive whole-word regex for ``names`` (longest first), or ``None`` if there are none."""
    unique = {" ".join(n.split()) for n in names if n and n.strip()}
    return whole_names_pattern(unique, any_space=True) if unique else None


def combine(model: Sequence[tuple[Span, Mention]], *signals: Sequence[tuple[Span, Mention]]) -> list[Mention]:
    """Model mentions plus signal hits; where they overlap the signal wins, keeping the longer text.

    A signal hit inside a longer model entity ("Tech Wire" in "Tech Wire Asia") keeps the model's text but takes the
    signal's source (so its ORG label), unless the model only added company words other than a legal form
    ("Reuters News Agency" stays "Reuters"; "Microsoft Corp" is the fuller name of "Microsoft"); a model entity
    inside a hit is replaced by the hit.
    """
    taken: list[tuple[Span, Mention]] = []
    for batch in signals:
        for span, hit in batch:
            if not any(_overlaps(span, other) for other, _ in taken):
                taken.append((span, hit))
    result = [m for _, m in taken]
    for span, mention in model:
        overlapping = [(s, h) for s, h in taken if _overlaps(span, s)]
        if not overlapping:
            result.append(mention)
            continue
        s, hit = overlapping[0]
        extra = set(name_key(mention.text).split(" ")) - set(name_key(hit.text).split(" "))
        if hit.source == "gazetteer" and mention.label == "PERSON" and span[1] - span[0] > s[1] - s[0]:
            result.remove(hit)  # "Bloomberg" of "Michael R. Bloomberg": the outlet list names no people
            result.append(mention)
        elif span[1] - span[0] > s[1] - s[0] and not extra <= ORG_SUFFIXES - LEGAL_SUFFIXES:
            result.remove(hit)
            result.append(Mention(mention.text, "ORG", mention.offset, mention.in_headline, hit.source))
    return result


def _spells(key: str, acronym: str) -> bool:
    return "".join(t[0] for t in key.split() if t not in _SKIP) == acronym


def defined_names(body: str, places: frozenset[str]) -> list[tuple[Span, Mention]]:
    """Names the text defines with an acronym: "U.S. Customs and Border Protection (CBP)" holds the name "Customs
    and Border Protection" (the longest run of capitalised words before the brackets whose initials spell it), and
    "OpenStreetMap (OSM)" the name "OpenStreetMap" (one word whose capitals spell it).

    Each is an organisation, or a place if it is a known one ("British Virgin Islands (BVI)").
    """
    found = []
    for match in _NAME_BEFORE_ACRONYM.finditer(body):
        words, acronym = match.group(1).split(), match.group(2).casefold()
        for i in range(len(words) - 1):
            phrase = " ".join(words[i:])
            key = name_key(phrase)
            if words[i][0].isupper() and words[i].casefold() not in _SKIP and _spells(key, acronym):  # not "The X (X)"
                start = match.start(1) + match.group(1).index(phrase)
                label: EntityLabel = "GPE" if key in places else "ORG"
                source: MentionSource = "model" if label == "GPE" else "cue"  # no one is introduced with initials
                found.append(((start, start + len(phrase)), Mention(phrase, label, start, False, source)))
                break
    for match in _CAMEL_BEFORE_ACRONYM.finditer(body):
        word = match.group(1)
        if "".join(c for c in word if c.isupper()) == match.group(2):
            start = match.start(1)
            found.append(((start, start + len(word)), Mention(word, "ORG", start, False, "model")))
    return found


_LOCATED = re.compile(
    r"(?<![\w'’])(?P<before>\w+ )?(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Tt]hroughout) (?:the )?"
    r"(?P<name>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?: [A-Z][\w-]*(?:['’][A-Z][\w-]*)?){0,2})(?!['’]|[\w-]| [A-Z])"
)
_NOT_LOCATING = frozenset(
    {"stake", "stakes", "shares", "share", "invest", "invested", "investing", "investment", "investments",
     "interest", "role", "part", "roles", "career", "job", "jobs", "work", "worked", "working", "trust", "faith",
     "belief", "believe", "believes", "confidence", "seat", "seats", "vote", "voted", "votes"}
)  # fmt: skip
"""Words before "in" that put a company or a body after it, not a place ("a stake in Tesla", "a seat in Congress")."""


_WHO_AFTER_NAME = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+ ((?:Ma?c|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?), who\b")
"""A two-word name that ", who" follows: its last word, a person's surname ("Calum MacLeod, who")."""
_PRONOUNED = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]| [A-Z]),? (?:[^\s.!?;:]+ ){0,5}?"
    r"(?:he|she|his|her|him|who)\b"
)


_OPENING_WORDS: Final[frozenset[str]] = frozenset(
    {"when", "but", "after", "as", "if", "while", "because", "then", "and", "so", "though", "although", "before",
     "since", "until", "once", "yet", "still"}
)  # fmt: skip
"""Words that open a sentence before a surname ("When Smith left, he ..."): not part of the name."""


_WORD_REACH = 40


def _word_before(text: str, at: int) -> str:
    """The word (or the punctuation it ends with) right before ``at`` in ``text``, "" at the text's start."""
    return text[max(at - _WORD_REACH, 0) : at].rstrip(" ").rsplit(" ", 1)[-1]


def pronouned_words(body: str) -> frozenset[str]:
    """Keys of capitalised words the text writes alone, not before another capitalised word, that "he", "she",
    "his", "her", "him" or "who" follows in the same sentence within six words ("Delaney scored 12 of his points"):
    evidence that the word is a person's surname, where the model voted the full name an organisation. A word after
    another capitalised one ("New York Knicks coach said he") is part of a longer name, not alone; but the last word
    of a two-word name that ", who" follows is a surname too ("Calum MacLeod, who runs a bed and breakfast", though
    MacLeod is also a place)."""
    found = {match.group(1).casefold() for match in _WHO_AFTER_NAME.finditer(body)}
    for match in _PRONOUNED.finditer(body):
        before = _word_before(body, match.start())
        if not before[-1:].isalpha() or not before[:1].isupper() or before.casefold() in _OPENING_WORDS:
            found.add(match.group(1).casefold())
    return frozenset(found)


_AGED = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?), (?:aged )?\d{1,2},")


def aged_words(body: str) -> frozenset[str]:
    """Keys of capitalised words the text writes alone and gives an age after ("Abrahams, 44, faces charges"): a
    person's surname, whatever the given name before it (one the name list lacks: "Faizel Abrahams"). Not the last
    word of a longer name ("Marisol Villalobos, 24," says nothing of "Casa Villalobos")."""
    found = set()
    for match in _AGED.finditer(body):
        before = _word_before(body, match.start())
        if not before[:1].isupper() or not before[-1:].isalpha():
            found.add(match.group(1).casefold())
    return frozenset(found)


def located_names(body: str) -> frozenset[str]:
    """Name keys of names the text puts somebody or something in, near or around ("flooding in Cooktown", "the
    barges near Kaub", "protests across Catalonia", "farmers in the Waikato"): a run of one to three capitalised
    words right after the preposition (and a "the"), no possessive after it. Evidence that a name the model votes a
    place, or a lone word it calls a person, is a place."""
    found = set()
    for match in _LOCATED.finditer(body):
        before = (match.group("before") or "").strip().casefold()
        if before not in _NOT_LOCATING:
            found.add(name_key(match.group("name")))
    return frozenset(found)


_RUN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}(?=(?:['’]s?)? ?$)")
"""A run of one to four capitalised words ending a text (before an optional possessive): the name before a cue."""
_COMPANY_AFTER: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(  # a leading look-ahead on the first letters lets the search skip to them (a look-behind first is slow)
        r"(?=[cCfhsew])(?<=[\w&'’-] )(?:co-?founder|founder|chief executive|[Cc][Ee][Oo]|[Cc][Ff][Oo]|chairman|"
        r"chairwoman|headquarters|subsidiar(?:y|ies)|employees|workforce)\b"
    ),
    re.compile(r", (?:which was |was )?founded in\b"),
    re.compile(
        r"data(?<=[\w&-] data)(?<!['’]s data) (?:show|shows|showed|suggest|suggests|suggested|indicate|indicates)\b"
    ),
    re.compile(
        r", (?<=[\w&-], )(?:a|an|the) (?:[\w-]+ ){0,3}?(?:company|firm|maker|startup|start-up|operator|retailer|chain|"
        r"brand|manufacturer|developer|studio|airline|carrier|bank|lender|insurer|conglomerate|supplier|brokerage|"
        r"publisher|broadcaster|giant|group|automaker|carmaker|chipmaker|drugmaker|utility|exchange|miner|"
        r"producer|refiner|shipper)"
        r"(?=[,.;:)]| (?:that|which|whose|in|of|from|for|with|behind|known|based|headquartered|owned|run|founded)\b)"
    ),
)
"""A company's people, seat, units, founding or published data right after its name ("SpaceX's founder", "Statista,
founded in", "Sensor Tower data show"), or
a company noun in apposition ("Breville, the Sydney-based appliance maker, said", "Ubisoft, the French publisher of";
not "the company founder"; a person is never read so: ``merge.with_company_evidence`` spares given names)."""
_ANALYST_AFTER = re.compile(r"(?<=[\w&-] )(?:analyst|economist|strategist)s? (?=[A-Z][a-z])")
_COMPANY_BEFORE = re.compile(
    r"\b(?:company|firm|group|giant|maker|startup|start-up|operator|retailer|insurer|lender|conglomerate|franchise|"
    r"manufacturer|supplier|brokerage|utility|(?<!stock )exchange|(?:data|figures|statistics) (?:from|by|compiled by)|"
    r"(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?) at) "
    r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})(?![\w'’-])"
)
"""A company noun right before a name ("data firm Statista", "steelmaker group Thyssenkrupp"), the data it
publishes ("data from Statista"), or its analysts ("analysts at Bernstein")."""
_INITIALS_AFTER = re.compile(r" \((?P<initials>[A-Z]{2,6})\)")
_DEFINED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*(?: [A-Z][\w&-]*){1,5}$")
_CUE_REACH = 80


_PLACED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:region|province|district|river|valley|village|"
    r"governorate|prefecture|municipality|town(?! hall| house| centre| center)|city(?! hall| council)|basin|"
    r"rainforest|delta|desert|plateau|highlands|lowlands|estuary|watershed|floodplain)\b(?! of\b)"
    r"|\b(?:capital|town|city|village|province|region|suburb|neighbou?rhood|borough|hamlet|island|state) of "
    r"(?P<of>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?![\w'’-])"
)
_SIDE_OF = re.compile(
    r"\b(?:the (?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)|(?:tributary|mouth|banks|shores|heart) "
    r"of the) (?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?![\w'’-]| [A-Z]| [a-z]+ (?:of|for)\b)"
)
"""A name in a part or a side of a region ("the western Amazon", "the northern Sahel", "a tributary of the
Amazon", "the mouth of the Amazon"): a place."""
_HOMETOWN = re.compile(r"(?<=\d), of (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])")
"""A person's home town after their age ("Gerald Tindell, 67, of Albert Lea"): a place."""
_PLURAL_PLACE_NOUN = re.compile(r" (?:counties|provinces|districts|regions|states|villages|towns)\b")
_PLACE_ITEM = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_PLACE_ITEM}, )*{_PLACE_ITEM}),? and ({_PLACE_ITEM})$")
"""Names listed before a plural place noun ("Kalamazoo and Cass counties", "Lagos, Ogun and Oyo states"), read back
from the noun."""


def placed_names(text: str) -> frozenset[str]:
    """Name keys of names ``text`` writes as places by a place noun: "Sudan's Darfur region", "the Brahmaputra
    river", "the Amazon basin", "the capital of North Darfur", "the town of Chandwad", "Kalamazoo and Cass
    counties", by its part or side: "the western Amazon", "a tributary of the Amazon", or as a home town after an
    age: "Gerald Tindell, 67, of Albert Lea". Evidence,
    whatever the model's vote, that the name is a place (unless its own form makes it an organisation: "Supreme
    Court")."""
    found = {name_key(match.group("name") or match.group("of")) for match in _PLACED.finditer(text)}
    found.update(name_key(match.group("name")) for match in _SIDE_OF.finditer(text))
    found.update(name_key(match.group("name")) for match in _HOMETOWN.finditer(text))
    for noun in _PLURAL_PLACE_NOUN.finditer(text):
        listed = _PAIR_BEFORE.search(text, max(noun.start() - 120, 0), noun.start())
        if listed is not None:
            found.update(name_key(name) for name in [*listed.group(1).split(", "), listed.group(2)])
    return frozenset(found)


def corporate_names(body: str) -> frozenset[str]:
    """Name keys of names ``body`` writes as a company's or a club's: with its founder, chief executive, chairman,
    headquarters, subsidiary or employees after it ("SpaceX's founder", "Petrobras chief executive Magda
    Chambriard"), "founded in" ("Statista, founded in Hamburg"), a company noun right before it ("data firm
    Statista"), or its initials in brackets ("Royal Challengers Bengaluru (RCB)"). People have none of these.
    Each cue is found first and the name read back from it (a scan from every capital was twice as slow)."""
    found = {name_key(form) for form in company_forms(body)}
    for match in _INITIALS_AFTER.finditer(body):
        run = _DEFINED_BEFORE.search(body, max(match.start() - _CUE_REACH, 0), match.start())
        initials = match.group("initials")
        words = run.group().split(" ")[-len(initials) :] if run is not None else []
        if words and "".join(word[0] for word in words) == initials:  # "Defending ... Royal Challengers Bengaluru"
            found.add(name_key(" ".join(words)))
    return frozenset(found)


_EXECUTIVES_AFTER = re.compile(rf"(?=[CFcf])(?:(?<=['’]s )|(?<=[\w&-] ))(?i:{_HEAD_TITLES})\b(?! officer of)")
"""A company's founder or head right after its name ("Toyota's chief executive", "Nokia CEO"): a town has none."""


def executive_names(body: str) -> frozenset[str]:
    """Name keys of names ``body`` writes before a company's founder, chief executive or chairman ("Toyota's chief
    executive Koji Sato", "Nokia CEO Pekka Lundmark"): a company, also where a town has its name."""
    return frozenset(name_key(form) for form in headed_forms(body))


_WHICH_AFTER = re.compile(r", which\b(?! (?:he|she|they|I|we|means|meant)\b| is (?:what|why|how)\b)")
"""A relative "which" right after a name: a thing's or a firm's, never a person's ("Novo Nordisk, which won"); not
one about the whole clause before it ("reshaped by Dave Dombrowski, which is what we expected", ", which means")."""
_ROLE_AT = re.compile(
    r"\b(?:partner|executive|spokes(?:wo)?man|spokesperson|analyst|economist|strategist|employee|engineer|"
    r"lawyer|director|manager|researcher|trader|banker|investor)s? at (?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})"
    r"(?![\w'’-])"
)
"""A role at a name ("a partner at Andreessen Horowitz", "an analyst at Peel Hunt"): one works at a firm, not at a
person."""


def impersonal_names(body: str) -> frozenset[str]:
    """Name keys of names ``body`` writes as no person's: a relative "which" after it, or a role "at" it ("Novo
    Nordisk, which won", "a partner at Andreessen Horowitz"). Evidence against the model's PERSON vote, given names
    or not: the small model calls firms named like people people ("Clifford Denholm", "Andreessen Horowitz")."""
    found = {name_key(m.group("name")) for m in _ROLE_AT.finditer(body)}
    return frozenset(found | {name_key(form) for form in _runs_before(_WHICH_AFTER, body)})


@functools.lru_cache(maxsize=4)
def company_forms(body: str) -> frozenset[str]:
    """The names, as written, that ``body`` writes with a company noun before them or a company's people, seat,
    units, founding or data after them (``_COMPANY_BEFORE``, ``_COMPANY_AFTER``); read once per text (the tagger
    asks twice: for new mentions and for label evidence)."""
    return frozenset({m.group("name") for m in _COMPANY_BEFORE.finditer(body)} | _runs_before(_COMPANY_AFTER, body))


@functools.lru_cache(maxsize=4)
def headed_forms(body: str) -> frozenset[str]:
    """The names, as written, that ``body`` writes before a company's founder, chief executive or chairman; read
    once per text."""
    return frozenset(_runs_before(_EXECUTIVES_AFTER, body))


def _names_before(cue: re.Pattern[str], body: str) -> set[str]:
    """Name keys of the runs of capitalised words right before each of ``cue``'s matches in ``body``."""
    return {name_key(form) for form in _runs_before(cue, body)}


def _runs_before(cue: re.Pattern[str] | tuple[re.Pattern[str], ...], body: str) -> set[str]:
    """The runs of capitalised words right before each match of ``cue`` (or of any of its patterns) in ``body``, as
    written (the cue is found first and the name read back from it: a scan from every capital was twice as slow)."""
    found = set()
    for pattern in cue if isinstance(cue, tuple) else (cue,):
        for match in pattern.finditer(body):
            run = _RUN_BEFORE.search(body, max(match.start() - _CUE_REACH, 0), match.start())
            if run is not None:
                found.add(run.group())
    return found


_DEMONYM_END = re.compile(r"(?:ish|ese|ian|ean|an|ic|ch|i)$")
"""How nationalities end in English ("Swedish", "Japanese", "Nigerian", "Korean", "Icelandic", "Dutch", "Iraqi")."""


def _inside_sentences(word: str, body: str, *, alone: bool = False) -> Iterator[re.Match[str]]:
    """Where ``body`` writes ``word`` (whole) other than at a sentence's or a line's start; with ``alone``, only
    where no capitalised word follows it (nor a possessive: "Apple's" is no "Apple" alone here)."""
    after = r"(?!'?[\w-]|’[\w-]| [A-Z])" if alone else NO_WORD_AFTER  # a class with "’" compiles slowly
    for match in re.finditer(rf"{NO_WORD_BEFORE}{re.escape(word)}{after}", body):
        if not _STARTS_SENTENCE.search(body, max(match.start() - 4, 0), match.start()):
            yield match


def _written_inside_sentence(word: str, body: str) -> bool:
    """Whether ``body`` writes ``word`` (whole) somewhere other than at a sentence's or a line's start."""
    return next(_inside_sentences(word, body), None) is not None


def company_cue_hits(
    body: str,
    found: Sequence[tuple[Span, Mention]],
    places: frozenset[str],
    groups: set[str],
    lower: frozenset[str] | set[str],
) -> list[tuple[Span, Mention]]:
    """ORG mentions of the names ``body`` writes as a company's (a company noun before it or in apposition after
    it, its data, its chief executive: "data firm Statista", "Ubisoft, the French publisher", "Take-Two
    Interactive chief executive Strauss Zelnick") that the model tagged nowhere as a name of ours: it leaves many
    firms untagged or calls them a nationality. Every whole-word occurrence outside the model's spans counts. Not a
    known place (``places``: "Texas employees"), a nationality (one the model tagged a group, ``groups``, ending as
    one: "data from Swedish registries"; not "data from Statista", that it also calls a group), a word
    the text writes in lower case (``lower``), a run opening a sentence with a common word ("The company's
    employees"), nor one word the text writes only at a sentence's start ("Industry data show")."""
    forms = company_forms(body) | headed_forms(body)
    known = {name_key(mention.text) for _, mention in found}
    names = set()
    for form in forms:
        key = name_key(form)
        first = key.split(" ")[0]
        if not key or key in known or key in places or first in _SENTENCE_OPENERS or first in lower:
            continue
        if len(key) < 3 or is_plain_word(form.split(" ")[0]) or (key in groups and _DEMONYM_END.search(key)):
            continue
        if " " not in form and not _written_inside_sentence(form, body):
            continue  # "Industry data show", "Salaried employees": a common word opening a sentence
        names.add(form)
    return _hits_outside(names, body, found)


def _hits_outside(names: set[str], body: str, found: Sequence[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
    """ORG mentions (source "cue") of each whole-word occurrence of ``names`` in ``body`` outside the spans of
    ``found``."""
    pattern = names_pattern(names)
    if pattern is None:
        return []
    taken = sorted(span for span, _ in found)
    hits = []
    for match in pattern.finditer(body):
        start, end = match.span()
        i = bisect.bisect_left(taken, (end, end))
        if i > 0 and taken[i - 1][1] > start:
            continue
        hits.append(((start, end), Mention(match.group(), "ORG", start, False, "cue")))
    return hits


_SCHOOL_AFTER = re.compile(
    r"(?:campus|professors?|alumn(?:i|us|a|ae)|dropout|undergraduates?|MBA|(?:Law|Business|Medical) School)\b"
)
_NAME_BEFORE_CUE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)(?P<owner>['’]s)? $")
"""A one-word name right before a university's people or parts ("a Stanford professor", "Harvard's campus",
"Yale alumni", "Harvard Law School"; not "the university's Orono campus": a campus named by its town)."""
_SCHOOL_BEFORE = re.compile(
    r"\b(?:(?:student|professor|lecturer|researcher|fellow|undergraduate)s? at|(?:studied|studying|enrolled|"
    r"teaches|taught|lectures) at|graduated from|dropped out of|degree from) (?P<name>[A-Z][a-z]+)(?![\w-]| [A-Z])"
)
"""A one-word name after a student's or a teacher's words ("a graduate student at Stanford", "studied at
Harvard", "graduated from Princeton")."""


def school_names(body: str) -> frozenset[str]:
    """Name keys of one-word names ``body`` writes as a university's ("a Stanford professor", "graduate student at
    Stanford"; ``_SCHOOL_AFTER``, ``_SCHOOL_BEFORE``): universities known by their town's name, which the small
    model and the place list call places."""
    found = set()
    for cue in _SCHOOL_AFTER.finditer(body):  # the cue first, the name read back from it (faster than from capitals)
        name = _NAME_BEFORE_CUE.search(body, max(cue.start() - 40, 0), cue.start())
        if name is not None and (cue.group() != "campus" or name.group("owner")):
            found.add(name_key(name.group("name")))
    found.update(name_key(m.group("name")) for m in _SCHOOL_BEFORE.finditer(body))
    return frozenset(found)


def analyst_firms(body: str) -> frozenset[str]:
    """Name keys of names ``body`` writes with their analyst before a person's name ("Piper Jaffray analyst Gene
    Munster", "Goldman Sachs economist Jan Hatzius"): a firm, also where its name opens with a given name."""
    return frozenset(_names_before(_ANALYST_AFTER, body))


def institution_names(body: str, places: frozenset[str]) -> list[tuple[Span, Mention]]:
    """Organisations named with an institution's head word ("Democratic Party", "Supreme Court of Washington",
    "Public Health Agency", "Department of Housing, Local Government and Heritage": ``_LISTED_INSTITUTION``): a
    run of capitalised words (joined by "of", "for", "of the") ending in a capitalised word of
    ``gazetteer.INSTITUTION_HEADS``, within a line, without the words that open a clause before it ("But the", or at
    a sentence's start a word the text writes in lower case: "Later the") or a place's possessive ("Sweden's"), as
    ORG mentions, wherever the model missed them (it reads only windows round words it has not met, and misses some
    names there)."""
    found = []
    lower: set[str] | None = None
    listed = [m for m in _LISTED_INSTITUTION.finditer(body) if _list_of_words(m.group("items"))]
    for match in (
        *listed,
        *_INSTITUTION.finditer(body),
        *_ROLE_OFFICE.finditer(body),
        *_AND_INSTITUTION.finditer(body),
        *_BANK_OF.finditer(body),
    ):
        words = match.group().split(" ") if match.re is _LISTED_INSTITUTION else _without_stopped_tail(match)
        if _STARTS_SENTENCE.search(body, max(match.start() - 4, 0), match.start()):
            lower = set(_LOWER_WORDS.findall(body)) if lower is None else lower
            if len(words) > 1 and words[0].casefold() in lower and words[0].casefold() not in _NAME_ADJECTIVES:
                words.pop(0)  # a common word opening the sentence: "Later the Democratic Party"
        while len(words) > 1 and (
            words[0].casefold() in _SENTENCE_OPENERS
            or (_POSSESSIVE_END.search(words[0]) is not None and name_key(words[0][:-2]) in places)
        ):
            words.pop(0)  # "But the Democratic Party", "Sweden's Public Health Agency" → the name after them
        before = _word_before(body, match.start())
        words = _without_person_before(words, titled=is_title(before))  # "Warrant Officer <match>"
        text = clean_name(" ".join(words), organisation=True)
        text = without_country_adjective(text) if text is not None else None
        if text is None or " " not in text:
            continue
        start = match.start() + match.group().index(text)
        found.append(((start, start + len(text)), Mention(text, "ORG", start, False, "model")))
    starts: dict[int, int] = {}
    for (start, end), _ in found:
        starts[end] = min(start, starts.get(end, start))
    return [(span, m) for span, m in found if span[0] == starts[span[1]]]  # "Consumer Authority" of "Danish ... and"


_PERSON_WORDS = 3


def _without_person_before(words: list[str], *, titled: bool = False) -> list[str]:
    """The institution's words without a person's name or a role before its "of" ("Jeremy Hansen of the Canadian
    Space Agency" → "Canadian Space Agency": two or three words after a title (in ``words`` or right before them:
    ``titled``), or the first a given name, none an organisation word: "Warrant Officer Thabo Mokoena of the …";
    "Executive Director of the Wikimedia Foundation" → "Wikimedia Foundation")."""
    if "of" not in words:
        return words
    at = words.index("of")
    before = [w.casefold() for w in words[:at]]
    role = bool(before) and before[-1].rstrip(".") in _ROLE_WORDS  # "Executive Director of the Wikimedia Foundation"
    last_title = max((i for i, word in enumerate(before) if is_title(word)), default=-1)
    titled = titled or last_title >= 0
    before = before[last_title + 1 :]  # a title before the name: "Warrant Officer Thabo Mokoena of the ..."
    while before and is_plain_word(before[0]):
        before.pop(0)
    named = titled or (bool(before) and before[0] in given_names())  # a title names a person, listed or not
    if role or (2 <= len(before) <= _PERSON_WORDS and named and not set(before) & _ORG_HEAD_WORDS):
        rest = words[at + 1 :]
        return rest[1:] if rest[:1] == ["the"] else rest
    return words


_ROLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "director", "president", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder", "secretary",
        "head", "chief", "member", "members", "professor", "spokesman", "spokeswoman", "spokesperson", "executive",
        "officer", "manager", "editor", "governor", "minister", "dean", "rector", "provost", "commissioner", "trustee",
    }
)  # fmt: skip
"""The last word of a role before an institution's "of" ("Executive Director of the ...", "a member of the ..."):
the institution is what follows."""


_ITEM_SPLIT = re.compile(r",? and |, ")


def _list_of_words(items: str) -> bool:
    """Whether a listed institution's items are words of what it deals with ("Housing", "Local Government"), not
    acronyms or organisations of their own ("FBI", "Cambridge University": a list of bodies, not one name)."""
    parts = _ITEM_SPLIT.split(items)
    return all(not part.isupper() and part.rsplit(" ", 1)[-1].casefold() not in _ORG_HEAD_WORDS for part in parts)


_COMPANY_FORMS: Final[frozenset[str]] = frozenset(
    {"inc", "corp", "ltd", "llc", "llp", "plc", "limited", "incorporated", "gmbh", "co"}
)
"""Company-form endings that what follows with "of" never belongs to ("Acme Ltd of Calgary")."""


def _without_stopped_tail(match: re.Match[str]) -> list[str]:
    """The words of an institution's name, its "of ..." tail cut before a title or a day (``_TAIL_STOPS``) and
    before the "of" or "for" that word leaves dangling; none after a company form (``_COMPANY_FORMS``)."""
    words = match.group().split(" ")
    tail = match.groupdict().get("tail") or ""
    if not tail:
        return words
    head_words = len(words) - len(tail.split(" ")) + 1
    if words[head_words - 1].casefold().rstrip(".") in _COMPANY_FORMS:
        return words[:head_words]  # "Prairie Crest Transmission Ltd of Calgary": a company and where it is
    for index in range(head_words, len(words)):
        if name_key(words[index]) in _TAIL_STOPS:
            words = words[:index]
            break
    while words[-1] in ("of", "for", "the"):
        words.pop()
    return words


_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]* )+(?:and|&) ")
"""Capitalised words joined to what follows by "and" or "&": the first words of one name ("Securities and")."""


def drop_leading_words(
    found: Sequence[tuple[Span, Mention]], names: Sequence[tuple[Span, Mention]]
) -> list[tuple[Span, Mention]]:
    """``found`` without the mentions that are one of ``names`` (``institution_names``) with words before it
    ("Later the Democratic Party"): the name is the institution's. A mention whose extra words are capitalised
    words joined to the institution by "and" is kept: the model read one name ("Securities and Exchange
    Commission", where the pattern joins by "and" only after "the" and found "Exchange Commission")."""
    ends = {span[1]: span[0] for span, _ in names}
    return [
        (span, m)
        for span, m in found
        if not (span[1] in ends and span[0] < ends[span[1]]) or _joined_name(m.text, ends[span[1]] - span[0])
    ]


def _joined_name(text: str, extra: int) -> bool:
    """Whether the first ``extra`` characters of ``text`` are capitalised words ending in "and" or "&"."""
    return _JOINED_BEFORE.fullmatch(text[:extra]) is not None


def bracket_aliases(mentions: Iterable[Mention], body: str) -> dict[str, str]:
    """Short names the text gives a name in brackets right after it: "London Heathrow (LHR)", "Showa Denko K.K.
    (SDK)", an organisation's syllable acronym ("Commission on Elections (Comelec)"): name key of the short form →
    name key of the name, for merging (initials need not match).

    Not a dateline's source ("AUSTIN (KXAN) —" near the start of a line): it names who reports, not an alias.
    """
    aliases: dict[str, str] = {}
    for m in mentions:
        if m.offset is None or (" " not in m.text and m.text.isupper()):
            continue
        match = _ALIAS_AFTER.match(body, m.offset + len(m.text))
        if match is None or (match.group(2) and m.offset - (body.rfind("\n", 0, m.offset) + 1) < _DATELINE_CHARS):
            continue  # the source of a dateline at the start of a line
        if not match.group(1).isupper() and (m.label != "ORG" or not _abbreviates(match.group(1), m.text)):
            continue
        if name_key(match.group(1)) != name_key(m.text):
            aliases.setdefault(name_key(match.group(1)), name_key(m.text))
    return aliases


def country_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """Other names of one country used side by side ("US", "U.S.", "America" and "United States"; "UK" and
    "Britain"): name key of each → name key of the fullest one the text uses (most words, then longest), for
    merging. Only names some mention calls a place count."""
    return _to_fullest(_SAME_COUNTRY, {name_key(m.text) for m in mentions if m.label in PLACE_LABELS})


_COMPASS: Final[dict[str, str]] = {"n": "north", "s": "south", "e": "east", "w": "west"}


def compass_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """A place's compass word cut to its initial, as headlines write it ("N. Korea", "S. Africa"), where the text
    also writes the full name ("North Korea"): name key of the short form → of the full one, for merging."""
    used = {name_key(m.text) for m in mentions}
    aliases = {}
    for key in used:
        first, _, rest = key.partition(" ")
        if rest and first in _COMPASS and f"{_COMPASS[first]} {rest}" in used:
            aliases[key] = f"{_COMPASS[first]} {rest}"
    return aliases


def park_aliases(mentions: Iterable[Mention], places: frozenset[str]) -> dict[str, str]:
    """A protected area's own name alone ("Kuno" for "Kuno National Park", "Yellowstone"), where the text writes the
    area's full name and the short one is no known place (``places``): name key of the short form → of the full one,
    for merging."""
    used = {name_key(m.text) for m in mentions}
    aliases = {}
    for key in used:
        words = key.split(" ")
        if len(words) > 2 and (words[-2], words[-1]) in PROTECTED_AREAS:
            short = " ".join(words[:-2])
            if short in used and short not in places:
                aliases[short] = key
    return aliases


def _to_fullest(groups: Iterable[frozenset[str]], used: set[str]) -> dict[str, str]:
    """For each group of other names of one thing: every name of it in ``used`` → the fullest one there (most words,
    then longest)."""
    aliases: dict[str, str] = {}
    for group in groups:
        present = sorted(group & used, key=lambda k: (len(k.split(" ")), len(k)), reverse=True)
        for key in present[1:]:
            aliases[key] = present[0]
    return aliases


def organisation_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """One organisation under two names the text uses side by side: a party's nickname and its name ("GOP",
    "Republican Party"), a body named either way round ("Defense Department", "Department of Defense"): name key of
    the other → name key of the fullest (most words), for merging. Only names some mention calls an organisation."""
    used = {name_key(m.text) for m in mentions if m.label == "ORG"}
    aliases = _to_fullest(_SAME_ORGANISATION, used)
    for key in used:
        words = key.split(" ")
        if len(words) >= 3 and words[0] in _OFFICE_WORDS and words[1] == "of":
            turned = f"{' '.join(words[2:])} {words[0]}"  # "department of justice" → "justice department"
            if turned in used:
                aliases[turned] = key
    return aliases


def domain_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """A company named by its web address ("Amazon.com") → its plain name, when the text also uses that ("Amazon"):
    name key → name key, for merging."""
    aliases: dict[str, str] = {}
    for m in mentions:
        plain = _WEB_SUFFIX.sub("", m.text)
        if plain != m.text and plain:
            aliases[name_key(m.text)] = name_key(plain)
    return aliases


_MIN_CLIPPED = 3


def clipped_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """An organisation called by the clipped first word of its full name, when the text names both ("Fed" of
    "Federal Reserve"): name key → name key, for merging. The short form is one word of at least three letters that
    begins the full name's first word and is shorter than it; a unique full name only, and not one the text also
    calls by its initials ("Fed" beside "Federal Open Market Committee" and "FOMC" is not the committee: the text's
    short name for that is "FOMC")."""
    mentions = list(mentions)
    orgs = {name_key(m.text) for m in mentions if m.label == "ORG"}
    keys = {name_key(m.text) for m in mentions}
    aliases: dict[str, str] = {}
    for short in (k for k in orgs if " " not in k and len(k) >= _MIN_CLIPPED):
        longer = [
            k
            for k in orgs
            if " " in k
            and k.split(" ", 1)[0].startswith(short)
            and k.split(" ", 1)[0] != short
            and not _called_by_initials(k, short, keys)
        ]
        if len(longer) == 1:
            aliases[short] = longer[0]
    return aliases


def _called_by_initials(name: str, short: str, keys: set[str]) -> bool:
    """Whether the text also names ``name`` (a name key) by its initials, other than ``short`` ("fomc")."""
    initials = "".join(t[0] for t in name.split(" ") if t not in _SKIP)
    return len(initials) >= 2 and initials != short and initials in keys


_HEAD_ALIASES: Final[frozenset[str]] = INSTITUTION_HEADS | {"bank", "fed", "board", "union", "assembly", "senate"}


def head_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """An institution called by its head word alone, when the text names it in full ("the Bank" of "Bank of
    England", "the Committee" of "Monetary Policy Committee", "the University" of "University of Dundee"): name key
    → name key, for merging. The one word must be an institution's head (``INSTITUTION_HEADS``, "Bank") and the
    head of exactly one organisation of the text: its first word before "of", or its last word."""
    keys = {name_key(m.text) for m in mentions}
    orgs = [name_key(m.text) for m in mentions if m.label == "ORG" and " " in m.text]
    aliases: dict[str, str] = {}
    for short in (k for k in keys if " " not in k and k in _HEAD_ALIASES):
        longer = {k for k in orgs if k.startswith(f"{short} of ") or k.endswith(f" {short}")}
        if len(longer) == 1:
            aliases[short] = longer.pop()
    return aliases


def drop_attributive_countries(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop a country's initials used as an adjective ("US officials", "the U.S. market", "UK Transport Secretary"):
    the labelling rule tags "US" only as a noun ("sanctions imposed by the US", "the US and China"). In a headline,
    where a verb or a noun may follow ("US sanctions Iran", "US sanctions hit banks"), the initials count only when
    the body names the country as a noun too (by its initials or its full name, "United States")."""
    kept = [
        m
        for m in mentions
        if m.offset is None
        or name_key(m.text) not in _COUNTRY_INITIALS
        or not _attributive(body, m.offset + len(m.text))
    ]
    named = {name_key(m.text) for m in kept if m.offset is not None}
    named |= {"".join(w[:1] for w in key.split(" ")) for key in named if " " in key}
    return [
        m for m in kept if not m.in_headline or name_key(m.text) not in _COUNTRY_INITIALS or name_key(m.text) in named
    ]


def _attributive(text: str, end: int) -> bool:
    """Whether the country initials ending at ``end`` are followed by a word that makes them an adjective."""
    after = _NEXT_WORD_AFTER.match(text, end)
    return after is not None and after.group(1).casefold() not in _NOUN_FOLLOWERS


def drop_model_numbers(mentions: list[Mention]) -> list[Mention]:
    """Drop names holding a model or version number after a word ("Windows 11", "Galaxy S23 Ultra"): products,
    which the labelling rule leaves out, that the small model tags as places, organisations or people."""
    return [m for m in mentions if not _has_model_number(m.text)]


def _has_model_number(name: str) -> bool:
    words = name.split()
    return any(
        _MODEL_NUMBER.fullmatch(words[i]) is not None and words[i - 1] not in ("Channel", "Radio", "TV")
        for i in range(1, len(words))
    )


_MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d[\d.,]*[A-Za-z]?\+?")
"""A model or version number: "11", "S23", "737", "A320", "5G", "3.0"; not "76ers", "4th" (a team, an ordinal)."""
_DISEASE_WORDS = (
    "virus|disease|fever|syndrome|encephalitis|flu|influenza|infection|outbreak|variant|plague|pandemic|epidemic"
)
_DISEASE_WORD = re.compile(rf"(?<=[\w'’.-] )(?i:{_DISEASE_WORDS})\b")
_DISEASE_NAME = re.compile(rf"(?i:.* )?(?i:{_DISEASE_WORDS})|.+ Death")
"""A disease's name: ending in a disease word, or a name for a deadly epidemic ("the Black Death"); the word
"death" after a name elsewhere is no disease ("the Gaza death toll")."""


def drop_diseases(
    mentions: list[Mention], headline: str, body: str, given: frozenset[str] = frozenset()
) -> list[Mention]:
    """Drop names the text uses for a disease: written once before "virus", "disease", "fever", "syndrome" ...
    ("Nipah virus", "Lyme disease", "the Ebola epidemic"), or ending in such a word ("Eastern Equine Encephalitis",
    "the Great Plague", "the Black Death"); a disease is no entity (the labelling rule). People are kept ("Jane
    Flu"), but not a lone word the model called a person that is no given name (``given``): "the Nipah virus"."""
    diseases: set[str] = set()
    for text in (headline, body):
        for match in _DISEASE_WORD.finditer(text):
            words = text[max(match.start() - 80, 0) : match.start()].split(" ")[-9:-1]  # the words right before
            run = len(words)
            while run > 0 and words[run - 1][:1].isupper():
                run -= 1
            diseases.update(" ".join(words[i:]) for i in range(run, len(words)))
    return [
        m
        for m in mentions
        if (m.label == "PERSON" and (" " in m.text or name_key(m.text) in given or m.text not in diseases))
        or (m.text not in diseases and _DISEASE_NAME.fullmatch(m.text) is None)
    ]


def drop_defined_acronyms(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop acronyms the text defines as common nouns: "small and medium enterprises (SME)"."""
    common = set()
    for bracket in _BRACKETED_ACRONYM.finditer(body):  # the phrase regex only where an acronym is (it is slow)
        match = _DEFINED_ACRONYM.search(body, max(bracket.start() - 400, 0), bracket.end())
        if match is None:
            continue
        phrase, acronym = match.group(1).split(), match.group(2)
        initials = "".join(w[0] for w in phrase[-len(acronym) - 2 :] if w not in ("and", "of", "&")).upper()
        if initials.endswith(acronym.upper().rstrip("S")):
            common.add(acronym)
    return [m for m in mentions if m.text not in common]


def drop_credits(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop names credited for a picture ("Photo: Jane Doe/AFP", "Jane Doe/Getty Images", "(AFP Photo)", "(HT
    Photo/Jane Doe)", a line "Photo source: Jane Doe from Pexels"),
    signing an embedded post ("— Jane Doe (@jd)"), written as a hashtag or handle ("#TravelCorridor", "@jd"), or
    one word naming a minister's portfolio ("Transport Secretary Grant Shapps": "Transport" is no organisation)."""
    kept = []
    for m in mentions:
        if m.offset is not None:
            end = m.offset + len(m.text)
            before, after = body[max(m.offset - 24, 0) : m.offset], body[end : end + 4]
            if _CREDIT.search(before) or after.startswith(" (@") or before.endswith(("#", "@")):
                continue
            if before.endswith("(") and (_PHOTO_WORD.search(m.text) or _PHOTO_WORD.match(body, end)):
                continue  # "(AFP Photo)" after a caption
            slash = m.text.find("/")
            if _AGENCY_AFTER.match(m.text[slash:] if slash > 0 else body[end : end + 24]):
                continue  # "Stephen Chernin/Getty Images" under a picture
            if _CREDIT_LINE.match(body, body.rfind("\n", 0, m.offset) + 1):
                continue  # anywhere in a credit line: "Photo Source: Jane Doe from Pexels."
            if " " not in m.text and m.label != "PERSON" and _PORTFOLIO.match(body, end):
                continue
        kept.append(m)
    return kept


def complete_surnames(mentions: list[Mention], body: str, places: frozenset[str] = frozenset()) -> list[Mention]:
    """Find the full name of a person the model only tagged by surname ("Mr Grayling" → "Chris Grayling").

    A lone capitalised PERSON word that no longer PERSON name contains is looked up in the body as
    "<Given> <Surname>"; the first such pair whose first word is not a title or a function word, nor the end of a
    known place's name (``places``: "San Antonio Spurs"), becomes a mention.
    """
    full = {t for m in mentions if m.label == "PERSON" and " " in m.text for t in name_key(m.text).split(" ")}
    lone = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text and m.text[:1].isupper()}
    found = []
    for surname in sorted(lone):
        if name_key(surname) in full:
            continue
        match = _given_before(
            surname, body, lambda first, at: not is_plain_word(first) and not _ends_place(first, at, body, places)
        )
        if match is not None:
            found.append(Mention(match.group(0), "PERSON", match.start(), False, "model"))
    return mentions + found


_GIVEN_LAST = re.compile(r"\b(" + _GIVEN + r") \Z")
"""A capitalised given name and a space ending a stretch of text (searched up to a surname's mention)."""
_BOUNDARY = re.compile(r"\b")
_GIVEN_REACH = 64
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*) \Z")
"""A capitalised word and a space ending a stretch of text: the word before a given name."""


def _ends_place(word: str, at: int, body: str, places: frozenset[str]) -> bool:
    """``word``, at ``at`` in ``body``, ends a known place's name with the capitalised word before it ("San
    Antonio", "Santa Monica"): no given name there."""
    if not places:
        return False
    before = _CAPITALISED_BEFORE.search(body, max(0, at - _GIVEN_REACH), at)
    return before is not None and name_key(f"{before.group(1)} {word}") in places


def _given_before(surname: str, body: str, accept: Callable[[str, int], bool]) -> re.Match[str] | None:
    """The first "<Given> <surname>" in ``body`` whose capitalised first word ``accept`` takes (given the word and
    its offset): found from each mention of the surname (a string search) back to the word before it, not by a
    pattern scan of the whole body per name; a rejected pair's words are not read again (as in a scan)."""
    end_of_rejected = 0
    at = body.find(surname, 1)
    while at != -1:
        end = at + len(surname)
        if body[at - 1] == " " and _BOUNDARY.match(body, end):
            match = _GIVEN_LAST.search(body, max(end_of_rejected, at - _GIVEN_REACH), at)
            if match is not None:
                if accept(match.group(1), match.start(1)):
                    return _PAIR.match(body, match.start(), end)
                end_of_rejected = end
        at = body.find(surname, at + 1)
    return None


_PAIR = re.compile(r"\S+ .+", re.DOTALL)
"""The whole "<Given> <surname>" stretch, as a match (its ``group(0)``, ``start()`` and ``end()``)."""


def given_surnames(mentions: list[Mention], body: str, given: frozenset[str], places: frozenset[str]) -> list[Mention]:
    """A lone capitalised word the model called an organisation or a place, that the body also writes after a given
    name ("Sixers guard Tyrese Maxey" → "Tyrese" a group, "Maxey" a place; "Maxey said"), is that person's surname:
    "<Given> <Word>" becomes a PERSON mention and the word's own mentions vote PERSON. Not a known place
    (``places``), an acronym, a word the model also reads in a longer name, nor after a given name that is a place
    ("Austin Energy"), nor one that ends a place's name ("San Antonio Spurs": "Antonio" is a given name, "San
    Antonio" a city)."""
    longer = {t for m in mentions if " " in m.text for t in name_key(m.text).split(" ")}
    lone = {
        m.text
        for m in mentions
        if m.label in _SURNAME_LABELS
        and m.source == "model"
        and " " not in m.text
        and m.text[:1].isupper()
        and not m.text.isupper()
        and (key := name_key(m.text)) not in places
        and key not in longer
        and key not in given
    }
    found: list[Mention] = []
    people: set[str] = set()
    inside: set[int] = set()

    def given_name(first: str, at: int) -> bool:
        if first.casefold() not in given or name_key(first) in places or is_plain_word(first):
            return False
        return not _ends_place(first, at, body, places)  # "San Antonio Spurs"

    for word in sorted(lone):
        match = _given_before(word, body, given_name)
        if match is not None:
            found.append(Mention(match.group(0), "PERSON", match.start(), False, "model"))
            people.add(word)
            inside.add(match.end() - len(word))  # the word's own mention there is this one
    if not people:
        return mentions
    kept = [m for m in mentions if not (m.text in people and m.offset in inside)]
    return [replace(m, label="PERSON") if m.text in people else m for m in kept] + found


def listed_places(mentions: list[Mention], body: str, places: frozenset[str]) -> frozenset[str]:
    """Name keys listed beside known places ("Turkey, Poland, and Bonaire, St Eustatius and Saba"): places too.

    A name counts when it is in a list of at least three names joined by commas and "and", more than half of the
    others being known places ("Microsoft, Meta and Alphabet" makes no place of Alphabet beside a Colombian
    department's name).
    """
    listed: set[str] = set()
    body_mentions = sorted((m for m in mentions if m.offset is not None), key=lambda m: m.offset or 0)
    run: list[Mention] = []
    for mention in [*body_mentions, None]:
        if mention is not None and run:
            prev = run[-1]
            gap = body[(prev.offset or 0) + len(prev.text) : mention.offset]
            if _LIST_GAP.fullmatch(gap):
                run.append(mention)
                continue
        if len(run) >= 3:
            keys = [name_key(m.text) for m in run]
            for i, key in enumerate(keys):
                others = keys[:i] + keys[i + 1 :]
                if 2 * sum(k in places for k in others) > len(others):
                    listed.add(key)
        run = [mention] if mention is not None else []
    return frozenset(listed - places)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def looks_title_case(headline: str) -> bool:
    """Whether most longer words of a headline are capitalised (the small model over-tags such headlines)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", headline) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_CASE_SHARE


def is_title_case_zone(line: str) -> bool:
    """A line of the body whose capitals the small model misreads: a short line that does not end a sentence and is
    a heading, of three words or fewer ("The backlash") or in Title Case (a repeated headline, a caption, a label);
    or a line in another language ("Der Zustand danach:", ``language.reads_foreign``)."""
    if reads_foreign(line):
        return True
    words = len(line.split())
    if words > _TITLE_ZONE_WORDS or line.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        return False
    return words <= _HEADING_WORDS or looks_title_case(line)


def title_case_zones(body: str) -> list[Span]:
    """The spans of ``body`` that are title-case zones (``is_title_case_zone``): a paragraph of one line, or a line
    in another language. A paragraph of ``<br>``-broken lines is a list (signatories, credits, an address), whose
    short Title Case lines are names, not headings. Each zone is one line."""
    zones = []
    for paragraph in PARAGRAPH.finditer(body):
        if "\n" not in paragraph.group():
            if is_title_case_zone(paragraph.group()):
                zones.append((paragraph.start(), paragraph.end()))
            continue
        lines = LINE.finditer(body, paragraph.start(), paragraph.end())
        zones += [(line.start(), line.end()) for line in lines if reads_foreign(line.group())]
    return zones


_OPENER = re.compile(r"^\W{0,2}([A-Z][\w'’-]*)(?=\s)")
"""A headline's first word, capitalised as any sentence's first word is."""


def headline_openers(mentions: list[Mention], headline: str, body: str) -> list[Mention]:
    """Cut the headline's first word from a name it opens when the body never writes them together but writes the
    rest: the word is capitalised as any headline's first word ("Can Giants recover ..." → "Giants"; "Will Biden
    ...?"); a name the body also writes whole stays ("Will Smith")."""
    opener = _OPENER.match(headline)
    if opener is None:
        return mentions
    first = opener.group(1)
    cut: list[Mention] = []
    for mention in mentions:
        text = mention.text
        rest = text[len(first) + 1 :] if mention.in_headline and text.startswith(first + " ") else ""
        if rest[:1].isupper() and not any(whole_word_spans(text, body)) and any(whole_word_spans(rest, body)):
            cut.append(replace(mention, text=rest))
        else:
            cut.append(mention)
    return cut


def drop_title_case_only(
    mentions: list[Mention],
    headline: str,
    body: str,
    places: frozenset[str] = frozenset(),
    zones: Sequence[Span] | None = None,
) -> list[Mention]:
    """Drop names found only in Title Case text: a Title Case headline, or a short Title Case line of the body that
    does not end a sentence (a repeated headline, a caption), where the small model tags capitalised words at random.

    A name found there is kept if it (or each of its words) is also found in the ordinary text, and so is a headline
    name the model calls a place that is a known one (``places``) and that the headline puts something in ("A Royal
    Salute To Polo In Rome"). ``zones``: the body's ``title_case_zones``, when the caller has them.
    """
    zones = title_case_zones(body) if zones is None else zones
    headline_zone = looks_title_case(headline)

    opener = _OPENER.match(headline)

    def zoned(m: Mention) -> bool:
        if m.in_headline:  # a Title Case headline, or the capital of a headline's first word ("Tech giants meet")
            return headline_zone or (opener is not None and m.text == opener.group(1))
        return m.offset is not None and any(start <= m.offset < end for start, end in zones)

    plain = {name_key(m.text) for m in mentions if not zoned(m)}
    plain_words = {t for k in plain for t in k.split(" ")}
    return [
        m
        for m in mentions
        if not zoned(m)
        or name_key(m.text) in plain
        or set(name_key(m.text).split()) <= plain_words
        or (m.in_headline and _headline_place(m, headline, places))
    ]


def _headline_place(m: Mention, headline: str, places: frozenset[str]) -> bool:
    """Whether the headline puts something in ``m``, a known place the model calls one ("... In Rome")."""
    if m.label not in PLACE_LABELS or name_key(m.text) not in places:
        return False
    return (
        re.search(rf"{NO_WORD_BEFORE}(?:[Ii]n|[Nn]ear|[Aa]cross) {re.escape(m.text)}{NO_WORD_AFTER}", headline)
        is not None
    )


MIN_MAKER_MENTIONS: Final[int] = 3
"""A first word of an organisation's name written alone this often is that organisation's maker."""


def maker_hits(
    body: str,
    found: Sequence[tuple[Span, Mention]],
    *,
    places: frozenset[str],
    given: frozenset[str],
    lower: frozenset[str] | set[str],
    groups: set[str],
) -> list[tuple[Span, Mention]]:
    """ORG mentions of the first word of an organisation the model tagged ("Apple" of "Apple TV") where the body
    writes that word alone, inside sentences, at least ``MIN_MAKER_MENTIONS`` times and the model tagged it nowhere
    alone: the windows it read met the word inside the longer name only. Not a given name, a known place, a word the
    text writes in lower case, a function word, nor a nationality or party (one the model tagged a group,
    ``groups``, or ending as one: "Republican", "Israeli")."""
    known = {name_key(mention.text) for _, mention in found}
    candidates = set()
    for _, mention in found:
        words = mention.text.split(" ")
        if mention.label != "ORG" or len(words) < 2:
            continue
        first = words[0]
        key = name_key(first)
        if len(first) < 3 or not first[0].isupper() or key in known or key in given or key in places:
            continue
        if key in lower or is_plain_word(first) or key in groups or _DEMONYM_END.search(key):
            continue
        candidates.add(first)
    names = {
        word
        for word in candidates
        if body.count(word) > MIN_MAKER_MENTIONS
        and sum(1 for _ in _inside_sentences(word, body, alone=True)) >= MIN_MAKER_MENTIONS
    }  # the count first: the first mention is inside the longer name, so alone at least three more are needed
    return _hits_outside(names, body, found)


__all__ = [
    "RawEntity",
    "Span",
    "aged_words",
    "bracket_aliases",
    "clipped_aliases",
    "combine",
    "company_cue_hits",
    "compass_aliases",
    "complete_surnames",
    "corporate_names",
    "country_aliases",
    "country_hits",
    "credit_spans",
    "dateline_span",
    "defined_names",
    "domain_aliases",
    "drop_attributive_countries",
    "drop_credits",
    "drop_defined_acronyms",
    "drop_diseases",
    "drop_leading_words",
    "drop_model_numbers",
    "drop_title_case_only",
    "executive_names",
    "given_surnames",
    "head_aliases",
    "headline_openers",
    "honorific_persons",
    "impersonal_names",
    "institution_names",
    "is_title_case_zone",
    "join_chinese_names",
    "join_district",
    "join_particles",
    "join_split_organisations",
    "join_team_names",
    "kinds_by_form",
    "listed_places",
    "located_names",
    "looks_title_case",
    "maker_hits",
    "model_mentions",
    "name_hits",
    "names_pattern",
    "organisation_aliases",
    "park_aliases",
    "placed_names",
    "prompt_spans",
    "pronouned_words",
    "school_names",
    "split_at_lines",
    "split_name_runs",
    "split_owners",
    "split_pairings",
    "title_case_zones",
    "with_place_kind",
]
