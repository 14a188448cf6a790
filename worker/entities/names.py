"""Clean the surface form of a name and derive the key its mentions are compared by."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from worker.lexicon.phrase_pattern import phrase_alternation

_LEADING_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "first", "second", "third", "last", "former", "late",
        "our", "my", "your", "his", "her", "their", "its",
    }
)  # fmt: skip
_TITLES: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "honourable", "honorable", "hon", "excellency",
        "rabbi", "imam", "pastor", "father", "judge", "justice", "president", "vice", "governor", "gov", "mayor",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "councilman", "councilwoman",
        "councilmember", "supervisor", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince",
        "princess", "pope", "general", "gen", "colonel", "col", "captain", "capt", "sgt", "sergeant", "officer",
        "detective", "chief", "director", "coach", "ceo", "chairman", "chairwoman", "spokesman", "spokeswoman",
        "councillor", "cllr", "alderman", "alderwoman", "superintendent", "commissioner", "inspector", "constable",
        "lieutenant", "lt", "ambassador", "archbishop", "sheikh", "assemblyman", "assemblywoman", "assemblymember",
        "trooper", "deputy", "striker", "midfielder", "defender", "goalkeeper", "winger", "fullback",
        "quarterback", "pitcher", "skipper", "treasurer", "sheriff", "bishop", "attorney", "solicitor", "speaker",
        "cr", "coun", "mla", "mp", "mpp", "msp", "mep", "td",
        "magistrate", "advocate", "adv", "prosecutor", "councilor", "commander", "major", "admiral", "marshal",
        "dean", "provost", "headteacher", "supt", "insp", "atty", "engr", "shri", "smt", "sri", "alhaji", "hajia",
        "det", "garda", "gda",
        "datuk", "dato", "datin", "seri", "wira", "haji", "hajah", "tun", "puan",
        "opener", "batsman", "batter", "bowler", "wicketkeeper", "fly-half", "scrum-half",
        "organizer", "organiser", "spokesperson", "neighbour", "neighbor", "founder", "co-founder", "cofounder",
        "owner", "manager", "lawyer", "activist", "economist", "analyst", "researcher", "warden", "chaplain",
        "headmaster", "headmistress", "coroner",
    }
)  # fmt: skip
"""Titles and honorifics dropped from the front of a name ("Supervisor Alfredo Pedroza" → "Alfredo Pedroza")."""
_OCCUPATIONS: Final[frozenset[str]] = frozenset(
    {
        "meteorologist", "forecaster", "firefighter", "paramedic", "farmer", "chef", "nurse", "teacher", "student",
        "resident", "scientist", "engineer", "pilot", "artist", "singer", "actor", "actress", "author", "writer",
        "journalist", "reporter", "photographer", "designer", "architect", "entrepreneur", "investor", "banker",
        "trader", "executive", "consultant", "strategist", "historian", "biologist", "geologist", "ecologist",
        "epidemiologist", "physician", "surgeon", "pharmacist", "veterinarian", "midwife", "dentist", "therapist",
        "psychologist", "psychiatrist", "volunteer", "campaigner", "curator", "filmmaker", "comedian", "rapper",
        "guitarist", "drummer", "pianist", "composer", "dancer", "athlete", "swimmer", "cyclist", "boxer", "golfer",
        "jockey", "sprinter", "shopkeeper", "fisherman", "rancher", "miner", "mechanic", "electrician", "plumber",
        "rookie", "teammate", "linemate", "shortstop", "infielder", "outfielder", "catcher", "linebacker",
        "cornerback", "defenseman", "defenceman", "goalie", "goaltender", "sophomore", "freshman", "veteran",
    }
)  # fmt: skip
"""Occupations the model takes into a person's name where a sentence opens with one ("Meteorologist Ngoc Anh Tran
said", "Farmer Gwen Pritchard lost 40 sheep"): dropped before a name of two words or more, never from an
organisation's ("Farmer Mac", "Nurse Practitioners Association" keep theirs). Not ``_TITLES``: a title stays a
title wherever it stands; these are plain nouns."""
_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "against", "after", "before", "during", "via", "unlike", "despite", "following", "including", "among",
        "amid", "behind", "beyond", "toward", "towards", "without", "within", "whereas", "although", "because",
        "while", "when", "if", "but", "and", "or", "yet", "then", "since", "meanwhile", "also",
        "are", "is", "was", "were", "do", "does", "did", "has", "have", "had", "would", "could", "should", "shall",
        "must", "why", "how", "what", "where", "who", "whom", "whose", "which", "whether", "thus",
        "shares", "stocks", "besides", "unless", "upon", "throughout", "whilst", "whenever", "wherever", "might",
        "cannot",
    }
)  # fmt: skip
"""Words that open a sentence or a question before a name and are never the start of one ("Against Leinster, ...",
"Are Urban Meyer and Nick Saban ...?", "Besides Orb, ..."), dropped."""
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "ten", "le", "la", "al",
     "el", "bin", "ibn", "bint", "mac", "zu", "y", "e"}
)  # fmt: skip
"""Lower-case particles that may open a name ("de Groot", "van der Berg", "al-Sisi"): any other lower-case first word
is no part of it ("steelmaker Thyssenkrupp" → "Thyssenkrupp")."""
_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "and", "but", "or", "if", "when", "while", "as", "at", "in", "on", "of", "for", "to", "from", "by", "with",
        "after", "before", "since", "during", "according", "meanwhile", "however", "then", "his", "her", "their",
        "its", "our", "my", "your", "said", "says", "told", "asked", "added", "both", "neither", "nor", "so", "yet",
        "what", "who", "how", "why", "where", "although", "though", "because", "under", "over", "about", "between",
        "mrs", "ms", "mr", "young", "old", "new", "senior", "junior", "member", "members", "team", "family",
    }
)  # fmt: skip
_POST_NOMINALS: Final[frozenset[str]] = frozenset(
    {"qc", "kc", "mp", "mep", "phd", "md", "esq", "obe", "mbe", "cbe", "ceo", "cfo", "cio", "cto", "coo"}
)
"""Letters after a name: degrees and honours ("QC"), and an executive's office after its firm ("Verizon CIO")."""
_SCORE = re.compile(r"\d{1,3}[-–:]\d{1,3}")
"""A match's score after a team ("Liverpool 2-1"): no part of the name."""
_DANGLING: Final[frozenset[str]] = frozenset({"&", "+", "/"})
"""A name cut after a joining sign ("Copy &" of "Copy & Paste") ends before it."""
_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"st", "mt", "ft", "ste", "pt", "no", "vol", "apt", "dept"})
"""Abbreviations that start a name ("St. Thomas") but are none alone: what is left when a name is cut after them."""
_TITLED_NAMES: Final[frozenset[str]] = frozenset({"premier league", "premier division", "king county"})
"""Names opening with a title's word that is their own ("Premier League"), not a title before a name."""
_SHORT_NAMES: Final[frozenset[str]] = frozenset({"US", "UK", "EU", "UN", "HP", "GE", "BP", "LG"})
"""Two-capital names kept; other two-capital "names" ("TB", "RV", "BA") are mostly units and initials."""
_EDGE_PUNCT: Final[str] = " \t\"'“”‘’«»()[]{}<>,;:!?*–—-|/•·►▪■●"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_SPACE = re.compile(r"\s+")
_CLOCK = re.compile(r"\d:\d\d")
_LEADING_MODIFIER = re.compile(
    r"^(?:(?:[Ee]x|[Ff]ormer)-|[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,2}-(?:based|born|bred|headquartered|owned|backed|"
    r"listed|registered|area) )(?=[A-Z])"
)
"""A "former" joined to the name ("Ex-Springfield Township fiscal officer" names the township), or a place the
name is based in, listed in or owned from before it ("Paris-based Nacre Interactive", "London-listed Glencore")."""
_AMOUNT = re.compile(r"[A-Z][A-Za-z]{0,2}\d[\d.,]*(?:bn|m|tn|k)")
"""A sum in a currency's letter and a magnitude ("N500bn", "R2m", "Rs40bn"), which the model may call a name."""
_TITLE_ALONE: Final[frozenset[str]] = frozenset(
    {"coun", "cllr", "cr", "sen", "rep", "gov", "supt", "insp", "atty", "engr", "adv", "smt", "shri", "mr", "mrs", "ms",
     "mx", "dr", "prof", "rev", "hon", "magistrate", "councillor", "councilor", "alderman", "councilman",
     "councilwoman", "councilmember", "assemblyman", "assemblywoman", "assemblymember", "congressman",
     "congresswoman"}
)  # fmt: skip
"""Titles that are nobody's name when they stand alone (unlike "Judge" or "Bishop", also surnames)."""
_HYPHEN_TAIL = re.compile(r"-(?:based|area|born|bound|led|backed|owned|style|registered)$")
_MAX_TOKENS: Final[int] = 8


