"""Title Case text where the small model tags capitalised words at random: a Title Case headline, a heading or caption
line of the body, a line in another language; and the capital of a headline's first word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from worker.entities.labels import PLACE_LABELS
from worker.entities.language import reads_foreign
from worker.entities.lines import LINE, PARAGRAPH
from worker.entities.mentions import Span
from worker.entities.merge import Mention
from worker.entities.names import NO_WORD_AFTER, NO_WORD_BEFORE, name_key, whole_word_spans

_TITLE_CASE_SHARE: Final[float] = 0.7
_TITLE_ZONE_WORDS: Final[int] = 30
_HEADING_WORDS: Final[int] = 3


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
    if line.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        return False  # tested before the words are counted: most paragraphs end a sentence
    words = len(line.split())
    return words <= _TITLE_ZONE_WORDS and (words <= _HEADING_WORDS or looks_title_case(line))


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
    *,
    given: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Drop names found only in Title Case text: a Title Case headline, or a short Title Case line of the body that
    does not end a sentence (a repeated headline, a caption), where the small model tags capitalised words at random.

    A name found there is kept if it (or each of its words) is also found in the ordinary text, and so is a headline
    name the model calls a place that is a known one (``places``) and that the headline puts something in ("A Royal
    Salute To Polo In Rome"), and a name a title introduces that opens with a given name (``given``: "Remarks of
    President Barack Obama"). ``zones``: the body's ``title_case_zones``, when the caller has them.
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
        or (m.source == "title" and name_key(m.text).split(" ")[0] in given)  # "Remarks of President Barack Obama"
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


__all__ = ["drop_title_case_only", "headline_openers", "is_title_case_zone", "looks_title_case", "title_case_zones"]
