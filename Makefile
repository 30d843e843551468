# Every target creates or reuses the local virtual environment (.venv) and installs what it needs, so any
# target works as the first command on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC   := spec/puffle.yaml

.PHONY: help install generate check-generated lint typecheck spec-lint test unit contract demo bench clean \
	api-diff changelog dist docs browser

help:
	@echo "make demo             - set up, start the embedded mock server, run the end-to-end tour and the CLI demo"
	@echo "make test             - set up and run every check: drift, spec lint, ruff, mypy, pytest"
	@echo "make generate         - regenerate generated/puffle_client from spec/ and templates/"
	@echo "make check-generated  - fail (with a diff) when generated/ is stale"
	@echo "make api-diff [BASE=ref] - what changed for users since the last release tag (or HEAD); fails on an unbumped break"
	@echo "make changelog        - write the api-diff summary into CHANGELOG.md's Unreleased section"
	@echo "make dist             - build the sdist and wheel into dist/ and twine-check them"
	@echo "make docs             - build the API reference site into site/ (mkdocs --strict)"
	@echo "make lint | typecheck | spec-lint | contract | bench"

# _version.py: the installed metadata carries the version, so a bump reinstalls.
$(STAMP): pyproject.toml overlays/puffle/_version.py
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
	$(BIN)/mypy examples tests/typing   # the user's side: examples and the pinned public types (strict too)

spec-lint: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m openapi_spec_validator $(SPEC)
	$(BIN)/python scripts/check_extensions.py $(SPEC)
	npx --no-install spectral lint --fail-severity=error --ruleset .spectral.yaml $(SPEC)

# The docs test screenshots a page with headless Chromium, so the browser is installed first (CI runs as root).
unit: $(STAMP) browser
	$(BIN)/python -m pytest -q

test: check-generated spec-lint lint typecheck unit

contract: $(STAMP)
	PUFFLE_CONTRACT_DEEP=1 $(BIN)/python -m pytest -q tests/contract

demo: $(STAMP)
	$(BIN)/python examples/tour.py
	$(BIN)/python examples/cli_demo.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

# BASE: any git ref; default the newest v* tag, else HEAD. JSON copy of the report in build/api-diff.json.
BASE ?=
api-diff: $(STAMP)
	@mkdir -p build
	$(BIN)/python scripts/api_diff.py $(if $(BASE),--base $(BASE)) --json build/api-diff.json

changelog: $(STAMP)
	$(BIN)/python scripts/api_diff.py $(if $(BASE),--base $(BASE)) --changelog CHANGELOG.md --no-fail

dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*

docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; }

clean:
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache build dist site
