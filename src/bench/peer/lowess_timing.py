#!/usr/bin/env python3
"""Times statsmodels lowess on the same synthetic polls as LoessBenchmark (JMH).

Run from the repository root:  python3 src/bench/peer/lowess_timing.py [repeats]

Data (identical to io.github.pollkit.bench.BenchData): n polls on random days over ten years
(so days repeat), drawn with SplitMix64 from seed 20240601 + n; day = floor(u * 3653),
y = 50 + 10 sin(2 pi day / 1461) + 5 (u1 + u2 + u3 + u4 - 2).
For each configuration it prints the best and the median of `repeats` timeit runs (one call
each), and the sum of the fitted values as a check against the Java side.
"""
import math
import sys
import timeit

import numpy as np
import statsmodels
from statsmodels.nonparametric.smoothers_lowess import lowess

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next_double(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z = z ^ (z >> 31)
        return (z >> 11) * (1.0 / (1 << 53))


def polls(n):
    rng = SplitMix64(20240601 + n)
    x = np.empty(n)
    y = np.empty(n)
    for i in range(n):
        day = math.floor(rng.next_double() * 3653)
        noise = 5 * (rng.next_double() + rng.next_double() + rng.next_double() + rng.next_double() - 2)
        x[i] = day
        y[i] = 50 + 10 * math.sin(2 * math.pi * day / 1461) + noise
    return x, y


CONFIGS = [  # name, frac, it, delta as a fraction of the range of x
    ("span 0.1, it 2", 0.1, 2, 0.0),
    ("span 0.03, it 0", 0.03, 0, 0.0),
    ("span 0.1, it 2, delta 1% of range", 0.1, 2, 0.01),
]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print("statsmodels %s, numpy %s, Python %s" % (statsmodels.__version__, np.__version__,
                                                   sys.version.split()[0]))
    print("| n | configuration | best ms | median ms | sum of fitted |")
    print("|---|---|---|---|---|")
    for n in (1_000, 10_000, 100_000):
        x, y = polls(n)
        for name, frac, it, delta_fraction in CONFIGS:
            delta = delta_fraction * (x.max() - x.min())

            def run():
                return lowess(y, x, frac=frac, it=it, delta=delta, return_sorted=False)

            fitted = run()
            times = timeit.repeat(run, number=1, repeat=repeats)
            print("| %d | %s | %.2f | %.2f | %.6f |" % (n, name, min(times) * 1e3,
                                                     float(np.median(times)) * 1e3, fitted.sum()),
                  flush=True)


if __name__ == "__main__":
    main()
