# Everything installs into .venv/ at the repo root; python3 (>= 3.11), pip and make suffice.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GOLD := ../shared/gold
EVAL_OUT := /tmp/who-said-what-eval
NATIVE := flows/attribution/_native/manifest.json

.PHONY: install run test test-fast eval lint clean

install: $(VENV)/.installed $(NATIVE)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dask,native]'
	touch $@

# attribution compiled by mypyc (flows/native.py); without a C compiler the source runs
$(NATIVE): $(VENV)/.installed $(wildcard flows/attribution/*.py)
	$(PY) -m flows.native build || echo "note: attribution not compiled, the Python source runs"

run: install
	$(PY) -m flows run --raw-dir raw --output-dir output

test: install
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not slow"

lint: install
	$(PY) -m ruff check flows schemas tests bench

clean:
	rm -rf flows/attribution/_native output/releases output/latest output/.staging-* $(EVAL_OUT)

eval: install
	$(PY) bench/evaluate.py --gold-dir $(GOLD)
