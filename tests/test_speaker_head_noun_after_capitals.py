"""A capitalised word opening the sentence before lower-case words that end on a speaker
head noun ('Union leaders', 'Industry analysts', 'Obama administration officials') is part
of that noun phrase: the subject of a participle frame is the whole phrase, not the
capitalised word. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Union leaders walked out, saying the plant is unsafe.", "Union leaders"),
        ("Industry analysts cut their forecasts, saying demand is weak.", "Industry analysts"),
        (
            "Ruritania trade officials cut their forecasts, saying demand is weak.",
            "Ruritania trade officials",
        ),
    ],
)
def test_head_noun_after_capitalised_word(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb after the name: the name alone
        ("Ann Lee walked out, saying the plant is unsafe.", "Ann Lee"),
        # an '-s' verb before a head noun: no modifier
        ("Ann Lee primes supporters, saying the plant is unsafe.", "Ann Lee"),
    ],
)
def test_name_alone_before_a_verb(text: str, speaker: str) -> None:
    assert [r[1] for r in rows(text) if r[2] == "saying"] == [speaker]
