# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PIP := $(BIN)/pip --disable-pip-version-check -q

.DEFAULT_GOAL := help
.PHONY: help run test check lint format messages translations install clean

help:
	@echo "make run    install, migrate, load the initial content and serve on http://127.0.0.1:$(PORT)"
	@echo "make test   the whole test suite (SQLite; set DATABASE_URL for PostgreSQL)"
	@echo "make check  Django checks, missing migrations, lint"
	@echo "make lint / make format / make messages"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.txt
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

# Compiled catalogues are build output, not committed; msgfmt comes with GNU gettext.
translations: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { echo "GNU gettext (msgfmt) is needed: apt-get install gettext / brew install gettext"; exit 1; }
	@$(MANAGE) compilemessages --ignore=.venv -v0

run: translations
	$(MANAGE) migrate --noinput -v1
	$(MANAGE) load_initial_content
	BASE_URL=$${BASE_URL:-http://127.0.0.1:$(PORT)} $(MANAGE) ensure_local_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/en/, /sr-latn/ and /sr/ (Ctrl+C stops)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev translations
	$(BIN)/pytest -q

check: $(VENV)/.installed-dev translations
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refreshes locale/ from the code; translate the new entries in locale/sr_Latn, then run it again
# to derive the Cyrillic catalogue (locale/sr) from them.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --locale=sr_Latn --no-location --no-obsolete --ignore=.venv --ignore=staticfiles
	$(MANAGE) derive_cyrillic_catalogue

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# Backups: `make backup` writes backups/portal-<timestamp>.tar.gz (database + media files);
# `make restore BACKUP=backups/portal-….tar.gz FORCE=1` puts them back (refuses without FORCE=1).
.PHONY: backup restore soak
backup: $(VENV)/.installed
	$(MANAGE) backup_site

restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=backups/portal-….tar.gz FORCE=1"; exit 2; }
	$(MANAGE) restore_site "$(BACKUP)" $(if $(FORCE),--force)

# Soak test: collects static files (production storage), then holds a production-settings gunicorn on a loopback port under
# concurrent load for a minute; fails on any error or memory growth. SOAK_ARGS="--duration 120" to vary.
soak: $(VENV)/.installed translations
	$(BIN)/python scripts/soak.py $(SOAK_ARGS)
