# Front door: make clean-corpus | test | eval | bench | stress
# Needs only python3 (with venv) and make; everything else is installed into $(VENV).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLES ?= samples
OUT    ?= build/corpus
GOLD   ?= tests/gold/seed_lines_gold.jsonl

# The realweb pack (WCXB pages, CC-BY-4.0) that `make train` and the realweb part of `make eval` read.
REALWEB ?= ../shared/realweb

.PHONY: install clean-corpus test eval eval-realweb train bench bench-dask bench-html stress clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

clean-corpus: install
	$(BIN)/clean-corpus run $(SAMPLES) --out $(OUT)

test: install
	$(BIN)/python -m pytest

# Scores the samples against the seed gold, then every labelled set under tests/
# (development sets that rules were tuned on, and the held-out set that they were not).
# Only the .txt dumps are inputs: each folder's gold_lines.jsonl is the answer key.
EVAL_SETS ?= devset devset2 devset3 devset4 devset5 devset6 devset7 devset8 devset9 heldout heldout2

eval: install
	$(BIN)/clean-corpus run $(SAMPLES) --out $(OUT) --quiet
	$(BIN)/clean-corpus eval $(GOLD) --out $(OUT) --json build/eval/samples.json --no-show-errors
	@for set in $(EVAL_SETS); do \
	  if [ -f tests/$$set/gold_lines.jsonl ]; then \
	    $(BIN)/clean-corpus run tests/$$set/*.txt --out build/eval/$$set --quiet && \
	    $(BIN)/clean-corpus eval tests/$$set/gold_lines.jsonl --out build/eval/$$set \
	      --json build/eval/$$set.json --no-show-errors || exit 1; \
	  fi; \
	done
	@if [ -d "$(REALWEB)/truth" ]; then $(MAKE) --no-print-directory eval-realweb; \
	  else echo "make eval: no realweb pack at $(REALWEB) (set REALWEB=...): realweb folds skipped"; fi

# Cross-validation by site on the realweb pack: one model per fold trained without that
# fold's sites (cached in build/realweb-cv/models), the pipeline run on the held-out pages
# in each scraper style, one table per style (training/evaluate.py); then the same fold
# models on three scraper styles they were not trained on (training/other_styles.py); then
# the shipped model on the blind health pages (the seven sets) as dumps in the pack's styles (bench/health_dumps.py).
eval-realweb: install
	$(BIN)/python -m training.evaluate --realweb $(REALWEB)
	$(BIN)/python -m training.other_styles --realweb $(REALWEB)
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB)
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages2/pages --truth bench/health_pages2/truth
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages3/pages --truth bench/health_pages3/truth
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages4/pages --truth bench/health_pages4/truth
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages5/pages --truth bench/health_pages5/truth
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages6/pages --truth bench/health_pages6/truth
	$(BIN)/python -m bench.health_dumps --realweb $(REALWEB) --pages bench/health_pages7/pages --truth bench/health_pages7/truth

# Fit the learned boilerplate model into pipeline/boilerplate/model/ (training/train.py), and
# the category model that names a removal's category where no rule does (training/category.py).
train: install
	$(BIN)/python -m training.train --realweb $(REALWEB)
	$(BIN)/python -m training.category

# BENCH_ARGS / STATE_BENCH_ARGS pass options (e.g. BENCH_ARGS="--paragraphs 20000 --baseline-limit 5000").
bench: install
	$(BIN)/python -m bench.run $(BENCH_ARGS)
	$(BIN)/python -m bench.state_bench $(STATE_BENCH_ARGS)

# HTML pages: this pipeline and trafilatura side by side on the realweb pages, each fold's
# pages cleaned with the model trained without their sites (bench/html_realweb.py), then on
# the 87 health pages written blind in six sets (bench/health_pages.py).
bench-html: install
	$(BIN)/pip install --quiet -e '.[compare]'
	$(BIN)/python -m bench.html_realweb --realweb $(REALWEB)
	$(BIN)/python -m bench.html_ceiling --realweb $(REALWEB)
	$(BIN)/python -m bench.health_pages
	$(BIN)/python -m bench.health_pages --pages bench/health_pages2/pages --truth bench/health_pages2/truth \
	  --json build/health-pages2.json
	$(BIN)/python -m bench.health_pages --pages bench/health_pages3/pages --truth bench/health_pages3/truth \
	  --json build/health-pages3.json
	$(BIN)/python -m bench.health_pages --pages bench/health_pages4/pages --truth bench/health_pages4/truth \
	  --json build/health-pages4.json
	$(BIN)/python -m bench.health_pages --pages bench/health_pages5/pages --truth bench/health_pages5/truth \
	  --json build/health-pages5.json
	$(BIN)/python -m bench.health_pages --pages bench/health_pages6/pages --truth bench/health_pages6/truth \
	  --json build/health-pages6.json
	$(BIN)/python -m bench.health_pages --pages bench/health_pages7/pages --truth bench/health_pages7/truth \
	  --json build/health-pages7.json

# The Dask engine against the local engine on the 200,000-paragraph corpus (bench/dask_compare.py).
bench-dask: install
	$(BIN)/python -m bench.dask_compare

# Hostile inputs and machines at full size (gzip bombs, deep HTML, kill -9, a full disk):
# one table of case, expected, observed, time, peak memory (bench/stress.py). `make test`
# runs the same cases small. STRESS_ARGS="--only disk-full" runs some.
stress: install
	$(BIN)/python -m bench.stress $(STRESS_ARGS)

clean:
	rm -rf build $(VENV) .pytest_cache
