"""The article's byline: person names in page order, else the credit the page gives as author (a newsroom, "Staff",
an organisation); wire agencies named as author are set apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.agencies import AGENCY_PATTERN, agency_name, outlet_name
from worker.lexicon.text import MONTH_NAMES, clean_text, compact_key
from worker.parse import schema_org
from worker.parse.landmarks import BY_MARK, DATELINE_NAME, Landmarks, find_landmarks
from worker.parse.tree_search import first_with_word

if TYPE_CHECKING:
    from worker.parse.document import Document

_LABEL_WORDS = (
    r"post|posted|author|autor|autorin|auteur|written|geschrieben|veröffentlicht|eingestellt|publié|publicado|"
    r"pubblicato|artikel|beitrag|ein|story|text|words|interview|photos?|fotos?|reported|article|artículo|escrito|"
    r"erstellt|verfasst|gepostet|published|created|updated|a|an|un|una|le|la|el|this|dieser|diese|©|\(c\)|"
    r"pressemitteilung|kommentar|gastbeitrag|analyse|analysis|commentary|opinion|column|kolumne|essay|review|"
    r"rezension|bericht|reportage|video|illustration|grafik|report|alles|alle|all|more|mehr|view|see|posts|articles|"
    r"beiträge|stories"
)
_PREFIX = re.compile(
    rf"^\s*(?:(?:{_LABEL_WORDS})\s*:?\s+)*"
    r"(?:by|von|par|por|di|door|av|af|de|from|autor(?:in)?|author|auteur|text|interview|©|\(c\))\s*(?::\s*|\s+)"
    r"|^\s*(?:©|\(c\))\s*"
    r"|^\s*(?:投稿者|著者|執筆者|作者|撰稿人?|记者|記者)\s*[:：]?\s*",  # CJK labels: "posted by", "author", "reporter"
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s+[|•·–—]\s+|\s+-\s+|\s*\||\s*\(|\s*\[|\s+on\s+\w+\s+\d|\s+(?:updated|published|posted|"
    r"aktualisiert|veröffentlicht|stand)\b|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}|\s+\d{4}-\d{2}-\d{2}|\n|"
    r"\s+[^\W\d_]+:\s|\s+(?:am|on|le|el)\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    rf"sonntag)|\s+(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"(?:\s*[,;/&]\s*(?:(?:and|und|et|y|en|och|og)\s+)?|"
    r"\s+(?:and|und|et|y|e|en|och|og|with|mit|avec|con|com|met|im gespräch mit|in conversation with|interviewed by)\s+)"
    r"(?:(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from)\s+)?",
    re.IGNORECASE,
)
"""Between two names of a byline: a comma (with a serial "and" after it: "A, B, and C") or a joining word ("and",
"with": "Jane Doe with AFP"; "und", "avec", "con", ...), with any "(additional) reporting by" after it."""
_JOB_TITLE = re.compile(
    r"(?:\S+-)?(?:(?:chef)?redakteur(?:in)?|rechtsanw[aä]lt(?:in)?|expert(?:e|in)|korrespondent(?:in)?|"
    r"journalist(?:in)?|reporter(?:in)?|pressesprecher(?:in)?|fotograf(?:in)?|volontär(?:in)?|moderator(?:in)?|"
    r"chefreporter(?:in)?|ressortleiter(?:in)?)",
    re.IGNORECASE,
)
"""A job title written before or after a name ("Chefredakteur", "Rechtsanwalt", "FOCUS-Online-Experte")."""
_WEAK_NAME = re.compile(r"^[A-ZÄÖÜ]{1,3}$|_|^[^\W\d_A-Z]+(?:\.[^\W\d_A-Z]+)+$")
"""Initials ("DT") or a user name ("gabor_munier", "edilson.la.rosa"): kept only if no source spells out a name."""

_ROLE_TEXT = """
staff auteur auteurs writer writers reporter reporters correspondent correspondents editor editors editorial
team redaktion
redaktionen red desk newsdesk admin administrator contributor contributors guest columnist freelance
freelancer author authors autor autorin press office service services news agency agencies online digital web
webteam wire reports report email mail e-mail follow twitter facebook more articles posts view profile bio
photographer photo photos foto fotos sponsored content partner anonymous unknown no senior chief associate
deputy managing political business sports science health technology posted on by published veröffentlicht am
von über autorenseite alle kontakt weiter weitere datum quelle shares share von: by: the der die das des of
and und read write comments kommentare kommentar leave reply antworten publié par afficher mon profil complet
my complete please enter your name here home login phd ph.d md m.d mba msc dr prof about
culture features entertainment opinion lifestyle travel food world local national international economics
politics investigative visual graphics data audience video multimedia producer
sign in log up out register account instagram linkedin
"""
_ROLE_WORDS = frozenset(_ROLE_TEXT.split())
_REJECT_WORDS = frozenset({"redaktion", "team", "desk", "newsdesk", "newsroom", "news", "anonymous", "unknown"})
"""Words in no person's name, wherever they stand ("Harbor News", "Metro Desk" beside a writer: a newsroom)."""
_MONTHS = re.compile(rf"\b(?:{MONTH_NAMES})[a-z]*\.?\s+\d", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.|\.(?:com|de|org|net)\b|[<>{}=#*$%«»]", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_OUTSIDE_ARTICLE = re.compile(r"\bcomment|\brespond|\bsidebar|\brelated|\brecommend|\blisting", re.IGNORECASE)
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "de",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "du",
        "le",
        "la",
        "bin",
        "al",
        "el",
        "ten",
        "ter",
        "zu",
        "y",
        "e",
    ]
)
_SKIP_CLASS = re.compile(r"comment|avatar|description|about|more|social|follow|share|image|img|photo", re.I)
_SKIP_TEXT_PARENTS = frozenset(
    {"script", "style", "title", "option", "figcaption", "caption", "label", "button", "cite"}
)
_META_KEYS = (
    "author",
    "article:author",
    "article:author_name",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "shareaholic:article_author_name",
    "og:article:author",
    "cxenseparse:author",
    "byl",  # a byline line as the page prints it ("By Jane Doe and John Roe")
)
_UI_WORDS = frozenset(
    {"follow", "folgen", "abonnieren", "subscribe", "share", "shares", "teilen", "profile", "profil", "last", "latest"}
)
"""Button and label words that trail a name in author boxes ("Inga Hoeltmann Follow", "Dan Bader last updated")."""
_ENDS_WITH_DATE = re.compile(r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:.]\d{2}(?:\s*uhr)?)\W*$", re.I)
"""A date or time right before the marker ("06.11.2023 13:30 von Olga"): a one-word name there is a byline."""
_LABELS = frozenset({"author", "autor", "autorin", "auteur"})
AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|redakteur(?:in)?|journalist(?:en|in)?)/[^/?#]+/?(?:[?#]|$)",
    re.IGNORECASE,
)
"""A link to an author's page ("/author/jane-doe/", "/autoren/max-muster"): its text names the author."""
_AUTHOR_BOX = re.compile(r"author-?(?:bio|box|info|about)|about-?(?:the-?)?author|autor(?:en)?-?(?:box|info)", re.I)
_NOT_A_CREDIT = frozenset(
    {
        "sign", "log", "login", "logout", "register", "account", "email", "e-mail", "mail", "follow", "folgen",
        "share", "shares", "teilen", "subscribe", "abonnieren", "view", "profile", "profil", "bio", "comments",
        "kommentare", "comment", "kommentar", "reply", "antworten", "read", "more", "weitere", "weiterlesen",
        "posts", "articles", "beiträge", "artikel", "twitter", "facebook", "instagram", "linkedin", "unknown",
        "home", "menu", "search", "suche", "contact", "kontakt", "your", "here", "please",
    }
)  # fmt: skip
"""Words of page UI or prompts ("Sign In", "Email the author", "View profile"): never an author credit."""
_MAX_CREDIT_WORDS = 4
_BOX_PARTS = ("h2", "h3", "h4", "h5", "strong", "b")
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 50
_MAX_BYLINE_CHARS = 120


