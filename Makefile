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
# Examples a user copies: type-checked like the wrapper (tests/integration/test_examples.py runs them).
TYPED_EXAMPLES := examples/demo.py examples/send_template.py examples/media_roundtrip.py examples/tenants.py \
	examples/async_broadcast.py examples/echo_bot.py

.PHONY: help redis-server install generate check-generated lint typecheck typecheck-wheel docs test pytest demo bench clean

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

generate: $(STAMP) ## bundle spec/ and regenerate generated/, the webhook views, the asyncio twins and wacloud/types.py
	$(BIN)/python generator/bundle_spec.py $(SPEC)
	$(GEN) --output-path $(GENERATED) > /dev/null
	$(BIN)/python generator/operation_overrides.py $(SPEC) $(GENERATED)
	$(BIN)/python generator/webhook_views.py --spec $(SPEC)
	$(BIN)/python generator/unasync.py
	$(BIN)/python generator/export_types.py

check-generated: $(STAMP) ## fail when generated/, the webhook views or the asyncio twins are not what `make generate` writes
	$(BIN)/python generator/bundle_spec.py $(SPEC) --check
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GEN) --output-path "$$tmp/wacloud_api" > /dev/null; \
	$(BIN)/python generator/operation_overrides.py $(SPEC) "$$tmp/wacloud_api"; \
	if ! diff -r -u -x __pycache__ "$$tmp/wacloud_api" $(GENERATED); then \
		echo "generated/ is stale: run 'make generate' and commit the result." >&2; exit 1; fi; \
	echo "generated/ is up to date with spec/"
	$(BIN)/python generator/webhook_views.py --spec $(SPEC) --check
	$(BIN)/python generator/unasync.py --check
	$(BIN)/python generator/export_types.py --check

lint: $(STAMP) ## ruff check + format check on hand-written code, spec validation and the spec lint
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)
	$(BIN)/python generator/bundle_spec.py $(SPEC) --check
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/python generator/lint_spec.py $(SPEC)

typecheck: $(STAMP) ## mypy --strict on wrapper/, the public-API typing tests and the generated package (checkout)
	$(BIN)/mypy wrapper/wacloud tests/typing tests/webhooks tests/flows $(TYPED_EXAMPLES)
	$(BIN)/mypy $(GENERATED)

# The wheel as users get it, installed alone in a fresh venv outside the checkout with mypy and pyright from PyPI
# (pyright's JavaScript ships in its wheel and runs on Node.js): verifytypes 100 % for wacloud and wacloud_api,
# mypy --strict + pyright strict pass on tests/typing/wheel/user_program.py and report every expected_errors.py line.
typecheck-wheel: $(STAMP) ## build the wheel, install it alone, run verifytypes + mypy/pyright strict on a user program
	$(BIN)/python tests/typing/check_wheel.py

# Guides in docs/, the API reference rendered from the docstrings of wrapper/ and generated/ (mkdocs.yml).
# No --quiet: it hides the warnings that --strict turns into a failure.
docs: $(STAMP) ## build the documentation site into build/site, warnings as errors
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

pytest: $(STAMP) ## the test suite only
	$(BIN)/python -m pytest -q

# The wheel check and the docs build wait mostly on pip and Node.js: they run beside pytest (2 cores), each
# target's output kept together; any failure fails `make test`.
test: lint typecheck check-generated ## everything CI runs
	@$(MAKE) --no-print-directory -j3 --output-sync=target typecheck-wheel docs pytest

demo: $(STAMP) ## run the demo against the local emulator (no credentials, no internet)
	$(BIN)/python examples/demo.py

bench: $(STAMP) ## benchmarks: prints a table and writes bench-results.json
	$(BIN)/python -m benchmarks

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
