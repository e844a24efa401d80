"""Attribution: quotations of different speakers in turn (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import candidate_rows, rows

from flows.attribution.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second quotation has its own frame after '?', in a sentence of its own
            "\u201cEvery time you say that,\u201d Ann Lee said, \u201cyou help them.\u201d\n\n"
            "\u201cWhy is this not proof that the bank is too big?\u201d Tom Hall demanded.\n\n"
            "The hearing ended at noon.",
            [
                ("\u201cEvery time you say that,\u201d Ann Lee said, \u201cyou help them.\u201d",
                 "Ann Lee", "said"),
                ("\u201cWhy is this not proof that the bank is too big?\u201d", "Tom Hall",
                 "demanded"),
            ],
        ),
        (  # counter-example: a quotation with no frame of its own still continues hers
            "Ann Lee said: \u201cWe won. The team played well.\n\n"
            "\u201cWe will win again.\u201d\n\nThe season ends in May.",
            [
                ("\u201cWe won. The team played well.\n\n\u201cWe will win again.\u201d",
                 "Ann Lee", "said"),
            ],
        ),
        (  # a quotation that is what the first frame reported, then another speaker's frame
            "A man in the crowd shouted, \u201cStop,\u201d Tom Hall said, \u201cNo.\u201d",
            [
                ("\u201cStop,\u201d", "A man in the crowd", "shouted"),
                ("\u201cNo.\u201d", "Tom Hall", "said"),
            ],
        ),
        (  # counter-example: one speaker's quotation around the frame stays one statement
            "\u201cWe won,\u201d Ann Lee said, \u201cand we will win again.\u201d",
            [
                ("\u201cWe won,\u201d Ann Lee said, \u201cand we will win again.\u201d", "Ann Lee",
                 "said"),
            ],
        ),
        (  # the second quotation closes on a comma before a frame whose cue is unknown
            "\u201cLook at all these fans,\u201d Ann Lee said with a smirk.\n\n"
            "\u201cThey came for the free food,\u201d Tom Hall shot back with a laugh.\n\n"
            "The rally ended at noon.",
            [("\u201cLook at all these fans,\u201d", "Ann Lee", "said")],
        ),
    ],
)
def test_quotations_in_turn(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_long_clause_after_the_comma_does_not_end_the_quotation() -> None:
    """Counter-example: a long clause after the comma is the writer's, so the quotation is
    no frame's but more of what she said (where the continuation ends is not asserted)."""
    text = ("\u201cAnything we wrote had to be fun,\u201d Ann Lee said. \u201cSo I called a "
            "friend from Leeds,\u201d a detail that fits the plot of the film rather well.")
    [(content, speaker, cue)] = rows(text)
    assert (speaker, cue) == ("Ann Lee", "said")
    assert "So I called a friend from Leeds" in content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was a rout," said one trader. "We panicked," said another.',
         [('"It was a rout,"', "one trader", "said"), ('"We panicked,"', "another", "said")]),
        ('"We panicked," said another dealer.', [('"We panicked,"', "another dealer", "said")]),
        ("The two firms reached a deal on the oilfields, both countries said in a statement.",
         [("The two firms reached a deal on the oilfields", "both countries", "said")]),
        # counter-example: a partitive cut before its relative names nobody
        ("Ann Lee said the firm broke its covenants after losses and writedowns, both of "
         "which were announced in April.",
         [("the firm broke its covenants after losses and writedowns, both of which were "
           "announced in April", "Ann Lee", "said")]),
    ],
)
def test_a_quantity_word_names_a_speaker_after_the_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two frames share one quotation, whose reopened second sentence is still hers
        ('Ann Lee, writing in a blog, said: "I played the game a lot. "By a lot, I mean '
         'twenty hours a week."',
         [('"I played the game a lot. "By a lot, I mean twenty hours a week."', "Ann Lee",
           "said")]),
        # a scare quote is no utterance that ends the content before it
        ('Ann Lee said the plan could let extreme groups run policing, while Tom Hall '
         'criticised "extravagant" Green promises on policing.',
         [("the plan could let extreme groups run policing", "Ann Lee", "said"),
          ('"extravagant" Green promises on policing', "Tom Hall", "criticised")]),
    ],
)
def test_counter_examples_to_quotations_in_turn(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


def test_a_quotation_run_on_without_its_paragraph_break_stays_one_quotation() -> None:
    """'move. "But': the next paragraph of the quotation, its break lost; the mark closes
    nothing, so the text after the quotation is no quotation and its frames are read."""
    text = (
        'Ann Lee added: "We were happy with the plant. "But it shows we can grow." '
        "The new line will open in May. The plant will hire 120 people, said Tom Hall."
    )
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes.quotes] == [
        '"We were happy with the plant. "But it shows we can grow."'
    ]
    assert ("The plant will hire 120 people", "Tom Hall", "said") in rows(text)
    assert (
        '"We were happy with the plant. "But it shows we can grow."', "Ann Lee", "added"
    ) in rows(text)


