"""``python -m worker.cli``: the ``wireroom`` command, for a checkout without the console script installed."""

from worker.cli import main

if __name__ == "__main__":
    main(prog_name="python -m worker.cli")
