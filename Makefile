# Two entry points: `make run` (first run, no Redis needed) and `make test` (the whole suite, as CI runs it).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m compileall -q worker schemas  # as an install would: each start then reads, not compiles, the code
	touch $(STAMP)

setup: $(STAMP)

## make run: fetch, parse and print one event per URL in this process, no Redis needed.
##   URLS="https://example.com/story ..." to ingest those; without URLS, the bundled seed page served on 127.0.0.1.
run: $(STAMP)
ifeq ($(strip $(URLS)),)
	$(BIN)/python scripts/demo.py
else
	$(BIN)/wireroom ingest $(URLS)
endif

## make test: start a Redis if none answers, then lint, type-check, check the import contracts, run every test.
test: $(STAMP)
	scripts/ensure-redis.sh
	$(BIN)/ruff check .
	$(BIN)/mypy worker schemas
	$(BIN)/lint-imports
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy worker schemas
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
