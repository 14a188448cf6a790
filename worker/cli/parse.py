"""``wireroom parse``: parse saved HTML files into article records, printed as JSON in input order."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Callable, Iterator

import click
from pydantic import ValidationError

from schemas.article import ArticleRecord
from worker.entities import EntityModelUnavailable
from worker.errors import WireroomError
from worker.parse import PageInput, ParseFailure, parse_many
from worker.pipeline import default_enricher
from worker.settings import Settings

Enrich = Callable[[ArticleRecord], ArticleRecord]
"""A step applied to each parsed record (e.g. ``EntityTagger(...).annotate``); raises only ``WireroomError``."""


def build_enrichment() -> Enrich | None:
    """The post-parse step of ``wireroom parse``: entity tagging (model loaded once), or None when NER is off.

    Raises:
        click.ClickException: the configuration (``WIREROOM_*``) is invalid or the entity model is missing.
    """
    try:
        return default_enricher(Settings())
    except (ValidationError, EntityModelUnavailable) as exc:
        raise click.ClickException(f"bad configuration: {exc}") from exc


def read_page(name: str, url: str | None) -> PageInput | ParseFailure:
    """Read one input (``-`` is stdin; a ``.gz`` name is decompressed), or describe why it could not be read."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        elif name.endswith(".gz"):
            with gzip.open(name, "rb") as handle:
                data = handle.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except (OSError, EOFError, zlib.error) as exc:
        return ParseFailure(name, type(exc).__name__, str(exc) or type(exc).__name__)
    return PageInput(data=data, url=url, source=name)


def _results(files: tuple[str, ...], url: str | None, enrich: Enrich | None) -> Iterator[ArticleRecord | ParseFailure]:
    for name, parsed in zip(files, parse_many(read_page(name, url) for name in files), strict=True):
        if isinstance(parsed, ParseFailure) or enrich is None:
            yield parsed
            continue
        try:
            yield enrich(parsed)
        except WireroomError as error:
            yield ParseFailure.from_error(name, error)


def error_line(failure: ParseFailure) -> str:
    """The one-line JSON printed in place of a file that produced no record."""
    payload = {"file": failure.source, "error": {"type": failure.error_type, "message": failure.message}}
    return json.dumps(payload, ensure_ascii=False)


@click.command("parse")
@click.option("--url", default=None, help="The page's URL (resolves relative links); applies to every FILE.")
@click.option("--jsonl", is_flag=True, help="One JSON line per file instead of pretty-printed JSON.")
@click.option("--no-entities", is_flag=True, help="Skip entity tagging (no model is loaded); entities stay empty.")
@click.argument("files", nargs=-1, required=True)
def parse_command(url: str | None, jsonl: bool, no_entities: bool, files: tuple[str, ...]) -> None:
    """Parse FILE... (``-`` for stdin, ``.gz`` transparently) and print one record each as JSON, in order.

    A file that fails prints one line {"file": ..., "error": {"type": ..., "message": ...}} in its place and the
    batch goes on; the exit status is 1 if any file failed.
    """
    failed = False
    for result in _results(files, url, None if no_entities else build_enrichment()):
        if isinstance(result, ParseFailure):
            failed = True
            click.echo(error_line(result))
        else:
            click.echo(result.model_dump_json(indent=None if jsonl else 2))
    if failed:
        raise SystemExit(1)


__all__ = ["Enrich", "build_enrichment", "error_line", "parse_command", "read_page"]
