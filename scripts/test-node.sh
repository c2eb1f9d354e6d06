#!/usr/bin/env bash
# Node unit and API tests: every *.node.test.ts outside node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src server bin scripts test -name '*.node.test.ts' 2>/dev/null | sort)
if [ ${#files[@]} -eq 0 ]; then echo "no Node test files found" >&2; exit 1; fi
exec node --import tsx --test --test-concurrency=2 "${files[@]}"
