"""Speed changes of session 21 that must leave every row as it was."""

from __future__ import annotations

from dataclasses import fields, replace

from flows.attribution.mentions import Speaker
from flows.attribution.speakers import _renamed


def test_renamed_equals_dataclass_replace() -> None:
    """The direct construction keeps every field replace would keep (mention, pronoun,
    gender), so a field added to Speaker later is not silently dropped unnoticed."""
    sp = Speaker("she", None, "person", role="engineer", organization=None, pronoun=True,
                 gender="f")
    got = _renamed(sp, "Mira Tolven", "person", "chief engineer", "Harbin Valve Works")
    assert got == replace(sp, name="Mira Tolven", type="person", role="chief engineer",
                          organization="Harbin Valve Works")
    assert [f.name for f in fields(Speaker)] == ["mention", "name", "type", "role",
                                                  "organization", "pronoun", "gender"]
