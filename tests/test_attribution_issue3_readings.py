"""Misreadings of general English from issue 3, fixed one by one, each with counter-examples
that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_inverted_speaker_before_long_setting_clause() -> None:
    """'"C," said X as she dined on ... at ...': a setting clause so long that the words after
    the cue pass the speaker limit still leaves X, a short speaker, before it."""
    assert rows(
        '"We should win," said Ann Lee as she dined on fried eggs and sausage with her old'
        " friends at the golf club near the river."
    ) == [('"We should win,"', "Ann Lee", "said")]
    assert rows(
        '"We should win," said Lee as he dined on fried eggs and sausage at his Lee National'
        " Harbour golf resort."
    ) == [('"We should win,"', "Lee", "said")]


def test_long_words_after_inverted_cue_without_setting_still_no_speaker() -> None:
    """Counter-examples: a long phrase after the cue with no setting clause to cut names
    nobody; a short speaker with a setting reads as before."""
    assert rows(
        "Prices will rise, said a report which the central bank released after a long meeting"
        " of its board of governors in the capital."
    ) == []
    assert rows('"We should win," said Ann Lee as she left.') == [
        ('"We should win,"', "Ann Lee", "said")
    ]


def _typed(text: str) -> list[tuple[str | None, str]]:
    from flows.attribution import attribute_statements
    from flows.records import Article
    from flows.segment import segment_sentences

    article = Article.from_text(text, article_id="t")
    return [(s.speaker_mention, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


def test_issued_texts_typed_as_organisations() -> None:
    """'the declaration', 'the guideline' speak for the body that issued them, typed like
    'the statement' (class issued_text), not as persons."""
    assert _typed("The declaration said the border would stay open.") == [
        ("The declaration", "organization")
    ]
    assert _typed("The guideline says that doctors must report cases.") == [
        ("The guideline", "organization")
    ]
    assert _typed("The statement said the border would stay open.") == [
        ("The statement", "organization")
    ]
    assert _typed("The spokesman said the border would stay open.") == [
        ("The spokesman", "person")
    ]


def test_spa_is_a_company_suffix_only_closing_a_name() -> None:
    """'SpA' closes a company's name ('Fiat SpA'); 'the spa' is a common noun, no organisation
    word; a person of a company stays a person."""
    assert _typed("The spa said it would close.") == [("The spa", "person")]
    assert _typed("Fiat SpA said it would close.") == [("Fiat SpA", "organization")]
    assert _typed("Analyst Ann Lee of Acme Inc said it would close.") == [
        ("Analyst Ann Lee of Acme Inc", "person")
    ]


def test_organisation_description_not_resolved_to_a_text() -> None:
    """Counter-example: typing texts as organisations must not let 'the ministry' resolve to
    'figures from the ministry' before it."""
    from flows.attribution import attribute_statements
    from flows.records import Article
    from flows.segment import segment_sentences

    article = Article.from_text(
        "Figures from the ministry showed exports rose. The ministry said prices would fall.",
        article_id="t",
    )
    names = [(s.speaker_mention, s.speaker_name)
             for s in attribute_statements(article, segment_sentences(article))]
    assert ("The ministry", "ministry") in names


def test_without_or_amid_after_comma_frame_ends_it() -> None:
    """'C, the ministry said, without giving details.': the aside after the frame is the
    frame's own, not more of C; so too after a time ('said on Monday, without ...')."""
    assert rows("The tax will rise, the ministry said, without giving details.") == [
        ("The tax will rise", "the ministry", "said")
    ]
    assert rows("The tax will rise, the ministry said on Monday, without giving details.") == [
        ("The tax will rise", "the ministry", "said")
    ]
    assert rows("The tax will rise, the ministry said, amid growing concern over prices.") == [
        ("The tax will rise", "the ministry", "said")
    ]


def test_without_inside_content_unchanged() -> None:
    """Counter-examples: 'without' inside the content, before or after the frame."""
    assert rows("Prices will rise without a deal, the ministry said.") == [
        ("Prices will rise without a deal", "the ministry", "said")
    ]
    assert rows("The ministry said prices would rise without a deal.") == [
        ("prices would rise without a deal", "The ministry", "said")
    ]


