"""Merge the mentions of one entity ("Jack Ma", "Ma"; "Alibaba Group", "Alibaba") and settle each entity's label."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Final, Literal

from schemas.article import EntityLabel
from worker.entities.companies import listed_company_keys
from worker.entities.gazetteer import (
    COMPANY_HEADS,
    GEO_FIRSTS,
    GEO_HEADS,
    GOVERNMENT_SEATS,
    INSTITUTION_HEADS,
    LEGAL_FORMS_ABROAD,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    STATE_ABBREVIATIONS,
)
from worker.entities.labels import LABEL_PRIORITY, PLACE_LABELS
from worker.entities.names import is_all_caps, is_title, name_key, whole_word_spans

MentionSource = Literal["model", "gazetteer", "page", "cue", "title"]
"""Where a mention comes from: spaCy, the built-in outlet list, the page's own signals (origin, citations), a
company cue in the text around a name the model left untagged (``company_cues.company_cue_hits``), or a title
introducing such a name (``titled.titled_people``)."""

PLACE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "county", "city", "state", "island", "islands", "valley", "river", "lake", "street", "avenue", "road",
        "park", "beach", "bay", "mount", "hill", "hills", "heights", "springs", "falls", "square", "district",
        "township", "parish", "borough", "province", "prefecture", "municipality", "governorate", "oblast", "canton",
    }
)  # fmt: skip
"""Words that make a name a place ("Christian County"), never a person."""
_LAND_FORMS: Final[frozenset[str]] = frozenset(
    {"strip", "peninsula", "islands", "archipelago", "state", "province", "region", "governorate", "prefecture"}
)
"""Words a place's short name leaves out ("Gaza" for the Gaza Strip, "Edo" for Edo State)."""
_ACRONYM_SKIP: Final[frozenset[str]] = frozenset({"of", "and", "the", "for", "&", "de", "du", "der", "la", "le"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name: its cleaned text, a label vote, and where it is."""

    text: str
    label: EntityLabel
    offset: int | None = None
    """Character offset in the body; ``None`` for the headline or text outside the body."""
    in_headline: bool = False
    source: MentionSource = "model"


@dataclass(frozen=True, slots=True)
class MergedEntity:
    """All mentions of one entity under its fullest name, with the settled label."""

    text: str
    label: EntityLabel
    count: int
    first_offset: int | None
    in_headline: bool
    signalled: bool = False
    """Named by the page's own signals or the outlet list, not only by the model."""
    offsets: tuple[int, ...] = ()
    """Body offsets of all its mentions, in order (the headline's and those outside the body have none)."""


@dataclass(slots=True)
class _Group:
    key: str
    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    person_like: bool = False
    """An ORG by the vote that reads as a person's name (``_reads_as_person``): taken as a person."""
    _majority_label: EntityLabel | None = None

    @property
    def votes(self) -> Counter[EntityLabel]:
        return Counter(m.label for m in self.mentions)

    @property
    def majority(self) -> EntityLabel:
        """The label vote of the group's own mentions (computed once: call after all mentions are added)."""
        if self._majority_label is None:
            vote = _majority(self.votes)
            self._majority_label = "PERSON" if vote == "ORG" and self.person_like else vote
        return self._majority_label

    @property
    def label(self) -> EntityLabel:
        """The vote, except that a company-form ending ("Inc", "K.K.") or an institution's head word ("Systems",
        "Laboratory") makes it an organisation."""
        return "ORG" if _org_by_form(self.tokens) else self.majority

    def has_source(self, source: MentionSource) -> bool:
        return any(m.source == source for m in self.mentions)


_HEADS_BEFORE_OF: Final[frozenset[str]] = frozenset(
    {"ministry", "department", "university", "bureau", "office", "agency", "council", "commission", "committee",
     "court", "bank", "board", "institute", "college", "school", "academy", "federation", "association", "union",
     "society", "league", "corps", "church"}
)  # fmt: skip
"""Institution words that open a name before "of", "on" or "for" ("Ministry of Economy, Trade and Industry", "Bank of
England", "Commission on Elections", "Office for National Statistics"): an organisation, whatever follows."""


_CLUB_FIRSTS: Final[frozenset[str]] = frozenset(
    {"fc", "afc", "cf", "fk", "sv", "vfb", "vfl", "tsg", "psv", "cska", "dinamo", "dynamo", "sporting", "atletico",
     "atlético", "olympique", "deportivo", "borussia", "eintracht", "hapoel", "maccabi", "lokomotiv", "real", "inter"}
)  # fmt: skip
"""First words of sports clubs' names ("FC Porto", "Dinamo Sassari", "Sporting Lisbon", "Borussia Dortmund", "Real
Madrid", "Inter Miami"), which the model calls people or places: no given name opens with one."""


def _org_by_form(tokens: Sequence[str]) -> bool:
    """A company-form ending, or a several-word name ending in an institution's or a company's head word
    (``INSTITUTION_HEADS``, ``COMPANY_HEADS``) or a legal form (``LEGAL_FORMS_ABROAD``), or opening with an
    institution's word before "of", "on" or "for" (``_HEADS_BEFORE_OF``), a service's district
    (``_SERVICE_DISTRICTS``), or opening with a sports club's word (``_CLUB_FIRSTS``): evidence stronger than any
    label vote of the model."""
    return (
        tokens[-1] in LEGAL_SUFFIXES
        or (
            len(tokens) > 1
            and (tokens[-1] in INSTITUTION_HEADS or tokens[-1] in COMPANY_HEADS or tokens[-1] in LEGAL_FORMS_ABROAD)
        )
        or (len(tokens) > 2 and tokens[1] in ("of", "on", "for") and tokens[0] in _HEADS_BEFORE_OF)
        or (len(tokens) > 2 and tokens[-1] == "district" and tokens[-2] in _SERVICE_DISTRICTS)
        or (len(tokens) > 1 and tokens[0] in _CLUB_FIRSTS)
    )


_SERVICE_DISTRICTS: Final[frozenset[str]] = frozenset(
    {"health", "school", "water", "fire", "park", "parks", "sanitation", "sanitary", "irrigation", "transit",
     "library", "hospital", "utility", "conservation", "sewer", "flood", "port", "recreation"}
)  # fmt: skip
"""Services a district is run for ("Southern Nevada Health District", "Pinellas County School District"): such a
district is a body, not a place."""


def _place_by_form(tokens: Sequence[str], given: frozenset[str], vote: EntityLabel | None = None) -> bool:
    """A several-word name of a natural place ("Disko Bay", "Lake Victoria", ``GEO_HEADS``, ``GEO_FIRSTS``) that
    opens with no given name ("Michael Bay"), or opens with a natural place's word the model did not call a person
    (``vote``, the mentions' majority: "River Exe" an organisation; "River Phoenix" a person); or a protected area's
    name, whatever opens it (``PROTECTED_AREAS``: "Kuno National Park", "Jim Corbett National Park")."""
    if len(tokens) < 2:
        return False
    first = tokens[0] in GEO_FIRSTS and (tokens[0] not in given or vote not in (None, "PERSON"))
    protected = len(tokens) > 2 and (tokens[-2], tokens[-1]) in PROTECTED_AREAS  # "Kuno National Park": any name
    return first or protected or (tokens[-1] in GEO_HEADS and tokens[0] not in given)


PROTECTED_AREAS: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("national", "park"), ("state", "park"), ("marine", "park"), ("national", "forest"), ("state", "forest"),
        ("wildlife", "sanctuary"), ("wildlife", "refuge"), ("nature", "reserve"), ("game", "reserve"),
        ("tiger", "reserve"), ("biosphere", "reserve"), ("national", "monument"), ("national", "seashore"),
        ("conservation", "area"), ("national", "reserve"),
    }
)  # fmt: skip
"""The last two words of protected areas' names ("Kuno National Park", "Gandhi Sagar Wildlife Sanctuary"): natural
places, which the model calls organisations or people."""


