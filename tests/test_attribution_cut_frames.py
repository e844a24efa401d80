"""Attribution: frames whose cue was found but whose shape the readers refused (invented
sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a question closes the sentence before: the segmenter cut the frame from it
            'Ann Lee came on Monday. "Who would trust the mayor now?" Lee told a local radio'
            " station in an interview.",
            ('"Who would trust the mayor now?"', "Lee", "told"),
        ),
        (
            'The dam held. "Why in the world would you build it here?" Lee said about the'
            " council's plan to move the river.",
            ('"Why in the world would you build it here?"', "Lee", "said"),
        ),
        (  # (read before too) an exclamation, a determined subject, a short tail
            'The vote ended late. "Stop the count now!" the crowd shouted outside the hall.',
            ('"Stop the count now!"', "the crowd", "shouted"),
        ),
    ],
)
def test_quotation_that_closes_the_sentence_before_is_what_was_said(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a clause after the cue is what was said, not the question before
            'Ann Lee came on Monday. "Who knows?" Lee said the plan would fail.',
            ("the plan would fail", "Lee", "said"),
        ),
        (
            'Ann Lee came on Monday. "Who knows?" Lee said he would wait.',
            ("he would wait", "Lee", "said"),
        ),
        (  # a quotation ending on a full stop is a statement of its own ('in a letter' is
            # the frame's medium; with the hearer alone the frame gives no row: run_ons)
            'Ann Lee came on Monday. "The dam will hold." Lee told the council in a letter'
            " that the plan was safe.",
            ("the plan was safe", "Lee", "told"),
        ),
        (  # a quotation inside the sentence before is that sentence's content
            'Tom Hall told her, "I like my dogs small!" Ann Lee did not reveal his name.',
            ("his name", "Ann Lee", "reveal"),
        ),
    ],
)
def test_quotation_before_is_not_taken_over_a_clause_or_its_own_frame(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative 'that' in the adjunct after the cue
            '"We will stay in the room until the game starts," the team wrote in a statement'
            " that was published on Sunday.",
            ('"We will stay in the room until the game starts,"', "the team", "wrote"),
        ),
        (  # the 'that' of a participle after the cue opens its own frame
            '"The plan is bad," Ann Lee said before adding that the dam would hold.',
            ('"The plan is bad,"', "Ann Lee", "said"),
        ),
        (
            '"We will write it all off," the minister said of a plan that would end the debt.',
            ('"We will write it all off,"', "the minister", "said"),
        ),
    ],
)
def test_relative_that_after_a_quote_frame_keeps_the_quotation(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a 'that' clause of the cue, even after an adjunct
            '"We will stay," the team wrote in a statement that the plan was bad.',
            ("the plan was bad", "the team", "wrote"),
        ),
        (  # an object, not an adjunct, before the 'that'
            '"We will stay," Lee told reporters that the plan was bad.',
            ("the plan was bad", "Lee", "told"),
        ),
    ],
)
def test_that_clause_of_the_cue_after_a_quote_is_still_read(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a time after the adjunct: the aside is the writer's
            "The mayor won the primary, the Herald declared on Thursday, two days after voters"
            " went to the polls.",
            ("The mayor won the primary", "the Herald", "declared"),
        ),
        (  # a noun phrase after the adjunct
            "Exports rose 5 percent in March, the ministry said on Thursday, the third monthly"
            " rise in a row.",
            ("Exports rose 5 percent in March", "the ministry", "said"),
        ),
        (  # a dash after the adjunct
            "The deficit will grow this year, the budget office reported on Tuesday -- a change"
            " that may shape the race.",
            ("The deficit will grow this year", "the budget office", "reported"),
        ),
    ],
)
def test_aside_after_the_adjunct_of_a_frame_after_its_content_is_no_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a fronted adverbial is no content: what follows the comma is
            "In the state of Ohio, Ann Lee said on Monday, a new dam will be built.",
            ("Monday, a new dam will be built", "Ann Lee", "said"),
        ),
        (  # a comma inside a number is no break
            "Soon after the vote ended in the city, Ann Lee wrote to her 20,000 readers, \u201cThe"
            " count was fair.\u201d",
            ("\u201cThe count was fair.\u201d", "Ann Lee", "wrote"),
        ),
        (  # a pair of dashes sets off an aside inside what was said
            "The rule came from the mayor, who said in July - wrongly - that the dam was unsafe.",
            ("in July - wrongly - that the dam was unsafe", "who", "said"),
        ),
    ],
)
def test_no_aside_after_a_fronted_adverbial_a_number_or_a_dash_pair(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [  # a clause between the comma and the cue (a verb, a subordinator): no frame after a content
        "The tool, called Lens, sorts photos as they are added to a PC - whether sent by mail or"
        " not.",
        "The tool, called Lens, sorts photos as they are added on Monday, the first day of sales.",
    ],
)
def test_no_aside_after_the_adjunct_of_a_cue_inside_a_clause(text: str) -> None:
    assert not [r for r in rows(text) if r[2] == "added"]


def unnamed_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [r for r in rows(text) if r[1] is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether he would run again, Tom Hall said he would decide in May.",
            ("whether he would run again", None, "Asked"),
        ),
        (  # after a subordinator
            'When asked why the dam failed, the engineer smiled and said, "Ask the mayor."',
            ("why the dam failed", None, "asked"),
        ),
        (  # a setting before the question
            "Asked during a debate in March why he trailed among young voters, Tom Hall said he"
            " would catch up.",
            ("why he trailed among young voters", None, "Asked"),
        ),
    ],
)
def test_fronted_question_with_no_agent_is_an_unnamed_statement(
    text: str, expected: tuple[str, None, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked Ann Lee why the dam failed, the engineer said nothing.",  # an object
        "Asked for comment, the engineer said nothing.",  # a request, no topic
    ],
)
def test_no_unnamed_question_for_an_object(text: str) -> None:
    assert unnamed_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an adverb before the question
            "Asked specifically what should be done with the dam, the voters were divided.",
            ("what should be done with the dam", None, "Asked"),
        ),
        (  # the clause ends with a quotation: its closing mark is no subject
            'Asked why he had yet to back the mayor during an interview on "Morning Show," Tom'
            " Hall said he would wait.",
            ('why he had yet to back the mayor during an interview on "Morning Show,"', None,
             "Asked"),
        ),
        (  # the same for a fronted participle
            'In calling the plan "unfair," the mayor angered the council.',
            ('the plan "unfair,"', "the mayor", "calling"),
        ),
    ],
)
def test_fronted_clause_after_an_adverb_or_ending_with_a_quotation(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in rows(text)


def test_two_adverbs_before_a_question_are_no_fronted_question() -> None:
    text = "Asked quite specifically what should be done with the dam, the voters were divided."
    assert unnamed_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lone 'though' set off by commas is an aside, not a new clause
            "Tom Hall backs the mayor. Ann Lee, though, said she is with the governor.",
            ("she is with the governor", "Ann Lee", "said"),
        ),
        (
            "The council, though, said the dam would hold.",
            ("the dam would hold", "The council", "said"),
        ),
        (  # counter-example: a coordinator with a subject opens a clause of its own
            "The plan failed, and Ann Lee said the dam would hold.",
            ("the dam would hold", "Ann Lee", "said"),
        ),
        (  # counter-example: a lone 'and' right before the cue joins a second verb
            "Acme has posted a jump in sales, and in profits, and declared itself"
            ' "in great shape".',
            ('itself "in great shape"', "Acme", "declared"),
        ),
    ],
)
def test_lone_coordinator_set_off_by_commas_is_an_aside(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a connector before the subject of a clause with a second verb
            "But the court overruled the judge and said the state already provided more voting.",
            ("the state already provided more voting", "the court", "said"),
        ),
        (
            "Yet most economists disagreed and said prices would fall.",
            ("prices would fall", "most economists", "said"),
        ),
    ],
)
def test_subject_after_an_opening_connector_says_the_second_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subordinator opens an adverbial clause: the main clause's subject speaks
            "While the mayor plots a new dam, the council is doing the same, hoping that the"
            " river will rise.",
            ("the river will rise", "the council", "hoping"),
        ),
        (  # an adverbial after the connector: the subject after its comma
            'But back in Ohio, he returned to his lines: "We will win."',
            ('"We will win."', "he", "returned"),
        ),
        (  # a time after the connector, alone before its comma: no subject
            "And a year ago, she became the first woman to win the title by claiming the doubles"
            " at the open.",
            ("the doubles at the open", "she", "claiming"),
        ),
    ],
)
def test_no_subject_after_a_subordinator_or_an_adverbial(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a speaker word after a determiner, a relative clause after it
            "Exports of wheat will fall, the official, who asked not to be identified, said.",
            ("Exports of wheat will fall", "the official", "said"),
        ),
        (  # an object after the cue
            "The pipeline will open in May, the official, who did not want to be named, told"
            " the Herald.",
            ("The pipeline will open in May", "the official", "told"),
        ),
        (  # a noun phrase description
            "The plan will fail, one analyst, a veteran of the oil market, said.",
            ("The plan will fail", "one analyst", "said"),
        ),
    ],
)
def test_determined_speaker_set_off_by_commas_before_a_closing_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_determined_noun_that_names_no_speaker_is_no_appositive_subject() -> None:
    # 'the plant' is no speaker word and no 'who' describes it
    assert rows("The dam will open in May, the plant, a unit of Acme, said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam will hold, the official, speaking from the capital, said.",
            ("The dam will hold", "the official", "said"),
        ),
        (
            "The dam will hold, the sources, speaking separately, told the Herald.",
            ("The dam will hold", "the sources", "told"),
        ),
        (  # a quotation after the cue is still what was said
            'The dam will hold, Ann Lee, speaking to reporters, said, "We are sure."',
            ('"We are sure."', "Ann Lee", "said"),
        ),
    ],
)
def test_setting_of_the_speech_describes_the_speaker(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This can make people feel calmer, adds psychologist Ann Lee.",
            ("This can make people feel calmer", "psychologist Ann Lee", "adds"),
        ),
        (  # (read before too)
            "Acme is raising 50 mln dlrs via an issue of notes, said lead underwriter Hall"
            " Brothers.",
            ("Acme is raising 50 mln dlrs via an issue of notes", "lead underwriter Hall Brothers",
             "said"),
        ),
    ],
)
def test_role_before_a_name_after_an_inverted_cue_is_its_speaker(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_phrase_with_a_preposition_before_a_name_is_no_inverted_speaker() -> None:
    assert rows("The pressure is growing, adds fuel to the fire in Moscow.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Traders were calm. Said another trader, "People talked about this for weeks."',
            ('"People talked about this for weeks."', "another trader", "Said"),
        ),
        (  # a role before the name, a colon
            'The coach spoke on Monday. Said assistant coach Tom Hall: "We hope he will be'
            ' ready."',
            ('"We hope he will be ready."', "assistant coach Tom Hall", "Said"),
        ),
        (  # an appositive between the speaker and the quotation
            'Traders were calm. Said Ann Lee, a trader at Acme, "We will see."',
            ('"We will see."', "Ann Lee", "Said"),
        ),
    ],
)
def test_cue_opening_its_sentence_before_its_speaker_and_a_quotation(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        'Asked about the vote, Ann Lee said: "We will see."',  # a cue with its particle
        'Signs of a shift were there all along: "C will come."',  # a clause, no speaker
        'Said to be worth millions, the house was sold for "a song".',  # no speaker after
    ],
)
def test_no_fronted_inverted_frame(text: str) -> None:
    # (the topic of 'Asked about' is an unnamed statement of its own: no speaker)
    assert not any(r[2] in ("Asked about", "Signs of", "Said") and r[1] for r in rows(text))


@pytest.mark.parametrize(
    "text",
    [  # a question or a subordinate clause after the cue names no speaker
        'Asked if she likes the game she admits: "It would be more fun if I won."',
        'Asked whether the team can win Tom Hall says: "We will see."',
        'Noted as the vote closed: "It was fair."',
    ],
)
def test_no_fronted_inverted_frame_before_a_question(text: str) -> None:
    assert not any(r[1] is not None and r[2] in ("Asked", "Noted") for r in rows(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said Tom Hall as he dined on fried eggs.', "Tom Hall"),
        # counter-example: 'as' before a role describes the speaker
        ('"We won," said Ann Lee as chairman of the board.', "Ann Lee as chairman of the board"),
    ],
)
def test_clause_of_as_and_a_pronoun_after_an_inverted_speaker_is_no_part_of_it(
    text: str, speaker: str
) -> None:
    assert [r[1] for r in rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative pronoun with a contracted auxiliary ends the subject too
            "The leaders who'd rather be working for the senator said they have rallied.",
            ("they have rallied", "The leaders", "said"),
        ),
        (
            "The leaders who\u2019ve worked for the senator said they have rallied.",
            ("they have rallied", "The leaders", "said"),
        ),
        (  # (read before too) the full auxiliary
            "The leaders who would rather be working for the senator said they have rallied.",
            ("they have rallied", "The leaders", "said"),
        ),
    ],
)
def test_relative_pronoun_with_a_contraction_ends_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relative clause after a preposition has a subject of its own
            "He gave a speech in which he said the dam would hold.",
            ("the dam would hold", "he", "said"),
        ),
        (
            "It was a meeting at which officials said prices would rise.",
            ("prices would rise", "officials", "said"),
        ),
        (
            "After a radio show during which callers asked how much he was paid, Lee left.",
            ("how much he was paid", "callers", "asked"),
        ),
        (  # counter-example: 'whom' after a preposition in an aside before the cue
            "The mayor, with whom he met, said the dam would hold.",
            ("the dam would hold", "The mayor", "said"),
        ),
    ],
)
def test_subject_after_a_preposition_and_which_is_the_relative_clauses_own(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quotation right after its cue, closed on a comma, before a new subject
            'When someone shouted, "Lee," Tom Hall joked, again using an accent, "Come on up!"',
            ('"Come on up!"', "Tom Hall", "joked"),
        ),
        (
            'When someone shouted, "Lee," Tom Hall joked, again using an accent, "Come on up!"',
            ('"Lee,"', "someone", "shouted"),
        ),
    ],
)
def test_quotation_closed_on_a_comma_ends_the_content_before_a_new_frame(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [  # a quoted name after a naming cue or before a relative clause runs on
        'He loved a script called "Wild Rose," a story Tom Hall wrote about a singer.',
        'It said "a certain issuer," which held an interest in Acme, offered shares.',
    ],
)
def test_quoted_name_closed_on_a_comma_does_not_end_the_content(text: str) -> None:
    first = rows(text)[0]
    assert first[0].endswith(("singer", "shares"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But Lib Dem leader Ann Lee said the prince was lucky and said he should apologise.",
            "Lib Dem leader Ann Lee",
        ),
        (
            "Senate Republican leader Tom Hall said aides should go and said he would not name"
            " them.",
            "Senate Republican leader Tom Hall",
        ),
    ],
)
def test_second_verb_keeps_the_whole_mention_of_the_first(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # the mention read before is a clause (a past form, an -ed word): not the subject
        (
            "Tom Hall made a number of errors early on, allowing his rival to take advantage and"
            " claim the first set.",
            "Tom Hall",
        ),
        (
            "They referred to a doubling of writedowns announced in a package of tax changes and"
            " described this as a subsidy.",
            "They",
        ),
    ],
)
def test_second_verb_takes_no_clause_read_as_a_mention(text: str, speaker: str) -> None:
    assert all(r[1] == speaker for r in rows(text) if r[2] in ("claim", "described"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # counter-examples: 'to' and a capitalised '-ed' word are no verbs of a clause
        (
            "The Kenyan ambassador to Britain accused the UK of meddling and warned that the"
            " talks would fail.",
            "The Kenyan ambassador to Britain",
        ),
        (
            "But the United Steelworkers Union said imports rose and warned that jobs would go.",
            "the United Steelworkers Union",
        ),
    ],
)
def test_second_verb_keeps_a_mention_with_to_or_a_name(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text) if r[2] == "warned"] == [speaker]


def test_participle_opening_its_sentence_is_no_fronted_inverted_cue() -> None:
    text = 'Calling the plan, "quite sound," Ann Lee said, "It will take a long time."'
    assert all(r[2] != "Calling" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [  # a second verb in the comma segment of the first takes that verb's subject, not a
        # dateline or a fronted participle read as the sentence's subject
        (
            "RIVERTON, May 4 - A city official said the council had met but declined to say"
            " when it would vote.",
            "declined",
            "A city official",
        ),
        (
            "Noting that the year had been hard, Ann Lee urged calm and stressed the need for"
            " patience.",
            "stressed",
            "Ann Lee",
        ),
        # counter-examples: the first verb's subject is the sentence's, or a relative clause
        # set off by commas stands between them
        ("Ann Lee praised the crew and said the dam would hold.", "said", "Ann Lee"),
        (
            "Ann Lee, who visited the dam, praised the crew and said it would hold.",
            "said",
            "Ann Lee",
        ),
    ],
)
def test_second_verb_takes_the_subject_of_the_first_in_its_segment(
    text: str, cue: str, speaker: str
) -> None:
    assert [r[1] for r in rows(text) if r[2] == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # the sentence's subject read for a participle goes on over a lower-case role (speaker
        # classes title, org) to the name after it
        (
            "Green party leader Ann Lee cut the ribbon, saying the dam would hold.",
            "Green party leader Ann Lee",
        ),
        (
            "Acme chief executive Tom Hall cut jobs, saying demand was weak.",
            "Acme chief executive Tom Hall",
        ),
        # counter-examples: no role, or no name after the role
        ("Tom Hall cut the ribbon, saying the dam would hold.", "Tom Hall"),
        ("Ann Lee and her party cut the ribbon, saying the dam would hold.", "Ann Lee"),
    ],
)
def test_participle_subject_reads_a_role_and_the_name_after_it(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text) if r[2] == "saying"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a time that opens the sentence with no comma after it is no part of the subject a
        # participle takes from the sentence
        (
            "On Sunday morning Tom Hall made a third attempt to end the row, writing on the"
            " site that the real issue was cost.",
            "Tom Hall",
        ),
        ("Later Tom Hall left the hall, saying the vote was fair.", "Tom Hall"),
        ("Last week Ann Lee visited the dam, saying it would hold.", "Ann Lee"),
        # counter-examples: a place or a thing after the preposition is no time
        ("On the dam Tom Hall left a note, saying the vote was fair.", None),
        ("In Riverton Tom Hall left a note, saying the vote was fair.", None),
    ],
)
def test_participle_subject_after_a_fronted_time(text: str, speaker: str | None) -> None:
    assert [r[1] for r in rows(text) if r[2] in ("saying", "writing")] == (
        [speaker] if speaker else []
    )


def test_second_verb_after_a_fronted_time_keeps_its_relative_subject() -> None:
    # the subject read after the time is the main clause's, not the relative clause's
    text = (
        "Earlier today the paper cited remarks by the Riverton bank, which announced the loss"
        " and said it had been caused by outflows."
    )
    assert [r[1] for r in rows(text) if r[2] == "said"] == ["which"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a comma and one adverb before a participle cue: the speaker's second frame
        (
            "Ann Lee criticized the plan, wrongly claiming that it would cost jobs.",
            [("the plan", "Ann Lee", "criticized"), ("it would cost jobs", "Ann Lee", "claiming")],
        ),
        (
            "Tom Hall raised questions about the mayor's record, falsely suggesting that the"
            " mayor was paid by the firm.",
            [
                ("the mayor's record", "Tom Hall", "questions about"),
                ("the mayor was paid by the firm", "Tom Hall", "suggesting"),
            ],
        ),
        # counter-example: a word that is no adverb of class verb_adverb nor in -ly keeps
        # the participle inside; a comma alone reads it as before
        (
            "Ann Lee said the plan would work, later adding that it would cost more.",
            [("the plan would work, later adding that it would cost more", "Ann Lee", "said")],
        ),
        (
            "Ann Lee said she met the family, adding that they would stay.",
            [
                ("she met the family", "Ann Lee", "said"),
                ("they would stay", "Ann Lee", "adding"),
            ],
        ),
    ],
)
def test_an_adverb_between_the_comma_and_the_participle(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected
