# Every target sets up .venv on its own: a fresh machine needs only python3 and make
# (and, for `make test`, apt to install Chromium when it is missing).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-dev
INSTALLED_BENCH := $(VENV)/.installed-benchmarks

.PHONY: install browser demo test bench pictures strip lab clean

install: $(INSTALLED)

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.3"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

$(INSTALLED_BENCH): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e ".[dev,benchmarks]"
	touch $@

## The main job: parse the bundled sample, print its tables, write the report.
demo: $(INSTALLED)
	$(BIN)/workbench parse sample --out data/sample --show
	$(BIN)/workbench report sample --out reports/sample-report.html

## Debian's Chromium prints reports to PDF and drives the browser tests (Playwright cannot
## download a browser of its own here): installed with apt when missing, as root or with sudo.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## The test suite (what CI runs).
test: $(INSTALLED) browser
	$(BIN)/python -m pytest

## Quality and speed figures quoted in the README.
bench: $(INSTALLED_BENCH)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/pages_of_our_own.py --against 223702f
	$(BIN)/python benchmarks/quotes.py --split test
	$(BIN)/python benchmarks/quotes.py --split dev --cross-validate
	$(BIN)/python benchmarks/nlp_speed.py
	$(BIN)/python benchmarks/timex.py
	$(BIN)/python benchmarks/ingest.py --warc
	$(BIN)/python benchmarks/scale.py

## The README's pictures of the sample's charts.
pictures: $(INSTALLED)
	$(BIN)/python -m workbench.charts --sample-pictures docs/img

## Notebooks are stored without outputs.
strip: $(INSTALLED)
	$(BIN)/nbstripout --keep-id notebooks/*.ipynb workbench/report_template/*.ipynb

lab: $(INSTALLED)
	$(BIN)/jupyter lab --KernelManager.transport_encryption=auto notebooks/

clean:
	rm -rf $(VENV) data/sample reports test-artifacts .pytest_cache
