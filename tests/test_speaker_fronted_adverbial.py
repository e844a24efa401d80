"""A comma part opening the sentence with an adverbial lead (class adverbial_lead: 'once',
'unless', 'throughout', 'therefore') is no subject: the subject of a later frame with none of
its own (a participle: ', saying C') is the next part's noun phrase. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Once she was mayor, Ann Lee made the dam a priority, announcing a new plan.",
            "Ann Lee",
            "announcing",
        ),
        (
            "Unless the bank pays, Ann Lee will sue, saying the loan was unfair.",
            "Ann Lee",
            "saying",
        ),
        (
            "Therefore, farm groups attacked the plan, saying it would fail.",
            "farm groups",
            "saying",
        ),
    ],
)
def test_adverbial_lead_part_is_no_subject(text: str, speaker: str, cue: str) -> None:
    assert speaker in [r[1] for r in rows(text) if r[2] == cue]


def test_noun_phrase_part_still_the_subject() -> None:
    found = rows("In May, farm groups attacked the plan, saying it would fail.")
    assert ("it would fail", "farm groups", "saying") in found
