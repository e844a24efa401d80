"""Attribution: where a statement's content starts and ends (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import named_rows as rows

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the clause before the frame is no content: the quote after it is
            "While she toured the mill in Dayton on Monday, Ann Lee said, \u201cWe will build "
            "it here.\u201d",
            [("\u201cWe will build it here.\u201d", "Ann Lee", "said")],
        ),
        (  # a quotation before the frame: the statement runs on into the second part
            "\u201cWe will build it,\u201d Ann Lee said, \u201cand we will build it here.\u201d",
            [
                (
                    "\u201cWe will build it,\u201d Ann Lee said, \u201cand we will build it "
                    "here.\u201d",
                    "Ann Lee",
                    "said",
                )
            ],
        ),
    ],
)
def test_frame_then_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_adding_after_a_comma_inside_the_closing_quote() -> None:
    text = "Ann Lee said the dam was \u201cin good shape,\u201d adding that the repairs would wait."
    assert rows(text) == [
        ("the dam was \u201cin good shape,\u201d", "Ann Lee", "said"),
        ("the repairs would wait", "Ann Lee", "adding"),
    ]


def test_adverbial_before_an_interjected_frame_is_not_content() -> None:
    text = "In contrast, Ann Lee said, the new dam will hold for decades."
    assert rows(text) == [("the new dam will hold for decades", "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee told Joe Roe of the Herald, \u201cWe are not leaving.\u201d",
            "\u201cWe are not leaving.\u201d",
        ),
        ('Ann Lee said in a text message: "We are not leaving."', '"We are not leaving."'),
        (  # after "said", a noun phrase before the comma is the subject of what was said
            'Ann Lee said the prices of these stocks, "look cheap."',
            'the prices of these stocks, "look cheap."',
        ),
        (  # a clause before the colon is part of what was said
            'Ann Lee said she was tired: "We are not leaving."',
            'she was tired: "We are not leaving."',
        ),
    ],
)
def test_object_or_adverbial_before_the_quote_it_introduces(text: str, content: str) -> None:
    assert rows(text) == [(content, "Ann Lee", text.split()[2])]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee told a crowded hall at a hotel in downtown Dayton that she will not quit.",
            "she will not quit",
        ),
        (
            "Ann Lee said in one of a series of posts on Monday that the dam held.",
            "the dam held",
        ),
        (  # a relative clause after an infinitive's object is not the complement
            "Ann Lee vowed to spend the billions of dollars that the council gave her.",
            "to spend the billions of dollars that the council gave her",
        ),
    ],
)
def test_that_after_a_long_object_or_adverbial(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee praised the new dam on Thursday.", "the new dam"),
        ("Ann Lee praised the new dam in an interview with the Herald.", "the new dam"),
        ("Ann Lee praised the dam in Dayton.", "the dam in Dayton"),  # a place is the object's
        (  # a contrasting clause after the reported one is the writer's
            "Ann Lee said the dam would hold for decades, while her rivals doubted it.",
            "the dam would hold for decades",
        ),
    ],
)
def test_where_the_content_ends(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two days later, however, Ann Lee said the dam will hold.", "Ann Lee"),
        ("First, Democratic party officials said the dam will hold.", "Democratic party officials"),
        ("But Ann Lee, who runs the board, added that the dam will hold.", "Ann Lee"),
        ("Ann Lee, however, said the dam will hold.", "Ann Lee"),
    ],
)
def test_adverbial_comma_segments_before_the_subject(text: str, speaker: str) -> None:
    assert [(r[0], r[1]) for r in rows(text)] == [("the dam will hold", speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "County Chairman Will Rogers, for example, said the dam will hold.",
            ("the dam will hold", "County Chairman Will Rogers", "said"),
        ),
        (
            "Ann Lee (who has 25 votes to date) said the dam will hold.",
            ("the dam will hold", "Ann Lee", "said"),
        ),
        (
            "He had \u201cwanted to fly since he was 5,\u201d his friend told the Herald.",
            ("He had \u201cwanted to fly since he was 5,\u201d", "his friend", "told"),
        ),
    ],
)
def test_more_subjects(text: str, expected: tuple[str, str, str]) -> None:
    article = Article.from_text(text)
    got = attribute_statements(article, segment_sentences(article))
    assert [(s.content, s.speaker_mention, s.cue) for s in got] == [expected]
    assert "example" not in (got[0].speaker_role or "")  # "for example" is no role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee praised the new mayor as a strong leader.", "the new mayor as a strong leader"),
        (
            "Ann Lee denounced the plan as \u201churtful and cruel.\u201d",
            "the plan as \u201churtful and cruel.\u201d",
        ),
        ("Ann Lee praised the new mayor as she left the hall.", "the new mayor"),
    ],
)
def test_as_after_a_short_object(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


def test_pronoun_clause_after_a_comma_is_no_inverted_speaker() -> None:
    text = (
        "Ann Lee, who ran for the board when the dam was built in 1992, says she couldn\u2019t "
        "see herself backing the plan if it becomes the party\u2019s nominee."
    )
    assert [(r[0][:14], r[1]) for r in rows(text)] == [("she couldn\u2019t s", "Ann Lee")]


def test_quote_continued_after_a_long_frame_is_a_statement_of_its_own() -> None:
    text = (
        "\u201cThe plan works,\u201d said Ann Lee, who ran the water board of the county for "
        "two decades before she retired to a farm near the lake.\n\n\u201cIt is done.\u201d"
    )
    assert rows(text) == [
        ("\u201cThe plan works,\u201d", "Ann Lee", "said"),
        ("\u201cIt is done.\u201d", "Ann Lee", "said"),
    ]
    short = "\u201cThe plan works,\u201d Ann Lee said.\n\n\u201cIt is done, and we are proud.\u201d"
    assert [r[0] for r in rows(short)] == [short]  # a short frame stays inside the statement


def test_name_and_appositive_before_said_are_its_subject() -> None:
    text = (
        "Mark Wynn, chairman of the 6th District party, said his district received a flurry of "
        "last-minute delegate applications before the March 15 deadline, an apparent effort."
    )
    assert [(r[1], r[2]) for r in rows(text)] == [("Mark Wynn", "said")]
    several = (
        "Senator Ann Lee, the Ohio Republican who heads the committee, which oversees the "
        "dam, said the county's repairs ''call into question'' the budget."
    )
    assert [(r[1], r[2]) for r in rows(several)] == [("Ann Lee", "said")]
    reuters = (
        "Dam Finance Corp, a unit of Dam Corp, is raising 50 mln dlrs through an offering "
        "of notes, said lead manager Ann Lee."
    )
    assert [(r[1], r[2]) for r in rows(reuters)] == [("Ann Lee", "said")]
    inverted = "The plan works, said Ann Lee, chairman of the board."
    assert rows(inverted) == [("The plan works", "Ann Lee", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe dam will hold,\u201d Ann Lee said in her speech that night.",
        "\u201cThe dam will hold,\u201d Ann Lee said on the \u201cMorning Show\u201d on Sunday.",
    ],
)
def test_tail_after_a_quote_with_that_night_or_a_quoted_title(text: str) -> None:
    assert rows(text) == [("\u201cThe dam will hold,\u201d", "Ann Lee", "said")]


def test_that_night_is_no_complementiser() -> None:
    assert [r[0] for r in rows("Ann Lee said that night that the dam would hold.")] == [
        "the dam would hold"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee asked the mayor how high the dam would be.", "how high the dam would be"),
        ("Ann Lee asked Joe Roe whether the dam would hold.", "whether the dam would hold"),
        ("Ann Lee told reporters she would not vote for it.", "she would not vote for it"),
        ("Ann Lee told the Herald she was against it.", "she was against it"),
        (  # not an object: a verb comes first
            "Ann Lee asked voters to think about whether the dam would hold.",
            "voters to think about whether the dam would hold",
        ),
    ],
)
def test_indirect_question_after_the_object_of_ask(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


def test_more_reporting_verbs() -> None:
    assert rows("The dam will hold, Ann Lee retorted.") == [
        ("The dam will hold", "Ann Lee", "retorted")
    ]
    assert rows("Ann Lee scoffed that the dam would never hold.") == [
        ("the dam would never hold", "Ann Lee", "scoffed")
    ]


def test_frame_opening_a_sentence_takes_the_quote_after_it_not_the_one_before() -> None:
    text = "\u201cWould the dam hold?\u201d Ann Lee answered, \u201cI have no idea.\u201d"
    assert rows(text) == [("\u201cI have no idea.\u201d", "Ann Lee", "answered")]


def test_told_is_never_inverted() -> None:
    text = (
        '"The dam could fail. Given its state, the town can learn what role it could play," '
        "Ann Lee, director of the Department of Water Studies at the County Institute of "
        "International Studies, told the Global Times on Sunday."
    )
    assert [(r[1], r[2]) for r in rows(text)] == [("Ann Lee", "told")]


def test_acronym_after_a_title_is_not_part_of_the_name() -> None:
    from flows.attribution.lexicon import load_lexicon
    from flows.attribution.speakers import describe_speaker

    speaker = describe_speaker("Chinese Ambassador to the EU Wu Bo", None, load_lexicon())
    assert (speaker.name, speaker.role) == ("Wu Bo", "Chinese Ambassador to the EU")


def test_any_short_subject_right_after_a_quote_is_the_speaker() -> None:
    text = '"The budget will not be enough," consultancy 4Cast said in a report.'
    assert rows(text) == [('"The budget will not be enough,"', "consultancy 4Cast", "said")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Last month the county watchdog said it would not oppose the plan.",
            "the county watchdog",
        ),
        ("Earlier this week the mayor said it would not oppose the plan.", "the mayor"),
        ("On Monday the mayor said it would not oppose the plan.", "the mayor"),
    ],
)
def test_time_words_before_a_subject_are_no_part_of_the_mention(text: str, mention: str) -> None:
    article = Article.from_text(text)
    got = attribute_statements(article, segment_sentences(article))
    assert [s.speaker_mention for s in got] == [mention]


def test_or_joins_a_short_object() -> None:
    text = "Ann Lee praised the dam board or the old levee crew."
    assert [r[0] for r in rows(text)] == ["the dam board or the old levee crew"]


@pytest.mark.parametrize("mark", [",", ":"])
def test_a_stray_space_before_the_mark_that_opens_a_quote(mark: str) -> None:
    """Wire copy typed 'added ,"C"' (a space, then the mark): an aside of no words, which
    once raised IndexError and failed the whole run."""
    quote = '"The dam will hold for decades."'
    found = rows(f"The ferry runs daily. Ann Lee added {mark}{quote}")
    assert found == [(quote, "Ann Lee", "added")]
    assert found == rows(f"The ferry runs daily. Ann Lee added{mark} {quote}")


def test_quote_after_a_participle_continues_the_quoted_statement() -> None:
    text = (
        "\u201cWe will build the dam on the river,\u201d Ann Lee said, referring to the plan "
        "of the city council. \u201cIt will hold for a hundred years.\u201d"
    )
    assert rows(text) == [
        ("\u201cWe will build the dam on the river,\u201d", "Ann Lee", "said"),
        ("the plan of the city council", "Ann Lee", "referring to"),
        ("\u201cIt will hold for a hundred years.\u201d", "Ann Lee", "said"),
    ]


def test_quote_after_a_relative_clause_in_the_frame_tail_continues_the_statement() -> None:
    """A relative clause about the speaker ('who endorsed Y', 'who declined to run') is an
    aside of the frame: the next quotation is more of what the speaker said, one statement
    over both."""
    first = "\u201cThe plan for the dam works well,\u201d said Ann Lee, "
    second = " \u201cIt is done and we are proud of it.\u201d"
    for tail in ("who endorsed Tom Hall on Tuesday.", "who declined to run again."):
        text = "Prices fell. " + first + tail + second
        assert rows(text) == [(first + tail + second, "Ann Lee", "said")]
    # a participle of the speaker's stays a statement of its own, and so does the quotation
    # after it (test_quote_after_a_participle_continues_the_quoted_statement); a source the
    # words are reported through frames the first quotation, the second stays Ann Lee's
    participle = "Prices fell. " + first + "referring to the mayor." + second
    assert [r[2] for r in rows(participle)] == ["said", "referring to", "said"]
    for source, cue in (("according to the Herald.", "according to"),
                        ("reports the Herald.", "reports")):
        found = rows("Prices fell. " + first + source + second)
        assert [(r[1], r[2]) for r in found] == [("Herald", cue), ("Ann Lee", "said")]


def test_quote_after_a_participle_of_reported_speech_continues_the_participle() -> None:
    # no frame of the sentence ends with a quotation: the participle frame goes on
    text = (
        "Ann Lee said the dam would be built, describing the plan of the city council. "
        "\u201cIt will hold for a hundred years.\u201d"
    )
    assert rows(text)[-1] == (
        "\u201cIt will hold for a hundred years.\u201d",
        "Ann Lee",
        "describing",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an object cue: the second verb is no cue, only the object is content
            "The court denied the party its seats and jailed its leaders.",
            [("the party its seats", "court", "denied")],
        ),
        (
            "Ann Lee has called for lower taxes and has said that the budget can wait.",
            [
                ("lower taxes", "Ann Lee", "called for"),
                ("the budget can wait", "Ann Lee", "said"),
            ],
        ),
    ],
)
def test_object_ends_before_a_second_verb_of_the_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the workers were tired and skipped the meeting.",  # the clause's verb
        "Ann Lee said the company had cut its costs and raised its prices.",
        "Ann Lee praised the brave and dedicated crews of the town.",  # an adjective
    ],
)
def test_a_verb_after_and_in_a_reported_clause_stays_in_it(text: str) -> None:
    content = rows(text)[0][0]
    assert content == text[text.index(text.split()[3]) : -1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In her speech, Ann Lee set out her aim for the town: \u201cWe will build it "
            "here,\u201d she said.",
            "\u201cWe will build it here,\u201d",
        ),
        (
            "Ann Lee spoke against the plan - \u201cIt is a waste of money,\u201d she said.",
            "\u201cIt is a waste of money,\u201d",
        ),
    ],
)
def test_a_quote_opened_after_a_colon_or_dash_starts_the_statement(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


def test_a_quoted_lead_before_a_dash_stays_in_the_statement() -> None:
    text = (
        "\u201cThe fear\u201d - that the dam will break - \u201cis going to last,\u201d "
        "Ann Lee said."
    )
    assert [r[0] for r in rows(text)] == [text[: text.index(" Ann")]]


def test_a_frame_after_a_dash_is_a_statement_of_its_own() -> None:
    text = (
        "Ann Lee seems to recognize her problem with the unions - she told the Herald that "
        "her task is to prove she is tough."
    )
    assert rows(text) == [  # 'seems' before a verb of holding: the subject's (PolNeAR)
        ("to recognize her problem with the unions", "Ann Lee", "seems"),
        ("her task is to prove she is tough", "Ann Lee", "told"),
    ]


def test_a_frame_inside_a_pair_of_dashes_stays_nested() -> None:
    text = (
        "Ann Lee said the new dam -- which the mayor told us would cost too much -- will "
        "hold for decades."
    )
    assert rows(text) == [(text[len("Ann Lee said ") : -1], "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee praised the mayor\u2019s Nov. 14 speech.", "the mayor\u2019s Nov. 14 speech"),
        ("Ann Lee praised the work of the crews. The mayor agreed.", "the work of the crews"),
    ],
)
def test_an_object_runs_over_the_full_stop_of_an_abbreviation(text: str, content: str) -> None:
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the aside describes the subject of the reported clause: its verb follows
            "Ann Lee said the new dam on the river, which cost the town a fortune, was "
            "finished in May.",
            "the new dam on the river, which cost the town a fortune, was finished in May",
        ),
        (
            "Ann Lee said the sale to the mill owners, a local family, had been approved.",
            "the sale to the mill owners, a local family, had been approved",
        ),
        (  # a trailing aside is the writer's
            "Ann Lee said the town will build a new dam on the river, which floods every spring.",
            "the town will build a new dam on the river",
        ),
    ],
)
def test_an_aside_closed_before_the_verb_stays_in_the_content(text: str, content: str) -> None:
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee endorsed the bill into law April 5.", "the bill into law"),
        ("The two towns praised a joint declaration on January 10.", "a joint declaration"),
        ("The mayor endorsed Ann Lee Monday.", "Ann Lee"),
        # a date inside the noun phrase stays
        (
            "Ann Lee urged voters to register before the Oct. 11 deadline.",
            "voters to register before the Oct. 11 deadline",
        ),
        ("Ann Lee praised Monday\u2019s show.", "Monday\u2019s show"),
    ],
)
def test_a_short_object_ends_before_a_date(text: str, content: str) -> None:
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee praised the new plans of the council, including a dam, a mill and a school.",
            "the new plans of the council, including a dam, a mill and a school",
        ),
        (  # no list after the comma: the object ends there
            "Ann Lee praised the new plans of the council, then left.",
            "the new plans of the council",
        ),
    ],
)
def test_a_short_object_runs_over_an_including_list(text: str, content: str) -> None:
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject of 'appeared' is in the part before the interjected frame
            "The mill, Tom Hall said, appeared to be closing early.",
            [("The mill, Tom Hall said, appeared to be closing early", "Tom Hall", "said")],
        ),
        (  # a pronoun: 'The plan' is still no speaker of 'seemed'
            "The plan, she said, seemed to worry the board.",
            [("The plan, she said, seemed to worry the board", None, "said")],
        ),
    ],
)
def test_a_cue_after_an_interjected_frame_is_nested_in_its_statement(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


def test_an_appositive_read_as_an_interjected_frame_does_not_swallow_the_verb() -> None:
    # 'a spokesman for the show' is no name: 'said' keeps its own statement
    text = "Tom Hall, a spokesman for the show, said the tour will open in March."
    assert ("the tour will open in March", "Tom Hall", "said") in rows(text)


def test_a_quotation_left_open_at_a_paragraph_end_runs_on_in_the_next_paragraph() -> None:
    text = '"We will build it," Ann Lee said. "It will open in May.\n\n"The town has waited."'
    assert rows(text) == [(text, "Ann Lee", "said")]


def test_a_quotation_left_open_does_not_take_a_next_paragraph_with_its_own_frame() -> None:
    text = '"We will build it," Ann Lee said. "It will open in May.\n\n"It is late," Tom Hall said.'
    assert rows(text) == [
        ('"We will build it," Ann Lee said. "It will open in May.', "Ann Lee", "said"),
        ('"It is late,"', "Tom Hall", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("-5 degrees at dawn did not stop the ferries, said Ann Lee.",
         "-5 degrees at dawn did not stop the ferries"),
        ("Ann Lee said -5 degrees is normal for the harbour.",
         "-5 degrees is normal for the harbour"),
        # counter-example: a dash before words is no minus sign (the aside between dashes
        # is the frame's adjunct, so the content opens after 'that')
        ("Ann Lee said - and she meant it - that prices rose.", "prices rose"),
        ("Ann Lee said -5 degrees - a record - was normal.",
         "-5 degrees - a record - was normal"),
    ],
)
def test_a_minus_sign_is_kept(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]
