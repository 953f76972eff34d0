"""Reference values for pollkit's Kalman smoother, computed with statsmodels.

Run from the repository root with a Python that has statsmodels:

    python3 src/test/resources/reference/kalman/generate.py

It writes, next to this script:

  series.csv         day, y, y_gaps  (synthetic local-level data, one value per day; y_gaps is
                     y with whole stretches set to NaN)
  equal_spaced.csv   per day: filtered/smoothed state and variance of
                     UnobservedComponents(y, level='llevel', use_exact_diffuse=True)
                     smoothed with its own ML parameters (mod.smooth([s2_irr, s2_lvl]))
  gaps.csv           the same for y_gaps (NaN days are pure predictions)
  polls.csv          synthetic polls: day, share, n (several polls on some days, none on others)
  polls_states.csv   per day: filtered/smoothed state and variance of a custom statsmodels
                     MLEModel with one observation column per poll slot of the day (NaN when
                     absent), obs_cov = diag(share(100-share)/n + tau2), state_cov = q,
                     exact diffuse level; smoothed at the fixed q and tau2 in summary.csv
  summary.csv        key,value: ML estimates (lbfgs and powell), log-likelihoods, fixed parameters

All numbers are printed with repr() (17 significant digits).
"""
import os

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.statespace.mlemodel import MLEModel

HERE = os.path.dirname(os.path.abspath(__file__))
summary = [("statsmodels_version", statsmodels.__version__),
           ("numpy_version", np.__version__), ("scipy_version", scipy.__version__)]


def write_csv(name, header, columns):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(",".join(header) + "\n")
        for row in zip(*columns):
            f.write(",".join("NaN" if (isinstance(v, float) and np.isnan(v)) else repr(v)
                             for v in row) + "\n")


def states(res):
    return [list(map(float, res.filtered_state[0])),
            list(map(float, res.filtered_state_cov[0, 0])),
            list(map(float, res.smoothed_state[0])),
            list(map(float, res.smoothed_state_cov[0, 0]))]


# ---- 1. equally spaced local-level series ---------------------------------------------------
rng = np.random.default_rng(20240611)
T = 400
level = 45 + np.cumsum(rng.normal(0.0, np.sqrt(0.3), T))
y = level + rng.normal(0.0, 2.0, T)          # true sigma2.level 0.3, sigma2.irregular 4.0
y_gaps = y.copy()
y_gaps[30:45] = np.nan                        # two-week gap
y_gaps[200:330] = np.nan                      # four-month gap
y_gaps[rng.choice(np.arange(50, 190), 25, replace=False)] = np.nan   # scattered missing days
write_csv("series.csv", ["day", "y", "y_gaps"],
          [list(range(T)), list(map(float, y)), list(map(float, y_gaps))])

for tag, data, out in [("equal", y, "equal_spaced.csv"), ("gaps", y_gaps, "gaps.csv")]:
    mod = sm.tsa.UnobservedComponents(data, level="llevel", use_exact_diffuse=True)
    fit_lbfgs = mod.fit(method="lbfgs", disp=False, maxiter=1000)
    fit_powell = mod.fit(method="powell", disp=False, maxiter=10000)
    # param order: sigma2.irregular, sigma2.level
    summary += [(f"{tag}.lbfgs.sigma2_irregular", float(fit_lbfgs.params[0])),
                (f"{tag}.lbfgs.sigma2_level", float(fit_lbfgs.params[1])),
                (f"{tag}.lbfgs.llf", float(fit_lbfgs.llf)),
                (f"{tag}.powell.sigma2_irregular", float(fit_powell.params[0])),
                (f"{tag}.powell.sigma2_level", float(fit_powell.params[1])),
                (f"{tag}.powell.llf", float(fit_powell.llf))]
    fixed = mod.smooth([fit_lbfgs.params[0], fit_lbfgs.params[1]])
    summary += [(f"{tag}.fixed.sigma2_irregular", float(fit_lbfgs.params[0])),
                (f"{tag}.fixed.sigma2_level", float(fit_lbfgs.params[1])),
                (f"{tag}.fixed.llf", float(fixed.llf))]
    write_csv(out, ["day", "filtered", "filtered_var", "smoothed", "smoothed_var"],
              [list(range(T))] + states(fixed))

