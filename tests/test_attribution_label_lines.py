"""Lines that open with a label and a colon but are no turn of speech: a dateline in
capitals opening the text ('NEW TOWN: C') and a price list ('VIP: 60,000 R: 50,000').
Transcript turns keep their rows. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "NEW TOWN: Nearly 150 workers returned home on Wednesday after the plant shut.",
        "PORT ELLEN: The flood has cut the road to the coast since Monday.",
        "The show ended.\nVIP: 60,000 R: 50,000 S: 40,000",
    ],
)
def test_a_dateline_or_a_price_list_is_no_turn(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "LEE: The dam holds.\nHALL: It does not hold at all.",  # a transcript
            ("The dam holds", "LEE", ":"),
        ),
        ("The show ended.\nLEE: The dam holds.", ("The dam holds", "LEE", ":")),
        ("Ann Lee: The dam holds.", ("The dam holds", "Ann Lee", ":")),
        ("LEE: The dam holds.", ("The dam holds", "LEE", ":")),  # one word: a speaker
        ("ANN LEE: The dam holds.", ("The dam holds", "ANN LEE", ":")),  # a given name
        ("Ann Lee: Acme Hammers The Plan", ("Acme Hammers The Plan", "Ann Lee", ":")),  # title case
    ],
)
def test_a_turn_keeps_its_row(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text)[0] == row
