# Every target installs what it needs first, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve test check snippets snippet-deps build lint format update-examples question bench lock clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements.txt
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@tools/check-node.sh
	npm ci --no-audit --no-fund
	touch $@

.chromium:
	tools/install-chromium.sh
	@touch $@

# Framework snippets' packages (snippets/requirements.txt); quick when already current.
snippet-deps: $(BIN)/.installed
	@$(BIN)/python tools/snippet_deps.py

# -w snippets: an edited example reloads its page (pymdownx.snippets reads it from there).
serve: $(BIN)/.installed node_modules/.installed ## Serve the site at http://127.0.0.1:8000 with live reload
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --livereload -w snippets --dev-addr 127.0.0.1:8000

build: $(BIN)/.installed node_modules/.installed ## Build the site into site/ (strict)
	$(BIN)/mkdocs build --strict

test: $(BIN)/.installed node_modules/.installed .chromium snippet-deps ## Run every test (snippets, build, hooks, browser)
	$(BIN)/pytest

snippets: $(BIN)/.installed node_modules/.installed snippet-deps ## Run only the snippet and exercise tests (GUIDE_RUNTIMES picks runtimes)
	$(BIN)/pytest tests/test_snippets.py tests/test_exercises.py

check: $(BIN)/.installed node_modules/.installed snippet-deps ## Check only your change, fast (FILE=... to name files, PYODIDE=no to skip Pyodide)
	$(BIN)/python tools/check_change.py $(if $(filter no,$(PYODIDE)),--no-pyodide) $(FILE)

# All or nothing: nothing is written if any run fails; matching output is left alone.
UPDATE_TARGETS = $(if $(FILE),$(addsuffix $(if $(SECTION),:$(SECTION)),$(FILE)),$$(find snippets -name '*.py' | sort))
update-examples: $(BIN)/.installed snippet-deps ## Rewrite `#>` lines from real output (FILE=snippets/x.py SECTION=name narrow it)
	PYTHONPATH=$(CURDIR)/.cache/snippet-deps $(BIN)/python tools/snippet_harness.py --update $(UPDATE_TARGETS)

lint: $(BIN)/.installed ## Lint snippets, hooks, tests and tools
	$(BIN)/ruff check snippets hooks tests tools web
	$(BIN)/ruff format --check hooks tests tools web
	$(BIN)/python tools/format_snippets.py --check $$(find snippets -name '*.py')

format: $(BIN)/.installed ## Format and autofix with ruff
	$(BIN)/ruff format hooks tests tools web
	$(BIN)/python tools/format_snippets.py $$(find snippets -name '*.py')
	$(BIN)/ruff check --fix snippets hooks tests tools web

question: $(BIN)/.installed ## New question: make question ID=my-id PAGE=docs/core-fundamentals.md
	$(BIN)/python tools/new_question.py "$(ID)" "$(PAGE)"

bench: $(BIN)/.installed node_modules/.installed .chromium ## Benchmark build time, page weight, time to first output
	@tools/check-node.sh bench
	$(BIN)/python tools/bench.py

lock: $(BIN)/.installed ## Recompile requirements.txt from requirements.in
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --output-file requirements.txt requirements.in

clean: ## Remove the build output and caches
	rm -rf site .cache .pytest_cache
