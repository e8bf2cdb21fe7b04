#!/bin/bash
# StoreLens against its peers (sqlite3 shell, DuckDB, pandas) on the same order-line exports, in one run.
# See README.md in this folder and BENCHMARKS.md at the repository root.
#
# Usage: tests/bench/run_benchmarks.sh
# Environment (all optional):
#   SIZES      order lines per export (default "100000 1000000 10000000")
#   REPS       runs per workload and tool (default 5); REPS_LARGE for sizes above 1,000,000 (default 1)
#   BUILD      the Release build directory (default build-release)
#   WORK       data, workspaces and peer files (default $BUILD/bench; the CSVs are kept for the next run)
#   OUT        the Markdown file whose results block is rewritten (default BENCHMARKS.md)
#   NO_INSTALL=1 / NO_BUILD=1  skip installing the peers / building
#   APPEND=1   add to the previous run's results (e.g. SIZES=10000000 APPEND=1 after the smaller sizes)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/tests/bench"
sizes="${SIZES:-100000 1000000 10000000}"
reps="${REPS:-5}"
reps_large="${REPS_LARGE:-1}"
build="${BUILD:-$repo/build-release}"
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
work="${WORK:-$build/bench}"
out="${OUT:-$repo/BENCHMARKS.md}"
python=/usr/bin/python3 # Debian's interpreter, where python3-pandas lives
store="Harbour Street"  # the filter change: one of the sample's stores

log() { printf '\n== %s\n' "$*" >&2; }

