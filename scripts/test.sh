#!/usr/bin/env bash
# Installs what is missing, builds StoreLens with its tests and runs every test (GUI tests under Xvfb).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${STORELENS_BUILD_DIR:-"$here/build"}
"$here/scripts/setup.sh" "$build"
cd "$build"
jobs=$(nproc)
# A real X server for the tests that open a window; the others run offscreen.
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 900 -j "$jobs"

# Hostile input (issue 15): the malformed corpus under ASan + UBSan, then each libFuzzer target for a short
# fixed time on its seed corpus (scripts/fuzz.sh; both in build-fuzz, built with clang).
# STORELENS_FUZZ_SECONDS=0 leaves this out.
seconds=${STORELENS_FUZZ_SECONDS:-25}
if [ "$seconds" -gt 0 ]; then
  cd "$here"
  cmake --preset fuzz >/dev/null
  cmake --build build-fuzz --parallel "$jobs" --target tst_malformed
  ctest --preset fuzz -R '^tst_malformed$'
  scripts/fuzz.sh "$seconds"
fi