@dataclass(frozen=True)
class Byline:
    """Person names credited with the article, wire agencies credited as its author, and credits that name no
    person ("Staff Writer", "Redaktion", the publisher): the byline when no source names a person."""

    names: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    helpers: list[str] = field(default_factory=list)
    """The agencies a joining word sets beside the writer ("Claire Vasseur avec AFP", "Jane Doe with AP")."""

    @property
    def credited(self) -> list[str]:
        """The names, else the credits: what the record gives as the byline."""
        return self.names or self.credits

    @property
    def wires(self) -> list[str]:
        """The agencies that ran the story: none where a reporter's story names several as its helpers ("Dana
        Kowalski, staff, with reporting from The Associated Press and Reuters": the newsroom's own story), or its
        only one joined to the writer ("Claire Vasseur avec AFP": the reporter's story drew on the wire; "Le Figaro
        avec AFP", naming no person, runs the wire's copy)."""
        if self.names and (len(self.agencies) > 1 or self.agencies == self.helpers):
            return []
        return self.agencies


def _clean_name(raw: str) -> str:
    name = _PREFIX.sub("", clean_text(raw).strip(" ,;:-–—|·•'\"“”")).strip(" ,;:-–—|")
    if name.endswith(".") and not re.search(r"\b\w\.$", name):
        name = name[:-1]
    words = name.split()
    while len(words) > 2 and _JOB_TITLE.fullmatch(words[0]):
        words.pop(0)
    while len(words) > 2 and _trails_name(words[-1]) and not agency_name(" ".join(words)):
        words.pop()
    return " ".join(words)


