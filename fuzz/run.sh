#!/usr/bin/env bash
# Runs one fuzz target with cargo-fuzz on the stable toolchain:
#
#   fuzz/run.sh TARGET [SECONDS]      # default 60 seconds
#   fuzz/run.sh --list                # the targets
#
# Installs cargo-fuzz if it is missing. By default the target is built
# without a sanitizer (`--sanitizer none`), which stable rustc accepts as it
# is: the coverage instrumentation cargo-fuzz asks for is all `-C` flags.
# FUZZ_SANITIZER=address (or another cargo-fuzz sanitizer) builds with one;
# that needs `-Zsanitizer`, which stable rustc takes only with
# RUSTC_BOOTSTRAP=1, set here for that case alone.
#
# The corpus grows in fuzz/corpus/TARGET (ignored by git). A crash is written
# to fuzz/artifacts/TARGET (ignored too);
# replay it with `cargo fuzz run --sanitizer none TARGET FILE` from the
# repository's root. Extra arguments after SECONDS go to libFuzzer
# (`-jobs=`, `-max_len=`, …).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

if [[ "${1:-}" == "--list" ]]; then
    exec cargo fuzz list
fi
if [[ $# -lt 1 ]]; then
    echo "usage: fuzz/run.sh TARGET [SECONDS] [LIBFUZZER-ARGS...]  (fuzz/run.sh --list)" >&2
    exit 2
fi
target=$1
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))

sanitizer=${FUZZ_SANITIZER:-none}
if [[ "$sanitizer" != none ]]; then
    export RUSTC_BOOTSTRAP=1
fi

corpus=fuzz/corpus/$target
mkdir -p "$corpus"

exec cargo fuzz run --sanitizer "$sanitizer" "$target" "$corpus" -- \
    -max_total_time="$seconds" -print_final_stats=1 "$@"
