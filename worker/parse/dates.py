"""Publication and modification dates: JSON-LD, ``<meta>``, microdata, ``<time>``, URL and visible date text."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from bs4 import Tag
from dateutil import parser as dateutil_parser

from worker.lexicon.phrase_pattern import CaselessPattern
from worker.lexicon.text import MONTH_NAMES, MONTHS, clean_text
from worker.parse import schema_org
from worker.parse.landmarks import Landmarks, find_landmarks

if TYPE_CHECKING:
    from worker.parse.document import Document

PublicationTime = datetime | date

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "datecreated",
    "og:published_time",
    "release_date",
)
_WEAK_META = ("date",)
"""Generic keys that some systems fill with the day the page was generated: a bare date there (no time of day)
is read only after the visible date text."""
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "modified_time",
    "lastmod",
)
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
)
_URL_DAY_FIRST = re.compile(r"/(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?:[/?#._-]|$)")
"""A day-first date as a whole path segment or its start ("/meldungen/29-10-2021")."""
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?({MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = CaselessPattern(rf"\b({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
"""``re.IGNORECASE`` matched on the lower case (``CaselessPattern``: its month group is lower-cased, as
``date_in_text`` reads it anyway): a case-insensitive search tries and folds every month name at each word, and
``date_in_text`` searches whole page texts (its 1,905 calls over the corpus: 74 -> 35 ms for this search)."""
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_SHORT_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
"""A two-digit year ("23.09.22"), read only in elements classed as dates, as 20yy."""
_NUMERIC_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CJK_YMD = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
"""A Chinese, Japanese or Korean date ("2019年02月22日", "2020년 7월 9일")."""
_NUMERIC_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_TZ_NAMES = {
    name: int(hours * 3600)
    for name, hours in (
        ("UTC", 0),
        ("GMT", 0),
        ("Z", 0),
        ("WET", 0),
        ("BST", 1),
        ("WEST", 1),
        ("CET", 1),
        ("MEZ", 1),
        ("CEST", 2),
        ("MESZ", 2),
        ("EET", 2),
        ("EEST", 3),
        ("MSK", 3),
        ("IST", 5.5),
        ("SGT", 8),
        ("HKT", 8),
        ("JST", 9),
        ("KST", 9),
        ("AEST", 10),
        ("AEDT", 11),
        ("EST", -5),
        ("EDT", -4),
        ("CST", -6),
        ("CDT", -5),
        ("MST", -7),
        ("MDT", -6),
        ("PST", -8),
        ("PDT", -7),
    )
}
_FIRST_YEAR = 1990
_MAX_DATE_TEXT = 200
_MAX_REGION_TEXT = 500
_LABELLED_WINDOW = 40
_DATE_LABEL = re.compile(
    r"\b(?:datum|date|published|posted|veröffentlicht|erschienen|publiziert|publié|publicado|pubblicato|fecha)"
    r"(?:\s+(?:am|on|le|el|il|de publicación))?\s*:?\s*",
    re.IGNORECASE,
)
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
_SAME_INSTANT = timedelta(seconds=60)
_DECLARED_SOURCES = 3  # JSON-LD datePublished, published <meta>, microdata datePublished: the first machine sources
_MAX_OFFSET = timedelta(hours=14)
_OFFSET_STEP = timedelta(minutes=15)


@dataclass(frozen=True)
class Dates:
    """When the article was first published and last modified, where the page says."""

    published: PublicationTime | None = None
    modified: PublicationTime | None = None
    guessed: bool = False
    """True when ``published`` is only the first date written anywhere in the page's text (a last resort)."""


def _plausible(value: PublicationTime) -> PublicationTime | None:
    day = value.date() if isinstance(value, datetime) else value
    latest = datetime.now(UTC).date() + timedelta(days=2)
    return value if day.year >= _FIRST_YEAR and day <= latest else None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        found = _plausible(date(year, month, day))
        return found if isinstance(found, date) and not isinstance(found, datetime) else None
    except ValueError:
        return None


