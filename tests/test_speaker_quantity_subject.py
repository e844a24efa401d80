"""A subject that opens with a quantity word ('several', 'both', 'another': speaker classes
quantity_group and quantity_person) before its noun is that noun phrase, at the sentence's
start ('Several groups') as after a fronted adverbial ('In May, several groups'), not the
capitalised word alone. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several groups gave the firm an extension on the order, saying its capital was low.",
            "Several groups",
        ),
        (
            "In May, several groups gave the firm an extension, saying its capital was low.",
            "several groups",
        ),
        ("Another partner left the firm, saying its capital was low.", "Another partner"),
    ],
)
def test_quantity_word_and_its_noun_are_the_subject(text: str, speaker: str) -> None:
    assert [(r[1], r[2]) for r in rows(text)] == [(speaker, "saying")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quantity word alone is the subject
        ("Several said the plan would fail.", "Several"),
        # before a name it opens the name's run, as before
        ("Both Ann Lee and Tom Hall said the plan would fail.", "Both Ann Lee and Tom Hall"),
        ("Both leaders said the plan would fail.", "Both leaders"),
    ],
)
def test_other_quantity_subjects_unchanged(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text)] == [speaker]
