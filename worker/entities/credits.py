"""Parts of the body that say where the story was filed and who made it, not what it is about: the dateline, reader
prompts, reporting credits and a writer's bio, picture credits."""

from __future__ import annotations

import re
from typing import Final

from worker.entities.mentions import Span
from worker.entities.merge import Mention
from worker.entities.names import name_key

_DATELINE_PLACE = re.compile(
    r"([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:, [A-Z][\w.]+)?(?: \d{1,2}(?:, \d{4})?)?[ ]*(?:\([^)\n]{1,30}\)[ ]*)?"
    r"(?:(?:[-—–]|--|:)[ ]|(?:--|[—–])(?=[A-Z][a-z]))"
)
"""A dateline's place (and its state or its day: "LONDON, May 3 (Reuters) -"), then a dash or colon and a space, or a
long dash run into the story's first word ("NEW YORK--Verizon Communications is ...")."""
DATELINE_REACH: Final[int] = 600
"""A dateline opens the body or one of the paragraphs starting this early (after a standfirst)."""
_CREDIT = re.compile(r"(?:photo|picture|image|photograph|credit|illustration)s?(?: by)?\s*[:/]?\s*$", re.IGNORECASE)
_PHOTO_WORD = re.compile(r"\s(?:photo|picture|pic|image|photograph)s?\b", re.IGNORECASE)
"""The word that makes a bracketed name a picture's credit, in it or right after it: "(AFP Photo)", "(HT Photo/Jane
Doe)"."""
_CREDIT_LINE = re.compile(
    r"(?:photo|picture|image|photograph|illustration|video)s?(?: (?:source|credit|courtesy))?(?: by)?\s*:",
    re.IGNORECASE,
)
_AGENCY_AFTER = re.compile(
    r"\s?/\s?(?:Getty|AP\b|AFP|Reuters|EPA|Bloomberg|Corbis|Shutterstock|iStock|Alamy|dpa|picture alliance|Keystone|"
    r"ANP|NurPhoto|SOPA|Anadolu|Xinhua|Imago|Icon Sportswire|USA TODAY|Associated Press|The Associated Press)"
)
"""A photographer's credit after the name: "Stephen Chernin/Getty Images", "Jane Doe / AFP"."""
_PORTFOLIO = re.compile(r" (?:Secretary|Minister|Spokesman|Spokeswoman|Spokesperson)\b")
_QUALIFIED_PORTFOLIO = re.compile(r"(?:(?:Union|State|Shadow|Deputy|Junior|Federal|Acting|Interim|Former) )+\S+")
"""A portfolio word after words that only rank or place its minister: "Union Home", "Shadow Home", "State Home"."""


def dateline_span(body: str) -> tuple[int, int]:
    """Where the story's dateline is ("WEST PALM BEACH —", "NAPA COUNTY, Calif. (KGO) --", "KOBE –", "LAHORE:"),
    ``(0, 0)`` if there is none: at the start of the body, or of a paragraph starting in its first
    ``DATELINE_REACH`` characters (after a standfirst: "Doctors struggle.\n\nKHAN YOUNIS, GAZA — The assault...").
    Its place says where the story was filed, not what it is about (the labelling rule leaves it out; a place the
    story is about is named again in the text)."""
    match = _dateline(body)
    return (match.start(), match.end()) if match is not None else (0, 0)


def dateline_place(body: str) -> frozenset[str]:
    """The name key of the story's dateline place ("PHOENIX —" → "phoenix"), as a set (empty with no dateline):
    evidence that the name, met again in the text, is a place there (the city a story is filed from)."""
    match = _dateline(body)
    return frozenset({name_key(match.group(1).strip(" .-"))}) if match is not None else frozenset()


def _dateline(body: str) -> re.Match[str] | None:
    """The dateline's match (``dateline_span``), or None."""
    start = 0
    while start < DATELINE_REACH:
        match = _DATELINE_PLACE.match(body, start)
        if match is not None:
            return match
        start = body.find("\n\n", start) + 2
        if start < 2:
            break
    return None


_READER_PROMPT = re.compile(
    r"(?=[bcfijlmpsty])"
    r"(?:\b(?:(?:follow|like|find|join|connect with|subscribe to|sign up for|share (?:this|it)?\s*(?:on|via))\s+"
    r"(?:(?:us|me)\b|(?:them|him|her) on\b|on\b|our\b)|tag (?:us|me)\b|pin (?:this|it)\b"
    r"|let (?:us|me|@\w+) know (?:on|via|in)\b)"
    r"|\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads|mastodon|bluesky)\s*:\s*@?\w)",
    re.IGNORECASE,
)
"""A reader prompt or a channel's handle. The lookahead for the first letters of its words (either case) fails
most places in one test instead of trying each word there: the same matches, about 40 % less time."""
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def prompt_spans(body: str) -> list[Span]:
    """Sentences of ``body`` that prompt the reader to follow or share ("Subscribe to our newsletter and follow us on
    Facebook, Pinterest and Instagram", "Pin this recipe on Pinterest!", "Tag us on Instagram", "Follow them on
    GitHub or Twitter", "Let @github know on Twitter") or list a channel's handle ("Facebook: CNNScience Twitter:
    @CNNLightYears"): the names in them are channels of the site or its people, not what the story is about."""
    if _READER_PROMPT.search(body) is None:
        return []
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if _READER_PROMPT.search(m.group())]


