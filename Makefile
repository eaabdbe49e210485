# Commandes du projet. Les deux premières suffisent :
#   make serve   installe tout (dans .venv) et sert le site sur http://127.0.0.1:8000
#   make test    installe tout, construit le site en mode strict et lance les tests
# Autres : make check (vérifie mission.yml et les tâches, sans construire le site),
# make build (site/ prêt à publier), make lint, make offline, make bench, make clean,
# make compte-rendu NOTES=notes.json (le compte rendu en Word avec les notes, en local).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Material affiche sinon un long avertissement à chaque construction.
export NO_MKDOCS_2_WARNING := 1
# Python garde ses modules compilés (__pycache__), comme sur tout poste : une machine qui
# l'interdit (PYTHONDONTWRITEBYTECODE, courant dans les conteneurs) recompilerait le guide à
# chaque construction et à chaque processus des tests.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: serve build site-into test check lint format offline bench compte-rendu clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

SITE_DIR ?= site

# Tout ou rien : le site est construit dans un nouveau dossier à côté de $(SITE_DIR), qui ne
# remplace l'ancien que si toutes les étapes ont réussi (guide/publish.py) ; sinon $(SITE_DIR)
# reste tel qu'il était. (« make » et non $(MAKE) : make --dry-run build affiche seulement
# cette ligne, sans la lancer.)
build: $(STAMP)
	$(BIN)/python -m guide.publish --site-dir $(SITE_DIR) make --no-print-directory site-into INTO={dossier}

# Les étapes de make build, dans le dossier INTO (ne pas lancer seul : utilisez make build).
site-into:
	$(BIN)/mkdocs build --strict --site-dir $(INTO)
	@# L'édition hors ligne est publiée avec le site (lien depuis la page d'accueil).
	$(MAKE) --no-print-directory offline
	cp $(DIST)/$(OFFLINE_ZIP) $(INTO)/$(OFFLINE_ZIP)

# Vérifie mission.yml et les tâches du guide, sans construire le site (quelques secondes).
check: $(STAMP)
	@$(BIN)/python -m guide.check

lint: $(STAMP)
	$(BIN)/ruff check macros guide hooks tests bench
	$(BIN)/ruff format --check macros guide hooks tests bench
	$(BIN)/pymarkdown --config .pymarkdown.json scan --recurse docs

format: $(STAMP)
	$(BIN)/ruff format macros guide hooks tests bench
	$(BIN)/ruff check --fix macros guide hooks tests bench

test: $(STAMP) lint
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT INT TERM HUP && \
	$(BIN)/mkdocs build --strict --quiet --site-dir $$tmp/site
	$(BIN)/python -m pytest

# Édition hors ligne : le site pour file:// (plugin offline de Material), dans un zip.
DIST ?= dist
OFFLINE_NAME := mission-exploratoire-hors-ligne
OFFLINE_ZIP := $(OFFLINE_NAME).zip

# Le dossier temporaire est effacé même en cas d'échec ou d'interruption (trap) ; le zip est
# écrit en entier ou pas du tout (guide/publish.py).
offline: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT INT TERM HUP && \
	OFFLINE=true $(BIN)/mkdocs build --strict --quiet --site-dir $$tmp/$(OFFLINE_NAME) && \
	$(BIN)/python -m guide.publish --zip $(DIST)/$(OFFLINE_ZIP) $$tmp/$(OFFLINE_NAME) && \
	echo "Édition hors ligne : $(DIST)/$(OFFLINE_ZIP)"

# Le compte rendu de mission en Word avec les notes de réunion exportées (page « Notes de
# réunion ») : make compte-rendu NOTES="notes-awa.json notes-paul.json". Écrit dans
# compte-rendu/ (ignoré par git), jamais dans docs/ ni site/ : les notes ne sont pas publiées.
compte-rendu: $(STAMP)
	@$(BIN)/python -m guide.compte_rendu $(NOTES)

# Mesures de performance (pas un test) : durée de construction, poids des pages, Lighthouse.
# make bench BENCH_ARGS=--readme écrit aussi le tableau dans README.md.
bench: $(STAMP)
	cd bench && npm ci --no-audit --no-fund --silent
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf site dist .pytest_cache
