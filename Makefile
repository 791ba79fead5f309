# Every target that needs the virtual environment depends on it, so `make test` and
# `make demo` work on a fresh clone with nothing installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# openapi-python-client runs ruff as a post-hook: it must find the pinned one first.
export PATH := $(abspath $(BIN)):$(PATH)

SPEC := openapi/civitai-v1.yaml
GENERATED := civitai_api_generated

.PHONY: install generate check-generated diff-templates docs check-docs lint test record demo serve bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The templates in openapi/templates replace some of the generator's own: models that parse
# without copying, one JSON decode per response (orjson when installed), lazily loaded models.
generate: $(STAMP)
	$(BIN)/openapi-python-client generate --path $(SPEC) --config generator_config.yaml \
		--meta none --output-path $(GENERATED) --overwrite --custom-template-path openapi/templates

check-generated: generate
	@changes="$$(git status --porcelain --untracked-files=all -- $(GENERATED))"; \
	if [ -n "$$changes" ]; then \
		echo "civitai_api_generated/ differs from what $(SPEC) renders:"; echo "$$changes"; \
		git --no-pager diff --stat -- $(GENERATED); exit 1; \
	fi; echo "check-generated: civitai_api_generated/ matches the spec"

# docs/cli.md, the reference of every command and option, is rendered from the command itself.
docs: $(STAMP)
	$(BIN)/python scripts/cli_docs.py

check-docs: $(STAMP)
	$(BIN)/python scripts/cli_docs.py --check
# Each template of openapi/templates against the generator's own of the same name (a unified
# diff); UPSTREAM=DIR compares with another copy of its templates/ (see docs/generator.md).
diff-templates: $(STAMP)
	@$(BIN)/python scripts/diff_templates.py $(if $(UPSTREAM),--upstream $(UPSTREAM)) $(TEMPLATES)

lint: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/ruff check wrappers tests scripts benchmarks
	$(BIN)/ruff format --check wrappers tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/mypy --strict $(GENERATED)

# One worker per core; each test file stays on one worker, so a module's fixtures (the pty
# screens, a rendered package) are built once. WORKERS=0 runs the suite in this process.
WORKERS ?= auto
test: $(STAMP) lint check-generated check-docs
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile

# Re-record cassettes against the live API (needs network and CIVITAI_API_KEY).
record: $(STAMP)
	CIVITAI_RECORD=1 $(BIN)/python -m pytest tests/endpoints tests/generated --record-mode=rewrite

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

# The demo's stand-in Civitai, to try the command by hand (PORT=0: any free port); Ctrl-C stops it.
serve: $(STAMP)
	$(BIN)/python scripts/demo_server.py --port $(or $(PORT),8765)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(SECTIONS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .bench