def test_capitalised_modal_before_inflected_cue_is_a_name() -> None:
    """'"C," Will wrote.': a capitalised 'Will' or 'May' right before a past or -s cue is a
    surname, not a modal (a modal never comes before 'wrote')."""
    assert rows('"We will win," Will wrote.') == [('"We will win,"', "Will", "wrote")]
    assert rows('"We will win," May said.') == [('"We will win,"', "May", "said")]
    assert rows('"We will win," Ann Will says.') == [('"We will win,"', "Ann Will", "says")]


def test_modal_before_base_cue_keeps_its_reading() -> None:
    """Counter-examples: a lower-case modal before a base form, an imperative 'Don't'."""
    assert rows("The team will win, Smith will say.") == [
        ("The team will win", "Smith", "say")
    ]
    assert rows("Don't worry, the plan will work.") == []


def test_clause_then_comma_and_cue_takes_the_clause_subject() -> None:
    """'X moved the launch to Oct. 1, and said C': the clause before ', and' is no speaker;
    its subject says C (as without the comma)."""
    assert rows("The firm moved the launch to Jan. 5, and said the plan was safe.") == [
        ("the plan was safe", "The firm", "said")
    ]
    assert rows("Ann Lee moved the launch to January 5, but said the plan was safe.") == [
        ("the plan was safe", "Ann Lee", "said")
    ]


def test_comma_and_in_a_subject_list_unchanged() -> None:
    """Counter-examples: the same frame with no comma, and a frame said twice."""
    assert rows("The firm moved the launch to Jan. 5 and said the plan was safe.") == [
        ("the plan was safe", "The firm", "said")
    ]
    assert rows("Ann Lee said the launch would move, and said the plan was safe.") == [
        ("the launch would move", "Ann Lee", "said"),
        ("the plan was safe", "Ann Lee", "said"),
    ]


def test_inverted_cue_before_bare_text_noun() -> None:
    """'C, suggested statistics.': a text named with no determiner after an inverting cue
    is the speaker of the clause before it (was: content 'statistics', the fronted phrase
    as speaker)."""
    assert rows("Prices are falling, suggested statistics.") == [
        ("Prices are falling", "statistics", "suggested")
    ]
    assert rows(
        "Thanks to the new plant, income per head has exceeded 9,000 yuan, suggested statistics."
    ) == [
        ("Thanks to the new plant, income per head has exceeded 9,000 yuan", "statistics",
         "suggested")
    ]


def test_inverted_cue_before_bare_other_noun_still_no_speaker() -> None:
    """Counter-examples: a bare noun that is no text is an object ('showed a rise'), and a
    determined text reads as before."""
    assert rows("Prices are falling, showed a rise.") == []
    assert rows("Prices are falling, suggested the statistics.") == [
        ("Prices are falling", "the statistics", "suggested")
    ]


def test_titled_aside_after_determined_speaker_noun() -> None:
    """'The firm, the maker of "Big Jet," said C': as after a name, the aside ending on a
    quoted title describes the subject before it."""
    assert rows('The firm, the maker of "Big Jet," said the plane was safe.') == [
        ("the plane was safe", "The firm", "said")
    ]
    assert rows('The ministry, the publisher of "Daily Facts," said the plane was safe.') == [
        ("the plane was safe", "The ministry", "said")
    ]


def test_titled_aside_after_a_noun_that_names_no_speaker_still_no_row() -> None:
    """Counter-example: a determined noun that is no speaker word ('The plane')."""
    assert rows('The plane, the pride of "Big Jet," said little about safety.') == []


def test_speaker_ending_on_preposition_cut_before_its_verb() -> None:
    """A speaker read up to a noun cue ('She then peppered him with attacks on C') ends on
    a preposition; the words before its first verb are the speaker. 'hailed by experts as
    C' names the experts without 'as'."""
    assert rows("Ann Lee released a statement in opposition to the deal.") == [
        ("the deal", "Ann Lee", "opposition to")
    ]
    found = rows("The plan was hailed by experts worldwide as a secret weapon.")
    assert [speaker for _, speaker, _ in found] == ["experts worldwide"]


def test_speaker_with_a_capitalised_preposition_word_kept() -> None:
    """Counter-examples: a surname that is a preposition ('Al From'), and a preposition
    speaker with no verb before it, kept as read."""
    assert rows('"We will win," Al From said.') == [('"We will win,"', "Al From", "said")]
    assert rows('"We will win," From said.') == [('"We will win,"', "From", "said")]


