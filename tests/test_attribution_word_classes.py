"""Every word class the attribution code asks for by name is declared in its data file.

``Lexicon.frame_class`` and ``Lexicon.speaker_class`` give an empty set for an unknown name,
so a misspelt class would switch a rule off without an error; ``Lexicon.union`` takes frame
class names as arguments and speaker class names as ``speaker=(...)``. This test reads the
class names written in the code and checks each against the packaged lexicon.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from flows.attribution.lexicon import load_lexicon, parse_rows

ATTRIBUTION = Path(__file__).resolve().parents[1] / "flows" / "attribution"


def _names_in_call(call: ast.Call) -> list[tuple[str, str]]:
    """(kind, name) of the class names a ``frame_class``, ``speaker_class`` or ``union``
    call writes as string literals."""
    if not isinstance(call.func, ast.Attribute):
        return []
    method = call.func.attr
    if method in ("frame_class", "speaker_class"):
        kind = method.split("_")[0]
        return [(kind, a.value) for a in call.args if isinstance(a, ast.Constant)]
    if method != "union":
        return []
    found = [("frame", a.value) for a in call.args if isinstance(a, ast.Constant)]
    for keyword in call.keywords:
        if keyword.arg == "speaker" and isinstance(keyword.value, ast.Tuple):
            found += [
                ("speaker", e.value) for e in keyword.value.elts if isinstance(e, ast.Constant)
            ]
    return found


def _class_calls() -> list[tuple[str, str, str]]:
    return sorted(
        {
            (path.name, kind, name)
            for path in ATTRIBUTION.glob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)
            for kind, name in _names_in_call(node)
        }
    )


def test_the_code_asks_for_classes() -> None:
    names = {name for _, _, name in _class_calls()}
    assert {"particle", "noun_determiner", "adjunct_preposition", "writer_contrast"} <= names
    assert ("speaker", "role_verb") in {(kind, name) for _, kind, name in _class_calls()}


@pytest.mark.parametrize(("module", "kind", "name"), _class_calls())
def test_a_named_class_is_declared(module: str, kind: str, name: str) -> None:
    lex = load_lexicon()
    declared = lex.frame_words if kind == "frame" else lex.speaker_words
    assert declared.get(name), f"{module} asks for {kind} class {name!r}, which has no words"


def test_frame_word_rows_are_a_lower_case_word_and_its_class() -> None:
    rows = parse_rows((ATTRIBUTION / "data" / "frame_words.tsv").read_text(encoding="utf-8"))
    bad = [row for row in rows if len(row) != 2 or row[0] != row[0].strip().lower()]
    assert not bad, f"frame_words.tsv rows that are not 'word<TAB>class': {bad[:5]}"
