"""Attribution: contents that were cut too early, at a word that ends a short object
(issue 3; invented sentences)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[tuple[str, str | None]]:
    return [(content, cue) for content, _, cue in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a cue learned with the shape "np", then 'that' and a clause: read as a clause
        (
            "The council's records indicate that Ann Lee made that offer.",
            ("Ann Lee made that offer", "indicate"),
        ),
        (
            "The ministry disclosed that it asked for the return of the files in a letter Friday.",
            ("it asked for the return of the files in a letter Friday", "disclosed"),
        ),
        (
            "Tom Hall mentioned that the group could make some calls before the vote.",
            ("the group could make some calls before the vote", "mentioned"),
        ),
    ],
)
def test_that_clause_after_an_np_cue_is_read_past_object_stops(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # counter-examples: the clause still ends at a comma; 'that' as a pronoun is no lead
        (
            "Yet besides worrying that she is out of step, Ann Lee is hemmed in by her record.",
            ("she is out of step", "worrying"),
        ),
        (
            "Tom Hall mentioned the dam in a speech Friday.",
            ("the dam", "mentioned"),
        ),
    ],
)
def test_that_clause_after_an_np_cue_keeps_its_comma_stop(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


def test_that_as_a_pronoun_after_an_np_cue_opens_no_clause() -> None:
    found = contents("Ann Lee hinted at that in a speech Monday.")
    assert all(not content.startswith("in a speech") for content, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a question word after the person asked opens the content, with the words after it
        (
            "Ann Lee then asked Tom Hall which roads specifically he could close.",
            ("which roads specifically he could close", "asked"),
        ),
        (
            "Ann Lee asked Tom Hall which roads the council could close.",
            ("which roads the council could close", "asked"),
        ),
        (
            "Ann Lee asked him when he would close the road.",
            ("when he would close the road", "asked"),
        ),
        # counter-examples: a pronoun clause or 'what' after the object, as before
        ("Ann Lee told reporters she would resign.", ("she would resign", "told")),
        ("Ann Lee asked Tom Hall what the plan would cost.", ("what the plan would cost", "asked")),
    ],
)
def test_question_word_after_the_person_asked_opens_the_content(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


def test_relative_clause_set_off_inside_a_question_does_not_cut_it() -> None:
    found = contents(
        "Ann Lee asked whether the plan, which the council estimates would cost $9 million a "
        "year, would raise taxes."
    )
    assert found == [
        (
            "whether the plan, which the council estimates would cost $9 million a year, "
            "would raise taxes",
            "asked",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # counter-examples: no finite verb after the relative clause, which keeps its row
        (
            "Ann Lee said the plan failed, which Tom Hall said was a disaster.",
            [("the plan failed", "said"), ("was a disaster", "said")],
        ),
        (
            "Ann Lee praised the plan, which Tom Hall said was a disaster, and left.",
            [("the plan", "praised"), ("was a disaster, and left", "said")],
        ),
    ],
)
def test_relative_clause_after_the_content_keeps_its_own_row(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place after 'in', 'on' or 'at' inside the object is no occasion of the frame
        (
            "Tom Hall praised the new school on Main Street in Riverton.",
            ("the new school on Main Street in Riverton", "praised"),
        ),
        (
            "Tom Hall mentioned the workers killed at the plant in Riverton and Easton.",
            ("the workers killed at the plant in Riverton and Easton", "mentioned"),
        ),
        # a year after a comma belongs to the next phrase, not to 'on farming'
        (
            "Ann Lee opposed new taxes and restrictions on farming, in 2009, as mayor.",
            ("new taxes and restrictions on farming", "opposed"),
        ),
        # counter-examples: a time or an occasion after the preposition still ends the object
        ("Ann Lee praised the mayor on Thursday.", ("the mayor", "praised")),
        ("Ann Lee praised the mayor in a speech at the town hall.", ("the mayor", "praised")),
        ("Tom Hall praised the new school at a rally in Riverton.", ("the new school", "praised")),
    ],
)
def test_place_phrase_after_a_preposition_stays_in_the_object(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'during' names a time of the frame, whatever words follow it
        ("Ann Lee praised the crew during the long storm.", ("the crew", "praised")),
        (
            "Ann Lee asked for calm during the flood season in Riverton.",
            ("calm", "asked for"),
        ),
        # counter-example: 'in' before a place stays in the object
        (
            "Ann Lee praised the crew in Riverton.",
            ("the crew in Riverton", "praised"),
        ),
    ],
)
def test_during_ends_a_short_object(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a cue learned with the shape "np", then a question word and a clause
        (
            "Tom Hall mentioned how the council could pay for the dam in 2020.",
            ("how the council could pay for the dam in 2020", "mentioned"),
        ),
        (
            "Tom Hall knew what the results in Riverton would be on Saturday night.",
            ("what the results in Riverton would be on Saturday night", "knew"),
        ),
        # counter-example: a question word and an infinitive is a short object still
        ("Tom Hall mentioned how to fix the dam on Monday.", ("how to fix the dam", "mentioned")),
    ],
)
def test_question_clause_after_an_np_cue_is_read_as_a_clause(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a setting, then an object of the cue, then a quotation: the object opens the content
        (
            "Many readers noted on Facebook the change from the old town motto, "
            "\u201cRiverton First.\u201d",
            ("the change from the old town motto, \u201cRiverton First.\u201d", "noted"),
        ),
        # counter-examples: a setting alone, or with a clause of its own, before the quotation
        ('Ann Lee asked at the rally, "Where is the money?"', ('"Where is the money?"', "asked")),
        (
            'Ann Lee said in the spring, when the story broke, "The dam is safe."',
            ('"The dam is safe."', "said"),
        ),
    ],
)
def test_object_after_a_setting_opens_the_content_before_a_quotation(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'to' and a verb after the cue open an infinitive, no setting before a quotation
        (
            "Ann Lee hoped to republish her old book, ''Riverton Days,'' with a new publisher.",
            ("to republish her old book, ''Riverton Days,'' with a new publisher", "hoped"),
        ),
        # counter-examples: 'to' and the person spoken to is a setting
        ('Ann Lee said to reporters, "The dam is safe."', ('"The dam is safe."', "said")),
        ('Ann Lee said to Tom Hall, "The dam is safe."', ('"The dam is safe."', "said")),
        ('Ann Lee wrote to the council, "The dam is safe."', ('"The dam is safe."', "wrote")),
    ],
)
def test_infinitive_after_a_cue_is_no_setting_before_a_quotation(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'that' and a finite verb after a short object open a relative clause of the object
        (
            "Ann Lee disclosed a cache of files that compelled the council to act.",
            ("a cache of files that compelled the council to act", "disclosed"),
        ),
        (
            "Ann Lee praised the plan that was approved by the board.",
            ("the plan that was approved by the board", "praised"),
        ),
        (  # a present verb with no -s after a plural noun: it agrees with the noun
            "The group praised the rules that protect farmers.",
            ("the rules that protect farmers", "praised"),
        ),
        (
            "The union backed the programs that help workers in need.",
            ("the programs that help workers in need", "backed"),
        ),
        # counter-examples: 'that' and a subject, or a cue in the clause, still end the object
        ("Ann Lee praised the plan that the council passed.", ("the plan", "praised")),
        ("The union backed the talks that week.", ("the talks", "backed")),  # a time
        ("Ann Lee praised the rule that voters like.", ("the rule", "praised")),  # singular
        ("Ann Lee attacked the rules that he said hurt farmers.", ("the rules", "attacked")),
    ],
)
def test_relative_that_with_a_verb_stays_in_a_short_object(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in contents(text)
