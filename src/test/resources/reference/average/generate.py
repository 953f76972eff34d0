"""Synthetic polls with known house effects and reference values for PollAverage.

SYNTHETIC DATA: every poll here is simulated by this script (fixed seeds); none is real.

Run from the repository root with Debian's Python (statsmodels 0.13.5):
    /usr/bin/python3 src/test/resources/reference/average/generate.py \
        > src/test/resources/reference/average/generate.out
"""
import os
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf

HERE = os.path.dirname(os.path.abspath(__file__))


GROUP_OFFSETS = {"a": 1.5, "rv": 0.0, "lv": -1.5}


def simulate(seed, days, jump_day=None, jump=0.0, groups=False):
    """Polls from y = mu(t) + h(k) + e, e ~ N(0, p(100-p)/n / w + tau2)."""
    rng = np.random.default_rng(seed)
    q, tau2, sigma_h = 0.05, 1.0, 2.0
    level = 45 + np.cumsum(rng.normal(0, np.sqrt(q), days))
    if jump_day is not None:
        level[jump_day:] += jump
    # 12 pollsters: how many polls each publishes (one with 1 poll, one with 100)
    counts = [100, 60, 45, 40, 30, 25, 20, 15, 10, 5, 3, 1]
    names = ["P%02d" % (k + 1) for k in range(len(counts))]
    house = rng.normal(0, sigma_h, len(counts))
    rows = []
    first_days = []
    for k, c in enumerate(counts):
        for _ in range(c):
            t = int(rng.integers(0, days))
            if c == 1:
                # the one-poll pollster polls on a day the biggest pollster also polls, so that
                # its effect is identified in the regression with a dummy per day
                t = first_days[0]
            first_days.append(t)
            n = int(rng.choice([500, 800, 1000, 1500, 2000]))
            w = float(rng.choice([0.5, 1.0, 1.0, 2.0]))
            mean = level[t] + house[k]
            group = ""
            if groups:
                # each pollster mostly asks one population, sometimes another
                main = ["a", "rv", "lv"][k % 3]
                group = main if rng.random() < 0.7 else str(rng.choice(["a", "rv", "lv"]))
                mean += GROUP_OFFSETS[group]
            v = mean * (100 - mean) / n / w + tau2
            share = round(float(mean + rng.normal(0, np.sqrt(v))), 1)
            rows.append((t, names[k], share, n, w, group))
    polls = pd.DataFrame(rows, columns=["day", "pollster", "share", "n", "weight", "group"])
    if not groups:
        polls = polls.drop(columns="group")
    polls = polls.sort_values(["day", "pollster", "share"], kind="mergesort").reset_index(drop=True)
    truth = pd.DataFrame({"pollster": names, "house_effect": house, "polls": counts})
    levels = pd.DataFrame({"day": np.arange(days), "level": level})
    return polls, truth, levels


def main():
    print("python", sys.version.split()[0], "numpy", np.__version__, "pandas", pd.__version__,
          "statsmodels", statsmodels.__version__)

    # A: 300 days, no jump
    polls, truth, levels = simulate(20261128, 300)
    polls.to_csv(os.path.join(HERE, "polls.csv"), index=False)
    truth.to_csv(os.path.join(HERE, "truth.csv"), index=False, float_format="%.10f")
    levels.to_csv(os.path.join(HERE, "levels.csv"), index=False, float_format="%.10f")
    # the same polls as a pollkit poll file (day d is the date 1970-01-01 + d days)
    f = pd.DataFrame({
        "poll_id": ["s%03d" % i for i in range(len(polls))],
        "pollster": polls.pollster,
        "field_end": (pd.Timestamp("1970-01-01") + pd.to_timedelta(polls.day, unit="D")).dt.strftime("%Y-%m-%d"),
        "sample_size": polls.n,
        "approve": polls.share,
        "weight": polls.weight,
    })
    f.to_csv(os.path.join(HERE, "polls_file.csv"), index=False)

    # The limit q, sigma_h^2 -> infinity with tau2 = 1 fixed: WLS with a dummy per day and
    # sum-to-zero pollster contrasts, weights 1 / (p(100-p)/n / w + tau2).
    tau2 = 1.0
    d = polls.copy()
    d["v"] = d.share * (100 - d.share) / d.n / d.weight + tau2
    res = smf.wls("share ~ C(day) + C(pollster, Sum)", data=d, weights=1 / d.v).fit()
    assert np.linalg.matrix_rank(res.model.exog) == res.model.exog.shape[1], "not identified"
    levels_sorted = sorted(d.pollster.unique())
    eff = {}
    for name in levels_sorted[:-1]:
        eff[name] = res.params["C(pollster, Sum)[S.%s]" % name]
    eff[levels_sorted[-1]] = -sum(eff.values())
    ols = pd.DataFrame({"pollster": levels_sorted, "effect": [eff[n] for n in levels_sorted]})
    ols.to_csv(os.path.join(HERE, "wls_sum_contrasts.csv"), index=False, float_format="%.12f")
    print("WLS house effects (sum-to-zero contrasts), tau2 = 1:")
    print(ols.to_string(index=False))

    # B: 300 days with a jump of +10 points on day 150
    polls_b, truth_b, levels_b = simulate(20261129, 300, jump_day=150, jump=10.0)
    polls_b.to_csv(os.path.join(HERE, "polls_jump.csv"), index=False)
    levels_b.to_csv(os.path.join(HERE, "levels_jump.csv"), index=False, float_format="%.10f")
    truth_b.to_csv(os.path.join(HERE, "truth_jump.csv"), index=False, float_format="%.10f")
    print("polls:", len(polls), "jump polls:", len(polls_b))

    # C: 300 days with population groups (offsets a +1.5, rv 0, lv -1.5 before centring)
    polls_c, truth_c, levels_c = simulate(20261130, 300, groups=True)
    polls_c.to_csv(os.path.join(HERE, "polls_groups.csv"), index=False)
    truth_c.to_csv(os.path.join(HERE, "truth_groups.csv"), index=False, float_format="%.10f")
    pd.DataFrame({"group": list(GROUP_OFFSETS), "offset": list(GROUP_OFFSETS.values())}).to_csv(
        os.path.join(HERE, "group_offsets.csv"), index=False)
    d = polls_c.copy()
    d["v"] = d.share * (100 - d.share) / d.n / d.weight + tau2
    res = smf.wls("share ~ C(day) + C(pollster, Sum) + C(group, Sum)", data=d,
                  weights=1 / d.v).fit()
    assert np.linalg.matrix_rank(res.model.exog) == res.model.exog.shape[1], "not identified"
    rows = []
    for term, column in (("pollster", "C(pollster, Sum)"), ("group", "C(group, Sum)")):
        names = sorted(d[term].unique())
        eff = {nm: res.params["%s[S.%s]" % (column, nm)] for nm in names[:-1]}
        eff[names[-1]] = -sum(eff.values())
        rows += [(term, nm, eff[nm]) for nm in names]
    ref = pd.DataFrame(rows, columns=["kind", "name", "effect"])
    ref.to_csv(os.path.join(HERE, "wls_groups.csv"), index=False, float_format="%.12f")
    print("WLS with pollster and group sum contrasts, tau2 = 1:")
    print(ref.to_string(index=False))


    augmented_state_reference(polls)


