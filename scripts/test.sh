#!/usr/bin/env bash
# `npm test`: typecheck, Node unit and API tests (SQLite and PostgreSQL), browser tests in
# Debian's Chromium, the production build, and end-to-end tests through `npm start`.
# Ends with one line `all: N passed, N failed` for CI log readers.
set -uo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
eval "$(bash scripts/ensure-test-env.sh)" || { echo "Could not set up the test machine." >&2; exit 1; }

passed=0; failed=0; status=0
out=$(mktemp)
step() {
  local name=$1; shift
  echo "== $name"
  "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -aE '^# pass [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')
  f=$(grep -aE '^# fail [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')
  if grep -aqE '^browser: [0-9]+ passed' "$out"; then
    p=$(grep -aE '^browser: ' "$out" | tail -1 | sed -E 's/browser: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
    f=$(grep -aE '^browser: ' "$out" | tail -1 | sed -E 's/browser: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" -ne 0 ]; then
    echo "!! $name failed (exit $rc)"
    [ "$f" -eq 0 ] && failed=$((failed + 1))
    status=1
  fi
  return 0
}
step typecheck npx tsc --noEmit
step "node tests" bash scripts/test-node.sh
step "browser tests" npx web-test-runner
step build npx vite build
step "end-to-end tests" node --import tsx --test e2e/*.e2e.test.ts
rm -f "$out"
echo
echo "all: $passed passed, $failed failed"
exit $status