def _trails_name(word: str) -> bool:
    """A word that follows a name in an author box without being part of it: a job title or role ("Culture Writer",
    "Senior Editor"), a social network or a button label ("Twitter", "Follow")."""
    folded = word.casefold().strip(".")
    if folded == "staff":
        return False  # "Name Site Staff" is a credit to the newsroom, rejected whole by is_person_name
    return bool(_JOB_TITLE.fullmatch(word)) or folded in _UI_WORDS or folded in _ROLE_WORDS


def is_person_name(name: str, site_name: str | None = None, *, capitalised: bool = False) -> bool:
    """Whether ``name`` plausibly names a person (not a role, date, address, organisation or the site).

    With ``capitalised``, every word but name particles ("von", "de") must start with a capital letter,
    as a name in running text does.
    """
    if not name or len(name) > _MAX_NAME_CHARS or _NOT_A_NAME.search(name) or _MONTHS.search(name):
        return False
    words = name.split()
    if len(words) > _MAX_NAME_WORDS or not any(char.isalpha() for char in name):
        return False
    if all(word.casefold().strip(".") in _ROLE_WORDS or word.casefold() in _PARTICLES for word in words):
        return False
    folded = [word.casefold() for word in words]
    if any(word in _REJECT_WORDS or "admin" in word or word.endswith("-redaktion") for word in folded):
        return False
    if "staff" in folded and (len(words) != 2 or sum(word in _ROLE_WORDS for word in folded) > 1):
        return False  # "Staff", "Staff Writer", "HLNF Staff Report", "A B Site Staff"; but "Jörg Staff" is a person
    if capitalised and not all(word[0].isupper() or word in _PARTICLES for word in words):
        return False
    if any(word in _PLACE_PREPOSITIONS for word in words):
        return False  # "in Brüssel", "correspondent in Paris" after a writer's name: where and what the writer is
    return not (site_name and compact_key(name) == compact_key(site_name))


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "aus", "im", "en", "à", "dans", "desde", "uit"})
"""Lower-case words saying where a writer works, in no person's name (unlike the particles "de", "da", "van")."""


def is_credit(name: str, *, capitalised: bool = False) -> bool:
    """Whether ``name`` (label already stripped) can stand as the author credit of a page that names no person: a
    newsroom, a role or an organisation ("Staff Writer", "Redaktion", "Deutscher Tennis Bund"), not page UI text, a
    date, an address, a CMS account ("admin") or a label alone."""
    if not name or len(name) > _MAX_NAME_CHARS or _NOT_A_NAME.search(name) or _MONTHS.search(name):
        return False
    words = name.split()
    if len(words) > _MAX_CREDIT_WORDS or not any(char.isalpha() for char in name):
        return False
    folded = [word.casefold().strip(".:") for word in words]
    if any(word in _NOT_A_CREDIT or "admin" in word for word in folded) or not _PREFIX.sub("", name).strip():
        return False
    if all(word in _PARTICLES or word in _LABELS or word in {"by", "posted", "written"} for word in folded):
        return False
    return not capitalised or all(word[0].isupper() or word.casefold() in _PARTICLES for word in words)


_VIA_WIRE = re.compile(
    r"^\W{0,3}(?P<outlet>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){0,4})\s+via\s+(?P<wire>[\w&. -]{2,40}?)\W{0,3}$"
)
"""An outlet's story passed on by a wire ("Kveller via JTA", "The 19th via AP"): the outlet is the story's origin."""


