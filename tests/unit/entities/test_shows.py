"""A show named after its host tags the host (``shows.show_hosts``); the host inside a title is no title."""

from __future__ import annotations

import hashlib

from schemas.article import ArticleRecord
from worker.entities.filters import reader_tags
from worker.entities.merge import MergedEntity
from worker.entities.shows import show_hosts

GIVEN = frozenset({"dana", "alan", "morgan", "stanley"})


def test_a_show_named_after_its_host_becomes_the_host() -> None:
    ents = [
        ("The Dana Voss Show", "WORK_OF_ART", 10),
        ("The Alan Brook Interview", "PERSON", 40),
        ("Alan Brook's Podcast", "ORG", 70),
    ]
    assert show_hosts(ents, GIVEN) == [
        ("Dana Voss", "PERSON", 14),
        ("Alan Brook", "PERSON", 44),
        ("Alan Brook", "PERSON", 70),
    ]


def test_other_spans_stay() -> None:
    ents = [
        ("Dana Voss", "PERSON", 0),  # a name alone
        ("The Grim Kitchen Show", "WORK_OF_ART", 20),  # no given name first
        ("Morgan Stanley Report", "ORG", 50),  # two given names: a firm
        ("Alan Brook Holdings", "ORG", 80),  # no programme's word last
    ]
    assert show_hosts(ents, GIVEN) == ents


def test_a_host_named_inside_a_titled_show_is_no_title() -> None:
    body = "Voss told the podcast The Alan Brook Interview that she was well. Alan Brook agreed with her."
    record = ArticleRecord(
        headline="Voss speaks",
        body=body,
        word_count=len(body.split()),
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        parser_version="test",
    )
    entities = [MergedEntity("Alan Brook", "PERSON", 2, body.index("Alan"), False)]
    assert [e.text for e in reader_tags(entities, record, body, frozenset())] == ["Alan Brook"]