_NAMED_AFTER_HEADS: Final[frozenset[str]] = frozenset(
    {"university", "college", "hospital", "school", "institute", "foundation", "centre", "center"}
)
"""Head words of an institution named after a titled person, whose title is part of its name."""
_FORCE_TITLES: Final[frozenset[str]] = frozenset({"garda"})
"""Ranks that are also the force's name ("Garda Ciara Walsh", a guard; "Garda National Drugs and Organised Crime
Bureau", a unit): stripped from a person's name, kept in an ``organisation``'s."""
_BODY_HEADS: Final[frozenset[str]] = frozenset(
    {"administration", "assembly", "secretariat", "directorate", "command", "staff", "council", "office",
     "department", "committee", "bureau", "agency", "authority", "commission", "court"}
)  # fmt: skip
"""Head words of a public body whose name opens with a title's word right before one ("General Administration of
Customs", "General Staff"): kept in an ``organisation``'s name (not "President of the European Commission")."""
_TITLED_AFTER_WORDS = 4


def _all_capitalised(words: list[str]) -> bool:
    return all(word[:1].isupper() for word in words)


@functools.lru_cache(maxsize=16384)
def clean_name(text: str, *, organisation: bool = False) -> str | None:
    """Trim one mention to the name itself, or return ``None`` if nothing name-like is left.

    Drops a parenthesised tail ("Boise (BOI"), a hyphenated modifier ("Seattle-based"), leading determiners,
    ordinals and titles ("the", "first", "Judge"; but an ``organisation`` of two words opening with a title's word
    keeps it: "General Motors", "General Assembly", and so does one with a public body's head: "General
    Administration of Customs"), trailing lower-case words, joining signs ("&") and post-nominals
    ("QC"), a score and what follows it ("Liverpool 2-1", "Brighton & Hove Albion 2-1 at Elland Road"), a trailing
    possessive ("'s") and edge punctuation;
    rejects forms without a capital letter, of more than eight words besides lower-case joining words ("of the",
    so "US District Court for the Eastern District of Missouri" is one name), two-capital forms ("TB"; but "US", "UK"),
    lone abbreviations ("St.") and degrees ("Ph.D."), times ("9:24am PDT") and patterns with an asterisk.
    Cached: a page's names come back many times (its mentions, its windows' entities, its cues).
    """
    text = _SPACE.sub(" ", text).split(" (")[0].strip(_EDGE_PUNCT)
    text = _HYPHEN_TAIL.sub("", _LEADING_MODIFIER.sub("", text))
    if _AMOUNT.fullmatch(text) or text.casefold().rstrip(".") in _TITLE_ALONE:
        return None  # a sum of money: "N500bn", "R2m"; a title with no name: "Coun." of "Coun. Harjit Sandhu"
    words = text.split(" ")
    named_after = any(w.casefold() in _NAMED_AFTER_HEADS for w in words[1:])  # "Queen Mary University"
    while len(words) > 1 and (
        words[0].casefold() in _LEADING_WORDS
        or (
            words[0].casefold().rstrip(".") in _TITLES
            and not named_after
            and " ".join(words[:2]).casefold() not in _TITLED_NAMES
            and not (organisation and len(words) == 2)
            and not (organisation and words[1].casefold() in _BODY_HEADS)  # "General Administration of Customs"
            and not (organisation and words[0].casefold() in _FORCE_TITLES)  # "Garda National Drugs ... Bureau"
        )
        or words[0].casefold() in _OPENERS
        or (words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES)
    ):
        words.pop(0)
    if not organisation and len(words) > 2 and words[0].casefold() in _OCCUPATIONS:
        words.pop(0)  # an occupation opening a sentence before a full name: "Meteorologist Ngoc Anh Tran said"
    if len(words) >= _TITLED_AFTER_WORDS and words[1].casefold().rstrip(".") in _TITLES and _all_capitalised(words[2:]):
        words = words[2:]  # a title after its place or office: "Hadapsar MLA Prakash Deshmane", "Health Minister Ong"
    scored = next((i for i, word in enumerate(words) if i > 0 and _SCORE.fullmatch(word)), None)
    if scored is not None:
        words = words[:scored]  # a team, its score, the venue: "Brighton & Hove Albion 2-1 at Elland Road"
    while len(words) > 1 and (
        (words[-1].islower() and not words[-1][:1].isdigit())  # not a team's "76ers"
        or words[-1] in _DANGLING
        or words[-1].casefold().strip(".,") in _POST_NOMINALS
        or _SCORE.fullmatch(words[-1])
    ):
        words.pop()
    text = " ".join(words)
    if _POSSESSIVE.search(text):
        text = text[:-1] if text[-1] in "'’" and not text.endswith(("'s", "’s")) else text[:-2]
    text = text.strip(_EDGE_PUNCT)
    if "@" in text or "*" in text or text.casefold().rstrip(".") in _ABBREVIATIONS or _CLOCK.search(text):
        return None  # an e-mail address or a handle, a pattern; "St" of a name cut after it; a time ("9:24am PDT")
    if text.casefold().replace(".", "") in _POST_NOMINALS:
        return None  # a degree or honour alone ("Ph.D.")
    too_short = len(text) < 2 or (len(text) == 2 and text.isupper() and text not in _SHORT_NAMES)
    if too_short or not any(ch.isupper() for ch in text) or sum(not w.islower() for w in text.split(" ")) > _MAX_TOKENS:
        return None
    return text


