"""The seed article: the people, organisations and places a reader would tag, merged and labelled right."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.article import ArticleRecord, Entity
from worker.entities import MAX_ENTITIES, EntityTagger
from worker.parse import parse_article


def _by_text(record: ArticleRecord) -> dict[str, Entity]:
    return {e.text: e for e in record.entities}


@pytest.fixture
def tagged(tagger: EntityTagger, seed_record: ArticleRecord) -> ArticleRecord:
    return tagger.annotate(seed_record)


@pytest.mark.parametrize("name", ["Rodrigo Duterte", "Jack Ma", "Carlos Dominguez"])
def test_people_are_person(tagged: ArticleRecord, name: str) -> None:
    assert _by_text(tagged)[name].label == "PERSON"


@pytest.mark.parametrize("name", ["Alibaba Group", "Malaysian Digital Economy Corporation"])
def test_organisations_are_org(tagged: ArticleRecord, name: str) -> None:
    assert _by_text(tagged)[name].label == "ORG"


@pytest.mark.parametrize("name", ["Bloomberg", "Tech Wire Asia"])
def test_cited_outlets_are_attribution_not_entities(tagged: ArticleRecord, name: str) -> None:
    # Bloomberg is cited ("Bloomberg reported"), Tech Wire Asia is the origin publisher: citations/origin hold them
    assert name not in _by_text(tagged)


@pytest.mark.parametrize("name", ["Philippines", "Indonesia", "Malaysia", "China"])
def test_places_are_places(tagged: ArticleRecord, name: str) -> None:
    assert _by_text(tagged)[name].label in ("GPE", "LOC")


def test_ma_is_merged_into_jack_ma(tagged: ArticleRecord, seed_record: ArticleRecord) -> None:
    # Given the headline and body mention "Jack Ma" and, later, plain "Ma"
    text = f"{seed_record.headline}\n{seed_record.body}"
    full = text.count("Jack Ma")
    short = text.replace("Jack Ma", "").count(" Ma ") + text.replace("Jack Ma", "").count(" Ma,")
    assert short > 0
    # Then there is no separate "Ma", and Jack Ma counts every mention
    entities = _by_text(tagged)
    assert "Ma" not in entities
    assert entities["Jack Ma"].count == full + short


def test_alibaba_is_merged_but_the_business_school_is_its_own_org(tagged: ArticleRecord) -> None:
    entities = _by_text(tagged)
    assert "Alibaba" not in entities
    assert entities["Alibaba Group"].count >= 5
    assert entities["Alibaba Business School"].label == "ORG"
    assert not any(e.text.lower().startswith("the ") for e in tagged.entities)


def test_no_dates_numbers_or_shouted_words(tagged: ArticleRecord) -> None:
    texts = {e.text for e in tagged.entities}
    assert not texts & {"November", "December", "2008", "1,000", "first", "PHILIPPINE", "SME"}


def test_offsets_salience_and_order(tagged: ArticleRecord, seed_record: ArticleRecord) -> None:
    entities = tagged.entities
    assert 0 < len(entities) <= MAX_ENTITIES
    for entity in entities:
        if entity.first_offset is not None:
            assert seed_record.body[entity.first_offset :].startswith(entity.text)
    saliences = [e.salience for e in entities]
    assert saliences == sorted(saliences, reverse=True)
    # The headline's people and places lead the list
    assert {e.text for e in entities[:2]} == {"Jack Ma", "Philippines"}


def test_annotate_leaves_the_input_record_alone(tagger: EntityTagger, seed_record: ArticleRecord) -> None:
    tagged = tagger.annotate(seed_record)
    assert seed_record.entities == []
    assert tagged.model_dump(exclude={"entities", "notes"}) == seed_record.model_dump(exclude={"entities", "notes"})
    assert ArticleRecord.model_validate(tagged.model_dump()) == tagged


SEED_PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "seed_asian_correspondent.html"


@pytest.mark.skipif(not SEED_PAGE.exists(), reason="the parser's seed page fixture is not there yet")
def test_seed_page_through_the_parser(tagger: EntityTagger) -> None:
    # Given the seed article's saved page, parsed as the product parses it
    record = parse_article(SEED_PAGE.read_bytes(), url="https://asiancorrespondent.com/2017/02/philippines-jack-ma/")
    # When it is tagged
    entities = _by_text(tagger.annotate(record))
    # Then the same people, organisations and places come out, "Ma" folded into Jack Ma
    assert {entities[n].label for n in ("Rodrigo Duterte", "Jack Ma", "Carlos Dominguez")} == {"PERSON"}
    assert {entities[n].label for n in ("Alibaba Group", "Malaysian Digital Economy Corporation")} == {"ORG"}
    assert "Tokopedia" not in entities  # once, in a list near the end: below the salience floor
    assert not {"Bloomberg", "Tech Wire Asia"} & set(entities)  # cited outlet and origin publisher: attribution
    assert {entities[n].label for n in ("Philippines", "Indonesia", "Malaysia", "China")} <= {"GPE", "LOC"}
    assert "Ma" not in entities
    assert entities["Jack Ma"].count >= 5
