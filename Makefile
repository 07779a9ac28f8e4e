# wacloud — every target creates the virtual environment first, so `make test` alone works on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# spec/openapi.yaml + spec/areas/*.yaml are bundled into one document: what the generator and the emulator read.
SPEC := generated/openapi.yaml
SPEC_SOURCES := spec/openapi.yaml $(wildcard spec/areas/*.yaml)
GENERATED := generated/wacloud_api
# The generator's post hooks call `ruff`: put the venv's pinned ruff first on PATH.
GEN := PATH="$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) --config generator/config.yaml \
	--meta none --custom-template-path generator/templates --overwrite --fail-on-warning
HANDWRITTEN := $(wildcard wrapper tests examples benchmarks generator)

.PHONY: help redis-server install generate check-generated lint typecheck test pytest demo bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed -E 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@command -v redis-server >/dev/null || $(MAKE) --no-print-directory redis-server
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The Redis tests start a real redis-server on loopback: install Debian's package when it is missing (CI runs as root).
redis-server:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get install -y -qq redis-server >/dev/null 2>&1 || \
	{ $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }
	@command -v redis-server >/dev/null || { echo "redis-server could not be installed" >&2; exit 1; }

install: $(STAMP) ## create .venv and install wacloud with its dev extra

generate: $(STAMP) ## bundle spec/ and regenerate generated/ from it (deterministic)
	$(BIN)/python generator/bundle_spec.py $(SPEC)
	$(GEN) --output-path $(GENERATED) > /dev/null
	$(BIN)/python generator/operation_overrides.py $(SPEC) $(GENERATED)
	$(BIN)/python generator/unasync.py

check-generated: $(STAMP) ## fail with a diff when generated/ is not what `make generate` produces
	$(BIN)/python generator/bundle_spec.py $(SPEC) --check
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GEN) --output-path "$$tmp/wacloud_api" > /dev/null; \
	$(BIN)/python generator/operation_overrides.py $(SPEC) "$$tmp/wacloud_api"; \
	if ! diff -r -u "$$tmp/wacloud_api" $(GENERATED); then \
		echo "generated/ is stale: run 'make generate' and commit the result." >&2; exit 1; fi; \
	echo "generated/ is up to date with spec/"
	$(BIN)/python generator/unasync.py --check

lint: $(STAMP) ## ruff check + format check on hand-written code, spec validation and the spec lint
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)
	$(BIN)/python generator/bundle_spec.py $(SPEC) --check
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/python generator/lint_spec.py $(SPEC)

typecheck: $(STAMP) ## mypy --strict on wrapper/, the public-API typing tests and the generated package
	$(BIN)/mypy wrapper/wacloud tests/typing tests/webhooks
	$(BIN)/mypy $(GENERATED)

pytest: $(STAMP) ## the test suite only
	$(BIN)/python -m pytest -q

test: lint typecheck check-generated pytest ## everything CI runs

demo: $(STAMP) ## run the demo against the local emulator (no credentials, no internet)
	$(BIN)/python examples/demo.py

bench: $(STAMP) ## benchmarks: prints a table and writes bench-results.json
	$(BIN)/python -m benchmarks

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
