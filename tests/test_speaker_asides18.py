"""Speaker mentions that kept junk at their ends (issue 3), session 18: a closing dash left
after a relative aside was cut, an aside between dashes opened by a subordinator, and a
comparison word before 'as' ('even as', 'just as') at the start of the subject; with
counter-examples that must come out unchanged. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing dash after a relative aside ('- which ... -') is no part of the subject
        ("The proposals - which were drafted in May - said the plan was safe.", ["The proposals"]),
        ("The firm - which makes bricks - said the plan was safe.", ["The firm"]),
        # an aside between dashes is dropped before a subordinator in it cuts the subject
        ("Ann Lee - after a pause - said the plan was safe.", ["Ann Lee"]),
        ("Tom Hall - while still in office - said the plan was safe.", ["Tom Hall"]),
        # 'even as', 'just as' open a clause: the subject is what follows them
        ("But even as Ann Lee argued the plan was safe, others doubted it.", ["Ann Lee"]),
        ("Even as the mayor said the plan was safe, others doubted it.", ["the mayor"]),
    ],
)
def test_junk_left_out_of_the_speaker(text: str, expected: list[str | None]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme - itself a target - said the plan was safe.", ["Acme"]),
        ("Dec 29 (Reuters) - Acme said the plan was safe.", ["Acme"]),
        ("When Acme - itself a target - said the plan was safe, shares fell.", ["Acme"]),
        ("Ann Lee, who spoke after a pause, said the plan was safe.", ["Ann Lee"]),
        ("As soon as Ann Lee said the plan was safe, others doubted it.", ["Ann Lee"]),
        ("But as Ann Lee argued the plan was safe, others doubted it.", ["Ann Lee"]),
    ],
)
def test_speakers_that_stay(text: str, expected: list[str | None]) -> None:
    assert mentions(text) == expected
