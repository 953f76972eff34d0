"""pandas peer of the approval poll list read (BENCHMARKS.md, "Reading the approval poll list").

pandas reads FiveThirtyEight's Trump approval poll list as shipped,
data/trump-approval/approval_polllist.csv (14,313 records, 22 columns), with `pd.read_csv(PATH)`
and its default options: the C tokenizer, type inference, no date parsing and no checks. This is
the plain read that pollkit's validating read is compared with.

Usage, from the repository root:
  python3 src/bench/peer/read_approval_pandas.py worker   # commands on stdin (see below)
  python3 src/bench/peer/read_approval_pandas.py 20       # alone: 5 warm-up + 20 timed reads

Worker protocol (driven by io.github.pollkit.bench.ReadVersusPandas): one command a line
("read", "quit"); the answer to "read" is one line "<ms> <rows> <columns>", where ms is
time.perf_counter() around the read_csv call only (no pipe or start-up cost).
"""
import statistics
import sys
import time

import pandas as pd

PATH = "data/trump-approval/approval_polllist.csv"


def read():
    t0 = time.perf_counter()
    table = pd.read_csv(PATH)
    elapsed = time.perf_counter() - t0
    return elapsed, table.shape


def worker():
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        if command == "read":
            elapsed, (rows, columns) = read()
            print(f"{elapsed * 1000:.3f} {rows} {columns}", flush=True)
        elif command == "version":
            print(f"pandas {pd.__version__}, python {sys.version.split()[0]}", flush=True)
        else:
            print(f"unknown command {command!r}", flush=True)


def alone(n):
    for _ in range(5):
        read()
    times = [read()[0] * 1000 for _ in range(n)]
    print(f"pandas {pd.__version__}: read_csv median {statistics.median(times):.2f} ms,"
          f" min {min(times):.2f} ms, n = {n}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker()
    else:
        alone(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
