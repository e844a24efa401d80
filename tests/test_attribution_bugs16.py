"""Known misreadings of general English (issue 3, session 16), each fixed with
counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import mentions, rows


def test_determiner_that_after_a_verb_opens_no_clause() -> None:
    """'indicate Kennedy made that suggestion': with no 'that' after the cue, a 'that' right
    after a verb and before a noun is a determiner, so the bare clause is the content (it was
    read as 'agreed with X that C', content 'suggestion')."""
    assert rows("Records indicate Kennedy made that suggestion.") == [
        ("Kennedy made that suggestion", "Records", "indicate")
    ]


def test_that_after_an_object_still_opens_a_clause() -> None:
    """Counter-examples: 'that' after an object, or after a verb but before a subject, is
    the complementizer."""
    assert rows("She agreed with the President that prices would rise.") == [
        ("prices would rise", "She", "agreed with")
    ]
    assert rows("He warned those who objected that the plan would fail.") == [
        ("the plan would fail", "He", "warned")
    ]
    assert rows("Lee welcomed the rules that protect farmers.") == [
        ("the rules that protect farmers", "Lee", "welcomed")
    ]


def test_participle_whose_agent_runs_into_the_cue_is_a_relative() -> None:
    """'Banks asked by Reuters said C': the participle and its agent modify the subject of
    'said' (they were read as a passive said by 'Reuters said C', and as an active 'asked'
    with content 'by Reuters said C')."""
    assert rows("Several other banks asked by Reuters said much the same thing.") == [
        ("much the same thing", "Several other banks asked by Reuters", "said")
    ]
    assert rows("Doctors asked by the BBC said the drug was safe.") == [
        ("the drug was safe", "Doctors asked by the BBC", "said")
    ]


def test_passive_with_its_own_agent_keeps_its_frame() -> None:
    """Counter-examples: a passive whose agent does not run into a cue verb."""
    assert rows("The plan was rejected by the city council.") == [
        ("The plan", "the city council", "rejected by")
    ]
    assert rows("Lee was asked by reporters whether she would run.") == [
        ("she would run", "reporters", "asked")
    ]
    assert rows("The mayor was endorsed by papers ranging from expected backers to rivals.") == [
        ("The mayor", "papers ranging from expected backers to rivals", "endorsed")
    ]


def test_cue_nested_in_a_relative_content_reaches_no_quotation_before() -> None:
    """'"C," said X, who added that the firm now planned to D': 'planned' inside what X
    added was read as a frame whose content was the quotation before the sentence ('"C,"
    the firm now planned'), which cut what X added to 'the company now' and left a row
    'observe' said by 'the company now'."""
    text = '"They ignored us," said Mr Lee, who added that the company now planned to obey.'
    assert rows(text) == [
        ('"They ignored us,"', "Mr Lee", "said"),
        ("the company now planned to obey", "who", "added"),
    ]
    assert rows('"No," said Lee, who added that the firm hopes to observe the rules.') == [
        ('"No,"', "Lee", "said"),
        ("the firm hopes to observe the rules", "who", "added"),
    ]


def test_quotation_framed_after_its_speaker_keeps_its_row() -> None:
    """Counter-examples: a quotation before its own frame, and one framed twice in turn."""
    assert rows('"We will win," Lee said. "They cannot stop us," Hall added.') == [
        ('"We will win,"', "Lee", "said"),
        ('"They cannot stop us,"', "Hall", "added"),
    ]
    assert rows('"No," said Lee, who added that the firm agrees.') == [
        ('"No,"', "Lee", "said"),
        ("the firm agrees", "who", "added"),
    ]


def test_quotation_after_a_colon_with_its_own_frame_gives_its_row() -> None:
    """'Ann Lee seemed annoyed: "C," she wrote': the quotation inside the first content has
    its own frame, which gives its row; the first content ends at the colon (the whole was
    kept as what Ann Lee 'seemed', and the quotation's row was lost)."""
    found = rows('Ann Lee seemed annoyed: "We will not pay for this," she wrote.')
    assert ('"We will not pay for this,"', "she", "wrote") in found
    assert rows('The mayor warned of delays: "It will take years," she said.') == [
        ("delays", "The mayor", "warned of"),
        ('"It will take years,"', "she", "said"),
    ]


def test_quotation_after_a_colon_with_no_frame_stays_the_content() -> None:
    """Counter-examples: a quotation after a colon with no frame of its own is the first
    cue's content."""
    assert rows('Lee told reporters: "We will win."') == [('"We will win."', "Lee", "told")]
    assert rows('Lee said: "We will win," and left.') == [
        ('"We will win," and left', "Lee", "said")
    ]


def test_mention_ending_on_what_names_no_speaker() -> None:
    """'..., turning what began as a rejection of the bill into a movement, and persuading
    C': a mention that ends on 'what' (class open_end) opens a free relative, no speaker
    ('turning what' was the speaker of 'rejection of' and 'persuading')."""
    text = ("The delays have magnified these protests, turning what began as a rejection of "
            "the bill into a far broader movement, and persuading many people that they "
            "should support it.")
    assert "turning what" not in mentions(text)


def test_what_after_a_cue_still_opens_its_content() -> None:
    """Counter-examples: 'what' opening a content, and a relative clause's own frame."""
    assert rows("Officials asked what the plan would cost.") == [
        ("what the plan would cost", "Officials", "asked")
    ]
    assert rows("Lee, who knew what had happened, said the plan had failed.")[-1] == (
        "the plan had failed", "Lee", "said"
    )


def test_noun_cue_after_a_preposition_and_an_article_has_no_holder_before() -> None:
    """'abandon the system design based on the position of power': a noun cue after 'on the'
    is inside a prepositional phrase; the words before it ('abandon the system design') are
    not who holds the position (they were its speaker): the frame names no one."""
    text = ("It is necessary to redefine the rule, abandon the system design based on the "
            "position of power, and achieve a balance.")
    assert mentions(text) in ([], [None])


def test_cue_after_a_phrase_with_its_own_noun_keeps_its_speaker() -> None:
    """Counter-examples: a prepositional phrase that ends on its noun before the cue, and a
    subject before 'to the' ('came to the defense of X')."""
    assert rows("He came to the defense of the coach.") == [
        ("the coach", "He", "defense of")
    ]
    assert rows("Workers at the plant said the line had stopped.") == [
        ("the line had stopped", "Workers at the plant", "said")
    ]
    assert rows("Mr Lee of the board said the bid was late.") == [
        ("the bid was late", "Mr Lee of the board", "said")
    ]


def test_sentence_initial_common_word_holds_no_noun_cue() -> None:
    """'Market concerns about C': the word that opens the sentence before a noun cue, which
    the article writes in lower case elsewhere, is a modifier of the noun, no speaker."""
    text = "The dollar fell. Market concerns about the deficit have hit it. The market was calm."
    assert "Market" not in mentions(text)


def test_sentence_initial_name_holds_its_noun_cue() -> None:
    """Counter-examples: a name never written in lower case, and a common word the article
    writes only at the start of a sentence."""
    assert mentions("Pentagon concerns about the deal grew. The Pentagon said so.") == [
        "Pentagon", "The Pentagon"
    ]
    assert mentions("Market concerns about the deficit have hit the dollar.") == ["Market"]
    assert mentions("He was late. He spoke about it.") == ["He"]  # a verb, a pronoun
    assert mentions("They met. Some called for calm. Some left.") == ["Some"]
