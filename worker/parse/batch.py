"""Parse many in-memory pages in one process, one result per input, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from schemas.article import ArticleRecord
from worker.errors import WireroomError
from worker.parse.record import parse_page


@dataclass(frozen=True)
class PageInput:
    """One page to parse: its bytes, and optionally its URL, HTTP headers and a name for reports (e.g. a path)."""

    data: bytes
    url: str | None = None
    headers: Mapping[str, str] | None = None
    source: str | None = None


@dataclass(frozen=True)
class ParseFailure:
    """A page that produced no record: where it came from, the error's type name and its message."""

    source: str | None
    error_type: str
    message: str

    @classmethod
    def from_error(cls, source: str | None, error: WireroomError) -> ParseFailure:
        """The failure for a typed wireroom error."""
        return cls(source, error.type_name, error.message)


def parse_many(items: Iterable[PageInput | ParseFailure]) -> Iterator[ArticleRecord | ParseFailure]:
    """Parse each page lazily, yielding its record or a ``ParseFailure``; the batch never stops on a bad page.

    Parameters:
        items: pages to parse. A ``ParseFailure`` met upstream (say, a file that could not be read) is passed
            through in its place, so the results stay one-for-one with the inputs, in order.

    Returns:
        An iterator of ``ArticleRecord`` or ``ParseFailure``, one per item.

    Raises:
        Nothing for a bad page: each ``WireroomError`` of ``parse_article`` becomes a ``ParseFailure``.
    """
    for item in items:
        if isinstance(item, ParseFailure):
            yield item
            continue
        try:
            yield parse_page(item.data, item.url, item.headers)
        except WireroomError as error:
            yield ParseFailure.from_error(item.source, error)


__all__ = ["PageInput", "ParseFailure", "parse_many"]
