"""Drop merged entities a reader would not tag a story with: its authors, its own site, capitalised common words."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Final

from schemas.article import ArticleRecord
from worker.entities.gazetteer import (
    EVENT_FIRSTS,
    EVENT_HEADS,
    FACILITY_HEADS,
    MEDIA_HEADS,
    NEWS_OUTLETS,
    NOT_TAGS,
    ORG_WORDS,
    PRODUCT_NAMES,
    canonical_outlet,
)
from worker.entities.labels import PLACE_LABELS
from worker.entities.merge import MergedEntity
from worker.entities.names import literal_ends, name_key, whole_word_spans, word_char
from worker.lexicon.agencies import outlet_of_domain
from worker.lexicon.domains import host_of, registrable_domain
from worker.lexicon.phrase_pattern import GatedPattern

_GENERIC_HEADS = frozenset(
    {"council", "government", "cabinet", "territory", "administration", "parish", "state", "states", "centre", "union"}
)
_GENERIC = _GENERIC_HEADS | {"city", "town", "county", "state", "federal", "local", "us", "uk", "the"}
"""A name of these words only, one of them a body ("City Council", "US Government", "Cabinet"; India's "the
State", "the Centre", "the Union"), is a generic reference to a government, not a proper name ("Scottish
Government", "Senate" are)."""
_FAITHS_AND_PEOPLES = frozenset(
    {
        "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "muslim", "muslims",
        "christian", "christians", "catholic", "catholics", "protestant", "protestants", "jewish", "jews", "hindu",
        "hindus", "sikh", "sikhs", "buddhist", "buddhists", "islamist", "islamists", "evangelical", "evangelicals",
        "indigenous", "aboriginal", "inuk", "inuit", "alawite", "alawites", "druze", "mormon", "mormons",
    }
)  # fmt: skip
_GROUP_NOUNS = frozenset({"people", "peoples", "community", "communities"})
"""A name of a faith's or a people's words only ("Sunni Muslims", "Shi'ite", "Indigenous Peoples", "Inuk") names
believers or a people, as a nationality adjective does: no person, organisation or place, whatever the model's
vote ("Muslim Brotherhood", "Catholic Church" name one)."""
_SIGN_OFF = re.compile(
    r"(?:^|\n|[.!?][\"”]?\s+)([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), [^\n.]{0,60}\b(?:News|Radio|TV|Television)\.?\s*$"
)
_SIGN_OFF_ENDS: Final[tuple[str, ...]] = ("News", "Radio", "TV", "Television")
"""The words ``_SIGN_OFF`` ends the text with (before an optional period and whitespace): tested first, as a string
ending, where the pattern's search would try every sentence start of the body."""
_SOURCE_BEFORE = re.compile(r"(?:published in|the journal|told|reported by|in an interview with) (?:the )?\Z")
_LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z]+(?![\w@-]|[./]\w)")


def lower_words(body: str) -> set[str]:
    """The words ``body`` writes in lower case, not parts of an address ("apple" of "www.apple.com/in",
    "jd@mail.org"): a capitalised word among them is a common word, not a name."""
    return set(_LOWER_WORD.findall(body))


_CONTRIBUTORS = GatedPattern(
    re.compile(r"(?:^|\n|[.!?] )([A-Z][^.\n]{2,120}?) contributed (?:to (?:this|the) (?:report|story)|reporting)"),
    (" contributed ",),
)
_WORK_NOUNS = (
    r"novel|memoir|biography|movie|series|sitcom|album|song|single|podcast|documentary|play|musical"
    r"|opera|poem|painting|video game|game|app|manifesto|essay|column|newsletter"
)
_WORK_VERBS = r"book|film|show"
"""Work nouns that are verbs too ("to show Apple played a role", "data shows Google ..."); "plays" before a name is
a role, which is no one's name either ("Malhotra plays Mahesh Srivastava")."""
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{_WORK_NOUNS})(?:s|,)?|(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bcould )(?<!\bwould )\b"
    rf"(?:{_WORK_VERBS})(?:s?,)?) (?:(?:called|titled|entitled|named) )?(?:the )?\Z",
    re.IGNORECASE,
)
"""A work's title follows: "the TV show Fat Actress", "a podcast called The Interview", "his book, The Art of X"
(a plural and a comma end a clause: "its grip on mobile games, Sensor Tower figures show"); not a verb ("to show
Apple played a role", "the data shows Google ...")."""
_TITLE_GOES_ON = re.compile(r"(?:['’]s)? [A-Z]")
"""The title goes on after the name ("a podcast called The Dan Wootton Interview"): the name is its host's."""
_WITHHELD_SURNAME = re.compile(r"\s[A-Z]\.$")
"""A name ending in the initial of a withheld surname ("Joe L."); "George W. Bush" and "Malcolm X" end otherwise."""
_QUOTES = "\"'‘’“”"
_NAME_LIST = re.compile(r",? and |, ")
_DATELINE_SOURCE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:, [A-Z][\w.]+)?\s\(([A-Z]{2,6})\)\s?(?:[-—–]|--)")