def is_title(word: str) -> bool:
    """Whether a word is a title or honorific ("Officer", "Dr.", "Magistrate")."""
    return word.casefold().rstrip(".") in _TITLES


def is_plain_word(word: str) -> bool:
    """Whether a capitalised word is a title, determiner, function word or a sentence's opener ("Besides", "Despite")
    rather than a possible given name."""
    folded = word.casefold().rstrip(".")
    return folded in _TITLES or folded in _LEADING_WORDS or folded in _FUNCTION_WORDS or folded in _OPENERS


def split_name(text: str) -> list[str]:
    """Split a span holding two names: "Mexico's Sinaloa", "Otto, Imperial College London", "FaceID - Apple"; not
    "Washington, D.C.", one name, nor a university system's campus ("University of California, Berkeley"), nor a
    company and its legal form after a comma ("Kanemura Holdings Co., Ltd."),
    nor a name whose own words hold a possessive: a saint's ("St. Mary's College"), a natural place's ("Hawke's
    Bay") or a group of people's ("People's Liberation Army", "Boston Children's Hospital", "US Attorney's Office")."""
    if _CAMPUS.fullmatch(text):
        return [text]  # "University of California, Berkeley": a system's campus, one name
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) == 1 or ("s " not in text and "s’ " not in text):
        return parts
    joined = [parts[0]]
    for part in parts[1:]:
        glued = next((f"{joined[-1]}{s} {part}" for s in ("'s", "’s") if f"{joined[-1]}{s} {part}" in text), None)
        if glued is not None and (keeps_possessive(joined[-1]) or part.casefold() in _PLACE_AFTER_POSSESSIVE):
            joined[-1] = glued
        else:
            joined.append(part)
    return joined


