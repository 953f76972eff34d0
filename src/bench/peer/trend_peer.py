#!/usr/bin/python3
"""Peer timings for the trend benchmarks (LinearTrendBenchmark, RollingAverageBenchmark).

Run from the repository root:  python3 src/bench/peer/trend_peer.py

Same synthetic series as src/bench/java/io/github/pollkit/bench/TrendSeries.java.
- linear trend: statsmodels OLS / WLS(weights=n) fit + conf_int() + get_prediction(100 days)
  .summary_frame(alpha=0.05), the work LinearTrendBenchmark does;
- rolling average: a vectorised numpy days x polls implementation (as in
  src/test/resources/reference/rolling/make_reference.py, 30-day real-time window, half-life 14,
  sqrt(n) capped at 3000) on the daily grid of 3,650 days.
Prints the mean time per call in microseconds (best of 5 repeats of timeit).
"""
import math
import timeit

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy.stats import norm


def series(polls):
    i = np.arange(polls)
    days = 18000 + np.floor(i * 3650.0 / polls)
    share = 40 + 10 * np.sin(i / 50.0) + ((i * 37) % 11 - 5)
    size = 800.0 + (i * 97) % 1700
    return days, share, size


def trend(days, share, weights, band_exog):
    X = sm.add_constant(days / 365.25)
    model = sm.OLS(share, X) if weights is None else sm.WLS(share, X, weights=weights)
    r = model.fit()
    r.conf_int(alpha=0.05)
    return r.get_prediction(band_exog).summary_frame(alpha=0.05)


def rolling(days, share, size, grid, window=30.0, half_life=14.0, cap=3000.0):
    age = grid[:, None] - days[None, :]
    inside = (age >= 0) & (age <= window)
    w = np.where(inside, np.sqrt(np.minimum(size, cap))[None, :] * 0.5 ** (np.abs(age) / half_life), 0.0)
    v1 = w.sum(axis=1)
    v2 = (w * w).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        est = (w * share[None, :]).sum(axis=1) / v1
        n_eff = v1 * v1 / v2
        ss = (w * (share[None, :] - est[:, None]) ** 2).sum(axis=1)
        sd = np.sqrt(ss / (v1 - v2 / v1))
        half = norm.ppf(0.975) * sd / np.sqrt(n_eff)
    return est, est - half, est + half, inside.sum(axis=1), n_eff


def best_us(fn, number):
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def main():
    print("numpy", np.__version__, "scipy", scipy.__version__, "statsmodels", statsmodels.__version__)
    band_days = 18000 + np.arange(100) * 3650.0 / 99
    band_exog = sm.add_constant(band_days / 365.25, has_constant="add")
    grid = np.arange(18000.0, 18000.0 + 3650)
    for polls in (46, 1000):
        d, s, n = series(polls)
        print(f"polls={polls} ols_fit_interval_band  {best_us(lambda: trend(d, s, None, band_exog), 200):10.1f} us")
        print(f"polls={polls} wls_fit_interval_band  {best_us(lambda: trend(d, s, n, band_exog), 200):10.1f} us")
        print(f"polls={polls} rolling daily_grid     {best_us(lambda: rolling(d, s, n, grid), 5 if polls > 100 else 50):10.1f} us")


if __name__ == "__main__":
    main()
