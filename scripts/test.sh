#!/usr/bin/env bash
# Installs what is missing, builds StoreLens with its tests and runs every test (GUI tests under Xvfb).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${STORELENS_BUILD_DIR:-"$here/build"}
"$here/scripts/setup.sh" "$build"
cd "$build"
jobs=$(nproc)
# A real X server for the tests that open a window; the others run offscreen.
exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 900 -j "$jobs"