def _reads_as_person(
    group: _Group,
    given: frozenset[str],
    places: AbstractSet[str],
    lone: frozenset[str] = frozenset(),
    companies: frozenset[str] = frozenset(),
    *,
    aged: frozenset[str] = frozenset(),
) -> bool:
    """Two or three plain words, the first a given name and the last not, or met alone in the text as a surname is
    (``lone``: one-word names of the page the model does not call ORG; "Jayson Tatum" ... "Tatum", not "Morgan
    Stanley" nor "Eli Lilly" ... "Lilly"), the first not met alone as an organisation (``companies``: one-word names
    the model calls ORG; "Nissan Connect" beside "Nissan" is the company's product), no company or
    institution word, no known place (but a last word met alone as a surname is: "Callum Young" ... "Young, who",
    though Young is a town), not shouted, and found by the model only (no page signal, no outlet list): the small
    model often labels such people ORG. A first word no list knows will do where the text gives the last an age
    (``aged``: "Faizel Abrahams" ... "Abrahams, 44,")."""
    tokens = group.tokens
    if not 2 <= len(tokens) <= 3 or (tokens[0] not in given and tokens[-1] not in aged):
        return False
    if tokens[-1] in given and tokens[-1] not in lone:
        return False
    if tokens[0] in companies:
        return False
    if set(tokens) & (ORG_SUFFIXES | ORG_HEADS | _ACRONYM_SKIP | PLACE_WORDS):
        return False
    if any(t in places and not (t == tokens[-1] and t in lone) for t in tokens):
        return False  # a known place in the name, unless its last word is met alone as a surname ("Young, who")
    if any(m.source != "model" or is_all_caps(m.text) or _ARTICLE_JOINED.match(m.text) for m in group.mentions):
        return False
    return all(t.replace("'", "").isalpha() for t in tokens)


_ARTICLE_JOINED = re.compile(r"^(?:[a-z]|[A-Z][a-z]?-)")
"""A name opening with a lower-case word ("al-Qaeda", "el-Sisi") or a short word joined by a hyphen ("Al-Shabaab"):
an Arabic article, not the given name "Al"."""


def _majority(votes: Counter[EntityLabel]) -> EntityLabel:
    return max(LABEL_PRIORITY, key=lambda label: (votes[label], -LABEL_PRIORITY.index(label)))


def _is_shouted_word(group: _Group) -> bool:
    """A lone capitalised word longer than an acronym ("PHILIPPINE President ..."): typography, not a name."""
    return len(group.tokens) == 1 and len(group.key) > 6 and all(is_all_caps(m.text) for m in group.mentions)


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t not in _ACRONYM_SKIP)


