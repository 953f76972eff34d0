"""Weighted Kalman reference for pollkit's KalmanWeightsTest (statsmodels).

Run from the repository root:
    /usr/bin/python3 src/test/resources/reference/weights/kalman_weighted.py \
        > src/test/resources/reference/weights/kalman_weighted.out

Reads the synthetic polls of ../kalman/polls.csv (day, share, n), gives each a weight drawn with a
fixed seed (written to kalman_weighted_polls.csv) and fits the local-level model with one
observation slot per poll of a day whose variance is share(100 - share)/n/weight + tau2 (a poll of
weight w counts as w independent polls of its size), exact diffuse initialisation.
Writes kalman_weighted_states.csv (filtered / smoothed level and variance per day at q = 0.04,
tau2 = 2) and kalman_weighted_summary.csv (llf there; ML estimates and llf).
"""
import os

import numpy as np
import scipy
import statsmodels
from statsmodels.tsa.statespace.mlemodel import MLEModel

HERE = os.path.dirname(os.path.abspath(__file__))
polls = np.genfromtxt(os.path.join(HERE, "..", "kalman", "polls.csv"), delimiter=",", names=True)
days = polls["day"].astype(int)
shares = polls["share"]
ns = polls["n"]
rng = np.random.default_rng(20261128)
weights = np.round(rng.uniform(0.25, 4.0, len(days)), 2)
with open(os.path.join(HERE, "kalman_weighted_polls.csv"), "w") as f:
    f.write("day,share,n,weight\n")
    for d, p, n, w in zip(days, shares, ns, weights):
        f.write(f"{d},{p!r},{n!r},{w!r}\n")

D = int(days.max()) + 1
K = int(np.bincount(days).max())
endog = np.full((D, K), np.nan)
h = np.zeros((D, K))
slot = np.zeros(D, dtype=int)
for d, p, n, w in zip(days, shares, ns, weights):
    endog[d, slot[d]] = p
    h[d, slot[d]] = p * (100 - p) / n / w
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


mod = PollLevel(endog, h)
fixed = mod.smooth([0.04, 2.0])
with open(os.path.join(HERE, "kalman_weighted_states.csv"), "w") as f:
    f.write("day,filtered,filtered_var,smoothed,smoothed_var\n")
    for t in range(D):
        f.write(f"{t},{float(fixed.filtered_state[0, t])!r},{float(fixed.filtered_state_cov[0, 0, t])!r},"
                f"{float(fixed.smoothed_state[0, t])!r},{float(fixed.smoothed_state_cov[0, 0, t])!r}\n")
ml = mod.fit(method="lbfgs", disp=False, maxiter=1000)
ml_nm = mod.fit(start_params=ml.params, method="nm", disp=False, maxiter=20000,
                xtol=1e-10, ftol=1e-12)
summary = [("statsmodels_version", statsmodels.__version__), ("numpy_version", np.__version__),
           ("scipy_version", scipy.__version__),
           ("fixed.q", 0.04), ("fixed.tau2", 2.0), ("fixed.llf", float(fixed.llf)),
           ("lbfgs.q", float(ml.params[0])), ("lbfgs.tau2", float(ml.params[1])),
           ("lbfgs.llf", float(ml.llf)),
           ("nm.q", float(ml_nm.params[0])), ("nm.tau2", float(ml_nm.params[1])),
           ("nm.llf", float(ml_nm.llf))]
with open(os.path.join(HERE, "kalman_weighted_summary.csv"), "w") as f:
    f.write("key,value\n")
    for k, v in summary:
        f.write(f"{k},{v!r}\n" if isinstance(v, float) else f"{k},{v}\n")
print("\n".join(f"{k} = {v}" for k, v in summary))
