"""bench/learn_cues.py: a learned cue's other inflections join the lexicon when they occur."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import POLNEAR_DEV, REPO, need

sys.path.insert(0, str(REPO / "bench"))
from learn_cues import learn, normalise_cue, verb_family  # noqa: E402


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("denounced", {"denounce", "denounces", "denouncing"}),
        ("calls for", {"call for", "called for", "calling for"}),
        ("criticizing", {"criticize", "criticizes", "criticized"}),
        ("applied", {"apply", "applies", "applying"}),
        ("tweeted", {"tweet", "tweets", "tweeting"}),
    ],
)
def test_verb_family_has_the_other_inflections(form: str, expected: set[str]) -> None:
    assert expected <= set(verb_family(form))


@pytest.mark.parametrize(
    ("form", "wrong"),
    [
        ("sees", {"seed", "seing"}),  # 'see': an irregular past, a base ending in 'ee'
        ("sees", {"sing", "sed"}),  # '-es' is an ending only after a sibilant: no base 'se'
        ("tells", {"telled"}),
    ],
)
def test_verb_family_guesses_no_false_inflection(form: str, wrong: set[str]) -> None:
    assert not wrong & set(verb_family(form))


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("sees", {"seeing"}),
        ("agrees", {"agree", "agreed", "agreeing"}),
        ("pushes", {"push", "pushed", "pushing"}),
        ("thinking about", {"think about", "thinks about"}),
    ],
)
def test_verb_family_keeps_the_regular_forms(form: str, expected: set[str]) -> None:
    assert expected <= set(verb_family(form))


@pytest.mark.parametrize("form", ["said", "according to", "news", "plan"])
def test_no_family_without_an_inflection(form: str) -> None:
    assert verb_family(form) == ()


def _doc(text: str, cues: list[str]) -> dict:
    statements = []
    for cue in cues:
        at = text.index(cue)
        statements.append({"cue": cue, "content": "the dam is safe", "start": at, "end": at})
    return {"doc_id": str(hash(text)), "text": text, "statements": statements}


def test_an_attested_inflection_of_a_learned_cue_is_learned() -> None:
    docs = [_doc(f"Ann Lee denounced the plan number {i}.", ["denounced"]) for i in range(4)]
    docs.append(_doc("Bob Smith denounces the dam.", []))  # seen once, never annotated
    forms = {row[0]: row for row in learn(docs)}
    assert "denounced" in forms
    assert "denounces" in forms and forms["denounces"][3] == 0  # no annotated cue of its own
    assert "denouncing" not in forms  # never occurs in the texts: not guessed into the lexicon


def test_an_inflection_that_is_rarely_a_cue_is_not_learned() -> None:
    docs = [_doc(f"Ann Lee denounced the plan number {i}.", ["denounced"]) for i in range(4)]
    docs += [_doc(f"The denounces list {i}.", []) for i in range(6)]  # often, never a cue
    assert "denounces" not in {row[0] for row in learn(docs)}


def test_the_committed_lexicon_is_what_the_documented_command_writes(tmp_path: Path) -> None:
    """README: the learned lexicon is rebuilt by bench/learn_cues.py on the dev gold. The file
    in the repo must be that command's output, byte for byte (it was not: five forms were
    missing after a change to the script)."""
    out = tmp_path / "learned_cues.tsv"
    subprocess.run([sys.executable, str(REPO / "bench" / "learn_cues.py"),
                    str(need(POLNEAR_DEV)), "--out", str(out)], check=True,
                   capture_output=True)
    committed = REPO / "flows" / "attribution" / "data" / "learned_cues.tsv"
    assert out.read_bytes() == committed.read_bytes()


def test_a_form_opening_with_a_listed_word_is_not_learned() -> None:
    """data/not_cues.tsv: 'enjoy' (an attitude, no act of saying) and 'the outlook' (a span
    that lost its verb) were learned from two annotated cues in three occurrences."""
    docs = [_doc(f"They enjoy the show number {i}.", ["enjoy"]) for i in range(2)]
    docs += [_doc(f"The outlook for dam {i} is bleak.", ["The outlook"]) for i in range(2)]
    docs.append(_doc("They enjoy the rain.", []))
    forms = {row[0] for row in learn(docs)}
    assert "enjoy" not in forms and "the outlook" not in forms


def test_a_rare_speech_verb_with_the_same_counts_is_learned() -> None:
    """Counter-example: the counts that let 'enjoy' through still teach a verb of saying."""
    docs = [_doc(f"They quipped the dam number {i} is safe.", ["quipped"]) for i in range(2)]
    docs.append(_doc("They quipped once more.", []))
    assert "quipped" in {row[0] for row in learn(docs)}


def test_a_long_hand_form_is_counted_whole() -> None:
    """An annotated cue longer than two words is cut to its verb ('went off script to comment
    on' -> 'comment on'), unless it is a form of the hand list: 'has made it clear' counted as
    'made' left the hand form 'made it clear' at 0 cues in 6 uses, and the lexicon dropped it."""
    assert normalise_cue("has made it clear", frozenset({"made it clear"})) == "made it clear"
    assert normalise_cue("has made it clear") == "made"
    assert normalise_cue("went off script to comment on", frozenset({"made it clear"})) == (
        "comment on"
    )
