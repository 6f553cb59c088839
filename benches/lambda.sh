#!/usr/bin/env bash
# Cold start on Lambda as users measure it, against a local Lambda Runtime
# API (opwire_tests::lambda_runtime): the stripped release binary's size,
# the time from exec to the first answered event, and the peak memory after
# it, for `amplify-backend` (the emulator, also the local server) and
# `axum-amplify-lambda` (the same 31 routes in axum under lambda_http), in
# alternating runs; then the per-event cost in process (benches/lambda.rs).
#
# Usage: benches/lambda.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

cargo build --release -q -p amplify-backend -p opwire-bench \
    --bin amplify-backend --bin axum-amplify-lambda --bin lambda-cold-start
work=$(mktemp -d "${TMPDIR:-/tmp}/opwire-lambda.XXXXXX")
trap 'rm -rf "$work"' EXIT
# As deployed: stripped (cargo lambda build --release strips too).
for binary in amplify-backend axum-amplify-lambda; do
    strip -o "$work/$binary" "target/release/$binary"
done
echo "machine: $(nproc) cores, $(rustc --version)" >&2
target/release/lambda-cold-start "$runs" "$work/amplify-backend" "$work/axum-amplify-lambda"
cargo bench -q -p opwire-bench --bench lambda
