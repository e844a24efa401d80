"""'These workers, Ann Lee said on Monday, were well paid': a frame set off by commas inside
the statement whose cue has its own adjunct (particles.adjunct_only) before the second
comma, with a verb after it, is read like ', she said,' (pattern mid): the content was the
adjunct and the predicate ('on Monday, were well paid'). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("These workers, the mayor said on Monday, were well paid.", "the mayor"),
        ("The plan, Ann Lee explained in a hearing, would cost too much.", "Ann Lee"),
    ],
)
def test_interjected_frame_with_adjunct(text: str, speaker: str) -> None:
    assert rows(text) == [(text.rstrip("."), speaker, rows(text)[0][2])]


def test_noun_phrase_after_the_adjunct_is_no_predicate() -> None:
    """'..., the mayor said on Monday, the third rise in a row': no verb after the second
    comma, so the frame is not read as interjected (the reading is left as it was)."""
    found = rows("Prices rose, the mayor said on Monday, the third rise in a row.")
    assert not [row for row in found if row[0].startswith("Prices rose, the mayor said")]
