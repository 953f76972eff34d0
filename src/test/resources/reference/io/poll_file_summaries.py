"""Reference summaries of the poll files read in PollReaderRealDataTest.

Run from the repository root:
    python3 src/test/resources/reference/io/poll_file_summaries.py > src/test/resources/reference/io/poll_file_summaries.txt

Tool: pandas (version printed in the output), pandas.read_csv with dtype=str and
keep_default_na=False so that pandas does not infer types; each value is then converted here
explicitly, independently of pollkit's parser. One line per figure: key=value.
"""
import pandas as pd

print(f"# pandas {pd.__version__}")

MISSING = {"", "n/a", "na", "-", "\u2014", "\u2013"}


def num(text):
    t = text.strip()
    if t.lower() in MISSING:
        return None
    return float(t.replace(",", ""))


# Ukraine/NATO wide file: options support, oppose, undecided, would_not_vote; a range in
# support_low/support_high whose share is the midpoint.
u = pd.read_csv("data/ukraine-nato/ukraine-nato-membership.csv", dtype=str, keep_default_na=False)
print(f"ukraine.polls={len(u)}")
rows = 0
for option in ["support", "oppose", "undecided", "would_not_vote"]:
    values = []
    for _, r in u.iterrows():
        v = num(r[option])
        if v is None and option == "support" and num(r["support_low"]) is not None:
            v = (num(r["support_low"]) + num(r["support_high"])) / 2
        if v is not None:
            values.append(v)
    rows += len(values)
    print(f"ukraine.{option}.count={len(values)}")
    print(f"ukraine.{option}.sum={sum(values):.6f}")
print(f"ukraine.rows={rows}")
print(f"ukraine.undated_polls={(u['field_end'].str.strip() == '').sum()}")
print(f"ukraine.sample_size.count={(u['sample_size'].str.strip() != '').sum()}")
print(f"ukraine.sample_size.sum={sum(num(x) for x in u['sample_size'] if num(x) is not None):.1f}")
ranges = u[u["support_low"].str.strip() != ""]
print(f"ukraine.ranges={len(ranges)}")
print(f"ukraine.range.poll_id={ranges.iloc[0]['poll_id']}")

# FiveThirtyEight cut: options approve, disapprove; dates M/d/yyyy; samplesize.
a = pd.read_csv("src/test/resources/data/approval_polllist_first500.csv", dtype=str, keep_default_na=False)
print(f"approval.polls={len(a)}")
for option in ["approve", "disapprove"]:
    print(f"approval.{option}.sum={sum(num(x) for x in a[option]):.6f}")
print(f"approval.samplesize.sum={sum(num(x) for x in a['samplesize']):.1f}")
end = pd.to_datetime(a["enddate"], format="%m/%d/%Y")
start = pd.to_datetime(a["startdate"], format="%m/%d/%Y")
print(f"approval.enddate.min={end.min().date()}")
print(f"approval.enddate.max={end.max().date()}")
print(f"approval.startdate.min={start.min().date()}")
print(f"approval.grade.missing={(a['grade'] == '').sum()}")
print(f"approval.url.missing={(a['url'] == '').sum()}")
for pop in sorted(a["population"].unique()):
    print(f"approval.population.{pop}={(a['population'] == pop).sum()}")
last = a.iloc[-1]
print(f"approval.last.poll_id={last['poll_id']}")
print(f"approval.last.pollster={last['pollster']}")
print(f"approval.last.approve={last['approve']}")
print(f"approval.last.question_id={last['question_id']}")
