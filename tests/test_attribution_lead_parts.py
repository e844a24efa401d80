"""Lead parts (flows/attribution/leads.py): a comma part that opens a sentence before its
subject (a dateline, an adverbial, a place) is not the speaker. Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speaker(text: str) -> tuple[str | None, str | None, str | None]:
    """(mention, role, organisation) of the one statement of ``text``."""
    article = Article.from_text(text)
    (statement,) = attribute_statements(article, segment_sentences(article))
    return statement.speaker_mention, statement.speaker_role, statement.speaker_organization


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a dateline: the city in capitals, a state, a date, an agency, then a dash
        ("DALLAS, Texas, March 4 - Acme Tool Corp said its profits would fall.", "Acme Tool Corp"),
        ("RIVERTON, June 10 (UPI) \u2014 Ann Lee told a crowd the plan would fail.", "Ann Lee"),
        ("RIVERTON, N.C.\u2014Ann Lee said on Monday that the plan would fail.", "Ann Lee"),
        # a place or an adverbial before a name that stands alone in its part
        ("Yesterday in Ohio, Ann Lee, a rival, said the plan would fail.", "Ann Lee"),
        (
            "During a town meeting in Riverton, Iowa, Ann Lee told reporters the plan would fail.",
            "Ann Lee",
        ),
        ("Moreover, Ann Lee said the plan would fail.", "Ann Lee"),
        ("Shortly afterward, Ann Lee said the plan would fail.", "Ann Lee"),
        ("Inside the town hall, Ann Lee argued that the plan would fail.", "Ann Lee"),
        # a part opening with a preposition or sentence adverb gives way to any subject
        (
            "Throughout the race, Ann Lee and her aide Bo Chan argued that the plan would fail.",
            "Ann Lee and her aide Bo Chan",
        ),
        ("Therefore, Riverton sources believe the plan will fail.", "Riverton sources"),
        # a purpose infinitive or a 'to' phrase is no subject
        ("To keep her promise, Lee twice told the board the plan would fail.", "Lee"),
        ("To keep her promise, Lee twice asked the board to close the pier.", "Lee"),
        ("To date, Ann Lee has argued that the plan would fail.", "Ann Lee"),
    ],
)
def test_lead_part_is_no_speaker(text: str, mention: str) -> None:
    assert speaker(text)[0] == mention


def test_dateline_keeps_the_appositive() -> None:
    assert speaker(
        "RIVERTON, March 4 - Acme Tool Corp, a unit of Bolt Holdings Inc, said sales fell."
    ) == ("Acme Tool Corp", "unit", "Bolt Holdings Inc")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the first part heads the subject: a description the name then gives
        ("The mayor, Ann Lee, said the plan would fail.", "Ann Lee"),
        # a name with its place: the state is no speaker
        ("Ann Lee of Riverton, Texas, said the plan would fail.", "Ann Lee of Riverton"),
        # appositives that are no bare name: a party tag, a title, a suffix
        ("Ann Lee, R-Ohio, said the plan would fail.", "Ann Lee"),
        ("Ann Lee, Acme Chairman, said the plan would fail.", "Ann Lee"),
        ("Tom Hall, Jr., said the plan would fail.", "Tom Hall"),
        # a list of names: the first stays
        ("Ann Lee, Tom Hall and Bo Chan said the plan would fail.", "Ann Lee"),
        # a name that opens with such a word is no adverbial
        ("Overall Tool Corp, a toolmaker, said its profits would fall.", "Overall Tool Corp"),
        # a 'to' phrase after the subject is no lead part
        ("Ann Lee, to her credit, said the plan would fail.", "Ann Lee"),
        ("Once the pier closed, Ann Lee said the plan would fail.", "Ann Lee"),
        # a name in capitals without a dash after it is no dateline
        ("ACME, the toolmaker, said its profits would fall.", "ACME"),
    ],
)
def test_subject_part_stays(text: str, mention: str) -> None:
    assert speaker(text)[0] == mention
