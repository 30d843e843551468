# Every target creates or reuses the local virtual environment (.venv) and installs what it needs, so any
# target works as the first command on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC   := spec/puffle.yaml

.PHONY: help install generate check-generated lint typecheck spec-lint test unit contract demo bench clean

help:
	@echo "make demo             - set up, start the embedded mock server, run the end-to-end tour"
	@echo "make test             - set up and run every check: drift, spec lint, ruff, mypy, pytest"
	@echo "make generate         - regenerate generated/puffle_client from spec/ and templates/"
	@echo "make check-generated  - fail (with a diff) when generated/ is stale"
	@echo "make lint | typecheck | spec-lint | contract | bench"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,mock]"
	@touch $(STAMP)

install: $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

generate: $(STAMP)
	$(BIN)/python generator/generate.py
	$(BIN)/python scripts/api_table.py

check-generated: $(STAMP)
	$(BIN)/python generator/generate.py --check

PY_DIRS := $(wildcard overlays generator tests bench examples scripts)

lint: $(STAMP)
	$(BIN)/ruff check generated $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)

typecheck: $(STAMP)
	$(BIN)/mypy

spec-lint: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m openapi_spec_validator $(SPEC)
	$(BIN)/python scripts/check_extensions.py $(SPEC)
	npx --no-install spectral lint --fail-severity=error --ruleset .spectral.yaml $(SPEC)

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: check-generated spec-lint lint typecheck unit

contract: $(STAMP)
	PUFFLE_CONTRACT_DEEP=1 $(BIN)/python -m pytest -q tests/contract

demo: $(STAMP)
	$(BIN)/python examples/tour.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache
