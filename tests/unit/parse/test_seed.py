"""The seed story: a Tech Wire Asia piece republished on Asian Correspondent's WordPress site, every field checked."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from schemas.article import ArticleRecord
from worker.parse import parse_article

PAGE = Path(__file__).parents[2] / "fixtures" / "pages" / "seed_asian_correspondent.html"
URL = "https://asiancorrespondent.com/2017/02/philippines-wants-jack-ma-help-improve-governance-tech/"

# The article's paragraphs as the seed gives them (/work/shared/seed/article.txt), minus the headline, the
# "Share this on" remnant, both SEE ALSO lines and the origin line; the dangling sentence is kept as given.
EXPECTED_PARAGRAPHS = [
    "PHILIPPINE President Rodrigo Duterte wants to rope in Alibaba Group founder Jack Ma to help the Southeast Asian "
    "country upgrade its technology in governance and build an inclusive financial system that assists small "
    "businesses.",
    "Philippines Finance Secretary Carlos Dominguez said Ma, during a recent meeting, told government officials the "
    "country had a huge potential to embrace the technology revolution because e-commerce was designed for developing "
    "economies, Bloomberg reported.",
    "In a statement from the Philippine finance department, Dominguez said Duterte was impressed with Ma when they met "
    "in Manila in November. The president also instructed officials to pursue discussions with the leading "
    "technopreneur to find ways in which Alibaba and the government could collaborate.",
    "“I will report to the president that there are many elements here that we could use in the Philippines,” "
    "Dominguez said. He was among a group of officials who took part in a new economy workshop by Alibaba Business "
    "School between Jan 31 and Feb 2.",
    "Dominguez said the training would help the government understand how it could optimise the use of tech and "
    "improve governance, apart from preparing Filipinos for the future under a digital economy.",
    "Topics covered in the workshop included the application of cloud computing and big data platforms – from "
    "improving traffic flow and law enforcement to managing financial risks and heightening cybersecurity measures, "
    "Dominguez said.",
    "He said the close cooperation between the government and Alibaba would help strengthen bilateral ties between "
    "Philippines and China. The Philippines is the latest country in Southeast Asia to seek help from Alibaba and Ma "
    "over transformation to the digital era in both the public and private sectors.",
    "In December, the Alibaba Business School, which was founded in 2008, held programs in Indonesia to improve the "
    "ability of small and medium enterprises (SME) in their understanding of the e-commerce industry.",
    "Around 1,000 SME owners participated in the course, with speakers from Taobao University as well as pioneers of "
    "the domestic digital economy such as Tokopedia, Lazada Indonesia, UCWeb and",
    "In November, Alibaba launched the first Electronic World Trade Platform (eWTP) outside of China in Malaysia, in "
    "an effort to build up their assets in Southeast Asia and exert its influence in the region ahead of domestic "
    "rivals.",
    "The launch marks the latest milestone in a series of ventures and investments the Chinese technology giant has "
    "made over the last year since the announcement of its intention to work with the Malaysian government.",
    "The launch follows closely on from the company’s announced partnership with the Malaysian Digital Economy "
    "Corporation (MDEC), and the launch of Malaysia’s first data centre by the company.",
]

FURNITURE = [
    "SEE ALSO",
    "originally published",
    "Share this on",
    "Facebook",
    "Advertisement",
    "Tags:",
    "Rodrigo Duterte</a>",
    "LICENSE",
    "Most popular",
    "Thailand junta",
    "Great move by the president",
    "Leave a Reply",
    "All rights reserved",
    "Nadia Rahman covers",
    "Newsletter",
    "Pic: AP",
]


@pytest.fixture(scope="module")
def record() -> ArticleRecord:
    # Given the seed page as its publisher's WordPress site serves it, and its URL
    # When it is parsed
    return parse_article(PAGE.read_bytes(), url=URL)


def test_headline_is_exact(record: ArticleRecord) -> None:
    assert record.headline == "Philippines wants Jack Ma to help improve governance with tech"


def test_byline_and_dates(record: ArticleRecord) -> None:
    assert record.byline == ["Nadia Rahman"]
    assert record.published_at == datetime(2017, 2, 6, 10, 30, tzinfo=timezone(timedelta(hours=8)))
    assert record.modified_at == datetime(2017, 2, 6, 12, 5, 41, tzinfo=timezone(timedelta(hours=8)))


def test_body_is_exactly_the_article_text(record: ArticleRecord) -> None:
    # Then the body runs from the first paragraph to the last, one blank line between paragraphs, nothing else
    assert record.body.split("\n\n") == EXPECTED_PARAGRAPHS
    assert record.body.startswith("PHILIPPINE President Rodrigo Duterte")
    assert record.body.endswith("data centre by the company.")


@pytest.mark.parametrize("snippet", FURNITURE)
def test_body_has_no_furniture(record: ArticleRecord, snippet: str) -> None:
    assert snippet not in record.body


def test_see_also_links_are_absolute_with_titles(record: ArticleRecord) -> None:
    assert [(link.title, link.url) for link in record.see_also] == [
        (
            "Jack Ma warns that artificial intelligence is a ‘threat’ to humanity",
            "https://asiancorrespondent.com/2017/01/jack-ma-warns-artificial-intelligence-threat-humanity/",
        ),
        (
            "China-Malaysia partnerships tipped to expand as Jack Ma appointed digital economic adviser",
            "https://asiancorrespondent.com/2017/01/china-malaysia-partnerships-tipped-expand-jack-ma-appointed-digital-"
            "economic-adviser/",
        ),
    ]


def test_origin_is_tech_wire_asia(record: ArticleRecord) -> None:
    assert record.origin is not None
    assert record.origin.publisher == "Tech Wire Asia"
    assert (
        record.origin.url == "https://techwireasia.com/2017/02/philippines-wants-jack-ma-help-improve-governance-tech/"
    )
    assert record.origin.statement == "This article was originally published on our sister website Tech Wire Asia"


def test_bloomberg_is_cited(record: ArticleRecord) -> None:
    assert [(c.source, c.statement) for c in record.citations] == [("Bloomberg", EXPECTED_PARAGRAPHS[1])]


def test_page_metadata(record: ArticleRecord) -> None:
    assert record.url == URL
    assert record.canonical_url == URL
    assert record.site_name == "Asian Correspondent"
    assert record.language == "en"
    assert record.lead_image == "https://asiancorrespondent.com/wp-content/uploads/2017/02/jack-ma-duterte.jpg"
    assert record.description is not None
    assert record.description.startswith("PHILIPPINE President Rodrigo Duterte wants to rope in")
    assert record.tags == ["Alibaba", "Jack Ma", "Philippines"]


def test_counts_and_hash(record: ArticleRecord) -> None:
    expected_body = "\n\n".join(EXPECTED_PARAGRAPHS)
    assert record.word_count == len(expected_body.split())
    assert record.content_hash == hashlib.sha256(expected_body.encode()).hexdigest()
    assert record.entities == []
    assert record.parser_version
