#!/usr/bin/env python3
"""Peer timings for BENCHMARKS.md ## stats: the calls ProportionsBenchmark makes, in statsmodels
and numpy, one scalar call at a time (53% of 2400 at 95%), best of 5 timeit repeats.

    python3 src/bench/peer/stats_peer_timing.py
"""
import timeit

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, test_proportions_2indep

count, n, alpha = 0.53 * 2400, 2400.0, 0.05
weights = np.exp(0.6 * np.random.default_rng(20240601).standard_normal(10_000))


def lead_margin():
    p1, p2 = 0.53, 0.29
    return stats.norm.isf(alpha / 2) * np.sqrt((p1 + p2 - (p1 - p2) ** 2) / n)


def kish_deff():
    return len(weights) * np.dot(weights, weights) / weights.sum() ** 2


CASES = {
    "interval WALD (proportion_confint normal)":
        lambda: proportion_confint(count, n, alpha, "normal"),
    "interval WILSON (proportion_confint wilson)":
        lambda: proportion_confint(count, n, alpha, "wilson"),
    "interval AGRESTI_COULL (proportion_confint agresti_coull)":
        lambda: proportion_confint(count, n, alpha, "agresti_coull"),
    "interval CLOPPER_PEARSON (proportion_confint beta)":
        lambda: proportion_confint(count, n, alpha, "beta"),
    "interval JEFFREYS (proportion_confint jeffreys)":
        lambda: proportion_confint(count, n, alpha, "jeffreys"),
    "leadMargin (scipy norm.isf + numpy, hand formula)": lead_margin,
    "changePValue (test_proportions_2indep wald)":
        lambda: test_proportions_2indep(1272.0, 2400.0, 340.0, 1000.0, method="wald").pvalue,
    "kishDesignEffect10k (numpy dot/sum)": kish_deff,
}

if __name__ == "__main__":
    print("statsmodels", statsmodels.__version__, "scipy", scipy.__version__,
          "numpy", np.__version__)
    for name, fn in CASES.items():
        timer = timeit.Timer(fn)
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=5, number=number)) / number
        print(f"{name:60s} {best * 1e9:12.0f} ns/call")
