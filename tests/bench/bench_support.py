"""Helpers of run_benchmarks.sh: the peers' SQL and periods, the equal-work check and the results table.

  bench_support.py spec KPI_PREVIOUS.json KPI_YEAR.json > spec.json
  bench_support.py sql sqlite|duckdb spec.json TABLE [STORE] > refresh.sql
  bench_support.py check spec.json KPI.json COHORTS.json SEGMENTS.json PEER NAME [STORE]
  bench_support.py table results.tsv machine.txt > table.md
  sqlite3 -json DB < X.sql | bench_support.py rows PHASE    one "PHASE {row}" line per result row

results.tsv rows: size, workload, tool, wall_s, cpu_s, rss_kb, note (one row per run; the table shows medians).
"""
import datetime
import json
import statistics
import sys
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

DIALECTS = {
    # sqlite3 .import leaves every column as text: the day is the date's first ten characters.
    "sqlite": {
        "@DAY@": "substr(date, 1, 10)",
        "@JDAY@": "CAST(julianday(substr(date, 1, 10)) AS INTEGER)",
        "@MONTH@": "(CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER))",
        "@NUM@": "",
        "@DIV@": "/",
        "@LEAST@": "min",
        "date_literal": "'{}'",
        "num_cast": "CAST({} AS REAL)",
    },
    # DuckDB's read_csv types the columns: date is a TIMESTAMP, numbers are DOUBLE.
    "duckdb": {
        "@DAY@": "CAST(date AS DATE)",
        "@JDAY@": "(CAST(date AS DATE) - DATE '1970-01-01')",
        "@MONTH@": "(year(date) * 12 + month(date))",
        "@NUM@": "",
        "@DIV@": "//",
        "@LEAST@": "least",
        "date_literal": "DATE '{}'",
        "num_cast": "CAST({} AS DOUBLE)",
    },
}


def day(text):
    return datetime.date.fromisoformat(text)


def spec(previous_path, year_path):
    """Periods of the default query as StoreLens resolved them: the period, the previous period and the year
    before, each with its retention windows (METRICS.md section 3, a 365-day activity window)."""
    previous = json.loads(Path(previous_path).read_text())
    year = json.loads(Path(year_path).read_text())
    window = int(previous.get("activity_window_days", 365))
    periods = OrderedDict()
    for name, p in (("current", previous["period"]), ("comparison", previous["comparison_period"]),
                    ("year", year["comparison_period"])):
        f, t = day(p["from"]), day(p["to"])
        periods[name] = [str(f), str(t), str(f - datetime.timedelta(days=window)),
                         str(f - datetime.timedelta(days=1)),
                         str(t + datetime.timedelta(days=1) - datetime.timedelta(days=window))]
    f, t = day(previous["period"]["from"]), day(previous["period"]["to"])
    return {"periods": periods, "month_from": f.year * 12 + f.month, "month_to": t.year * 12 + t.month}


def sql(dialect, spec_path, table, store):
    d = DIALECTS[dialect]
    s = json.loads(Path(spec_path).read_text())
    text = (HERE / "peers" / "refresh.sql").read_text()
    lit = d["date_literal"]
    periods = ", ".join("('{}', {})".format(name, ", ".join(lit.format(x) for x in p))
                        for name, p in s["periods"].items())
    filt = "TRUE" if not store else "store = '{}'".format(store.replace("'", "''"))
    for key, value in (("@PERIODS@", periods), ("@TABLE@", table), ("@FILTER@", filt),
                       ("@MONTHFROM@", str(s["month_from"])), ("@MONTHTO@", str(s["month_to"]))):
        text = text.replace(key, value)
    # @NUM@(column) -> the dialect's cast to a floating-point number
    while "@NUM@(" in text:
        start = text.index("@NUM@(")
        end = text.index(")", start)
        text = text[:start] + d["num_cast"].format(text[start + 6:end]) + text[end + 1:]
    for key in ("@DAY@", "@JDAY@", "@MONTH@", "@DIV@", "@LEAST@"):
        text = text.replace(key, d[key])
    return text


def storelens_values(kpi_path, cohorts_path, segments_path):
    """The numbers every peer must reproduce, from StoreLens's own JSON output."""
    kpi = json.loads(Path(kpi_path).read_text())
    values = {}
    for k in kpi["kpis"]:
        values[("current", k["key"])] = k["value"]
        values[("comparison", k["key"])] = k["comparison"]
    cohorts = json.loads(Path(cohorts_path).read_text())
    segments = json.loads(Path(segments_path).read_text())
    champions = [s["size"] for s in segments["rfm_segments"] if s["name"] == "Champions"]
    return values, {"cohorts": len(cohorts["cohorts"]),
                    "customers": sum(c["size"] for c in cohorts["cohorts"]),
                    "rfm_customers": segments["customers"], "champions": champions[0] if champions else 0}


PEER_KEYS = [("net", "net_sales", 0.011), ("gross", "gross_sales", 0.011), ("returns", "returns", 0.011),
             ("orders", "orders", 0), ("aov", "aov", 0.011), ("active", "buying_customers", 0),
             ("new_customers", "new_customers", 0), ("at_start", "customers_at_start", 0),
             ("at_end", "customers_at_end", 0)]