def test_irregular_past_clause_before_and_is_no_subject() -> None:
    """'Sales fell sharply and analysts said C': an irregular past ('fell', 'rose', 'grew',
    now in class past) makes the words before 'and' a clause; 'analysts' speak."""
    assert rows("Sales fell sharply and analysts said demand was weak.") == [
        ("demand was weak", "analysts", "said")
    ]
    assert rows("Prices rose again but dealers said demand was weak.") == [
        ("demand was weak", "dealers", "said")
    ]


def test_coordinated_speakers_unchanged() -> None:
    """Counter-example: two speakers joined by 'and' with no verb before it."""
    assert rows("Ann Lee and Tom Hall said demand was weak.") == [
        ("demand was weak", "Ann Lee and Tom Hall", "said")
    ]


def test_as_clause_before_cue_gives_its_own_subject() -> None:
    """'Shares weakened as analysts warned C': 'as' right before a new subject and its cue
    opens a second clause; its subject speaks."""
    assert rows("Shares weakened as analysts warned that growth may slow.") == [
        ("growth may slow", "analysts", "warned")
    ]
    assert rows("Her remarks came as the mayor said the dam would hold.") == [
        ("the dam would hold", "the mayor", "said")
    ]


def test_as_in_a_comparison_or_a_role_is_no_clause() -> None:
    """Counter-examples: 'such as', and 'as' before a role with the cue later."""
    assert rows("Officials such as Ann Lee said the plan was safe.") == [
        ("the plan was safe", "Officials such as Ann Lee", "said")
    ]
    found = rows("Ann Lee offered him a job as Defence Secretary, then says she will listen.")
    assert [speaker for _, speaker, _ in found] != ["Defence Secretary"]


def test_month_before_subject_is_a_time() -> None:
    """'In December the ministry said C': a month (with its year) opening the window is a
    time, no part of the subject; 'X in October revealed C' drops it after the subject."""
    assert rows("In December the ministry said prices would fall.") == [
        ("prices would fall", "the ministry", "said")
    ]
    assert rows("In December 2004 the ministry said prices would fall.") == [
        ("prices would fall", "the ministry", "said")
    ]
    assert rows("Ann Lee in October revealed that prices would fall.") == [
        ("prices would fall", "Ann Lee", "revealed")
    ]


def test_month_words_that_are_names_kept() -> None:
    """Counter-examples: a month that is also a given name is no time word; a month after
    the cue reads as before."""
    assert rows("June Lee said prices would fall.") == [
        ("prices would fall", "June Lee", "said")
    ]
    assert rows("Ann Lee said in December that prices would fall.") == [
        ("prices would fall", "Ann Lee", "said")
    ]


def test_list_of_three_names_speaks_together() -> None:
    """'Ann Lee, Tom Hall, and Bo Chan said C': a list of names with a comma before its
    'and' is the whole subject, not its last name (', and Bo Chan' opened no clause)."""
    assert rows("Ann Lee, Tom Hall, and Bo Chan said the plan was safe.") == [
        ("the plan was safe", "Ann Lee, Tom Hall, and Bo Chan", "said")
    ]
    assert rows("Acme, Bolt Ltd, and Tom Hall said the plan was safe.") == [
        ("the plan was safe", "Acme, Bolt Ltd, and Tom Hall", "said")
    ]


def test_clause_or_role_before_and_is_no_name_list() -> None:
    """Counter-examples: a clause before ', and X said', and a lower-case role in the list."""
    assert rows("Prices rose, and Ann Lee said the plan was safe.") == [
        ("the plan was safe", "Ann Lee", "said")
    ]
    assert rows("In Paris, London, and Berlin officials said the plan was safe.") == [
        ("the plan was safe", "Berlin officials", "said")
    ]


def test_noun_cue_clause_ends_before_main_verb() -> None:
    """A cue noun opening the sentence ("Ann Lee's claim that C drew scorn"): its 'that'
    clause ends before the main clause's verb, after the clause's own verb group (one more
    after each 'and' or 'who' in it)."""
    assert rows("Ann Lee's claim that the dam was safe drew scorn from engineers.") == [
        ("the dam was safe", "Ann Lee's", "claim")
    ]
    assert rows("Ann Lee's claim that the dam would not have been safe angered him.") == [
        ("the dam would not have been safe", "Ann Lee's", "claim")
    ]
    assert rows("Ann Lee's claim that the dam was old and leaked was false.")[0][0] == (
        "the dam was old and leaked"
    )