LONE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "university", "college", "school", "academy", "institute", "observatory", "hospital", "laboratory",
        "board", "department", "agency", "commission", "committee", "council", "ministry", "bureau", "office",
        "authority", "administration", "court", "tribunal", "regulator", "secretariat", "municipality", "police",
        "government", "foundation", "association", "society", "federation", "coalition", "alliance", "company",
        "group", "network", "service", "club", "party", "league", "trust", "state", "city", "county", "region",
        "province", "centre", "center", "coast", "commonwealth", "viewer",
    }
)  # fmt: skip
"""A head noun standing alone, capitalised as the story's short name for a body or a place it named in full ("the
Board", "the University", "the Coast"): no tag of its own. Not "Senate", "Congress", "Parliament", "Army", "Navy"
or "Union", which name one institution alone and which the labels keep."""


_NO_TAGS = NOT_TAGS | LONE_HEADS | PRODUCT_NAMES
_LAW_HEADS: Final[frozenset[str]] = frozenset({"act", "bill", "amendment"})
"""Last words of laws and bills ("Social Security Act", "Local Government Bill", "First Amendment"), which the model
calls organisations: a law is no person, organisation or place (the labelling rule leaves laws out)."""


def reader_tags(
    entities: list[MergedEntity],
    record: ArticleRecord,
    body: str,
    places: AbstractSet[str],
    lower: set[str] | None = None,
) -> list[MergedEntity]:
    """The entities worth tagging: not a writer (byline, sign-off, credited contributor) or a dateline's source, not
    the publishing site itself, not a planet, weather pattern or disease (``NOT_TAGS``), a head noun alone ("the
    Board": ``LONE_HEADS``), a facility ("Whitestone
    Bridge", an airport), an event ("Beer Hall Putsch", a named storm: "Hurricane Melissa", and its name alone
    after it: "Alfred" of "Cyclone Alfred") or a law ("Social Security Act"), and not a lone
    capitalised word the body also uses in lower case ("Government", "Coronavirus"), unless it is a known place or
    the page or the outlet list names it;
    and, unless the headline names it, not an outlet the story cites as a source or credits as its origin (those
    are ``citations`` and ``origin``). ``lower``: the body's lower-case words, if the caller has them already."""
    authors = _authors(record, body)
    dateline = _DATELINE_SOURCE.match(body)
    source = name_key(dateline.group(1)) if dateline is not None else None
    site = _site_keys(record)
    cited = _cited_outlets(record)
    common = lower if lower is not None else lower_words(body)
    text = f"{record.headline}\n{body}"
    storms = {name_key(match.group(1)) for match in _STORM.finditer(text)}
    kept = []
    for entity in entities:
        key = name_key(entity.text)
        if (key in cited or _is_outlet(key, entity, body)) and not _headline_names(entity, record.headline):
            continue  # an outlet the story cites as its source: that is attribution (``citations``, ``origin``)
        last = "" if "-" in entity.text.rsplit(" ", 1)[-1] else key.rsplit(" ", 1)[-1]  # not "Waller-Bridge"
        if (
            key in authors
            or _is_site(key, entity, site)
            or key in _NO_TAGS
            or (last in FACILITY_HEADS | EVENT_HEADS and not _body_of(key) and not _town_so_named(key, entity, places))
            or (last in _LAW_HEADS and " " in key and entity.label != "PERSON")  # not "Buffalo Bill", "ACT"
        ):
            continue
        if " " in key and key.split(" ", 1)[0] in EVENT_FIRSTS and not entity.signalled:
            continue  # a named storm ("Hurricane Melissa"): an event
        if key in storms and not entity.signalled:
            continue  # the storm's name alone ("Alfred" after "Cyclone Alfred"): the event again
        if _generic_name(set(key.split(" ")), signalled=entity.signalled):
            continue
        if entity.label in ("PERSON", "ORG") and not entity.signalled and _is_work(entity.text, record.headline, body):
            continue  # a title of a book, show or film ("Mein Kampf", "Fat Actress"): a work, not who or where
        if key == source and not entity.signalled:
            continue  # the dateline's source ("NAPA COUNTY, Calif. (KGO) --"): who reports, like a byline
        if " " not in key and not entity.signalled and _common_word(key, entity.text, body, common, places):
            continue
        if not entity.signalled and (_is_craft(entity, key, body, places) or _named_after(entity, body)):
            continue  # a spacecraft, rocket or mission ("Europa Clipper spacecraft"); a telescope named for a person
        if entity.label == "PERSON" and _WITHHELD_SURNAME.search(entity.text) is not None:
            continue  # "Joe L.", "Janice B.": a reader's or pupil's credit with the surname withheld
        if entity.label == "ORG" and not entity.signalled and _common_words_only(key, entity.text, common, places):
            continue  # "Buttercream Frosting", "Meta Programming": capitalised common nouns, not an organisation
        kept.append(entity)
    return kept


