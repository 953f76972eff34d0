"""Peer timing for the TrendChart benchmark: the same Ukraine NATO chart drawn with matplotlib.

Draws 26 polls per option as dots with Wald 95% error bars (where n is known), a line through
yearly means with a band over each year's min-max, the published 1995-2004 range (20-25%) as a
box, two event lines with labels, title, y label and a wrapped caption; 1000 x 600 px PNG
rendered into memory (Agg backend), like TrendChartBench.trendChartPng. Also times an SVG.

Run from the repository root with a Python that has matplotlib:
    python3 src/bench/peer/trend_chart_matplotlib.py
Prints mean and best milliseconds per chart over REPS runs after WARMUP runs.
"""
import datetime as dt
import io
import math
import sys
import textwrap
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

WARMUP, REPS = 5, 30

# field end (y, m, d), support, oppose, n (0 = not reported): rows of
# data/ukraine-nato/ukraine-nato-membership.csv, referendum, base "all respondents"
POLLS = [
    (2006, 9, 17, 21.5, 60.2, 2010), (2008, 4, 25, 22.3, 54.9, 2000), (2012, 4, 4, 15, 62, 2009),
    (2015, 6, 13, 40, 32, 2000), (2016, 6, 14, 39, 32, 2400), (2016, 9, 26, 39, 31, 2040),
    (2018, 3, 31, 43, 33, 2400), (2018, 6, 21, 41.1, 30.7, 2005), (2018, 10, 14, 45, 31, 2400),
    (2018, 12, 18, 45.5, 29.4, 2000), (2019, 6, 23, 53, 29, 2400), (2019, 12, 10, 51.2, 30.1, 0),
    (2019, 12, 17, 52, 30, 2500), (2020, 1, 27, 46.2, 31.5, 2000), (2020, 7, 28, 47.7, 32.8, 4000),
    (2020, 8, 15, 46.8, 33.3, 3012), (2020, 9, 28, 52.5, 30.5, 2000), (2021, 3, 21, 48, 28, 2400),
    (2021, 12, 16, 59.2, 28.1, 1203), (2022, 6, 19, 76, 10, 1200), (2022, 7, 20, 71, 7, 2000),
    (2022, 10, 2, 83, 4, 2000), (2023, 1, 16, 86, 3, 1000), (2023, 9, 12, 79, 5, 2000),
    (2023, 11, 23, 77, 5, 1000), (2024, 2, 21, 77, 5, 2000),
]
CAPTION = (
    "Question: if a referendum on joining NATO were held, how would you vote? Shares of all"
    " respondents; dots are polls (dated by end of fieldwork) with 95% margins of error where the"
    " sample size is known; lines join each year's mean on 1 July, bands span that year's polls;"
    " the box is a published summary, not a poll. Sources: Sofia, FOM-Ukraine, DIF, Razumkov,"
    " Rating, IRI, KIIS, SOCIS, SMC, Gorshenin."
)
COLOURS = {"support": "#0072B2", "oppose": "#D55E00"}


def draw(fmt):
    fig, ax = plt.subplots(figsize=(10, 6), dpi=100)
    for col, option in ((3, "support"), (4, "oppose")):
        colour = COLOURS[option]
        days = [dt.date(p[0], p[1], p[2]) for p in POLLS]
        shares = [p[col] for p in POLLS]
        ax.scatter(days, shares, s=30, color=colour, alpha=0.55, zorder=3)
        iv = [(dt.date(p[0], p[1], p[2]), p[col], 1.959964 * math.sqrt(p[col] * (100 - p[col]) / p[5]))
              for p in POLLS if p[5] > 0]
        ax.errorbar([d for d, _, _ in iv], [s for _, s, _ in iv], yerr=[m for _, _, m in iv],
                    fmt="none", ecolor=colour, alpha=0.5, lw=1.2)
        years = sorted({p[0] for p in POLLS})
        means, lows, highs = [], [], []
        for y in years:
            v = [p[col] for p in POLLS if p[0] == y]
            means.append(sum(v) / len(v))
            lows.append(min(v))
            highs.append(max(v))
        mid = [dt.date(y, 7, 1) for y in years]
        ax.fill_between(mid, lows, highs, color=colour, alpha=0.18, lw=0)
        ax.plot(mid, means, color=colour, lw=2.5, label=option)
    x0, x1 = mdates.date2num(dt.date(1995, 1, 1)), mdates.date2num(dt.date(2004, 12, 31))
    ax.add_patch(Rectangle((x0, 20), x1 - x0, 5, facecolor=COLOURS["support"], alpha=0.25,
                           edgecolor=COLOURS["support"]))
    ax.text((x0 + x1) / 2, 26, "published range, 1990s–early 2000s", ha="center", fontsize=9)
    for day, label in ((dt.date(2014, 3, 18), "Crimea annexed"),
                       (dt.date(2022, 2, 24), "Full-scale invasion")):
        ax.axvline(day, color="#666666", ls="--", lw=1)
        ax.text(day, 98, " " + label, fontsize=9, va="top")
    ax.set_xlim(dt.date(1995, 1, 1), dt.date(2025, 1, 1))
    ax.set_ylim(0, 100)
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    ax.grid(axis="y", color="#E3E3E3")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title("Should Ukraine join NATO?", loc="left", fontweight="bold")
    ax.set_ylabel("Share of respondents (%)")
    ax.legend(loc="center left", bbox_to_anchor=(1, 0.5), frameon=False)
    fig.text(0.01, 0.01, "\n".join(textwrap.wrap(CAPTION, 160)), fontsize=8, color="#555555")
    fig.subplots_adjust(bottom=0.16, right=0.86)
    out = io.BytesIO()
    fig.savefig(out, format=fmt)
    plt.close(fig)
    return out.getbuffer().nbytes


def timed(fmt):
    for _ in range(WARMUP):
        draw(fmt)
    times = []
    for _ in range(REPS):
        t0 = time.perf_counter()
        draw(fmt)
        times.append((time.perf_counter() - t0) * 1000)
    return sum(times) / len(times), min(times)


if __name__ == "__main__":
    print(f"python {sys.version.split()[0]}, matplotlib {matplotlib.__version__}")
    for fmt in ("png", "svg"):
        mean, best = timed(fmt)
        print(f"matplotlib trend chart {fmt}: mean {mean:.1f} ms, best {best:.1f} ms ({REPS} runs)")