def test_noun_cue_clause_keeps_its_inner_verbs() -> None:
    """Counter-examples: a clause with a clause of its own ('who') keeps its verbs (no cut
    inside it: 'lied' stays); a noun after a verb is an object, its clause runs to the
    sentence end; a verb cue reads as before."""
    content = rows("Ann Lee's claim that officials who ran the dam lied drew scorn.")[0][0]
    assert content.startswith("officials who ran the dam lied")
    aside = rows("Ann Lee's demand that Tom Hall - accused of lying - be sacked was not met.")
    assert aside[0][0].startswith("Tom Hall - accused of lying - be sacked")
    assert rows("The mayor rejected Ann Lee's claim that the dam was safe.") == [
        ("Ann Lee's claim that the dam was safe", "The mayor", "rejected")
    ]
    assert rows("Ann Lee said that the dam was safe.") == [
        ("the dam was safe", "Ann Lee", "said")
    ]


def test_noun_cue_clause_in_a_fronted_phrase_ends_at_its_comma() -> None:
    """A cue noun after a sentence-opening preposition ('Despite Ann Lee's insistence that
    C, shares fell'): the comma after the clause's verb closes the phrase, and the main
    clause after it is the writer's; a comma before that verb stays inside the clause."""
    assert rows("Despite Ann Lee's insistence that the plan would work, shares fell.") == [
        ("the plan would work", "Ann Lee's", "insistence")
    ]
    assert rows("Amid the mayor's warning that rents would rise, tenants met on Monday.") == [
        ("rents would rise", "the mayor's", "warning")
    ]
    assert rows("Despite Ann Lee's claim that the plan, which failed, would work, shares "
                "fell.")[0][0] == "the plan, which failed, would work"


def test_noun_cue_clause_with_a_comma_outside_a_fronted_phrase() -> None:
    """Counter-examples: a sentence-opening noun phrase with no preposition before it keeps
    a comma aside as before (which verb is whose is not read there)."""
    assert rows("Ann Lee's claim that the dam was safe, however, drew scorn.")[0][0] == (
        "the dam was safe, however, drew scorn"
    )


def test_possessive_determiner_owns_speech_noun() -> None:
    """'His warning that C went unheeded': the possessive determiner before a noun of speech
    with its clause names who said C."""
    assert rows("His warning that the dam would fail went unheeded.") == [
        ("the dam would fail", "His", "warning")
    ]
    assert rows("Her claim that the dam was safe was false.") == [
        ("the dam was safe", "Her", "claim")
    ]


def test_possessive_determiner_without_speech_noun_names_nobody() -> None:
    """Counter-examples: a belief or a fear is no speech ('his hope that C', 'their fears
    that C'); a speech noun with no clause reports nothing; after a verb the noun is an
    object and the verb's subject speaks."""
    assert rows("His hope that the dam holds is shared.") == []
    assert rows("Their fears that the dam would fail grew.") == []
    assert rows("His remarks were brief.") == []
    assert rows("He repeated his claim that the dam was safe.") == [
        ("his claim that the dam was safe", "He", "repeated")
    ]


def test_owner_of_speech_noun_after_a_preposition() -> None:
    """'a fact-check on Ann Lee's claim that C': the name before the possessive owns the
    noun of speech and said C, wherever the noun phrase stands."""
    assert rows("Politifact did a fact-check on Ann Lee's claim that the dam was safe.") == [
        ("the dam was safe", "Ann Lee's", "claim")
    ]
    assert rows("She came under fire over her assertion that the dam was safe.") == [
        ("the dam was safe", "her", "assertion")
    ]


def test_owner_of_speech_noun_needs_a_clause_and_a_possessive() -> None:
    """Counter-examples: a noun of speech with no clause, or with no possessive before it,
    names no owner; a verb after a name's possessive ("Moody's said") stays a verb."""
    assert rows("Politifact did a fact-check on Ann Lee's claim about the dam.") == []
    assert rows("Politifact did a fact-check on the claim that the dam was safe.") == []
    assert rows("Moody's said the county's debt would rise.") == [
        ("the county's debt would rise", "Moody's", "said")
    ]
    assert rows("The board renewed its warning that the dam was unsafe.") == [
        ("the dam was unsafe", "The board", "warning")
    ]
