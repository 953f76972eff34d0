"""Peer timing for PollReaderBenchmark: pandas reads the same 14,000-poll file and melts it to
the same long layout (one row per poll and option).

Run from the repository root:  python3 src/bench/peer/read_polls.py
Builds the file like the JMH setup: the header and 500 rows of
src/test/resources/data/approval_polllist_first500.csv, rows repeated 28 times.
Timed with timeit: 3 warm-up runs, then the best and the mean of 5 rounds.
"""
import os
import tempfile
import timeit

import pandas as pd

CUT = "src/test/resources/data/approval_polllist_first500.csv"
with open(CUT, encoding="utf-8") as f:
    lines = f.read().splitlines()
big = [lines[0]] + lines[1:] * 28
tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8")
tmp.write("\n".join(big) + "\n")
tmp.close()
long_path = tmp.name + ".long.csv"

META = [c for c in lines[0].split(",") if c not in ("approve", "disapprove")]


def read_wide():
    d = pd.read_csv(tmp.name)
    d["startdate"] = pd.to_datetime(d["startdate"], format="%m/%d/%Y")
    d["enddate"] = pd.to_datetime(d["enddate"], format="%m/%d/%Y")
    long = d.melt(id_vars=META, value_vars=["approve", "disapprove"],
                  var_name="option", value_name="share")
    return long.dropna(subset=["share"])


def read_long():
    d = pd.read_csv(long_path)
    d["field_start"] = pd.to_datetime(d["field_start"], format="%Y-%m-%d")
    d["field_end"] = pd.to_datetime(d["field_end"], format="%Y-%m-%d")
    return d


def write_long(table):
    table.to_csv(long_path + ".out", index=False)


table = read_wide()
assert len(table) == 28000, len(table)
table.rename(columns={"startdate": "field_start", "enddate": "field_end"}).to_csv(long_path, index=False)

print(f"pandas {pd.__version__}")
for name, fn in [("read wide 14000", read_wide), ("read long 28000", read_long),
                 ("write long 28000", lambda: write_long(table))]:
    for _ in range(3):
        fn()
    times = timeit.repeat(fn, number=1, repeat=5)
    print(f"{name}: best {min(times) * 1000:.1f} ms, mean {sum(times) / len(times) * 1000:.1f} ms")
for p in (tmp.name, long_path, long_path + ".out"):
    if os.path.exists(p):
        os.remove(p)
