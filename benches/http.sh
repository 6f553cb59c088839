#!/usr/bin/env bash
# Over HTTP, on loopback, in alternating runs, each run on a freshly started
# server, the same connections and duration for every server of a pair:
#
# 1. amplify-backend (the emulator with its store) against an axum 0.8
#    server with the same routes and the same handler work, over HTTP/1.1
#    (wrk). Every request imports a new bucket: every answer is the 200 of
#    ImportBackendStorage.
# 2. opwire's Server with a constant answer for ImportBackendStorage
#    (opwire-seed) against the stack's floor: bare hyper reading the request
#    and answering the same status, headers and JSON from precomputed bytes
#    (hyper-floor); over HTTP/1.1 (wrk) and cleartext HTTP/2 (oha --http2).
#
# Usage: benches/http.sh [SECONDS_PER_RUN] [RUNS] [CONNECTIONS]
# Installs wrk (Debian package) and oha (`cargo install oha`) if missing.
# Request logging is off in every server (RUST_LOG=warn for amplify-backend).
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
if ! command -v oha >/dev/null; then
    echo "installing oha…" >&2
    cargo install -q --locked oha >&2
fi
cargo build --release -q -p amplify-backend -p opwire-bench \
    --bin amplify-backend --bin axum-amplify --bin opwire-seed --bin hyper-floor
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
        axum) target/release/axum-amplify "$port" >"$work/server.log" 2>&1 & server_pid=$! ;;
        seed) target/release/opwire-seed "$port" >"$work/server.log" 2>&1 & server_pid=$! ;;
        floor) target/release/hyper-floor "$port" >"$work/server.log" 2>&1 & server_pid=$! ;;
    esac
    wait_for "$port"
}

stop() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

url() { echo "http://127.0.0.1:$port/backend/app1/storage/prod/import"; }

# One run: requests/second and p99 latency in milliseconds.
load() { # name protocol
    start "$1"
    local rps p99
    if [ "$2" = h1 ]; then
        local out
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/import.lua" "$(url)")
        if echo "$out" | grep -q "Non-2xx\|errors:"; then
            echo "$1: wrk saw errors:" >&2
            echo "$out" >&2
            exit 1
        fi
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    else
        oha -z "${seconds}s" -c "$connections" --http2 --no-tui --output-format json \
            -m POST -H 'content-type: application/json' \
            -d '{"bucketName":"bucket","serviceName":"S3"}' "$(url)" >"$work/oha.json"
        read -r rps p99 < <(python3 - "$work/oha.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
codes = report.get("statusCodeDistribution", {})
if set(codes) != {"200"}:
    sys.exit(f"oha saw answers other than 200: {codes}")
print(report["summary"]["requestsPerSec"], f'{report["latencyPercentiles"]["p99"] * 1000}ms')
PY
)
    fi
    stop
    echo "$1 $2 $rps $p99"
}

echo "machine: $(nproc) cores; $connections connections, ${seconds}s runs, $runs alternating runs each" >&2
results="$work/results"
pair() { # a b protocol
    for run in $(seq "$runs"); do
        if [ $((run % 2)) -eq 1 ]; then order="$1 $2"; else order="$2 $1"; fi
        for name in $order; do
            line=$(load "$name" "$3")
            echo "run $run: $line" >&2
            echo "$line" >>"$results"
        done
    done
}
pair opwire axum h1
pair seed floor h1
pair seed floor h2

python3 - "$results" <<'PY'
import statistics, sys
def ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)
runs = {}
for line in open(sys.argv[1]):
    name, proto, rps, p99 = line.split()
    runs.setdefault((name, proto), []).append((float(rps), ms(p99)))
def med(key):
    return (statistics.median(r for r, _ in runs[key]), statistics.median(p for _, p in runs[key]))
names = {
    "opwire": "amplify-backend (opwire, the emulator)",
    "axum": "axum 0.8, same routes and handler",
    "seed": "opwire Server, constant answer",
    "floor": "bare hyper, precomputed answer",
}
print()
print("| server | protocol | requests/s (median) | p99 latency (median) |")
print("|---|---|---|---|")
for (name, proto) in runs:
    rps, p99 = med((name, proto))
    print(f"| {names[name]} | {proto} | {rps:,.0f} | {p99:.2f} ms |")
print()
print("| ratio | protocol | throughput | p99 |")
print("|---|---|---|---|")
for a, b, proto in (("opwire", "axum", "h1"), ("seed", "floor", "h1"), ("seed", "floor", "h2")):
    (ar, ap), (br, bp) = med((a, proto)), med((b, proto))
    print(f"| {a} / {b} | {proto} | {ar / br:.2f}x | {ap / bp:.2f}x |")
PY