def _town_so_named(key: str, entity: MergedEntity, places: AbstractSet[str]) -> bool:
    """A known place named by one such word alone ("Derby", the city): no event nor facility."""
    return " " not in key and entity.label in PLACE_LABELS and key in places


def _generic_name(words: set[str], *, signalled: bool) -> bool:
    """A generic reference to a government ("City Council", "US Government", unless ``signalled``), or believers
    or a people ("Sunni Muslims", "Indigenous Peoples"): a group, not a name (``_GENERIC``, ``_FAITHS_AND_PEOPLES``)."""
    if words <= _GENERIC and words & _GENERIC_HEADS and not signalled:
        return True
    return bool(words & _FAITHS_AND_PEOPLES) and words <= _FAITHS_AND_PEOPLES | _GROUP_NOUNS


def _body_of(key: str) -> bool:
    """A name opening with an organisation's word and "of", "on" or "for" ("Commission on Elections", "Board of
    Elections", "Ministry for the Olympics"): a body whatever its last word."""
    words = key.split(" ", 2)
    return len(words) == 3 and words[0] in ORG_WORDS and words[1] in ("of", "on", "for")


_STORM = GatedPattern(
    re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Tropical Cyclone|Storm) ([A-Z][a-z]+)\b(?! [A-Z])"),
    ("Hurricane", "Typhoon", "Cyclone", "Storm"),
)
"""A named storm: its name alone later in the text is the storm, not a person."""
_SENTENCE_END: Final[str] = ".!?:;\"'“”‘’(\n"
_OBJECT_WORDS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "it", "them", "your", "this", "these", "those", "each", "all", "some", "up", "out", "off"}
)
"""Words that follow a verb opening an instruction ("Bake the sponge", "Mix it"), never a place's name."""


def _common_word(key: str, word: str, body: str, common: set[str], places: AbstractSet[str]) -> bool:
    """A lone capitalised word that is a common word, not a name: the body also writes it in lower case
    ("Government"), unless it is a known place; or, known place or not, it only ever opens sentences and either the
    body writes it in lower case or an article or pronoun follows it each time: a verb opening an instruction or a
    noun opening a sentence ("Bake the sponge", "Bake it a day ahead", "Bake sales have funded"), not a town of
    that name, which is met in mid-sentence ("in Bake") and not followed by "the"."""
    if key in common and key not in places:
        return True
    after = _sentence_openings(word, body)
    return after is not None and (key in common or all(w in _OBJECT_WORDS for w in after))