def _person_part(short: _Group, long: _Group, countries: frozenset[str], given: frozenset[str]) -> bool:
    """'Ma' or 'Jack' of 'Jack Ma': a run of the words of a person named in full (surname, given or middle name).

    A country or US state the model calls a place stays one ("Washington" beside "George Washington"); a town
    name does not ("Maynard" beside "Oleanvine Maynard")."""
    n = len(short.tokens)
    if len(long.tokens) < 2 or short.has_source("page") or (short.majority in PLACE_LABELS and short.key in countries):
        return False
    if n >= 2 and tuple(_without_initials(long.tokens)) == short.tokens:
        return True  # "Donald Trump" of "Donald J. Trump": the same name without its middle initial
    if not any(long.tokens[i : i + n] == short.tokens for i in range(len(long.tokens) - n + 1)):
        return False
    if long.label == "PERSON":
        # an organisation is a person's surname ("Dominguez"), not the start of a "person" that reads as none
        # ("Gousto" of "Gousto Box": a company's product the small model called a person)
        return short.majority != "ORG" or long.tokens[-n:] == short.tokens or long.tokens[0] in given
    # the model sometimes calls the full name ORG but the short form PERSON ("Nadia Mohamed" / "Mohamed")
    particle = short.tokens[0] if n > 1 and long.tokens[-n:] == short.tokens else ""  # "De Sousa" of "Ricardo de Sousa"
    plain_name = not set(long.tokens) & ((_ACRONYM_SKIP - {particle}) | ORG_SUFFIXES) and len(long.tokens) <= 4
    return short.majority == "PERSON" and long.label == "ORG" and plain_name and not long.has_source("page")


def _without_initials(tokens: Sequence[str]) -> list[str]:
    """A name's words without its middle initials ("donald j trump" → "donald trump"); none for a name of two."""
    return [tokens[0], *(token for token in tokens[1:-1] if len(token) > 1), tokens[-1]] if len(tokens) > 2 else []


def _org_short_form(short: _Group, long: _Group, places: AbstractSet[str]) -> str | None:
    """'Alibaba' of 'Alibaba Group' (a company word added: "suffix"; also a trade word, ``COMPANY_HEADS``, and company
    words after it, when both are voted organisations: "CVS" of "CVS Health", "Toyota" of "Toyota Motor Corp"), or
    'MDEC' of 'Malaysian Digital Economy Corporation' ("acronym"); ``None`` if neither."""
    if long.label == "PERSON" or (long.has_source("page") and not short.has_source("page")):
        return None
    n = len(short.tokens)
    if long.tokens[:n] == short.tokens and set(long.tokens[n:]) <= ORG_SUFFIXES:
        return "suffix"
    rest = long.tokens[n:]
    trade_word = bool(rest) and rest[0] in COMPANY_HEADS and set(rest[1:]) <= ORG_SUFFIXES
    if long.tokens[:n] == short.tokens and trade_word and short.majority == "ORG" and long.label == "ORG":
        return "suffix"  # a company called without its trade word (and suffix): "CVS" of "CVS Health" (not Leeds
        # the city), "Toyota" of "Toyota Motor Corp"
    if _place_prefixed(short, long, places):
        return "suffix"  # a place's team or firm named without the place: "Celtics" of "Boston Celtics"
    if n != 1 or len(long.tokens) < 2 or not 2 <= len(short.key) <= 6:
        return None
    if not any(is_all_caps(m.text) for m in short.mentions):
        return None
    initials = _initials(long.tokens)
    letters = short.key.replace("&", "")  # "M&S" of "Marks & Spencer", "J&J" of "Johnson & Johnson"
    if initials == letters or (len(letters) >= 3 and initials.endswith(letters)):
        return "acronym"
    # the last word left out of the initials, as its body calls itself: "CDC" of "Centers for Disease Control and
    # Prevention" (three letters or more; not a company's legal suffix: "CNN" of "Cable News Network, Inc.")
    dropped = long.tokens[-1] not in ORG_SUFFIXES and len(letters) >= 3 and initials == letters + initials[-1:]
    return "acronym" if dropped else None


def _place_prefixed(short: _Group, long: _Group, places: AbstractSet[str]) -> bool:
    """'Celtics' of 'Boston Celtics': an organisation named by a known place and the shorter name."""
    n = len(short.tokens)
    return (
        long.label == "ORG"
        and len(long.tokens) > n
        and long.tokens[-n:] == short.tokens
        and (" ".join(long.tokens[:-n]) in places)
    )


def _place_short_form(short: _Group, long: _Group) -> bool:
    """'Gaza' of 'Gaza Strip', 'Canary' of 'Canary Islands': a place named without its land-form word."""
    n = len(short.tokens)
    return (
        short.majority in PLACE_LABELS
        and long.label in PLACE_LABELS
        and long.tokens[:n] == short.tokens
        and len(long.tokens) == n + 1
        and long.tokens[-1] in _LAND_FORMS
    )


def _parent_of(
    short: _Group,
    longer: Iterable[_Group],
    places: AbstractSet[str],
    countries: frozenset[str],
    given: frozenset[str],
) -> tuple[_Group, str] | None:
    """The entity a shorter name belongs to, and the rule that says so (if several fit: for a short name voted an
    organisation, the organisation it shortens; then one it ends, as a surname ends a full name; then the
    most-mentioned). None when it ends the names of organisations of two places or more: it is its own."""
    fits: list[tuple[_Group, str]] = []
    for long in longer:
        rule = _org_short_form(short, long, places)
        if rule is None and _person_part(short, long, countries, given):
            rule = "person"
        if rule is None and _place_short_form(short, long):
            rule = "place"
        if rule is not None:
            fits.append((long, rule))
    if not fits:
        return None
    placed = {" ".join(long.tokens[: -len(short.tokens)]) for long, _ in fits if _place_prefixed(short, long, places)}
    if len(placed) > 1:
        return None  # "the Fed" beside "Dallas Fed" and "Minneapolis Fed": none of them, an organisation of its own
    company = short.majority == "ORG"  # "Hartwell" voted ORG beside "Hartwell Brands" and "Dolores Hartwell"
    return max(
        fits,
        key=lambda fit: (
            company and fit[1] in ("suffix", "acronym"),
            _ends_with(fit[0], short),
            len(fit[0].mentions),
            len(fit[0].tokens),
        ),
    )


