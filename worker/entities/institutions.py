"""Organisations the text names by their form: a run of capitalised words ending in an institution's head word
("Public Health Agency of Sweden"), or a name it defines with an acronym ("Customs and Border Protection (CBP)")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

from schemas.article import EntityLabel
from worker.entities.cues import word_before
from worker.entities.gazetteer import INSTITUTION_HEADS, given_names
from worker.entities.mentions import ORG_HEAD_WORDS, Span, without_country_adjective
from worker.entities.merge import Mention, MentionSource
from worker.entities.names import NAME_PARTICLES, clean_name, is_plain_word, is_title, name_key
from worker.lexicon.phrase_pattern import phrase_alternation

SKIP = frozenset({"of", "and", "the", "for", "&"})
_NAME_BEFORE_ACRONYM = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)(?:(?:[A-Z][\w.'’-]*|of|and|the|for|&)\s+){0,7}[A-Z][\w'’-]*)\s+\(([A-Z]{2,6})\)"
)
_CAMEL_BEFORE_ACRONYM = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[A-Z][a-z]+)+)\s+\(([A-Z]{2,6})\)")
"""One word of joined capitalised parts before the acronym its capitals spell: "OpenStreetMap (OSM)"."""
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\)")
"""What both acronym patterns end with: a text without it defines no name (one search instead of two scans)."""
_CAPITALISED_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|[A-Z][\w'’&]*(?:-[\w'’&]+)*)"
_POSSESSIVE_END = re.compile(r"['’]s?$")
"""A possessive's ending, also a plural's bare apostrophe ("the Netherlands'")."""
STARTS_SENTENCE = re.compile(r"(?:\A|\n|[.!?][\"”’)]? )\Z")
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
SENTENCE_OPENERS: Final[frozenset[str]] = frozenset(
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
_HEADS = phrase_alternation("|".join(sorted((h.capitalize() for h in INSTITUTION_HEADS), key=len, reverse=True)))
"""The head words, longest first, grouped by first letter (``phrase_alternation``: the same matches, one group tried
at a word instead of each head word)."""
_TAIL = rf"(?P<tail>(?: (?:of|for) (?:the |an? )?{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}){{0,2}})"
"""What an institution is of or for ("... of the European Union", "... for an Effective Congress"), up to two such
parts."""
_NAME_END = r"(?:(?![\w-]|['’](?!s\b))|(?=--\w))"
"""The name ends here; a possessive may follow ("the Premier League's top four"), or a dash typed as two hyphens
("the American Academy of Pediatrics--and my friends")."""
_NAME_WORD = rf"(?:{_CAPITALISED_WORD}|\d{{1,2}}(?:st|nd|rd|th)) (?:(?:of|for|de) (?:the )?)?"
"""A word of the name before its head word, and an "of", "for" or "de" (and "the") after it."""
_NAME_WORD_AFTER_FIRST = (
    r"(?:(?<=[A-Z])(?:\.(?:[A-Z]\.)+|[a-z]{0,2}\.|[\w'’&]*(?:-[\w'’&]+)*)|(?<=\d)\d?(?:st|nd|rd|th))"
    r" (?:(?:of|for|de) (?:the )?)?"
)
"""``_NAME_WORD`` after its first character, read already: each branch of ``_CAPITALISED_WORD`` (and the ordinal's)
without it, in the same order, behind a look-behind at it."""
_HEAD_AFTER_FIRST = "|".join(
    f"(?<={first})(?:{'|'.join(head[1:] for head in heads)})"
    for first, heads in itertools.groupby(
        sorted(sorted((h.capitalize() for h in INSTITUTION_HEADS), key=len, reverse=True), key=lambda h: h[0]),
        key=lambda h: h[0],
    )
)
"""``_HEADS`` after its first letter, read already: the head words' rests, longest first, behind a look-behind at
their first letter."""
_INSTITUTION = re.compile(
    rf"[A-Z\d](?<![\w'’.-].)"
    rf"(?:{_NAME_WORD_AFTER_FIRST}(?:{_NAME_WORD}){{0,6}}{_HEADS}|{_HEAD_AFTER_FIRST}){_TAIL}{_NAME_END}"
)
"""A name with an institution's head word, and what it is of or for: "Democratic Party", "Public Health Agency of
Sweden", "Kiel Institute for the World Economy", "University of Aberdeen", "Court of Justice of the European
Union", "4th District Court of Appeal" (a head word alone is no name): up to seven ``_NAME_WORD`` (most first),
then ``_HEADS``. It opens with its first character (a capital or a digit), read, then looks back for the character
before it, and goes on with the rest of the first of up to seven words (``_NAME_WORD_AFTER_FIRST``) or of a
head word (``_HEAD_AFTER_FIRST``): a pattern opening with a character set lets the search skip ahead to it,
where one opening with a look-ahead and a look-behind is tried at every position of the body. The same matches."""


@functools.cache
def _bank_of() -> re.Pattern[str]:
    """A bank of or for somewhere ("Federal Reserve Bank of Kansas City", "Reserve Bank of India", "Bank of
    England"): "Bank" is no institution's head word alone ("the West Bank" is a place). Compiled on first use, for
    a body with "Bank of " or "Bank for " (2 of 392 news pages), not at import."""
    return re.compile(
        rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,4}}Bank"
        rf"(?P<tail> (?:of|for) (?:the )?{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}){_NAME_END}"
    )


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
    r"(?=[A-Z])"
    rf"(?<=\b[Tt]he )(?:{_CAPITALISED_WORD} ){{1,3}}and (?:{_CAPITALISED_WORD} (?:(?:of|for) (?:the )?)?){{1,4}}"
    rf"{_HEADS}{_TAIL}{_NAME_END}"
)
"""An institution whose name joins two words by "and" after "the": "the Food and Drug Administration", "the
Securities and Exchange Commission", "the Natural Sciences and Engineering Research Council of Canada" (without
"the", "Microsoft and Stanford University" are two names). It opens with a capital: a lookahead for it fails most
places in one test, before the look-behind (the same matches)."""
_LIST_ITEM = rf"{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}}"
_LISTED_HEADS = phrase_alternation(
    "|".join(sorted({h.capitalize() for h in INSTITUTION_HEADS | {"union", "office", "board", "service"}}))
)


@functools.cache
def _listed_institution() -> re.Pattern[str]:
    """An institution whose "of" or "for" names a list: "Department of Housing, Local Government and Heritage",
    "Department of Health and Social Care", "National Union of Rail, Maritime and Transport Workers", "National Gas
    Company of Trinidad and Tobago" (``institution_names`` checks that no item is an acronym or an organisation).
    Compiled on first use, for a body ``_LISTED_FROM_HEAD`` finds (20 of 392 news pages), not at import: ~3 ms."""
    return re.compile(
        rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,3}}{_LISTED_HEADS} (?:of|for) (?:the )?"
        rf"(?P<items>{_LIST_ITEM}(?:, {_LIST_ITEM}){{0,4}},? and {_LIST_ITEM})(?![\w'’-])(?! (?:of|for)\b)"
    )


_LISTED_FROM_HEAD = re.compile(
    rf"{_LISTED_HEADS} (?:of|for) (?:the )?{_LIST_ITEM}(?:, {_LIST_ITEM}){{0,4}},? and {_LIST_ITEM}"
)
"""What every match of ``_listed_institution()`` holds from its head word on: a text without it is not searched with
that pattern, which tries up to three words before a head word at every capital (one page in twenty holds it)."""
_ROLE_OFFICE = re.compile(
    rf"{_CAPITAL_OR_DIGIT}(?<![\w'’.-])(?:{_CAPITALISED_WORD} ){{0,5}}"
    r"(?:Attorney|Sheriff|Prosecutor|Coroner|Marshal|Comptroller|Auditor"
    r"|Treasurer|Clerk|Defender|Examiner|General|Governor|Mayor|Controller|Assessor)['’]s"
    r" (?:Office|Department)(?![\w'’-])"
)
"""An office named after the official it serves ("Christian County Sheriff's Office", "Dallas County District
Attorney's Office"): a head word of its own, whose possessive the institution pattern does not cross."""


def _spells(key: str, acronym: str) -> bool:
    return "".join(t[0] for t in key.split() if t not in SKIP) == acronym


def defined_names(body: str, places: frozenset[str]) -> list[tuple[Span, Mention]]:
    """Names the text defines with an acronym: "U.S. Customs and Border Protection (CBP)" holds the name "Customs
    and Border Protection" (the longest run of capitalised words before the brackets whose initials spell it), and
    "OpenStreetMap (OSM)" the name "OpenStreetMap" (one word whose capitals spell it).

    Each is an organisation, or a place if it is a known one ("British Virgin Islands (BVI)").
    """
    found: list[tuple[Span, Mention]] = []
    if _ACRONYM_IN_BRACKETS.search(body) is None:
        return found
    for match in _NAME_BEFORE_ACRONYM.finditer(body):
        words, acronym = match.group(1).split(), match.group(2).casefold()
        for i in range(len(words) - 1):
            phrase = " ".join(words[i:])
            key = name_key(phrase)
            if words[i][0].isupper() and words[i].casefold() not in SKIP and _spells(key, acronym):  # not "The X (X)"
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


def institution_names(body: str, places: frozenset[str]) -> list[tuple[Span, Mention]]:
    """Organisations named with an institution's head word ("Democratic Party", "Supreme Court of Washington",
    "Public Health Agency", "Department of Housing, Local Government and Heritage": ``_listed_institution``): a
    run of capitalised words (joined by "of", "for", "of the") ending in a capitalised word of
    ``gazetteer.INSTITUTION_HEADS``, within a line, without the words that open a clause before it ("But the", or at
    a sentence's start a word the text writes in lower case: "Later the") or a place's possessive ("Sweden's"), as
    ORG mentions, wherever the model missed them (it reads only windows round words it has not met, and misses some
    names there)."""
    found = []
    lower: set[str] | None = None
    listed = []
    if _LISTED_FROM_HEAD.search(body) is not None:
        listed = [m for m in _listed_institution().finditer(body) if _list_of_words(m.group("items"))]
    for match in (
        *listed,
        *_INSTITUTION.finditer(body),
        *(_ROLE_OFFICE.finditer(body) if "s Office" in body or "s Department" in body else ()),
        *_AND_INSTITUTION.finditer(body),
        *(_bank_of().finditer(body) if "Bank of " in body or "Bank for " in body else ()),
    ):
        listed_match = bool(listed) and match.re is _listed_institution()  # compiled already when it found one
        words = match.group().split(" ") if listed_match else _without_stopped_tail(match)
        if STARTS_SENTENCE.search(body, max(match.start() - 4, 0), match.start()):
            lower = set(_LOWER_WORDS.findall(body)) if lower is None else lower
            if len(words) > 1 and words[0].casefold() in lower and words[0].casefold() not in _NAME_ADJECTIVES:
                words.pop(0)  # a common word opening the sentence: "Later the Democratic Party"
        while len(words) > 1 and (words[0].casefold() in SENTENCE_OPENERS or _place_possessive(words[0], places)):
            words.pop(0)  # "But the Democratic Party", "Sweden's Public Health Agency" → the name after them
        before = word_before(body, match.start())
        words = _without_person_before(words, titled=is_title(before), particle=before in NAME_PARTICLES)
        while len(words) > 1 and _place_possessive(words[0], places):
            words.pop(0)  # the affiliation's country after a person's "of": "Janka of Germany's Max Planck Institute"
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


def _place_possessive(word: str, places: frozenset[str]) -> bool:
    """Whether ``word`` is a known place's possessive ("Sweden's", "the Netherlands'")."""
    return _POSSESSIVE_END.search(word) is not None and name_key(_POSSESSIVE_END.sub("", word)) in places


_PERSON_WORDS = 3


def _without_person_before(words: list[str], *, titled: bool = False, particle: bool = False) -> list[str]:
    """The institution's words without a person's name or a role before its "of" ("Jeremy Hansen of the Canadian
    Space Agency" → "Canadian Space Agency": two or three words after a title (in ``words`` or right before them:
    ``titled``), or the first a given name (the first part of a hyphenated one too: "Hans-Thomas Janka of ..."),
    none an organisation word: "Warrant Officer Thabo Mokoena of the …"; "Executive Director of the Wikimedia
    Foundation" → "Wikimedia Foundation"), or a surname after a name particle (``particle``: "Joost van Hoof of the
    Netherlands' Fontys University", whose match opens at "Hoof")."""
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
    named = titled or (bool(before) and before[0].split("-")[0] in given_names())  # a title names a person
    surname = particle and len(before) == 1 and not set(before) & ORG_HEAD_WORDS
    if role or surname or (2 <= len(before) <= _PERSON_WORDS and named and not set(before) & ORG_HEAD_WORDS):
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
    return all(not part.isupper() and part.rsplit(" ", 1)[-1].casefold() not in ORG_HEAD_WORDS for part in parts)


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


__all__ = ["SENTENCE_OPENERS", "SKIP", "STARTS_SENTENCE", "defined_names", "drop_leading_words", "institution_names"]
