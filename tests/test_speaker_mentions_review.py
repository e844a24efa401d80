"""Speakers: an honorific after a title is no part of the role; a republic or academy of a
place is one name, not a person of an organisation (invented mentions)."""

from __future__ import annotations

import pytest

from flows.attribution.lexicon import load_lexicon
from flows.attribution.speakers import describe_speaker


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("the spokesman Mr Lee", "Lee", "spokesman"),
        ("spokeswoman Mrs Hall", "Hall", "spokeswoman"),
        ("Mr Lee", "Lee", None),
        ("Acme's Mr Lee", "Lee", None),  # the possessive is still the organisation
    ],
)
def test_an_honorific_is_no_part_of_the_role(mention: str, name: str, role: str | None) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.role) == (name, role)
    assert sp.organization == ("Acme" if mention.startswith("Acme") else None)


@pytest.mark.parametrize(
    "mention",
    ["People's Republic of Riverland", "Democratic Republic of Riverland",
     "Riverland Academy of Sciences", "United States of Riverland"],
)
def test_a_state_or_academy_of_a_place_is_no_person_of_an_organisation(mention: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.organization) == (mention, None)


def test_a_person_of_an_organisation_is_still_split() -> None:
    sp = describe_speaker("Ann Lee of Riverland Tools", None, load_lexicon())
    assert (sp.name, sp.organization) == ("Ann Lee", "Riverland Tools")
