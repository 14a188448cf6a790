"""Drop merged entities a reader would not tag a story with: its authors, its own site, capitalised common words."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from schemas.article import ArticleRecord
from worker.entities.merge import MergedEntity
from worker.entities.names import name_key

_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
_SIGN_OFF = re.compile(
    r"(?:^|\n|[.!?][\"”]?\s+)([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), [^\n.]{0,60}\b(?:News|Radio|TV|Television)\.?\s*$"
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def reader_tags(
    entities: list[MergedEntity], record: ArticleRecord, body: str, places: frozenset[str]
) -> list[MergedEntity]:
    """The entities worth tagging: not a byline author (or a reporter signing off: "Max Lee, KBS News."), not the
    publishing site itself, and not a lone capitalised
    word the body also uses in lower case ("Government", "Coronavirus"), unless it is a known place or the page or
    the outlet list names it."""
    authors = {name_key(name) for name in record.byline}
    signature = _SIGN_OFF.search(body)
    if signature is not None:
        authors.add(name_key(signature.group(1)))
    site = _site_keys(record)
    common = set(_LOWER_WORD.findall(body))
    kept = []
    for entity in entities:
        key = name_key(entity.text)
        if key in authors or _is_site(key, entity, site):
            continue
        if " " not in key and key in common and key not in places and not entity.signalled:
            continue
        kept.append(entity)
    return kept


def _is_site(key: str, entity: MergedEntity, site: set[str]) -> bool:
    """The site itself: its name or domain label, or (for an organisation) that name and more ("KBS World Radio")."""
    joined = key.replace(" ", "")
    return joined in site or (entity.label == "ORG" and any(joined.startswith(s) for s in site))


def _site_keys(record: ArticleRecord) -> set[str]:
    """The publishing site's own name, spaces removed: its ``site_name``, that name's initials if it has three
    words or more ("tpg" of The Points Guy), and its domain's own label ("kbs" of world.kbs.co.kr, "japantimes" of
    japantimes.co.jp)."""
    keys = {name_key(record.site_name).replace(" ", "")} if record.site_name else set()
    words = name_key(record.site_name).split(" ") if record.site_name else []
    if len(words) >= 3:
        keys.add("".join(w[0] for w in words))  # "TPG" of The Points Guy
    for url in (record.canonical_url, record.url):
        labels = (urlsplit(url).hostname or "").split(".")[:-1] if url else []
        while labels and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        if labels and len(labels[-1]) >= 3:
            keys.add(labels[-1])
            keys.add(labels[-1].removeprefix("the"))
    return keys


__all__ = ["reader_tags"]
