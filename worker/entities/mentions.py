"""Collect mentions: spaCy's entities of headline and body, plus the page's own organisation signals."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Final

from schemas.article import EntityLabel
from worker.entities.gazetteer import (
    INSTITUTION_HEADS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    STATE_ABBREVIATIONS,
    canonical_outlet,
)
from worker.entities.labels import PLACE_LABELS, public_label
from worker.entities.merge import Mention, MentionSource
from worker.entities.names import clean_name, name_key, split_name, whole_names_pattern

Span = tuple[int, int]
RawEntity = tuple[str, str, int]
"""One spaCy entity as plain data: text, spaCy label, start character."""

# ``country_hits`` reads this pattern too: in the single module it was split from, a second definition of this name
# (this one, next to ``surnames``' given-name search) replaced the first, "[A-Z][\w'’.-]*[ ]$", at import.
CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*) \Z")
"""A capitalised word and a space ending a stretch of text: the word before a given name."""
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
ORG_HEAD_WORDS: Final[frozenset[str]] = INSTITUTION_HEADS | ORG_HEADS
"""Words that end an organisation's name: no person's name or list item ends in one."""


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
    return rest if head in ORG_HEAD_WORDS and head not in _OWN_COUNTRY_HEADS else name


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
        if CAPITALISED_BEFORE.search(body, max(start - 40, 0), start) or _CAPITALISED_AFTER.match(body, end):
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


def hits_outside(
    names: set[str],
    body: str,
    found: Sequence[tuple[Span, Mention]],
    label: EntityLabel,
    source: MentionSource,
) -> list[tuple[Span, Mention]]:
    """Mentions (``label``, ``source``) of each whole-word occurrence of ``names`` in ``body`` outside the spans of
    ``found``: a name a rule found that the model tagged nowhere, counted wherever the text writes it."""
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
        hits.append(((start, end), Mention(match.group(), label, start, False, source)))
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


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


__all__ = [
    "CAPITALISED_BEFORE",
    "ORG_HEAD_WORDS",
    "RawEntity",
    "Span",
    "combine",
    "country_hits",
    "model_mentions",
    "name_hits",
    "names_pattern",
    "without_country_adjective",
]
