"""The ``wireroom`` command line: one module per command, gathered into one group here."""

from __future__ import annotations

import click

from worker import __version__
from worker.cli.api import api_command
from worker.cli.consume import consume_command
from worker.cli.enqueue import enqueue_command
from worker.cli.health import health_command
from worker.cli.ingest import ingest_command
from worker.cli.parse import parse_command
from worker.cli.status import status_command
from worker.cli.worker import worker_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wireroom")
def main() -> None:
    """wireroom: fetch news articles, parse them into validated records, publish one event each."""


main.add_command(parse_command)
main.add_command(enqueue_command)
main.add_command(ingest_command)
main.add_command(consume_command)
main.add_command(worker_command)
main.add_command(api_command)
main.add_command(health_command)
main.add_command(status_command)

__all__ = ["main"]
