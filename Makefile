# Two commands for users: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
NATIVE := $(VENV)/.native
NATIVE_SRC := $(shell $(PYTHON) scripts/build-native --list)
DEMO := out

.PHONY: demo test setup native typecheck unit clean

# compileall: bytecode written at install, as a wheel install has it; where PYTHONDONTWRITEBYTECODE is set
# an editable install would otherwise compile every module again in every run and every worker.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[native]'
	$(BIN)/python -m compileall -q kgbuild
	touch $@

$(DEV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q kgbuild
	touch $@ $(STAMP)

# The extraction modules compiled with mypyc (scripts/build-native): again whenever one of them changes.
$(NATIVE): $(STAMP) $(NATIVE_SRC) scripts/build-native
	$(BIN)/python scripts/build-native
	touch $@

setup: $(DEV_STAMP) $(NATIVE)

native: $(NATIVE)

demo: $(STAMP) $(NATIVE)
	@rm -f $(DEMO)/demo.db $(DEMO)/demo.db-wal $(DEMO)/demo.db-shm
	$(BIN)/kgbuild ingest data/samples --store $(DEMO)/demo.db
	$(BIN)/kgbuild export --store $(DEMO)/demo.db --format graphml -o $(DEMO)/demo.graphml
	$(BIN)/kgbuild export --store $(DEMO)/demo.db --format gexf -o $(DEMO)/demo.gexf
	$(BIN)/kgbuild stats --store $(DEMO)/demo.db

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

unit: $(DEV_STAMP) $(NATIVE)
	$(BIN)/pytest tests/unit -q

# Neo4j for tests/integration: $NEO4J_URI if set, else testcontainers (Docker), else scripts/neo4j-local.
test: $(DEV_STAMP) $(NATIVE)
	$(BIN)/mypy
	scripts/with-neo4j $(BIN)/pytest

clean:
	$(PYTHON) scripts/build-native --clean
	rm -rf $(VENV) $(DEMO) .mypy_cache .pytest_cache
