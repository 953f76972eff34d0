#!/usr/bin/python3
"""Reference values for pollkit's LinearTrend, computed with statsmodels OLS and WLS.

Run from the repository root:

    python3 src/test/resources/reference/lintrend/make_reference.py

It writes, next to this script:
  ukraine-referendum-series.csv  the series fitted (one row per poll)
  expected.csv                   case,key,value rows read by LinearTrendReferenceTest

Model: share = b0 + b1 * x_years, x_years = epoch_day / 365.25 (days since 1970-01-01),
fitted with sm.OLS(y, sm.add_constant(x_years)).fit() and
sm.WLS(y, sm.add_constant(x_years), weights=w).fit(); b1 is the slope in points per year.
Reported: params, bse, conf_int(alpha) for alpha 0.05 and 0.10, rsquared, scale (sigma^2),
df_resid, nobs and get_prediction(...).summary_frame(alpha=0.05) at a few days.
"""
import csv
import datetime as dt
import os

import numpy as np
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join("data", "ukraine-nato", "ukraine-nato-membership.csv")
EPOCH = dt.date(1970, 1, 1)
YEAR = 365.25

# Days at which the fitted mean and its band are reported (epoch days).
PREDICT_DAYS = [13000.0, 16000.0, 17500.0, 19500.0]


def epoch_day(iso):
    return float((dt.date.fromisoformat(iso) - EPOCH).days)


def ukraine_series():
    d = pd.read_csv(DATA, dtype=str, keep_default_na=False)
    keep = (
        (d.question_group == "referendum")
        & (d.base != "would vote")
        & (d.field_end != "")
        & (d.support != "")
    )
    s = d[keep].copy()
    s["epoch_day"] = s.field_end.map(epoch_day)
    s["support"] = s.support.astype(float)
    s["sample_size"] = s.sample_size.map(lambda v: float(v) if v != "" else float("nan"))
    return s[["poll_id", "field_end", "epoch_day", "support", "sample_size"]]


def fit(case, days, y, weights, rows):
    days = np.asarray(days, float)
    y = np.asarray(y, float)
    X = sm.add_constant(days / YEAR)
    model = sm.OLS(y, X) if weights is None else sm.WLS(y, X, weights=np.asarray(weights, float))
    r = model.fit()

    def put(key, value):
        rows.append((case, key, repr(float(value))))

    put("nobs", r.nobs)
    put("df_resid", r.df_resid)
    put("intercept_at_epoch", r.params[0])
    put("slope_per_year", r.params[1])
    put("slope_se", r.bse[1])
    put("rsquared", r.rsquared)
    put("scale", r.scale)
    for alpha in (0.05, 0.10):
        ci = r.conf_int(alpha=alpha)
        put(f"slope_lower_{1 - alpha:.2f}", ci[1][0])
        put(f"slope_upper_{1 - alpha:.2f}", ci[1][1])
    frame = r.get_prediction(sm.add_constant(np.asarray(PREDICT_DAYS) / YEAR, has_constant="add")).summary_frame(alpha=0.05)
    for day, (_, p) in zip(PREDICT_DAYS, frame.iterrows()):
        put(f"mean_{day:.0f}", p["mean"])
        put(f"mean_se_{day:.0f}", p["mean_se"])
        put(f"mean_lower_{day:.0f}", p["mean_ci_lower"])
        put(f"mean_upper_{day:.0f}", p["mean_ci_upper"])


def main():
    rows = []
    s = ukraine_series()
    s.to_csv(os.path.join(HERE, "ukraine-referendum-series.csv"), index=False, float_format="%.1f")
    fit("ukraine_ols", s.epoch_day, s.support, None, rows)
    w = s[s.sample_size.notna()]
    fit("ukraine_wls", w.epoch_day, w.support, w.sample_size, rows)

    # Small synthetic cases (made up for the test; not poll data).
    syn_days = [18000.0, 18030.0, 18100.0, 18250.0, 18400.0, 18700.0]
    syn_share = [40.0, 42.5, 41.0, 45.0, 44.0, 47.5]
    syn_w = [1000.0, 2000.0, 500.0, 1500.0, 1200.0, 800.0]
    fit("synthetic_ols", syn_days, syn_share, None, rows)
    fit("synthetic_wls", syn_days, syn_share, syn_w, rows)
    # Three points: the smallest fit with one residual degree of freedom.
    fit("three_points_ols", [0.0, 365.25, 1000.0], [50.0, 52.0, 51.0], None, rows)

    with open(os.path.join(HERE, "expected.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["case", "key", "value"])
        out.writerows(rows)
    print("statsmodels", statsmodels.__version__, "numpy", np.__version__,
          "scipy", scipy.__version__, "pandas", pd.__version__)
    print(f"{len(s)} polls (OLS), {len(w)} with sample size (WLS)")


if __name__ == "__main__":
    main()
