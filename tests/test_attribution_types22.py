"""Speaker names and types (session 22): brackets that close or wrap a name are no part of
it, and a surname stands for one person, not for a pair. Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker_mention, speaker_name, speaker_type) of each statement found in ``text``."""
    article = Article.from_text(text)
    return [(s.speaker_mention, s.speaker_name, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize("ticker", ["(NYSE: BRF)", "(BRF.N)", "<BRF.N>"])
def test_ticker_closing_a_name_is_no_part_of_it(ticker: str) -> None:
    """'Bramble Foods (NYSE: BRF) said C': the company is 'Bramble Foods'; the mention keeps
    the bracket, the words of the text."""
    mention = f"Bramble Foods {ticker}"
    assert speakers(f"{mention} said sales rose.") == [
        (mention, "Bramble Foods", "organization")]


def test_wire_copy_angle_brackets_wrap_a_company() -> None:
    assert speakers("<Bramble Foods Inc> said sales rose.") == [
        ("<Bramble Foods Inc>", "Bramble Foods Inc", "organization")]


@pytest.mark.parametrize("aside", ["(AP)", "(R-Ohio)", "(D-N.Y.)", "(R)", "(Vt.)"])
def test_party_state_or_credit_after_a_person_is_no_part_of_the_name(aside: str) -> None:
    """'Senator Bo Chan (AP) said C' was an organisation named 'Senator Bo Chan (AP)';
    'House Speaker Bo Chan (D-N.Y.)' an organisation too."""
    for title in ("Senator", "House Speaker"):
        mention = f"{title} Bo Chan {aside}"
        assert speakers(f"{mention} said the pier would close.") == [
            (mention, "Bo Chan", "person")]


def test_own_acronym_is_dropped_from_a_body_name() -> None:
    text = "The Riverland Mission in East Vale (RMEV) said the pier would close."
    assert speakers(text)[0][1:] == ("Riverland Mission in East Vale", "organization")


def test_remark_in_brackets_is_read_as_before() -> None:
    """Counter-example: a bracket that is no ticker, acronym, party or credit stays."""
    assert speakers("Ann Lee (tied) said sales rose.")[0][1] == "Ann Lee (tied)"


def test_surname_does_not_resolve_to_a_pair() -> None:
    """'Ann Lee and Bo Chan said C. Chan said D': Chan is one of the two, not both."""
    text = "Ann Lee and Bo Chan said the pier would close. Chan said it was old."
    assert [name for _, name, _ in speakers(text)] == ["Ann Lee and Bo Chan", "Chan"]
