"""pandas peer for run_benchmarks.sh (Debian's python3-pandas).

  python3 pandas_bench.py import  FILE.csv [PICKLE]   read_csv; with PICKLE, keeps the frame for `refresh`
  python3 pandas_bench.py refresh PICKLE PERIODS.json STORE

refresh loads the frame kept by `import` (pandas' equivalent of opening a loaded workspace), computes the KPI
tiles for the period, its comparison and the year before, the monthly cohort matrix and RFM scores with the 11
named segments (METRICS.md sections 2-5), then the same with a store filter, and prints the results and one
line `timing cold_ms warm_ms cold_cpu_ms warm_cpu_ms` measured inside the process.
"""
import json
import sys
import time

import numpy as np
import pandas as pd

GRID = {
    5: ["Recent customers", "Potential loyalists", "Loyal customers", "Champions", "Champions"],
    4: ["Promising", "Potential loyalists", "Potential loyalists", "Loyal customers", "Champions"],
    3: ["Promising", "Need attention", "Potential loyalists", "Loyal customers", "Loyal customers"],
    2: ["About to sleep", "Need attention", "Need attention", "At risk", "At risk"],
    1: ["Lost", "Hibernating", "At risk", "Can't lose them", "Can't lose them"],
}


def round4(x):
    """Rounded to 4 places half away from zero, as METRICS.md says (numpy rounds half to even)."""
    return np.sign(x) * np.floor(np.abs(x) * 10000 + 0.5 + 1e-9) / 10000


def prepare(frame):
    """The columns every part needs, from the raw read_csv frame."""
    day = pd.to_datetime(frame["date"].str.slice(0, 10))
    gross = round4(frame["quantity"] * frame["unit_price"])
    return pd.DataFrame({
        "o": frame["order_id"],
        "d": day,
        "jd": (day - pd.Timestamp("1970-01-01")).dt.days,
        "m": day.dt.year * 12 + day.dt.month,
        "c": frame["customer_id"],
        "q": frame["quantity"],
        "g": gross,
        "disc": frame["discount"].fillna(0.0),
        "amount": gross - frame["discount"].fillna(0.0),
        "cost": round4(frame["quantity"] * frame["unit_cost"]),
        "store": frame["store"],
    })


def tie_aware_scores(values):
    n = len(values)
    less = values.rank(method="min").astype(np.int64) - 1
    equal = values.map(values.value_counts())
    return np.minimum(5, (5 * (2 * less + equal)) // (2 * n) + 1)


def kpis(l, periods, as_of):
    sale = l[l.q > 0]
    firsts = sale[sale.c.notna()].groupby("c").d.min()
    out = {}
    for name, (f, t, sf, sl, ef) in periods.items():
        f, t, sf, sl, ef = (pd.Timestamp(x) for x in (f, t, sf, sl, ef))
        p = l[(l.d >= f) & (l.d <= t)]
        ps = p[p.q > 0]
        gross, discounts = ps.g.sum(), ps.disc.sum()
        orders = ps.o.nunique()
        ident = sale[sale.c.notna() & (sale.d >= sf) & (sale.d <= t)]
        in_p = ident[(ident.d >= f)]
        per_customer = in_p.groupby("c").o.nunique()
        s = set(ident[ident.d <= sl].c.unique())
        e = set(ident[ident.d >= ef].c.unique())
        out[name] = {
            "gross": round(gross, 2), "discounts": round(discounts, 2),
            "returns": round(-p[p.q < 0].amount.sum(), 2), "net": round(p.amount.sum(), 2),
            "orders": int(orders), "aov": round((gross - discounts) / orders, 2) if orders else None,
            "units": float(ps.q.sum()), "guest": round(ps[ps.c.isna()].amount.sum(), 2),
            "cogs": round(p.cost.sum(), 2), "active": int(len(per_customer)),
            "new_customers": int(((firsts >= f) & (firsts <= t)).sum()),
            "repeaters": int((per_customer >= 2).sum()), "identified_orders": int(per_customer.sum()),
            "at_start": len(s), "at_end": len(e), "retained": len(s & e),
        }
    return out


def cohorts(l, month_from, month_to):
    ident = l[l.c.notna()]
    cohort = ident[ident.q > 0].groupby("c").m.min().rename("cohort")
    sizes = cohort[(cohort >= month_from) & (cohort <= month_to)].value_counts()
    act = ident.join(cohort, on="c", how="inner")
    act = act[(act.cohort >= month_from) & (act.cohort <= month_to)]
    act = act.assign(age=act.m - act.cohort, sale_order=act.o.where(act.q > 0))
    cells = act.groupby(["cohort", "age"]).agg(net=("amount", "sum"), ords=("sale_order", "nunique"))
    cells["active"] = act[act.q > 0].groupby(["cohort", "age"]).c.nunique()
    cells["active"] = cells.active.fillna(0)
    retention = (cells.active / cells.index.get_level_values(0).map(sizes).to_numpy()).sum()
    return {"cells": int(len(cells)), "cohorts": int(len(sizes)), "customers": int(sizes.sum()),
            "retention_sum": round(float(retention), 6)}


def rfm(l, as_of_jd):
    ident = l[l.c.notna()]
    sale = ident[ident.q > 0]
    last = sale.groupby("c").jd.max()
    freq = sale.groupby("c").o.nunique()
    mon = ident.groupby("c").amount.sum().round(4).reindex(last.index)
    r = tie_aware_scores(last)
    fm = (tie_aware_scores(freq) + tie_aware_scores(mon) + 1) // 2
    names = [GRID[a][b - 1] for a, b in zip(r.to_numpy(), fm.to_numpy())]
    sizes = pd.Series(names).value_counts()
    return {"customers": int(len(last)), "segments": int(len(sizes)),
            "champions": int(sizes.get("Champions", 0))}


def refresh(l, periods, as_of_jd, month_from, month_to):
    return {"kpi": kpis(l, periods, as_of_jd), "cohorts": cohorts(l, month_from, month_to),
            "rfm": rfm(l, as_of_jd)}


def main():
    mode = sys.argv[1]
    if mode == "import":
        frame = pd.read_csv(sys.argv[2])
        print(f"rows {len(frame)}")
        if len(sys.argv) > 3:
            prepare(frame).to_pickle(sys.argv[3])
    elif mode == "refresh":
        with open(sys.argv[3]) as f:
            spec = json.load(f)
        started, cpu = time.perf_counter(), time.process_time()
        l = pd.read_pickle(sys.argv[2])
        as_of_jd = int(l.jd.max())
        cold = refresh(l, spec["periods"], as_of_jd, spec["month_from"], spec["month_to"])
        cold_ms, cold_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        started, cpu = time.perf_counter(), time.process_time()
        warm = refresh(l[l.store == sys.argv[4]], spec["periods"], as_of_jd, spec["month_from"],
                       spec["month_to"])
        warm_ms, warm_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        print("cold " + json.dumps(cold))
        print("warm " + json.dumps(warm))
        print(f"timing {cold_ms:.1f} {warm_ms:.1f} {cold_cpu:.1f} {warm_cpu:.1f}")
    else:
        sys.exit("usage: pandas_bench.py import CSV [PICKLE] | refresh PICKLE PERIODS.json STORE")


if __name__ == "__main__":
    main()