_CAMPUS = re.compile(
    r"(?:[Tt]he )?(?:University of [A-Z][\w-]+(?: [A-Z][\w-]+)?|(?:[A-Z][\w-]+ ){1,2}State University), "
    r"[A-Z][\w-]+(?:[ -][A-Z][\w-]+)?"
)
"""A university system and its campus after a comma ("University of California, Berkeley", "California State
University, Sacramento", "University of Illinois, Urbana-Champaign")."""
_SPLIT = re.compile(r"(?:['’]s|,) (?=[A-Z])(?!D\.?C\b|(?:Ltd|Inc|LLC|Limited|PLC|Corp)\b)| [-–—] ")
_POSSESSIVE_IN_NAME = re.compile(
    r"(?:\b(?:St\.?|Saint) [A-Z][\w-]*|\b(?:People|Children|Women|Men|Attorney|Citizens|Workers|Veterans|King|"
    r"Queen))$"
)
"""Words a possessive inside a name follows: a saint's name, a group of people ("People's", "Children's"), a
monarch ("King's College London", "Queen's University")."""


_PLACE_AFTER_POSSESSIVE: Final[frozenset[str]] = frozenset(
    {"bay", "island", "point", "wood", "marsh", "vineyard", "creek", "harbour", "harbor", "landing", "hill", "peak",
     "head", "cove", "reach", "lake", "gap", "pass", "falls"}
)  # fmt: skip
"""A natural place's word alone after a possessive: the possessive is the place's own ("Hawke's Bay", "Martha's
Vineyard", "St Philip's Marsh"), not an owner's."""


