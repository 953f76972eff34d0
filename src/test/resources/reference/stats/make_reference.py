#!/usr/bin/env python3
"""Reference values for io.github.pollkit.stats, computed with statsmodels and scipy.

Run from the repository root with a Python that has statsmodels:
    python3 src/test/resources/reference/stats/make_reference.py
It rewrites the CSV files next to this script. Every value is written with repr(), so that
the doubles round-trip exactly. Bounds and margins are FRACTIONS here (statsmodels' unit);
the Java tests multiply by 100 to compare with pollkit's percentage points.
"""
import csv
import os

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    test_proportions_2indep,
)

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIDENCES = [0.90, 0.95, 0.99]

# (share in points, n): boundaries x = 0 and x = n, n = 10, typical poll values, and shares
# whose count x = share/100 * n is not an integer (polls publish rounded shares).
CASES = [
    (0.0, 10.0), (100.0, 10.0), (30.0, 10.0), (50.0, 10.0),
    (53.0, 2400.0), (34.0, 1000.0), (50.0, 1500.0),
    (0.0, 1500.0), (100.0, 1500.0), (0.1, 1000.0),
    (47.3, 1234.0), (12.5, 37.0), (99.0, 613.5),
]

# pollkit enum name -> statsmodels proportion_confint method
METHODS = {
    "WALD": "normal",
    "WILSON": "wilson",
    "AGRESTI_COULL": "agresti_coull",
    "CLOPPER_PEARSON": "beta",
    "JEFFREYS": "jeffreys",
}


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow([repr(float(v)) if isinstance(v, (float, np.floating)) else v for v in row])


def intervals():
    rows = []
    for method, sm_method in METHODS.items():
        for share, n in CASES:
            count = share / 100 * n  # the same count pollkit derives from a share
            for conf in CONFIDENCES:
                lo, hi = proportion_confint(count, n, alpha=1 - conf, method=sm_method)
                note = "statsmodels"
                # statsmodels does not apply Brown, Cai & DasGupta's (2001) boundary rule to
                # Jeffreys; these two bounds are the rule, not statsmodels.
                if method == "JEFFREYS" and count == 0:
                    lo, note = 0.0, "lower=0 by rule at x=0 (Brown Cai DasGupta 2001)"
                if method == "JEFFREYS" and count == n:
                    hi, note = 1.0, "upper=1 by rule at x=n (Brown Cai DasGupta 2001)"
                rows.append([method, share, n, conf, float(lo), float(hi), note])
    write("intervals.csv",
          ["method", "share", "n", "confidence", "lower_fraction", "upper_fraction", "source"],
          rows)


def margins():
    """Margin of error = half-width of statsmodels' 'normal' (Wald) interval; with a design
    effect, the same at the effective sample size n/deff (deff*p(1-p)/n = p(1-p)/(n/deff)).
    The cases are chosen so that statsmodels does not clip the interval at 0 or 1 (asserted)."""
    rows = []
    for share, n in [(53.0, 2400.0), (34.0, 1000.0), (50.0, 1500.0), (50.0, 1000.0),
                     (30.0, 40.0), (12.5, 370.0), (0.0, 100.0)]:
        for conf in CONFIDENCES:
            for deff in [1.0, 1.5, 2.37]:
                count = share / 100 * n
                lo, hi = proportion_confint(count / deff, n / deff, alpha=1 - conf, method="normal")
                assert share == 0 or (lo > 0 and hi < 1), (share, n, conf, deff)
                rows.append([share, n, conf, deff, float((hi - lo) / 2)])
    write("margins.csv", ["share", "n", "confidence", "design_effect", "margin_fraction"], rows)


def leads():
    """Var(p1 - p2) within one multinomial sample, from the multinomial covariance matrix
    (diag(p) - p p^T)/n and the contrast c = (1, -1, 0): c^T Sigma c. This is an independent
    route to Franklin's [p1 + p2 - (p1 - p2)^2]/n. z = scipy.stats.norm.isf(alpha/2)."""
    rows = []
    for s1, s2, n in [(53.0, 29.0, 2400.0), (45.0, 42.0, 1000.0), (50.0, 50.0, 1500.0),
                      (30.0, 10.0, 10.0), (0.0, 0.0, 500.0), (100.0, 0.0, 800.0),
                      (38.5, 37.5, 1111.0)]:
        p = np.array([s1 / 100, s2 / 100, 1 - s1 / 100 - s2 / 100])
        sigma = (np.diag(p) - np.outer(p, p)) / n
        c = np.array([1.0, -1.0, 0.0])
        var = float(c @ sigma @ c)
        for conf in CONFIDENCES:
            z = stats.norm.isf((1 - conf) / 2)
            rows.append([s1, s2, n, conf, float(z * np.sqrt(max(var, 0.0)))])
    write("leads.csv", ["share1", "share2", "n", "confidence", "margin_fraction"], rows)


def changes():
    """statsmodels computes p1 - p2; pollkit's change is share2 - share1, so the later poll is
    passed FIRST: test_proportions_2indep(count2, n2, count1, n1, method='wald') is the
    unpooled Wald test of (share2 - share1); confint_proportions_2indep(..., method='wald')
    gives its interval (no clipping needed for these cases)."""
    rows = []
    for s1, n1, s2, n2 in [(34.0, 1000.0, 39.0, 1200.0), (53.0, 2400.0, 50.0, 1500.0),
                           (20.0, 10.0, 60.0, 10.0), (47.3, 1234.0, 47.3, 987.0),
                           (0.0, 800.0, 2.5, 800.0), (71.0, 1000.0, 64.0, 1000.0)]:
        # numpy scalars: statsmodels also computes a ratio, which must not raise on a zero share
        c1, c2 = np.float64(s1 / 100 * n1), np.float64(s2 / 100 * n2)
        res = test_proportions_2indep(c2, n2, c1, n1, method="wald", compare="diff")
        row = [s1, n1, s2, n2, float(res.diff), float(np.sqrt(res.variance)),
               float(res.statistic), float(res.pvalue)]
        for conf in CONFIDENCES:
            lo, hi = confint_proportions_2indep(c2, n2, c1, n1, method="wald", compare="diff",
                                                alpha=1 - conf)
            row += [float(lo), float(hi)]
        rows.append(row)
    header = ["share1", "n1", "share2", "n2", "change_fraction", "se_fraction", "z", "p_value"]
    for conf in CONFIDENCES:
        header += [f"lower_{int(conf * 100)}_fraction", f"upper_{int(conf * 100)}_fraction"]
    write("changes.csv", header, rows)


def critical_values():
    write("critical_values.csv", ["confidence", "z"],
          [[c, float(stats.norm.isf((1 - c) / 2))] for c in CONFIDENCES + [0.5, 0.999]])


if __name__ == "__main__":
    intervals()
    margins()
    leads()
    changes()
    critical_values()
    print("statsmodels", statsmodels.__version__, "scipy", scipy.__version__,
          "numpy", np.__version__)
