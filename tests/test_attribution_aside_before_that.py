"""An aside set off on both sides right after the cue and before 'that' ('said, with some
justification, that C', 'said - without offering evidence - that C'): the frame's own
adjunct, so what was said opens after 'that', as after 'said, in response to a question,
that C'."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows

C = "the pier will reopen"


@pytest.mark.parametrize("aside", [
    ", with some justification,",  # was: 'with some justification, that C'
    ", as previously reported,",
    ", not only then but later,",
    " \u2014 without offering evidence \u2014",  # was: 'without offering evidence - that C'
    " - without offering evidence -",
    " \u2014 again, without evidence \u2014",
])
def test_what_was_said_opens_after_that(aside: str) -> None:
    assert rows(f"Bo Chan claimed{aside} that {C}.") == [(C, "Bo Chan", "claimed")]


@pytest.mark.parametrize(("text", "expected"), [
    # an object with its apposition before 'that': as before
    (f"Bo Chan told Tom Hall, a Democrat, that {C}.", [(C, "Bo Chan", "told")]),
    # a quotation before 'that': as before
    ('Bo Chan said, "We won," that night.', [('"We won," that night', "Bo Chan", "said")]),
    # no aside after the cue, a relative clause on its object: as before
    (f"Bo Chan said the plan, which Tom Hall backs, means that {C}.",
     [(f"the plan, which Tom Hall backs, means that {C}", "Bo Chan", "said")]),
])
def test_other_words_before_that_are_read_as_before(text: str, expected: list) -> None:
    assert rows(text) == expected
