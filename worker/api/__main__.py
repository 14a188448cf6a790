"""``python -m worker.api``: the same as ``wireroom api`` (for a checkout without the console script installed)."""

from worker.cli.api import api_command

if __name__ == "__main__":
    api_command(prog_name="python -m worker.api")
