VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPUS ?=
PYTEST_ARGS ?=
MARKS ?= not slow

.PHONY: run test test-slow bench lint venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m factx extract corpora -o facts.csv

test: $(STAMP)
	$(PY) -m pytest -q -m "$(MARKS)" $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) tools/bench.py --folder-mb 50 $(if $(CORPUS),--corpus $(CORPUS),)

lint: $(STAMP)
	$(VENV)/bin/ruff check factx tests tools
	$(VENV)/bin/ruff format --check factx tests tools
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) facts.csv .pytest_cache .mypy_cache .ruff_cache
