#!/usr/bin/env bash
# Runs every test: typecheck, lint, unit specs, and the integration and
# end-to-end tests against real Kafka and PostgreSQL. Services are taken from
# KAFKA_BROKERS / DATABASE_URL, else testcontainers (Docker), else started by
# scripts/services.sh. Installs Node 24 and npm packages first when missing.
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/node.sh
source "$ROOT_DIR/scripts/lib/node.sh"
ensure_node
ensure_node_modules
cd "$ROOT_DIR"
mkdir -p .run
results=.run/jest-results.json
rm -f "$results"
rc=0
npm test -- --json --outputFile="$results" || rc=$?
# One plain closing line with the counts, whatever the runner printed before it.
if [[ -f "$results" ]]; then
  node -e 'const r = require(process.argv[1]); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);' "$ROOT_DIR/$results"
fi
exit "$rc"
