"""Attribution: frames the readers used to refuse, and rows that are no statement
(invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the main clause's subject is the participle's speaker
            "After saying the dam was unsafe, the engineer left the meeting early.",
            ("the dam was unsafe", "the engineer", "saying"),
        ),
        (  # a relative clause after the adverbial is passed over
            "After praising the ferry crew, which had worked all night, Ann Lee left the pier.",
            ("the ferry crew", "Ann Lee", "praising"),
        ),
        (  # a connector before the preposition; a clause opened by 'that'
            "But in arguing that the levy was too low, the council opened a new fight.",
            ("that the levy was too low", "the council", "arguing"),
        ),
        (  # the subject stops before a reporting verb read into it
            "While announcing the new levy on Monday, the board said it would review the budget.",
            ("the new levy on Monday", "the board", "announcing"),
        ),
        (  # a main clause that ends the sentence: its verb is not part of the subject
            "Before announcing the levy on Monday, the mayor met farmers.",
            ("the levy on Monday", "the mayor", "announcing"),
        ),
    ],
)
def test_fronted_participle_clause_takes_the_main_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # a setting, not something said: the clause opens with a preposition
        "After testifying before the committee, the engineer left the meeting early.",
        # the participle clause does not open the sentence: 'the mayor' is not its subject
        "The engineer left early, after praising the ferry crew, and the mayor stayed.",
        # no main clause follows the adverbial
        "In arguing that the levy was too low.",
    ],
)
def test_no_fronted_participle_frame(text: str) -> None:
    assert not any(r[2] in ("testifying", "praising", "arguing") and r[1] for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the agent of the passive asked the question
            "When asked by reporters whether the dam would hold, Ann Lee said it would.",
            ("whether the dam would hold", "reporters", "asked"),
        ),
        (  # at the start of the sentence; a time adverbial is not part of the asker
            "Asked by a council member on Monday about the levy, the mayor smiled.",
            ("about the levy", "a council member", "Asked"),
        ),
    ],
)
def test_fronted_passive_question_is_the_agents(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [  # a passive cue that asks nothing: the agent's words are no question
        "Backed by voters who wanted lower taxes, the mayor cut the levy.",
        "Criticized by residents when the plan failed, the mayor resigned.",
        "Praised by critics for her honesty about the budget, Ann Lee won the seat.",
    ],
)
def test_fronted_passive_of_a_verb_that_asks_nothing_is_no_question(text: str) -> None:
    assert not any(r[2] and r[2].lower() in ("backed", "criticized", "praised") for r in rows(text))


def test_fronted_participle_after_without_reports_nothing() -> None:
    # 'without saying' negates the cue: nothing was said
    assert rows("Without saying a word, the mayor left the hall.") == []


def test_passive_question_after_a_subject_is_no_fronted_clause() -> None:
    # 'asked by' after its subject: no question is read from the agent onwards
    text = "The mayor was asked by reporters whether the dam would hold, and she nodded."
    assert not any(r[1] == "reporters" and r[0].startswith("whether") for r in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee showed up at the rally on Monday.",  # intransitive: a prepositional phrase
        "The county backed down.",  # nothing after the particle
        "The council called off the vote on the dam.",  # transitive: still another sense
    ],
)
def test_phrasal_verb_of_a_cue_is_no_frame(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the particle right before a clause: the clause is what was reported
            "Ann Lee reported back that the dam would hold.",
            ("that the dam would hold", "Ann Lee", "reported"),
        ),
        (  # an adverbial before the clause is left to the content reader
            "Ann Lee said back in May that the dam would hold.",
            ("back in May that the dam would hold", "Ann Lee", "said"),
        ),
        (  # a quantity, not a particle
            "Ann Lee said up to ten families had left the valley.",
            ("up to ten families had left the valley", "Ann Lee", "said"),
        ),
        (  # an adverbial phrase opened by the particle
            "Ann Lee said off the record the dam would not hold.",
            ("off the record the dam would not hold", "Ann Lee", "said"),
        ),
        (
            "Ann Lee said up until now the dam had held.",
            ("up until now the dam had held", "Ann Lee", "said"),
        ),
        (  # the lexicon's own forms with a particle are read as before
            "Ann Lee pointed out that the dam was old.",
            ("the dam was old", "Ann Lee", "pointed out"),
        ),
    ],
)
def test_particle_before_a_clause_or_a_quantity_keeps_the_frame(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Lee family watched the show on the ferry every night.",  # 'show' after 'the'
        "Ann Lee's claim gives the county a reason to build the dam.",  # possessive, no clause
        "The board raised its estimate of the harvest to ten tonnes.",
        # 'each' as a determiner: at the start of a sentence, after a preposition
        "Each preferred share converts into two common shares.",
        "The firm pays two shares for each preferred share.",
        # a determiner and an '-ly' adverb before the cue: an adjective in a noun phrase
        "The mayor made a politically charged visit to the dam on Monday.",
        "The board gave details of the previously announced sale of the ferry line.",
    ],
)
def test_cue_word_used_as_a_noun_without_a_clause_is_no_frame(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun with its clause reports something (after 'that', after a colon)
        ("Ann Lee's claim that the dam was unsafe drew a swift reply.", ("Ann Lee's", "claim")),
        ('Then came her warning: "The dam is unsafe."', ("came her", "warning")),
        # a possessive name before a past form is a subject, not a noun's owner
        ("Moody's said the county's debt would rise.", ("Moody's", "said")),
        # a contracted verb is no possessive
        ("He's claiming the county will win the case.", ("He's", "claiming")),
        # an '-ly' adverb after a subject is no adjective; nor is an '-ly' noun one
        ("The mayor quickly said the dam would hold.", ("The mayor", "said")),
        ("The family said the dam would hold.", ("The family", "said")),
    ],
)
def test_noun_cue_with_a_clause_or_a_verb_after_a_name_keeps_the_frame(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(r[1], r[2]) for r in rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'each' after its noun phrase and before a verb is a pronoun, not a determiner
        ("The ministers each said they would resign.", ("they would resign", "said")),
        # a possessive name before an -s form and a determiner or pronoun: the verb
        (
            "Moody's says the outlook for the county is stable.",
            ("the outlook for the county is stable", "says"),
        ),
        ("Sainsbury\u2019s warns it will raise prices.", ("it will raise prices", "warns")),
    ],
)
def test_cue_after_each_or_a_name_with_s_is_a_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(r[0], r[2]) for r in rows(text)]


def test_possessive_before_a_plural_noun_is_still_a_noun() -> None:
    assert rows("Ann Lee's claims about the dam were false.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative pronoun right after its noun is the subject (no comma before it)
        (
            "Lee did best with voters who say the dam is unsafe.",
            ("the dam is unsafe", "who", "say"),
        ),
        (
            "These are the council members who have backed the plan to build the dam.",
            ("the plan to build the dam", "who", "backed"),
        ),
    ],
)
def test_restrictive_relative_pronoun_is_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


def test_subject_that_is_a_noun_phrase_keeps_it_over_a_relative() -> None:
    # a subject the reader already takes stays as it is
    text = "The engineers who built the dam said the spillway was too small."
    assert ("the spillway was too small", "The engineers", "said") in rows(text)
