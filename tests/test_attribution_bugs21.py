"""Known wrong speaker mentions (session 21), each fixed with counter-examples that must
keep their reading. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize("time", ["the next morning", "the following week", "the same day"])
def test_time_with_its_article_after_an_inverted_speaker_is_cut(time: str) -> None:
    """'"C," said Bo Chan the next morning': the article belongs to the time, not the name
    (the mention was 'Bo Chan the')."""
    text = f'"The pier is shut," said Bo Chan {time}.'
    assert rows(text) == [('"The pier is shut,"', "Bo Chan", "said")]
