"""A cue inside a relative clause on the subject of its sentence: the main clause's verb
closes what was said (session 19, rel22). Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_main_verb_after_a_restrictive_relative_ends_the_content() -> None:
    """'Critics who say C have been proved wrong': a finite auxiliary or modal with no
    subject of its own after the content's own verb is the main clause's; 'but' and such an
    auxiliary join a second verb to the cue ('agree that C but have taken no action')."""
    assert rows("Critics who say the plan will fail have been proved wrong.") == [
        ("the plan will fail", "who", "say")
    ]
    assert rows("The officials who said the road would open in May were replaced.") == [
        ("the road would open in May", "who", "said")
    ]
    assert rows(
        "Lawmakers who agree that the deals are risky but have taken no action were named."
    ) == [("the deals are risky", "who", "agree")]


def test_content_with_no_subject_ends_at_the_first_main_verb() -> None:
    """An object or infinitive content ('endorsed him', 'wants to buy the club') has no
    verb of its own: the first finite auxiliary, or a present verb of speech, is the main
    clause's."""
    assert rows("Local groups that have endorsed him say they believe the council should act.")[
        0
    ][0] == "him"
    assert rows(
        "A rich backer who wants to buy the old club from its owners could pay $4 million."
    ) == [("to buy the old club from its owners", "who", "wants")]


def test_negated_auxiliary_closes_a_relative_clause_set_off_by_commas() -> None:
    """'Dana Holt, who said C, doesn't ...': a negated auxiliary after the closing comma is
    the main verb, as a past or present form is."""
    assert rows(
        "Dana Holt, who sees herself as the leader of a new movement, doesn't plan to quit."
    )[0] == ("herself as the leader of a new movement", "who", "sees")


def test_relative_clause_content_keeps_its_own_verbs() -> None:
    """Counter-examples: a relative clause on an object ('met voters who said C'), after a
    preposition ('Most of the owners who'), and a content whose auxiliaries have their own
    subjects ('said they would', 'the plan, which was late, would') keep the whole content."""
    assert rows("The mayor met voters who said the economy was their top issue.") == [
        ("the economy was their top issue", "who", "said")
    ]
    assert rows("Most of the owners who want to sell their shares have done so.")[0][0] == (
        "to sell their shares have done so"
    )
    assert rows("Voters who said they would stay home were wrong.") == [
        ("they would stay home", "who", "said")
    ]
    assert rows(
        "Critics who say the plan, which was late, would fail have been proved wrong."
    ) == [("the plan, which was late, would fail", "who", "say")]


def test_auxiliary_chain_is_one_verb() -> None:
    """Counter-examples: an auxiliary after another or after 'to' ('would have', 'to have')
    is the same verb's, not the main clause's."""
    assert rows("Critics who say the plan would have failed were ignored.") == [
        ("the plan would have failed", "who", "say")
    ]
    assert rows("A rich backer who wants to have a say in the club could pay $4 million.") == [
        ("to have a say in the club", "who", "wants")
    ]
