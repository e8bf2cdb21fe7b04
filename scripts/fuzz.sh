#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake --preset fuzz: clang, ASan + UBSan) and runs each on its seed corpus.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 25 s for each of fuzz_csvreader and fuzz_importer (the CI smoke run); e.g. 3600 for an hour.
# Seeds: tests/fuzz/corpus/<target>/ and tests/data/malformed/ (read only); what the run finds is kept in
# build-fuzz/corpus/<target>/, crashes in build-fuzz/findings/<target>/ (the script then fails). The seed is fixed
# (STORELENS_FUZZ_SEED, default 1) so a CI run repeats the inputs of a run here; set another one for long runs.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-25}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_csvreader fuzz_importer)
build="$here/build-fuzz"

cd "$here"
cmake --preset fuzz >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "== $target: ${seconds} s"
  if ! "$build/tests/fuzz/$target" "$corpus" "$here/tests/fuzz/corpus/$target" "$here/tests/data/malformed" \
      -dict="$here/tests/fuzz/csv.dict" -seed="${STORELENS_FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"$build/$target.log"; then
    status=1
    tail -n 60 "$build/$target.log"
    echo "$target found a crash, a hang or a sanitizer report: $findings" >&2
  else
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build/$target.log" || true
  fi
done
exit $status
