"""Bound what spaCy reads (a prefix, then windows around new capitalised words); count its names everywhere by regex."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from schemas.article import EntityLabel
from worker.entities.gazetteer import ORG_SUFFIXES
from worker.entities.labels import LABEL_PRIORITY
from worker.entities.lines import LINE
from worker.entities.mentions import Span
from worker.entities.merge import Mention
from worker.entities.names import is_plain_word, name_key, whole_name_spans
from worker.entities.title_case import title_case_zones

WINDOW_WORDS: Final[int] = 3
"""Words of context each side of a new name's candidate word. 4 (the recognizer's full view) measured the same F1
(0.781 vs 0.780) with 10–15 % more text to read. 2 measured the same on the development pages (0.846 vs 0.845,
18 % less text) but lost 0.05 on held-out A, so 3 stays (that choice made held-out A partly development)."""
LOOKS_PER_WORD: Final[int] = 2
"""Windows around one new word at most: spaCy found its name in one of them (then the regex counts the rest), or
it is not a name spaCy tags."""
TAGGED_CHARS: Final[int] = 0
"""spaCy reads the headline, about this many body characters in full (cut at a paragraph end, ``prefix_end``), and
windows of the rest (``new_name_windows``). 0 (windows only) measured best: F1 0.772 reading 40 % of the text, vs
0.773 at 1,000 (52 %), 0.769 for the whole body; see docs/entities.md."""

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def prefix_end(body: str, limit: int = TAGGED_CHARS) -> int:
    """Where the tagged prefix of ``body`` ends: all of it if it is at most ``limit`` characters long, else the last
    paragraph break before ``limit``, else the last sentence end, else the last space (never before ``limit // 2``).
    """
    if len(body) <= limit:
        return len(body)
    floor = limit // 2
    cut = body.rfind("\n", floor, limit)
    if cut >= 0:
        return cut
    ends = [m.end() for m in _SENTENCE_END.finditer(body, floor, limit)]
    if ends:
        return ends[-1]
    cut = body.rfind(" ", floor, limit)
    return cut if cut >= 0 else limit


_ENDS_SENTENCE = re.compile(r"[a-z0-9][.!?][\"”’)]?\s+[\"“‘(]?$")
_WORD = re.compile(r"[\w'’.-]+")
_NEVER_NAMES: Final[frozenset[str]] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "he", "she", "it", "they",
        "they're", "you", "you're", "he'd", "she'd", "it'd", "that'd",
    }
)  # fmt: skip
"""Capitalised words that start no name spaCy would tag here: weekdays, months (not "May"), pronouns."""
_SENTENCE_STARTS: Final[frozenset[str]] = frozenset(
    {
        "this", "that", "these", "those", "there", "here", "it", "what", "which", "despite", "also", "more", "most",
        "some", "many", "any", "all", "each", "every", "one", "no", "not", "now", "still", "even", "just", "only",
        "get", "sign", "view", "read", "subscribe", "click", "follow", "share", "welcome", "please", "yes", "well",
    }
)  # fmt: skip
"""Words that often start a sentence but no name (beside the function words of ``names.is_plain_word``)."""


def new_name_windows(
    body: str,
    start: int,
    known: set[str],
    lower: set[str],
    *,
    context: int = WINDOW_WORDS,
    skip: Span = (0, 0),
    zones: Sequence[Span] | None = None,
) -> list[Span]:
    """Spans of ``body[start:]`` around words that may name someone spaCy has not met yet, for spaCy to read.

    A candidate is a capitalised word that is not a known name's word (``known``: words of name keys), not a
    weekday, month, pronoun, title, function word or common sentence start, and, first in its sentence, not a word
    the body also writes in lower case (``lower``); each opens at most ``LOOKS_PER_WORD`` windows. Each span runs
    from ``context`` words before a candidate to ``context`` words after it, within its line; overlapping spans
    are joined. The recognizer's view of a word is bounded (four convolution layers of one word each side, plus
    the next word), so a window of three or four words tags the candidate much as the whole text would. Words in
    ``skip`` (the dateline: no mention is kept there) open no window and spend none of a word's looks ("LAHORE:"
    before "The Lahore High Court" and "parts of Lahore"). No window opens in a title-case zone (``zones``: the
    body's ``title_case.title_case_zones``, when the caller has them).
    """
    spans: list[Span] = []
    looks: Counter[str] = Counter()
    keys: dict[str, str | None] = {}  # a capitalised word → its ``_candidate_key``: most come back several times
    zoned = {at for at, _ in (title_case_zones(body) if zones is None else zones)}  # each zone is one line
    for line in LINE.finditer(body, start):
        if line.start() in zoned:
            continue  # names found only there are dropped anyway (``title_case.drop_title_case_only``)
        words = list(_WORD.finditer(body, line.start(), line.end()))
        for i, match in enumerate(words):
            word = match.group()
            if not word[0].isupper() or skip[0] <= match.start() < skip[1]:
                continue
            if word not in keys:
                keys[word] = _candidate_key(word, known)
            key = keys[word]
            if key is None or looks[key] >= LOOKS_PER_WORD:
                continue
            if key in lower and (i == 0 or _ENDS_SENTENCE.search(body, words[i - 1].start(), match.start())):
                continue  # first in its sentence (looked for only now: the search is the costly test)
            looks[key] += 1
            left, right = words[max(i - context, 0)].start(), words[min(i + context, len(words) - 1)].end()
            if spans and left <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(right, spans[-1][1]))
            else:
                spans.append((left, right))
    return spans


def _candidate_key(word: str, known: set[str]) -> str | None:
    """The key of a capitalised ``word`` that may open a new name (``new_name_windows``), else ``None``: a known
    name's word, a weekday, month, pronoun, title, function word or common sentence start opens none."""
    key = name_key(word.strip(".'’-")).removesuffix("'s")  # a word holds no newline: as ``'s$`` drops
    if not key or all(part in known for part in key.split(" ")):
        return None
    if key in _NEVER_NAMES or key in _SENTENCE_STARTS or is_plain_word(word):
        return None  # a title or function word opens no window (the name after it does)
    return key


def tail_mentions(found: Sequence[tuple[Span, Mention]], body: str, start: int) -> list[tuple[Span, Mention]]:
    """Mentions, in ``body[start:]``, of the names spaCy ``found`` (whole words, case-sensitive), but for its own.

    spaCy read only windows of the rest, and may miss a name there that it tagged elsewhere, or tag only part of it
    ("Customs" of "Customs and Border Protection"): a hit holding shorter found mentions is kept (drop those with
    ``drop_superseded``). A short form followed by another capitalised word opens another name, and is no hit.

    The forms looked for are each name as found plus the short forms merging folds into it: a person's surname
    ("Ma" of "Jack Ma") and an organisation without its company words ("Alibaba" of "Alibaba Group"). Each hit votes
    for the label the name got in the prefix (its majority). Raises nothing.
    """
    if start >= len(body) or not found:
        return []
    votes: dict[str, Counter[EntityLabel]] = {}
    short: set[str] = set()
    for _, mention in found:
        forms = _forms(mention)
        short.update(forms[1:])
        for form in forms:
            votes.setdefault(form, Counter())[mention.label] += 1
    short -= {mention.text for _, mention in found}
    taken = sorted(span for span, _ in found if span[1] > start)
    labels = {name_key(form): _majority(counts) for form, counts in votes.items()}
    hits = []
    for at, end in whole_name_spans(votes, body, start):
        text = body[at:end]
        if "\n" in text or _overlaps_any(at, end, taken, strictly_inside_allowed=True):
            continue
        if text in short and _NAME_GOES_ON.match(body, end):
            continue  # "SK" of "SK Group" opening "SK Hynix", "Trump" of "Donald Trump" in "Trump Tower": another name
        label = labels.get(name_key(text))
        if label is not None:
            hits.append(((at, end), Mention(text, label, at, False, "model")))
    return hits


_NAME_GOES_ON = re.compile(r" [A-Z][\w-]")


def _overlaps_any(start: int, end: int, spans: Sequence[Span], *, strictly_inside_allowed: bool = False) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted by start; none inside another); with
    ``strictly_inside_allowed``, spans lying inside it and shorter do not count (the match is a longer form)."""
    i = bisect.bisect_left(spans, (end, end))
    while i > 0 and spans[i - 1][1] > start:
        a, b = spans[i - 1]
        if not (strictly_inside_allowed and start <= a and b <= end and b - a < end - start):
            return True
        i -= 1
    return False


def drop_superseded(
    found: Sequence[tuple[Span, Mention]], hits: Sequence[tuple[Span, Mention]]
) -> list[tuple[Span, Mention]]:
    """``found`` without the mentions lying inside a longer hit: spaCy's "Customs" of "Customs and Border
    Protection", where the regex found the full name it met elsewhere."""
    longer = sorted(span for span, _ in hits)

    def inside(span: Span) -> bool:
        i = bisect.bisect_right(longer, (span[0], 1 << 62))
        return i > 0 and longer[i - 1][1] >= span[1] and longer[i - 1] != span

    return [(span, mention) for span, mention in found if not inside(span)]


def _forms(mention: Mention) -> list[str]:
    forms = [mention.text]
    words = mention.text.split(" ")
    if len(words) < 2:
        return forms
    if mention.label == "PERSON":
        surname = words[-1]
        if len(surname) >= 2 and surname[0].isupper() and not is_plain_word(surname):
            forms.append(surname)
    elif mention.label == "ORG":
        keys = name_key(mention.text).split(" ")
        n = len(keys)
        while n > 1 and keys[n - 1] in ORG_SUFFIXES:
            n -= 1
        if n < len(keys) and len(words) == len(keys):
            forms.append(" ".join(words[:n]))
    return forms


def _majority(votes: Counter[EntityLabel]) -> EntityLabel:
    return max(LABEL_PRIORITY, key=lambda label: (votes[label], -LABEL_PRIORITY.index(label)))


__all__ = ["TAGGED_CHARS", "WINDOW_WORDS", "drop_superseded", "new_name_windows", "prefix_end", "tail_mentions"]
