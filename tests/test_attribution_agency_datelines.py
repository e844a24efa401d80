"""A wire dateline with its agency in brackets and a dash ('RIVERTON, Nov. 13 (Wirenews) --
X ...') opens a sentence: a participle's subject is the main clause's after it, not the
city. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mention_cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a participle's subject is the main clause's, after the dateline and its agency
        ("RIVERTON, Nov. 13 (Wirenews) -- Acme chief Ann Lee voiced her joy, urging more "
         "trade in the region.", [("Acme chief Ann Lee", "urging")]),
        ("RIVERTON, Ohio, Nov. 13 (Wirenews) -- As the season ended, Acme chief Ann Lee "
         "voiced her joy, urging more trade.", [("Acme chief Ann Lee", "urging")]),
        # no agency and dash: the sentence opens with its subject
        ("Ann Lee (Acme) -- the chief -- voiced her joy, urging more trade.",
         [("Ann Lee", "urging")]),
    ],
)
def test_a_participle_subject_after_an_agency_dateline(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_cues(text) == expected