def test_a_cue_inside_a_run_on_quotation_is_part_of_it() -> None:
    text = (
        'Ann Lee said: "The review is not enough. "There must be an inquiry. Only an inquiry'
        ' could reveal what really happened." Other incidents included a theft in May.'
    )
    assert rows(text) == [
        (
            '"The review is not enough. "There must be an inquiry. Only an inquiry could reveal'
            ' what really happened."',
            "Ann Lee",
            "said",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We won." "We will win again," she said.', ['"We won."', '"We will win again,"']),
        ('He said "we won. " Then he left.', ['"we won. "']),  # no capital after the mark
        ('He called it "a sham. "Not', ['"a sham. "Not']),  # left open to the paragraph end
    ],
)
def test_which_marks_close_a_quotation(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes.quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a cue in the speaker's description reads back to the same quotation
            "\u201cThe new plan will cost far more than anyone has admitted,\u201d said Ann Lee, "
            "a former mayor who supports the governor.",
            [
                ("\u201cThe new plan will cost far more than anyone has admitted,\u201d", "Ann Lee",
                 "said"),
            ],
        ),
        (  # a cue in a clause after the frame reads back to the same quotation
            "\u201cI am only the messenger, folks,\u201d Tom Hall said, as the crowd applauded.",
            [("\u201cI am only the messenger, folks,\u201d", "Tom Hall", "said")],
        ),
        (  # counter-example: a frame before the quotation and one after it both stay
            "The mayor seemed annoyed: \u201cIt is a public notice! Just post it,\u201d she wrote.",
            [
                ("\u201cIt is a public notice! Just post it,\u201d", "The mayor", "seemed"),
                ("\u201cIt is a public notice! Just post it,\u201d", "she", "wrote"),
            ],
        ),
        (  # counter-example: the relative clause's own content stays its candidate
            "\u201cWe will win,\u201d said Ann Lee, who predicted that turnout would fall.",
            [
                ("\u201cWe will win,\u201d", "Ann Lee", "said"),
                ("turnout would fall", "who", "predicted"),
            ],
        ),
    ],
)
def test_a_quotation_has_one_frame_read_back(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """The first frame after a quotation is its frame; a later cue of the same sentence read
    back to that very quotation is in the frame's tail, no second candidate of it."""
    assert candidate_rows(text) == expected


def test_the_quotation_after_a_frame_tail_is_more_of_the_frame() -> None:
    """The quotation after it continues the first frame, not the cue in its tail."""
    text = (
        "\u201cThe new plan will cost far more than anyone has admitted,\u201d said Ann Lee, "
        "a former mayor who supports the governor. \u201cNobody wants to pay for it.\u201d"
    )
    assert rows(text) == [(text, "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (  # a relative clause in the speaker's description has a content of its own
            "\u201cWe will keep the school open,\u201d said Tom Hall, who predicted that the "
            "board would agree. \u201cThe children come first.\u201d",
            "Tom Hall",
            "said",
        ),
        (  # a subordinate clause after the frame
            "\u201cWe will keep the school open for another year,\u201d Tom Hall said, after "
            "Ann Lee warned the board that the budget was short. "
            "\u201cThe children come first.\u201d",
            "Tom Hall",
            "said",
        ),
        (  # counter-example: a second clause after ', but' is a frame of its own
            "\u201cWe will keep the school open for another year,\u201d Tom Hall said, but "
            "Ann Lee argued that the budget was short. \u201cThe children come first.\u201d",
            "Ann Lee",
            "argued",
        ),
        (  # counter-example: after reported speech alone, the quotation continues it
            "Ann Lee warned the board that the budget was short. "
            "\u201cThe children come first.\u201d",
            "Ann Lee",
            "warned",
        ),
    ],
)
def test_the_quotation_after_a_frame_tail_continues_the_frame(
    text: str, speaker: str, cue: str
) -> None:
    """A quotation that follows a sentence whose frame is read back to a quotation is more of
    what that frame's speaker said, not of a frame in its tail (a relative or subordinate
    clause with its own reported speech)."""
    last = rows(text)[-1]
    assert last[0].endswith("\u201cThe children come first.\u201d")
    assert last[1:] == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # reported speech read back from its frame, then a quotation: one statement
            "The council will not raise taxes this year, Ann Lee said. "
            "\u201cWe have enough in the reserve fund to cover the gap.\u201d",
            [
                ("The council will not raise taxes this year, Ann Lee said. "
                 "\u201cWe have enough in the reserve fund to cover the gap.\u201d",
                 "Ann Lee", "said"),
            ],
        ),
        (  # counter-example: after 'X said C' the quotation is a statement of its own
            "Ann Lee said the council will not raise taxes this year. "
            "\u201cWe have enough in the reserve fund to cover the gap.\u201d",
            [
                ("the council will not raise taxes this year", "Ann Lee", "said"),
                ("\u201cWe have enough in the reserve fund to cover the gap.\u201d", "Ann Lee",
                 "said"),
            ],
        ),
        (  # counter-example: a frame longer than both parts still splits them
            "Taxes will stay, said Ann Lee, a former mayor of the town who ran the council "
            "budget office for many years before she retired. \u201cWe have enough.\u201d",
            [
                ("Taxes will stay", "Ann Lee", "said"),
                ("\u201cWe have enough.\u201d", "Ann Lee", "said"),
            ],
        ),
    ],
)
def test_a_quotation_continues_reported_speech_read_back(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'C, X said. "D."' is one statement over both parts, as '"C," X said. "D."' is."""
    assert rows(text) == expected