_REPORTING_CREDIT = re.compile(
    r"(?=[acerw])"  # the first letters of its branches (either case), as in ``_READER_PROMPT``
    r"(?:\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b|\b(?:additional )?reporting by\b"
    r"|\b(?:editing|writing) by\b)",
    re.IGNORECASE,
)


_WRITER_BIO = re.compile(
    r"(?:^|\n)(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|writer|journalist|"
    r"correspondent|editor|columnist|contributor|producer|photographer|freelancer|critic|intern|fellow)s?\b"
)
BIO_REACH: Final[int] = 3
"""A writer's bio is looked for in this many last paragraphs of the body."""


def credit_spans(body: str) -> list[Span]:
    """Parts of ``body`` that credit the story's writers: sentences crediting reporters and editors ("Jane Doe in
    Atlanta contributed to this report.", "Reporting by Jane Doe; Editing by John Roe") and a writer's bio closing
    the story, to the end of its paragraph ("Jane Doe is a reporter for the Wichita Eagle. She previously worked at
    the Kansas City Star."): names in credits are no tags (the labelling rule)."""
    spans = []
    if _REPORTING_CREDIT.search(body) is not None:
        spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if _REPORTING_CREDIT.search(m.group())]
    breaks = [m.start() for m in re.finditer("\n\n", body)]
    bio = _WRITER_BIO.search(body, breaks[-BIO_REACH] if len(breaks) >= BIO_REACH else 0)  # the last paragraphs
    if bio is not None:
        start = bio.start() + (body[bio.start()] == "\n")
        end = body.find("\n\n", start)
        spans.append((start, end if end >= 0 else len(body)))
    return spans


_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-(?:[A-Z][a-z]{1,9}\.?|[A-Z]\.[A-Z]\.)(?=[\s,;:)]|$)")
"""A US legislator's party and state after the name ("Sen. Jane Doe, D-Mass.,", "(R-N.Y.)", "R-Texas")."""


def party_tag_spans(body: str) -> list[Span]:
    """The party-and-state tags after legislators' names ("D-Mass.", "R-Ky.", "(I-Vt.)"): the state there says whom
    a member represents, not a place the story names (the model reads "D-Mass." or "Ky." as a place)."""
    if "-" not in body:
        return []
    return [(m.start(), m.end()) for m in _PARTY_TAG.finditer(body)]


def drop_credits(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop names credited for a picture ("Photo: Jane Doe/AFP", "Jane Doe/Getty Images", "(AFP Photo)", "(HT
    Photo/Jane Doe)", a line "Photo source: Jane Doe from Pexels"),
    signing an embedded post ("— Jane Doe (@jd)"), written as a hashtag or handle ("#TravelCorridor", "@jd"), or
    one word naming a minister's portfolio ("Transport Secretary Grant Shapps": "Transport" is no organisation), also
    after words that rank or place the minister ("Union Home Minister Amit Shah", "Shadow Home Secretary")."""
    kept = []
    for m in mentions:
        if m.offset is not None:
            end = m.offset + len(m.text)
            before, after = body[max(m.offset - 24, 0) : m.offset], body[end : end + 4]
            if _CREDIT.search(before) or after.startswith(" (@") or before.endswith(("#", "@")):
                continue
            if before.endswith("(") and (_PHOTO_WORD.search(m.text) or _PHOTO_WORD.match(body, end)):
                continue  # "(AFP Photo)" after a caption
            slash = m.text.find("/")
            if _AGENCY_AFTER.match(m.text[slash:] if slash > 0 else body[end : end + 24]):
                continue  # "Stephen Chernin/Getty Images" under a picture
            if _CREDIT_LINE.match(body, body.rfind("\n", 0, m.offset) + 1):
                continue  # anywhere in a credit line: "Photo Source: Jane Doe from Pexels."
            one_word = " " not in m.text or _QUALIFIED_PORTFOLIO.fullmatch(m.text)
            if one_word and m.label != "PERSON" and _PORTFOLIO.match(body, end):
                continue
        kept.append(m)
    return kept


__all__ = [
    "BIO_REACH",
    "DATELINE_REACH",
    "credit_spans",
    "dateline_place",
    "dateline_span",
    "drop_credits",
    "party_tag_spans",
    "prompt_spans",
]
