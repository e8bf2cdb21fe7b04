#!/usr/bin/env bash
# Installs what is missing, builds StoreLens and starts it on the sample store.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${STORELENS_BUILD_DIR:-"$here/build"}
"$here/scripts/setup.sh" "$build"
sample="$build/sample.storelens"
if [ ! -f "$sample" ]; then
  "$build/app/storelens" sample --workspace "$sample"
fi
exec "$build/app/storelens" "$sample"
