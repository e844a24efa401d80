"""Two statements in one sentence (issue 3): a second frame with a subject of its own after a
clause coordinator ends the first content and gives a row of its own, as ', adding that'
does. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Hall would not say which banks had sold, but earlier today dealers said the"
            " central bank had sold dollars.",
            [
                ("which banks had sold", "Tom Hall", "say"),
                ("the central bank had sold dollars", "dealers", "said"),
            ],
        ),
        (
            "Ann Lee said the plan was late, but on Monday the council said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "the council", "said"),
            ],
        ),
        (
            "Ann Lee said the plan was late, but on Monday, the council said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "the council", "said"),
            ],
        ),
        (
            "Ann Lee said the plan was late, and then the council said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "the council", "said"),
            ],
        ),
        (
            "Ann Lee said the plan was late, and on Monday she said it would cost more.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it would cost more", "she", "said"),
            ],
        ),
    ],
)
def test_adjunct_between_coordinator_and_second_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """', but earlier today X said D', ', and on Monday X said D': a short adjunct of time
    or place between the coordinator and the second subject still opens a second frame."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subordinate clause after the coordinator: the second frame is inside the first
            "Ann Lee said the plan failed, but only because the council said no.",
            [("the plan failed, but only because the council said no", "Ann Lee", "said")],
        ),
        (  # no cue in the second clause: one content (the owner's call)
            "Ann Lee said the plan was late, and on Monday the council was angry.",
            [("the plan was late, and on Monday the council was angry", "Ann Lee", "said")],
        ),
        (
            "Ann Lee said the plan was late, and the council was angry.",
            [("the plan was late, and the council was angry", "Ann Lee", "said")],
        ),
        (  # 'that' after the coordinator: a second clause of the same content
            "Ann Lee said the plan was late, and that on Monday the council said no.",
            [("the plan was late, and that on Monday the council said no", "Ann Lee", "said")],
        ),
    ],
)
def test_no_second_frame_after_coordinator_keeps_one_content(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Counter-examples: what follows the coordinator is no adjunct before a frame of its
    own, so the first content runs on as before."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the adjunct's preposition lent the 'subject' its object
            "The drug showed early promise, but on wider testing was shown to harm the liver.",
            "shown",
        ),
        (  # 'also' before a participle: no adjunct before a subject of its own
            "The suit seeks damages for every buyer of the record, and also naming record"
            " label Acme Records in the action.",
            "label",
        ),
    ],
)
def test_no_second_frame_after_a_false_adjunct(text: str, wrong: str) -> None:
    """Counter-examples: an adjunct that ends on a preposition, or a word that is no adjunct
    ('also'), before the words taken for a subject makes no second row."""
    assert wrong not in [cue for _, _, cue in rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee said the plan was late, while Tom Hall, who chairs the council, said it"
            " was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
        (
            "Ann Lee criticized the plan, while Tom Hall, who chairs the council, said it was"
            " on time.",
            [
                ("the plan", "Ann Lee", "criticized"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
        (
            "Republicans hailed the speech as candid while Democrats, who control both houses,"
            " said the president must act.",
            [
                ("the speech as candid", "Republicans", "hailed"),
                ("the president must act", "Democrats", "said"),
            ],
        ),
    ],
)
def test_second_subject_set_off_by_an_aside(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """', while X, who ..., said D': the first content, ended before the aside, no longer
    keeps the coordinator and the second subject ('..., while Tom Hall')."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no cue after the aside: one content (the owner's call)
            "Ann Lee said the plan was late and Tom Hall, who chairs the council, was angry.",
            [
                (
                    "the plan was late and Tom Hall, who chairs the council, was angry",
                    "Ann Lee",
                    "said",
                )
            ],
        ),
        (  # an appositive after the second subject was already read
            "Ann Lee said the plan was late, but Tom Hall, the mayor, said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
    ],
)
def test_aside_without_second_frame_or_already_read(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Counter-examples: a subject and aside with no cue of their own stay in the content;
    a second frame read before keeps its reading."""
    assert rows(text) == expected


def test_according_to_after_marks_only_does_not_crash() -> None:
    """A sentence of quote marks and commas before 'according to' (found by the property
    test): the phrase before the frame has no word, and reading it raised IndexError."""
    assert all(cue == "according to" for _, _, cue in rows('" , " . according to \u2018'))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank is taking a step in the right direction, he said, but he added the bank"
            " has been lax in using its window.",
            [
                ("The bank is taking a step in the right direction", "he", "said"),
                ("the bank has been lax in using its window", "he", "added"),
            ],
        ),
        (
            "The future of the grain pact will be discussed next year, Ann Lee said, but the"
            " secretary questioned the benefits of the pact.",
            [
                ("The future of the grain pact will be discussed next year", "Ann Lee", "said"),
                ("the benefits of the pact", "the secretary", "questioned"),
            ],
        ),
        (
            "Exports are running high, officials said, but they noted that the pact could wait.",
            [
                ("Exports are running high", "officials", "said"),
                ("the pact could wait", "they", "noted"),
            ],
        ),
    ],
)
def test_second_frame_after_an_interjected_frame_and_a_coordinator(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'A, she said, but Tom Hall added D': a coordinator and a subject of its own after the
    interjected frame open a second statement; A ends before the frame (was: one content
    'A, she said, but Tom Hall added D', or 'A, officials said')."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The reserves rose sharply, he said, but declined to give figures.", "he"),
        (
            "Sugar prices rose this year, Ann Lee said, but judging by this first estimate the"
            " effect was small.",
            "Ann Lee",
        ),
        (
            "The economy is sitting on a time bomb, he said, and investors' worries over the"
            " deficits have grown.",
            "he",
        ),
    ],
)
def test_no_second_frame_without_a_subject_of_its_own(text: str, speaker: str) -> None:
    """Counter-examples: the speaker's own second verb ('but declined'), a participle
    ('but judging by this estimate') or a noun's owner ("investors' worries") after the
    interjected frame make no second row, so no subject is misread as a speaker."""
    assert [s for _, s, _ in rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee said the plan was late whereas Tom Hall said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
        (
            "Ann Lee said the plan was late, whereas Tom Hall said it was on time.",
            [
                ("the plan was late", "Ann Lee", "said"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
        (  # a fronted 'whereas' clause: its subject no longer takes 'Whereas'
            "Whereas Tom Hall said it was on time, Ann Lee said it was late.",
            [("it was on time", "Tom Hall", "said"), ("it was late", "Ann Lee", "said")],
        ),
        (  # counter-example: no cue after 'whereas', one content (the owner's call)
            "Ann Lee said the plan was late whereas the budget was fine.",
            [("the plan was late whereas the budget was fine", "Ann Lee", "said")],
        ),
    ],
)
def test_whereas_opens_a_second_frame(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'whereas' opens a clause like 'while' (classes subordinator and opener): no part of
    the second speaker ('whereas Tom Hall') and, with no comma, no part of the first content."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Coach Ann Lee criticized her team's defense, while Tom Hall, who scored 19"
            " points, put the loss down to nerves.",
            "her team's defense",
        ),
        (
            "The union sought a six pct increase, while the city's first offer was two pct.",
            "a six pct increase",
        ),
    ],
)
def test_object_ends_before_while_and_a_clause(text: str, content: str) -> None:
    """', while X ... <verb>' after an object with no verb of its own is the writer's
    clause, as ', and X <verb>' is (content_end._object_then_clause_end)."""
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said the plan, while late, would work.", "the plan, while late, would work"),
        ("Ann Lee said prices rose, while exports fell.", "prices rose, while exports fell"),
    ],
)
def test_while_after_a_clause_or_set_off_stays_in_the_content(text: str, content: str) -> None:
    """Counter-examples: a ', while' aside set off by a second comma, or after a clause with
    a verb of its own, is left to the readers as before."""
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee criticized the plan, while the board approved it.", "the plan"),
        ("Navy ships blasted the platform, and marines stormed a second one.", "the platform"),
    ],
)
def test_object_ends_before_a_clause_with_an_ed_verb(text: str, content: str) -> None:
    """The clause after the coordinator shows its verb by an '-ed' form ('approved',
    'stormed'), not only by a word of classes verbish, aux or past."""
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a clause with a verb before ', and': one content (the owner's call)
            "Ann Lee said the plan was late, and the council approved it.",
            "the plan was late, and the council approved it",
        ),
        (  # a list: the last item after ', and'
            "Ann Lee said the buses, the taxis, and the trams painted red were late.",
            "the buses, the taxis, and the trams painted red were late",
        ),
    ],
)
def test_ed_word_after_a_clause_or_a_list_keeps_the_content(text: str, content: str) -> None:
    """Counter-examples: the '-ed' verb after ', and' cuts nothing after a clause with a verb
    of its own or after a list."""
    assert rows(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee refused comment, saying the talks were private.",
            [
                ("comment", "Ann Lee", "refused"),
                ("the talks were private", "Ann Lee", "saying"),
            ],
        ),
        (
            "Ann Lee rejected foreign aid, saying the country can cope.",
            [
                ("foreign aid", "Ann Lee", "rejected"),
                ("the country can cope", "Ann Lee", "saying"),
            ],
        ),
        (
            "Ann Lee told shareholders, adding it will take most of the year to find a buyer.",
            [  # (whom she told is no content: test_attribution_run_ons)
                ("it will take most of the year to find a buyer", "Ann Lee", "adding"),
            ],
        ),
    ],
)
def test_participle_after_a_bare_object(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'refused comment, saying C': one or two words with no verb before the comma are the
    first cue's object, so the participle gives its own row as after 'the decision' (was:
    one content 'comment, saying C')."""
    assert rows(text) == expected


def test_participle_after_a_short_clause_is_left_as_before() -> None:
    """Counter-example: two words with a verb ('prices rose') are a clause, no bare object;
    the reading is left as it was."""
    assert rows("Ann Lee said prices rose, adding that exports fell.") == [
        ("prices rose, adding that exports fell", "Ann Lee", "said")
    ]


def test_participle_after_a_prepositional_phrase_is_no_bare_object() -> None:
    """Counter-example: 'in Canada' opens with a preposition, no object of the cue before it;
    the participle's frame stays nested and 'said' keeps its row."""
    got = rows("Published reports in Canada, quoting government sources, said the aid will come.")
    assert ("the aid will come", "said") in [(content, cue) for content, _, cue in got]
    assert "quoting" not in [cue for _, _, cue in got]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The plan is late," Ann Lee said, but Tom Hall said it was on time.',
            [
                ('"The plan is late,"', "Ann Lee", "said"),
                ("it was on time", "Tom Hall", "said"),
            ],
        ),
        (
            '"We will win," he said, though he admitted the vote would be close.',
            [
                ('"We will win,"', "he", "said"),
                ("the vote would be close", "he", "admitted"),
            ],
        ),
        (
            "Ann Lee told Reuters the plan was late, and the council told the BBC it was on"
            " time.",
            [
                ("the plan was late", "Ann Lee", "told"),
                ("it was on time", "the council", "told"),
            ],
        ),
    ],
)
def test_second_clause_after_a_frame_reads_its_own_complement(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """', but X said D' after another frame: the comma part opens a clause of its own, so
    neither the quotation before it nor an object after the cue ('told the BBC') makes the
    second frame close on the words before it (was: one row, or the quotation twice)."""
    assert rows(text) == expected


def test_coordinated_frame_with_nothing_after_it_is_left_as_before() -> None:
    """Counter-example: a quotation, its frame, then ', but X disagreed' (no cue): one row."""
    assert rows('"The plan is late," Ann Lee said, but Tom Hall disagreed.') == [
        ('"The plan is late,"', "Ann Lee", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee dismissed claims that the plan was late and said it would work.",
            [
                ("claims that the plan was late", "Ann Lee", "dismissed"),
                ("it would work", "Ann Lee", "said"),
            ],
        ),
        (
            "Ann Lee said claims that the plan was late were false, and warned that costs"
            " would rise.",
            [
                ("claims that the plan was late were false", "Ann Lee", "said"),
                ("costs would rise", "Ann Lee", "warned"),
            ],
        ),
        (
            "Ann Lee rejected calls for a new tax on the firm, saying that it already paid"
            " enough.",
            [
                ("calls for a new tax on the firm", "Ann Lee", "rejected"),
                ("it already paid enough", "Ann Lee", "saying"),
            ],
        ),
        (
            "Ann Lee hit back on Monday, rejecting criticism of the plan and telling the"
            " council not to treat her like a child.",
            [
                ("the plan", "Ann Lee", "criticism of"),
                ("the council not to treat her like a child", "Ann Lee", "telling"),
            ],
        ),
    ],
)
def test_second_verb_after_a_nested_noun_frame_joins_the_outer_frame(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'X dismissed claims that A and said B': the noun cue ('claims', 'criticism of') opens
    a frame nested in X's content up to its end; 'said' is X's second verb, so X's content
    ends before it too (was: one row running through 'and said B', the nested 'claims' read
    as a present verb and 'said' dropped as another tense)."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner's call: a clause with no cue of its own stays in the content
            "Ann Lee said the mayor criticized the plan, and the council was angry.",
            [("the mayor criticized the plan, and the council was angry", "Ann Lee", "said")],
        ),
        (  # another tense: a verb of the content's own subject
            "Ann Lee said she supports a higher wage but supports cities that go higher.",
            [
                (
                    "she supports a higher wage but supports cities that go higher",
                    "Ann Lee",
                    "said",
                )
            ],
        ),
    ],
)
def test_nested_frame_without_a_second_verb_of_the_outer_speaker_keeps_one_content(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Counter-examples: no second cue of the outer speaker after the nested frame."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales are improving, Ann Lee said, but warned that costs were rising.",
            [
                ("Sales are improving", "Ann Lee", "said"),
                ("costs were rising", "Ann Lee", "warned"),
            ],
        ),
        (
            "Sales are improving, the firm said on Monday, but warned that costs were rising.",
            [
                ("Sales are improving", "the firm", "said"),
                ("costs were rising", "the firm", "warned"),
            ],
        ),
        (
            "Sales are improving, Ann Lee said, and added that costs were rising.",
            [
                ("Sales are improving", "Ann Lee", "said"),
                ("costs were rising", "Ann Lee", "added"),
            ],
        ),
    ],
)
def test_second_verb_after_a_closing_frame_is_its_speakers(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'A, X said, but warned that B': the verb after the coordinator is X's, not the
    sentence's first noun's ('Sales' warned), and A ends at the frame (was: one row running
    through 'but warned', or 'Sales' as the speaker of B)."""
    assert rows(text) == expected


def test_second_subject_after_a_closing_frame_keeps_its_own_speaker() -> None:
    """Counter-example: a second clause with a subject of its own after the frame."""
    assert rows("Sales are improving, Ann Lee said, and the council warned that costs were"
                " rising.") == [
        ("Sales are improving", "Ann Lee", "said"),
        ("costs were rising", "the council", "warned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putting the show together, Ann Lee said, allowed her to rest.",
        "The firm might have cut jobs, they argue, perhaps by insisting that costs fell.",
    ],
)
def test_interjected_frame_without_a_coordinated_verb_keeps_its_content(text: str) -> None:
    """Counter-examples: no 'and'/'but' right after the interjected frame, so the verb
    after it is the content's (one row, its content running through the frame)."""
    got = rows(text)
    assert len(got) == 1 and got[0][0] == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ann Lee told the BBC the policy "condemns and bans" torture and said there was no'
            " evidence of abuse.",
            [
                ('the policy "condemns and bans" torture', "Ann Lee", "told"),
                ("there was no evidence of abuse", "Ann Lee", "said"),
            ],
        ),
        (
            'Ann Lee criticized the "new" plan and said it would fail.',
            [
                ('the "new" plan', "Ann Lee", "criticized"),
                ("it would fail", "Ann Lee", "said"),
            ],
        ),
    ],
)
def test_second_verb_after_a_quotation_in_the_content_is_the_speakers(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A quotation inside X's content cuts the subject window short ('torture and'): the
    cue after 'and' is still X's second verb (was: one row through 'and said B', or a
    second row with no speaker)."""
    assert rows(text) == expected


def test_quoted_word_then_a_clause_without_a_cue_is_left_as_before() -> None:
    """Counter-example: 'and' before a clause with its own subject and no cue."""
    assert rows('Ann Lee praised "the team" and the crowd cheered.') == [
        ('"the team" and the crowd cheered', "Ann Lee", "praised")
    ]


def test_base_form_after_a_quotation_and_and_is_no_second_verb() -> None:
    """Counter-example: 'called on Y to "A" and think about B': 'think about' is the base
    form of the infinitive's second verb (Y's), not the speaker's second statement."""
    got = rows('Ann Lee called on voters to "look inside" themselves and think about the plan.')
    assert [cue for _, _, cue in got] == ["called on"]