# --- peers and tools --------------------------------------------------------------------------------------
install_missing() {
    local packages=()
    command -v sqlite3 >/dev/null || packages+=(sqlite3)
    [ -x /usr/bin/time ] || packages+=(time)
    command -v xvfb-run >/dev/null || packages+=(xvfb xauth)
    command -v node >/dev/null || packages+=(nodejs npm)
    "$python" -c 'import pandas' 2>/dev/null || packages+=(python3-pandas)
    if [ ${#packages[@]} -gt 0 ]; then
        log "installing ${packages[*]}"
        local sudo=()
        [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}"
    fi
    mkdir -p "$work/node"
    if [ ! -d "$work/node/node_modules/@duckdb/node-api" ]; then
        log "installing @duckdb/node-api into $work/node"
        [ -f "$work/node/package.json" ] || echo '{"private": true}' >"$work/node/package.json"
        (cd "$work/node" && npm install --no-audit --no-fund --silent @duckdb/node-api)
    fi
}

build_release() {
    log "building Release in $build"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
    fi
    grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt" ||
        { echo "$build is not a Release build" >&2; exit 1; }
    cmake --build "$build" --target storelens bench_analytics
}

machine() {
    local cpu mem os
    cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    mem="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    os="$(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "Machine: $(nproc) cores ($cpu), $mem RAM, $os, kernel $(uname -r); load average at the start" \
         "$(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Peers: $(sqlite3 --version | cut -d' ' -f1) (sqlite3 shell), DuckDB" \
         "$(node -p "require('$work/node/node_modules/@duckdb/node-api/package.json').version")" \
         "(@duckdb/node-api, Node.js $(node --version)), pandas $("$python" -c 'import pandas; print(pandas.__version__)')" \
         "(Python $("$python" -c 'import platform; print(platform.python_version())'))."
    echo "StoreLens: Release build of $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')" \
         "plus the working tree, $(date -u '+%Y-%m-%d %H:%M UTC')."
}

# --- measuring --------------------------------------------------------------------------------------------
# timed SIZE WORKLOAD TOOL NOTE COMMAND...: runs COMMAND under /usr/bin/time, appends a results row, keeps its
# output in $work/last.out.
timed() {
    local size="$1" workload="$2" tool="$3" note="$4"
    shift 4
    /usr/bin/time -o "$work/last.time" -f '%e %U %S %M' "$@" >"$work/last.out" 2>"$work/last.err" || {
        echo "$tool $workload failed:" >&2
        tail -5 "$work/last.err" >&2
        return 1
    }
    read -r wall user sys rss <"$work/last.time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$workload" "$tool" "$wall" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" "$note" >>"$results"
}

# row SIZE WORKLOAD TOOL WALL_S CPU_S RSS_KB NOTE: a results row measured inside a process.
row() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"
}
# secs MS: milliseconds as seconds.
secs() {
    awk -v a="$1" 'BEGIN { print a / 1000 }'
}
# tsv FILE KEY COLUMN: a bench_analytics median in seconds (column 2 wall, 3 CPU).
tsv() {
    awk -F'\t' -v k="$2" -v c="$3" '$1 == k { print $c / 1000 }' "$1"
}

# cold_row SIZE WORKLOAD TSV LOAD-KEY RSS WHAT: a cold refresh is the load (LOAD-KEY) plus the snapshot's first
# concurrent refresh (nothing derived from it yet)
cold_row() {
    local size="$1" workload="$2" f="$3" key="$4" rss="$5" what="$6" wall cpu
    wall="$(awk -v a="$(tsv "$f" "$key" 2)" -v b="$(tsv "$f" refresh_first 2)" 'BEGIN { print a + b }')"
    cpu="$(awk -v a="$(tsv "$f" "$key" 3)" -v b="$(tsv "$f" refresh_first 3)" 'BEGIN { print a + b }')"
    row "$size" "$workload" StoreLens "$wall" "$cpu" "$rss" \
        "$what $(awk -v a="$(tsv "$f" "$key" 2)" 'BEGIN { printf "%.0f", a * 1000 }') ms + refresh"
}

generate() {
    local size="$1" csv="$2"
    [ -s "$csv" ] && return
    # about ten order lines per identified customer and year mix: --customers size/10 with --orders-scale 0.9
    log "generating $csv"
    "$storelens" sample --orders-csv "$csv.tmp" --customers $((size / 10)) --orders-scale 0.9 >&2
    mv "$csv.tmp" "$csv"
}

bench_import() {
    local size="$1" csv="$2" n="$3" dir="$work/$1"
    log "import, $size lines ($n runs each)"
    for ((i = 0; i < n; i++)); do
        rm -f "$dir/w.storelens" "$dir/w.storelens-wal" "$dir/w.storelens-shm"
        timed "$size" import StoreLens "parse, validate, upsert, index" \
            "$storelens" import "$csv" --workspace "$dir/w.storelens"
        rm -f "$dir/s.db"
        timed "$size" import "sqlite3 .import" "plain text table" \
            sqlite3 "$dir/s.db" -cmd '.mode csv' ".import '$csv' lines"
        timed "$size" import "DuckDB read_csv" "typed table" \
            node "$work/node/duckdb_bench.mjs" import "$dir/d.duckdb" "$csv"
        timed "$size" import "pandas read_csv" "in memory" "$python" "$here/peers/pandas_bench.py" import "$csv"
    done
    # the frame pandas' refresh starts from (not timed)
    "$python" "$here/peers/pandas_bench.py" import "$csv" "$dir/p.pkl" >/dev/null
}

# StoreLens's own numbers for the default query and the filter change, which every peer must reproduce.
storelens_numbers() {
    local dir="$1" ws="$1/w.storelens"
    "$storelens" kpi --workspace "$ws" --compare previous --format json >"$dir/kpi.json"
    "$storelens" kpi --workspace "$ws" --compare year --format json >"$dir/kpi-year.json"
    "$storelens" cohorts --workspace "$ws" --grain month --format json >"$dir/cohorts.json"
    "$storelens" segments --workspace "$ws" --format json >"$dir/segments.json"
    "$storelens" kpi --workspace "$ws" --compare previous --format json --filter "store=$store" >"$dir/kpi-f.json"
    "$storelens" cohorts --workspace "$ws" --grain month --format json --filter "store=$store" \
        >"$dir/cohorts-f.json"
    "$storelens" segments --workspace "$ws" --format json --filter "store=$store" >"$dir/segments-f.json"
    "$python" "$here/bench_support.py" spec "$dir/kpi.json" "$dir/kpi-year.json" >"$dir/spec.json"
    for dialect in sqlite duckdb; do
        "$python" "$here/bench_support.py" sql "$dialect" "$dir/spec.json" lines >"$dir/$dialect-cold.sql"
        "$python" "$here/bench_support.py" sql "$dialect" "$dir/spec.json" lines "$store" >"$dir/$dialect-warm.sql"
    done
}

# check DIR PEER-OUTPUT PEER-NAME: the peer's cold and warm results equal StoreLens's (else the run stops).
check() {
    local dir="$1"
    "$python" "$here/bench_support.py" check "$dir/spec.json" "$dir/kpi.json" "$dir/cohorts.json" \
        "$dir/segments.json" "$2" "$3" cold >&2
    "$python" "$here/bench_support.py" check "$dir/spec.json" "$dir/kpi-f.json" "$dir/cohorts-f.json" \
        "$dir/segments-f.json" "$2" "$3" warm >&2
}

bench_refresh() {
    local size="$1" n="$2" dir="$work/$1" ws="$work/$1/w.storelens"
    log "refresh, $size lines ($n runs each)"
    storelens_numbers "$dir"

    # StoreLens: bench_analytics times the load and the parts inside one process.
    /usr/bin/time -o "$work/last.time" -f '%M' "$bench" "$ws" --repetitions "$n" --store "$store" \
        --results "$dir/analytics.tsv" >"$dir/analytics.txt"
    cat "$dir/analytics.txt" >&2
    local rss a="$dir/analytics.tsv"
    rss="$(cat "$work/last.time")"
    cold_row "$size" "refresh cold" "$a" load "$rss" "snapshot load"
    row "$size" "refresh warm" StoreLens "$(tsv "$a" filter_concurrent 2)" "$(tsv "$a" filter_concurrent 3)" \
        "$rss" "store filter on the loaded snapshot"
    row "$size" "refresh, loaded snapshot" StoreLens "$(tsv "$a" refresh_concurrent 2)" \
        "$(tsv "$a" refresh_concurrent 3)" "$rss" \
        "default query, median of $((n > 3 ? n : 3)) after one untimed refresh (the 300 ms target)"
    row "$size" "first refresh, loaded snapshot" StoreLens "$(tsv "$a" refresh_first 2)" \
        "$(tsv "$a" refresh_first 3)" "$rss" "default query, nothing derived from the snapshot yet"
    row "$size" "snapshot load" StoreLens "$(tsv "$a" load 2)" "$(tsv "$a" load 3)" "$rss" "loadSnapshot()"
    row "$size" "explain net sales" StoreLens "$(tsv "$a" explain 2)" "$(tsv "$a" explain 3)" "$rss" \
        "all dimensions on the loaded snapshot (the 100 ms target)"

    # The same with the snapshot read from the file the run above saved beside the workspace (issue 20).
    /usr/bin/time -o "$work/last.time" -f '%M' "$bench" "$ws" --persisted --repetitions "$n" --store "$store" \
        --results "$dir/analytics-saved.tsv" >"$dir/analytics-saved.txt"
    cat "$dir/analytics-saved.txt" >&2
    local s="$dir/analytics-saved.tsv"
    rss="$(cat "$work/last.time")"
    cold_row "$size" "refresh cold, saved snapshot" "$s" load_persisted "$rss" "saved snapshot read"
    row "$size" "snapshot load, saved" StoreLens "$(tsv "$s" load_persisted 2)" "$(tsv "$s" load_persisted 3)" \
        "$rss" "key check, read and checksum of every column"

    # sqlite3: no snapshot to keep, each run reads the table again (the OS file cache is warm).
    sqlite3 -json "$dir/s.db" <"$dir/sqlite-cold.sql" | "$python" "$here/bench_support.py" rows cold >"$dir/sqlite.out"
    sqlite3 -json "$dir/s.db" <"$dir/sqlite-warm.sql" | "$python" "$here/bench_support.py" rows warm >>"$dir/sqlite.out"
    check "$dir" "$dir/sqlite.out" sqlite3
    for ((i = 0; i < n; i++)); do
        timed "$size" "refresh cold" sqlite3 "same SQL, plain table" sqlite3 "$dir/s.db" ".read $dir/sqlite-cold.sql"
        timed "$size" "refresh warm" sqlite3 "same SQL + store filter" sqlite3 "$dir/s.db" ".read $dir/sqlite-warm.sql"
    done

    # DuckDB and pandas time cold (open + queries) and warm (the filter change) inside the process.
    local peer
    for peer in duckdb pandas; do
        for ((i = 0; i < n; i++)); do
            if [ "$peer" = duckdb ]; then
                /usr/bin/time -o "$work/last.time" -f '%M' node "$work/node/duckdb_bench.mjs" refresh \
                    "$dir/d.duckdb" "$dir/duckdb-cold.sql" "$dir/duckdb-warm.sql" >"$dir/$peer.out"
            else
                /usr/bin/time -o "$work/last.time" -f '%M' "$python" "$here/peers/pandas_bench.py" refresh \
                    "$dir/p.pkl" "$dir/spec.json" "$store" >"$dir/$peer.out"
            fi
            [ "$i" -gt 0 ] || check "$dir" "$dir/$peer.out" "$peer"
            local cold warm cold_cpu warm_cpu name="DuckDB" what="same SQL"
            read -r _ cold warm cold_cpu warm_cpu < <(grep '^timing ' "$dir/$peer.out")
            [ "$peer" = duckdb ] || { name="pandas"; what="groupby"; }
            row "$size" "refresh cold" "$name" "$(secs "$cold")" "$(secs "$cold_cpu")" "$(cat "$work/last.time")" \
                "open + $what"
            row "$size" "refresh warm" "$name" "$(secs "$warm")" "$(secs "$warm_cpu")" "$(cat "$work/last.time")" \
                "$what + store filter"
        done
    done
}

# start_once SIZE WORKLOAD NOTE WS: one start of the app, launch to the first painted Overview and exit
start_once() {
    # the whole process on the offscreen platform: launch, open, load, paint the Overview, exit
    timed "$1" "$2" StoreLens "$3" env STORELENS_QUIT_WHEN_SHOWN=1 QT_QPA_PLATFORM=offscreen "$storelens" "$4" ||
        { row "$1" "$2" StoreLens "" "" "" "FAILED: see the log"; return 1; }
    # the app gives up waiting after 30 s and still quits: that is a failure, not a figure
    local ms
    ms="$(sed -n 's/^shown-after-ms //p' "$work/last.err")"
    [ -n "$ms" ] && [ "$ms" -lt 30000 ] || { echo "start-up: the Overview was not shown" >&2; return 1; }
}

bench_startup() {
    local size="$1" n="$2" ws="$work/$1/w.storelens"
    log "start-up to the first painted Overview, $size lines"
    for ((i = 0; i < n; i++)); do
        rm -f "$ws-snapshot" # the first start after an import: the snapshot is read from the database
        start_once "$size" start-up "launch to first painted Overview and exit (offscreen), no saved snapshot" \
            "$ws" || return 0
    done
    # bench_analytics saves the snapshot beside the workspace, as the window does after a load
    "$bench" "$ws" --repetitions 1 >/dev/null
    [ -s "$ws-snapshot" ] || { echo "start-up: no saved snapshot beside $ws" >&2; return 1; }
    for ((i = 0; i < n; i++)); do
        start_once "$size" "start-up, saved snapshot" "the same, snapshot read from the file beside the workspace" \
            "$ws" || return 0
    done
}

bench_report() {
    local size="$1" n="$2" dir="$work/$1"
    if ! "$storelens" report --help >/dev/null 2>&1; then
        row "$size" "report (PDF)" StoreLens "" "" "" "NOT MEASURED: this build has no report command"
        return
    fi
    log "report, $size lines"
    for ((i = 0; i < n; i++)); do
        rm -f "$dir/report.pdf"
        timed "$size" "report (PDF)" StoreLens "storelens report, full PDF" \
            "$storelens" report --workspace "$dir/w.storelens" --out "$dir/report.pdf" ||
            { row "$size" "report (PDF)" StoreLens "" "" "" "FAILED: see the log"; return; }
    done
}

# --- main -------------------------------------------------------------------------------------------------
mkdir -p "$work"
[ "${NO_INSTALL:-0}" = 1 ] || install_missing
cp "$here/peers/duckdb_bench.mjs" "$work/node/" # node resolves packages next to the script
[ "${NO_BUILD:-0}" = 1 ] || build_release
storelens="$build/app/storelens"
bench="$build/tests/bench/bench_analytics"
results="$work/results.tsv"
[ "${APPEND:-0}" = 1 ] || : >"$results"
[ "${APPEND:-0}" = 1 ] && [ -s "$work/machine.md" ] || machine >"$work/machine.md"
cat "$work/machine.md" >&2

for size in $sizes; do
    mkdir -p "$work/$size" "$work/data"
    csv="$work/data/orders-$size.csv"
    generate "$size" "$csv"
    n="$reps"
    [ "$size" -le 1000000 ] || n="$reps_large"
    bench_import "$size" "$csv" "$n"
    bench_refresh "$size" "$n"
    bench_startup "$size" "$n"
    bench_report "$size" "$n"
    # the table so far, in case a larger size is interrupted
    "$python" "$here/bench_support.py" table "$results" "$work/machine.md" >"$work/table.md"
done

cat "$work/table.md"
if [ -f "$out" ] && grep -q '<!-- results:begin -->' "$out"; then
    "$python" - "$out" "$work/table.md" <<'EOF'
import sys
from pathlib import Path
doc, table = Path(sys.argv[1]), Path(sys.argv[2]).read_text().strip()
text = doc.read_text()
head, rest = text.split("<!-- results:begin -->", 1)
_, tail = rest.split("<!-- results:end -->", 1)
doc.write_text(f"{head}<!-- results:begin -->\n{table}\n<!-- results:end -->{tail}")
EOF
else
    { echo "# Benchmarks"; echo; echo "<!-- results:begin -->"; cat "$work/table.md"; echo "<!-- results:end -->"; } >"$out"
fi
log "results written to $out (raw rows: $results)"