def keeps_possessive(words: str) -> bool:
    """Whether a name's possessive after ``words`` is its own ("St John", "People", "King": "St John's Wood",
    "People's Bank", "King's College London"), not an owner's ("Mexico's Sinaloa")."""
    return _POSSESSIVE_IN_NAME.search(words) is not None


@functools.lru_cache(maxsize=16384)
def name_key(text: str) -> str:
    """The comparison key of a cleaned name: case-folded, periods and hyphens dropped, " & " as "and", "Saint" as
    "st"."""
    key = text.casefold().replace("’", "'").replace(".", "").replace("-", " ").replace(" & ", " and ")
    if "  " in key or not key.isprintable():  # other whitespace than single spaces (isprintable is fast)
        key = _SPACE.sub(" ", key)
    key = key.strip()
    return "st " + key[6:] if key.startswith("saint ") else key


def is_all_caps(text: str) -> bool:
    """Whether every cased letter of ``text`` is upper case (an acronym or a shouted headline word)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


HONORIFICS: Final[frozenset[str]] = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame"})
"""Personal honorifics (case-folded, no period): only people are called so."""
_TITLE_WORDS = phrase_alternation("|".join(sorted(_TITLES, key=len, reverse=True)))  # one test where no title starts
_IGNORE_CASE_FORMS: Final[dict[str, str]] = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""Characters besides its two cases that an ignore-case pattern reads as the letter ("İ", "ı"; the Kelvin sign; the
long s)."""
_TITLES_BY_FIRST: Final[dict[str, list[str]]] = {}
for _title in sorted(_TITLES, key=len, reverse=True):
    _TITLES_BY_FIRST.setdefault(_title[0], []).append(_title[1:])
_FIRST_TITLE = "|".join(
    f"{re.escape(char)}(?i:{'|'.join(rests)})"
    for first, rests in _TITLES_BY_FIRST.items()
    for char in first + first.upper() + _IGNORE_CASE_FORMS.get(first, "")
)
"""``_TITLE_WORDS`` with a branch per form of a first letter ("P", "p"), the rest of the titles (ignore-case, longest
first) after it: the matcher skips a branch whose letter is not the text's in one test, where an ignore-case branch
is entered to compare its letter (the same matches; ``_AFTER_TITLE`` takes about a third less time)."""
_AFTER_TITLE = re.compile(
    rf"(?<![\w-])((?:{_FIRST_TITLE})(?i:(?:\.? +(?:{_TITLE_WORDS}))*(?:-elect)?))\.? +(?=([A-Z][^\n]{{0,80}}))"
)
"""Titles or honorifics, one or several in a row, and the text after them, from a capital ("Minister Ong Ye Kung
urged ...", "Datuk Seri Anwar Ibrahim said ..."); a title still to be taken counts ("President-elect Trump"). The
text after is only looked at, so a title within it is read too ("President-elect Trump ... under President Obama")."""


TitleRuns = tuple[tuple[str, str], ...]


def title_runs(text: str) -> TitleRuns:
    """Each title or honorific in ``text`` (case-folded) and the text after it: read once a page, for its
    ``titled_names`` look-ups (its lone people before merging, its people after)."""
    return tuple(
        (m.group(1).split()[-1].casefold().removesuffix("-elect").rstrip("."), m.group(2))
        for m in _AFTER_TITLE.finditer(text)
    )


