"""A second verb coordinated after adverbs ('praised the crew and later said C', 'but also
said', 'and quickly added'): the adverbs are the second verb's, so the coordinator ends the
first frame's content and the second frame is read, as after a bare 'and said'. Invented
sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the crew and later said the dam would hold.",
        "The mayor praised the crew and then said the dam would hold.",
        "The mayor criticized the plan but also said the dam would hold.",
        "The mayor praised the crew and quickly added that the dam would hold.",
    ],
)
def test_second_verb_after_adverbs_is_read(text: str) -> None:
    found = candidate_rows(text)
    assert any(
        content == "the dam would hold" and speaker == "The mayor" for content, speaker, _ in found
    )
    assert not any(
        "dam" in content for content, _, cue in found if cue in ("praised", "criticized")
    )


def test_adverb_after_a_new_subject_unchanged() -> None:
    """'and analysts later said C' is a clause of its own inside what the mayor said."""
    found = candidate_rows("The mayor said prices rose and analysts later said the dam would hold.")
    assert found[0][1:] == ("The mayor", "said")
    assert "analysts later said" in found[0][0]


def test_adverb_without_coordinator_unchanged() -> None:
    """An adverb after a comma, no 'and' or 'but': the rule leaves the reading as it was."""
    text = "The mayor praised the crew, later saying the dam would hold."
    found = candidate_rows(text)
    assert ("the dam would hold", "The mayor", "saying") in found