def _place_evidence(
    root: _Group,
    mentions: Sequence[Mention],
    vote: EntityLabel,
    given: frozenset[str],
    *,
    located_keys: frozenset[str],
    placed_keys: frozenset[str] = frozenset(),
) -> EntityLabel | None:
    """A place's label from evidence stronger than the vote, or None: a natural place's form (LOC, or the place
    vote: "Disko Bay"; "British Virgin Islands" stays a GPE), the text calling it a place by a place noun
    (``placed_keys``: "Darfur region"), or the text putting things in a name that some mention votes a place or
    that is one word voted a person and no given name (GPE: "in El Fasher", "near Kaub"); not for an outlet of the
    list (``vote``: the mentions' majority label)."""
    if _place_by_form(root.tokens, given, vote):
        return vote if vote in PLACE_LABELS else "LOC"
    if root.key in placed_keys:  # also a listed platform's name: "the Amazon basin", "the western Amazon"
        return vote if vote in PLACE_LABELS else "GPE"
    if any(m.source == "gazetteer" for m in mentions):
        return None
    if root.key not in located_keys:
        return None
    if any(m.label in PLACE_LABELS for m in mentions) or _lone_unknown_person(root, vote, given):
        return "GPE"
    if len(root.tokens) > 1 and root.tokens[-1] in PLACE_WORDS and root.tokens[0] not in given:
        return "GPE"  # "in Borno State", "across Gaines County": a place by its kind and what the text puts in it
    return None


def _lone_unknown_person(root: _Group, label: EntityLabel, given: frozenset[str]) -> bool:
    """One word voted a person that is no given name: with no full name to join, mostly a place the small model
    does not know ("Kaub")."""
    return label == "PERSON" and len(root.tokens) == 1 and root.tokens[0] not in given


def _ends_with(long: _Group, short: _Group) -> bool:
    """Whether ``short`` is the end of ``long``: a surname is a person's last name, not a middle one ("Dion" is
    Céline Dion's, not René-Charles Dion Angélil's)."""
    return long.tokens[-len(short.tokens) :] == short.tokens


def _settle_label(
    root: _Group,
    mentions: Sequence[Mention],
    rules: set[str],
    places: AbstractSet[str],
    countries: frozenset[str],
    *,
    given: frozenset[str] = frozenset(),
    located_keys: frozenset[str] = frozenset(),
    placed_keys: frozenset[str] = frozenset(),
    titled_keys: frozenset[str] = frozenset(),
    team_keys: frozenset[str] = frozenset(),
    pronouned_keys: frozenset[str] = frozenset(),
) -> EntityLabel:
    """Page signals and teams named by their place (``team_keys``) first, then a name's organisation form, a state's
    or county's form (``_subdivision_by_form``), place evidence (``_place_evidence``: a natural place's form,
    ``placed_keys`` from ``cues.placed_names``, ``located_keys`` from ``cues.located_names``), the merge
    rule's implication, the outlet list, the vote, and place-name checks."""
    if (
        any(m.source == "page" for m in mentions)
        or root.key in team_keys
        or _org_by_form(root.tokens)
        or root.key in GOVERNMENT_SEATS  # a seat of government stands for the government ("the White House said")
    ):
        return "ORG"
    if _subdivision_by_form(root.tokens, places, countries):
        return "GPE"
    label = _majority(Counter(m.label for m in mentions))
    place = _place_evidence(root, mentions, label, given, located_keys=located_keys, placed_keys=placed_keys)
    titled = _titled_person(root, mentions, label, titled_keys) or _titled_full_name(root, titled_keys, given)
    if place is not None or titled:
        return place or "PERSON"
    if "person" in rules:  # a surname folded into a name of several words, which may still be a known place's
        return _known_place_person(
            root, places, countries, given, titled=titled_keys, pronouned=pronouned_keys, located=located_keys
        )
    if "suffix" in rules or any(m.source in ("gazetteer", "cue") for m in mentions):
        return "ORG"
    if label == "ORG" and root.person_like:
        return "PERSON"
    if label == "GPE" and len(root.tokens) == 1 and root.key not in places:
        return "ORG"  # a one-word "place" no gazetteer knows nor the text puts anything in: mostly a company
    if label in PLACE_LABELS and _organisation_headed(root, mentions, places):
        return "ORG"
    if label in PLACE_LABELS and _branch_of_country(root, places, countries):
        return "ORG"  # a company's branch in a country ("Lazada Indonesia", "Shopee Malaysia"), no place of its own
    if label == "PERSON" and len(root.tokens) > 1 and _ends_in_acronym(mentions):
        return "ORG"  # "Saskatchewan RCMP", "Toronto TTC": a body's initials end no one's name
    if (
        label == "ORG"
        and root.key in places
        and (root.key in countries or not (_is_acronym(mentions) or _listed_company(root.key, located_keys)))
    ):
        return "GPE"  # a place named for its government or people ("Indonesia said ..."); not "NATO", a town's name
        # too, nor a listed company the model calls one ("Nokia", "Toyota", "Hershey": towns as well)
    return (
        _known_place_person(
            root, places, countries, given, titled=titled_keys, pronouned=pronouned_keys, located=located_keys
        )
        if label == "PERSON"
        else _unknown_place(root, label, places, pronouned_keys)
    )


def _titled_person(root: _Group, mentions: Sequence[Mention], label: EntityLabel, titled: frozenset[str]) -> bool:
    """A name the votes make an organisation that the text gives a personal title and the model called a person at
    least once: "President Trump" once, "the Trump years" thrice. The title outweighs the votes."""
    return label == "ORG" and root.key in titled and any(m.label == "PERSON" for m in mentions)


