#!/usr/bin/env bash
# `npm test`: every test layer that runs without an Electron binary.
#  1. main-process services, sandbox and CLI under vitest, with a real gnome-keyring on a
#     private D-Bus session and a throwaway PostgreSQL cluster;
#  2. the SecretStore once more without D-Bus, to cover the reported file fallback;
#  3. the renderer in Debian's Chromium against the browser harness (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/use-node24.sh

for tool in dbus-run-session gnome-keyring-daemon ps openssl "${ATIENDE_CHROMIUM:-/usr/bin/chromium}"; do
  if ! command -v "$tool" >/dev/null; then
    echo "npm test needs $tool: apt-get install dbus-daemon gnome-keyring libsecret-1-dev procps openssl chromium" >&2
    exit 1
  fi
done

# The server's store is tested on PostgreSQL too, on a throwaway cluster (tests/fixtures/postgres-cluster.ts).
if [ -z "${ATIENDE_PG_BIN:-}" ] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ! command -v initdb >/dev/null; then
  echo "npm test needs PostgreSQL's initdb: apt-get install postgresql (or set ATIENDE_PG_BIN to the folder holding it)" >&2
  exit 1
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
report=(--reporter=default --reporter=json)

echo "== vitest with a real Secret Service (gnome-keyring on a private D-Bus session)"
dbus-run-session -- bash scripts/with-keyring.sh npx vitest run "${report[@]}" --outputFile.json="$results/keyring.json"

echo "== SecretStore fallback without D-Bus"
env -u DBUS_SESSION_BUS_ADDRESS ATIENDE_EXPECT_KEYCHAIN=0 \
  npx vitest run src/main/secrets "${report[@]}" --outputFile.json="$results/fallback.json"

echo "== end to end: the built renderer in Chromium against the browser harness"
npx electron-vite build >/dev/null
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json

# One closing line for every run. Each vitest run skips the other's keychain test by design;
# the Electron smoke test skips where no Electron binary exists.
node -e '
  const [keyring, fallback, e2e] = process.argv.slice(1).map((f) => require(f));
  const v = (k) => keyring[k] + fallback[k];
  const s = e2e.stats;
  console.log(`tests: ${v("numPassedTests") + s.expected} passed, ${v("numFailedTests") + s.unexpected + s.flaky} failed, ${v("numPendingTests") + s.skipped} skipped`);
' "$results/keyring.json" "$results/fallback.json" "$results/e2e.json"
