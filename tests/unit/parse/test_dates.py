"""Date parsing and extraction: ISO fast path, offsets kept, date-only values, visible text, URL dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from worker.parse.dates import date_in_text, extract_dates, parse_date
from worker.parse.document import load_document


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-30", date(2019, 4, 30)),
        ("2019-04-30T10:00:00Z", datetime(2019, 4, 30, 10, tzinfo=UTC)),
        ("2019-04-30T10:00:00+02:00", datetime(2019, 4, 30, 10, tzinfo=timezone(timedelta(hours=2)))),
        ("2019-04-30T10:00:00", date(2019, 4, 30)),  # no offset: the date alone
        ("2019-04-30 10:00", date(2019, 4, 30)),
        ("Tue, 30 Apr 2019 10:00:00 +0200", datetime(2019, 4, 30, 10, tzinfo=timezone(timedelta(hours=2)))),
        ("Tue, 30 Apr 2019 10:00:00 CEST", datetime(2019, 4, 30, 10, tzinfo=timezone(timedelta(hours=2)))),
        ("April 30, 2019", date(2019, 4, 30)),
        ("10.12.2022, 07:00:03", date(2022, 12, 10)),  # dotted dates are day-first
    ],
)
def test_parse_date(value: str, expected: date) -> None:
    parsed = parse_date(value)
    assert parsed == expected
    assert type(parsed) is type(expected)


@pytest.mark.parametrize("value", ["", "April 2019", "2019", "not a date", "2019-13-45", "1850-01-01", "3019-01-01"])
def test_incomplete_or_implausible_dates_are_none(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on 5 March 2014 by Ann", date(2014, 3, 5)),
        ("Veröffentlicht am 5. März 2014", date(2014, 3, 5)),
        ("March 5th, 2014 at 10:00", date(2014, 3, 5)),
        ("21 juin 2018", date(2018, 6, 21)),
        ("5 de marzo de 2014", date(2014, 3, 5)),
        ("Stand: 05.03.2014", date(2014, 3, 5)),
        ("Updated 2014-03-05", date(2014, 3, 5)),
        ("no date here", None),
    ],
)
def test_date_in_text(text: str, expected: date | None) -> None:
    assert date_in_text(text) == expected


def test_slashed_dates_follow_the_page_convention() -> None:
    assert date_in_text("3/5/2014", month_first=True) == date(2014, 3, 5)
    assert date_in_text("3/5/2014") == date(2014, 5, 3)


def _dates(html: str, url: str = "https://news.example.com/story") -> tuple[object, object]:
    found = extract_dates(load_document(html.encode(), url))
    return found.published, found.modified


def test_json_ld_beats_meta_and_modified_is_separate() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2020-01-02T00:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-01T08:00:00+01:00", '
        '"dateModified": "2020-01-03"}</script></head><body><p>x</p></body></html>'
    )
    assert _dates(html) == (datetime(2020, 1, 1, 8, tzinfo=timezone(timedelta(hours=1))), date(2020, 1, 3))


def test_time_element_marked_published_beats_updated() -> None:
    html = (
        '<html><body><time class="updated" datetime="2020-02-02">2 Feb</time>'
        '<time class="entry-date published" datetime="2020-02-01">1 Feb</time><p>x</p></body></html>'
    )
    assert _dates(html)[0] == date(2020, 2, 1)


def test_url_date() -> None:
    assert _dates("<html><body><p>x</p></body></html>", "https://blog.example.org/2016/07/09/title/")[0] == date(
        2016, 7, 9
    )


def test_visible_date_next_to_headline() -> None:
    html = "<html><body><div><h1>Title</h1><p>Am 5. März 2019 veröffentlicht</p></div><p>Body.</p></body></html>"
    assert _dates(html)[0] == date(2019, 3, 5)


def test_no_date_at_all() -> None:
    assert _dates("<html><body><h1>T</h1><p>Body text only.</p></body></html>") == (None, None)


def test_labelled_date_anywhere_in_the_text() -> None:
    html = "<html><body><p>Body text.</p><div><span>Datum:</span> <b>18.10.2021</b></div></body></html>"
    assert _dates(html)[0] == date(2021, 10, 18)


def test_visible_date_beats_an_ambiguous_time_attribute() -> None:
    html = '<html><body><time datetime="01-11-2023 10:29">1. November 2023 10:29</time><p>x</p></body></html>'
    assert _dates(html)[0] == date(2023, 11, 1)


_UTC_META = '<meta property="article:published_time" content="{}">'


def test_utc_time_takes_the_offset_of_the_same_instant_written_elsewhere() -> None:
    html = (
        f"<html><head>{_UTC_META.format('2022-05-04T03:37:37+00:00')}</head><body>"
        '<time class="entry-date" datetime="2022-05-03T23:37:37-04:00">3 May</time><p>x</p></body></html>'
    )
    assert _dates(html)[0] == datetime(2022, 5, 3, 23, 37, 37, tzinfo=timezone(timedelta(hours=-4)))


def test_utc_time_takes_the_offset_of_naive_local_time_of_the_same_instant() -> None:
    html = (
        f"<html><head>{_UTC_META.format('2023-11-09T05:30:59+00:00')}</head><body>"
        '<time datetime="2023-11-08 23:30:59">November 8, 2023</time><p>x</p></body></html>'
    )
    assert _dates(html)[0] == datetime(2023, 11, 8, 23, 30, 59, tzinfo=timezone(timedelta(hours=-6)))


def test_naive_time_of_another_instant_is_not_an_offset() -> None:
    html = (
        f"<html><head>{_UTC_META.format('2023-11-09T05:30:59+00:00')}</head><body>"
        '<time datetime="2023-11-08 23:10:00">November 8, 2023</time><p>x</p></body></html>'
    )
    assert _dates(html)[0] == datetime(2023, 11, 9, 5, 30, 59, tzinfo=UTC)


def test_utc_midnight_of_a_local_date_gives_the_visible_local_date() -> None:
    html = (
        f"<html><head>{_UTC_META.format('2021-11-04T23:00Z')}</head><body><h1>T</h1>"
        '<span class="metadata-date">5. November 2021</span><p>x</p></body></html>'
    )
    assert _dates(html)[0] == date(2021, 11, 5)


def test_utc_date_shown_on_the_page_is_kept_despite_a_today_widget() -> None:
    html = (
        f"<html><head>{_UTC_META.format('2022-02-08T18:05:43+00:00')}</head><body>"
        '<div class="header-date">Mittwoch, 9. Februar 2022</div><h1>T</h1>'
        '<span class="post-date">8. Februar 2022</span><p>x</p></body></html>'
    )
    assert _dates(html)[0] == datetime(2022, 2, 8, 18, 5, 43, tzinfo=UTC)


def test_bare_generic_date_meta_yields_to_the_visible_date() -> None:
    html = (
        '<html><head><meta name="date" content="2020-02-12"></head><body><h1>T</h1>'
        '<div class="news-timedata">05.02.2020 - Redaktion</div><p>x</p></body></html>'
    )
    assert _dates(html)[0] == date(2020, 2, 5)


def test_timestamped_generic_date_meta_is_kept() -> None:
    html = (
        '<html><head><meta name="date" content="2017-05-01T17:05:00+0200"></head><body><h1>T</h1>'
        '<span class="today-date">Mittwoch, 26.02.2020</span><p>x</p></body></html>'
    )
    assert _dates(html)[0] == datetime(2017, 5, 1, 17, 5, tzinfo=timezone(timedelta(hours=2)))


def test_bare_generic_date_meta_is_used_when_nothing_else_dates_the_page() -> None:
    html = '<html><head><meta name="date" content="2020-02-12"></head><body><h1>T</h1><p>x</p></body></html>'
    assert _dates(html)[0] == date(2020, 2, 12)


def test_day_first_url_date_segment() -> None:
    page = "<html><body><h1>T</h1><p>x</p></body></html>"
    assert _dates(page, "https://www.example.de/meldungen/29-10-2021")[0] == date(2021, 10, 29)
    assert _dates(page, "https://www.example.de/meldungen/report-2021")[0] is None


def test_two_digit_year_in_a_date_classed_element() -> None:
    html = '<html><body><h1>T</h1><div class="uploaded-date"> 23.09.22 </div><p>Version 1.2.3 out.</p></body></html>'
    assert _dates(html)[0] == date(2022, 9, 23)


def test_two_digit_year_outside_date_elements_is_ignored() -> None:
    assert _dates("<html><body><h1>T</h1><p>Am 23.09.22 kam es.</p></body></html>")[0] is None


def test_description_date_is_the_last_guess() -> None:
    html = (
        '<html><head><meta name="description" content="Orso (Notizia del 14 Gennaio 2020)"></head>'
        "<body><h1>T</h1><p>x</p></body></html>"
    )
    found = extract_dates(load_document(html.encode(), "https://news.example.com/story"))
    assert (found.published, found.guessed) == (date(2020, 1, 14), True)


def test_disagreeing_machine_dates_resolve_to_the_one_the_page_shows() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-11-03T10:25:56+00:00"}</script>'
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00"></head>'
        "<body><div><h1>T</h1><p>Von A B, 6. November 2023</p></div><p>x</p></body></html>"
    )
    assert _dates(html)[0] == datetime(2023, 11, 6, 14, 25, tzinfo=UTC)


def test_a_single_machine_date_is_not_overridden_by_visible_text() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2023-11-03T10:25:56+01:00"></head>'
        "<body><div><h1>T</h1><p>Heute, 6. November 2023</p></div><p>x</p></body></html>"
    )
    assert _dates(html)[0] == datetime(2023, 11, 3, 10, 25, 56, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年02月22日 14時30分 公開", date(2019, 2, 22)),
        ("投稿日：2021年3月5日", date(2021, 3, 5)),
        ("2020년 7월 9일 오전 10:00", date(2020, 7, 9)),
    ],
)
def test_cjk_dates_in_text(text: str, expected: date) -> None:
    assert date_in_text(text) == expected


def test_cjk_visible_date_is_read() -> None:
    page = """<html><body><article><h1>新しい駅が開業</h1><div class="date">2019年02月22日 14時30分 公開</div>
    <p>新しい駅が金曜日に開業し、多くの人々が訪れました。</p></article></body></html>""".encode()
    assert extract_dates(load_document(page, url="https://news.example.jp/a/1")).published == date(2019, 2, 22)


def test_date_published_beats_a_shown_modified_date() -> None:
    page = b"""<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Bridge reopens",
     "datePublished": "2021-03-01T08:00:00+01:00", "dateModified": "2021-03-09T10:00:00+01:00"}
    </script></head><body><article><h1>Bridge reopens</h1>
    <div class="meta">Updated <time datetime="2021-03-09T10:00:00+01:00">9 March 2021</time></div>
    <p>The bridge reopened on Monday after a year of repairs to its deck and railings.</p></article></body></html>"""
    published = extract_dates(load_document(page, url="https://news.example/bridge")).published
    assert published is not None and published.isoformat()[:10] == "2021-03-01"
