"""``wireroom parse``: single file, JSON lines over several files in order, gzip, stdin, failures mid-batch."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from worker.cli import main

PAGES = Path(__file__).parents[2] / "fixtures" / "pages"
SEED = PAGES / "seed_asian_correspondent.html"
GERMAN = PAGES / "parse_german.html"
WIRE = PAGES / "parse_wire_ap.html"
SEED_URL = "https://asiancorrespondent.com/2017/02/philippines-wants-jack-ma-help-improve-governance-tech/"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["parse", *args], input=stdin)
    return result.exit_code, result.stdout.splitlines()


def test_single_file_pretty_json() -> None:
    code, lines = run("--url", SEED_URL, str(SEED))

    assert code == 0
    assert len(lines) > 10  # pretty-printed
    record = json.loads("\n".join(lines))
    assert record["headline"] == "Philippines wants Jack Ma to help improve governance with tech"
    assert record["url"] == SEED_URL
    assert record["origin"]["publisher"] == "Tech Wire Asia"


def test_jsonl_keeps_input_order() -> None:
    code, lines = run("--jsonl", str(WIRE), str(SEED), str(GERMAN))

    assert code == 0
    assert [json.loads(line)["headline"] for line in lines] == [
        "Senate passes stopgap bill to avert shutdown",
        "Philippines wants Jack Ma to help improve governance with tech",
        "Stadtrat beschließt neues Radwegenetz",
    ]


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    packed = tmp_path / "german.html.gz"
    packed.write_bytes(gzip.compress(GERMAN.read_bytes()))

    code, lines = run("--jsonl", str(packed))

    assert code == 0
    assert json.loads(lines[0])["byline"] == ["Hans Müller", "Petra Schmidt"]


def test_stdin_dash() -> None:
    code, lines = run("--jsonl", "-", stdin=WIRE.read_bytes())

    assert code == 0
    assert json.loads(lines[0])["origin"]["publisher"] == "Associated Press"


def test_failures_print_an_error_line_in_place_and_the_batch_goes_on(tmp_path: Path) -> None:
    # Given a good page, a binary file, a missing file, a corrupt .gz and another good page
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    missing = tmp_path / "missing.html"
    corrupt = tmp_path / "broken.html.gz"
    corrupt.write_bytes(b"not gzip at all")

    # When they are parsed as one batch
    code, lines = run("--jsonl", str(SEED), str(binary), str(missing), str(corrupt), str(GERMAN))

    # Then each failure is one error line in its place, the last page is still parsed, and the exit status is 1
    assert code == 1
    assert len(lines) == 5
    parsed = [json.loads(line) for line in lines]
    assert parsed[0]["headline"].startswith("Philippines wants Jack Ma")
    assert parsed[1] == {"file": str(binary), "error": {"type": "NotHTML", "message": parsed[1]["error"]["message"]}}
    assert parsed[2]["file"] == str(missing)
    assert parsed[2]["error"]["type"] == "FileNotFoundError"
    assert parsed[3]["file"] == str(corrupt)
    assert parsed[3]["error"]["type"] == "BadGzipFile"
    assert parsed[4]["headline"] == "Stadtrat beschließt neues Radwegenetz"


def test_real_console_script_in_a_subprocess(tmp_path: Path) -> None:
    # Given the installed console script next to this interpreter
    script = Path(sys.executable).with_name("wireroom")
    if not script.exists():
        pytest.fail(f"console script not installed at {script}: run `make setup`")
    missing = tmp_path / "nope.html"

    # When it parses a good page, a missing file and the seed from stdin in one process
    done = subprocess.run(
        [str(script), "parse", "--jsonl", str(WIRE), str(missing), "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )

    # Then the output has one line per input in order and the exit status reports the failure
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 1, done.stderr.decode()
    assert [sorted(json.loads(line))[0] for line in lines] == ["body", "error", "body"]
    assert json.loads(lines[1])["error"]["type"] == "FileNotFoundError"
    assert json.loads(lines[2])["headline"] == "Philippines wants Jack Ma to help improve governance with tech"


def test_no_entities_skips_the_tagger_and_entities_turns_it_back_on() -> None:
    # Given the seed page, When it is parsed with --no-entities, Then its record has no entities
    code, lines = run("--jsonl", "--no-entities", "--url", SEED_URL, str(SEED))
    assert code == 0 and json.loads(lines[0])["entities"] == []
    # And with the default (entities on), the same page's people are tagged
    code, lines = run("--jsonl", "--url", SEED_URL, str(SEED))
    assert code == 0 and "Jack Ma" in [e["text"] for e in json.loads(lines[0])["entities"]]


def test_no_entities_loads_no_model(tmp_path: Path) -> None:
    # Given a fresh interpreter running `wireroom parse --no-entities`, Then spaCy is never imported
    probe = (
        "import sys\nfrom worker.cli import main\n"
        f"try:\n    main(['parse', '--jsonl', '--no-entities', {str(SEED)!r}])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert result.stderr.strip().splitlines()[-1] == "False", result.stderr[-2000:]


def test_the_collector_is_left_as_it_was() -> None:
    # the command freezes what it loaded and pauses the collector for each page; a caller in a longer-lived process
    # gets it back as it was
    import gc

    before = gc.get_threshold()
    code, _ = run("--jsonl", "--no-entities", str(WIRE), str(GERMAN))
    assert code == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_one_page_pauses_the_collector_and_frees_the_pages_cycles() -> None:
    import gc
    import weakref

    from worker.cli.collector import one_page

    class Node:
        pass

    # Given a page's work making a cycle that is garbage when it ends
    with one_page():
        assert not gc.isenabled()
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        ref = weakref.ref(node)
        del node
    # Then the collector runs again and the cycle is gone
    assert gc.isenabled()
    assert ref() is None