_CREDIT_LABEL = re.compile(
    r"^\s*(?:agency|agencies|source|sources|news\s+agency|quelle|agentur|fuente|agencia|fonte|agenzia|agence)\s*:\s*",
    re.IGNORECASE,
)
"""A label before the wire or outlet a byline credits ("Agency: PTI", "Source: Reuters"), dropped like "By"."""


_ARTICLE = re.compile(r"^\s*(?:der|des|die|the)\s+(?=\S)", re.IGNORECASE)
_MATERIAL_LEAD = re.compile(
    r"^\s*(?:mit\s+material\s+(?:von|der|des|aus)|unter\s+verwendung\s+von\s+material\s+(?:von|der|des)|"
    r"with\s+(?:additional\s+)?(?:material|reporting|information)\s+from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""What leads the agencies a reporter's story draws on, in its byline ("mit Material von dpa und KNA"): dropped, so
each is read as an agency (several beside a person make no wire credit: ``Byline.wires``)."""


def _parts(text: str) -> list[str]:
    """A byline's parts between commas and "and": the agencies of a material clause ("A, mit Material von dpa und
    der AFP") without its lead and their articles."""
    parts = []
    for part in _SPLIT.split(text):
        led = _MATERIAL_LEAD.sub("", part)
        bare = _ARTICLE.sub("", led)
        parts.append(bare if bare != led and agency_name(" ".join(bare.split())) else led)
    return parts


def split_names(text: str, site_name: str | None = None, *, capitalised: bool = False) -> Byline:
    """Split a byline text ("By A, B and C", "Von A und B") into person names and agencies."""
    text = _PREFIX.sub("", clean_text(text))
    if _URL.search(text):
        return Byline()
    text = _CREDIT_LABEL.sub("", text)  # "Agency: Associated Press", "Quelle: dpa": the wire is read as one
    own = _site_byline(text, site_name, capitalised=capitalised)
    if own is not None:
        return own
    text, *rest = _CUT.split(text, maxsplit=1)
    names: list[str] = []
    agencies: list[str] = []
    credits: list[str] = []
    for index, part in enumerate(_parts(text)):
        via = _VIA_WIRE.match(" ".join(part.split()))
        if via and agency_name(via.group("wire")) and (index > 0 or len(via.group("outlet").split()) == 1):
            # "Jane Doe, Kveller via JTA": the wire carried the outlet's story ("Jane Doe via JTA" is the writer's)
            outlet = _clean_name(via.group("outlet"))
            if outlet and outlet not in agencies:
                agencies.append(outlet)
            continue
        raw = " ".join(part.split()).strip(" ,;:-–—|·•'\"“”")
        name, agency = _agency_after_name(raw)
        name = _clean_name(_JOIN_TAIL.sub("", name) if agency else name)  # "Jane Doe via JTA", "Jane Doe for AFP"
        whole = (_credit_of(name, site_name) if name else None) or (_credit_of(raw, site_name) if raw else None)
        for credit in (agency, whole):
            if credit and credit not in agencies:
                agencies.append(credit)
        if whole:
            continue
        if is_person_name(name, site_name, capitalised=capitalised):
            if name not in names:
                names.append(name)
        elif name and is_credit(name, capitalised=capitalised) and name not in credits:
            credits.append(name)
    credited = _credited_after(rest[0], site_name) if rest else None
    if credited and credited not in agencies:  # "Jane Doe | Reuters", "Jane Doe (AFP)"
        agencies.append(credited)
    helpers = [agency for agency in agencies if _joined_helper(agency, text)]
    return Byline(names, agencies, credits, helpers)


_JOIN_TAIL = re.compile(r"(?:^|[\s,]+)(?:(?:special|exclusive)\s+(?:to|for)|via|for)$", re.IGNORECASE)
"""The words that set a writer before the wire or outlet the story was written for or passed on by ("Jane Doe for
AFP", "Jane Doe, Special to The Washington Post", "Jane Doe via JTA"): not part of the name."""


HELPER_JOINS = r"with|mit|avec|con|com|met"
"""The joining words that set an agency beside the writer in a byline ("avec AFP", "mit dpa", "with AP")."""
_HELPER_JOIN = rf"(?:^|\s)(?:{HELPER_JOINS})\s+(?:material\s+(?:von|aus|from)\s+)?(?:(?:the|der|die|l['’])\s*)?"


def _joined_helper(agency: str, text: str) -> bool:
    """Whether ``text`` sets ``agency`` beside a name by a joining word ("avec AFP", "mit dpa", "with the AP", "mit
    Material von dpa")."""
    return re.search(_HELPER_JOIN + re.escape(agency) + r"\b", text, re.IGNORECASE) is not None


def _site_byline(text: str, site_name: str | None, *, capitalised: bool) -> Byline | None:
    """The byline of a text naming the site's own outlet: only the outlet (a credit), or the outlet beside another
    (``_joint_byline``); None when the text does not name the site."""
    if not site_name:
        return None
    if compact_key(text) == compact_key(site_name):
        name = _clean_name(text)
        return Byline(credits=[name] if is_credit(name, capitalised=capitalised) else [])
    parts = _SPLIT.split(_CUT.split(text, maxsplit=1)[0])
    if len(parts) > 1 and any(compact_key(part) == compact_key(site_name) for part in parts):
        return _joint_byline(parts, site_name)
    return None


def _joint_byline(parts: list[str], site_name: str) -> Byline:
    """A byline crediting the site's own outlet beside another ("A, Mississippi Today, and B, ProPublica"): a joint
    story, so the other outlet is a credit, not an agency (an origin); a wire beside the site stays a wire credit
    ("AFP/The Local")."""
    joint = split_names(", ".join(part for part in parts if compact_key(part) != compact_key(site_name)))
    wires = [name for name in joint.agencies if agency_name(name)]
    return Byline(joint.names, wires, [*joint.credits, *(name for name in joint.agencies if name not in wires)])


_MAX_CREDIT_AFTER = 40


def _credited_after(rest: str, site_name: str | None) -> str | None:
    """The wire or listed outlet credited in the field after the names ("Jane Doe | Reuters", "Jane Doe (AFP)",
    "Jane Doe | The Washington Post | May 3"): an outlet of two capitalised words or more, not a section ("| Science"),
    and not the site itself."""
    field = _DATE_TAIL.sub("", _CUT.split(rest, maxsplit=1)[0]).strip(" ()[]|-–—·•")
    if len(field) > _MAX_CREDIT_AFTER:
        return None
    name, agency = _agency_after_name(field)
    if agency and not name.strip(" ,"):  # a wire's staff title alone: "Jane Doe | AP Sports Writer"
        return agency
    agency = agency_name(field)
    words = field.split()
    if agency or len(words) < _MIN_OUTLET_WORDS or not all(word[0].isupper() for word in words):
        return agency
    outlet = outlet_name(field)
    return None if outlet and site_name and compact_key(outlet) == compact_key(site_name) else outlet


_MIN_OUTLET_WORDS = 2
_DATE_TAIL = re.compile(
    rf"\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\.?\s+\d|\d{{1,4}}[./-]\d).*$",
    re.IGNORECASE,
)
"""A date after the credited outlet in one byline row ("Story by A • The Independent 1 Jul 2025 · 3 min read")."""


_WIRE_STAFF = re.compile(r"\s+(?:staff|staff\s+writers?|news\s+desk)$", re.IGNORECASE)  # "Reuters Staff"
_WIRE_DESK = re.compile(
    r"^(?:redazione|redaktion|redacción|redaccion|rédaction|redactie|redação|redacao|redakcja)\s+", re.IGNORECASE
)  # "Redazione ANSA", "Redacción EFE": the wire's newsroom


def _credit_of(name: str, site_name: str | None) -> str | None:
    """The wire or outlet a byline part names whole: an agency spelling ("AP", "Agence France-Presse", also as its
    staff or newsroom: "Reuters Staff", "Redazione ANSA"), agencies
    joined by a hyphen ("AFP-JIJI": the first), or a listed outlet written capitalised ("Chicago Tribune") or a
    newsroom named so ("Capital News Service") other than the site itself."""
    agency = agency_name(_WIRE_STAFF.sub("", _WIRE_DESK.sub("", name)))
    if agency:
        return agency
    pieces = name.split("-")
    if len(pieces) > 1 and all(agency_name(piece) for piece in pieces):
        return agency_name(pieces[0])
    outlet = outlet_name(name) if name[:1].isupper() else None
    if outlet is None and _NEWSROOM_NAME.fullmatch(name):
        outlet = name  # a newsroom that says so in its name: "Capital News Service", "States Newsroom"
    if outlet and not (site_name and compact_key(outlet) == compact_key(site_name)):
        return outlet
    return None


_NEWSROOM_NAME = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:News\s+Service|News\s+Agency|Newsroom|Newswire|News\s+Bureau)"
)


