"""A main verb right after a restrictive relative clause whose own verb is a cue: 'Farmers who
praised the plan warned that C'. The relative clause ends before the main verb ('the plan' is
what they praised), and the main verb's frame is the noun phrase's ('Farmers' warned C), not
a statement nested in the relative clause's content. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers who praised the plan warned that prices may fall.",
            ("prices may fall", "Farmers", "warned"),
        ),
        (
            "Neighbours who know the family say he was unable to pay.",
            ("he was unable to pay", "Neighbours", "say"),
        ),
    ],
)
def test_main_verb_after_relative_clause_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in candidate_rows(text)


def test_relative_clause_content_ends_before_the_main_verb() -> None:
    found = candidate_rows("Farmers who praised the plan warned that prices may fall.")
    assert ("the plan", "who", "praised") in found
    assert not any("warned" in content for content, _, _ in found)


def test_one_word_object_of_the_relative_clause_reports_nothing() -> None:
    """'People who know him say C': 'know him' is no statement; 'say C' is the people's."""
    found = rows("People who know him say the minister was unable to pay.")
    assert found == [("the minister was unable to pay", "People", "say")]


def test_object_cue_with_only_its_object_after_the_relative_gives_no_row() -> None:
    """'An aide who asked for anonymity told the radio station.': 'told' says nothing here,
    and 'asked for' no longer runs on into it."""
    found = candidate_rows("An aide who asked for anonymity told the radio station on Monday.")
    assert not any("told" in content for content, _, _ in found)
    assert not any(cue == "told" for _, _, cue in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a passive verb of a clause inside the relative clause: no main verb
        (
            "The only people who know the results before they are revealed will be the judges.",
            "revealed",
        ),
        # an infinitive: no main verb either
        ("Farmers who asked the mayor to reveal the plan were angry.", "reveal"),
        # 'who' after a preposition opens a question, not a relative clause
        ("The talks stalled over who backed the dam the mayor said would leak.", "said"),
    ],
)
def test_no_main_verb_read_where_none_is(text: str, absent: str) -> None:
    found = candidate_rows(text)
    assert not any(
        cue == absent and speaker not in (None, "the mayor") for _, speaker, cue in found
    ), found


def test_comma_relative_unchanged() -> None:
    """After a comma the relative clause was already cut; the reading is the same."""
    found = candidate_rows("Ann Lee, who praised the plan, warned that prices may fall.")
    assert ("prices may fall", "Ann Lee", "warned") in found
    assert ("the plan", "who", "praised") in found
