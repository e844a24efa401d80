"""Speakers: a text an organisation issues, with its maker after "by" ("a report released
by the Riverland Bureau of Statistics", "a poll by UK-based consultancy Acme"), speaks for
that maker; a maker with no sign of a person is an organisation. Invented mentions."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.speakers import describe_speaker
from flows.records import Article
from flows.segment import segment_sentences


@pytest.mark.parametrize(
    ("mention", "name", "kind"),
    [
        ("data released by the Riverland Bureau of Statistics (RBS) recently",
         "Riverland Bureau of Statistics (RBS)", "organization"),
        ("a report published by UK-based research consultancy Dalys", "Dalys", "organization"),
        ("a poll by Rivet Research for The Daily Harbour", "Rivet Research", "organization"),
        ("a report by the Campaign to Abolish Harbour Tolls", "Campaign to Abolish Harbour Tolls",
         "organization"),
        ("a report by the Council on Harbour Relations on Monday",
         "Council on Harbour Relations", "organization"),
        ("figures gathered by the Rivet researchers", "Rivet researchers", "group"),
        ("a study by economists Mary Lee and John Chan", "Mary Lee and John Chan", "person"),
        ("a court filing by state attorney John Hall", "John Hall", "person"),
    ],
)
def test_the_maker_after_by_speaks_for_its_text(mention: str, name: str, kind: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.mention, sp.name, sp.type) == (mention, name, kind)


@pytest.mark.parametrize(
    "mention",
    [
        "a report by local officials",  # no name after "by"
        "projections by US media networks",  # a place that modifies what follows
        "a gaffe by the Rivet Group",  # no text that speaks for its maker
    ],
)
def test_no_maker_is_taken_without_a_name_or_a_text(mention: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert sp.name in (None, mention.split(" ", 1)[1])


def test_a_report_by_a_maker_names_it_in_an_article() -> None:
    text = ("A report released by the Riverland Bureau of Statistics said exports rose. "
            "The bureau said imports fell.")
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    assert rows[0].speaker_name == "Riverland Bureau of Statistics"
    assert rows[0].speaker_type == "organization"


def test_a_capitalised_word_of_a_name_is_no_text() -> None:
    """ "Post" of "The Harbour Post" is a newspaper's name, not a text it issued."""
    mention = "an overview provided to The Harbour Post by a Rivet official"
    assert describe_speaker(mention, None, load_lexicon()).name != "Rivet"