def _whole_words(word: str, body: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each occurrence of ``word`` in ``body`` with no letter or digit right before or after."""
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            yield at, end
        at = body.find(word, end)


def _sentence_openings(word: str, body: str) -> list[str] | None:
    """The words after each whole-word occurrence of ``word`` in ``body``, if there is one at least and every one
    opens a sentence or a line; else None."""
    following = []
    for at, end in _whole_words(word, body):
        before = body[max(0, at - 3) : at].rstrip(" ")
        if before and before[-1] not in _SENTENCE_END:
            return None
        following.append(body[end + 1 : end + 8].split(" ", 1)[0].lower())
    return following or None


_INITIALS: Final = re.compile(r"[A-Z0-9&]{2,}(?:\s|$)")
"""A first word of initials ("CVS", "BMW")."""


def _common_words_only(key: str, text: str, common: set[str], places: AbstractSet[str] = frozenset()) -> bool:
    """An "organisation" of several words, none of them an organisation word, whose head (its last word) the body
    also writes in lower case: a dish, a product line, a technique or a heading in Title Case ("Ermine Icing",
    "Super Moist", "American Buttercream Frosting", "Meta Programming"), not a name. A name led by initials is a
    company's ("CVS Health"); one led by a known place (``places``) is that place's service ("Tucson Water",
    "Saskatoon Public Library")."""
    words = key.split(" ")
    if len(words) < 2 or set(words) & ORG_WORDS or _INITIALS.match(text) is not None or words[0] in places:
        return False
    return words[-1] in common


def _headline_names(entity: MergedEntity, headline: str) -> bool:
    """Whether the headline names ``entity``: a mention there, or its name written whole in it (a title-case
    headline's run of capitals may have been read as a longer name: "How Fox News Women Took Down Roger Ailes")."""
    return entity.in_headline or next(whole_word_spans(entity.text, headline), None) is not None


def _is_outlet(key: str, entity: MergedEntity, body: str) -> bool:
    """An outlet or journal by its name or its place: a several-word organisation ending in an outlet's word ("+972
    Magazine", "Spokesman Review"), or a name (of any kind but a person: the model calls journals places too) first
    named where a source is ("published in Current Biology", "the journal Nature", "told Politico"); not a chamber,
    court or panel a person "told" (``_HEARINGS``: "told the U.S. Senate", "told the Judiciary Committee")."""
    if entity.label == "PERSON":
        return False
    if entity.label == "ORG" and " " in key and key.rsplit(" ", 1)[-1] in MEDIA_HEADS:
        return True
    at = entity.first_offset
    source = _SOURCE_BEFORE.search(body, max(at - 30, 0), at) if at is not None else None
    if source is not None and source.group().startswith("told") and set(key.split(" ")) & _HEARINGS:
        return False  # a chamber, court or panel a person testifies to ("told the U.S. Senate"): no outlet
    return source is not None


_HEARINGS: Final[frozenset[str]] = frozenset(
    {
        "senate", "congress", "assembly", "legislature", "house", "duma", "parliament", "committee", "subcommittee",
        "court", "council", "commission", "panel", "jury", "tribunal", "inquiry", "hearing", "board",
    }
)  # fmt: skip
"""Words of the bodies people testify to ("told Congress", "told the Senate Judiciary Committee", "told the court"),
which no outlet's name holds."""


def _is_work(name: str, headline: str, body: str) -> bool:
    """A title: the name is quoted on its own somewhere ("Will Trump Write His Own ‘Mein Kampf’?") or follows a
    work's noun ("the TV show Fat Actress", "a podcast called The Dan Wootton Interview")."""
    for text in (headline, body):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before, after = text[start - 1 : start], text[end : end + 1]
            if before and after and before in _QUOTES and after in _QUOTES:
                return True
            if _TITLE_GOES_ON.match(text, end) is None and _WORK_BEFORE.search(text, max(start - 40, 0), start):
                return True
            start = text.find(name, end)
    return False


_CRAFT_AFTER = re.compile(
    r"(?: [IVX]{1,4}| \d{1,2})? (?:spacecraft|rover|rocket|capsule|mission|missions|flight|flights|telescope|probe|"
    r"satellite|lander|orbiter|booster|launcher|launch vehicle|module|megarocket)\b"
)
"""What follows a craft's name: "the Europa Clipper spacecraft", "its New Glenn rocket", "Artemis III mission"."""


_VESSEL_AFTER = re.compile(r"(?:-\w+)? (?:spacecraft|rover|lander|orbiter|probe|telescope)\b")
"""What follows a craft's own name, never a person's: "the Cassini spacecraft", "the Cassini-Huygens spacecraft",
"Curiosity rover" ("the Obama mission", "an Armstrong flight" name people's missions)."""


def _is_craft(entity: MergedEntity, key: str, body: str, places: AbstractSet[str]) -> bool:
    """A "place" no gazetteer knows that the body names as a spacecraft, rocket or mission (``_CRAFT_AFTER``
    follows it), or a one-word "person" it names as a spacecraft, rover, lander, orbiter, probe or telescope
    (``_VESSEL_AFTER``), or a one-word "organisation" it names so at least as often as bare: the small model calls
    craft places ("Perseverance", "New Glenn"), people ("Cassini", "Rosetta") and organisations ("the Philae
    lander"). Known places ("a China satellite") and organisations named bare more often ("NASA said ... a NASA
    spacecraft", "a SpaceX rocket") are left alone."""
    if entity.label == "PERSON" and " " not in key:
        return any(_VESSEL_AFTER.match(body, end) for end in literal_ends(entity.text, body))
    if entity.label == "ORG" and " " not in key:
        ends = literal_ends(entity.text, body)
        return 2 * sum(1 for end in ends if _VESSEL_AFTER.match(body, end)) >= len(ends) > 0
    if entity.label not in ("GPE", "LOC") or key in places:
        return False
    return any(_CRAFT_AFTER.match(body, end) for end in literal_ends(entity.text, body))


_NAMED_AFTER = re.compile(rf"(?: [A-Z][\w'’-]+){{0,3}} (?i:{'|'.join(sorted(FACILITY_HEADS))}|telescope|observatory)\b")
"""Capitalised words up to a facility's head after a person's name: "Nancy Grace Roman Space Telescope"."""


def _named_after(entity: MergedEntity, body: str) -> bool:
    """A "person" every mention of whom goes on into a facility or telescope named after them."""
    if entity.label != "PERSON":
        return False
    ends = literal_ends(entity.text, body)
    return bool(ends) and all(_NAMED_AFTER.match(body, end) for end in ends)


def _cited_outlets(record: ArticleRecord) -> set[str]:
    """Name keys of the news outlets and wire agencies (built-in list) and of the sources the page itself cites
    (``citations``, ``origin``): a story names them as its sources, not as what it is about."""
    names = [c.source for c in record.citations]
    if record.origin is not None:
        names.append(record.origin.publisher)
    return _outlet_keys(names) | _listed_outlet_keys()


@functools.lru_cache(maxsize=1)
def _listed_outlet_keys() -> frozenset[str]:
    """``_outlet_keys`` of the built-in outlet list, once per process (it was most of a page's filter time)."""
    return frozenset(_outlet_keys(NEWS_OUTLETS))


def _outlet_keys(names: Iterable[str]) -> set[str]:
    """The name keys of ``names``, each as written and as its outlet's short name, with and without "the"."""
    keys = set()
    for name in names:
        keys.add(name_key(canonical_outlet(name)))
        keys.add(name_key(name))
    return {k for k in keys if k} | {k.removeprefix("the ") for k in keys if k.startswith("the ")}


def _authors(record: ArticleRecord, body: str) -> set[str]:
    """Name keys of the story's writers: the byline, a reporter signing off ("Max Lee, KBS World Radio News.") and
    contributors credited at the end ("Alex Isenstadt contributed to this report.")."""
    authors = {name_key(name) for name in record.byline}
    signature = _SIGN_OFF.search(body) if body.rstrip().removesuffix(".").endswith(_SIGN_OFF_ENDS) else None
    if signature is not None:
        authors.add(name_key(signature.group(1)))
    for credit in _CONTRIBUTORS.finditer(body):
        authors.update(name_key(name) for name in _NAME_LIST.split(credit.group(1)))
    return authors


def _is_site(key: str, entity: MergedEntity, site: set[str]) -> bool:
    """The site itself: its name or domain label, or (for an organisation) that name and more ("KBS World Radio")."""
    joined = key.replace(" ", "")
    return joined in site or (entity.label == "ORG" and any(joined.startswith(s) for s in site))


def _site_keys(record: ArticleRecord) -> set[str]:
    """The publishing site's own name, spaces removed: its ``site_name``, that name's initials if it has three
    words or more ("tpg" of The Points Guy), its domain's own label ("kbs" of world.kbs.co.kr, "japantimes" of
    japantimes.co.jp), and the listed outlet at its domain ("associatedpress" of hosted.ap.org)."""
    keys = {name_key(record.site_name).replace(" ", "")} if record.site_name else set()
    words = name_key(record.site_name).split(" ") if record.site_name else []
    if len(words) >= 3:
        keys.add("".join(w[0] for w in words))  # "TPG" of The Points Guy
    for url in (record.canonical_url, record.url):
        domain = registrable_domain(url) or ""
        label = domain.split(".", 1)[0]
        if len(label) >= 3:
            keys.add(label)
            keys.add(label.removeprefix("the"))
        outlet = outlet_of_domain(host_of(url) or domain)  # "Associated Press" of hosted.ap.org
        if outlet:
            keys.add(name_key(outlet).replace(" ", ""))
    return keys


def common_word_people(
    entities: list[MergedEntity],
    common: set[str],
    given: frozenset[str],
    titled: frozenset[str],
    pronouned: frozenset[str] = frozenset(),
) -> list[MergedEntity]:
    """``entities`` without the "people" whose first word is a common word: a name of several words, found by the
    model alone, that opens with a word the body also writes in lower case and that is no given name ("Bring
    Pepper", "Is Braciole", "Forum Volunteer", "Midnight Sun": a Title Case heading's words, a colour, a dish);
    nor the two-word "people" that open with no given name and end in a word the body writes in lower case
    ("Nollywood actress", "Kartographer improvements", "Women's History", "Wonder Woman": a noun phrase), unless
    the text writes that last word alone as a person's (``pronouned``, ``cues.pronouned_words``: "Prelogar
    said she"). A lower-case particle ("van der Berg") and a name the text gives a title (``titled``) are kept."""
    kept = []
    for entity in entities:
        if entity.label == "PERSON" and not entity.signalled:
            key = name_key(entity.text)
            first = key.split(" ", 1)[0]
            word = entity.text.split(" ", 1)[0]
            words = key.split(" ")
            if len(words) > 1 and first not in given and key not in titled:
                if first in common and word[:1].isupper():
                    continue
                if len(words) == 2 and words[1] in common and words[1] not in pronouned:
                    continue
        kept.append(entity)
    return kept


_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "a", "an", "my", "your", "our", "their", "its"})
"""Words before a thing's name ("the Sage Bambino Plus", "my Kestrel"), hardly ever right before a person's ("that"
and "this" also open clauses: "and that Mitt Romney ...")."""