# ---- 2. polls: several per day, own variances, shared tau2 ----------------------------------
rng = np.random.default_rng(7)
D = 250
true_level = 40 + np.cumsum(rng.normal(0.0, np.sqrt(0.05), D))
per_day = rng.choice([0, 0, 0, 1, 1, 2, 3], size=D)
per_day[0] = 2                                # two polls on the first day (diffuse + update)
per_day[-1] = max(per_day[-1], 1)
per_day[100:160] = 0                          # a two-month gap
days, shares, ns = [], [], []
for d in range(D):
    for _ in range(per_day[d]):
        n = float(rng.integers(400, 2500))
        p = true_level[d] + rng.normal(0.0, np.sqrt(true_level[d] * (100 - true_level[d]) / n + 1.5))
        days.append(d)
        shares.append(float(round(p, 1)))
        ns.append(n)
days = np.array(days)
shares = np.array(shares)
ns = np.array(ns)
write_csv("polls.csv", ["day", "share", "n"],
          [list(map(int, days)), list(map(float, shares)), list(map(float, ns))])

K = int(per_day.max())
endog = np.full((D, K), np.nan)
h = np.zeros((D, K))
slot = np.zeros(D, dtype=int)
for d, p, n in zip(days, shares, ns):
    endog[d, slot[d]] = p
    h[d, slot[d]] = p * (100 - p) / n
    slot[d] += 1


class PollLevel(MLEModel):
    """Local level; K observation slots per day; obs_cov_t = diag(h_t + tau2)."""

    def __init__(self, endog, h):
        super().__init__(endog, k_states=1, k_posdef=1)
        self.h = h
        self["design"] = np.ones((endog.shape[1], 1))
        self["transition"] = np.eye(1)
        self["selection"] = np.eye(1)
        self["obs_cov"] = np.zeros((endog.shape[1], endog.shape[1], endog.shape[0]))
        self.ssm.initialize_diffuse()

    @property
    def param_names(self):
        return ["q", "tau2"]

    @property
    def start_params(self):
        return np.array([0.1, 1.0])

    def transform_params(self, unconstrained):
        return unconstrained ** 2

    def untransform_params(self, constrained):
        return constrained ** 0.5

    def update(self, params, **kwargs):
        params = super().update(params, **kwargs)
        self["state_cov", 0, 0] = params[0]
        cov = np.zeros((self.h.shape[1], self.h.shape[1], self.h.shape[0]), dtype=params.dtype)
        for k in range(self.h.shape[1]):
            cov[k, k, :] = self.h[:, k] + params[1]
        self["obs_cov"] = cov


poll_mod = PollLevel(endog, h)
poll_fit = poll_mod.fit(method="lbfgs", disp=False, maxiter=1000)
poll_fit_nm = poll_mod.fit(start_params=poll_fit.params, method="nm", disp=False, maxiter=20000,
                           xtol=1e-10, ftol=1e-12)
summary += [("polls.lbfgs.q", float(poll_fit.params[0])),
            ("polls.lbfgs.tau2", float(poll_fit.params[1])),
            ("polls.lbfgs.llf", float(poll_fit.llf)),
            ("polls.nm.q", float(poll_fit_nm.params[0])),
            ("polls.nm.tau2", float(poll_fit_nm.params[1])),
            ("polls.nm.llf", float(poll_fit_nm.llf))]
q_fixed, tau2_fixed = 0.04, 2.0
poll_fixed = poll_mod.smooth([q_fixed, tau2_fixed])
summary += [("polls.fixed.q", q_fixed), ("polls.fixed.tau2", tau2_fixed),
            ("polls.fixed.llf", float(poll_fixed.llf))]
write_csv("polls_states.csv", ["day", "filtered", "filtered_var", "smoothed", "smoothed_var"],
          [list(range(D))] + states(poll_fixed))

with open(os.path.join(HERE, "summary.csv"), "w") as f:
    f.write("key,value\n")
    for k, v in summary:
        f.write(f"{k},{v!r}\n" if isinstance(v, float) else f"{k},{v}\n")
print("\n".join(f"{k} = {v}" for k, v in summary))
