"""Reference values for the chart tests (src/test/java/io/github/pollkit/chart).

Run from the repository root with a Python that has statsmodels:
    python3 src/test/resources/reference/chart/make_reference.py > src/test/resources/reference/chart/reference.txt

1. Dates as XChart stores them: milliseconds since 1970-01-01T00:00Z of midnight UTC
   (Python datetime with tzinfo=timezone.utc).
2. 95% margins of error drawn as error bars: half-width of the normal-approximation (Wald)
   interval, statsmodels.stats.proportion.proportion_confint(count, nobs, alpha=0.05,
   method="normal"), in percentage points.
"""
import datetime as dt

import statsmodels
from statsmodels.stats.proportion import proportion_confint

print(f"# statsmodels {statsmodels.__version__}")
for day in ["1995-01-01", "2004-12-31", "2006-09-17", "2014-03-18", "2022-02-24", "2025-01-01"]:
    t = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc)
    print(f"millis {day} {int(t.timestamp() * 1000)}")
# Rating/IRI June 2019, n = 2400: 53% = 1272 respondents, 4% = 96 respondents
for count, nobs in [(1272, 2400), (96, 2400)]:
    low, high = proportion_confint(count, nobs, alpha=0.05, method="normal")
    print(f"wald95_halfwidth_points count={count} nobs={nobs} {100 * (high - low) / 2:.6f}")
