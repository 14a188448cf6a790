#!/usr/bin/env bash
# Make sure a Redis server answers at WIREROOM_TEST_REDIS_URL's host:port (default 127.0.0.1:6379):
# start Debian's redis-server there when none answers, installing it first if it is missing.
set -euo pipefail
host=127.0.0.1
port="${WIREROOM_TEST_REDIS_PORT:-6379}"

answers() { python3 - "$host" "$port" <<'PY'
import socket, sys
try:
    s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1)
    s.sendall(b"PING\r\n"); ok = s.recv(16).startswith(b"+PONG"); s.close()
except OSError:
    ok = False
sys.exit(0 if ok else 1)
PY
}

if answers; then exit 0; fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "ensure-redis: installing redis-server" >&2
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq redis-server >/dev/null
fi
dir="${TMPDIR:-/tmp}/wireroom-redis-$port"; mkdir -p "$dir"
redis-server --daemonize yes --bind "$host" --port "$port" --save "" --appendonly no \
  --dir "$dir" --logfile "$dir/redis.log" --pidfile "$dir/redis.pid"
for _ in $(seq 1 50); do answers && exit 0; sleep 0.1; done
echo "ensure-redis: redis-server did not answer on $host:$port" >&2
exit 1
