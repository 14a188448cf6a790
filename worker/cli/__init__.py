"""The ``wireroom`` command line: one module per command, imported only when that command runs.

``wireroom --help`` and ``wireroom health`` stay cheap (no Celery, parser or model imports): the group knows each
command's module and one-line help, and imports the module on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

import click
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from worker import __version__
from worker.cli.collector import long_lived

# name → (module, attribute, one-line help shown by ``wireroom --help``)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "api": ("worker.cli.api", "api_command", "Serve the HTTP API: POST /v1/jobs, job status, health and metrics."),
    "consume": ("worker.cli.consume", "consume_command", "Print events of the stream, one JSON line each."),
    "enqueue": ("worker.cli.enqueue", "enqueue_command", "Queue URL... (or --file) for the workers."),
    "health": ("worker.cli.health", "health_command", "Check that a worker's heartbeat file is fresh."),
    "ingest": ("worker.cli.ingest", "ingest_command", "Fetch and parse URL... now, in this process (no Redis)."),
    "parse": ("worker.cli.parse", "parse_command", "Parse saved pages (FILE...) into records."),
    "status": ("worker.cli.status", "status_command", "Show the queue, the events stream and the workers."),
    "worker": ("worker.cli.worker", "worker_command", "Start a worker consuming the wireroom queue."),
}


def _setting_problem(error: ErrorDetails) -> str:
    """``WIREROOM_NAME: message`` for one validation error of ``Settings``."""
    name = "_".join(str(part) for part in error["loc"][:1]).upper()
    return f"WIREROOM_{name}: {error['msg']}" if name else str(error["msg"])


class LazyGroup(click.Group):
    """A click group whose commands are imported when they are looked up to run, not when listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, attribute, _ = entry
        with long_lived():  # the command's modules stay loaded until the process ends
            command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a bad ``WIREROOM_*`` setting ends it with one clear line (exit 2), not a traceback."""
        try:
            return super().invoke(ctx)
        except ValidationError as exc:
            if exc.title != "Settings":
                raise
            problems = "; ".join(_setting_problem(error) for error in exc.errors(include_url=False))
            raise click.UsageError(f"invalid setting: {problems}", ctx) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_text) for name, (_, _, help_text) in sorted(COMMANDS.items())])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wireroom")
def main() -> None:
    """wireroom: fetch news articles, parse them into validated records, publish one event each."""


__all__ = ["COMMANDS", "main"]
