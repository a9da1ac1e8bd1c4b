#!/usr/bin/env bash
# Installs the Debian 12 packages LeaderNet Desktop needs to build, run,
# test and package (scripts/package.sh, scripts/try-packages.sh).
# Idempotent: when every package is already present it does nothing (and
# needs no network). Runs as root, or through sudo when available.
set -euo pipefail

PACKAGES=(
  cmake g++ make ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
  libsqlite3-dev
  qtkeychain-qt6-dev libsecret-1-dev gnome-keyring dbus-x11 dbus-daemon
  libcpp-httplib-dev libsodium-dev libzstd-dev zlib1g-dev libssl-dev libbrotli-dev
  xvfb xauth libgl1-mesa-dev fonts-dejavu-core fonts-noto-core
  postgresql sqlite3 curl python3 poppler-utils
  dpkg-dev file librsvg2-bin lintian appstream desktop-file-utils man-db debootstrap
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
"${SUDO[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
