"""'Ann Lee said C \u2014 adding that D': a participle cue after a dash opens the speaker's
second frame, as after a comma (cues._frame_for_cue reads it with participle_frame).
Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_participle_after_a_dash_is_the_speakers_second_frame() -> None:
    text = (
        "Ann Lee said the mayor took the money and \u201cthere is nothing wrong with that\u201d "
        "\u2014 adding that the gifts did not change his views."
    )
    assert rows(text) == [
        (
            "the mayor took the money and \u201cthere is nothing wrong with that\u201d",
            "Ann Lee",
            "said",
        ),
        ("the gifts did not change his views", "Ann Lee", "adding"),
    ]


def test_participle_after_a_dash_with_no_quotation() -> None:
    text = "The unions criticised the plan - which may cost jobs - saying the firm was profitable."
    assert ("the firm was profitable", "The unions", "saying") in rows(text)
