#!/usr/bin/env bash
# Checks the published contracts (schemas/, docs/consumers.md):
#   1. schemas/ equals what libs/contracts generates now (class-validator-jsonschema):
#      a contract changed without `npx tsx tools/contracts/write-schemas.ts` fails here;
#   2. schemas/asyncapi.json is valid AsyncAPI 3.0 by the official parser
#      (@asyncapi/parser), with every referenced key, header and payload schema.
# The two generator/validator packages are taken from node_modules when the
# project lists them, else installed once (pinned) into .tools/contracts, so
# that a second run is offline. Needs Node.js 24 and ../shared (NEWS_SHARED_DIR).
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT_DIR"
# shellcheck source=scripts/lib/node.sh
source "$ROOT_DIR/scripts/lib/node.sh"
ensure_node >/dev/null || { echo "validate-contracts: Node.js 24 is required" >&2; exit 1; }

PACKAGES=(class-validator-jsonschema@5.2.0 @asyncapi/parser@3.6.3)
TOOLS="${NEWS_CONTRACT_TOOLS:-$ROOT_DIR/.tools/contracts}"

missing=()
for p in "${PACKAGES[@]}"; do
  node -e "require.resolve('${p%@*}')" 2>/dev/null || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ "$(cat "$TOOLS/.installed" 2>/dev/null)" != "${missing[*]}" ]]; then
    echo "installing ${missing[*]} into $TOOLS" >&2
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --ignore-scripts "${missing[@]}" >&2
    printf '%s' "${missing[*]}" >"$TOOLS/.installed"
  fi
  export NODE_PATH="$TOOLS/node_modules${NODE_PATH:+:$NODE_PATH}"
fi

npx tsx tools/contracts/write-schemas.ts --check
npx tsx tools/contracts/validate-asyncapi.ts
