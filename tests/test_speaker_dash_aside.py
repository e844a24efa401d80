"""An aside between dashes right before the cue that holds a comma ("Ann Lee - who, unlike
Tom Hall, backs the plan - said C"): the words before the aside speak, as they do when the
aside has no comma ("Ann Lee - who backs the plan - said C"), not the aside's last comma part."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows

C = "the pier will reopen"


@pytest.mark.parametrize(("text", "speaker"), [
    # was: 'backs the plan', 'like Tom Hall', 'in particular, Ann Lee' or no row
    (f"Ann Lee \u2014 who, unlike Tom Hall, backs the plan \u2014 said {C}.", "Ann Lee"),
    (f"Ann Lee -- who, unlike Tom Hall, backs the plan -- said {C}.", "Ann Lee"),
    (f"The mayor \u2014 a Democrat, like Tom Hall \u2014 said {C}.", "The mayor"),
    (f"The governors \u2014 and, in particular, Ann Lee \u2014 insisted that {C}.",
     "The governors"),
])
def test_the_words_before_a_dash_aside_with_a_comma_speak(text: str, speaker: str) -> None:
    assert [(content, mention) for content, mention, _ in rows(text)] == [(C, speaker)]


@pytest.mark.parametrize(("text", "expected"), [
    # an aside with no comma: read by narrow_subject, as before
    (f"Ann Lee \u2014 who backs the plan \u2014 said {C}.", [(C, "Ann Lee", "said")]),
    # a dateline dash, no aside: as before
    (f"Dec 29 (Reuters) - Acme, a unit of Big Co, said {C}.", [(C, "Acme", "said")]),
    # the aside inside the content before the frame: as before
    ("The pier \u2014 shut, as ever \u2014 will reopen, Ann Lee said.",
     [("The pier \u2014 shut, as ever \u2014 will reopen", "Ann Lee", "said")]),
])
def test_other_dashes_are_read_as_before(text: str, expected: list) -> None:
    assert rows(text) == expected
