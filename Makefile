# Everything installs into .venv; only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site build test check install clean

site: $(STAMP)  ## install, validate and serve on http://127.0.0.1:8000
	$(BIN)/buurtbanen bekijk

build: $(STAMP)  ## install, validate and build into site/
	$(BIN)/buurtbanen bouw

test: $(STAMP)  ## install and run all tests
	$(BIN)/python -m pytest

check: $(STAMP)  ## validate content only
	$(BIN)/buurtbanen controleer

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig (gevonden: " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) site build
