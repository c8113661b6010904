# Front door: make clean-corpus | test | eval | bench
# Needs only python3 (with venv) and make; everything else is installed into $(VENV).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLES ?= samples
OUT    ?= build/corpus
GOLD   ?= tests/gold/seed_lines_gold.jsonl
HELDOUT ?= tests/heldout
DEVSET ?= tests/devset

.PHONY: install clean-corpus test eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

clean-corpus: install
	$(BIN)/clean-corpus run $(SAMPLES) --out $(OUT)

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/clean-corpus run $(SAMPLES) --out $(OUT) --quiet
	$(BIN)/clean-corpus eval $(GOLD) --out $(OUT)
	$(BIN)/clean-corpus run $(DEVSET) --out build/devset --quiet
	$(BIN)/clean-corpus eval $(DEVSET)/gold_lines.jsonl --out build/devset
	$(BIN)/clean-corpus run $(HELDOUT) --out build/heldout --quiet
	$(BIN)/clean-corpus eval $(HELDOUT)/gold_lines.jsonl --out build/heldout

bench: install
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf build $(VENV) .pytest_cache
