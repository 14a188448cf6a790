"""Hand-made pages in clearly different markup, each parsed and checked field by field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from schemas.article import ArticleRecord
from worker.parse import parse_article

PAGES = Path(__file__).parents[2] / "fixtures" / "pages"


def parse(name: str, url: str | None = None) -> ArticleRecord:
    return parse_article((PAGES / name).read_bytes(), url=url)


def test_json_ld_only_page() -> None:
    # Given a page whose only metadata is a JSON-LD @graph (author by @id reference, an Organization author)
    record = parse("parse_jsonld_only.html")

    # Then every field comes from the graph, the organisation is not a byline name, the title suffix is gone
    assert record.headline == "Harbour tunnel reopens after six-week repair"
    assert record.byline == ["Tom Briggs", "Aisha Khan"]
    assert record.published_at == datetime(2023, 6, 14, 6, 45, tzinfo=UTC)
    assert record.modified_at == datetime(2023, 6, 14, 9, 10, tzinfo=UTC)
    assert record.site_name == "Northern Ledger"
    assert record.language == "en"
    assert record.canonical_url == "https://www.northernledger.co.uk/news/2023/06/14/harbour-tunnel-reopens"
    assert record.lead_image == "https://cdn.northernledger.co.uk/img/tunnel-1200.jpg"
    assert record.tags == ["transport", "tunnels", "Harbour Tunnel"]
    # relative links resolve against the canonical URL when no page URL is given
    assert [(s.url, s.title) for s in record.see_also] == [
        (
            "https://www.northernledger.co.uk/news/2023/05/02/tunnel-flooding-explained",
            "Why the Harbour Tunnel flooded, and what happens next",
        )
    ]
    assert "READ MORE" not in record.body
    assert "Trending" not in record.body
    assert [c.source for c in record.citations] == ["Reuters"]
    assert record.origin is None


def test_microdata_only_page() -> None:
    record = parse("parse_microdata_only.html", "https://valleycourier.example/news/2021/orchards")

    assert record.headline == "Orchard growers expect record apple harvest"
    assert record.byline == ["Greta Lindqvist"]
    assert record.published_at == date(2021, 9, 3)
    assert record.modified_at == datetime(2021, 9, 4, 8, 0, tzinfo=timezone(timedelta(hours=-7)))
    assert record.lead_image == "https://valleycourier.example/media/apples.jpg"
    assert record.body.startswith("Apple growers across the valley")
    assert record.body.endswith("until late October.")
    assert "Valley Courier" not in record.body


def test_page_without_any_metadata() -> None:
    # Given only <title>, an <h1> and visible "By ..." and date lines
    record = parse("parse_no_metadata.html")

    # Then the site suffix is stripped, byline and date come from the visible text, and those lines leave the body
    assert record.headline == "Council approves new cycle lanes"
    assert record.byline == ["Maria Lopez"]
    assert record.published_at == date(2019, 3, 5)
    assert record.body.startswith("The city council voted seven to two")
    assert "By Maria Lopez" not in record.body
    assert "March 5, 2019" not in record.body
    assert "Copyright" not in record.body
    assert record.site_name is None
    assert record.language is None


def test_wire_story_with_ap_dateline() -> None:
    record = parse("parse_wire_ap.html", "https://www.lakesideherald.com/news/national/senate-passes-stopgap-bill/")

    # The agency is the origin, not a byline name; the "By The Associated Press" line leaves the body
    assert record.byline == []
    assert record.origin is not None
    assert record.origin.publisher == "Associated Press"
    assert record.origin.statement == "WASHINGTON (AP) —"
    assert record.body.startswith("WASHINGTON (AP) — The Senate passed")
    assert "By The Associated Press" not in record.body
    assert record.headline == "Senate passes stopgap bill to avert shutdown"
    assert record.published_at == datetime(2023, 9, 30, 21, 14, tzinfo=timezone(timedelta(hours=-4)))


def test_multi_author_byline() -> None:
    record = parse("parse_multi_author.html", "https://tidewaterreview.example/2022/11/ocean-floor")

    assert record.byline == ["Jane Doe", "John Smith", "Ana María Pérez"]
    assert record.headline == "Inside the race to map the ocean floor"
    assert record.published_at == date(2022, 11, 21)
    assert "By Jane Doe" not in record.body


def test_german_page() -> None:
    record = parse("parse_german.html", "https://www.abendpost.example/lokales/2019/03/radwegenetz")

    assert record.language == "de"
    assert record.headline == "Stadtrat beschließt neues Radwegenetz"
    assert record.byline == ["Hans Müller", "Petra Schmidt"]
    assert record.published_at == date(2019, 3, 5)
    assert [(s.url, s.title) for s in record.see_also] == [
        (
            "https://www.abendpost.example/lokales/2019/02/radfahrer-unfallstatistik",
            "Mehr Unfälle mit Radfahrern in der Innenstadt",
        )
    ]
    assert "Lesen Sie auch" not in record.body
    assert "Von Hans Müller" not in record.body
    assert record.body.startswith("Der Stadtrat hat am Dienstagabend")


def test_canonical_on_another_publisher_is_the_origin() -> None:
    # Given an aggregator's copy whose canonical URL points at the original publisher
    record = parse("parse_cross_domain_canonical.html", "https://newshub.example.net/a/8812")

    assert record.origin is not None
    assert record.origin.publisher == "Prairie Observer"
    assert record.origin.url == "https://www.prairieobserver.com/environment/2024/07/08/drought-water-limits/"
    assert "canonical" in record.origin.statement
    assert record.byline == ["Lena Ortiz"]


def test_canonical_on_same_site_is_no_origin() -> None:
    record = parse("parse_cross_domain_canonical.html", "https://m.prairieobserver.com/environment/drought")

    assert record.origin is None


def test_by_reuters_is_origin_and_own_site_note_is_not() -> None:
    # Given an agency as the JSON-LD author, a "By Reuters" line and the site's own "Originally published on" note
    record = parse("parse_by_reuters.html", "https://www.metalsmonitor.online/markets/copper-two-year-high")

    assert record.byline == []
    assert record.origin is not None
    assert record.origin.publisher == "Reuters"
    assert record.origin.statement == "By Reuters"
    assert "By Reuters" not in record.body
    assert record.body.startswith("Copper prices rose")
