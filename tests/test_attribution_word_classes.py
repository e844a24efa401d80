"""Every word class the attribution code asks for by name is declared in its data file.

``Lexicon.frame_class`` and ``Lexicon.speaker_class`` give an empty set for an unknown name,
so a misspelt class would switch a rule off without an error. This test reads the class
names written in the code and checks each against the packaged lexicon.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.attribution.lexicon import load_lexicon, parse_rows

ATTRIBUTION = Path(__file__).resolve().parents[1] / "flows" / "attribution"
RE_CLASS_CALL = re.compile(r"\b(frame|speaker)_class\(\s*\"([^\"]+)\"\s*\)")


def _class_calls() -> list[tuple[str, str, str]]:
    return sorted(
        {
            (path.name, kind, name)
            for path in ATTRIBUTION.glob("*.py")
            for kind, name in RE_CLASS_CALL.findall(path.read_text(encoding="utf-8"))
        }
    )


def test_the_code_asks_for_classes() -> None:
    names = {name for _, _, name in _class_calls()}
    assert {"particle", "noun_determiner", "adjunct_preposition", "writer_contrast"} <= names


@pytest.mark.parametrize(("module", "kind", "name"), _class_calls())
def test_a_named_class_is_declared(module: str, kind: str, name: str) -> None:
    lex = load_lexicon()
    declared = lex.frame_words if kind == "frame" else lex.speaker_words
    assert declared.get(name), f"{module} asks for {kind} class {name!r}, which has no words"


def test_frame_word_rows_are_a_lower_case_word_and_its_class() -> None:
    rows = parse_rows((ATTRIBUTION / "data" / "frame_words.tsv").read_text(encoding="utf-8"))
    bad = [row for row in rows if len(row) != 2 or row[0] != row[0].strip().lower()]
    assert not bad, f"frame_words.tsv rows that are not 'word<TAB>class': {bad[:5]}"
