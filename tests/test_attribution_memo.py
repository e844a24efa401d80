"""describe_speaker keeps a memo of the mentions it has read; the memo must answer exactly
what reading the mention afresh answers, for every argument and lexicon."""

from __future__ import annotations

import pytest

from flows.attribution import mentions
from flows.attribution.lexicon import load_lexicon
from flows.attribution.mentions import describe_speaker

CASES = [  # (mention, description, antecedent): invented
    ("Ann Lee", None, None),
    ("Ann Lee", "mayor of Dalton", None),  # the description changes the role
    ("who", None, "Bo Chan"),
    ("who", None, "the Dalton Water Board"),  # the antecedent changes the type
    ("who", None, None),
    ("she", None, None),
    ("officials", "spokesmen for Acme Corp", None),
]


@pytest.mark.parametrize("learned", [True, False])
def test_memo_answers_what_a_fresh_reading_answers(learned: bool) -> None:
    lex = load_lexicon(learned=learned)
    fresh = [mentions._read_mention(m, d, lex, a) for m, d, a in CASES]
    first = [describe_speaker(m, d, lex, a) for m, d, a in CASES]
    again = [describe_speaker(m, d, lex, a) for m, d, a in reversed(CASES)][::-1]
    assert first == fresh
    assert again == fresh


def test_arguments_that_differ_get_their_own_answer() -> None:
    lex = load_lexicon()
    plain = describe_speaker("Ann Lee", None, lex)
    described = describe_speaker("Ann Lee", "mayor of Dalton", lex)
    assert plain.role is None and described.role == "mayor"
    person = describe_speaker("who", None, lex, "Bo Chan")
    board = describe_speaker("who", None, lex, "the Dalton Water Board")
    assert (person.type, board.type) == ("person", "organization")


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "MAX_REMEMBERED", 3)
    lex = load_lexicon()
    for i in range(10):
        describe_speaker(f"Ann Lee{i}", None, lex)
    assert sum(len(memo) for _, memo in mentions._DESCRIBED.values()) <= 4
