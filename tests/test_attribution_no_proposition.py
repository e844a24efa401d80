"""Cue readings that report no proposition (issue 3, rows with no gold statement): the words
around the cue show it has no object that could be what was said. Each rule comes with
counter-examples that keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import candidate_rows, rows


def test_conjunction_right_after_cue_is_no_content() -> None:
    """A cue followed at once by 'and' or 'or' and no verb has no object: the form is a noun
    in a pair ('fear and panic', 'calls and meetings') or a verb with nothing after it ('he
    wants and that is the end of it'), so no 'X said C' frame reads 'and ...' as C."""
    assert candidate_rows(
        "The storm hit the coast overnight, sparking widespread fear and panic."
    ) == []
    assert candidate_rows("The mayor can hire whoever he wants and that is the end of it.") == []
    assert candidate_rows("Officials held conference calls and meetings all week.") == []
    assert candidate_rows("Ann Lee endures the crude jokes and taunts of her colleagues.") == []


def test_verbs_joined_by_and_share_the_object() -> None:
    """Counter-examples: a second verb (or an auxiliary) after the 'and' shares the object
    after it, or a second clause ends on a cue and 'that'; a quotation before the subject is
    still what was said; an 'and' inside the content is no concern of the rule."""
    assert rows("Ann Lee derided and insulted the critics at the meeting.") == [
        ("the critics", "Ann Lee", "derided")
    ]
    assert rows("Tom Hall endorsed and has backed Ann Lee.") == [
        ("Ann Lee", "Tom Hall", "endorsed")
    ]
    assert rows("\u201cWe will win,\u201d Ann Lee said and walked off the stage.") == [
        ("\u201cWe will win,\u201d", "Ann Lee", "said")
    ]
    assert candidate_rows("Ann Lee said and the mayor agreed that the bridge was safe.") == [
        ("and the mayor agreed that the bridge was safe", "Ann Lee", "said")
    ]  # (the clause after 'that' is what both said; tests/test_attribution_verb_pairs.py)
    assert rows("Ann Lee said the plan was sound and Tom Hall agreed.") == [
        ("the plan was sound and Tom Hall agreed", "Ann Lee", "said")
    ]


def test_adjunct_after_agentless_passive_is_no_content() -> None:
    """After an agentless passive, a companion, a range, a time or a repetition ('with',
    'among', 'between', 'since', 'again', a time word; class passive_adjunct_lead) is no
    content: the subject is what was debated or negotiated, and nobody's words follow."""
    assert candidate_rows("The mayor is often spotted with her husband at the market.") == []
    assert candidate_rows("The deal was negotiated between the two parties after the vote.") == []
    assert candidate_rows("The bridge toll was negotiated among the towns.") == []
    assert candidate_rows("Only ten judges were confirmed since the council changed hands.") == []
    assert candidate_rows("The merits of the plan are being debated again.") == []
    assert candidate_rows("The plan was criticized Monday during a meeting in Riverton.") == []


def test_clause_after_passive_adjunct_is_still_content() -> None:
    """Counter-examples: a clause after the adjunct, an empty subject or one who was told keep
    their frames; an adjunct word later in the content is no concern of the rule."""
    assert rows("It was announced on Monday that the dam would close.") == [
        ("the dam would close", None, "announced")
    ]
    assert rows("Staff were told in a memo that the plant would close.") == [
        ("the plant would close", None, "told")
    ]
    assert candidate_rows("Ann Lee was asked with some urgency to explain the delay.") == [
        ("with some urgency to explain the delay", None, "asked")
    ]
    assert rows("The plan was criticized as reckless since it cost too much.") == [
        ("reckless since it cost too much", None, "criticized as")
    ]


def test_place_adverb_alone_after_cue_is_no_content() -> None:
    """'here' alone after a cue (class place_adverb) says where, not what: 'The full report
    can be found here.', 'Ann Lee said here.' read no content."""
    assert candidate_rows("The full report can be found here.") == []
    assert candidate_rows("Ann Lee said here.") == []


def test_place_adverb_before_content_keeps_the_frame() -> None:
    """Counter-examples: 'here' before a clause, a quotation or a 'that' clause, or 'here'
    opening the content itself, keeps the frame; a quotation before the subject is what was
    said."""
    assert rows("Ann Lee said here that the plan is sound.") == [
        ("the plan is sound", "Ann Lee", "said")
    ]
    assert rows("Ann Lee said here is the plan.") == [("here is the plan", "Ann Lee", "said")]
    assert rows("\u201cWe will win,\u201d Ann Lee said here.") == [
        ("\u201cWe will win,\u201d", "Ann Lee", "said")
    ]


def test_found_after_help_or_to_sets_up() -> None:
    """'found' after 'help' or 'to' (class other_sense_lead) is the verb 'found', to set up,
    not the past of 'find': no frame."""
    assert candidate_rows("Ann Lee, who helped found the group in 2014, left.") == []
    assert candidate_rows("Tom Hall helped found the college in 1990.") == []
    assert candidate_rows("Ann Lee worked for years to found the group.") == []


def test_found_as_past_of_find_keeps_its_frame() -> None:
    """Counter-examples: 'found' as the past of 'find' keeps its frame, also after a comma
    that follows 'helped'."""
    assert rows("The panel found that the dam was unsafe.") == [
        ("the dam was unsafe", "The panel", "found")
    ]
    assert candidate_rows("A study by the board found the dam unsafe.") == [
        ("the dam unsafe", "A study by the board", "found")
    ]


def test_work_as_the_whole_object_reports_nothing() -> None:
    """A cue of class work_verb ('wrote', 'posted') whose object names a work (class
    work_noun) with only adjuncts after it tells what was made, not what was said."""
    assert candidate_rows("Ann Lee wrote a children's book.") == []
    assert candidate_rows("Tom Hall wrote his dissertation on farm policy in Riverton.") == []
    assert candidate_rows("The mayor posted messages on Facebook.") == []
    assert candidate_rows("Ann Lee posted a photo of the bridge online.") == []
    assert candidate_rows("Ann Lee wrote a detailed, six-page letter to the board.") == []


def test_work_with_what_it_says_keeps_the_frame() -> None:
    """Counter-examples: a clause, an '-ing' word, 'about', a quotation or a colon after the
    work, a clause as the object, or the work in an adjunct after a quotation, keep the
    frame."""
    # (the work's own cue reports what it says, for its maker: 'posted a message that said C'
    # gives the row of 'said', as 'released a video that said C' does)
    assert candidate_rows("Ann Lee posted a message that said the dam was safe.") == [
        ("the dam was safe", "Ann Lee", "said")
    ]
    assert candidate_rows("Ann Lee wrote a letter urging the board to act.") == [
        ("a letter urging the board to act", "Ann Lee", "wrote")
    ]
    assert candidate_rows("Ann Lee posted comments about the dam on Facebook.") == [
        ("comments about the dam", "Ann Lee", "posted")
    ]
    assert candidate_rows("Another user posted this tweet:") == [
        ("this tweet", "Another user", "posted")
    ]
    assert rows("Ann Lee wrote the dam was safe.") == [("the dam was safe", "Ann Lee", "wrote")]
    assert rows("\u201cThe dam is safe,\u201d Ann Lee wrote in a letter.") == [
        ("\u201cThe dam is safe,\u201d", "Ann Lee", "wrote")
    ]