def titled_names(names: Iterable[str], text: str, runs: TitleRuns | None = None) -> frozenset[str]:
    """Name keys of ``names`` (people's names as the text writes them) that ``text`` gives a title or an honorific:
    the whole name right after one ("Health Minister Ong Ye Kung"), or its first or last word after an honorific
    ("Mr Ong", a surname written first; "Ms Rivera"), or the whole name right before "administration" (a leader's
    government: "the Obama administration"). Evidence of a person whatever the name's words look like.
    ``runs``: ``title_runs(text)``, when the caller has read them already."""
    runs = title_runs(text) if runs is None else runs
    governing: set[str] = set()
    for match in _ADMINISTRATION.finditer(text) if "dministration" in text else ():
        words = match.group(1).split(" ")
        governing.update(" ".join(words[i:]) for i in range(len(words)))  # "The Trump" → "Trump" too
    titled = set()
    for name in names:
        if name in governing:
            titled.add(name_key(name))
            continue
        words = name.split(" ")
        for title, rest in runs:
            honoured = title in HONORIFICS and any(_starts_with(rest, word) for word in (words[0], words[-1]))
            if _starts_with(rest, name) or honoured:
                titled.add(name_key(name))
                break
    return frozenset(titled)


def whole_titled_names(names: Iterable[str], runs: TitleRuns) -> frozenset[str]:
    """Name keys of ``names`` written whole right after a title or honorific (``runs``, from ``title_runs``):
    "Supervisor Ana Ruiz", not "Mr Ruiz" for "Ana Ruiz" (``titled_names`` takes that too)."""
    return frozenset(name_key(name) for name in names if any(_starts_with(rest, name) for _, rest in runs))


