"""Two names joined by 'and', each after an honorific, are the speakers' names, not a role
('Mr Lee and Mr Hall said': Lee and Hall; was the name 'Hall' with the role 'Lee and').
Invented names only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import name_and_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Lee and Mr Hall said the ruling was unfair.", ("Lee and Hall", None)),
        ("Ms Ann Lee and Mr Hall said the ruling was unfair.", ("Ann Lee and Hall", None)),
        ("Mr. Lee and Mrs. Hall said the ruling was unfair.", ("Lee and Hall", None)),
    ],
)
def test_two_addressed_names(text: str, expected: tuple[str | None, ...]) -> None:
    assert name_and_role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Lee said the ruling was unfair.", ("Lee", None)),
        ("Ann Lee and Tom Hall said the ruling was unfair.", ("Ann Lee and Tom Hall", None)),
    ],
)
def test_counter_examples(text: str, expected: tuple[str | None, ...]) -> None:
    assert name_and_role(text) == expected
