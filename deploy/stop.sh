#!/usr/bin/env bash
# Stops what deploy/serve.sh started on $PORT, by the process ids it recorded.
set -u
RUN_DIR="${RUN_DIR:-/tmp/portal-serve-${PORT:-8000}}"
for pidfile in "$RUN_DIR/nginx.pid" "$RUN_DIR/gunicorn.pid"; do
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null && echo "Stopped $(basename "$pidfile" .pid)."
    fi
done
