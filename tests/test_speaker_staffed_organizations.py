"""A one-word name that someone holds a post at ('Acme chief executive Ann Lee', 'Acme boss
Bo Chan') is a company, typed organization when it speaks alone; a title or an honorific
right before the name anywhere ('Senator Hall', 'Mr Hall'), or no post after it, leaves it
as read (issue 3, BBC business copy). Invented names only."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def types(text: str) -> list[tuple[str | None, str]]:
    article = Article.from_text(text)
    return [(s.speaker_name, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


def test_a_post_at_a_name_makes_it_a_company() -> None:
    found = types("Acme said sales rose in May. Acme chief executive Ann Lee will step down.")
    assert found[0] == ("Acme", "organization")
    found = types("Riverton boss Bo Chan was away. Riverton said it would grow.")
    assert found[-1] == ("Riverton", "organization")
    found = types("Acme said sales rose in May. Former Acme senior vice president Ann Lee left.")
    assert found[0] == ("Acme", "organization")


def test_persons_stay_persons() -> None:
    """Counter-examples: a person's aide named after a title elsewhere ('Senator Hall'), an
    honorific ('Mr Hall'), a post word with no name after it, and no post at all."""
    found = types("Hall said taxes would rise. Hall aide Ann Lee was away. Senator Hall left.")
    assert found[0] == ("Hall", "person")
    found = types("Hall said taxes would rise. Hall aide Ann Lee was away. Mr Hall left.")
    assert found[0] == ("Hall", "person")
    assert types("Hall said taxes would rise. Hall was chairman then.") == [("Hall", "person")]
    assert types("Dealers like Hall. Hall said prices would rise.") == [("Hall", "person")]


def test_a_verb_or_a_function_word_before_the_title_is_no_post() -> None:
    """Counter-examples: 'worked with producer Ann Lee', 'and his partner Ann Lee' follow a
    person's surname; neither is a post at it."""
    found = types("Hall said taxes would rise. Hall worked with producer Ann Lee in May.")
    assert found[0] == ("Hall", "person")
    found = types("Hall said taxes would rise. Hall and his partner Ann Lee left.")
    assert found[0] == ("Hall", "person")


def test_which_after_a_name_makes_it_a_company() -> None:
    """'Acme, which makes cars': a relative 'which' is never said of a person; 'Hall, who'
    keeps the person."""
    found = types("Acme, which makes cars, cut jobs. Acme said sales fell.")
    assert found == [("Acme", "organization")]
    found = types("Hall, who makes cars, cut jobs. Hall said sales fell.")
    assert found == [("Hall", "person")]
    found = types("Acme has a plant in Riverton, which has 900 people. Riverton said it grew.")
    assert found == [("Riverton", "person")]


def test_two_word_company_names_are_typed_too() -> None:
    """'Acme Widgets' with no listed given name first is a company on the same evidence
    ('Acme Widgets chief executive Ann Lee', 'shares in Acme Widgets'); a person's name with
    a listed given name ('Ann Hall') or a title before it ('Minister Bo Zed') is not."""
    found = types("Acme Widgets said sales rose. Acme Widgets boss Ann Lee left.")
    assert found[0] == ("Acme Widgets", "organization")
    found = types("Shares in Zorvex Labs fell. Zorvex Labs said sales rose.")
    assert found == [("Zorvex Labs", "organization")]
    found = types("Ann Hall said sales rose. Ann Hall aide Bo Chan left.")
    assert found[0] == ("Ann Hall", "person")
    found = types("Bo Zed said taxes rose. Bo Zed aide Ann Lee left. Minister Bo Zed spoke.")
    assert found[0] == ("Bo Zed", "person")


def test_its_after_a_name_and_a_cue_makes_it_a_company() -> None:
    """'Acme said its sales rose': 'its' stands for the name; 'Hall said his', 'Hall said
    it' and 'Hall visited its plant' (the plant of something else) keep the person."""
    found = types("Acme said its sales rose in May.")
    assert found == [("Acme", "organization")]
    assert types("Hall said his sales rose in May.") == [("Hall", "person")]
    assert types("Hall said it was a good year.") == [("Hall", "person")]
    found = types("Hall visited its plant in May. Hall said sales rose.")
    assert found == [("Hall", "person")]


def test_a_company_short_name_takes_the_long_name_said_before() -> None:
    """'Zorvex' after 'South Riverland's Zorvex Motor said' is that company (one speaker
    id); with no longer name before, the short name stands alone."""
    found = types("South Riverland's Zorvex Motor said sales rose. Zorvex said its plant"
                  " would open in May.")
    assert found[-1] == ("South Riverland's Zorvex Motor", "organization")
    assert types("Zorvex said its plant would open in May.") == [("Zorvex", "organization")]


def test_a_given_name_before_the_name_anywhere_keeps_the_person() -> None:
    """Counter-example: 'Ann Hall' elsewhere in the article names a person, whose campaign
    can have a chairman ('Hall campaign chairman Bo Chan'), though a headline's 'Thanked
    Hall' leaves the full name unread."""
    found = types("Voters Thanked Hall. Dealers like Ann Hall. Hall campaign chairman Bo Chan"
                  " left. Hall said taxes would rise.")
    assert found[-1] == ("Hall", "person")


def test_an_unlisted_given_name_before_the_name_keeps_the_person() -> None:
    """'Zebulon Hall' (a given name no list holds) names a person, whose campaign manager
    ('Hall campaign manager Bo Chan') is no post at a company; 'But Acme' and 'Former Acme'
    open a sentence or a role, no name."""
    found = types("Dealers met Zebulon Hall. Hall campaign manager Bo Chan left. Hall said"
                  " taxes would rise.")
    assert found[-1][1] == "person"
    found = types("But Acme boss Ann Lee left. Acme said sales rose.")
    assert found[-1] == ("Acme", "organization")
    found = types("Maybe Acme will grow. The Acme boss Ann Lee left. Acme said sales rose.")
    assert found[-1] == ("Acme", "organization")


def test_a_given_name_after_an_abbreviated_title_keeps_the_person() -> None:
    """'Gov. Zeb Hall': the title's full stop opens no sentence, so the unlisted given name
    'Zeb' after it still names a person ('Hall spokesman Bo Chan' is his spokesman)."""
    found = types("It was Gov. Zeb Hall who spoke. Hall spokesman Bo Chan left. Hall said"
                  " taxes would rise.")
    assert found[-1][1] == "person"


def test_a_misread_clause_is_no_long_name() -> None:
    """Counter-example: a speaker named by a misread clause ('Acme Zorvex chose school
    teacher Ann Lee') is no longer name that a short 'Zorvex' stands for."""
    found = types("The Zorvex Apacs chose school teacher Ann Lee said sales rose. Zorvex said"
                  " its plant would open in May.")
    assert found[-1][0] == "Zorvex"