_AGENCY_ROLE = re.compile(
    rf"^(?P<name>.*?)[\s,]*(?<![\w-])(?P<agency>(?i:{AGENCY_PATTERN}))(?:\s+[A-Z][a-z]+){{0,2}}\s+"
    r"(?i:writer|correspondent|reporter|editor|photographer)s?$"
)
"""A wire's staff title after a name or alone: "AP Business Writer", "Associated Press Correspondent"."""


def _agency_after_name(name: str) -> tuple[str, str | None]:
    """A name followed by its wire or outlet with no separator ("JANE DOE Associated Press", "Jane Doe Reuters",
    "Jane Doe The New York Times", "Jane Doe AP") split in two; a one-word wire counts if written in capitals ("AP",
    "AFP") or as its own name ("Reuters", "Xinhua"), an outlet if it has two words or more, each capitalised. The
    name before it has two words at least."""
    while name.rsplit(" ", 1)[-1].casefold() in _UI_WORDS and " " in name:
        name = name.rsplit(" ", 1)[0]  # "Jane Doe PA Consumer Affairs Correspondent Share": a button after the role
    role = _AGENCY_ROLE.match(name)
    written = role.group("agency") if role else ""
    agency = agency_name(written) if role else None
    if role and agency and (written.isupper() or written == agency or " " in written):  # not "Sid Writer"
        return role.group("name"), agency
    words = name.split()
    for size in (5, 4, 3, 2, 1):
        if len(words) - size < 2:
            continue
        tail = " ".join(words[-size:])
        agency = agency_name(tail)
        if agency and (size > 1 or (tail.isupper() and len(tail) >= 2) or (tail == agency and len(tail) >= 5)):
            return " ".join(words[:-size]), agency
        outlet = outlet_name(tail) if size > 1 and all(word[0].isupper() for word in words[-size:]) else None
        if outlet:
            return " ".join(words[:-size]), outlet
    return name, None


