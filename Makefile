# agentkit: the two commands are `make workshop` (run every notebook, offline by default)
# and `make test` (the whole suite, notebooks included). Both set up .venv first when needed.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
UV_VERSION := 0.13.9
# Stamp: touched once .venv matches pyproject.toml and constraints.txt.
INSTALLED := $(VENV)/.installed
# The npm tools of package.json, installed into build/node (see node-tools).
ASL_VALIDATOR := build/node/node_modules/.bin/asl-validator

# Every target: no telemetry or tracing calls from CrewAI, its storage inside the repo,
# reproducible hashing (set ordering in notebook outputs).
# Not MPLBACKEND=Agg: kernels inherit it, and under Agg plt.show() draws nothing, so figures vanish
# from executed notebooks and nbval finds outputs missing. Kernels use the inline backend; plain
# Python processes without a display fall back to Agg by themselves.
export CREWAI_DISABLE_TELEMETRY := true
export CREWAI_TRACING_ENABLED := false
export CREWAI_STORAGE_DIR := $(CURDIR)/build/crewai
export PYTHONHASHSEED := 0

# Headless runs: offline unless the caller chose a mode, and never ask EC2 instance metadata for
# credentials (not for `lab`: in SageMaker Studio the credentials may come from there).
test workshop: export AGENTKIT_MODE ?= local
test workshop: export AWS_EC2_METADATA_DISABLED := true

# Exits non-zero, saying why, unless $(1) is Python 3.11 or newer.
define require_python311
$(1) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
  echo "error: agentkit needs Python 3.11 or newer, but '$(1)' is $$(command -v $(1) >/dev/null && $(1) --version 2>&1 || echo 'not found')." >&2; \
  echo "       Install Python 3.11+ and run e.g. 'make PYTHON=python3.11' (after 'make clean' if .venv is old)." >&2; \
  exit 1; }
endef

.PHONY: help
help:
	@echo "make workshop   run notebooks/NN_*.ipynb in order (AGENTKIT_MODE=local unless set); ARGS='--only 03'"
	@echo "                ARGS=--store writes the outputs back into notebooks/ (refresh what nbval compares)"
	@echo "make test       the pytest suite, including nbval on every notebook; ARGS='-x tests/unit' (PARALLEL= for one process)"
	@echo "make persona    every notebook and lab solution again, under the simulator's other persona (tests/persona)"
	@echo "make lab        JupyterLab on notebooks/; ARGS='--no-browser --port 8890'"
	@echo "make install    create/refresh .venv from constraints.txt (the other targets do this)"
	@echo "make synth      the CDK app (infra/) synthesized by the pinned CDK CLI into build/cdk.out; ARGS='AgentSystemStack'"
	@echo "make node-tools install package.json's npm tools (asl-validator) into build/node (make test does this)"
	@echo "make chromium   install Debian's chromium for the web UI's browser test (make test does this; apt-get, as root)"
	@echo "make lint       ruff check + ruff format --check"
	@echo "make lock       re-compile constraints.txt from pyproject.toml"
	@echo "make clean      remove build/, caches and .venv"

# .venv with the host Python, and uv bootstrapped into it with pip. Cheap when already there.
.PHONY: venv
venv:
	@if [ ! -x $(BIN)/python ]; then \
	  $(call require_python311,$(PYTHON)); \
	  echo "creating $(VENV) with $$(command -v $(PYTHON)) ($$($(PYTHON) --version))"; \
	  $(PYTHON) -m venv $(VENV); \
	fi
	@$(call require_python311,$(BIN)/python)
	@[ "$$($(UV) --version 2>/dev/null | cut -d' ' -f2)" = "$(UV_VERSION)" ] || \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

.PHONY: install
install: $(INSTALLED)

# Exactly the pinned set (sync also removes what is not pinned), the package itself editable, the
# `python3` kernelspec pointing at .venv/bin/python (papermill asks for that name), then a consistency check.
$(INSTALLED): pyproject.toml constraints.txt | venv
	$(UV) pip sync --python $(BIN)/python constraints.txt
	$(UV) pip install --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3
	$(UV) pip check --python $(BIN)/python
	@touch $@

