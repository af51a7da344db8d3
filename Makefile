VENV ?= .venv
PY := $(VENV)/bin/python
# Two steps in one .venv: `make run` installs factx and what running it needs (CORE); `make test` and the
# other targets add the development extras (DEV: Spark, Dask, natasha, pytest, ruff...), over 1 GB.
CORE := $(VENV)/.core-stamp
DEV := $(VENV)/.dev-stamp
CORPUS ?=
PYTEST_ARGS ?=
MARKS ?= not slow

.PHONY: run test test-slow bench lint venv clean

venv: $(DEV)

$(CORE): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $(CORE)

$(DEV): $(CORE)
	$(PY) -m pip install -q -e '.[dev]'
	touch $(DEV)

run: $(CORE)
	$(PY) -m factx extract corpora -o facts.csv

test: $(DEV)
	$(PY) -m pytest -q -m "$(MARKS)" $(PYTEST_ARGS)

test-slow: $(DEV)
	$(PY) -m pytest -q -m slow $(PYTEST_ARGS)

bench: $(DEV)
	$(PY) -m compileall -q factx  # start-up as an installed package has it: bytecode written once
	$(PY) tools/bench.py --folder-mb 50 $(if $(CORPUS),--corpus $(CORPUS),)

lint: $(DEV)
	$(VENV)/bin/ruff check factx tests tools
	$(VENV)/bin/ruff format --check factx tests tools
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) facts.csv .pytest_cache .mypy_cache .ruff_cache