def _merge(parts: list[Byline]) -> Byline:
    names: list[str] = []
    agencies: list[str] = []
    credits: list[str] = []
    helpers: list[str] = []
    for part in parts:
        names.extend(name for name in part.names if name not in names)
        agencies.extend(agency for agency in part.agencies if agency not in agencies)
        credits.extend(credit for credit in part.credits if credit not in credits)
        helpers.extend(agency for agency in part.helpers if agency not in helpers)
    return Byline(names, agencies, credits, helpers)


def _weak(found: Byline) -> bool:
    return bool(found.names) and all(_WEAK_NAME.search(name) for name in found.names)


def _from_json_ld(doc: Document, site_name: str | None) -> Byline:
    for article in schema_org.articles(doc.json_ld):
        authors = list(schema_org.iter_values(article.get("author") or article.get("creator")))
        if authors:
            resolved = [schema_org.resolve(doc.json_ld, author) for author in authors]
            return _merge([_from_json_ld_author(author, site_name) for author in resolved])
    return Byline()


def _from_json_ld_author(author: Any, site_name: str | None) -> Byline:
    if isinstance(author, str):
        return split_names(author, site_name)
    if not isinstance(author, dict):
        return Byline()
    name = schema_org.text_of(author.get("name")) or ""
    if schema_org.types_of(author) & schema_org.ORGANIZATION_TYPES:
        agency = agency_name(name)
        if agency:
            return Byline(agencies=[agency])
        name = _clean_name(name)
        return Byline(credits=[name] if is_credit(name) else [])
    return split_names(name, site_name)


def _from_meta(doc: Document, site_name: str | None) -> Byline:
    credit: list[str] = []
    for key in _META_KEYS:
        parts = [split_names(value, site_name) for value in doc.meta.get(key, ()) if not _NOT_A_NAME.search(value)]
        found = _merge(parts)
        if found.names or found.agencies:
            return found
        credit = credit or found.credits
    return Byline(credits=credit)


def _element_text(tag: Tag) -> str:
    inner = first_with_word(tag, "itemprop", "name") if tag.get("itemprop") else None
    if inner is not None:
        value = inner.get("content") if inner.name == "meta" else inner.get_text(" ", strip=True)
        return value if isinstance(value, str) else ""
    value = tag.get("content") if tag.name == "meta" else tag.get_text(" ", strip=True)
    return value if isinstance(value, str) else ""


