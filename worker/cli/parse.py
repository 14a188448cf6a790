"""``wireroom parse``: parse saved HTML files into article records (PLACEHOLDER, replaced by the parser work)."""

from __future__ import annotations

import click


@click.command("parse")
@click.option("--url", default=None, help="The page's URL (for resolving links).")
@click.option("--jsonl", is_flag=True, help="One JSON line per file.")
@click.argument("files", nargs=-1, required=True)
def parse_command(url: str | None, jsonl: bool, files: tuple[str, ...]) -> None:
    """Parse FILE... (``-`` for stdin, ``.gz`` transparently) and print one record each as JSON."""
    from worker.parse import parse_article

    for name in files:
        with open(name, "rb") as handle:
            click.echo(parse_article(handle.read(), url=url).model_dump_json())
