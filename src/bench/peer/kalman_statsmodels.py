"""Peer timing for the Kalman smoother benchmark (BENCHMARKS.md, "Kalman smoother").

Same design as KalmanSmootherBenchmark: 6,000 synthetic polls on 1,300 days (local level,
q = 0.02, tau2 = 1.5, n uniform in 500..2499). statsmodels cannot take several observations per
day in UnobservedComponents, so two peers are timed:

  uc_daily_mean   UnobservedComponents(daily mean of the polls, NaN on days without polls,
                  level='llevel', use_exact_diffuse=True).fit(method='lbfgs') + smoothed_state:
                  the comparable daily series, constant irregular variance
  mle_per_poll    the per-poll model itself: MLEModel with one observation column per poll slot
                  of a day, obs_cov = diag(p(100-p)/n + tau2), exact diffuse level,
                  fit(method='lbfgs') + smoothed_state (same likelihood as pollkit)

Run from the repository root:  python3 src/bench/peer/kalman_statsmodels.py
"""
import timeit

import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.statespace.mlemodel import MLEModel

POLLS, DAYS = 6000, 1300
rng = np.random.default_rng(42)
level = 45 + np.concatenate([[0.0], np.cumsum(rng.normal(0.0, np.sqrt(0.02), DAYS - 1))])
day = rng.integers(0, DAYS, POLLS)
day[0], day[1] = 0, DAYS - 1
n = rng.integers(500, 2500, POLLS).astype(float)
mu = level[day]
share = mu + np.sqrt(mu * (100 - mu) / n + 1.5) * rng.normal(size=POLLS)

sums = np.bincount(day, weights=share, minlength=DAYS)
counts = np.bincount(day, minlength=DAYS)
daily = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)

K = counts.max()
endog = np.full((DAYS, K), np.nan)
h = np.zeros((DAYS, K))
slot = np.zeros(DAYS, dtype=int)
for d, p, m in zip(day, share, n):
    endog[d, slot[d]] = p
    h[d, slot[d]] = p * (100 - p) / m
    slot[d] += 1


class PollLevel(MLEModel):
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


def uc_daily_mean():
    mod = sm.tsa.UnobservedComponents(daily, level="llevel", use_exact_diffuse=True)
    res = mod.fit(method="lbfgs", disp=False)
    return res.smoothed_state


def mle_per_poll():
    res = PollLevel(endog, h).fit(method="lbfgs", disp=False)
    return res.smoothed_state


print(f"statsmodels {statsmodels.__version__}, numpy {np.__version__}; "
      f"{POLLS} polls, {DAYS} days, {int((counts > 0).sum())} days with polls, "
      f"up to {K} polls a day")
for name, f, number in [("uc_daily_mean", uc_daily_mean, 5), ("mle_per_poll", mle_per_poll, 1)]:
    f()  # warm-up
    times = timeit.repeat(f, number=number, repeat=5)
    best = min(times) / number * 1000
    median = sorted(times)[2] / number * 1000
    print(f"{name}: best {best:.1f} ms, median {median:.1f} ms per fit+smooth "
          f"(timeit, {number} per repeat, 5 repeats)")
