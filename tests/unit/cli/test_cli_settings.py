"""A bad ``WIREROOM_*`` setting ends any ``wireroom`` command with one clear line, and settings parse as documented."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from worker.cli import main
from worker.settings import Settings

COMMANDS = [
    ["status"],
    ["enqueue", "https://example.com/a"],
    ["consume"],
    ["ingest", "https://example.com/a"],
    ["api"],
    ["parse", "/dev/null"],
    ["health"],
    ["worker"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_a_bad_setting_is_one_clear_line_for_every_command(argv: list[str]) -> None:
    # Given an out-of-range setting, When a command runs, Then it exits 2 with one line naming the variable
    result = CliRunner().invoke(main, argv, env={"WIREROOM_MAX_RETRIES": "-1"})
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == ["Error: invalid setting: WIREROOM_MAX_RETRIES: Input should be greater than or equal to 0"]
    assert "Traceback" not in result.output and "pydantic.dev" not in result.output


def test_retry_http_codes_take_ranges_as_documented() -> None:
    settings = Settings(retry_http_codes="408,429,500,502-504,520-524")  # type: ignore[arg-type]
    assert settings.retry_http_codes == [408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]


@pytest.mark.parametrize("value", ["abc", "524-520", "99", "500-700"])
def test_retry_http_codes_refuse_what_is_no_status_code(value: str) -> None:
    with pytest.raises(ValidationError, match="retry_http_codes"):
        Settings(retry_http_codes=value)  # type: ignore[arg-type]