def _from_markup(marks: Landmarks, site_name: str | None) -> Byline:
    """Names from ``itemprop=author``, ``rel=author`` and byline/author classes, in page order (initials, a user
    name or the name heading an author box only if no mark gives a name)."""
    fallback: Byline | None = None
    credit: list[str] = []
    for tag in marks.author_marks:
        is_author = tag.has_attr("itemprop") or tag.has_attr("rel")
        classes = str(tag.get("class") or "")
        if _SKIP_CLASS.search(classes) or tag.name in ("body", "html", "article", "main", "section"):
            continue
        if _outside_article(tag):
            continue
        text = _element_text(tag)
        if not text:
            logo = _agency_logo(tag)
            if logo:  # a byline that is only a wire's logo: the wire is the author
                return Byline(agencies=[logo])
            continue
        found = split_names(text, site_name) if len(text) <= _MAX_BYLINE_CHARS else Byline()
        if not (found.names or found.agencies) and not is_author:
            fallback = fallback or _from_author_box(tag, site_name) or None
        if _weak(found):
            fallback = fallback or found
        elif found.names or found.agencies:
            return found
        credit = credit or found.credits
    return fallback or Byline(credits=credit)


def _agency_logo(tag: Tag) -> str | None:
    """The wire agency a byline element's only image names in its ``alt`` text ("Reuters"), if any."""
    image = tag.find("img")
    alt = image.get("alt") if isinstance(image, Tag) else None
    return agency_name(alt.strip()) if isinstance(alt, str) and alt.strip() else None


def _from_author_box(box: Tag, site_name: str | None) -> Byline | None:
    """The name heading an author box ("<div class=author-bio><h3>Name</h3>..."): its first heading or bold text,
    if that is a capitalised name of two or more words."""
    for part in box.find_all(_BOX_PARTS, limit=4):
        text = part.get_text(" ", strip=True)
        if not text:
            continue
        name = _clean_name(text)
        if len(name.split()) >= 2 and is_person_name(name, site_name, capitalised=True):
            return Byline([name])
        return None
    return None


def _outside_article(tag: Tag) -> bool:
    """Whether ``tag`` sits in a comment thread, a sidebar or a related/recommended box."""
    for ancestor in tag.parents:
        if ancestor.name in ("body", "html", "[document]", "article", "main"):
            return False
        label = str(ancestor.get("class") or "")
        identifier = ancestor.get("id")
        if isinstance(identifier, str):
            label = f"{label} {identifier}"
        if label and _OUTSIDE_ARTICLE.search(label):
            return True
    return False


def _text_after(string: NavigableString) -> str:
    """The text that follows ``string`` on its line: its next siblings, else those of its parent."""
    parts: list[str] = []
    siblings = list(string.next_siblings) or (list(string.parent.next_siblings) if string.parent else [])
    for sibling in siblings:
        parts.append(sibling.get_text(" ") if isinstance(sibling, Tag) else str(sibling))
        if sum(map(len, parts)) > _MAX_BYLINE_CHARS:
            break
    return clean_text(" ".join(parts))[:_MAX_BYLINE_CHARS]


def _from_text(marks: Landmarks, site_name: str | None) -> Byline:
    """Names from a short visible line like "By A and B", "Posted on ... by A", "Von A | 3. März" (a last resort).

    The names may follow the marker in the same string or in the next elements ("By <a>A</a>").
    """
    credit: list[str] = []
    for string in marks.byline_strings:
        parent = string.parent
        if parent is None or parent.name in _SKIP_TEXT_PARENTS:
            continue
        text = clean_text(str(string))
        match = BY_MARK.search(text)
        if match is None or (text.islower() and text.rstrip(" :") in _LABELS):
            continue  # a lower-case "author" alone is a role note ("Name, <span>author</span>"), not a label
        rest = text[match.end() :] or _text_after(string)
        found = split_names(rest, site_name, capitalised=":" not in match.group())
        after_date = _ENDS_WITH_DATE.search(text[: match.start()]) is not None
        names = [name for name in found.names if ":" in match.group() or after_date or len(name.split()) >= 2]
        if names or found.agencies:
            return Byline(names, found.agencies, helpers=found.helpers)
        credit = credit or [name for name in found.credits if is_credit(name, capitalised=True)]
    return Byline(credits=credit)


def _from_author_links(marks: Landmarks, site_name: str | None) -> Byline:
    """The first link to an author's page whose text is a capitalised name of two or more words (not in comments,
    sidebars or article listings)."""
    for anchor in marks.anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or not AUTHOR_PAGE.search(href):
            continue
        if _outside_article(anchor) and not _in_author_box(anchor):
            continue
        names = split_names(anchor.get_text(" ", strip=True), site_name, capitalised=True).names
        if len(names) == 1 and len(names[0].split()) >= 2:
            return Byline(names)
    return Byline()