def parse_date(value: str | None) -> PublicationTime | None:
    """Parse one machine-readable date string: an aware ``datetime`` if it carries an offset, else a ``date``.

    ISO 8601 takes a fast path; other forms (RFC 2822, "April 5, 2019") go through python-dateutil. A value lacking
    a year, month or day gives None, as does anything unparseable or implausible. Never raises.
    """
    text = (value or "").strip()
    if not text or len(text) > 100:
        return None
    parsed: datetime | None = None
    match = _ISO.match(text)
    if match:
        try:
            parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
        except ValueError:
            return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    elif (cjk := _CJK_YMD.match(text)) is not None:
        return _make_date(int(cjk.group(1)), int(cjk.group(2)), int(cjk.group(3)))
    elif (day_first := _NUMERIC_DMY.match(text)) is not None:  # "10.12.2022, 07:00": dotted means day-first
        return _make_date(int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1)))
    else:
        parsed = _parse_with_dateutil(text)
    if parsed is None:
        return None
    if parsed.tzinfo is not None and parsed.utcoffset() is not None:
        return _plausible(parsed)
    return _plausible(parsed.date())


def _parse_with_dateutil(text: str) -> datetime | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            first, second = (dateutil_parser.parse(text, default=default, tzinfos=_TZ_NAMES) for default in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():  # a field fell back on the default: not a full date
        return None
    return first


def date_in_text(text: str, month_first: bool = False) -> date | None:
    """The first full calendar date written in ``text`` ("5 March 2014", "5. März 2014", "March 5, 2014",
    "05.03.2014", "2014-03-05", "2014年3月5日", "3/5/2014" read month-first when ``month_first``), or None."""
    found: list[tuple[int, date]] = []
    for pattern, order in (
        (_DAY_MONTH_YEAR, "dmy"),
        (_MONTH_DAY_YEAR, "mdy"),
        (_NUMERIC_DMY, "dmy"),
        (_NUMERIC_ISO, "ymd"),
        (_CJK_YMD, "ymd"),
        (_NUMERIC_SLASH, "mdy" if month_first else "dmy"),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = MONTHS.get(parts["m"].lower().rstrip("."), 0) if not parts["m"].isdigit() else int(parts["m"])
        value = _make_date(int(parts["y"]), month, int(parts["d"]))
        if value is not None:
            found.append((match.start(), value))
    return min(found, key=lambda item: item[0])[1] if found else None


def _from_json_ld(doc: Document, *keys: str) -> PublicationTime | None:
    for pool in (schema_org.articles(doc.json_ld), doc.json_ld):
        for obj in pool:
            for key in keys:
                value = obj.get(key)
                parsed = parse_date(value) if isinstance(value, str) else None
                if parsed is not None:
                    return parsed
    return None


def _from_meta(doc: Document, keys: tuple[str, ...], *, bare_weak: bool = False) -> PublicationTime | None:
    for key in keys:
        for value in doc.meta.get(key, ()):
            parsed = parse_date(value)
            if bare_weak and key in _WEAK_META and not isinstance(parsed, datetime) and len(value.strip()) <= 10:
                continue  # a bare generic date: see _WEAK_META
            if parsed is not None:
                return parsed
    return None


def _attribute_date(tag: Tag) -> PublicationTime | None:
    for attribute in ("datetime", "content", "title"):
        value = tag.get(attribute)
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return None


def _from_markup(marks: Landmarks, itemprop: str) -> PublicationTime | None:
    tag = marks.itemprop(itemprop)
    if tag is None:
        return None
    return _attribute_date(tag) or date_in_text(tag.get_text(" ", strip=True)[:_MAX_DATE_TEXT])


def _from_time_elements(marks: Landmarks) -> PublicationTime | None:
    times = marks.times
    ranked = sorted(
        times, key=lambda tag: 0 if tag.has_attr("pubdate") or _PUBLISHED_CLASS.search(_classes(tag)) else 1
    )
    for tag in ranked:
        if _UPDATED_CLASS.search(_classes(tag)):
            continue
        shown = date_in_text(tag.get_text(" ", strip=True))
        machine = tag.get("datetime")
        if shown is not None and not (isinstance(machine, str) and _ISO.match(machine)):
            return shown  # a non-ISO datetime attribute is ambiguous ("01-11-2023"); the visible date is not
        parsed = _attribute_date(tag) or shown
        if parsed is not None:
            return parsed
    return None


_PUBLISHED_CLASS = re.compile(r"publish|posted|created|entry-date|pubdate", re.I)
_UPDATED_CLASS = re.compile(r"updated|modified", re.I)


def _classes(tag: Tag) -> str:
    return str(tag.get("class") or "")


def _from_url(url: str | None) -> date | None:
    match = _URL_DATE.search(url or "")
    if match is None:
        day_first = _URL_DAY_FIRST.search(url or "")
        if day_first is None:
            return None
        return _make_date(int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1)))
    groups = [group for group in match.groups() if group]
    return _make_date(int(groups[0]), int(groups[1]), int(groups[2]))


