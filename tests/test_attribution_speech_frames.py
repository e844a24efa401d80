"""Attribution: speech frames in shapes the readers used to refuse (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare participle then 'that': the main clause's subject said the clause
            "Noting that the plant had closed twice, the mayor asked for a review.",
            ("that the plant had closed twice", "the mayor", "Noting"),
        ),
        (  # the main clause has a frame of its own: both are the speaker's
            "Acknowledging that the budget was tight, Ann Lee said the town would manage.",
            ("that the budget was tight", "Ann Lee", "Acknowledging"),
        ),
        (  # a connector before the participle
            "But insisting that nothing had changed, the company raised its prices.",
            ("that nothing had changed", "the company", "insisting"),
        ),
        (  # a pronoun that is only ever a subject opens the clause too
            "Noting he had studied law, Ann Lee said the ruling was wrong.",
            ("he had studied law", "Ann Lee", "Noting"),
        ),
    ],
)
def test_bare_fronted_participle_with_a_clause_takes_the_main_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no 'that': a setting of the main clause's speech, not something said
        ("Speaking to reporters on Monday, the mayor left the hall.", "Speaking"),
        # 'that' is a determiner: no clause of two words follows it
        ("Recalling that night, Ann Lee wept.", "Recalling"),
        # 'it' may be an object: no clause is read after it
        ("Calling it a disgrace, the mayor left the hall.", "Calling"),
        # the participle does not open the sentence
        ("The mayor left the hall, noting that the plant had closed twice.", "noting"),
    ],
)
def test_bare_fronted_participle_without_a_clause_is_no_fronted_frame(
    text: str, cue: str
) -> None:
    assert not any(r[2] == cue and r[1] != "The mayor" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a passive after 'and is': no second verb of the subject's
        ("The body will review bids and is expected to oversee six projects.", "expected"),
        # a passive after 'and has been': no one's words
        ("The dam, which has long leaked and has been called unsafe, was closed.", "called"),
        # a comma clause before the auxiliary, with no coordinator
        ("In the town where the dam stands, has warned that it may fail.", "warned"),
    ],
)
def test_auxiliary_without_a_coordinator_reads_no_second_verb(text: str, cue: str) -> None:
    assert not any(r[2] == cue for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 'can be heard' before a participle cue: the subject is the speaker
            "Ann Lee can be heard telling the guards that her brother was unarmed.",
            ("her brother was unarmed", "Ann Lee", "telling"),
        ),
        (  # 'was heard'; a question
            "A guard was heard asking the driver whether he had a permit.",
            ("whether he had a permit", "A guard", "asking"),
        ),
        (  # a quotation that opens the sentence right before the subject is what was asked
            '"Is there a permit for this?" a guard can be heard asking the driver at the gate.',
            ('"Is there a permit for this?"', "a guard", "asking"),
        ),
        (  # 'could be seen', after a fronted setting
            "In the video, the mayor could be seen shouting that the vote was rigged.",
            ("the vote was rigged", "the mayor", "shouting"),
        ),
    ],
)
def test_participle_cue_heard_or_seen_is_the_subjects(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no auxiliary before 'heard': an active verb whose object is the one speaking
        ("Ann Lee heard the guards saying that the dam would fail.", "saying"),
        # a participle that is no cue
        ("The old song can be heard playing in the background.", "playing"),
    ],
)
def test_no_perceived_speaker_without_a_passive_before_the_cue(text: str, cue: str) -> None:
    assert not any(r[2] == cue and r[1] in ("Ann Lee", "The old song") for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ', before' a participle after a frame: that frame's speaker goes on
            '"We will not close the plant," the mayor said, before suggesting that the '
            "council should pay for repairs.",
            [
                ('"We will not close the plant,"', "the mayor", "said"),
                ("the council should pay for repairs", "the mayor", "suggesting"),
            ],
        ),
        (  # ', while': the content before ends at the comma
            "The board has vowed to cut costs, while acknowledging that this will be hard.",
            [
                ("to cut costs", "The board", "vowed"),
                ("this will be hard", "The board", "acknowledging"),
            ],
        ),
        (  # the comma inside a quotation's closing mark: '"C," before noting'
            'Ann Lee said the plan was "very troubling," before noting that the mayor '
            "is a good person.",
            [
                ('the plan was "very troubling,"', "Ann Lee", "said"),
                ("the mayor is a good person", "Ann Lee", "noting"),
            ],
        ),
        (  # counter-example: no cue after the preposition, the content goes on
            'Ann Lee said the plan was "very troubling," before leaving the hall.',
            [('the plan was "very troubling," before leaving the hall', "Ann Lee", "said")],
        ),
    ],
)
def test_participle_after_a_comma_and_a_preposition_goes_on_with_the_frame(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no frame before the participle: no speaker read from the clause
        ("The engineer left early, after praising the ferry crew, and the mayor stayed.",
         "praising"),
        # a preposition that is no adjunct one
        ("The mayor said the plant would close, without saying when it would.", "saying"),
    ],
)
def test_participle_after_a_preposition_without_a_frame_before_is_not_read(
    text: str, cue: str
) -> None:
    assert not any(r[2] == cue for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative pronoun with a contracted auxiliary after a clause: the pronoun speaks
            "The mayor must now convince the delegates who\u2019ve already said they back "
            "Ann Lee to switch.",
            ("they back Ann Lee to switch", "who", "said"),
        ),
        (  # "who'd" after a noun that follows a verb
            "The mayor met the delegates who'd said they back Ann Lee.",
            ("they back Ann Lee", "who", "said"),
        ),
    ],
)
def test_contracted_relative_pronoun_is_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_relative_pronoun_with_contracted_is_is_no_speaker() -> None:
    # "who's said to be": a passive, not what the delegates said
    found = rows("Ann Lee met the delegates who\u2019s said to be the best.")
    assert not any(r[1] == "who" for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a connector set off by commas after the fronted clause: the subject follows
            "After saying the dam was unsafe, however, the engineer left the meeting early.",
            ("the dam was unsafe", "the engineer", "saying"),
        ),
        (  # after a quotation closed on the clause's comma
            'Acknowledging that the mayor "says a lot of silly things," though, Ann Lee did '
            "suggest that the plan had merit.",
            ('that the mayor "says a lot of silly things,"', "Ann Lee", "Acknowledging"),
        ),
    ],
)
def test_fronted_participle_subject_after_a_connector_aside(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_fronted_participle_subject_is_not_a_connector() -> None:
    # a noun phrase, not only connectors, between the commas: that is the subject
    found = rows("After praising the crew, the mayor, however, left the pier.")
    assert ("the crew", "the mayor", "praising") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an active verb of perception: its object is who speaks in the participle
            "Ann Lee heard the guards saying that the dam would fail.",
            ("the dam would fail", "the guards", "saying"),
        ),
        (
            "The mayor saw two of the workers shouting that the plant would close.",
            ("the plant would close", "two of the workers", "shouting"),
        ),
        (  # a comma after the object: the participle is the subject's again
            "Ann Lee heard the news, saying that the dam would fail.",
            ("the dam would fail", "Ann Lee", "saying"),
        ),
    ],
)
def test_participle_after_a_perceived_object_is_the_objects(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)
