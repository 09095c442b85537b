#!/usr/bin/env bash
# `npm test`: every test layer that runs without an Electron binary.
#  1. main-process services, sandbox and CLI under vitest, with a real gnome-keyring on a
#     private D-Bus session;
#  2. the SecretStore once more without D-Bus, to cover the reported file fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/use-node24.sh

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "npm test needs $tool: apt-get install dbus-daemon gnome-keyring libsecret-1-dev" >&2
    exit 1
  fi
done

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
report=(--reporter=default --reporter=json)

echo "== vitest with a real Secret Service (gnome-keyring on a private D-Bus session)"
dbus-run-session -- bash scripts/with-keyring.sh npx vitest run "${report[@]}" --outputFile.json="$results/keyring.json"

echo "== SecretStore fallback without D-Bus"
env -u DBUS_SESSION_BUS_ADDRESS ATIENDE_EXPECT_KEYCHAIN=0 \
  npx vitest run src/main/secrets "${report[@]}" --outputFile.json="$results/fallback.json"

# One closing line for both runs. Each run skips the other's keychain test by design.
node -e '
  const runs = process.argv.slice(1).map((f) => require(f));
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
' "$results/keyring.json" "$results/fallback.json"
