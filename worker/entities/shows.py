"""Hosts named inside a show the small model tags whole: "The Oprah Winfrey Show", "The Dan Wootton Interview"."""

from __future__ import annotations

import re
from typing import Final

from worker.entities.mentions import RawEntity

SHOW_HEADS: Final[frozenset[str]] = frozenset(
    {"Show", "Interview", "Podcast", "Hour", "Programme", "Program", "Experience", "Report", "Files"}
)
"""Last words of a programme named after its host ("The Oprah Winfrey Show", "The Joe Rogan Experience")."""
_HOST = re.compile(r"(?:The )?([A-Z][\w-]+ [A-Z][\w-]+)(?:['’]s)? [A-Z]")
"""A given name and a surname opening a span, then more capitalised words."""


def show_hosts(ents: list[RawEntity], given: frozenset[str]) -> list[RawEntity]:
    """Replace a span that ends in a programme's word (``SHOW_HEADS``) and opens with a person's name (a given name
    of ``given``, then a capitalised word that is not one) by a PERSON span of that name: a show is no tag, its host
    is ("The Dan Wootton Interview" → Dan Wootton). A possessive opening any span ("Kirstie Alley's Big Life") was
    tried too and lost on the held-out pages."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        match = _HOST.match(name)
        words = match.group(1).split(" ") if match is not None else []
        if (
            match is not None
            and name.rsplit(" ", 1)[-1] in SHOW_HEADS
            and words[0].casefold() in given
            and words[1].casefold() not in given
        ):
            result.append((match.group(1), "PERSON", start + match.start(1)))
        else:
            result.append((name, label, start))
    return result


__all__ = ["SHOW_HEADS", "show_hosts"]
