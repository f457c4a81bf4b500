# make          set up .venv and build every pack under source/ into build/
# make test     the whole test suite (what CI runs)
# make bench    per-stage timings on the seed and synthetic packs

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PACKS  := $(shell find source -name pack.toml 2>/dev/null | sort)
NOTES  := $(shell find source -type f 2>/dev/null | sort)
CODE   := $(shell find pipeline templates -type f -not -path '*/__pycache__/*' 2>/dev/null | sort)

.PHONY: all build test check bench system clean distclean

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

# WeasyPrint needs Pango, and the cheat sheet embeds DejaVu Sans Condensed.
system:
	@command -v fc-list >/dev/null || { echo "error: fontconfig is missing: install the Debian/Ubuntu package 'fontconfig'"; exit 1; }
	@fc-list | grep -q "DejaVu Sans Condensed" || { echo "error: the font DejaVu Sans Condensed is missing: install the Debian/Ubuntu package 'fonts-dejavu-extra' (and 'fonts-dejavu-core')"; exit 1; }
	@fc-list | grep -q "DejaVu Sans Mono" || { echo "error: the font DejaVu Sans Mono is missing: install the Debian/Ubuntu package 'fonts-dejavu-core'"; exit 1; }
	@{ ldconfig -p 2>/dev/null | grep -q libpango-1.0; } || { echo "error: Pango is missing (WeasyPrint needs it): install the Debian/Ubuntu package 'libpango-1.0-0' (and 'libpangoft2-1.0-0')"; exit 1; }

build: system $(VENV)/.installed
	$(PY) -m pipeline build

check: $(VENV)/.installed
	$(PY) -m pipeline check

test: system $(VENV)/.installed-dev
	$(PY) -m pytest -q

clean:
	rm -rf build .pytest_cache .hypothesis

distclean: clean
	rm -rf $(VENV) *.egg-info

# ---- the cheat sheet's benchmark (make bench runs it with any others) ----
.PHONY: bench-pdf
bench: bench-pdf

# Our PDF's render time next to a plain mistune.html -> WeasyPrint render of
# the same notes in three columns, both measured in the same run.
bench-pdf: system $(VENV)/.installed
	$(PY) bench/pdf_bench.py
