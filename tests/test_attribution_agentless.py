"""Attribution: a passive cue with no agent that ends its clause is no frame (invented
sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the main clause's frame is no longer taken by the passive
            "Before the plan was announced, Ann Lee said the pier would open in May.",
            [("the pier would open in May", "Ann Lee", "said")],
        ),
        (  # a statement framed after the passive clause
            "The fee for the ferry is unchanged and no new levy is being imposed, the harbour "
            "board added.",
            [("The fee for the ferry is unchanged and no new levy is being imposed",
              "the harbour board", "added")],
        ),
        (  # no frame at all: what was confirmed is the subject, nobody said the rest
            "The ferry's new timetable was confirmed, although the first crossing is late.",
            [],
        ),
    ],
)
def test_an_agentless_passive_before_a_comma_is_no_frame(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an agent: the passive frame names the speaker
            "The new levy was announced by the harbour board, which said it was needed.",
            "the harbour board",
        ),
        (  # a complement clause after the passive stays a statement
            "It was announced that the pier would open in May.",
            None,
        ),
    ],
)
def test_other_passives_keep_their_frames(text: str, expected: str | None) -> None:
    got = rows(text)
    assert got, "the statement was lost"
    if expected is not None:
        assert any(mention == expected for _, mention, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an agentless passive before a quotation is left to the readers (its docstring)
            'The mayor was quoted, "The pier will open in May."',
            [('"The pier will open in May."', "The mayor", "quoted")],
        ),
        (
            '"We will rebuild the pier," the mayor was reported, "whatever it costs."',
            [('"We will rebuild the pier," the mayor was reported, "whatever it costs."',
              "the mayor", "reported")],
        ),
    ],
)
def test_an_agentless_passive_before_a_quotation_still_frames_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected
