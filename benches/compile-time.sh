#!/usr/bin/env bash
# Compile time of the 31 AmplifyBackend operations declared with opwire,
# against the official aws-sdk-amplifybackend, each from a clean target
# directory, with `cargo build --timings`; then the rebuild after a one-line
# change to one operation, and the size of one `#[operation]` expansion.
# amplify-backend is built as a library, as the SDK is: the declarations
# and the emulator's router, without its `server` feature (the local
# server binary's hyper, tokio runtime and log printer).
#
# Usage: benches/compile-time.sh [--release]
# Needs: cargo, python3, network access to the crate registry for the SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
profile_flag=${1:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/opwire-compile-time.XXXXXX")
edited=examples/amplify-backend/src/storage.rs
cp "$edited" "$work/storage.rs.orig"
trap 'cp "$work/storage.rs.orig" "$root/$edited"; rm -rf "$work" "$root/target-ct"' EXIT

# Seconds of the whole build, and of one crate, from a --timings report.
timing() { # report.html crate-name
    python3 - "$1" "$2" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
total = max(u["start"] + u["duration"] for u in units)
own = sum(u["duration"] for u in units if u["name"] == sys.argv[2] and u.get("target", "") in ("", " (lib)", "lib"))
print(f"{total:.1f} {own:.1f}")
PY
}

build() { # label dir crate-name cargo-args...
    local label=$1 dir=$2 crate=$3
    shift 3
    rm -rf "$dir/target-ct"
    (cd "$dir" && CARGO_TARGET_DIR="$dir/target-ct" cargo build --timings "$@" -q) >&2
    local report
    report=$(ls -t "$dir"/target-ct/cargo-timings/cargo-timing-*.html | head -1)
    read -r whole own < <(timing "$report" "$crate")
    echo "$label $whole $own"
}

echo "machine: $(nproc) cores, $(rustc --version)" >&2

# (a) amplify-backend's library with its dependencies (opwire with `server`).
read -r _ opwire_whole opwire_own < <(build opwire "$root" amplify-backend -p amplify-backend --lib --no-default-features $profile_flag)

# (b) a crate that depends on aws-sdk-amplifybackend, default features.
mkdir -p "$work/sdk/src"
cat >"$work/sdk/Cargo.toml" <<'TOML'
[package]
name = "sdk-user"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
aws-sdk-amplifybackend = "1"

[workspace]
TOML
echo 'pub use aws_sdk_amplifybackend as sdk;' >"$work/sdk/src/lib.rs"
read -r _ sdk_whole sdk_own < <(build sdk "$work/sdk" aws-sdk-amplifybackend $profile_flag)

# (b') the same without the SDK's default features (no TLS stack, no
# default HTTP client): its smallest build that still sends requests.
mkdir -p "$work/sdk-min/src"
sed -e 's/^name = "sdk-user"/name = "sdk-min-user"/' \
    -e 's/^aws-sdk-amplifybackend = "1"/aws-sdk-amplifybackend = { version = "1", default-features = false, features = ["rt-tokio", "behavior-version-latest"] }/' \
    "$work/sdk/Cargo.toml" >"$work/sdk-min/Cargo.toml"
cp "$work/sdk/src/lib.rs" "$work/sdk-min/src/lib.rs"
read -r _ min_whole _ < <(build sdk-min "$work/sdk-min" aws-sdk-amplifybackend $profile_flag)

# (c) the rebuild after a one-line change to one operation.
sed -i '0,/^\/\/\/ Imports an existing S3 bucket/s//\/\/\/ Imports an existing S3 bucket (edited)/' "$edited"
grep -q '(edited)' "$edited" || { echo "the line to edit was not found in $edited" >&2; exit 1; }
start=$(date +%s.%N)
CARGO_TARGET_DIR="$root/target-ct" cargo build -q -p amplify-backend --lib --no-default-features $profile_flag
rebuild=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")
cp "$work/storage.rs.orig" "$edited"

# The size of one `#[operation]`: the seed declaration, expanded.
mkdir -p "$work/seed/src"
cat >"$work/seed/Cargo.toml" <<TOML
[package]
name = "seed"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
opwire = { path = "$root/runtime" }
serde = { version = "1", features = ["derive"] }

[workspace]
TOML
cp runtime/examples/import_backend_storage/declaration.rs "$work/seed/src/lib.rs"
input=$(grep -c . "$work/seed/src/lib.rs")
expanded=$( (cd "$work/seed" && CARGO_TARGET_DIR="$root/target-ct" RUSTC_BOOTSTRAP=1 cargo rustc -q --lib -- -Zunpretty=expanded 2>/dev/null) | rustfmt --edition 2024 | grep -c .)
glue=$(grep -c . macros/tests/expand/import_backend_storage.expanded.rs)
rm -rf "$root/target-ct"

python3 - "$opwire_whole" "$opwire_own" "$sdk_whole" "$sdk_own" "$rebuild" "$glue" "$expanded" "$input" "$min_whole" <<'PY'
import sys
ow, oo, sw, so, rebuild, glue, expanded, source, mw = sys.argv[1:]
ow, oo, sw, so, rebuild, mw = map(float, (ow, oo, sw, so, rebuild, mw))
print()
print("| build | opwire (amplify-backend) | aws-sdk-amplifybackend | opwire / SDK |")
print("|---|---|---|---|")
print(f"| whole build, clean | {ow:.1f} s | {sw:.1f} s | {ow / sw:.2f}x |")
print(f"| whole build, clean, SDK without default features | {ow:.1f} s | {mw:.1f} s | {ow / mw:.2f}x |")
print(f"| the crate alone | {oo:.1f} s | {so:.1f} s | {oo / so:.2f}x |")
print(f"| rebuild after a one-line change | {rebuild:.1f} s | | |")
print()
print(f"one #[operation] (the seed, {source} non-blank source lines with its types):")
print(f"  opwire's own expansion: {glue} lines (macros/tests/expand/import_backend_storage.expanded.rs)")
print(f"  whole file expanded, serde's derives included: {expanded} lines")
PY
