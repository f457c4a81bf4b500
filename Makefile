# make          set up .venv and build every pack under source/ into build/
# make test     the whole test suite (what CI runs)
# make bench    per-stage timings on the seed and synthetic packs, hostile shapes as ratios
# make release VERSION=X.Y.Z   every pack as that version, bundled in build/dist/
# make reproducible            release twice in two folders and compare checksums
# make site     the pack site in build/site/ (open build/site/index.html)
# make release-steps TAG=vX.Y.Z   the release workflow's steps up to publishing
# make lint     the package's import layers (import-linter) and the CI workflows (zizmor, offline)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: all build test check bench bench-build system clean distclean release reproducible lint site check-tag release-steps

all: build

# Runtime dependencies; re-installed when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "error: Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

# Test dependencies on top: pytest, the official anki package, hypothesis.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

# WeasyPrint needs Pango (and HarfBuzz's subsetter for fast, machine-independent
# font subsets), and the cheat sheet embeds DejaVu Sans Condensed.
system:
	@command -v fc-list >/dev/null || { echo "error: fontconfig is missing: install the Debian/Ubuntu package 'fontconfig'"; exit 1; }
	@fc-list | grep -q "DejaVu Sans Condensed" || { echo "error: the font DejaVu Sans Condensed is missing: install the Debian/Ubuntu package 'fonts-dejavu-extra' (and 'fonts-dejavu-core')"; exit 1; }
	@fc-list | grep -q "DejaVu Sans Mono" || { echo "error: the font DejaVu Sans Mono is missing: install the Debian/Ubuntu package 'fonts-dejavu-core'"; exit 1; }
	@{ ldconfig -p 2>/dev/null | grep -q libpango-1.0; } || { echo "error: Pango is missing (WeasyPrint needs it): install the Debian/Ubuntu package 'libpango-1.0-0' (and 'libpangoft2-1.0-0')"; exit 1; }
	@{ ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset.so.0; } || { echo "error: HarfBuzz's font subsetter is missing (WeasyPrint subsets the PDFs' fonts with it; fontTools instead is slower and writes other bytes): install the Debian/Ubuntu package 'libharfbuzz-subset0'"; exit 1; }

build: system $(VENV)/.installed
	$(PY) -m pipeline build

check: $(VENV)/.installed
	$(PY) -m pipeline check

test: system $(VENV)/.installed-dev
	$(PY) -m pytest -q

# The release record it writes (source/<pack>/releases/<version>.json) is
# what the next release compares with: commit it, then tag v$(VERSION).
release: system $(VENV)/.installed
	@test -n "$(VERSION)" || { echo "error: VERSION is required, e.g. make release VERSION=1.2.0" >&2; exit 2; }
	$(PY) -m pipeline release --version "$(VERSION)"

site: system $(VENV)/.installed
	$(PY) -m pipeline site

# What the release workflow runs on a tag, before its tests: the tag must
# name a committed release record of every pack.
check-tag: $(VENV)/.installed
	@test -n "$(TAG)" || { echo "error: TAG is required, e.g. make check-tag TAG=v1.2.0" >&2; exit 2; }
	$(PY) -m pipeline.commands.tag_check "$(TAG)"

# The release workflow's steps up to publishing: tag check, release, assets, site.
release-steps: system $(VENV)/.installed
	@test -n "$(TAG)" || { echo "error: TAG is required, e.g. make release-steps TAG=v1.2.0" >&2; exit 2; }
	bash scripts/release-steps.sh all "$(TAG)"

reproducible: system $(VENV)/.installed
	$(PY) -m pipeline.commands.reproduce

lint: $(VENV)/.installed-dev
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/zizmor --offline --persona pedantic .github/workflows

# Per-stage times and peak memory on the seed and synthetic 10x packs;
# `make bench LARGE=1` adds the 50x pack.
bench: bench-build

bench-build: $(VENV)/.installed
	$(PY) -m bench.run $(if $(LARGE),--large)

clean:
	rm -rf build .pytest_cache .hypothesis

distclean: clean
	rm -rf $(VENV) *.egg-info

# ---- hostile notes: a stage's time at 0.1 MB and 1 MB of each shape, as a ratio ----
.PHONY: bench-hostile
bench: bench-hostile

bench-hostile: $(VENV)/.installed
	$(PY) -m bench.hostile

# ---- the deck next to the simplest tool (make bench runs it with any others) ----
.PHONY: bench-peer
bench: bench-peer

# build --formats apkg,csv next to markdown-anki-decks (installed, pinned, in
# build/bench/peer-venv; skipped with a message when it cannot be installed).
bench-peer: $(VENV)/.installed
	$(PY) -m bench.peer

# ---- the cheat sheet's benchmark (make bench runs it with any others) ----
.PHONY: bench-pdf
bench: bench-pdf

# Our PDF's wall and CPU time next to a plain mistune.html -> WeasyPrint render
# of the same notes in three columns, both measured in the same run.
bench-pdf: system $(VENV)/.installed
	$(PY) bench/pdf_bench.py

# ---- the pack site's card browser (make bench runs it with any others) ----
.PHONY: bench-site
bench: bench-site

# Search times in headless Chromium on the seed and on a 10x pack.
bench-site: $(VENV)/.installed-dev
	$(PY) bench/site_bench.py
