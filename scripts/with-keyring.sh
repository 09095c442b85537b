#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session, so
# keytar talks to a real Secret Service. Use it inside dbus-run-session.
set -euo pipefail
export XDG_DATA_HOME="$(mktemp -d)"
# The keyring is created and unlocked with a throwaway password for this session only.
eval "$(printf 'atiende-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export ATIENDE_EXPECT_KEYCHAIN=1
exec "$@"
