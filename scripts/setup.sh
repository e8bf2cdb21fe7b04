#!/usr/bin/env bash
# Installs what StoreLens needs on Debian 12 (only what is missing) and configures + builds it.
# Usage: scripts/setup.sh [BUILD_DIR] [BUILD_TYPE]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
type=${2:-Release} # what a manager runs, without debug info (the tests build faster); pass RelWithDebInfo to debug

packages=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-translations-l10n  # Qt's own buttons and dialogs (qtbase_de.qm, ...) in the chosen language
  libqt6opengl6-dev libgl-dev libboost-date-time-dev libsqlite3-dev sqlite3 libnlopt-dev
  xvfb xauth poppler-utils fonts-dejavu-core
  clang libclang-rt-dev)  # clang and its libFuzzer / sanitizer runtimes: cmake --preset asan|fuzz

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type"
cmake --build "$build" --parallel "$(nproc)"
