"""An outlet's name read from its domain when the page names it nowhere: "insideclimatenews.org" → "Inside Climate
News", "bellingcat.com" → "Bellingcat"."""

from __future__ import annotations

from typing import Final

OUTLET_ENDINGS: Final[frozenset[str]] = frozenset(
    {
        "news", "times", "post", "tribune", "herald", "journal", "daily", "today", "wire", "report", "reporter",
        "review", "gazette", "observer", "chronicle", "monitor", "insider", "digest", "telegraph", "guardian", "mail",
        "star", "press", "radio", "media", "magazine", "weekly", "bulletin", "dispatch", "courier", "register",
        "examiner", "sentinel", "voice", "world", "network", "online", "asia", "africa", "ledger", "beacon", "standard",
        "leader", "recorder", "enquirer", "inquirer", "mirror", "express", "independent", "citizen", "advocate",
        "banner", "globe", "sun", "record", "informer", "patch", "live",
    }
)  # fmt: skip
"""Last words of outlet names: a domain label that splits into words ending in one of them is read as those words
("texastribune" → "Texas Tribune"); any other label stays one word ("bellingcat" → "Bellingcat", not "Belling
Cat")."""

_MIN_WORD = 3
_MIN_INNER_WORD = 4
_MAX_INITIALS = 4


def domain_name(domain: str) -> str:
    """A name for the outlet at the registrable ``domain`` ("texastribune.org" → "Texas Tribune", "the-city.example"
    → "The City", "bpb.de" → "BPB"): its first label's hyphen-separated parts, each read by ``_words``; each word
    capitalised, a short label without vowels in capitals. Case aside, the name the outlet most likely calls
    itself; used only when neither the page nor the outlet list names it."""
    label = domain.casefold().removeprefix("www.").split(".", 1)[0]
    if len(label) <= _MAX_INITIALS and label.isalpha() and not set(label) & set("aeiouy"):
        return label.upper()
    words = [word for part in label.split("-") if part for word in _words(part)]
    return " ".join(word.capitalize() for word in words) or domain


def _words(part: str) -> list[str]:
    """``part`` as words: "the" and an outlet word (``OUTLET_ENDINGS``) split off its ends, and what stands before
    that outlet word split by ``wordninja`` when each of its words has four letters or more ("insideclimatenews" →
    inside climate news; "tribunnews" → tribun news, not "tri bun"); else ``part`` whole ("bellingcat")."""
    import wordninja  # noqa: PLC0415 (deferred: its word list takes 0.15 s to load, and few pages need it)

    words: list[str] = wordninja.split(part)
    if len(words) > 1 and words[0] == "the" and len(part) > len("the") + _MIN_WORD:
        return ["the", *_words(part[len("the") :])]
    if len(words) < 2 or words[-1] not in OUTLET_ENDINGS:
        return [part]
    stem = part[: -len(words[-1])]
    inner = words[:-1]
    return [*(inner if all(len(word) >= _MIN_INNER_WORD for word in inner) else [stem]), words[-1]]


__all__ = ["OUTLET_ENDINGS", "domain_name"]
