"""The fixed development / held-out split of labelled pages, by a hash of each page's registrable domain.

Every benchmark that scores the parser (body, headline, byline, date, see-also, origin, entities) splits its pages
with :func:`part_of`, so a site is on the same side everywhere and a rule written while looking at development
pages is scored on sites it was not written for. The held-out part is not to be looked at page by page.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from worker.lexicon.domains import registrable_domain  # noqa: E402

DEVELOPMENT = "development"
HELD_OUT = "held-out"
PARTS = (DEVELOPMENT, HELD_OUT)
_SALT = b"wireroom-split-1:"


def site_of(url: str) -> str:
    """The page's registrable domain (its site), or its whole URL when it has none."""
    return registrable_domain(url) or url


def part_of(url: str) -> str:
    """``"development"`` or ``"held-out"`` for the page at ``url``: half the sites each, fixed by a hash of the site."""
    digest = hashlib.sha256(_SALT + site_of(url).encode("utf-8")).digest()
    return HELD_OUT if digest[0] & 1 else DEVELOPMENT
