"""Invented articles and a two-release output folder for the publishing tests.

Release A has the harbour and orchard stories; release B drops orchard and adds library, so
the expected changes are known by construction. The harbour title starts with ``=``, a
formula to a spreadsheet, so the CSV must neutralise it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HARBOUR = """=Harbour plan approved after long debate

| Lakeside Courier

The city council approved the new harbour plan on Tuesday, ending a debate that lasted two years.

"Five degrees below zero is nothing for these boats," said Mara Quill, the harbour master.

Council leader Tom Breck said the plan would create 300 jobs by 2030.

"Everyone should come to the opening," Breck added.
"""

ORCHARD = """Orchard growers expect a record apple harvest

| Valley Ledger

Growers in the valley expect the largest harvest in a decade, according to the farmers' union.

"The weather was kind to us this spring," said Ilse Marrow, who runs a family orchard near Fenwick.

She said prices could fall if every farm sells at once.
"""

LIBRARY = """New library opens its doors in Brindle

| Lakeside Courier

The town of Brindle opened its new public library on Saturday after three years of building work.

"A library is a promise that anyone can learn anything," said Oskar Venn, the head librarian.

Mayor Petra Lund said the building would stay open late on weekdays.
"""


@dataclass(frozen=True)
class Releases:
    output: Path
    first: Path  # releases/<A>
    second: Path  # releases/<B>, where latest points


def write_raw(folder: Path, stories: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in stories.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def build_two_releases(base: Path) -> Releases:
    from flows.pipeline import build_dataset

    output = base / "output"
    first = build_dataset(write_raw(base / "raw-a", {"harbour": HARBOUR, "orchard": ORCHARD}),
                          output).release
    second = build_dataset(write_raw(base / "raw-b", {"harbour": HARBOUR, "library": LIBRARY}),
                           output).release
    return Releases(output, Path(first), Path(second))
