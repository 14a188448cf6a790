"""The article record: one validated, normalized news article (the payload of an ingested event)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, WithJsonSchema


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("not an absolute http(s) URL")
    return value


HttpUrlStr = Annotated[
    str,
    AfterValidator(_check_http_url),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"}),
]
"""An absolute http(s) URL, kept as a plain string exactly as the parser normalized it."""

PublicationTime = AwareDatetime | date
"""A timezone-aware timestamp where the page gives one, else the calendar date alone."""

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"]


def _no_items() -> list[Any]:
    """The list fields' default: a new empty list, as ``list()`` makes.

    Not ``list`` itself: pydantic reads a default factory's signature, and a builtin's is parsed from its text with
    ``tokenize``, whose patterns then compile (~10 ms of each start-up; nothing else in ``wireroom parse`` needs them).
    """
    return []


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SeeAlsoLink(_Frozen):
    """A link the article itself points readers to as further reading ("SEE ALSO: ...", "Related: ...")."""

    url: HttpUrlStr
    title: str = Field(min_length=1)


class Origin(_Frozen):
    """Attribution of a republished piece to the outlet that first published it."""

    publisher: str = Field(min_length=1, description="The original publisher, e.g. 'Tech Wire Asia' or 'Reuters'.")
    url: HttpUrlStr | None = Field(default=None, description="The original's URL (or the publisher's), where linked.")
    statement: str = Field(min_length=1, description="The text on the page that gives the attribution.")


class Citation(_Frozen):
    """An outlet the text cites as the source of a claim ("..., Bloomberg reported.")."""

    source: str = Field(min_length=1)
    statement: str = Field(min_length=1, description="The sentence that cites the source.")


class Entity(_Frozen):
    """A named entity of the article: a person, organisation or place a reader would tag it with."""

    text: str = Field(min_length=1, description="The fullest form of the name in the article.")
    label: EntityLabel
    count: int = Field(ge=1, description="Mentions in headline and body, all forms merged.")
    first_offset: int | None = Field(
        default=None, ge=0, description="Character offset of the first mention in the body, if it occurs there."
    )
    salience: float = Field(default=0.0, ge=0.0, le=1.0, description="Prominence score used for ordering.")


class ArticleRecord(_Frozen):
    """One news article, as extracted from one HTML page. Field names are a public contract."""

    url: HttpUrlStr | None = Field(default=None, description="The page's URL as given, if any.")
    canonical_url: HttpUrlStr | None = None
    site_name: str | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code.")
    lead_image: HttpUrlStr | None = None
    description: str | None = None
    tags: list[str] = Field(default_factory=_no_items)
    headline: str = Field(min_length=1)
    byline: list[str] = Field(
        default_factory=_no_items,
        description=(
            "Person names, in page order; else the page's author credit naming no person "
            "(a newsroom, 'Staff', the publisher)."
        ),
    )
    published_at: PublicationTime | None = None
    modified_at: PublicationTime | None = None
    body: str = Field(min_length=1, description="Main text; paragraphs separated by a blank line.")
    see_also: list[SeeAlsoLink] = Field(default_factory=_no_items)
    origin: Origin | None = None
    citations: list[Citation] = Field(default_factory=_no_items)
    entities: list[Entity] = Field(default_factory=_no_items)
    notes: list[str] = Field(
        default_factory=_no_items, description="Remarks on the extraction, e.g. 'no entity model for language de'."
    )
    word_count: int = Field(ge=0)
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the normalized body.")
    parser_version: str = Field(min_length=1)


__all__ = [
    "ArticleRecord",
    "Citation",
    "Entity",
    "EntityLabel",
    "HttpUrlStr",
    "Origin",
    "PublicationTime",
    "SeeAlsoLink",
]
