"""Attribution: frames read in shapes that were missed (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the clause before the frame is not what the spokesman said
            "The firm has not hired anyone for the post, and its spokesman promised to fill it.",
            ("to fill it", "its spokesman", "promised"),
        ),
        (
            "While the vote was close, the governor vowed to veto the tax bill.",
            ("to veto the tax bill", "the governor", "vowed"),
        ),
    ],
)
def test_infinitive_after_a_cue_is_its_content(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will win the county,\u201d Ann Lee said to supporters.",
        "\u201cWe will win the county,\u201d Ann Lee wrote to other senior staffers in May.",
        "\u201cWe will win the county,\u201d Ann Lee wrote to some aides running the rally.",
    ],
)
def test_object_after_to_still_closes_the_frame(text: str) -> None:
    assert rows(text) == [("\u201cWe will win the county,\u201d", "Ann Lee", text.split()[7])]


def test_cue_taking_an_object_is_never_inverted() -> None:
    """'Name, appositive, endorsed X': X is endorsed, not the speaker of the name."""
    got = rows("Carla Dunn, 71, a teacher in Millbrook, Ore., endorsed Gov. Tom Hall of Ohio.")
    assert ("Gov. Tom Hall of Ohio", "Carla Dunn", "endorsed") in got
    assert all(speaker != "Gov. Tom Hall of Ohio" for _, speaker, _ in got)


def test_verb_of_saying_is_still_inverted() -> None:
    got = rows("The plant will close in May, said Tom Hall, a spokesman for the firm.")
    assert got == [("The plant will close in May", "Tom Hall", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the agent after "by" is the speaker; the subject is what was denounced
            "The new tax plan was denounced by the mayor of Rivertown.",
            ("The new tax plan", "the mayor of Rivertown", "denounced"),
        ),
        (  # a reduced relative clause: the noun phrase before the comma
            "The harbour bill, opposed by the fishing union, never became law.",
            ("The harbour bill", "the fishing union", "opposed"),
        ),
        (  # the agent runs into a that-clause: the clause is what was said
            "Ann Lee was warned by the police that the bridge was unsafe.",
            ("the bridge was unsafe", "the police", "warned"),
        ),
    ],
)
def test_passive_frame_with_an_agent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hall responded by saying nothing at all.",  # "by" + gerund: no agent
        "The old mill was standing by the river for a century.",  # no participle
    ],
)
def test_by_without_a_passive_agent_is_no_passive_frame(text: str) -> None:
    assert not any(speaker in ("at all", "the river") for _, speaker, _ in rows(text))
    assert all(content not in ("Tom Hall", "The old mill") for content, _, _ in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the dam," Ann Lee said on Channel 4\'s "State of the Union."',
        "\u201cWe will build the dam,\u201d Ann Lee said on \u201cMeet the Press.\u201d",
    ],
)
def test_quoted_programme_title_with_small_words_after_the_frame(text: str) -> None:
    """A title in quote marks after the cue is where it was said, not what was said."""
    got = rows(text)
    assert [(content[1:-1], speaker) for content, speaker, _ in got] == [
        ("We will build the dam,", "Ann Lee")
    ]


def test_quoted_sentence_after_the_frame_is_no_title() -> None:
    got = rows("Ann Lee said on Monday, \u201cThe Dam of Ely will be built in the spring.\u201d")
    assert [c for c, _, _ in got] == ["\u201cThe Dam of Ely will be built in the spring.\u201d"]


def test_relative_clause_after_a_quote_frame_takes_its_own_complement() -> None:
    got = rows(
        "\u201cWe show anger,\u201d said Tom Hall, who acknowledged Ann Lee was his fourth "
        "choice, behind Ed Ray."
    )
    assert ("\u201cWe show anger,\u201d", "Tom Hall", "said") in got
    assert ("Ann Lee was his fourth choice, behind Ed Ray", "who", "acknowledged") in got


def test_relative_clause_with_no_complement_adds_no_statement() -> None:
    got = rows("\u201cWe will win,\u201d said Tom Hall, who smiled.")
    assert got == [("\u201cWe will win,\u201d", "Tom Hall", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rules did not apply to her. Tom Hall said:\n\n\u201cIn all my years on the "
            "board, we followed the rules. She did not.\u201d\n\nThe vote is on Friday.",
            (
                "\u201cIn all my years on the board, we followed the rules. She did not.\u201d",
                "Tom Hall",
                "said",
            ),
        ),
        (
            "The mayor spoke at noon. Dr. Ann Ward stated:\n\nThe office is not about "
            "justice any more. It is about the mayor.\n\nThe vote is on Friday.",
            (
                "The office is not about justice any more. It is about the mayor",
                "Dr. Ann Ward",
                "stated",
            ),
        ),
    ],
)
def test_frame_ending_with_a_colon_takes_the_next_paragraph(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_here_is_what_they_said_colon_opens_a_list_not_a_statement() -> None:
    got = rows("Here\u2019s what the early reviews say:\n\nWhat Does The Box Offer?\n\nIt is fast.")
    assert got == []


def test_long_adverbial_after_a_quote_frame_is_no_content() -> None:
    got = rows(
        "\u201cWe will build it,\u201d Ann Lee said at the opening of a long debate dominated "
        "by questions about the old dam and the willingness of the county to pay for all of "
        "the repairs it needs."
    )
    assert ("\u201cWe will build it,\u201d", "Ann Lee", "said") in got


def test_long_tail_with_that_after_a_quote_frame_is_still_read_as_content() -> None:
    got = rows(
        "\u201cWe will build it,\u201d Ann Lee said at the opening of a long debate on the dam "
        "and the bridge that the county would pay for all of the repairs it needs this year."
    )
    said = [content for content, _, cue in got if cue == "said"]
    assert said and said[0].endswith("the repairs it needs this year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an appositive with a relative clause in it
            "Tom Grayson, an Ohio Democrat who was first elected in 2008, criticized his "
            "opponents for their animosity toward the agency.",
            ("his opponents for their animosity toward the agency", "Tom Grayson", "criticized"),
        ),
        (  # an adverbial before the name, "of" inside it
            "On Saturday, Senator Ann Lee of Vermont, a Democratic rival, assailed her for "
            "backing the war.",
            ("her for backing the war", "Senator Ann Lee of Vermont", "assailed"),
        ),
    ],
)
def test_name_and_appositive_before_a_cue_are_its_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_statement_before_an_inverted_frame_is_still_content() -> None:
    got = rows("On Monday, the plant in Ely will close, said Tom Hall, a spokesman for the firm.")
    assert got == [("On Monday, the plant in Ely will close", "Tom Hall", "said")]


def test_subordinate_clause_before_the_subject_is_no_statement() -> None:
    got = rows("If the mill fails the test, the state could deny them a permit until May.")
    assert all(not content.startswith("If the mill") for content, _, _ in got)


def test_statement_with_a_subordinate_clause_and_a_comma_is_still_content() -> None:
    got = rows("When the dam opens, the town will grow, Ann Lee said.")
    assert got == [("When the dam opens, the town will grow", "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after "was", an -ing word after "by" opens the agent, not a gerund
            "In Ohio, Ann Lee was backed by leading farmers of the county.",
            ("Ann Lee", "leading farmers of the county", "backed"),
        ),
        (  # "as ..." after the agent says what the subject was taken for
            "The levy was denounced by the farm bureau as a tax on bread.",
            ("The levy", "the farm bureau", "denounced"),
        ),
    ],
)
def test_passive_agent_edges(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a fronted time phrase is no content by itself: the clause after the frame is;
            # a short adverbial lead is the writer's (as before a verb frame: 'In contrast,
            # X said, C'), so the content is only that clause
            "Since last spring, according to the river authority, the dam has leaked twice.",
            "the dam has leaked twice",
        ),
        (
            "Over the long term, according to the budget office, costs will rise sharply.",
            "Over the long term, according to the budget office, costs will rise sharply",
        ),
        (
            "At the heart of the dispute, according to two aides, was a plan to sell the port.",
            "At the heart of the dispute, according to two aides, was a plan to sell the port",
        ),
    ],
)
def test_according_to_after_a_fronted_phrase_takes_the_clause(text: str, content: str) -> None:
    got = rows(text)
    assert [c for c, _, cue in got if cue == "according to"] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a clause before the frame is the content; what follows is the writer's
            "The dam leaked twice, according to the river authority, prompting an inquiry.",
            "The dam leaked twice",
        ),
        (
            "Costs rose in May, according to the budget office, and fell in June.",
            "Costs rose in May",
        ),
        (  # nothing after the source: the phrase before it stays the content
            "Under the new rules, according to the budget office.",
            "Under the new rules",
        ),
    ],
)
def test_according_to_after_a_clause_keeps_the_clause(text: str, content: str) -> None:
    assert [c for c, _, cue in rows(text) if cue == "according to"] == [content]


def test_according_to_after_a_fronted_phrase_leaves_a_later_frame_its_clause() -> None:
    got = rows(
        "In the future, according to a deal to be signed in May, the fund will need no"
        " approval to buy grain, the statement said."
    )
    assert (
        "In the future, according to a deal to be signed in May, the fund will need no"
        " approval to buy grain",
        "the statement",
        "said",
    ) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # whom it was said to, with an aside, before the colon
            "The mayor told the crowd, to loud applause:\n\n\u201cWe will rebuild the bridge by"
            " May.\u201d\n\nThe vote is on Friday.",
            ("\u201cWe will rebuild the bridge by May.\u201d", "The mayor", "told"),
        ),
        (  # a topic
            "The mayor said of the ruling:\n\n\u201cWe will rebuild the bridge by May.\u201d",
            ("\u201cWe will rebuild the bridge by May.\u201d", "The mayor", "said"),
        ),
        (  # a setting
            "The mayor wrote on Facebook:\n\n\u201cWe will rebuild the bridge by May.\u201d",
            ("\u201cWe will rebuild the bridge by May.\u201d", "The mayor", "wrote"),
        ),
    ],
)
def test_frame_words_before_a_colon_leave_the_next_paragraph_as_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an object that is what was noted
            "The paper noted the sparse crowd:\n\nThe seats were empty by noon.",
            ("the sparse crowd", "The paper", "noted"),
        ),
        (
            "Another user posted this tweet:\n\n\u201cWe will rebuild the bridge by May.\u201d",
            ("this tweet", "Another user", "posted"),
        ),
        (  # a clause before the colon is the content
            "The mayor said the plan has three parts:\n\nFirst, the bridge will be rebuilt.",
            ("the plan has three parts", "The mayor", "said"),
        ),
    ],
)
def test_content_before_a_colon_stays_the_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee told a crowd at a popular Salem, Oregon, breakfast spot that she would win.",
        "Ann Lee is telling diners at a cafe in Dover, New Hampshire, that she would win.",
    ],
)
def test_place_name_commas_leave_that_after_the_object(text: str) -> None:
    assert [c for c, _, _ in rows(text)] == ["she would win"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a list before 'that': a relative clause of its last noun, as before
            "Ann Lee described the old mill in Salem, the new school and the bridge that the"
            " town built.",
            "the old mill in Salem, the new school and the bridge that the town built",
        ),
        (
            "Ann Lee told the crowd at the old mill, the new school and the bridge that she"
            " would win.",
            "the crowd at the old mill, the new school and the bridge that she would win",
        ),
    ],
)
def test_other_commas_before_that_still_mark_a_relative_clause(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee said on ABC\u2019s \u201cThis Week\u201d that she would run again.",
            ("she would run again", "Ann Lee", "said"),
        ),
        (
            'Ann Lee tells CNN\'s "State of the Union" on Sunday that she would run again.',
            ("she would run again", "Ann Lee", "tells"),
        ),
        (  # the programme after the cue is no content: the quotation before it is
            '"We will run again," Ann Lee told "Fox and Friends," adding that the race was'
            " close.",
            ('"We will run again,"', "Ann Lee", "told"),
        ),
    ],
)
def test_programme_title_after_a_cue_is_part_of_the_frame(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted name inside the content stays in it
            'Ann Lee said the "Big Deal" plan that Tom Hall wrote was fair.',
            ('the "Big Deal" plan that Tom Hall wrote was fair', "Ann Lee", "said"),
        ),
        (  # a quotation that is no title after the cue is what was said
            '"We will run again," Ann Lee said "go away."',
            ('"go away."', "Ann Lee", "said"),
        ),
    ],
)
def test_quoted_words_after_a_cue_that_are_no_programme_stay_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether the dam is safe, 75 percent of residents said no.",
            ("whether the dam is safe", None, "Asked"),
        ),
        (
            "When asked which plan was best, only 23% of those polled chose the bridge.",
            ("which plan was best", None, "asked"),
        ),
    ],
)
def test_poll_question_before_a_share_of_those_asked(
    text: str, expected: tuple[str, None, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the bridge, 75 percent of residents said they liked it.",  # a topic
        "Of those asked, 62% were unaware of the toll.",
    ],
)
def test_no_poll_question_without_one(text: str) -> None:
    assert all(cue.lower() != "asked" for _, _, cue in rows(text) if cue)


def test_quoted_paragraph_after_reported_speech_is_more_of_it() -> None:
    got = rows(
        "Ann Lee said her supporters were upset with the party.\n\n\u201cThe people are very"
        " angry with the leadership of this party.\u201d\n\nThe vote is on Friday."
    )
    assert (
        "\u201cThe people are very angry with the leadership of this party.\u201d",
        "Ann Lee",
        "said",
    ) in got


@pytest.mark.parametrize(
    "text",
    [
        (  # a link label in quote marks
            "Ann Lee said her supporters were upset with the party.\n\n\u201cRelated:\u201d"
            "\n\nThe vote is on Friday."
        ),
        (  # the quotation has words of the writer's after it
            "Ann Lee said her supporters were upset with the party.\n\n\u201cBuild it now,\u201d"
            " read a sign at the back of the hall."
        ),
        (  # the paragraph before ends with no statement
            "Ann Lee said her supporters were upset with the party. The council met on"
            " Friday.\n\n\u201cThe people are very angry with the leadership of this party.\u201d"
        ),
    ],
)
def test_no_quoted_paragraph_goes_on_with_reported_speech_otherwise(text: str) -> None:
    assert [(c, s) for c, s, _ in rows(text) if s == "Ann Lee"] == [
        ("her supporters were upset with the party", "Ann Lee")
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Ann Lee said she supports a higher wage but supports cities that go higher.",
            "she supports a higher wage but supports cities that go higher",
            "said",
        ),
        (
            "The police chief says the man posed a threat and refused to drop the gun.",
            "the man posed a threat and refused to drop the gun",
            "says",
        ),
    ],
)
def test_second_verb_in_another_tense_stays_in_the_content(
    text: str, content: str, cue: str
) -> None:
    got = rows(text)
    assert got[0][::2] == (content, cue) and len(got) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # same tense: a second verb of the speaker
            "Ann Lee said the plan works and warned that costs would rise.",
            [("the plan works", "said"), ("costs would rise", "warned")],
        ),
        (
            "Ann Lee says the plan works and warns that costs will rise.",
            [("the plan works", "says"), ("costs will rise", "warns")],
        ),
        (  # another speaker
            "Ann Lee said the plan works, and Tom Hall says it fails.",
            [("the plan works", "said"), ("it fails", "says")],
        ),
    ],
)
def test_second_verb_of_the_speaker_still_cuts_the_content(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c, cue) for c, _, cue in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor welcomed the decision, saying it would help the town.",
            [("the decision", "welcomed"), ("it would help the town", "saying")],
        ),
        (
            "Ann Lee acknowledged her defeat, adding that she would run again.",
            [("her defeat", "acknowledged"), ("she would run again", "adding")],
        ),
    ],
)
def test_two_word_object_before_a_participle_frame_is_cut_off(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c, cue) for c, _, cue in rows(text)] == expected


def test_a_time_before_a_participle_is_no_object() -> None:
    got = rows("The mayor spoke on Monday, adding that the town would recover.")
    assert all(c != "Monday" for c, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Sales will rise this year, its chief executive told shareholders on Monday.",
        "Sales will rise this year, a company spokesman told Reuters by telephone.",
    ],
)
def test_object_and_adjunct_after_told_close_the_frame(text: str) -> None:
    assert [c for c, _, _ in rows(text)] == ["Sales will rise this year"]


def test_an_object_that_was_told_is_still_the_content() -> None:
    got = rows("Sales will rise this year, the chief executive told lies.")
    assert [c for c, _, _ in got] == ["lies"]


def test_quoted_paragraph_goes_on_after_a_frame_that_closes_the_paragraph() -> None:
    got = rows(
        "The quake set off landslides, the minister told Reuters.\n\n\u201cWe fear that up to"
        " 300 people died in the province.\u201d"
    )
    assert (
        "\u201cWe fear that up to 300 people died in the province.\u201d",
        "the minister",
        "told",
    ) in got


def test_quoted_paragraph_does_not_go_on_after_a_sentence_of_the_writer() -> None:
    got = rows(
        "The quake set off landslides, the minister told Reuters. Rescue teams arrived at"
        " dawn.\n\n\u201cWe fear that up to 300 people died in the province.\u201d"
    )
    assert all(s != "the minister" or "We fear" not in c for c, s, _ in got)


def test_quoted_as_saying_at_the_end_is_the_quoting_frame() -> None:
    got = rows("The plan would work, the newspaper quoted Ann Lee as saying.")
    assert got == [("The plan would work", "the newspaper", "quoted")]


def test_quoted_as_saying_before_the_content_keeps_its_reading() -> None:
    got = rows("The newspaper quoted Ann Lee as saying the plan would work.")
    assert got == [("the plan would work", "The newspaper", "quoted")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee took to Twitter to say the plan would work.",
        "Ann Lee went on television on Monday to criticize the plan.",
    ],
)
def test_subject_of_a_purpose_infinitive_cue_stops_at_the_main_verb(text: str) -> None:
    assert [s for _, s, _ in rows(text)] == ["Ann Lee"]


def test_object_of_a_control_verb_is_not_cut_to_the_subject() -> None:
    got = rows("The scandal prompted Ann Lee to say she would resign.")
    assert all(s != "The scandal" for _, s, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said flatly: "We will win."',
        'Ann Lee told the Riverton Herald simply, "We will win."',
    ],
)
def test_adverb_before_a_quotation_is_frame(text: str) -> None:
    assert [c for c, _, _ in rows(text)] == ['"We will win."']


def test_clause_before_a_quotation_is_still_content() -> None:
    got = rows('Ann Lee said the plan has failed: "We will win."')
    assert [c for c, _, _ in got][0].startswith("the plan has failed")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # 'this' before a noun that names no time: the subject of what was said
            "This campaign, Ann Lee says, is different from the others.",
            "This campaign, Ann Lee says, is different from the others",
        ),
        (  # a time: the writer's adverbial, as before
            "This week, Ann Lee said, the talks would resume.",
            "the talks would resume",
        ),
    ],
)
def test_demonstrative_lead_of_a_mid_frame(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]


def test_quotation_before_said_before_adding_is_the_said_content() -> None:
    got = rows('"We will win the county," Ann Lee said before adding: "We have the votes."')
    assert ('"We will win the county,"', "Ann Lee", "said") in got


def test_said_before_a_clause_of_the_writer_still_takes_the_quotation() -> None:
    got = rows('"We will win the county," Ann Lee said before the polls closed.')
    assert got == [('"We will win the county,"', "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The market fell on Monday, the president of the stock exchange, Ann Lee, said.",
            ("The market fell on Monday", "Ann Lee", "said"),
        ),
        (
            "The plant will close next year, a spokeswoman, Carla Dunn, said on Friday.",
            ("The plant will close next year", "Carla Dunn", "said"),
        ),
        (
            "The loan will be repaid in March, the agent, Acme Bank Ltd, said in a statement.",
            ("The loan will be repaid in March", "Acme Bank Ltd", "said"),
        ),
        (
            "The deal could lead to job cuts, the leader of the union, Tom Hall, told reporters.",
            ("The deal could lead to job cuts", "Tom Hall", "told"),
        ),
    ],
)
def test_name_after_a_determined_role_before_a_closing_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'C, the head of X, Ann Lee, said.': the name is the speaker, the role its description."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close, the firm is selling it, Acme Inc, said.",  # a clause, no role
        "The plant will close next year, Ann Lee, Bo Chan, said.",  # a list of names
        "The plant will close, \u201cthe best plant,\u201d Acme Inc, said.",  # a quotation
    ],
)
def test_no_role_before_a_name_gives_no_named_frame(text: str) -> None:
    assert not any(speaker in ("Acme Inc", "Bo Chan") for _, speaker, _ in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund will need more aid next year, a member of the board of the state's "
            "farm agency said.",
            ("The fund will need more aid next year",
             "a member of the board of the state's farm agency", "said"),
        ),
        (
            "Dry weather covered most crop areas last week, the Joint Weather Facility of the "
            "Agriculture and Commerce Departments said.",
            ("Dry weather covered most crop areas last week",
             "the Joint Weather Facility of the Agriculture and Commerce Departments", "said"),
        ),
        (
            "The strike entered its third day, a spokesman for the National Federation of "
            "Banks said today.",
            ("The strike entered its third day",
             "a spokesman for the National Federation of Banks", "said"),
        ),
    ],
)
def test_long_noun_phrase_subject_before_a_closing_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    """A subject of 8 to 12 words between the content's comma and the cue, one noun phrase."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [  # a clause with a verb or a relative pronoun before the cue is no subject
        "The plant will close next year, and the board of the firm that owns the mill "
        "in the north said.",
        "The plant will close next year, and most of the workers in the town were "
        "told on Monday.",
    ],
)
def test_long_clause_before_a_closing_cue_is_no_subject(text: str) -> None:
    assert all(len((speaker or "").split()) <= 7 for _, speaker, _ in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Acme Ltd will float its unit. The shares will be sold at two dlrs each, it said in a "
        "statement.",
        "Acme Ltd will float its unit. The shares will be sold at two dlrs each, it said on "
        "Monday.",
    ],
)
def test_it_before_a_closing_cue_and_its_setting_is_the_speaker(text: str) -> None:
    """'C, it said in a statement.': 'it' stands for the firm named before."""
    assert ("The shares will be sold at two dlrs each", "it", "said") in rows(text)


