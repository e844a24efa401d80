"""A participle set off by commas between a subject and its main verb ('The union, citing
safety concerns, said C'): the comma before the main verb ends what the participle cites,
and the main verb's frame is read, however short the aside. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


@pytest.mark.parametrize(
    ("text", "aside", "main"),
    [
        (
            "The union, citing safety concerns, said the plant would close.",
            ("safety concerns", "The union", "citing"),
            ("the plant would close", "The union", "said"),
        ),
        (
            "The paper, quoting official sources, said the talks would resume.",
            ("official sources", "The paper", "quoting"),
            ("the talks would resume", "The paper", "said"),
        ),
    ],
)
def test_main_verb_after_participle_aside(
    text: str, aside: tuple[str, str, str], main: tuple[str, str, str]
) -> None:
    found = candidate_rows(text)
    assert aside in found
    assert main in found


def test_aside_content_ends_before_a_main_verb_that_is_no_cue() -> None:
    found = candidate_rows("Both houses of the assembly, citing budget limits, passed new bills.")
    assert ("budget limits", "Both houses", "citing") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a clause the participle reads on as before: a lower-case word after its
        # comma that is no verb
        (
            "The union left the talks, citing safety concerns, poor pay and long hours.",
            ("safety concerns, poor pay and long hours", "The union", "citing"),
        ),
        # a participle after the main clause keeps its whole clause
        (
            "The union said the plant would close, citing safety concerns.",
            ("safety concerns", "The union", "citing"),
        ),
    ],
)
def test_other_participles_unchanged(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in candidate_rows(text)
