#!/usr/bin/env bash
# The demo, from a fresh clone: installs what is missing (scripts/setup.sh), builds the
# WebAssembly and the widget (scripts/build-web.sh), then serves www/ on 127.0.0.1 at a free
# port until Ctrl-C. Prints the addresses of the demo and of the example news page, and the
# file:// address of the demo, which also works opened straight from disk. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-web.sh

# The first free port from 8000 (an address that stays the same from run to run), else any.
port=$(python3 - <<'PY'
import socket
for port in [*range(8000, 8011), 0]:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(s.getsockname()[1])
        break
PY
)

cat <<TEXT

summit-cards demo
  demo page:          http://127.0.0.1:$port/
  example news page:  http://127.0.0.1:$port/embed.html (in Spanish: embed-es.html)
  opened from disk:   file://$PWD/www/index.html  (and file://$PWD/www/embed.html)

Serving www/ until Ctrl-C.
TEXT
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
