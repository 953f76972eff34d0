"""statsmodels peer of the poll average with house effects (BENCHMARKS.md, "Poll average with
house effects").

Data: FiveThirtyEight's Trump approval list, data/trump-approval/approval_polllist.csv, rows of
subgroup "All polls", raw `approve`, each poll placed at its field end (5,823 polls on 1,289 of
1,294 days, 85 pollsters), as in PollAverageBenchmark.

statsmodels' UnobservedComponents takes one observation per day, so the peer works on the daily
series: y_t = mean of the polls ending on day t (NaN on days without polls), and exog_t = the mean
over those polls of the pollster's sum-to-zero (deviation) contrast row: K - 1 columns, pollster j
< K - 1 has 1 in column j, the last pollster has -1 in every column. The mean of the polls of a
day is then exactly level_t + (mean house effect of that day's polls) + noise, with the house
effects summing to zero over the pollsters (each pollster once), pollkit's centring rule.

Models (each one fit = the whole `fit()` call as an analyst makes it, then `smoothed_state`):

  A  UnobservedComponents(y, level='llevel', exog=X, mle_regression=False).fit(disp=False)
     The K - 1 contrast coefficients are states (constant in time) with the approximate diffuse
     prior of UnobservedComponents (variance 1e6), so the filter estimates them by GLS; ML over
     two variances (irregular, level) with L-BFGS; it converges. The peer timed in the harness.
  B  UnobservedComponents(y, level='llevel', exog=X).fit(disp=False)
     The default: the coefficients are ML parameters (86 in all), numerical gradients; it stops at
     statsmodels' default maxiter = 50 without converging (ConvergenceWarning).
  C  as A with use_exact_diffuse=True (the exact diffuse likelihood, the sigma_h -> infinity limit
     of pollkit's likelihood up to the per-poll variances); slower.

Real time (model A): on every Monday of the grid with at least 10 polls known (184 weeks), fit
on the polls ending on or before that Monday (contrasts among the pollsters seen so far, start
values = the previous re-estimation's), then filter the week (Monday to Sunday) with those
variances and read the filtered level. `rt i` runs re-estimation week number i.

Usage, from the repository root:
  python3 src/bench/peer/poll_average_statsmodels.py worker   # commands on stdin (see below)
  python3 src/bench/peer/poll_average_statsmodels.py A 5      # alone: 1 warm-up + 5 timed fits
  python3 src/bench/peer/poll_average_statsmodels.py compare  # A's level and house effects
                                                              # against the driver's output
Worker protocol: one command a line ("fit A", "fit B", "fit C", "weeks", "rt <i>", "quit");
answers one line "<ms> <details>" where ms is time.perf_counter() around the fit only.
"""
import csv
import datetime as dt
import sys
import time
import warnings

import numpy as np
import statsmodels.api as sm

PATH = "data/trump-approval/approval_polllist.csv"
MINIMUM_POLLS = 10


def load():
    with open(PATH, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["subgroup"] == "All polls"]
    end = np.array(
        [dt.datetime.strptime(r["enddate"], "%m/%d/%Y").date().toordinal() for r in rows]
    )
    y = np.array([float(r["approve"]) for r in rows])
    pollster = [r["pollster"] for r in rows]
    order = np.argsort(end, kind="stable")
    first = end.min()
    return end[order] - first, y[order], [pollster[i] for i in order], first


DAY, Y, POLLSTER, FIRST = load()


def daily(last_day):
    """Daily mean series and daily mean contrast rows of the polls ending on days 0..last_day."""
    keep = DAY <= last_day
    d, y = DAY[keep], Y[keep]
    names = list(dict.fromkeys(p for p, k in zip(POLLSTER, keep) if k))
    index = {n: i for i, n in enumerate(names)}
    k = len(names)
    x = np.zeros((len(y), k - 1))
    for i, p in enumerate(p for p, kk in zip(POLLSTER, keep) if kk):
        j = index[p]
        if j < k - 1:
            x[i, j] = 1.0
        else:
            x[i, :] = -1.0
    days = last_day + 1
    count = np.bincount(d, minlength=days)
    yd = np.where(count > 0, np.bincount(d, weights=y, minlength=days) / np.maximum(count, 1), np.nan)
    xd = np.zeros((days, k - 1))
    np.add.at(xd, d, x)
    xd /= np.maximum(count, 1)[:, None]
    return yd, xd, names


LAST = int(DAY.max())
YD, XD, NAMES = daily(LAST)