_ADMINISTRATION = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\.? ){0,3}[A-Z][\w'’-]*) [Aa]dministration\b")
"""A name right before "administration" (a leader's government: "the Obama administration", "the George W. Bush
administration"), with the capitalised words before it; a name is one of their endings ("Trump" of "The Trump
Administration", "George W. Bush")."""


def _starts_with(text: str, name: str) -> bool:
    """Whether ``text`` opens with ``name`` as whole words."""
    return text.startswith(name) and not (
        text[len(name) : len(name) + 1].isalnum() or text[len(name) : len(name) + 1] == "-"
    )


NO_WORD_BEFORE: Final[str] = r"(?<![\w'-])(?<!’)"
r"""No letter, digit, apostrophe or hyphen right before: ``(?<![\w'’-])`` in a form Python compiles ~8x faster (a
character class holding "’" beside ``\w`` is built as a table of 65,536 entries), for patterns made per name."""
NO_WORD_AFTER: Final[str] = r"(?![\w'-])(?!’)"
r"""No letter, digit, apostrophe or hyphen right after: ``(?![\w'’-])``, compiled as fast as ``NO_WORD_BEFORE``."""


def word_char(char: str) -> bool:
    """A letter, digit, underscore, apostrophe or hyphen: what ``NO_WORD_BEFORE`` / ``NO_WORD_AFTER`` refuse."""
    return char.isalnum() or char in "_'’-"


def whole_word_spans(word: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes ``word`` whole (no letter, digit, apostrophe or hyphen beside it), left to right and
    not overlapping: the spans of ``re.finditer(NO_WORD_BEFORE + re.escape(word) + NO_WORD_AFTER, text)``, found
    without compiling a pattern for each name."""
    if not word:
        return
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not word_char(text[at - 1])) and (end == len(text) or not word_char(text[end])):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def name_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    r"""Where ``text`` writes ``name`` with no letter, digit, underscore or hyphen beside it, left to right and not
    overlapping: the spans of ``re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)``, found without
    compiling a pattern for each name."""
    if not name:
        yield from (m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", text))
        return
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _name_char(text[at - 1])) and (end == len(text) or not _name_char(text[end])):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def literal_ends(word: str, text: str) -> list[int]:
    """The end of each place ``text`` writes ``word``, left to right and not overlapping (as ``re.finditer`` of the
    escaped word finds them)."""
    ends: list[int] = []
    if not word:
        return ends
    at = text.find(word)
    while at >= 0:
        ends.append(at + len(word))
        at = text.find(word, at + len(word))
    return ends


def whole_names_pattern(names: Iterable[str], *, any_space: bool = False) -> re.Pattern[str]:
    """A case-sensitive regex finding ``names`` as whole words, the longest name that fits at a place first; with
    ``any_space``, the words of a name apart by any run of whitespace ("Tech  Wire\nAsia").

    The names are one trie ("Fox(?:conn)?"): at a place the matcher follows the one branch the next character
    allows, longer names before shorter, instead of trying every name in turn (the same matches as an alternation
    of the names longest first, several times faster over a long list). A lookahead for the names' first
    characters comes first: the matcher skips, in one test, a place no name starts at.
    """
    unique = set(names)
    firsts = re.escape("".join(sorted({n[0] for n in unique})))
    space = r"\s+" if any_space else " "
    trie = _trie([_name_tokens(name, space) for name in sorted(unique)])
    return re.compile(rf"(?=[{firsts}])(?<![\w-])(?:{trie})(?![\w-])")


def whole_name_spans(names: Iterable[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    """The spans of ``whole_names_pattern(names, any_space=True).finditer(text, pos)``, found without compiling a
    pattern (compiling one per page cost ten times the search): where a name starts (no letter, digit, underscore or
    hyphen before it), the longest name written there, its words apart by any run of whitespace and no letter,
    digit, underscore or hyphen after it; left to right, not overlapping.

    Each name's first word is looked for with ``str.find``, and the rest of the name read from there.
    """
    rests: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        words = name.split()
        if words:
            rests.setdefault(words[0], set()).add(tuple(words[1:]))
    size = len(text)
    longest: dict[int, int] = {}
    for first, tails in rests.items():
        at = text.find(first, pos)
        while at >= 0:
            if at == 0 or not _name_char(text[at - 1]):
                for tail in tails:
                    end = _name_end(text, at + len(first), tail)
                    if end > longest.get(at, -1) and (end == size or not _name_char(text[end])):
                        longest[at] = end
            at = text.find(first, at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(longest):
        if not spans or at >= spans[-1][1]:
            spans.append((at, longest[at]))
    return spans


def _name_char(char: str) -> bool:
    """A letter, digit, underscore or hyphen: what ``whole_names_pattern`` allows on neither side of a name."""
    return char.isalnum() or char in "_-"


def _name_end(text: str, at: int, words: tuple[str, ...]) -> int:
    """Where ``words`` end in ``text`` when each follows a run of whitespace from ``at`` on, or -1."""
    size = len(text)
    for word in words:
        if at >= size or not text[at].isspace():
            return -1
        at += 1
        while at < size and text[at].isspace():
            at += 1
        if not text.startswith(word, at):
            return -1
        at += len(word)
    return at


_escaped = functools.cache(re.escape)
"""``re.escape`` of one character, kept: the ~700 built-in outlet names repeat few characters."""


def _name_tokens(name: str, space: str) -> tuple[str, ...]:
    """``name`` as regex tokens: each character escaped, each space between words ``space``."""
    return tuple(space if char == " " else _escaped(char) for char in name)


_Node = dict[str, "_Node"]


def _trie(names: list[tuple[str, ...]]) -> str:
    """One regex for token sequences: shared beginnings once, and where a name ends inside a longer one, the longer
    continuation tried first (an optional group, greedy). The sequences are read once into nested dicts, a token's
    continuations in the order the names give them, the key ``""`` (no token) marking where a name ends."""
    root: _Node = {}
    for tokens in names:
        node = root
        for token in tokens:
            child = node.get(token)
            if child is None:
                child = node[token] = {}
            node = child
        node[""] = {}
    return _trie_text(root)


def _trie_text(node: _Node) -> str:
    """``_trie``'s regex for the sequences below ``node``."""
    branches = [token + _trie_text(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


__all__ = [
    "HONORIFICS",
    "NAME_PARTICLES",
    "NO_WORD_AFTER",
    "NO_WORD_BEFORE",
    "TitleRuns",
    "clean_name",
    "is_all_caps",
    "is_plain_word",
    "is_title",
    "keeps_possessive",
    "literal_ends",
    "name_key",
    "name_spans",
    "split_name",
    "title_runs",
    "titled_names",
    "whole_name_spans",
    "whole_names_pattern",
    "whole_titled_names",
    "whole_word_spans",
    "word_char",
]