def _titled_full_name(root: _Group, titled: frozenset[str], given: frozenset[str]) -> bool:
    """A given name and one or two plain words the text writes right after a personal title ("Analyst Derek
    Maynard", "Supervisor Ana Ruiz"), no company, institution or place word in them: a person however the model
    votes."""
    return (
        2 <= len(root.tokens) <= 3
        and root.tokens[0] in given
        and root.key in titled
        and not set(root.tokens) & (ORG_SUFFIXES | ORG_HEADS | COMPANY_HEADS | INSTITUTION_HEADS | PLACE_WORDS)
        and all(token.isalpha() for token in root.tokens)
    )


def _listed_company(key: str, located: frozenset[str]) -> bool:
    """A listed company's name (``companies``), or the first word of a listed name of two ("Meta" of "Meta
    Platforms"), the text never puts anything in ("in Phoenix", a "PHOENIX —" dateline): the company, where the model
    reads an organisation, not the town or province of that name."""
    return (key in listed_company_keys() or key in _listed_first_words()) and key not in located


@functools.cache
def _listed_first_words() -> frozenset[str]:
    """The first words of the listed companies' names of two words ("meta" of "meta platforms")."""
    return frozenset(key.split(" ")[0] for key in listed_company_keys() if key.count(" ") == 1)


def _subdivision_by_form(tokens: Sequence[str], places: AbstractSet[str], countries: frozenset[str]) -> bool:
    """A state or county named by its kind: "<known place> State" where that place is no country or US state ("Edo
    State", "Bauchi State"; "Ohio State" is a university), or "County <one word>" ("County Durham", "County
    Kerry")."""
    if len(tokens) != 2:
        return False
    if tokens[1] == "state":
        return tokens[0] in places and tokens[0] not in countries
    return tokens[0] == "county" and not is_title(tokens[1])


def _unknown_place(
    root: _Group, label: EntityLabel, places: AbstractSet[str], pronouned: frozenset[str]
) -> EntityLabel:
    """PERSON for a two-word "place" no gazetteer knows, no word of it a place's kind or an organisation's word,
    whose last word, no place, the text writes alone with a personal pronoun or ", who" after it (``pronouned``):
    "Kemi Adeyemi" ... "Adeyemi said she", a given name no list knows (Kemi is a Finnish town). Else ``label``."""
    if label not in PLACE_LABELS or len(root.tokens) != 2 or root.key in places:
        return label
    first, last = root.tokens
    kinds = PLACE_WORDS | ORG_SUFFIXES | ORG_HEADS
    return "PERSON" if last in pronouned and first not in kinds and last not in kinds and last not in places else label


def _organisation_headed(root: _Group, mentions: Sequence[Mention], places: AbstractSet[str]) -> bool:
    """A several-word "place" ending in an organisation's head word ("Pyongyang University"), but not a known place
    every mention of which the model calls a place ("West Bank")."""
    if len(root.tokens) < 2 or root.tokens[-1] not in ORG_HEADS:
        return False
    return root.key not in places or not all(m.label in PLACE_LABELS for m in mentions)


_ROMAN = re.compile(r"^[IVXLC]+$")


def _ends_in_acronym(mentions: Sequence[Mention]) -> bool:
    """Whether the name ends in capitals of three letters or more wherever it is met, no Roman numeral ("RCMP")."""
    lasts = [m.text.rsplit(" ", 1)[-1].strip(".") for m in mentions]
    return all(len(last) >= 3 and last.isupper() and last.isalpha() and not _ROMAN.match(last) for last in lasts)


def _is_acronym(mentions: Sequence[Mention]) -> bool:
    """Whether the name is written in capitals only wherever it is met ("NATO"): an acronym, not a town's name."""
    return all(is_all_caps(m.text) and " " not in m.text for m in mentions)


def _known_place_person(
    root: _Group,
    places: AbstractSet[str],
    countries: frozenset[str],
    given: frozenset[str],
    *,
    titled: frozenset[str] = frozenset(),
    pronouned: frozenset[str] = frozenset(),
    located: frozenset[str] = frozenset(),
) -> EntityLabel:
    """A "person" that is a national body named with its country (ORG: "Sport England", ``_branch_of_country``,
    not opening with a given name), or a known place (GPE): a lone word and no full name of anyone here
    ("Daejeon"); a country or state of several words, whatever its first word ("French Guiana"); a known place whose
    first word is no given name ("Tamil Nadu"; "Abel Figueiredo", a town named for a man, stays a person unless the
    text puts something in it, "a dry spell in Mato Grosso"). A name the text gives a title (``titled``) stays a
    person ("President Obama"; Obama is a town too), and so does a lone given name, no country, that a personal
    pronoun follows (``pronouned``: "Sharon asked me to bake for her husband") or that the text does not write as a
    place (``located``, with ``towns_by_given_names``): "Taylor" stays a person; "a plant in Marion", "Taylor,
    Texas", "Toronto, Hamilton and Ottawa" make Marion, Taylor and Hamilton towns."""
    if _branch_of_country(root, places, countries) and root.tokens[0] not in given:
        return "ORG"  # a national body named with its country ("Creative Australia", "Sport England"), no one's name,
        # also where the country's lone mentions folded into it like a surname ("Creative Scotland" beside "Scotland")
    if root.key not in places or root.key in titled:
        return "PERSON"
    lone_given = len(root.tokens) == 1 and root.key in given and root.key not in countries
    if lone_given and (root.key in pronouned or root.key not in located):
        return "PERSON"
    if len(root.tokens) == 1 or root.key in countries or (given and root.tokens[0] not in given):
        return "GPE"
    return "GPE" if root.key in located else "PERSON"  # "a dry spell in Mato Grosso": the state, "Mato" a given name


