"""Times pollkit's Jupyter kernel with jupyter_client: start to ready, the first cell, and a chart
cell on the Ukraine data once warm. Run from the repository root after examples/kernel/install.sh:

    /usr/bin/python3 examples/kernel/bench.py [rounds]

Prints one line per measurement (seconds); the medians go into BENCHMARKS.md.
"""

import os
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
DATA = os.path.abspath("data/ukraine-nato/ukraine-nato-membership.csv")

SETUP = f"""
var referendum = Polls.read(Path.of("{DATA}"))
    .excludingBase("would vote").questionGroup("referendum", "summary")
    .placedAt(DatePlacement.MIDPOINT);
var breaks = Smoothers.average(PollAverage.builder()
    .breaks(LocalDate.of(2014, 2, 20), LocalDate.of(2022, 2, 24)).build());
"""

CHART = """
referendum.chart().options("support", "oppose").smooth(breaks)
    .event(LocalDate.of(2014, 2, 20), "Maidan, Crimea")
    .event(LocalDate.of(2022, 2, 24), "Full-scale invasion")
    .title("Should Ukraine join NATO?").yRange(0, 100)
"""


def run(client, code):
    """Executes code; returns (seconds until the reply, outputs)."""
    start = time.perf_counter()
    outputs = []
    msg_id = client.execute(code)
    while True:
        msg = client.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind in ("execute_result", "display_data", "stream", "error"):
            outputs.append(msg)
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            break
    elapsed = time.perf_counter() - start
    for out in outputs:
        if out["msg_type"] == "error":
            raise RuntimeError("\n".join(out["content"]["traceback"]))
    return elapsed, outputs


def one_session():
    manager = KernelManager(kernel_name="pollkit")
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    ready = time.perf_counter() - start
    first, _ = run(client, "1 + 1")
    first_total = time.perf_counter() - start
    setup, _ = run(client, SETUP)
    charts = []
    for _ in range(6):
        seconds, outputs = run(client, CHART)
        if not any("image/png" in o["content"].get("data", {}) for o in outputs):
            raise RuntimeError("the chart cell showed no image")
        charts.append(seconds)
    client.stop_channels()
    manager.shutdown_kernel(now=False)
    return ready, first, first_total, setup, charts


def main():
    rows = []
    for i in range(ROUNDS):
        ready, first, first_total, setup, charts = one_session()
        rows.append((ready, first_total, setup, charts[0], statistics.median(charts[2:])))
        print(
            f"session {i + 1}: ready {ready:.2f} s; first cell answered {first_total:.2f} s after"
            f" start ({first:.2f} s after ready); data + average setup {setup:.2f} s; chart cell"
            f" first {charts[0]:.2f} s, then {' '.join(f'{c:.2f}' for c in charts[1:])} s",
            flush=True,
        )
    med = [statistics.median(r[k] for r in rows) for k in range(5)]
    print(
        f"median of {ROUNDS}: ready {med[0]:.2f} s, first cell {med[1]:.2f} s after start,"
        f" setup {med[2]:.2f} s, first chart {med[3]:.2f} s, warm chart {med[4]:.2f} s"
    )


if __name__ == "__main__":
    main()