def model(name, yd, xd):
    if name == "A":
        return sm.tsa.UnobservedComponents(yd, level="llevel", exog=xd, mle_regression=False)
    if name == "B":
        return sm.tsa.UnobservedComponents(yd, level="llevel", exog=xd)
    if name == "C":
        return sm.tsa.UnobservedComponents(
            yd, level="llevel", exog=xd, mle_regression=False, use_exact_diffuse=True
        )
    raise ValueError(name)


def fit(name):
    mod = model(name, YD, XD)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        res = mod.fit(disp=False)
        level = res.smoothed_state[0]
        elapsed = time.perf_counter() - start
    r = res.mle_retvals
    return elapsed, (
        f"iterations={r.get('iterations')} converged={r.get('converged')} llf={res.llf:.4f}"
        f" sigma2_irregular={res.params[0]:.6f} sigma2_level={res.params[1]:.6f}"
        f" level_last={level[-1]:.4f}"
    )


def weeks():
    """Grid days of the re-estimations: Mondays with at least MINIMUM_POLLS polls known."""
    monday = next(t for t in range(7) if dt.date.fromordinal(FIRST + t).weekday() == 0)
    return [t for t in range(monday, LAST + 1, 7) if np.sum(DAY <= t) >= MINIMUM_POLLS]


WEEKS = weeks()
_previous = {}


def real_time_week(i):
    """Re-estimation number i: fit on the polls up to its Monday, filter the week."""
    t = WEEKS[i]
    end = min(t + 6, LAST)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        yd, xd, _ = daily(t)
        res = model("A", yd, xd).fit(start_params=_previous.get("params"), disp=False)
        yw, xw, _ = daily(end)
        level = model("A", yw, xw).filter(res.params).filtered_state[0, t : end + 1]
        elapsed = time.perf_counter() - start
    _previous["params"] = res.params
    return elapsed, (
        f"day={dt.date.fromordinal(FIRST + t)} polls={int(np.sum(DAY <= t))}"
        f" iterations={res.mle_retvals.get('iterations')} level={level[-1]:.4f}"
    )


def worker():
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "fit":
            elapsed, details = fit(words[1])
        elif words[0] == "rt":
            elapsed, details = real_time_week(int(words[1]))
        elif words[0] == "weeks":
            elapsed, details = 0.0, f"weeks={len(WEEKS)}"
        else:
            raise ValueError(line)
        print(f"{elapsed * 1000:.3f} {details}", flush=True)


def alone(name, n):
    import statsmodels

    print(f"statsmodels {statsmodels.__version__}: polls={len(Y)} days={LAST + 1} pollsters={len(NAMES)}")
    print("warm-up:", fit(name))
    times = []
    for _ in range(n):
        elapsed, details = fit(name)
        times.append(elapsed * 1000)
        print(f"{elapsed * 1000:.1f} ms {details}")
    print(f"model {name}: median {np.median(times):.1f} ms, min {min(times):.1f} ms")


def compare():
    """Model A's smoothed level and contrasts against pollkit's, as written by the driver."""
    with open("target/bench/poll-average-level.csv", newline="") as f:
        ours = np.array([float(r["estimate"]) for r in csv.DictReader(f)])
    with open("target/bench/poll-average-house-effects.csv", newline="") as f:
        effects = {r["pollster"]: (float(r["effect"]), int(r["polls"])) for r in csv.DictReader(f)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = model("A", YD, XD).fit(disp=False)
    level = res.smoothed_state[0]
    beta = res.smoothed_state[1:, -1]
    theirs = np.append(beta, -beta.sum())
    diff = level - ours
    print(
        f"level, {len(level)} days: mean |A - pollkit| {np.mean(np.abs(diff)):.3f},"
        f" mean A - pollkit {np.mean(diff):+.3f}, max |A - pollkit| {np.max(np.abs(diff)):.3f}"
    )
    h = np.array([effects[n][0] for n in NAMES])
    n = np.array([effects[name][1] for name in NAMES])
    for label, keep in (("all", n > 0), (">= 50 polls", n >= 50)):
        print(
            f"house effects, {label} ({keep.sum()} pollsters): correlation"
            f" {np.corrcoef(h[keep], theirs[keep])[0, 1]:.3f},"
            f" mean |A - pollkit| {np.mean(np.abs(h[keep] - theirs[keep])):.3f}"
        )


if __name__ == "__main__":
    if sys.argv[1] == "worker":
        worker()
    elif sys.argv[1] == "compare":
        compare()
    else:
        alone(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