_REGION_WORDS: Final[frozenset[str]] = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "greater", "rural", "coastal", "inner", "outer", "mainland", "new", "old", "northeast", "northwest",
     "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"}
)  # fmt: skip
"""First words that make a country's name a region of it or another country ("Northern Nigeria", "New Guinea")."""


def _branch_of_country(root: _Group, places: AbstractSet[str], countries: frozenset[str]) -> bool:
    """A "place" of several words, no known place itself, whose last word is a country and whose first is no place
    nor a region word: a company's branch named after the country it serves."""
    tokens = root.tokens
    return (
        len(tokens) > 1
        and root.key not in places
        and tokens[-1] in countries
        and tokens[0] not in places
        and tokens[0] not in _REGION_WORDS
    )


def _display_text(root: _Group) -> str:
    surfaces = Counter(m.text for m in root.mentions)
    return max(surfaces, key=lambda s: (not is_all_caps(s), surfaces[s]))


def _candidates(
    short: _Group, groups: Mapping[str, _Group], by_token: Mapping[str, list[_Group]], position: Mapping[str, int]
) -> Iterable[_Group]:
    """The groups ``short`` may fold into, in the order of ``groups`` (``position``: each key's place there): those
    sharing a word (the person and company-word rules need one), or all of them for an acronym (which may fit a name
    it shares no word with). Only the sharing groups are looked at, not every group for every short one."""
    if len(short.tokens) == 1 and 2 <= len(short.key) <= 6 and any(is_all_caps(m.text) for m in short.mentions):
        return groups.values()
    sharing = {g.key: g for t in short.tokens for g in by_token.get(t, ())}
    return sorted(sharing.values(), key=lambda g: position[g.key])


def _alias_parents(aliases: Mapping[str, str], groups: Mapping[str, _Group]) -> dict[str, str]:
    """Short form → the name it stands for, for aliases whose both forms were mentioned (no two-way pairs)."""
    return {
        short: long
        for short, long in aliases.items()
        if short in groups and long in groups and aliases.get(long) != short
    }


def merge_mentions(
    mentions: Iterable[Mention],
    *,
    places: AbstractSet[str],
    countries: frozenset[str],
    given: frozenset[str] = frozenset(),
    aliases: Mapping[str, str] | None = None,
    located: frozenset[str] = frozenset(),
    placed: frozenset[str] = frozenset(),
    pronouned: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
    teams: frozenset[str] = frozenset(),
    aged: frozenset[str] = frozenset(),
) -> list[MergedEntity]:
    """Group mentions by normalised name, fold short forms into the fullest form, and settle labels.

    Parameters:
        mentions: every mention found in headline and body (and page signals).
        places: name keys of known places (``gazetteer.place_keys()``).
        countries: name keys of countries and US states (``gazetteer.country_keys()``).
        given: given names, case-folded (``gazetteer.given_names()``): an ORG that reads as a person is a person.
        aliases: name key of a short form → name key of the name it stands for (``aliases.bracket_aliases``).
        located: name keys of names the text puts things in, near or around (``cues.located_names``).
        placed: name keys of names the text calls places by a place noun (``cues.placed_names``).
        pronouned: words the text writes alone and a personal pronoun follows (``cues.pronouned_words``):
            "Delaney scored 12 of his points" makes "Marcus Delaney", voted ORG, a person.
        aged: words the text gives an age after (``cues.aged_words``: "Abrahams, 44,"): surnames.
        titled: name keys of names the text gives a title or honorific (``names.titled_names``): "President Obama"
            is a person though Obama is a town too.
        teams: name keys of places standing for a team (``groups.coached_places``: "Florida coach Urban Meyer"),
            organisations.

    Returns:
        One ``MergedEntity`` per entity, in no particular order. Raises nothing.
    """
    groups: dict[str, _Group] = {}
    for mention in mentions:
        key = name_key(mention.text)
        if key:
            groups.setdefault(key, _Group(key, tuple(key.split(" ")))).mentions.append(mention)

    groups = {k: g for k, g in groups.items() if not _is_shouted_word(g)}
    lone = frozenset(k for k, g in groups.items() if " " not in k and g.majority != "ORG")  # "Lilly": a company's
    companies = frozenset(k for k, g in groups.items() if " " not in k and g.majority == "ORG")
    lone |= pronouned
    for group in groups.values():
        group.person_like = bool(given) and _reads_as_person(group, given, places, lone, companies, aged=aged)
    parent = _alias_parents(aliases or {}, groups)
    ordered = sorted(groups.values(), key=lambda g: len(g.tokens))
    by_token: dict[str, list[_Group]] = {}
    for group in groups.values():
        for token in set(group.tokens):
            by_token.setdefault(token, []).append(group)
    position = {key: i for i, key in enumerate(groups)}
    for short in (g for g in ordered if g.key not in parent):
        longer = [g for g in _candidates(short, groups, by_token, position) if len(g.tokens) > len(short.tokens)]
        fit = _parent_of(short, longer, places, countries, given)
        if fit is not None:
            parent[short.key] = fit[0].key
            fit[0].rules.add(fit[1])

    def root_of(key: str) -> str:
        while key in parent:
            key = parent[key]
        return key

    members: dict[str, list[Mention]] = {}
    rules: dict[str, set[str]] = {}
    for key, group in groups.items():
        members.setdefault(root_of(key), []).extend(group.mentions)
        rules.setdefault(root_of(key), set()).update(group.rules)

    merged = []
    for key, ms in members.items():
        root = groups[key]
        offsets = sorted(m.offset for m in ms if m.offset is not None)
        plain = groups.get(" ".join(_without_initials(root.tokens)))
        mostly_plain = plain is not None and root_of(plain.key) == key and len(plain.mentions) > len(root.mentions)
        shown = plain if plain is not None and mostly_plain else root
        merged.append(
            MergedEntity(
                text=_display_text(shown),  # the name as the story mostly writes it: "Donald Trump", once "Donald J."
                label=_settle_label(
                    root,
                    ms,
                    rules[key],
                    places,
                    countries,
                    given=given,
                    located_keys=located,
                    placed_keys=placed,
                    titled_keys=titled,
                    team_keys=teams,
                    pronouned_keys=pronouned,
                ),
                count=len(ms),
                first_offset=min(offsets) if offsets else None,
                in_headline=any(m.in_headline for m in ms),
                signalled=any(m.source != "model" for m in ms),
                offsets=tuple(offsets),
            )
        )
    return merged


