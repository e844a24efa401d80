"""Known wrong speaker mentions (session 21), each fixed with counter-examples that must
keep their reading. Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences
from tests.attribution_rows import rows


@pytest.mark.parametrize("time", ["the next morning", "the following week", "the same day"])
def test_time_with_its_article_after_an_inverted_speaker_is_cut(time: str) -> None:
    """'"C," said Bo Chan the next morning': the article belongs to the time, not the name
    (the mention was 'Bo Chan the')."""
    text = f'"The pier is shut," said Bo Chan {time}.'
    assert rows(text) == [('"The pier is shut,"', "Bo Chan", "said")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The firm that makes boats said the pier would close.", "The firm that makes boats"),
        ("The group that runs the pier said it would close.", "The group that runs the pier"),
    ],
)
def test_relative_that_with_a_present_verb_keeps_its_head(text: str, speaker: str) -> None:
    """'The firm that makes boats said C': a present verb after a relative 'that' opens a
    clause on the noun before it (the mention was the clause, 'makes boats')."""
    assert rows(text)[0][1:] == (speaker, "said")


def test_complement_that_before_a_plural_subject_is_no_relative() -> None:
    """Counter-examples: a plural noun after 'that' with a preposition or a verb after it is
    the subject of a complement clause, which speaks."""
    text = "To the extent that voters outside the town know, the pier is shut."
    assert rows(text)[0][1] == "voters outside the town"
    assert rows("The news that officials said nothing was false.")[0][1] == "officials"


@pytest.mark.parametrize("ticker", ["(ticker: BRF)", "(NYSE: BRF)", "(BRF.N)"])
def test_name_closed_by_its_ticker_is_an_organisation(ticker: str) -> None:
    """'Bramble Foods (NYSE: BRF) said C': only a listed company has a ticker (two
    capitalised words were read as a person's name)."""
    assert speaker_type_of(f"Bramble Foods {ticker} said sales rose.") == "organization"


@pytest.mark.parametrize("aside", ["(R)", "(D-Ohio)"])
def test_party_in_brackets_is_no_ticker(aside: str) -> None:
    """Counter-examples: a party's letter after a person's name is no ticker."""
    assert speaker_type_of(f"Senator Bo Chan {aside} said sales rose.") == "person"


def speaker_type_of(text: str) -> str:
    """The speaker_type of the one statement found in ``text``."""
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_type


@pytest.mark.parametrize("negated", ["but did not say", ", but didn't say", "and would not say"])
def test_negated_cue_after_the_content_ends_it(negated: str) -> None:
    """'Bo Chan said C but did not say D': the negated cue has no subject of its own, so it
    is the speaker's; what was not said is no part of C (C ran on to the sentence's end)."""
    text = f"Bo Chan said the pier would close {negated} when it would reopen."
    assert rows(text)[0] == ("the pier would close", "Bo Chan", "said")


def test_negated_verb_that_is_no_cue_stays_in_the_content() -> None:
    """Counter-examples: a negated verb that is no cue ('fall'), or after 'could', may be the
    clause's own and stays in what was said."""
    assert rows("Bo Chan said prices rose and did not fall.")[0][0] == (
        "prices rose and did not fall")
    assert rows("Bo Chan warned that voters were tired and could not see a way out.")[0][0] == (
        "voters were tired and could not see a way out")


@pytest.mark.parametrize("verb", ["carried", "held up", "waved"])
def test_bare_object_before_that_read_gives_the_holder(verb: str) -> None:
    """'Marchers carried signs that read "C"': the holder of the signs speaks, as with 'a
    sign that read' (the mention was the whole clause, 'Marchers carried signs that')."""
    assert rows(f'Marchers {verb} signs that read "Open the pier".') == [
        ('"Open the pier"', "Marchers", "read")
    ]


def test_object_of_a_cue_before_that_is_no_bare_object() -> None:
    """Counter-example: a cue's own object before a relative 'that' keeps its frame."""
    assert rows("Bo Chan cited reports that said the pier would close.") == [
        ("reports that said the pier would close", "Bo Chan", "cited")
    ]


def test_named_object_before_for_gerund_that_speaks_after_a_clause_cue() -> None:
    """'The board thanked Ann Lee for arguing that C': Ann Lee argued C, whatever shape the
    cue before was learned with (a cue learned as taking a clause took 'Ann Lee for arguing
    that C' as its content)."""
    assert rows("The board thanked Ann Lee for arguing that the pier was unsafe.") == [
        ("Ann Lee", "The board", "thanked"),
        ("the pier was unsafe", "Ann Lee", "arguing"),
    ]


def test_lower_case_object_before_for_gerund_keeps_the_clause() -> None:
    """Counter-example: a lower-case object ('residents') is no name whose gerund speaks."""
    text = "The board thanked residents for arguing that the pier was unsafe."
    assert rows(text) == [
        ("residents for arguing that the pier was unsafe", "The board", "thanked")
    ]


@pytest.mark.parametrize("role", ["front-runner", "frontrunner", "challenger", "contender"])
def test_party_adjective_and_race_role_before_a_name_are_one_subject(role: str) -> None:
    """'Green front-runner Bo Chan weighed in, tweeting C': the role names a person, so the
    subject goes on to the name (the mention was the bare adjective 'Green')."""
    text = f"Green {role} Bo Chan weighed in, tweeting her thanks."
    assert rows(text) == [("her thanks", f"Green {role} Bo Chan", "tweeting")]


@pytest.mark.parametrize("subject", ["One notice", "Two aides"])
def test_number_before_a_noun_opens_a_participle_subject(subject: str) -> None:
    """'One notice, apparently referring to C, said D': the number is a quantity word before
    its noun, not a capitalised name (the participle's mention was 'One')."""
    text = f'{subject}, apparently referring to raids by the army and its allies, said: "Go."'
    assert rows(text)[0] == ("raids by the army and its allies", subject, "referring to")


def test_number_alone_stays_the_subject() -> None:
    """Counter-example: a number with no noun after it is the subject on its own."""
    assert rows("One, citing the budget, said the pier would close.")[0][1] == "One"


def test_frame_inside_brackets_reports_the_aside() -> None:
    """'The delay (which, Bo Chan says, hurt the town) was long': what Bo Chan says is the
    aside inside the brackets, not the sentence around them."""
    text = "The delay (which, Bo Chan says, hurt the town badly) was long."
    assert rows(text) == [("which, Bo Chan says, hurt the town badly", "Bo Chan", "says")]


def test_frame_set_off_by_commas_outside_brackets_keeps_the_sentence() -> None:
    """Counter-example: with no brackets around the frame, the sentence is what was said."""
    text = "The delay, Bo Chan says, hurt the town (and its port) badly."
    assert rows(text)[0][0] == text[:-1]


@pytest.mark.parametrize("lead", ["Publicly, the", "The"])
def test_present_verb_after_the_subject_noun_is_no_part_of_it(lead: str) -> None:
    """'Publicly, the nominee feuds with the mayor and insists C': 'feuds' is the first
    verb, so the second verb's speaker is 'the nominee' (the mention was 'the nominee
    feuds')."""
    text = f"{lead} nominee feuds with the mayor and insists the two are rivals."
    assert rows(text) == [("the two are rivals", f"{lead.split()[-1]} nominee", "insists")]


def test_plural_head_of_a_compound_stays_in_the_subject() -> None:
    """Counter-example: 'the party leaders met ...': a plural noun after a noun, with no
    object after it, is the compound's head."""
    text = "The party leaders met the mayor and insisted the two were rivals."
    assert rows(text)[0][1] == "The party leaders"
