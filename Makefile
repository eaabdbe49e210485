# Commandes du projet. Les deux premières suffisent :
#   make serve   installe tout (dans .venv) et sert le site sur http://127.0.0.1:8000
#   make test    installe tout, construit le site en mode strict et lance les tests
# Autres : make build (site/ prêt à publier), make lint, make offline, make bench, make clean.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Material affiche sinon un long avertissement à chaque construction.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint format offline bench clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

lint: $(STAMP)
	$(BIN)/ruff check macros tests
	$(BIN)/ruff format --check macros tests
	$(BIN)/pymarkdown --config .pymarkdown.json scan --recurse docs

format: $(STAMP)
	$(BIN)/ruff format macros tests
	$(BIN)/ruff check --fix macros tests

test: $(STAMP) lint
	@tmp=$$(mktemp -d) && $(BIN)/mkdocs build --strict --quiet --site-dir $$tmp/site && rm -rf $$tmp
	$(BIN)/python -m pytest

clean:
	rm -rf site dist .pytest_cache
