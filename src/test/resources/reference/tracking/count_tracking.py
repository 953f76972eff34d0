"""Independent count of the sample accounting rules on FiveThirtyEight's Trump approval poll list.

Standard library only. Run from the repository root:

    python3 src/test/resources/reference/tracking/count_tracking.py \
        > src/test/resources/reference/tracking/approval_counts.csv

Rules (as stated in SampleAccounting's Javadoc):
- versions: rows of one pollster with the same start and end date share one sample, n / k each;
- tracking: rows flagged tracking = "T", grouped by pollster and population, in order of end date
  then start date; each counts n * (field days not covered by earlier releases) / (field days);
  a release with no new field day is left out; versions in one tracker are one release.
"""
import collections
import csv
import datetime as dt

def day(s):
    return dt.datetime.strptime(s, "%m/%d/%Y").date()

def days(r):
    a, b = day(r["startdate"]), day(r["enddate"])
    return {a + dt.timedelta(d) for d in range((b - a).days + 1)}

rows = list(csv.DictReader(open("data/trump-approval/approval_polllist.csv", newline="")))
print("subgroup,polls,tracking_releases,reduced_releases,left_out,version_rows,"
      "published_n,effective_n")
for subgroup in ["All polls", "Voters", "Adults"]:
    x = [r for r in rows if r["subgroup"] == subgroup]
    versions = collections.Counter(
        (r["pollster"].lower(), r["startdate"], r["enddate"]) for r in x)
    factor = [1 / versions[(r["pollster"].lower(), r["startdate"], r["enddate"])] for r in x]
    version_rows = sum(k for k in versions.values() if k > 1)
    series = collections.defaultdict(list)
    for i, r in enumerate(x):
        if r["tracking"] == "T":
            series[(r["pollster"].lower(), r["population"])].append(i)
    tracked = reduced = left = 0
    for releases in series.values():
        releases.sort(key=lambda i: (day(x[i]["enddate"]), day(x[i]["startdate"])))
        seen = set()
        before = {}  # field period -> days seen before its first release (versions: one release)
        for i in releases:
            d = days(x[i])
            period = (x[i]["startdate"], x[i]["enddate"])
            before.setdefault(period, set(seen))
            new = len(d - before[period]) / len(d)
            tracked += 1
            reduced += new < 1
            left += new == 0
            factor[i] *= new
            seen |= d
    published = sum(float(r["samplesize"]) for r in x)
    effective = sum(float(r["samplesize"]) * f for r, f in zip(x, factor))
    print(f"{subgroup},{len(x)},{tracked},{reduced},{left},{version_rows},"
          f"{published:.4f},{effective:.4f}")