@pytest.mark.parametrize(
    "text",
    [  # a learned cue taking an object; 'it' after a subordinator
        "When Ann Lee asked Acme to reprint the book, it declined, citing legal risks.",
        "Officials liked the editorial, entitled \u201cNo Hero,\u201d when it posted on Monday.",
    ],
)
def test_it_after_a_clause_is_no_speaker_of_the_clause(text: str) -> None:
    assert not any(speaker == "it" and content[:4] in ("When", "Offi")
                   for content, speaker, _ in rows(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('The plan would cost $2 billion, according to the "Fair Pay" document he released.',
         'the "Fair Pay" document he released'),
        ("According to her \u201cclawback\u201d plan, firms must repay any aid they received.",
         "her \u201cclawback\u201d plan"),
    ],
)
def test_according_to_a_source_with_a_quoted_title(text: str, source: str) -> None:
    assert [speaker for _, speaker, _ in rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [  # a quotation after the source, or a title that ends it, is no part of it
        ('The plan would cost $2 billion, according to Ann Lee, "We will pay."', "Ann Lee"),
        ('The plan would cost $2 billion, according to the book "No Way Out."', "the book"),
    ],
)
def test_according_to_source_stops_before_a_quotation(text: str, source: str) -> None:
    assert [speaker for _, speaker, _ in rows(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Taxes will rise next year, Ann Lee said Sunday on NBC\u2019s \u201cMeet the Press.\u201d",
        'Taxes will rise next year, Ann Lee said on "Face the Nation" on Sunday.',
        "Taxes will rise next year, Ann Lee said in an episode of \u201cThe Money Hour.\u201d",
    ],
)
def test_programme_title_after_a_closing_cue_is_no_content(text: str) -> None:
    """'C, X said on CNN's "State of the Union."': the title is where it was said."""
    assert [(c, s) for c, s, _ in rows(text)] == [("Taxes will rise next year", "Ann Lee")]