def with_company_evidence(
    entities: list[MergedEntity], corporate: frozenset[str], given: frozenset[str] = frozenset()
) -> list[MergedEntity]:
    """Relabel ORG a "person" the text writes as a company (``company_cues.corporate_names``: "SpaceX's founder",
    "data firm Statista"), unless it opens with a given name (``given``): the small model calls many companies
    people ("SpaceX", "Petrobras", "Zhejiang Huayou Cobalt") and no label vote outweighs such evidence."""
    return [
        dataclasses.replace(entity, label="ORG") if _company_person(entity, corporate, given) else entity
        for entity in entities
    ]


_FIRM_HEADS: Final[frozenset[str]] = frozenset(
    {
        "university", "college", "institute", "school", "laboratory", "laboratories", "labs", "hospital",
        "corporation", "company", "inc", "corp", "ltd", "llc", "plc", "holdings", "technologies", "airlines",
        "airways", "studios",
    }
)  # fmt: skip
"""Last words of the names of schools, hospitals and firms: a "place" listed with one is one of its kind (a
council, party or court listed with a place is a government's: "Gaza and the Palestinian Authority")."""
_LISTED_AFTER = re.compile(r",? (?:and|or|&) (?:the )?([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})")
_LISTED_BEFORE = re.compile(r"([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}),? (?:and|or|&) (?:the )?$")
_LIST_REACH = 60


def with_listed_organisations(
    entities: list[MergedEntity],
    body: str,
    given: frozenset[str],
    *,
    countries: frozenset[str] = frozenset(),
    located: frozenset[str] = frozenset(),
    places: AbstractSet[str] = frozenset(),
) -> list[MergedEntity]:
    """Relabel ORG a "person" the body joins by "and", "or" or "&" to an organisation of the text ("SpaceX and Blue
    Origin won contracts", "Snap, Zoom and Dropbox", "developed by Pfizer and Valneva", "Boeing and Lockheed Martin"):
    names joined so are of one kind, and the small model calls many companies people. Not opening with a given name
    (``given``: "Ursula Kowalski and Siemens" keeps its person), and the
    organisation must be one in full (its own entity, not a word of a longer name). Commas alone join no list here:
    "the head of the agency, Basuki Hartanto, said" is an apposition. A "place" joined so to a school, hospital or
    firm ("Harvard and Duke University": a name ending in a ``_FIRM_HEADS`` word that is no known place of
    ``places``, not "State College and Harrisburg") is one too, unless it is a country (``countries``) or the text
    puts something in it (``located``: "in Durham and Duke University")."""
    organisations = {name_key(e.text) for e in entities if e.label == "ORG"}
    if not organisations:
        return entities
    institutions = {
        key for key in organisations if " " in key and key.rsplit(" ", 1)[-1] in _FIRM_HEADS and key not in places
    }
    return [
        dataclasses.replace(entity, label="ORG")
        if (
            entity.label == "PERSON"
            and name_key(entity.text).split(" ")[0] not in given
            and _listed_beside(entity.text, body, organisations)
        )
        or (
            entity.label in ("GPE", "LOC")
            and institutions
            and (key := name_key(entity.text)) not in countries
            and key not in located
            and _listed_beside(entity.text, body, institutions)
        )
        else entity
        for entity in entities
    ]


_STATE_AFTER_TOWN = re.compile(r"([A-Z](?<![\w'’-].)[a-z]+), (?=([A-Z][a-zA-Z]*\.?(?: [A-Z][a-z]+)?))")
"""A capitalised word, a comma and (looked ahead at, so that lists overlap) one or two capitalised words: a state or
country, named or abbreviated. The capital comes first, then the look-behind for the character before it (see
``cues._WHO_AFTER_NAME``)."""


def towns_by_given_names(
    mentions: Sequence[Mention], body: str, places: AbstractSet[str], given: frozenset[str], countries: frozenset[str]
) -> frozenset[str]:
    """Name keys of lone given names that are known places (``places``, ``given``) which the text writes as places:
    before a comma and a country or US state, named or abbreviated ("Taylor, Texas", "Kent, Wash."), or listed with
    "and", "or" or "&" beside a place it names that is no given name ("Toronto, Hamilton and Ottawa", "Cornwall and
    Kent"). Evidence, like ``cues.located_names``, that the given name is the place."""
    candidates = {
        m.text for m in mentions if " " not in m.text and name_key(m.text) in places and name_key(m.text) in given
    }
    if not candidates:
        return frozenset()
    stated = {
        match.group(1)
        for match in _STATE_AFTER_TOWN.finditer(body)
        if match.group(1) in candidates
        and any(
            key in countries or key in STATE_ABBREVIATIONS
            for key in (name_key(match.group(2)), name_key(match.group(2).split(" ")[0]))
        )
    }
    anchors = {key for key in (name_key(m.text) for m in mentions) if key in places and key.split(" ")[0] not in given}
    listed = {text for text in candidates - stated if anchors and _listed_beside(text, body, anchors)}
    return frozenset(name_key(text) for text in stated | listed)


