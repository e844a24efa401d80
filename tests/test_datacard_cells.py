"""Input text in the data card's Markdown tables stays in its cell: a publisher named
'News | Weather | Sports' (as HTML pages' site names often are) must not add columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

from flows.pipeline import build_dataset

BODY = ("The harbour council approved the plan on Tuesday after a long debate.\n\n"
        "\"The boats will be safe now,\" said Mara Quill, the harbour master.")
PUBLISHERS = ("Lakeside 7News | Weather, Sports | Fenwick", "Valley\\Ledger")
UNESCAPED_BAR = re.compile(r"(?<!\\)\|")


def test_publisher_names_with_bars_stay_in_one_cell(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [json.dumps({"id": f"a{i}", "publisher": name, "text": f"{BODY} Story {i}."})
             for i, name in enumerate(PUBLISHERS)]
    (raw / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out").release)
    card = (release / "README.md").read_text(encoding="utf-8")
    section = card[card.index("## Sources and licences"):card.index("## How it was built")]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + len(PUBLISHERS)
    for row in rows:  # | a | b | c | -> four unescaped bars, three cells
        assert len(UNESCAPED_BAR.findall(row)) == 4, row
    cells = [UNESCAPED_BAR.split(row)[1].strip() for row in rows[2:]]
    unescaped = sorted(re.sub(r"\\(.)", r"\1", c) for c in cells)
    assert unescaped == sorted(PUBLISHERS)
