#!/usr/bin/env bash
# Over HTTP: the amplify-backend server against an axum 0.8 server with the
# same routes and the same handler work, both on hyper over loopback, loaded
# by wrk with the same connections and duration, in alternating runs, each
# run on a freshly started server. Every request imports a new bucket, so
# every answer is the 200 of ImportBackendStorage.
#
# Usage: benches/http.sh [SECONDS_PER_RUN] [RUNS] [CONNECTIONS]
# Installs wrk (Debian package) if it is missing. Request logging is off in
# both servers (RUST_LOG=warn for amplify-backend; axum logs nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
runs=${2:-3}
connections=${3:-64}

if ! command -v wrk >/dev/null; then
    echo "installing wrk…" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq wrk >&2
fi
cargo build --release -q -p amplify-backend -p opwire-bench --bin amplify-backend --bin axum-amplify
work=$(mktemp -d "${TMPDIR:-/tmp}/opwire-http.XXXXXX")
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

cat >"$work/import.lua" <<'LUA'
-- A new bucket name per request (thread number and counter): each import is
-- a new resource, answered 200.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  id = wrk.thread:get("id")
  counter = 0
end
function request()
  counter = counter + 1
  local body = string.format('{"bucketName":"bucket-%d-%d","serviceName":"S3"}', id, counter)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
LUA

port=18180
wait_for() { # port
    for _ in $(seq 100); do
        (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "server on port $1 did not start" >&2
    exit 1
}

start() { # name
    port=$((port + 1))
    case $1 in
        opwire)
            RUST_LOG=warn target/release/amplify-backend --port "$port" >"$work/server.log" 2>&1 &
            server_pid=$!
            wait_for "$port"
            curl -sf "http://127.0.0.1:$port/backend" -H 'content-type: application/json' \
                -d '{"appId":"app1","appName":"bench","backendEnvironmentName":"prod"}' >/dev/null
            ;;
        axum)
            target/release/axum-amplify "$port" >"$work/server.log" 2>&1 &
            server_pid=$!
            wait_for "$port"
            ;;
    esac
}

stop() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

# One run: requests/second and p99 latency in milliseconds.
load() { # name
    start "$1"
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/import.lua" \
        "http://127.0.0.1:$port/backend/app1/storage/prod/import")
    stop
    echo "$out" >>"$work/$1.txt"
    local rps p99
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    if echo "$out" | grep -q "Non-2xx\|errors:"; then
        echo "$1: wrk saw errors:" >&2
        echo "$out" >&2
        exit 1
    fi
    echo "$1 $rps $p99"
}

echo "machine: $(nproc) cores; wrk -t2 -c$connections -d${seconds}s, $runs alternating runs each" >&2
results="$work/results"
for run in $(seq "$runs"); do
    if [ $((run % 2)) -eq 1 ]; then order="opwire axum"; else order="axum opwire"; fi
    for name in $order; do
        line=$(load "$name")
        echo "run $run: $line" >&2
        echo "$line" >>"$results"
    done
done

python3 - "$results" <<'PY'
import statistics, sys
def ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)
runs = {}
for line in open(sys.argv[1]):
    name, rps, p99 = line.split()
    runs.setdefault(name, []).append((float(rps), ms(p99)))
o_rps = statistics.median(r for r, _ in runs["opwire"])
a_rps = statistics.median(r for r, _ in runs["axum"])
o_p99 = statistics.median(p for _, p in runs["opwire"])
a_p99 = statistics.median(p for _, p in runs["axum"])
print()
print("| server | requests/s (median) | p99 latency (median) |")
print("|---|---|---|")
print(f"| amplify-backend (opwire) | {o_rps:,.0f} | {o_p99:.2f} ms |")
print(f"| axum 0.8, same routes and handler | {a_rps:,.0f} | {a_p99:.2f} ms |")
print(f"| opwire / axum | {o_rps / a_rps:.2f}x | {o_p99 / a_p99:.2f}x |")
PY
