# Two commands set up everything on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: serve test build check bench demo clean

# Where `make demo` puts its scratch knowledge base (outside the repository's records).
DEMO_KB ?= /tmp/kb-demo

# Reinstall when the project's dependencies change.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed-test: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

serve: $(BIN)/.installed  ## generate and serve the bilingual site at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed  ## build the static site into site/
	$(BIN)/mkdocs build --strict

check: $(BIN)/.installed  ## validate every record
	$(BIN)/kb check

test: $(BIN)/.installed-test  ## run the whole test suite
	$(BIN)/pytest

bench: $(BIN)/.installed-test  ## run the benchmarks (figures go to docs/benchmarks.md)
	$(BIN)/python bench/bench_ingest.py --articles 1000 --jobs 2
	$(BIN)/python bench/bench_generate.py

demo: $(BIN)/.installed  ## ingest the real-news corpus into a scratch knowledge base and serve it
	$(BIN)/python scripts/demo.py $(DEMO_KB)
	cd $(DEMO_KB) && $(CURDIR)/$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

clean:
	rm -rf site .pytest_cache
