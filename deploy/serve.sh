#!/usr/bin/env bash
# Runs the portal as an operator would on one server: production settings, gunicorn on loopback,
# static files fingerprinted and compressed, behind a caching nginx on 127.0.0.1:$PORT.
# Ctrl+C (or `make stop`) stops both. Reads SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL.
# On a server, PYTHON's virtualenv holds requirements-production.txt (no test tools).
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
APP_PORT="${APP_PORT:-$((PORT + 1))}"
RUN_DIR="${RUN_DIR:-/tmp/portal-serve-$PORT}"
PYTHON="${PYTHON:-.venv/bin/python}"
GUNICORN="$(dirname "$PYTHON")/gunicorn"
# Two cores: (2 x cores) + 1 synchronous workers.
WORKERS="${WORKERS:-5}"
export DJANGO_SETTINGS_MODULE=portal.settings.production

if [ -z "${SECRET_KEY:-}" ]; then
    SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')"
    export SECRET_KEY
    echo "!!! SECRET_KEY is not set: using a throwaway key for this run only (sessions end on restart)." >&2
    echo "!!! Set SECRET_KEY in the environment on a real server." >&2
fi
# `make serve` answers plain HTTP on loopback; a real server terminates HTTPS in front of the app and
# keeps production's default, a redirect to HTTPS.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
# Every worker must share one cache, or a publish would refresh only one worker's pages.
if [ -z "${REDIS_URL:-}" ] && command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    export REDIS_URL="redis://127.0.0.1:6379/0"
fi
if [ -z "${REDIS_URL:-}" ]; then
    echo "No REDIS_URL and no Redis on 127.0.0.1:6379: one worker, with its own memory cache." >&2
    WORKERS=1
fi

if ! command -v nginx >/dev/null; then
    echo "Installing nginx (Debian package)…" >&2
    apt-get install -y nginx >/dev/null
fi

# A new start begins with an empty proxy cache: pages kept by an earlier run belong to its database.
rm -rf "$RUN_DIR/cache"
mkdir -p "$RUN_DIR"/{tmp,cache,static}
"$PYTHON" manage.py compilemessages --ignore=.venv -v0
"$PYTHON" manage.py collectstatic --noinput -v0
"$PYTHON" manage.py migrate --noinput -v0
if [ "${LOAD_INITIAL_CONTENT:-1}" = 1 ]; then
    "$PYTHON" manage.py load_initial_content
fi

USER_LINE=""
if [ "$(id -u)" = 0 ]; then
    USER_LINE="user root;"  # nginx runs as root here only to read its own run folder; loopback only
fi
sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@PORT@|$PORT|g" -e "s|@APP_PORT@|$APP_PORT|g" -e "s|@USER_LINE@|$USER_LINE|" \
    deploy/nginx-serve.conf.template >"$RUN_DIR/nginx.conf"

# gunicorn accepts request lines as long as nginx does (8k), so a long address reaches Django's 404.
"$GUNICORN" portal.wsgi:application --bind "127.0.0.1:$APP_PORT" --workers "$WORKERS" --limit-request-line 8190 \
    --pid "$RUN_DIR/gunicorn.pid" --access-logfile - --log-level warning >"$RUN_DIR/gunicorn.log" 2>&1 &
nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" -g "daemon off;" &
NGINX_PID=$!

stop() {
    kill "$NGINX_PID" 2>/dev/null || true
    [ -f "$RUN_DIR/gunicorn.pid" ] && kill "$(cat "$RUN_DIR/gunicorn.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    echo "Stopped."
}
trap stop INT TERM EXIT

for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/en/" 2>/dev/null && break
    sleep 0.2
done
echo "Serving on http://127.0.0.1:$PORT/en/ (nginx, cached) and http://127.0.0.1:$APP_PORT/ (gunicorn)."
echo "Ctrl+C or \`make stop\` stops it. Run folder: $RUN_DIR"
echo "Scheduled releases and press e-mails need cron (see docs/operators.md): manage.py publish_scheduled and"
echo "manage.py send_press_alerts every minute, manage.py delete_unconfirmed_subscribers daily."
wait "$NGINX_PID"
