# The README's commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck schema eval-temporal eval-events bench-temporal system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## The main job: the dashboard on the embedded SQLite store, with the seed articles ingested.
run: $(STAMP)
	$(BIN)/timeline serve --host 127.0.0.1 --port 8050

## Everything the tests need (PostgreSQL, Chromium, Compose), then lint, types and the test suite.
test: $(STAMP) system-deps lint typecheck
	$(BIN)/pytest

system-deps:
	bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check timeline dashboard tests scripts bench
	$(BIN)/ruff format --check timeline

typecheck: $(STAMP)
	$(BIN)/mypy

## The JSON Schema of exported events, kept in docs/ (a test fails when it is stale).
schema: $(STAMP)
	$(BIN)/timeline schema --output docs/event.schema.json

## Value F1 (TempEval-3 metric) on TimeBank and AQUAINT; needs ../shared beside the checkout.
EVAL := ../shared/eval/timex_score.py
CORPORA := ../shared/bench/TBAQ-cleaned
eval-temporal: $(STAMP)
	@for c in TimeBank AQUAINT; do \
	  printf '%s: ' $$c; $(BIN)/python $(EVAL) $(CORPORA)/$$c -- $(BIN)/timeline tag --jsonl; \
	done
	@printf 'narrative (own history texts): '; $(BIN)/python scripts/eval_narrative.py

## Event F1, date, place and actor accuracy on the hand-annotated corpus in tests/events/.
eval-events: $(STAMP)
	@echo "dev corpus (short articles, tuned on):"; $(BIN)/python scripts/eval_events.py
	@echo "long corpus (realistic articles, used for fixes after a blind first scoring):"
	@$(BIN)/python scripts/eval_events.py --corpus tests/events/corpus_long

## Throughput against dateparser's search_dates on the same text, side by side.
bench-temporal: $(STAMP)
	$(BIN)/python bench/temporal_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
