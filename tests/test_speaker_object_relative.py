"""A cue right after a relative 'that' or 'which' that opens the clause of a verb's object
("The rebels released a video that said C"): the verb's subject speaks, whatever noun heads
it ("The rebels", not only a name or a speaker word), without a time after it ("on
Tuesday") and with an auxiliary before the verb ("has released")."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows

C = "the mill will close"


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # a common noun: was the whole clause 'The rebels released a video that'
    (f"The rebels released a video that said {C}.", "The rebels", "said"),
    # a time after the subject: was 'The rebels on Tuesday released a video that'
    (f"The rebels on Tuesday released a video that said {C}.", "The rebels", "said"),
    (f"Acme on Friday issued a memo that said {C}.", "Acme", "said"),
    # an auxiliary before the verb: no row before
    (f"The union has released a video that said {C}.", "The union", "said"),
    (f"The union has issued a statement which says {C}.", "The union", "says"),
])
def test_the_verb_subject_speaks(text: str, speaker: str, cue: str) -> None:
    assert rows(text) == [(C, speaker, cue)]


@pytest.mark.parametrize(("text", "expected"), [
    # as before: a name before the verb
    (f"Ann Lee released a video that said {C}.", [(C, "Ann Lee", "said")]),
    # a cue verb before the object: its own frame, the object's clause inside its content
    (f"Officials said the union has released a video that said {C}.",
     [(f"the union has released a video that said {C}", "Officials", "said")]),
    # 'who' after the object keeps its own reading
    (f"The mayor has met the voters who said {C}.", [(C, "who", "said")]),
    # no verb before the noun: 'that' stands for it
    (f"The farmers volunteer with a group that warns {C}.", [(C, "that", "warns")]),
])
def test_other_relative_subjects_are_unchanged(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue that makes a work (posted, wrote) before the work and 'that': the work's words
    # are the subject's, as with 'released'; was the one row 'posted' with 'a video that ...'
    (f"Ann Lee posted a video that said {C}.", [(C, "Ann Lee", "said")]),
    (f"The union wrote a letter which said {C}.", [(C, "The union", "said")]),
    # counter-examples: what was posted or written is the content; another speaker inside
    (f"Ann Lee posted on Facebook that {C}.", [(C, "Ann Lee", "posted")]),
    (f"Ann Lee wrote that the video said {C}.",
     [(f"the video said {C}", "Ann Lee", "wrote")]),
    ("Ann Lee posted a video that Tom Hall said was fake.",
     [("a video that Tom Hall said was fake", "Ann Lee", "posted")]),
])
def test_a_work_that_says_speaks_for_its_maker(text: str, expected: list) -> None:
    assert rows(text) == expected
