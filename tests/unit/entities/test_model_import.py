"""spaCy is imported without its CLI's commands or ``spacy.cli.info`` (and so without weasel and httpx), and a later
``import spacy.cli`` or ``spacy.info`` still gets the real thing."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
from worker.entities.model import _import_spacy
spacy = _import_spacy()
skipped = not {"spacy.cli.init_config", "spacy.cli.info", "weasel", "httpx"} & set(sys.modules)
import spacy.cli
print(skipped, hasattr(spacy.cli, "download"), spacy.blank("en")("Jack Ma").text)
print("spacy_version" in spacy.info(), "spacy.cli.info" in sys.modules)
"""


def test_spacy_is_imported_without_its_cli_commands_and_the_cli_stays_importable() -> None:
    # Given a fresh interpreter (the import is once per process)
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=120)
    # Then the CLI's commands were not imported with spaCy, the real CLI imports afterwards, spaCy works, and
    # spacy.info() runs the real command
    assert done.stdout.split() == ["True", "True", "Jack", "Ma", "True", "True"]
