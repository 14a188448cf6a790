"""Cues in the text that a name is a company's or an organisation's (its people, seat, founding, data, analysts, a
relative "which", a university's people), and ORG mentions of such names the model left untagged."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from worker.entities.institutions import SENTENCE_OPENERS, STARTS_SENTENCE
from worker.entities.kinds import HEAD_TITLES
from worker.entities.mentions import Span, hits_outside
from worker.entities.merge import Mention
from worker.entities.names import is_plain_word, name_key, whole_word_spans, word_char
from worker.lexicon.phrase_pattern import GatedPattern

# The cue patterns after a name (``_COMPANY_AFTER``, ``_ANALYST_AFTER``, ``_EXECUTIVES_AFTER``) open with the set of
# their words' first letters, read, then a look-behind for the characters before the word and the letter just read,
# then the rest of the word (``(?<=c)hairman``). A pattern opening with a look-behind or a look-ahead is tried at every
# position of the body; one opening with a character set (a single letter best) lets the search skip ahead to it.
# The same matches, each starting at its word.
_RUN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}(?=(?:['’]s?)? ?$)")
"""A run of one to four capitalised words ending a text (before an optional possessive): the name before a cue."""
_COMPANY_AFTER: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(  # opens with the words' first letters (see above)
        r"[cCfhsew](?<=[\w&'’-] .)(?:(?<=c)o-?founder|(?<=f)ounder|(?<=c)hief executive|(?<=[Cc])[Ee][Oo]|"
        r"(?<=[Cc])[Ff][Oo]|(?<=c)hairman|(?<=c)hairwoman|(?<=h)eadquarters|(?<=s)ubsidiar(?:y|ies)|(?<=e)mployees|"
        r"(?<=w)orkforce)\b"
    ),
    re.compile(r", (?:which was |was )?founded in\b"),
    re.compile(
        r"data(?<=[\w&-] data)(?<!['’]s data) (?:show|shows|showed|suggest|suggests|suggested|indicate|indicates)\b"
    ),
    re.compile(
        r", (?<=[\w&-], )(?:a|an|the) (?:[\w-]+ ){0,3}?(?:company|firm|maker|startup|start-up|operator|retailer|chain|"
        r"brand|manufacturer|developer|studio|airline|carrier|bank|lender|insurer|conglomerate|supplier|brokerage|"
        r"publisher|broadcaster|giant|group|automaker|carmaker|chipmaker|drugmaker|utility|exchange|miner|"
        r"producer|refiner|shipper|cooperative|co-op|channel|network|streamer|platform|marketplace)"
        r"(?=[,.;:)]| (?:that|which|whose|in|of|from|for|with|behind|known|based|headquartered|owned|run|founded)\b)"
    ),
    re.compile(
        r"s(?<=[\w&-] s)(?:hares|tock)(?: price)? (?:rose|fell|jumped|climbed|dropped|slid|slipped|gained|"
        r"tumbled|surged|plunged|sank|soared|rallied|dipped|declined|closed|ended|traded|have (?:risen|fallen|lost))\b"
    ),
)
"""A company's people, seat, units, founding or published data right after its name ("SpaceX's founder", "Statista,
founded in", "Sensor Tower data show"), or
a company noun in apposition ("Breville, the Sydney-based appliance maker, said", "Ubisoft, the French publisher of",
"Fonterra, the dairy cooperative,"; not "the company founder"; a person is never read so:
``merge.with_company_evidence`` spares given names), or its shares moving ("SK Hynix shares rose", "Zalvina stock
fell": a person "shares" no rise; a verb after the name, "Smith shares his recipe", is no such cue)."""
_ANALYST_AFTER = re.compile(r"[aes](?<=[\w&-] .)(?:(?<=a)nalyst|(?<=e)conomist|(?<=s)trategist)s? (?=[A-Z][a-z])")
_COMPANY_BEFORE = re.compile(
    r"(?=[abcdefgilmorsuAES])"  # the first letters of its cue words: most places fail in one test (about 30 % less)
    r"\b(?:company|firm|group|giant|maker|startup|start-up|operator|retailer|insurer|lender|conglomerate|franchise|"
    r"manufacturer|supplier|brokerage|utility|(?<!stock )exchange|(?:data|figures|statistics) (?:from|by|compiled by)|"
    r"shares (?:of|in)|"
    r"(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?) at) "
    r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})(?![\w'’-])"
)
"""A company noun right before a name ("data firm Statista", "steelmaker group Thyssenkrupp"), the data it
publishes ("data from Statista"), its shares ("shares of Pendleford", "shares in SK Hynix"; a known place there,
"shares in London", is no company: ``company_cue_hits`` skips places), or its analysts ("analysts at Bernstein")."""
_INITIALS_AFTER = re.compile(r" \((?P<initials>[A-Z]{2,6})\)")
_DEFINED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*(?: [A-Z][\w&-]*){1,5}$")
_CUE_REACH = 80


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


_EXECUTIVES_AFTER = re.compile(
    r"[CFcf](?:(?<=['’]s .)|(?<=[\w&-] .))"
    + "(?i:"
    + "|".join(rf"(?<={title[0]}){title[1:]}" for title in HEAD_TITLES.split("|"))
    + r")\b(?! officer of)"
)
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


_COMPANY_SAID = GatedPattern(
    re.compile(
        r", (?:the|a) (?:[\w-]+ ){0,2}?(?:company|firm|retailer|group|maker|automaker|carmaker|chipmaker|drugmaker|"
        r"airline|carrier|bank|lender|insurer|startup|start-up|conglomerate|manufacturer|supplier|operator|chain|"
        r"brand|publisher|broadcaster|developer|studio|utility|miner|producer|refiner|cooperative) "
        r"(?:said|says|added|announced|confirmed|reported)\b"
    ),
    ("said", "says", "added", "announced", "confirmed", "reported"),
)
_SUBJECT = re.compile(r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?][\"”’] )|(?<=\n))([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) [a-z]")
"""A run of capitalised words opening a sentence, then a lower-case word: the sentence's subject."""
_SENTENCE_REACH = 240


def said_companies(body: str) -> frozenset[str]:
    """Name keys of the subjects of sentences that a company noun closes as their speaker ("Best Buy will close 15
    stores, the retailer said", "Marlow Keane will cut 200 jobs, the company said in a statement"): news style names
    the firm first and the noun then stands for it. Evidence against a PERSON vote only (a person opening the
    sentence, "Elon Musk will step down, the company said", opens with a given name, which
    ``merge.with_company_evidence`` spares); never a new mention."""
    found = set()
    for match in _COMPANY_SAID.finditer(body):
        start = match.start()
        opening = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), start - _SENTENCE_REACH, -1)
        subject = _SUBJECT.match(body, opening + 2 if body.startswith(". ", opening) else opening + 1)
        if subject is not None and subject.end() <= start:
            found.add(name_key(subject.group(1)))
    return frozenset(found)


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