def _from_visible_text(doc: Document, marks: Landmarks) -> date | None:
    found = _visible_dates(doc, marks)
    return found[0] if found else None


def _from_headline_region(doc: Document, marks: Landmarks) -> date | None:
    """A date written next to the ``<h1>``: in its parent or grandparent, if their text is short."""
    if not marks.h1:
        return None
    heading = marks.h1[0]
    month_first = (doc.html_lang or "").lower().replace("_", "-") in ("en-us", "en")
    region: Tag | None = heading.parent
    for _ in range(3):
        if region is None or region.name in ("body", "html", "[document]"):
            return None
        text = region.get_text(" ", strip=True)
        if len(text) > _MAX_REGION_TEXT:
            return date_in_text(text[:_MAX_REGION_TEXT], month_first)
        found = date_in_text(text, month_first)
        if found is not None:
            return found
        region = region.parent
    return None


def _labelled_date(text: str, month_first: bool) -> date | None:
    """A date the page labels as the publication date ("Datum: 18.10.2021", "Published on May 3, 2021")."""
    for match in _DATE_LABEL.finditer(text):
        found = date_in_text(text[match.end() : match.end() + _LABELLED_WINDOW], month_first)
        if found is not None:
            return found
    return None


def _from_page_text(doc: Document) -> tuple[date | None, bool]:
    """The last resort, reading the whole text once: a labelled date, else the first date written (a guess)."""
    text = " ".join(doc.soup.get_text(" ").split())
    month_first = (doc.html_lang or "").lower().replace("_", "-") in ("en-us", "en")
    labelled = _labelled_date(text, month_first)
    if labelled is not None:
        return labelled, False
    first = date_in_text(text, month_first)
    if first is None:  # no date in the text at all: one in the page's description ("Notizia del 14 Gennaio 2020")
        description = " ".join(value for key in ("description", "og:description") for value in doc.meta.get(key, ()))
        first = date_in_text(description[:_MAX_DATE_TEXT], month_first)
    return first, first is not None


def _is_utc(value: PublicationTime | None) -> bool:
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


def _local_instant(utc: datetime, raw: str) -> datetime | None:
    """``utc`` in the page's own time zone, if ``raw`` writes the same instant with an offset or as naive local
    time (same minutes and seconds, a whole quarter-hour offset of at most 14 hours)."""
    match = _ISO.match(raw)
    if match is None:
        return None
    try:
        written = datetime.fromisoformat(raw.strip().replace(" ", "T", 1) if "T" not in raw else raw.strip())
    except ValueError:
        return None
    offset = written.utcoffset()
    if offset is not None:
        return written if offset and abs(written - utc) <= _SAME_INSTANT else None
    delta = written - utc.replace(tzinfo=None)
    if not delta or abs(delta) > _MAX_OFFSET or delta % _OFFSET_STEP:
        return None
    return utc.astimezone(timezone(delta))


