#!/bin/bash
# Import + analytics benchmark on a ~1,000,000-line order export. See README.md.
# Usage: tests/bench/run_import_bench.sh [build-dir] [work-dir]
#   build-dir: a Release build with the storelens and bench_analytics targets (default: build-bench)
#   work-dir:  where the CSV and the workspace go (default: a new temporary directory, removed at the end
#              unless KEEP=1)
# Environment: CUSTOMERS (default 100000), SCALE (orders scale, default 0.9: about 1,000,000 lines with
# 100,000 customers), REPS (bench_analytics repetitions, default 7).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$repo/build-bench}"
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
customers="${CUSTOMERS:-100000}"
scale="${SCALE:-0.9}"
reps="${REPS:-7}"

storelens="$build/app/storelens"
bench="$build/tests/bench/bench_analytics"
for exe in "$storelens" "$bench"; do
    [ -x "$exe" ] || { echo "missing $exe: cmake --build $build --target storelens bench_analytics" >&2; exit 1; }
done
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing: apt-get install -y time" >&2
    exit 1
fi
if ! grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt"; then
    echo "warning: $build is not a Release build; figures are not comparable" >&2
fi

if [ -n "${2:-}" ]; then
    work="$2"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
fi
csv="$work/orders.csv"
ws="$work/bench.storelens"
rm -f "$csv" "$ws" "$ws-wal" "$ws-shm"

echo "== generating the order export: --customers $customers --orders-scale $scale"
start=$(date +%s.%N)
"$storelens" sample --orders-csv "$csv" --customers "$customers" --orders-scale "$scale" >/dev/null
end=$(date +%s.%N)
lines=$(($(wc -l <"$csv") - 1))
printf 'order lines: %d, file size: %d MiB, generated in %s s\n' "$lines" \
    $(($(stat -c %s "$csv") / 1048576)) "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"

echo "== import: storelens import $csv --workspace $ws"
/usr/bin/time -v "$storelens" import "$csv" --workspace "$ws" >"$work/import.out" 2>"$work/import.time"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time' "$work/import.time" | sed 's/^\s*/  /'
printf '  workspace size: %d MiB\n' $(($(stat -c %s "$ws") / 1048576))

echo "== analytics: bench_analytics $ws --repetitions $reps"
"$bench" "$ws" --repetitions "$reps"
