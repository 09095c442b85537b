# Source this file: puts Node 24 first on PATH, bringing it from the npm registry when the
# system Node is older. better-sqlite3-multiple-ciphers 13 and vitest 5 need it.
_atiende_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_atiende_node24="$_atiende_root/tools/node24"
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' 2>/dev/null; then
  if [ ! -x "$_atiende_node24/node_modules/node/bin/node" ]; then
    (cd "$_atiende_node24" && npm install --no-audit --no-fund --loglevel=error) >&2 || return 1
  fi
  export PATH="$_atiende_node24/node_modules/node/bin:$PATH"
  # node-gyp builds native addons (keytar) against these headers, not the system Node's.
  for _atiende_headers in "$_atiende_node24"/node_modules/node/node_modules/node-*-*; do
    export npm_config_nodedir="$_atiende_headers"
  done
  unset _atiende_headers
fi
unset _atiende_root _atiende_node24