def _local_reading(utc: datetime, doc: Document, url: str | None, marks: Landmarks) -> PublicationTime | None:
    """The local calendar reading of a UTC publication time, from the same page.

    A UTC timestamp's date can be a day off the publisher's own ("2021-11-04T23:00Z" for a page dated 5 November
    in Berlin). Preferred: the same instant written elsewhere with a non-UTC offset or as naive local time (a
    ``<time datetime>``, another ``<meta>``), giving the aware local ``datetime``. Else, unless the URL or a
    visible date shows the UTC date itself, the first of those that is the UTC date plus or minus one day, given
    as a ``date`` alone (the offset is unknown).
    """
    raws: list[str] = [value for key in _PUBLISHED_META for value in doc.meta.get(key, ())]
    for tag in [*marks.itemprops.get("datepublished", ()), *marks.times]:
        for attribute in ("datetime", "content"):
            value = tag.get(attribute)
            if isinstance(value, str):
                raws.append(value)
    for raw in raws:
        local = _local_instant(utc, raw)
        if local is not None:
            return local
    day = utc.date()
    shown = [_from_url(url or doc.url), *_visible_dates(doc, marks)]
    if day in shown:
        return None  # the page itself shows the UTC date (a "today" widget may show another)
    return next((found for found in shown if found is not None and abs(found - day) <= timedelta(days=1)), None)


def _visible_dates(doc: Document, marks: Landmarks) -> list[date]:
    """The first date written in each date-classed element, in page order."""
    month_first = (doc.html_lang or "").lower().replace("_", "-") in ("en-us", "en")
    found: list[date] = []
    for tag in marks.date_marks:
        if _UPDATED_CLASS.search(_classes(tag)):
            continue
        text = clean_text(tag.get_text(" ", strip=True))
        if not text or len(text) > _MAX_DATE_TEXT:
            continue
        value = date_in_text(text, month_first) or _short_year_date(text)
        if value is not None:
            found.append(value)
    return found


def _short_year_date(text: str) -> date | None:
    match = _SHORT_DMY.search(text)
    if match is None:
        return None
    return _make_date(2000 + int(match.group(3)), int(match.group(2)), int(match.group(1)))


def _day(value: PublicationTime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _shown_machine_date(
    first: PublicationTime,
    machine: list[PublicationTime | None],
    doc: Document,
    marks: Landmarks,
    modified: PublicationTime | None,
) -> PublicationTime:
    """When the machine-readable sources disagree, the one whose date the page shows (next to the headline, else
    in a date-classed element); ``first`` when they agree or none is shown, or when the shown date is the
    declared modification date and no source declared as the publication date gives it (an "Updated ..." line
    does not override the publication date)."""
    days = {_day(value) for value in machine if value is not None}
    if len(days) < 2:
        return first
    shown = _from_headline_region(doc, marks) or _from_visible_text(doc, marks)
    if shown is None or shown == _day(first):
        return first
    declared = [value for value in machine[:_DECLARED_SOURCES] if value is not None and _day(value) == shown]
    if modified is not None and shown == _day(modified) and not declared:
        return first
    return next((value for value in machine if value is not None and _day(value) == shown), first)


def extract_dates(doc: Document, url: str | None = None, marks: Landmarks | None = None) -> Dates:
    """Published and modified dates of ``doc``, each an aware ``datetime`` when the page gives an offset, else a
    ``date``. Sources in order: JSON-LD, ``<meta>``, microdata, ``<time>``, a date in the URL (when these disagree,
    the one whose date the page shows next to the headline wins), visible date text
    near the byline or headline, a labelled date anywhere, and as a guess (``guessed``) the first date in the text.
    Never raises on odd markup.
    """
    marks = marks if marks is not None else find_landmarks(doc.soup)
    machine = [
        _from_json_ld(doc, "datePublished"),
        _from_meta(doc, _PUBLISHED_META, bare_weak=True),
        _from_markup(marks, "datepublished"),
        _from_json_ld(doc, "dateCreated", "uploadDate"),
        _from_time_elements(marks),
        _from_url(url or doc.url),
    ]
    modified = (
        _from_json_ld(doc, "dateModified") or _from_meta(doc, _MODIFIED_META) or _from_markup(marks, "datemodified")
    )
    published = next((value for value in machine if value is not None), None)
    if published is not None:
        published = _shown_machine_date(published, machine, doc, marks, modified)
    else:
        published = _from_visible_text(doc, marks) or _from_meta(doc, _WEAK_META) or _from_headline_region(doc, marks)
    if isinstance(published, datetime) and _is_utc(published):
        published = _local_reading(published, doc, url, marks) or published
    guessed = False
    if published is None:
        published, guessed = _from_page_text(doc)
    return Dates(published, modified, guessed)


__all__ = ["Dates", "PublicationTime", "date_in_text", "extract_dates", "parse_date"]
