#!/usr/bin/env bash
# Re-extracts the restJson1 protocol cases from botocore's source
# distribution on PyPI, then regenerates the declarations that test them.
#   bash tests/data/protocol/extract.sh [botocore version]
set -euo pipefail
version=${1:-1.44.8}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
  "botocore==$version" -d "$tmp"
tar xzf "$tmp/botocore-$version.tar.gz" -C "$tmp"
src="$tmp/botocore-$version"
cp "$src/tests/unit/protocols/input/rest-json.json" input-rest-json.json
cp "$src/tests/unit/protocols/output/rest-json.json" output-rest-json.json
cp "$src/LICENSE.txt" LICENSE.txt
cp "$src/NOTICE" NOTICE
python3 generate.py
