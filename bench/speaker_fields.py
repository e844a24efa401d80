"""Count suspicious speaker fields in a run's statements table (counts only, never text).

    .venv/bin/python bench/speaker_fields.py OUTPUT_DIR/latest

Reads ``statements.parquet`` of a release folder and prints, per check, how many statement
rows and how many distinct (name, type, role, organisation) speakers fail it. The checks are
deliberately independent of the attribution lexicon (their word lists live here), so a fix
in the lexicon cannot also move the yardstick:

* a role or organisation that opens with a function word (preposition, conjunction, adverb,
  pronoun) or a participle with its complement ("speaking at"), has a finite verb, runs past
  eight words, or is only an honorific;
* an organisation that ends in a lower-case common word ("arms scandal", "meat inspection");
* a relative or second-person pronoun as a name; a plural common noun, an organisation
  (a head word like "Corp", a possessive like "X's", a one-word acronym) typed person; a name
  opening with a function word; a role on a statement with no speaker.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


FUNCTION_WORDS = _word_set(
    """in on at of for with by from to since after before during about as into than through
    under over against among between without within upon via per and but or nor so yet
    however also still previously then now there here today yesterday when while although
    though because if unless whether who which that whom whose this these those it they he
    she we i you me us them him her its their our my your are is was were be been being has
    have had will would could should may might must can not no than such both either
    neither even just only already again later earlier recently currently meanwhile
    instead too very more most less least all some any each every other another many
    much few several what where why how"""
)
FINITE_VERBS = _word_set(
    "is are was were has have had said says say told tells will would could should did does do"
)
QUANTIFIERS = _word_set("some many most other another both several all few each one two")
HONORIFICS = _word_set("mr mrs ms miss mr. mrs. ms. sir dame")
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves", "one"})
ORG_WORDS = _word_set(
    """corp corp. corporation inc inc. ltd ltd. co co. plc bank group agency ministry
    department company association institute council commission exchange board committee
    union party service services bureau fund reuters"""
)
HEAD_BREAKS = _word_set("of for at with in from")
RE_ACRONYM = re.compile(r"[A-Z][A-Z&.-]*[A-Z]\.?")
RE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
Row = tuple[str | None, str, str | None, str | None]


def _words(text: str | None) -> list[str]:
    return RE_WORD.findall(text or "")


def _opens_badly(text: str | None, *, quantified: bool = False) -> bool:
    """The first word is a function word ("US" in capitals is no "us"); with ``quantified``
    a quantifier before a noun is fine ("some analysts", "many delegates")."""
    words = _words(text)
    if not words or words[0].isupper() and len(words[0]) > 1:
        return False
    first = words[0].lower()
    if quantified and first in QUANTIFIERS and len(words) > 1:
        return False
    return first in FUNCTION_WORDS


def _verb_form(text: str | None) -> bool:
    """A finite verb anywhere, or a lower-case participle that opens the phrase alone or
    before a function word ("speaking at", "received in"; not "banking commissioner")."""
    words = _words(text)
    if any(w.lower() in FINITE_VERBS for w in words):
        return True
    if not words or not words[0][:1].islower() or not words[0].endswith(("ed", "ing")):
        return False
    return len(words) == 1 or words[1].lower() in FUNCTION_WORDS | QUANTIFIERS


def _long(text: str | None) -> bool:
    return len(_words(text)) > 8


def _lower_end(text: str | None) -> bool:
    words = _words(text)
    return bool(words) and words[-1][:1].islower() and words[-1].lower() not in ORG_WORDS


def _plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def checks(lower_names: frozenset[str]) -> dict[str, Callable[[Row], bool]]:
    """Each check: a speaker (name, type, role, organisation) -> whether it looks wrong.

    ``lower_names`` are the names that occur in lower case somewhere in the run: a
    capitalised one-word plural typed person ("Bankers") counts when its lower-case form
    does ("bankers")."""

    def plural_person(r: Row) -> bool:
        words = _words(r[0])
        if r[1] != "person" or not words or not _plural(words[-1]):
            return False
        if all(w[:1].islower() for w in words):
            return True
        return len(words) == 1 and words[0].lower() in lower_names

    def org_person(r: Row) -> bool:
        """The head word (before "of", "for", "at") is an organisation word ("Ford Motor Co",
        not "company spokesman"), the name is possessive ("X's") or one all-caps acronym."""
        words = _words(r[0])
        head = next((words[:i] for i, w in enumerate(words) if i and w in HEAD_BREAKS), words)
        possessive = bool(r[0]) and r[0].rstrip().endswith(("'s", "’s"))  # type: ignore[union-attr]
        acronym = len(words) == 1 and bool(RE_ACRONYM.fullmatch(words[0]))
        org_head = bool(head) and head[-1].lower() in ORG_WORDS
        return r[1] == "person" and (possessive or acronym or org_head)

    return {
        "role opens with a function word": lambda r: _opens_badly(r[2]),
        "role has a verb form": lambda r: _verb_form(r[2]),
        "role longer than 8 words": lambda r: _long(r[2]),
        "role is an honorific": lambda r: (r[2] or "").lower() in HONORIFICS,
        "organisation opens with a function word": lambda r: _opens_badly(r[3]),
        "organisation has a verb form": lambda r: _verb_form(r[3]),
        "organisation longer than 8 words": lambda r: _long(r[3]),
        "organisation ends in a lower-case word": lambda r: _lower_end(r[3]),
        "name is a relative pronoun": lambda r: (r[0] or "").lower() in RELATIVE,
        "name is a second-person pronoun": lambda r: (r[0] or "").lower() in SECOND_PERSON,
        "name opens with a function word": lambda r: _opens_badly(r[0], quantified=True),
        "plural noun typed person": plural_person,
        "organisation typed person": org_person,
        "role or organisation without a speaker": lambda r: (
            r[0] is None and (r[2] is not None or r[3] is not None)
        ),
    }


def main(folder: Path) -> None:
    table = pq.read_table(
        folder / "statements.parquet",
        columns=["speaker_name", "speaker_type", "speaker_role", "speaker_organization"],
    ).to_pydict()
    rows: list[Row] = list(
        zip(
            table["speaker_name"],
            table["speaker_type"],
            table["speaker_role"],
            table["speaker_organization"],
            strict=True,
        )
    )
    per_row = Counter(rows)
    lower_names = frozenset(n.lower() for n, *_ in per_row if n and n[:1].islower())
    print(f"statements {len(rows)}, distinct speaker fields {len(per_row)}")
    print(f"{'check':44} {'statements':>10} {'distinct':>9}")
    for label, test in checks(lower_names).items():
        bad = [r for r in per_row if test(r)]
        n = sum(per_row[r] for r in bad)
        print(f"{label:44} {n:>10} {len(bad):>9}")
    flagged = sum(c for r, c in per_row.items() if any(t(r) for t in checks(lower_names).values()))
    print(f"{'statements with any flag':44} {flagged:>10}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "output/latest"))
