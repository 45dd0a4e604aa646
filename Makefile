# Everything installs into .venv; only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Decap CMS for the form under /admin/, from the npm registry (admin/package-lock.json).
DECAP  := admin/node_modules/.installed
# Test tools from npm (testtools/package-lock.json): the W3C Nu HTML Checker (run with Java), ESLint.
TOOLS  := testtools/node_modules/.installed

.PHONY: site build test lint check install formulier testtools beelden clean

site: $(STAMP) formulier  ## install, validate and serve on http://127.0.0.1:8000
	$(BIN)/buurtbanen bekijk

build: $(STAMP) formulier beelden  ## install, validate and build into site/
	$(BIN)/buurtbanen bouw

test: lint formulier testtools  ## install, lint and run all tests
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff (style, imports, likely bugs) and mypy (types), settings in pyproject.toml
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy

check: $(STAMP)  ## validate content only
	$(BIN)/buurtbanen controleer

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig (gevonden: " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

# Without npm the site is still built, without /admin/; the build says so too.
formulier:  ## install Decap CMS for the form under /admin/ (needs npm)
	@if command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory $(DECAP); \
	else \
		echo "npm ontbreekt: de site wordt gemaakt zonder het formulier op /admin/."; \
		echo "Installeer Node.js en npm (bijvoorbeeld: apt-get install npm) om het formulier mee te bouwen."; \
	fi

$(DECAP): admin/package.json admin/package-lock.json
	cd admin && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Without npm the HTML check and ESLint are skipped, without Java the HTML check (in CI they fail);
# the tests say so.
testtools:  ## install the Nu HTML Checker and ESLint for the tests (needs npm; the checker runs with Java)
	@if command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory $(TOOLS); \
	else \
		echo "npm ontbreekt: de HTML-controle (Nu HTML Checker) en ESLint worden overgeslagen."; \
	fi

$(TOOLS): testtools/package.json testtools/package-lock.json
	cd testtools && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The guide's screenshots (docs/bijdragen/beelden/, not in git): made by the browser tests from
# the real site, so they always show the site as it is. Without Chromium the guide has no pictures.
beelden: $(STAMP)  ## make the screenshots for the Bijdragen pages (needs Chromium)
	@if [ -x "$${CHROMIUM:-/usr/bin/chromium}" ]; then \
		BUURTBANEN_BEELDEN=$(CURDIR)/docs/bijdragen/beelden $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_beelden.py; \
	else \
		echo "Chromium ontbreekt: de handleiding wordt gemaakt zonder schermafbeeldingen."; \
	fi

clean:
	rm -rf $(VENV) site build admin/node_modules testtools/node_modules docs/bijdragen/beelden
