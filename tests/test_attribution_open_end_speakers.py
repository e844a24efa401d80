"""A speaker mention that ends on an article, a coordinator or a preposition (classes
open_end and dangling_preposition) is no noun phrase: cut before its first verb, or, when
it opens on a lower-case word that is no determiner, pronoun or quantifier, no speaker at
all (wire copy, issue 3). Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import candidate_rows


def _mentions(text: str) -> list[str | None]:
    return [m for _, m, _ in candidate_rows(text)]


def test_verb_before_coordinator_is_cut() -> None:
    """'he laughed and said': the words before the first verb name the speaker."""
    assert _mentions('"We will see," he laughed and said.') == ["he"]


def test_verb_before_article_is_cut() -> None:
    """'X spoke ... and delivered a critique of C': X, not the whole clause."""
    assert _mentions(
        "Ann Lee spoke at the council in Riverton and delivered a critique of the plan."
    ) == ["Ann Lee"]


def test_phrase_cut_before_its_noun_names_no_one() -> None:
    """'out of the need to maintain C', 'driven up by a welter of worries about C': a
    lower-case phrase that ends before its noun is no speaker."""
    assert _mentions("Officials, out of the need to maintain order, closed the pier.") == [None]
    assert _mentions("The dam, driven up by a welter of worries about floods, cost more.") == [
        None
    ]


def test_noun_phrases_keep_their_speaker() -> None:
    """Counter-examples: a noun phrase with a preposition inside, a passive agent before
    'as', a name before a coordinated verb, and a determiner or a quantifier first."""
    assert _mentions("The mayor of the town said the plan would fail.") == [
        "The mayor of the town"
    ]
    assert _mentions("The plan was hailed by experts as a turning point.") == ["experts"]
    # (the topic of 'Asked about' is an unnamed statement of its own, first)
    assert _mentions("Asked about the dam, Tom Hall laughed and said it would hold.") == [
        None,
        "Tom Hall",
    ]
    assert _mentions("Some of the board members, many of whom say the plan is late, left.") == [
        "many of"
    ]