def augmented_state_reference(polls, q=0.05, tau2=1.0, sigma2_h=4.0):
    """The exact posterior of the model by a Kalman filter on the augmented state (level, h_1..h_K).

    State: alpha_t = (mu_t, h_1, ..., h_K); transition I; state noise diag(q, 0, ..., 0);
    initialisation: mu exactly diffuse, h known N(0, sigma2_h I). Each day has one observation
    slot per poll (NaN when the day has fewer polls); poll i has design row (1, e_{k_i}) and
    variance share(100-share)/n/weight + tau2.
    """
    from statsmodels.tsa.statespace.mlemodel import MLEModel
    from statsmodels.tsa.statespace.initialization import Initialization

    names = sorted(polls.pollster.unique())
    K = len(names)
    first, last = polls.day.min(), polls.day.max()
    days = last - first + 1
    slots = polls.groupby("day").size().max()
    endog = np.full((days, slots), np.nan)
    design = np.zeros((slots, K + 1, days))
    obs_cov = np.zeros((slots, slots, days))
    for t in range(days):
        for j in range(slots):
            obs_cov[j, j, t] = 1.0
    fill = {}
    for row in polls.itertuples():
        t = row.day - first
        j = fill.get(t, 0)
        fill[t] = j + 1
        endog[t, j] = row.share
        design[j, 0, t] = 1.0
        design[j, 1 + names.index(row.pollster), t] = 1.0
        obs_cov[j, j, t] = row.share * (100 - row.share) / row.n / row.weight + tau2
    mod = MLEModel(endog, k_states=K + 1)
    mod["design"] = design
    mod["obs_cov"] = obs_cov
    mod["transition"] = np.eye(K + 1)
    mod["selection"] = np.eye(K + 1)
    state_cov = np.zeros((K + 1, K + 1))
    state_cov[0, 0] = q
    mod["state_cov"] = state_cov
    init = Initialization(K + 1)
    init.set(0, "diffuse")
    init.set((1, K + 1), "known", constant=np.zeros(K), stationary_cov=sigma2_h * np.eye(K))
    mod.ssm.initialization = init
    res = mod.ssm.smooth()
    llf = mod.ssm.loglike()
    out = pd.DataFrame({
        "day": np.arange(first, last + 1),
        "filtered": res.filtered_state[0],
        "filtered_var": res.filtered_state_cov[0, 0],
        "smoothed": res.smoothed_state[0],
        "smoothed_var": res.smoothed_state_cov[0, 0],
    })
    out.to_csv(os.path.join(HERE, "augmented_states.csv"), index=False, float_format="%.12g")
    h = pd.DataFrame({
        "pollster": names,
        "effect": res.smoothed_state[1:, 0],
        "se": np.sqrt(np.diag(res.smoothed_state_cov[1:, 1:, 0])),
    })
    h.to_csv(os.path.join(HERE, "augmented_house_effects.csv"), index=False, float_format="%.12g")
    with open(os.path.join(HERE, "augmented_loglike.csv"), "w") as f:
        f.write("q,tau2,sigma2_h,loglike\n%r,%r,%r,%r\n" % (q, tau2, sigma2_h, llf))
    print("augmented state, q = %g, tau2 = %g, sigma2_h = %g: loglike %.10f" % (q, tau2, sigma2_h, llf))
    print(h.to_string(index=False))


if __name__ == "__main__":
    main()
