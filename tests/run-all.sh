#!/usr/bin/env bash
# The one test command (npm test): types, lint, then every Vitest project
# (unit, API on SQLite and PostgreSQL, end-to-end in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck (web, api, tests: tsconfig.json lists them)"; npx tsc -b tsconfig.json
echo "== lint"; npx eslint . --max-warnings 0
echo "== build the web apps, staff and public (for the end-to-end tests)"; npm run build --silent
echo "== tests"
report="$(mktemp)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$report" "$@" || status=$?
# One plain closing line for CI: "N passed, N failed".
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  process.stdout.write(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed\n`);
' "$report" || true
rm -f "$report"
exit "$status"