def _inside_sentences(word: str, body: str, *, alone: bool = False) -> Iterator[int]:
    """Where ``body`` writes ``word`` (whole; of three letters or more, as the callers' are) other than at a
    sentence's or a line's start; with ``alone``, only where no capitalised word follows it (nor a possessive:
    "Apple's" is no "Apple" alone here)."""
    for start, _ in _alone_spans(word, body) if alone else whole_word_spans(word, body):
        if not STARTS_SENTENCE.search(body, max(start - 4, 0), start):
            yield start


_GOES_ON = re.compile(r"'?[\w-]|’[\w-]| [A-Z]")
"""A word, a possessive or a capitalised word right after a word: it does not stand alone."""


def _alone_spans(word: str, body: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(NO_WORD_BEFORE + re.escape(word) + "(?!" + _GOES_ON.pattern + ")", body)``, found
    without compiling a pattern for each word (``word`` not empty)."""
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not word_char(body[at - 1])) and not _GOES_ON.match(body, end):
            yield at, end
            at = body.find(word, end)
        else:
            at = body.find(word, at + 1)


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
    employees"), nor one word the text writes only at a sentence's start ("Industry data show") unless a head's
    title follows it ("Aramco chief executive")."""
    headed = headed_forms(body)
    forms = company_forms(body) | headed
    known = {name_key(mention.text) for _, mention in found}
    names = set()
    for form in forms:
        key = name_key(form)
        first = key.split(" ")[0]
        if not key or key in known or key in places or first in SENTENCE_OPENERS or first in lower:
            continue
        if len(key) < 3 or is_plain_word(form.split(" ")[0]) or (key in groups and _DEMONYM_END.search(key)):
            continue
        if " " not in form and form not in headed and not _written_inside_sentence(form, body):
            continue  # "Industry data show", "Salaried employees": a common word opening a sentence (a head's
            # title after it is no common word's: "Aramco chief executive Amin Nasser said")
        names.add(form)
    return hits_outside(names, body, found, "ORG", "cue")


_SCHOOL_AFTER = GatedPattern(
    re.compile(
        r"(?:campus|professors?|alumn(?:i|us|a|ae)|dropout|undergraduates?|MBA|(?:Law|Business|Medical) School)\b"
    ),
    ("campus", "professor", "alumn", "dropout", "undergraduate", "MBA", " School"),  # a part of each cue
)
_NAME_BEFORE_CUE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)(?P<owner>['’]s)? $")
"""A one-word name right before a university's people or parts ("a Stanford professor", "Harvard's campus",
"Yale alumni", "Harvard Law School"; not "the university's Orono campus": a campus named by its town)."""
_SCHOOL_BEFORE = re.compile(
    r"(?=[FLPRSUdefglprstu])"  # the first letters of its cue words, as in ``_COMPANY_BEFORE``
    r"\b(?:(?:[Ss]tudent|[Pp]rofessor|[Ll]ecturer|[Rr]esearcher|[Ff]ellow|[Uu]ndergraduate)s? at|"
    r"(?:studied|studying|enrolled|teaches|taught|lectures) at|graduated from|dropped out of|degree from) "
    r"(?P<name>[A-Z][a-z]+)(?![\w-]| [A-Z])"
)
"""A one-word name after a student's or a teacher's words ("a graduate student at Stanford", "Researchers at
Harvard", "studied at Harvard", "graduated from Princeton")."""


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
    return hits_outside(names, body, found, "ORG", "cue")


__all__ = [
    "MIN_MAKER_MENTIONS",
    "analyst_firms",
    "company_cue_hits",
    "company_forms",
    "corporate_names",
    "executive_names",
    "headed_forms",
    "impersonal_names",
    "maker_hits",
    "school_names",
]
