"""A written piece named after a cue ('wrote in its editorial', 'said in a column', 'in an
essay on Sunday') is where the words were put, an adjunct of the frame like 'in a statement'
or 'in a letter': a quotation resumed after it goes on with the one before, and the piece
alone after the cue is nothing said."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows

QUOTE = '"The pier is shut," Bo Chan {frame}, "but it will reopen."'


@pytest.mark.parametrize("frame", [
    "wrote in its editorial",
    "wrote in a column on Sunday",
    "said in an essay",
    "wrote in a blog",
    "wrote in a memo on Friday",
])
def test_quotation_resumed_after_a_written_piece_is_one_statement(frame: str) -> None:
    text = QUOTE.format(frame=frame)  # was: only '"The pier is shut,"'
    assert rows(text) == [(text, "Bo Chan", frame.split()[0])]


def test_a_written_piece_alone_after_the_cue_is_nothing_said() -> None:
    assert rows("Bo Chan wrote in an editorial.") == []  # was: 'in an editorial'


@pytest.mark.parametrize(("text", "expected"), [
    # a topic after the piece: not only an adjunct, so the first quotation stands alone
    (QUOTE.format(frame="wrote in a column about the pier"),
     [('"The pier is shut,"', "Bo Chan", "wrote")]),
    # a 'that' clause after the piece is what was written, as before
    ("Bo Chan wrote in an editorial that the pier will reopen.",
     [("the pier will reopen", "Bo Chan", "wrote")]),
    # the piece as the cue's object is no adjunct: the quotation after it is not joined
    ('"The pier is shut," Bo Chan wrote the editorial, "but it will reopen."',
     [('"The pier is shut,"', "Bo Chan", "wrote")]),
])
def test_other_written_pieces_are_unchanged(text: str, expected: list) -> None:
    assert rows(text) == expected