.PHONY: workshop
workshop: $(INSTALLED)
	$(BIN)/python -m agentkit.workshop $(ARGS)

# One worker more than there are cores (at most 4): many tests wait rather than compute (local servers,
# workflow executions polled, notebook kernels), and the extra worker fills that idle time. A file's tests
# stay on one worker, so a notebook's cells run in order in one kernel and a module's fixtures start once.
# PARALLEL= runs everything in this process.
WORKERS := $(shell n=$$(nproc 2>/dev/null || echo 1); echo $$(( n + 1 < 4 ? n + 1 : 4 )))
PARALLEL ?= -n $(WORKERS) --dist loadfile

# Each notebook runs once here (nbval); `make persona` runs them again under the other simulator persona.
.PHONY: test
test: $(INSTALLED) $(ASL_VALIDATOR) chromium
	$(BIN)/pytest $(PARALLEL) -m "not persona" $(ARGS)

# Every lesson notebook and lab solution under AGENTKIT_SIMULATOR=other (tests/persona): code that leans on the
# default persona's habits fails here. Run it after changing a notebook, a lab or the simulator.
.PHONY: persona
persona: $(INSTALLED)
	$(BIN)/pytest $(PARALLEL) -m persona tests/persona $(ARGS)

# The CDK app through the pinned CLI (package.json's aws-cdk, in build/node): cdk.json runs `python -m infra.app`,
# the .venv's python first on PATH. Needs no AWS account; the Lambda asset is built (cached) on the way.
.PHONY: synth
synth: $(INSTALLED) $(ASL_VALIDATOR)
	cd infra && PATH="$(CURDIR)/$(BIN):$$PATH" JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 \
	  ../build/node/node_modules/.bin/cdk synth --quiet $(ARGS)

# The npm tools of package.json (asl-validator, which tests/workflows/test_asl_validator.py runs), in
# build/node. No package-lock: npm's records the registry's download URLs; the direct pin is in package.json.
.PHONY: node-tools
node-tools: $(ASL_VALIDATOR)

$(ASL_VALIDATOR): package.json
	@command -v npm >/dev/null || { echo "error: npm not found; install Node.js 20+ (it runs asl-validator)" >&2; exit 1; }
	mkdir -p build/node
	cp package.json build/node/package.json
	npm install --prefix build/node --no-package-lock --no-audit --no-fund
	@touch $@

# The browser tests/service/test_web_ui.py drives (Playwright with executable_path; Playwright's own browser
# download needs the internet, a package registry does not): Debian's chromium, installed with apt-get when it
# is missing and we may (root). CHROMIUM names another Chromium or Chrome binary (the test reads it too).
export CHROMIUM ?= chromium
.PHONY: chromium
chromium:
	@if ! command -v $(CHROMIUM) >/dev/null && [ "$(CHROMIUM)" = chromium ] && [ "$$(id -u)" = 0 ] \
	    && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium with apt-get (the web UI's browser test drives it)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	@command -v $(CHROMIUM) >/dev/null || { \
	  echo "error: '$(CHROMIUM)' not found; tests/service/test_web_ui.py drives it. Install it with" >&2; \
	  echo "       'sudo apt-get install -y chromium' (Debian) or your system's Chromium package, or run" >&2; \
	  echo "       make test CHROMIUM=/path/to/chromium-or-chrome" >&2; \
	  exit 1; }

# JupyterLab with the local platform running beside it (agentkit lab), unless AGENTKIT_MODE=aws.
# As root (containers, this kit's dev machines) JupyterLab refuses to start without --allow-root.
.PHONY: lab
lab: $(INSTALLED)
	$(BIN)/agentkit lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root) $(ARGS)

.PHONY: lint
lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: lock
lock: venv
	$(UV) pip compile pyproject.toml --all-extras -p 3.11 --no-header --no-annotate -o constraints.txt

.PHONY: clean
clean:
	rm -rf build dist $(VENV) .pytest_cache .ruff_cache .hypothesis
	find . -path ./.git -prune -o \( -name __pycache__ -o -name .ipynb_checkpoints -o -name '*.egg-info' \) \
	  -type d -prune -exec rm -rf {} +
