#!/usr/bin/env bash
# Cold start on Lambda as users measure it, against a local Lambda Runtime
# API (opwire_tests::lambda_runtime): the stripped release binary's size,
# the time from exec to the first answered event, and the peak memory after
# it, for `opwire-amplify-lambda` (the emulator's 31 routes on
# opwire::lambda), `axum-amplify-lambda` (the same routes in axum under
# lambda_http; both in benches/lambda-functions/) and `amplify-backend` (the
# one binary: the function, also the local server with its command line,
# OpenAPI and SigV4), in alternating runs; then the per-event cost in
# process (benches/lambda.rs).
#
# Usage: benches/lambda.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

# Each package in a build of its own, so its features are its own (the
# benchmarks' crate turns on more).
cargo build --release -q -p amplify-backend --bin amplify-backend
cargo build --release -q -p lambda-functions
cargo build --release -q -p opwire-bench --bin lambda-cold-start
work=$(mktemp -d "${TMPDIR:-/tmp}/opwire-lambda.XXXXXX")
trap 'rm -rf "$work"' EXIT
# As deployed: stripped (cargo lambda build --release strips too).
for binary in amplify-backend opwire-amplify-lambda axum-amplify-lambda; do
    strip -o "$work/$binary" "target/release/$binary"
done
echo "machine: $(nproc) cores, $(rustc --version)" >&2
target/release/lambda-cold-start "$runs" "$work/opwire-amplify-lambda" "$work/axum-amplify-lambda" "$work/amplify-backend"
cargo bench -q -p opwire-bench --bench lambda
