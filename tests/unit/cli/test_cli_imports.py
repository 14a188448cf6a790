"""The light entry points stay light: ``wireroom --help``, ``wireroom health``, consumers, schemas, producers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from worker.cli import COMMANDS, main

HEAVY = ("celery", "kombu", "spacy", "bs4", "lxml", "fastapi")


def _loaded_after(code: str) -> list[str]:
    """The heavy top-level packages a fresh interpreter has loaded after running ``code``."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    return sorted(loaded.intersection(HEAVY))


@pytest.mark.parametrize(
    "code",
    [
        "import worker.cli",
        "from click.testing import CliRunner\nfrom worker.cli import main\nCliRunner().invoke(main, ['--help'])",
        "from click.testing import CliRunner\nfrom worker.cli import main\n"
        "CliRunner().invoke(main, ['health', '--file', '/nonexistent/heartbeat'])",
        "import worker.stream.consume, worker.stream.publish, worker.stream.events",
        "import schemas.article, schemas.events, schemas.jobs, schemas.export",
        "import worker.store.client, worker.store.keys, worker.store.scripts",
    ],
)
def test_light_entry_points_import_no_heavy_package(code: str) -> None:
    # Given a fresh interpreter, When it runs the light entry point, Then no heavy package is loaded
    assert _loaded_after(code) == []


def test_every_listed_command_resolves_to_its_module() -> None:
    # Given the lazy command table, When each command is looked up, Then it is the click command of that name
    for name in COMMANDS:
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.name == name
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert all(name in result.output for name in COMMANDS)
    assert main.get_command(None, "nope") is None  # type: ignore[arg-type]


def test_the_producer_api_loads_no_parser_or_model() -> None:
    # Given a fresh interpreter, When a producer imports the enqueue API, Then no parser or model stack is loaded
    assert not {"bs4", "lxml", "spacy"} & set(_loaded_after("import worker.broker.enqueue"))
