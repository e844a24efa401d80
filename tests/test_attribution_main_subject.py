"""Attribution: the subject of the main clause, for frames that take it ('..., saying C'):
past a fronted time clause, and the whole name after a determiner (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.content)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a time before the fronted clause's conjunction
            "A day before the visit was announced, Mayor Ann Lee met the council, saying that "
            "the pier would open in May.",
            "Mayor Ann Lee",
        ),
        (
            "Two weeks after the storm, Tom Hall toured the harbour, saying that the quays "
            "were safe.",
            "Tom Hall",
        ),
        (  # a quantity word in the time ('few', 'several')
            "A few hours before the vote, Ann Lee left the council, saying that the pier "
            "would open in May.",
            "Ann Lee",
        ),
        (
            "Several weeks after the storm, Tom Hall toured the harbour, saying that the "
            "quays were safe.",
            "Tom Hall",
        ),
        (  # a name cut by the determiner phrase's length limit runs to its end
            "A spokesman for Harbour Watch International met the council, saying that the "
            "fees would rise.",
            "A spokesman for Harbour Watch International",
        ),
    ],
)
def test_the_main_clause_subject_speaks(text: str, speaker: str) -> None:
    assert [s for s, _ in speakers(text)] == [speaker]


def test_an_adverb_of_time_after_the_subject_is_no_fronted_clause() -> None:
    got = speakers("The harbour board has since closed the pier, saying that the quays were "
                   "unsafe.")
    assert got == [("The harbour board", "the quays were unsafe")]
