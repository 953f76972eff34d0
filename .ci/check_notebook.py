"""Checks a notebook that CI executed against the one committed in the repository.

    python3 .ci/check_notebook.py COMMITTED.ipynb EXECUTED.ipynb

Fails (exit 1) when a cell of the executed notebook has an error output, when a chart cell has no
image output (a chart cell is one tagged "chart" or one whose committed outputs hold an image), or
when the text of the executed outputs differs from the committed outputs, i.e. the committed
notebook is not what the code now produces: re-execute it with `.ci/notebooks --update`. Images
that differ only in their bytes (fonts differ between machines) are reported, not failed.
"""

import sys

import nbformat

IMAGES = ("image/png", "image/svg+xml")


def texts(cell):
    """The outputs of a cell as comparable text: stream text and every non-image MIME type."""
    out = []
    for o in cell.get("outputs", []):
        if o.output_type == "stream":
            out.append((o.name, o.text))
        elif o.output_type in ("execute_result", "display_data"):
            for mime, value in sorted(o.data.items()):
                if mime not in IMAGES:
                    out.append((mime, value))
        elif o.output_type == "error":
            out.append(("error", o.ename + ": " + o.evalue))
    return out


def images(cell):
    return [
        (mime, o.data[mime])
        for o in cell.get("outputs", [])
        if o.output_type in ("execute_result", "display_data")
        for mime in IMAGES
        if mime in o.data
    ]


def main(committed_path, executed_path):
    committed = nbformat.read(committed_path, as_version=4)
    executed = nbformat.read(executed_path, as_version=4)
    problems, notes = [], []
    if len(committed.cells) != len(executed.cells):
        problems.append(f"{len(committed.cells)} cells committed, {len(executed.cells)} executed")
    for number, (old, new) in enumerate(zip(committed.cells, executed.cells), start=1):
        if new.cell_type != "code":
            continue
        where = f"cell {number} ({new.source.splitlines()[0] if new.source else 'empty'})"
        for o in new.get("outputs", []):
            if o.output_type == "error":
                problems.append(f"{where}: error {o.ename}: {o.evalue}")
        is_chart = "chart" in new.metadata.get("tags", []) or images(old)
        if is_chart and not images(new):
            problems.append(f"{where}: a chart cell without an image output")
        if texts(old) != texts(new):
            problems.append(f"{where}: the outputs differ from the committed notebook")
        elif [m for m, _ in images(old)] != [m for m, _ in images(new)]:
            problems.append(f"{where}: the image types differ from the committed notebook")
        elif images(old) != images(new):
            notes.append(f"{where}: an image differs in its bytes from the committed one")
    for note in notes:
        print(f"{executed_path}: note: {note}")
    for problem in problems:
        print(f"{executed_path}: FAIL: {problem}")
    if problems:
        print(f"{committed_path}: re-execute with .ci/notebooks --update if the change is intended")
        return 1
    print(f"{committed_path}: {len(executed.cells)} cells, executed without errors, outputs as committed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