def _in_author_box(tag: Tag) -> bool:
    """Whether ``tag`` sits in a box about the article's author ("author-bio", "about-author"), wherever the box is."""
    for ancestor in tag.parents:
        classes = ancestor.get("class") if ancestor.name not in ("[document]",) else None
        if classes and _AUTHOR_BOX.search(str(classes)):
            return True
    return False


def _from_licence_attribution(marks: Landmarks, site_name: str | None) -> Byline:
    """The name a Creative Commons licence notice credits (``rel="cc:attributionURL"``,
    ``property="cc:attributionName"``): "<span>Ein Hundetagebuch</span> von <a rel="cc:attributionURL">Name</a>"."""
    for tag in marks.licence_credits:
        names = split_names(tag.get_text(" ", strip=True), site_name, capitalised=True).names
        if names and all(len(name.split()) >= 2 for name in names):
            return Byline(names)
    return Byline()


def _from_dateline(marks: Landmarks, site_name: str | None) -> Byline:
    """A capitalised name of two or more words ending a date line ("04.02.2022 | 13:10 Uhr | Uta Helkenberg")."""
    for string in marks.dateline_strings:
        parent = string.parent
        match = DATELINE_NAME.match(str(string))
        if match is None or parent is None or parent.name in _SKIP_TEXT_PARENTS:
            continue
        name = _clean_name(match.group("name"))
        if len(name.split()) >= 2 and is_person_name(name, site_name, capitalised=True):
            return Byline([name])
    return Byline()


def extract_byline(doc: Document, site_name: str | None = None, marks: Landmarks | None = None) -> Byline:
    """The byline of ``doc`` from JSON-LD authors, ``<meta name=author>``, then author markup.

    Organisation-typed authors, roles ("Staff"), dates and the site's own name are no person names: the first such
    credit goes to ``credits``, the byline of a page that names no person (``Byline.credited``); wire agencies named
    as author ("By Reuters") go to ``agencies`` for the origin. Never raises on odd markup.
    """
    marks = marks if marks is not None else find_landmarks(doc.soup)
    agencies: list[str] = []
    sources: tuple[Callable[[], Byline], ...] = (
        lambda: _from_json_ld(doc, site_name),
        lambda: _from_meta(doc, site_name),
        lambda: _from_markup(marks, site_name),
        lambda: _from_text(marks, site_name),
        lambda: _from_dateline(marks, site_name),
        lambda: _from_author_links(marks, site_name),
        lambda: _from_licence_attribution(marks, site_name),
    )
    weak: list[str] = []
    credits: list[str] = []
    helpers: list[str] = []
    for index, source in enumerate(sources):
        found = source()
        agencies.extend(agency for agency in found.agencies if agency not in agencies)
        helpers.extend(agency for agency in found.helpers if agency not in helpers)
        credits = credits or found.credits
        if _weak(found):
            weak = weak or found.names
        elif found.names:
            fullest = _fullest(found.names, sources[index + 1 :])
            agencies.extend(agency for agency in fullest.agencies if agency not in agencies)
            helpers.extend(agency for agency in fullest.helpers if agency not in helpers)
            return Byline(fullest.names, agencies, credits, helpers)
    return Byline(weak, agencies, credits, helpers)


def _fullest(names: list[str], later: tuple[Callable[[], Byline], ...]) -> Byline:
    """``names``, or the list of a later source that names the same people and more (metadata often keeps only
    the first of several authors); and the wires or outlets later sources credit beside these people (the visible
    "Jane Doe | Reuters" or "Jane Doe, Kveller via JTA" where the metadata has only "Jane Doe"), with those of
    them joined to the writer as helpers ("Jane Doe avec AFP")."""
    have = {name.casefold() for name in names}
    credited: list[str] = []
    helpers: list[str] = []
    for source in later:
        found = source()
        named = {name.casefold() for name in found.names}
        if have & named:
            credited.extend(agency for agency in found.agencies if agency not in credited)
            helpers.extend(agency for agency in found.helpers if agency not in helpers)
        if have < named:
            return Byline(found.names, credited, helpers=helpers)
    return Byline(names, credited, helpers=helpers)


__all__ = ["AUTHOR_PAGE", "HELPER_JOINS", "Byline", "extract_byline", "is_person_name", "split_names"]
