"""A cue of showing or voicing before a bare noun of stance and its preposition ('showed
support for C', 'expressed concern about C', 'has shown no interest in C'): the noun and
the preposition name the attitude, and what was said starts after them; before a verb,
'to' stays ('showed little inclination to C'). A possessive or an article keeps the noun
phrase in what was said ('expressed his support for C'). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    return [content for content, _, _ in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee has shown support for the new harbour plan.", "the new harbour plan"),
        ("The union signaled support for a ban on night shifts.", "a ban on night shifts"),
        ("Tom Hall has shown no interest in compensating the farmers.",
         "compensating the farmers"),
        ("The council expressed outrage over the closure of the bridge.",
         "the closure of the bridge"),
        ("Ann Lee showed little inclination to change her views on the harbour.",
         "to change her views on the harbour"),
        ("The mayor expressed strong skepticism about the new budget.", "the new budget"),
        ("The council expressed opposition to closing the bridge.", "closing the bridge"),
        ("Many farmers have expressed misgivings about the new harbour plan.",
         "the new harbour plan"),
        ("Some teachers expressed discomfort with the new timetable.", "the new timetable"),
        ("The mayor has expressed open hostility towards the port authority.",
         "the port authority"),
        ("Ann Lee has shown glimpses of her old form in the debates.",
         "her old form in the debates"),
        ("A little-known group claimed responsibility for the bombing of the depot.",
         "the bombing of the depot"),
        ("The minister was quick to claim credit for the fall in prices.",
         "the fall in prices"),
        ("Last year the gunman swore an oath, claiming allegiance to the rebel army.",
         "the rebel army"),
        ("The mayor highlighted concerns about the water supply.",
         "the water supply"),
    ],
)
def test_a_bare_stance_noun_goes_with_the_cue(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a possessive or an article: the noun phrase is what is reported
        ("The senator expressed his support for the harbour plan.",
         "his support for the harbour plan"),
        ("Ann Lee showed a desire to run again for the council.",
         "a desire to run again for the council"),
        # a noun of no stance after the cue is its object
        ("Tom Hall showed photographs of the flooded streets.",
         "photographs of the flooded streets"),
        # a cue of another class keeps its object
        ("Ann Lee announced support for the harbour plan.", "support for the harbour plan"),
        # a claim noun after a possessive or an article stays too
        ("The group claimed its share of the credit for the harbour plan.",
         "its share of the credit for the harbour plan"),
        ("Tom Hall highlighted the concerns about the water supply.",
         "the concerns about the water supply"),
    ],
)
def test_other_objects_stay_in_the_content(text: str, content: str) -> None:
    assert content in contents(text)
