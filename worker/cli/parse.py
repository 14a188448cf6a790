"""``wireroom parse``: parse saved HTML files into article records, printed as JSON in input order."""

from __future__ import annotations

import gc
import gzip
import json
import sys
import zlib
from collections.abc import Callable

import click

from schemas.article import ArticleRecord
from worker.cli.collector import long_lived, one_page
from worker.cli.parse_jobs import MAX_DEFAULT_JOBS, ProcessesDied, default_jobs, render_all
from worker.errors import WireroomError
from worker.parse import PageInput, ParseFailure, parse_many
from worker.settings import Settings

Enrich = Callable[[ArticleRecord], ArticleRecord]
"""A step applied to each parsed record (e.g. ``EntityTagger(...).annotate``); raises only ``WireroomError``."""


def build_enrichment(settings: Settings | None = None) -> Enrich | None:
    """The post-parse step of ``wireroom parse``: entity tagging (model loaded once), or None when NER is off.

    The tagger's modules (numpy and the gazetteers, ~0.2 s) are imported only when NER is on.

    Raises:
        click.ClickException: the entity model is missing.
    """
    settings = settings or Settings()  # a bad setting: one line from the command group
    if not settings.ner_enabled:
        return None
    from worker.entities import EntityModelUnavailable, load_annotator  # noqa: PLC0415 (deferred: see above)

    try:
        return load_annotator(settings)
    except EntityModelUnavailable as exc:
        raise click.ClickException(f"bad configuration: {exc}") from exc


def read_page(name: str, url: str | None, max_bytes: int) -> PageInput | ParseFailure:
    """Read one input (``-`` is stdin; a ``.gz`` name is decompressed), or describe why it could not be read.

    At most ``max_bytes`` (decompressed) are read, as the fetcher does: a larger input (``/dev/zero``, a gzip
    bomb, a huge sparse file) is a ``TooLarge`` failure, found after reading ``max_bytes + 1`` bytes.
    """
    try:
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        elif name.endswith(".gz"):
            with gzip.open(name, "rb") as handle:
                data = handle.read(max_bytes + 1)
        else:
            with open(name, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error, MemoryError) as exc:
        return ParseFailure(name, type(exc).__name__, str(exc) or type(exc).__name__)
    if len(data) > max_bytes:
        return ParseFailure(name, "TooLarge", f"input over the cap of {max_bytes} bytes (WIREROOM_FETCH_MAX_BYTES)")
    return PageInput(data=data, url=url, source=name)


def parse_file(name: str, url: str | None, enrich: Enrich | None, max_bytes: int) -> ArticleRecord | ParseFailure:
    """One input's record (parsed, then enriched), or the ``ParseFailure`` that stands in its place."""
    page = read_page(name, url, max_bytes)
    parsed = next(parse_many([page]))
    if isinstance(parsed, ParseFailure) or enrich is None:
        return parsed
    try:
        return enrich(parsed)
    except WireroomError as error:
        return ParseFailure.from_error(name, error)


def error_line(failure: ParseFailure) -> str:
    """The one-line JSON printed in place of a file that produced no record."""
    payload = {"file": failure.source, "error": {"type": failure.error_type, "message": failure.message}}
    return json.dumps(payload, ensure_ascii=False)


@click.command("parse")
@click.option("--url", default=None, help="The page's URL (resolves relative links); applies to every FILE.")
@click.option("--jsonl", is_flag=True, help="One JSON line per file instead of pretty-printed JSON.")
@click.option(
    "--entities/--no-entities",
    default=None,
    help="Tag named entities [default: WIREROOM_NER_ENABLED, on]; --no-entities skips loading the model.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help=f"Processes parsing at once [default: WIREROOM_PARSE_JOBS; 0, one per CPU, at most {MAX_DEFAULT_JOBS}]; "
    "output stays in order.",
)
@click.argument("files", nargs=-1, required=True)
def parse_command(
    url: str | None, jsonl: bool, entities: bool | None, jobs: int | None, files: tuple[str, ...]
) -> None:
    """Parse FILE... (``-`` for stdin, ``.gz`` transparently) and print one record each as JSON, in order.

    Each input is read up to ``WIREROOM_FETCH_MAX_BYTES`` (decompressed); a larger one is a ``TooLarge`` failure.
    With several files, ``--jobs`` processes forked after the model is loaded share the work (``parse_jobs``).

    A file that fails prints one line {"file": ..., "error": {"type": ..., "message": ...}} in its place and the
    batch goes on; the exit status is 1 if any file failed.
    """
    failed = False
    settings = Settings()
    if entities is not None:
        settings = settings.model_copy(update={"ner_enabled": entities})
    with long_lived():  # the model stays loaded until the command ends
        enrich = build_enrichment(settings)
    jobs = settings.parse_jobs if jobs is None else jobs
    indent = None if jsonl else 2

    def render(name: str) -> tuple[bool, str]:
        with one_page():  # the collector paused for the page, then one scan frees its soup
            result = parse_file(name, url, enrich, settings.fetch_max_bytes)
            if isinstance(result, ParseFailure):
                return True, error_line(result)
            return False, result.model_dump_json(indent=indent)

    gc.freeze()  # modules and the entity model live as long as the command: the collector need not scan them again
    try:
        for page_failed, line in render_all(files, render, jobs or default_jobs()):
            failed |= page_failed
            click.echo(line)
    except ProcessesDied as died:  # every input still gets its line: the ones with no result fail in place
        failed = True
        for name in died.remaining:
            click.echo(error_line(ParseFailure(name, "WorkerDied", f"the process parsing it died ({died.reason})")))
    finally:
        gc.unfreeze()  # a caller in a longer-lived process (tests) gets its collector back as it was
    if failed:
        raise SystemExit(1)


__all__ = ["Enrich", "build_enrichment", "error_line", "parse_command", "parse_file", "read_page"]