_LEADER_NOUNS = r"administration|administrations|presidency|government|era|years|campaign|cabinet|regime|premiership"
"""Nouns after a leader's name that make "the <name> ..." the leader's time or team ("the George W. Bush
administration", "the Obama era"), not a thing named after a person."""
_POSSESSIVES: Final[frozenset[str]] = frozenset({"its", "their", "his", "her", "my", "your", "our"})
_MADE = GatedPattern(
    re.compile(r"\b(?:maker|makers|developer|developers|creator|creators) of (?:the )?"),
    ("maker", "developer", "creator"),
)
"""What a firm makes, named after it: "the maker of Call of Duty", "the developer of Fortnite"."""


def thing_people(
    entities: list[MergedEntity],
    body: str,
    titled: frozenset[str],
    homes: tuple[AbstractSet[str], AbstractSet[str], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
) -> list[MergedEntity]:
    """``entities`` without the "people" that are things: a name found by the model alone that the body writes only
    right after a determiner ("the Sage Bambino Plus") or only as the end of a hyphenated word ("Link Deco" of
    "TP-Link Deco"); one named for a known place is a team, an organisation (``homes``: place keys, the text's
    lower-case words and the given names, for ``_placed_team``: "the Miami Heat"). A name the text gives a title
    (``titled``) is kept, and so is a leader's name before their administration or era ("the George W. Bush
    administration"). Nor the "organisations" that are things: a name with no organisation word found by the model
    alone that the body writes only after a possessive ("its Autopilot system", "their Galaxy phones") or after its
    maker ("the maker of Call of Duty"); a firm is named bare or with "the"."""
    kept = []
    makers = _MADE.search(body) is not None
    for entity in entities:
        if entity.label == "PERSON" and not entity.signalled and name_key(entity.text) not in titled:
            befores = _words_before(entity.text, body)
            thing = bool(befores) and all(word in _DETERMINERS or word.endswith("-") for word in befores)
            if thing and _placed_team(entity.text, *homes):
                kept.append(dataclasses.replace(entity, label="ORG"))
                continue
            if thing and not _before_leader_noun(entity.text, body):
                continue
        if entity.label == "ORG" and not entity.signalled and not set(name_key(entity.text).split(" ")) & ORG_WORDS:
            befores = _words_before(entity.text, body)
            if befores and all(word in _POSSESSIVES for word in befores):
                continue  # "in its Autopilot system", "their Galaxy phones": a thing the firm owns
            if makers and _made_by_firm(entity.text, body):
                continue  # "the maker of Call of Duty": what a firm makes
        kept.append(entity)
    return kept


def _placed_team(name: str, places: AbstractSet[str], lower: AbstractSet[str], given: frozenset[str]) -> bool:
    """A "person" of one word after a known place (``places``), which the text writes after "the": a team or a body
    named for its home ("the Miami Heat", "the Orlando Magic"), an organisation rather than a thing. Not when the
    place's first word is a common word of the text (``lower``: "the Long Tide") or a given name (``given``: "the
    Harvey Whittlesey stand")."""
    home, _, last = name.rpartition(" ")
    first = name_key(home).split(" ")[0] if home else ""
    return (
        bool(home)
        and last[:1].isupper()
        and name_key(home) in places
        and name_key(name) not in places
        and first not in lower
        and first not in given
    )


_LEADER_AFTER = re.compile(rf" (?:{_LEADER_NOUNS})\b")


def _before_leader_noun(name: str, body: str) -> bool:
    r"""Whether ``body`` writes ``name``, no letter, digit, underscore or hyphen before it, right before a leader's
    noun ("the Obama administration"): ``re.search(r"(?<![\w-])" + re.escape(name) + r" (?:" + _LEADER_NOUNS +
    r")\b", body)`` without a pattern per name."""
    at = body.find(name)
    while at >= 0:
        if (at == 0 or not _name_char(body[at - 1])) and _LEADER_AFTER.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


def _made_by_firm(name: str, body: str) -> bool:
    """Whether ``body`` writes ``name`` whole right after a firm's making of it ("the maker of Call of Duty"):
    ``re.search(_MADE.regex.pattern + re.escape(name) + NO_WORD_AFTER, body)`` without a pattern per name. Each
    match of ``_MADE`` is tried with its "the " and without it."""
    for made in _MADE.regex.finditer(body):
        ends = (made.end(), made.end() - 4) if made.group().endswith(" the ") else (made.end(),)
        for end in ends:
            after = end + len(name)
            if body.startswith(name, end) and (after == len(body) or not word_char(body[after])):
                return True
    return False


def _name_char(char: str) -> bool:
    r"""A letter, digit, underscore or hyphen: what ``(?<![\w-])`` refuses."""
    return char.isalnum() or char in "_-"


def _words_before(name: str, body: str) -> list[str]:
    """The word (case-folded) right before each whole-word occurrence of ``name`` in ``body``; a hyphenated word's
    first part ends in "-" ("tp-" before "Link Deco"); "" where the name goes on in a longer one ("the Dan Wootton
    Interview": a show named after a person)."""
    words = []
    for at, end in _whole_words(name, body):
        if body[end : end + 1] == "-":
            continue  # the first part of a hyphenated word
        if at and body[at - 1] == "-":
            words.append(body[max(at - 20, 0) : at].rsplit(None, 1)[-1].casefold())
        elif body[end : end + 1] == " " and body[end + 1 : end + 2].isupper():
            words.append("")  # the name goes on: "the Dan Wootton Interview"
        else:
            before = body[max(at - 20, 0) : at].rstrip(" ")
            words.append(before.rsplit(None, 1)[-1].casefold() if before and before[-1].isalpha() else "")
    return words


__all__ = ["LONE_HEADS", "common_word_people", "lower_words", "reader_tags", "thing_people"]