def test_quoted_sentence_after_a_cue_and_its_time_is_still_content() -> None:
    got = rows("Ann Lee said on Monday, \u201cTaxes will rise next year.\u201d")
    assert [c for c, _, _ in got] == ["\u201cTaxes will rise next year.\u201d"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman asked for a photo and Ann Lee said, \u201cWe will see.\u201d",
            [("a photo", "A woman", "asked for"),
             ("\u201cWe will see.\u201d", "Ann Lee", "said")],
        ),
        (
            "Ann Lee praised the plan and Tom Hall said it would fail.",
            [("the plan", "Ann Lee", "praised"), ("it would fail", "Tom Hall", "said")],
        ),
    ],
)
def test_object_ends_before_a_clause_with_its_own_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'X praised A and Y said C': the object ends at 'and'; Y, not X, says C."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a second noun phrase, a second verb of the same subject, a coordinated subject
        ("Ann Lee praised the plan and the budget.",
         [("the plan and the budget", "Ann Lee", "praised")]),
        ("Ann Lee praised the plan and said it would work.",
         [("the plan", "Ann Lee", "praised"), ("it would work", "Ann Lee", "said")]),
        ("A spokeswoman said Lord Woolf and Lord Falconer agreed about the plan.",
         [("Lord Woolf and Lord Falconer agreed about the plan", "A spokeswoman", "said")]),
    ],
)
def test_and_inside_an_object_or_a_clause_keeps_its_reading(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


def test_long_noun_phrase_subject_after_a_quotation() -> None:
    text = '"The budget was bullish for bonds," Acme Grenfell and Co Ltd economist Tom Hall said.'
    assert rows(text) == [
        ('"The budget was bullish for bonds,"',
         "Acme Grenfell and Co Ltd economist Tom Hall", "said")
    ]


def test_long_clause_after_a_quotation_is_no_subject() -> None:
    text = '"The budget was bullish," and the man who ran the shop next to the bank said so.'
    assert all(len((speaker or "").split()) <= 7 for _, speaker, _ in rows(text))


def test_long_subject_with_a_participle_before_a_preposition() -> None:
    text = "The plant will close, a report released on Monday by the ministry said."
    assert rows(text) == [
        ("The plant will close", "a report released on Monday by the ministry", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [  # a finite '-ed' verb; a cue of its own inside the words before the cue
        "The plant will close, the board of the big firm in the north voted said.",
        '"We will win," Ann Lee said at the start of a debate dominated by questions about'
        " the war.",
    ],
)
def test_long_subject_with_a_verb_or_a_cue_is_no_subject(text: str) -> None:
    assert all(len((speaker or "").split()) <= 7 for _, speaker, _ in rows(text))
