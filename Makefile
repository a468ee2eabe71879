# pydo-facade: every workflow has a target; `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# `make demo` runs from a light venv of its own: the package with the extras the demo uses, no dev tools.
DEMO_VENV ?= .venv-demo
DEMO_PY := $(DEMO_VENV)/bin/python
DEMO_STAMP := $(DEMO_VENV)/.installed
# cli: rich's live progress bar; testing: what FakeDigitalOcean imports (jsonschema, and trustme for its TLS mode).
DEMO_EXTRAS := cli,testing
NODE_STAMP := node_modules/.installed
SPEC := openapi/DigitalOcean-public.v2.yaml
# Test processes for `make test`: one per core (the slow drills and the contract run side by side).
TEST_WORKERS ?= 2
export PYTHONPYCACHEPREFIX ?= $(CURDIR)/.venv/pycache

.PHONY: help install spec update-spec generate check-generated lint typecheck test test-fast \
        demo dist bench api-lock contract-deps clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements-dev.txt pydo_facade/_version.py
	@command -v $(PYTHON) >/dev/null || { echo "install: $(PYTHON) not found (set PYTHON=...)" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-dev.txt -e '.[aio,cli]'
	@touch $@

install: $(STAMP) ## create .venv with the package (editable, all extras) and the pinned dev tools

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "contract-deps: npm not found; install Node.js 20+" >&2; exit 1; }
	npm ci --no-audit --no-fund --silent
	@touch $@

contract-deps: $(NODE_STAMP) ## install the pinned node tools (Prism, Redocly) into ./node_modules

spec: ## put the pinned, sha256-checked spec at openapi/ (SPEC_SOURCE=<path> to choose the source)
	@bash openapi/spec.sh get

update-spec: ## move the spec pin: make update-spec COMMIT=<upstream sha> (fetch, bundle, new sha256)
	@bash openapi/spec.sh update "$(COMMIT)"

generate: $(STAMP) spec ## regenerate generated/ (refuses breaking surface changes unless ALLOW_BREAKING=1)
	$(PY) openapi/generate.py generate $(if $(filter-out 0,$(ALLOW_BREAKING)),--allow-breaking)

check-generated: $(STAMP) spec ## fail, listing the files, when generated/ is not what `make generate` writes
	$(PY) openapi/generate.py check

lint: $(STAMP) ## ruff check and ruff format --check
	$(VENV)/bin/ruff check pydo_facade tests openapi $(wildcard bench)
	$(VENV)/bin/ruff format --check pydo_facade tests openapi $(wildcard bench)

typecheck: $(STAMP) ## mypy --strict on pydo_facade
	$(VENV)/bin/mypy

test: $(STAMP) spec contract-deps ## everything CI checks: lint, typecheck, check-generated, the whole test suite
	$(MAKE) --no-print-directory lint typecheck check-generated
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile

test-fast: $(STAMP) spec ## the unit and loopback tests only (no Prism, no regeneration drills)
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not slow and not contract"

# The demo's byte code stays in its own venv (unless PYTHONPYCACHEPREFIX comes from outside): it creates no .venv.
$(DEMO_STAMP) demo: PYTHONPYCACHEPREFIX := $(if $(filter file,$(origin PYTHONPYCACHEPREFIX)),$(abspath $(DEMO_VENV))/pycache,$(PYTHONPYCACHEPREFIX))

$(DEMO_STAMP): pyproject.toml pydo_facade/_version.py
	@command -v $(PYTHON) >/dev/null || { echo "demo: $(PYTHON) not found (set PYTHON=...)" >&2; exit 1; }
	@echo "demo: installing pydo-facade with its cli and testing extras (rich; jsonschema, trustme) into $(DEMO_VENV) (first run only) ..."
	@test -x $(DEMO_PY) || $(PYTHON) -m venv $(DEMO_VENV)
	@echo '*' > $(DEMO_VENV)/.gitignore
	@$(DEMO_PY) -m pip install --quiet --disable-pip-version-check -e '.[$(DEMO_EXTRAS)]'
	@touch $@

demo: $(DEMO_STAMP) ## restart an app on the embedded fake DigitalOcean and watch it finish (light venv: .venv-demo)
	@$(DEMO_PY) -m pydo_facade.demo

dist: $(STAMP) ## build the sdist and the wheel into dist/ with the pinned tools, then twine check --strict them
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .
	$(VENV)/bin/twine check --strict dist/*

bench: $(STAMP) ## measure the facade against pydo and raw httpx, side by side (see bench/)
	@bash bench/run.sh

api-lock: $(STAMP) ## rewrite pydo_facade/public-api.txt from the code (then say why in CHANGELOG.md)
	$(PY) tests/api_lock.py --write

clean: ## remove the venvs, node_modules, caches and dist/
	rm -rf $(VENV) $(DEMO_VENV) .venv-bench node_modules .pytest_cache .mypy_cache .ruff_cache dist build $(SPEC)