_LIST_JOINS = tuple(
    f"{join}{end}" for join in (" and ", " or ", " & ", " and the ", " or the ", " & the ") for end in ("", "\n")
)
"""How the text before a name ends when ``_LISTED_BEFORE`` can match there (its ``$`` also matches before a final
line break): the cheap test first."""


def _listed_beside(text: str, body: str, organisations: set[str]) -> bool:
    for start, end in whole_word_spans(text, body):
        after = _LISTED_AFTER.match(body, end, end + _LIST_REACH)
        before = (
            _LISTED_BEFORE.search(body, max(start - _LIST_REACH, 0), start)
            if body.endswith(_LIST_JOINS, 0, start)
            else None
        )
        if any(found is not None and name_key(found.group(1)) in organisations for found in (after, before)):
            return True
    return False


_SERIES_WORD = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_SERIES_ITEM = rf"{_SERIES_WORD}(?: {_SERIES_WORD}){{0,3}}"
"""A name of one to four capitalised words (dots only inside a word: a sentence's full stop ends the series)."""
_SERIES_JOIN = re.compile(r",? (?:and|or) (?=[A-Z])")
_SERIES_HEAD = re.compile(rf"(?<![\w'’-]){_SERIES_ITEM}(?:, {_SERIES_ITEM})+$")
_SERIES_TAIL = re.compile(rf"{_SERIES_ITEM}(?![\w'’-])")
_SERIES_REACH = 240
"""A series is found from its "and" or "or": the names before it read back (within this many characters), the last
one after it (a scan from every capital was slower)."""
_SERIES_SEPARATOR = re.compile(r",? (?:and|or) |, ")


def with_company_series(
    entities: list[MergedEntity],
    body: str,
    given: frozenset[str],
    *,
    countries: frozenset[str] = frozenset(),
    located: frozenset[str] = frozenset(),
) -> list[MergedEntity]:
    """Relabel ORG the "people" and "places" of a series of three names or more ("A, B, C and D") in which most of
    the other names are organisations of the text: "Astrobotic Technology, Deep Space Systems, Draper, Firefly
    Aerospace, Moon Express and Orbit Beyond" names companies only, whatever the model voted for some of them. Not
    a person opening with a given name (``given``), a country (``countries``) or a name the text puts something in
    (``located``, ``cues.located_names``: "warnings for Bruthen, Wiseleigh and Sarsfield", "fire near Bruthen"):
    "Siemens, Bosch, Maria Lopez and Germany" keeps its person and its country."""
    labels = {name_key(e.text): e.label for e in entities}
    if not any(label != "ORG" for label in labels.values()) or "ORG" not in labels.values():
        return entities
    relabel: set[str] = set()
    for join in _SERIES_JOIN.finditer(body):
        head = _SERIES_HEAD.search(body, max(join.start() - _SERIES_REACH, 0), join.start())
        tail = _SERIES_TAIL.match(body, join.end()) if head is not None else None
        if head is None or tail is None:
            continue
        keys = [name_key(item) for item in _SERIES_SEPARATOR.split(head.group())] + [name_key(tail.group())]
        for i, key in enumerate(keys):
            if labels.get(key) not in ("PERSON", "GPE", "LOC") or key in countries or key in located:
                continue
            if labels[key] == "PERSON" and key.split(" ")[0] in given:
                continue  # a person listed with companies ("Siemens, Bosch, Maria Lopez and ..."); a place's name
            others = [labels.get(other) for j, other in enumerate(keys) if j != i]
            if 2 * sum(label == "ORG" for label in others) > len(others):
                relabel.add(key)
    if not relabel:
        return entities
    return [dataclasses.replace(e, label="ORG") if name_key(e.text) in relabel else e for e in entities]


def with_headed_companies(
    entities: list[MergedEntity], headed: frozenset[str], countries: frozenset[str] = frozenset()
) -> list[MergedEntity]:
    """Relabel ORG a "place" the text writes with a company's founder, chief executive or chairman after it
    (``company_cues.executive_names``: "Toyota's chief executive", "Nokia CEO"): a company named like a town. Not a
    country or US state (``countries``): "Texas chairman" is a party's or a state body's."""
    return [
        dataclasses.replace(entity, label="ORG")
        if entity.label in ("GPE", "LOC") and (key := name_key(entity.text)) in headed and key not in countries
        else entity
        for entity in entities
    ]


def with_school_evidence(
    entities: list[MergedEntity], schools: frozenset[str], located: frozenset[str]
) -> list[MergedEntity]:
    """Relabel ORG a one-word "place" the text writes as a university (``company_cues.school_names``: "a Stanford
    professor", "studied at Harvard") and never puts anything in (``located``: "in Stanford" is the town)."""
    return [
        dataclasses.replace(entity, label="ORG")
        if entity.label in ("GPE", "LOC")
        and " " not in (key := name_key(entity.text))
        and key in schools
        and key not in located
        else entity
        for entity in entities
    ]


def _company_person(entity: MergedEntity, corporate: frozenset[str], given: frozenset[str]) -> bool:
    key = name_key(entity.text)
    return entity.label == "PERSON" and key in corporate and (" " not in key or key.split(" ")[0] not in given)


__all__ = [
    "PLACE_WORDS",
    "PROTECTED_AREAS",
    "Mention",
    "MentionSource",
    "MergedEntity",
    "merge_mentions",
    "towns_by_given_names",
    "with_company_evidence",
    "with_company_series",
    "with_headed_companies",
    "with_listed_organisations",
    "with_school_evidence",
]
