"""'earlier' or 'later' right after a cue tells when the words were said, like 'here' tells
where ('said here on Monday.'): alone, or before an adjunct, it is part of the frame, not
what was said, so nothing was said after the cue ('Bo Chan said earlier.') and a frame set
off by commas with it is inside the statement ('The pier, Bo Chan said earlier, is shut.')."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


def test_the_time_adverb_alone_is_nothing_said() -> None:
    assert rows("Bo Chan said earlier.") == []  # was: the row 'earlier'


@pytest.mark.parametrize("adjunct", ["earlier", "later", "earlier in the hearing"])
def test_an_interjected_frame_with_a_time_adverb_is_inside_the_statement(adjunct: str) -> None:
    text = f"The pier, Bo Chan said {adjunct}, is shut for the winter."
    assert rows(text) == [(text[:-1], "Bo Chan", "said")]  # was: the content 'earlier...'


@pytest.mark.parametrize(("text", "expected"), [
    # what was said after the adverb: a clause or 'that', as before
    ("Bo Chan said earlier the pier is shut.", [("earlier the pier is shut", "Bo Chan", "said")]),
    ("Bo Chan said later that the pier is shut.", [("the pier is shut", "Bo Chan", "said")]),
    ("Bo Chan said earlier on Monday that the pier is shut.",
     [("the pier is shut", "Bo Chan", "said")]),
    # a quotation before the frame, as before
    ('"The pier is shut," Bo Chan said earlier.', [('"The pier is shut,"', "Bo Chan", "said")]),
])
def test_words_said_after_a_time_adverb_are_read_as_before(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("time", ["the other day", "the next week", "the same night"])
def test_a_determined_time_span_after_the_cue_is_nothing_said(time: str) -> None:
    """'the other day' after a cue tells when, like 'last week': the quotation before the
    frame is what was said, not the time."""
    text = f'So "The pier is shut," Bo Chan said {time}.'
    assert rows(text) == [('So "The pier is shut,"', "Bo Chan", "said")]  # was: the time


@pytest.mark.parametrize(("text", "expected"), [
    # counter-examples: a noun that is no time, or a clause after the time, is what was said
    ("Bo Chan said the other pier is shut.", [("the other pier is shut", "Bo Chan", "said")]),
    ("Bo Chan said the next day was key.", [("the next day was key", "Bo Chan", "said")]),
])
def test_a_determined_phrase_that_is_no_time_alone_is_said(text: str, expected: list) -> None:
    assert rows(text) == expected