def peer_results(output_path, phase):
    """A peer's printed results of one phase (cold or warm) as {part: {...}}."""
    parts = {"kpi": {}}
    for line in Path(output_path).read_text().splitlines():
        if not line.startswith(phase + " "):
            continue
        row = json.loads(line[len(phase) + 1:])
        if "kpi" in row and isinstance(row["kpi"], dict):  # pandas prints all parts in one object
            parts = row
            continue
        part = row.pop("part")
        if part == "kpi":
            parts["kpi"][row["name"]] = row
        else:
            parts[part] = row
    return parts


def check(spec_path, kpi_path, cohorts_path, segments_path, peer_output, peer_name, phase):
    values, structure = storelens_values(kpi_path, cohorts_path, segments_path)
    got = peer_results(peer_output, phase)
    problems = []
    for period in ("current", "comparison"):
        row = got["kpi"].get(period, {})
        for peer_key, key, tolerance in PEER_KEYS:
            mine, theirs = values.get((period, key)), row.get(peer_key)
            if (period, key) not in values:  # a renamed KPI must not pass the check unchecked
                problems.append(f"{period} {key}: not in StoreLens's kpi JSON")
                continue
            if mine is None or theirs is None:
                continue
            if abs(float(mine) - float(theirs)) > tolerance:
                problems.append(f"{period} {key}: StoreLens {mine}, {peer_name} {theirs}")
    c, r = got.get("cohorts", {}), got.get("rfm", {})
    for mine, theirs, label in ((structure["cohorts"], c.get("cohorts"), "cohorts"),
                                (structure["customers"], c.get("customers"), "cohort customers"),
                                (structure["rfm_customers"], r.get("customers"), "RFM customers"),
                                (structure["champions"], r.get("champions"), "Champions")):
        if theirs is None or int(mine) != int(theirs):
            problems.append(f"{label}: StoreLens {mine}, {peer_name} {theirs}")
    if problems:
        print(f"{peer_name} ({phase}) does not reproduce StoreLens's numbers:\n  " + "\n  ".join(problems))
        return 1
    cur = values[("current", "net_sales")], values[("current", "orders")], values[("current", "aov")]
    print(f"{peer_name} ({phase}) = StoreLens: net sales {cur[0]}, orders {cur[1]}, AOV {cur[2]}, "
          f"buying {values[('current', 'buying_customers')]}, new {values[('current', 'new_customers')]}, "
          f"S {values[('current', 'customers_at_start')]}, E {values[('current', 'customers_at_end')]}, "
          f"{structure['cohorts']} cohorts of {structure['customers']} customers, "
          f"{structure['rfm_customers']} RFM customers ({structure['champions']} Champions)")
    return 0


def fmt_time(seconds):
    if seconds is None:
        return "n/a"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(results_path, machine_path):
    rows = [line.split("\t") for line in Path(results_path).read_text().splitlines() if line.strip()]
    groups = OrderedDict()
    for size, workload, tool, wall, cpu, rss, note in rows:
        g = groups.setdefault((size, workload), OrderedDict()).setdefault(tool, {"wall": [], "cpu": [],
                                                                                "rss": [], "note": note})
        if wall != "":
            g["wall"].append(float(wall))
        if cpu != "":
            g["cpu"].append(float(cpu))
        if rss != "":
            g["rss"].append(int(rss))
        if note:
            g["note"] = note
    out = [Path(machine_path).read_text().strip(), ""]
    out.append("| lines | workload | tool | median wall | median CPU | peak RSS | wall ÷ StoreLens | runs | note |")
    out.append("|---:|---|---|---:|---:|---:|---:|---:|---|")
    for (size, workload), tools in groups.items():
        base = tools.get("StoreLens")
        base_wall = statistics.median(base["wall"]) if base and base["wall"] else None
        for tool, g in tools.items():
            wall = statistics.median(g["wall"]) if g["wall"] else None
            cpu = statistics.median(g["cpu"]) if g["cpu"] else None
            rss = f"{max(g['rss']) / 1024:.0f} MiB" if g["rss"] else "n/a"
            ratio = f"{wall / base_wall:.2f}×" if wall and base_wall else "n/a"
            out.append(f"| {int(size):,} | {workload} | {tool} | {fmt_time(wall)} | {fmt_time(cpu)} | {rss} | "
                       f"{ratio} | {len(g['wall'])} | {g['note']} |")
    return "\n".join(out)


def main():
    cmd = sys.argv[1]
    if cmd == "spec":
        print(json.dumps(spec(sys.argv[2], sys.argv[3])))
    elif cmd == "sql":
        print(sql(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else ""))
    elif cmd == "check":
        sys.exit(check(*sys.argv[2:9]))
    elif cmd == "rows":
        text, decoder, pos = sys.stdin.read(), json.JSONDecoder(), 0
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text):
                break
            rows, pos = decoder.raw_decode(text, pos)
            for r in rows:
                print(sys.argv[2] + " " + json.dumps(r))
    elif cmd == "table":
        print(table(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
