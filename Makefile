# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PIP := $(BIN)/pip --disable-pip-version-check -q

.DEFAULT_GOAL := help
.PHONY: help run test check lint format messages translations install clean browser-tools

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

# Static files come from WhiteNoise (which finds them in the apps while DEBUG is on), not from
# runserver's own handler: that one answers /static/../ with a 500.
RUNSERVER_OPTIONS := --nostatic

# BASE_URL, the one source of absolute URLs, is the address served unless set; migrate points the
# default Wagtail Site record at it.
run: export BASE_URL := $(or $(BASE_URL),http://127.0.0.1:$(PORT))
run: translations
	$(MANAGE) migrate --noinput -v1
	$(MANAGE) load_initial_content
	$(MANAGE) ensure_local_admin
	@echo "Serving on $(BASE_URL)/en/, /sr-latn/ and /sr/ (Ctrl+C stops)"
	@echo "Press e-mails (alerts, confirmations, advance copies) wait in the database; send them with"
	@echo "  $(MANAGE) send_press_alerts   (cron runs it every minute; dev settings print mail to this console)"
	$(MANAGE) runserver $(RUNSERVER_OPTIONS) 127.0.0.1:$(PORT)

# The browser tests drive Debian's Chromium (installed with apt-get when missing and running as root)
# and inject axe-core from npm. Outside CI a missing tool only skips them, loudly; under CI (CI=true)
# a tool that cannot be installed fails the build, and the tests themselves fail rather than skip.
CHROMIUM ?= /usr/bin/chromium
AXE_VERSION := 4.14.1
AXE_DIR := tests/browser/node_modules/axe-core

browser-tools:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; \
		fi; \
	fi
	@if [ ! -f "$(AXE_DIR)/axe.min.js" ] && command -v npm >/dev/null; then \
		npm install --no-save --no-audit --no-fund --prefix tests/browser axe-core@$(AXE_VERSION) >/dev/null; \
	fi
	@if [ ! -x "$(CHROMIUM)" ] || [ ! -f "$(AXE_DIR)/axe.min.js" ]; then \
		if [ -n "$$CI" ]; then echo "ERROR: Chromium ($(CHROMIUM)) or axe-core could not be installed; the browser tests must run under CI."; exit 1; fi; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!! Chromium or axe-core is missing: THE BROWSER TESTS WILL BE SKIPPED.       !!"; \
		echo "!! Install them with: apt-get install chromium; npm install in tests/browser !!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi

# The browser tests run in a session of their own: their live server empties the database after each
# test, which the rest of the suite must never see.
test: $(VENV)/.installed-dev translations browser-tools
	CHROMIUM_PATH=$(CHROMIUM) $(BIN)/pytest -q --ignore=tests/browser
	CHROMIUM_PATH=$(CHROMIUM) $(BIN)/pytest -q tests/browser

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
# to derive the Cyrillic catalogue (locale/sr) from them. The Wagtail admin's catalogues
# (locale/admin/sr_Latn) get the installed Wagtail's new strings merged in and listed ("to translate").
messages: $(VENV)/.installed
	$(MANAGE) makemessages --locale=sr_Latn --no-location --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=locale
	$(MANAGE) update_admin_catalogues
	$(MANAGE) derive_cyrillic_catalogue

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# --- Performance and scale ----------------------------------------------------------------------
.PHONY: serve stop bench
# Production settings, gunicorn and a caching nginx on 127.0.0.1:$(PORT) (gunicorn on $(PORT)+1).
serve: translations
	PORT=$(PORT) PYTHON=$(BIN)/python deploy/serve.sh

stop:
	PORT=$(PORT) deploy/stop.sh

# Not part of `make test`: builds a 10,000-release archive once (in /tmp/portal-bench) and runs wrk.
bench: translations
	$(BIN)/python deploy/bench.py
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
