#!/usr/bin/python3
"""Reference values for pollkit's RollingAverage, computed independently with numpy/pandas.

Run from the repository root:

    python3 src/test/resources/reference/rolling/make_reference.py

For every case it writes <case>.csv with columns
day,estimate,lower,upper,sd,polls,effective_n
(empty cells for NaN) and the poll series it used (ukraine-series.csv, synthetic-series.csv);
cases.csv lists the options of each case. The definitions are those in RollingAverage's Javadoc,
implemented here as a days x polls matrix (no loop over windows):

  in window  REAL_TIME: 0 <= d - t <= W ; CENTRED: |d - t| <= W/2
  weight     s * r * p ; s = 1, sqrt(min(n, cap)) or min(n, cap), missing n = median reported n
             (numpy.median, before the cap); r = 0.5 ** (|d - t| / h) ; p = pollster weight or 1
  estimate   numpy.average(y, weights=w)
  sd         sqrt(numpy.cov(y, aweights=w))   (= sum w (y - m)^2 / (V1 - V2 / V1))
  n_eff      V1^2 / V2
  interval   estimate -+ scipy.stats.norm.ppf(1 - alpha / 2) * sd / sqrt(n_eff)
"""
import datetime as dt
import os

import numpy as np
import pandas as pd
import scipy
from scipy.stats import norm

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join("data", "ukraine-nato", "ukraine-nato-membership.csv")
EPOCH = dt.date(1970, 1, 1)


def ukraine_series():
    d = pd.read_csv(DATA, dtype=str, keep_default_na=False)
    keep = (
        (d.question_group == "referendum")
        & (d.base != "would vote")
        & (d.field_end != "")
        & (d.support != "")
    )
    s = d[keep].copy()
    s["epoch_day"] = s.field_end.map(lambda v: float((dt.date.fromisoformat(v) - EPOCH).days))
    s["share"] = s.support.astype(float)
    s["sample_size"] = s.sample_size.map(lambda v: float(v) if v != "" else np.nan)
    return s[["poll_id", "pollster", "epoch_day", "share", "sample_size"]].reset_index(drop=True)


def synthetic_series():
    """Made-up polls: ties on one day, a missing sample size, a sample above the cap, a gap
    longer than every window, a lone poll, fractional (midpoint) days."""
    rows = [
        ("s1", "A", 20000.0, 40.0, 1000.0),
        ("s2", "B", 20000.0, 44.0, 4000.0),
        ("s3", "A", 20003.0, 41.0, np.nan),
        ("s4", "C", 20010.5, 47.0, 900.0),
        ("s5", "B", 20016.0, 43.0, 1500.0),
        ("s6", "A", 20021.0, 45.5, 1200.0),
        ("s7", "C", 20033.0, 42.0, np.nan),
        ("s8", "B", 20100.0, 50.0, 2500.0),
        ("s9", "A", 20104.0, 48.0, 800.0),
        ("s10", "B", 20107.5, 52.0, 5000.0),
    ]
    return pd.DataFrame(rows, columns=["poll_id", "pollster", "epoch_day", "share", "sample_size"])


def average(series, days, window, mode, half_life, size_weight, cap, pollster_weights, confidence):
    t = series.epoch_day.to_numpy()
    y = series.share.to_numpy()
    n = series.sample_size.to_numpy().copy()
    if size_weight != "NONE":
        n[np.isnan(n)] = np.median(n[~np.isnan(n)])
        m = np.minimum(n, cap)
        s = np.sqrt(m) if size_weight == "SQRT_N" else m
    else:
        s = np.ones_like(y)
    p = series.pollster.map(lambda name: pollster_weights.get(name, 1.0)).to_numpy()
    age = days[:, None] - t[None, :]
    inside = (age >= 0) & (age <= window) if mode == "REAL_TIME" else np.abs(age) <= window / 2
    r = 0.5 ** (np.abs(age) / half_life) if half_life else np.ones_like(age)
    w = np.where(inside, s[None, :] * p[None, :] * r, 0.0)
    z = norm.ppf(1 - (1 - confidence) / 2)
    out = []
    for row, d in zip(w, days):
        k = int((row > 0).sum())
        if k == 0:
            out.append((d, np.nan, np.nan, np.nan, np.nan, 0, 0.0))
            continue
        sel = row > 0
        est = np.average(y[sel], weights=row[sel])
        n_eff = row[sel].sum() ** 2 / (row[sel] ** 2).sum()
        if k < 2:
            out.append((d, est, np.nan, np.nan, np.nan, k, n_eff))
            continue
        sd = float(np.sqrt(np.cov(y[sel], aweights=row[sel])))
        half = z * sd / np.sqrt(n_eff)
        out.append((d, est, est - half, est + half, sd, k, n_eff))
    return pd.DataFrame(out, columns=["day", "estimate", "lower", "upper", "sd", "polls", "effective_n"])


CASES = [
    # name, series, days (None = daily grid), window, mode, half-life, size weight, cap,
    # pollster weights, confidence
    ("ukraine_realtime", "ukraine", "every 7th day", 365.0, "REAL_TIME", 90.0, "SQRT_N", 3000.0, {}, 0.95),
    ("ukraine_centred", "ukraine", "every 7th day", 730.0, "CENTRED", None, "N", np.inf,
     {"Rating Group": 0.5, "Kyiv International Institute of Sociology": 1.5}, 0.90),
    ("synthetic_realtime", "synthetic", "daily", 30.0, "REAL_TIME", 14.0, "SQRT_N", 3000.0, {}, 0.95),
    ("synthetic_centred", "synthetic", "daily", 20.0, "CENTRED", 7.0, "N", 2000.0, {"B": 2.0}, 0.95),
    ("synthetic_plain", "synthetic", "daily", 30.0, "REAL_TIME", None, "NONE", np.inf, {}, 0.95),
]


def main():
    series = {"ukraine": ukraine_series(), "synthetic": synthetic_series()}
    series["ukraine"].to_csv(os.path.join(HERE, "ukraine-series.csv"), index=False)
    series["synthetic"].to_csv(os.path.join(HERE, "synthetic-series.csv"), index=False)
    listing = []
    for name, key, grid, window, mode, half_life, size_weight, cap, pw, confidence in CASES:
        s = series[key]
        first, last = np.floor(s.epoch_day.min()), np.ceil(s.epoch_day.max())
        step = 7.0 if grid == "every 7th day" else 1.0
        days = np.arange(first, last + 1, step)
        result = average(s, days, window, mode, half_life, size_weight, cap, pw, confidence)
        result.to_csv(os.path.join(HERE, name + ".csv"), index=False, float_format="%.17g")
        listing.append(
            (name, key, grid, window, mode, half_life or "", size_weight,
             "" if np.isinf(cap) else cap, ";".join(f"{k}={v}" for k, v in pw.items()), confidence))
    pd.DataFrame(listing, columns=["case", "series", "days", "window_days", "mode", "half_life_days",
                                   "sample_size_weight", "cap", "pollster_weights", "confidence"]
                 ).to_csv(os.path.join(HERE, "cases.csv"), index=False)
    print("numpy", np.__version__, "pandas", pd.__version__, "scipy", scipy.__version__)


if __name__ == "__main__":
    main()
