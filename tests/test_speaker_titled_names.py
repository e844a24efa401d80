"""Speakers: a determiner, a title and a name ("the spokeswoman Ann Lee") is the named
person with that role; a restrictive relative after a name is not part of the name
(invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speaker(text: str) -> tuple[str | None, str | None]:
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    assert len(rows) == 1, rows
    return rows[0].speaker_name, rows[0].speaker_role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"The pier will open in May," said the spokeswoman Ann Lee.', "Ann Lee", "spokeswoman"),
        ("The harbour board's chief executive Tom Hall said the pier would open in May.",
         "Tom Hall", "chief executive"),
        ('"The pier will open in May," said Ann Lee who lives in Riverton.', "Ann Lee", None),
        # a member of a parliament is a title ('MP', 'MEP', 'MSP'), also after another role
        ("Harbour MP Tom Hall said the pier would open in May.", "Tom Hall", "Harbour MP"),
        ("Former radio host and Riverton MEP Ann Lee said the pier would open in May.",
         "Ann Lee", "Riverton MEP"),
    ],
)
def test_the_named_person_speaks(text: str, name: str, role: str | None) -> None:
    got_name, got_role = speaker(text)
    assert got_name == name
    assert (got_role is None) if role is None else (got_role or "").endswith(role)


@pytest.mark.parametrize(
    "text",
    [  # the person named is not the speaker, or there is no name after the title
        '"The pier will open in May," said a spokesman for Mayor Ann Lee.',
        "An aide to Harbour Secretary Tom Hall said the pier would open in May.",
        '"The pier will open in May," said the President of the Harbour Board.',
    ],
)
def test_a_title_before_a_preposition_names_nobody_else(text: str) -> None:
    name, _ = speaker(text)
    assert name not in ("Ann Lee", "Tom Hall", "Harbour Board")


@pytest.mark.parametrize(
    ("text", "name"),
    [  # the title's object is a place or a firm, not the speaker's name
        ("The pier will open in May, said marketing manager at Harbour Snacks.", None),
        ("Special envoy for North Ellis said the pier would open in May.", None),
        # a name after the title's object is the speaker's
        ("Special Envoy for Ellis Ann Lee said the pier would open in May.", "Ann Lee"),
    ],
)
def test_a_titles_object_is_not_a_name(text: str, name: str | None) -> None:
    got, _ = speaker(text)
    if name is None:
        assert got not in ("Harbour Snacks", "North Ellis")
    else:
        assert got == name


def organisation(text: str) -> tuple[str | None, str | None]:
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    assert len(rows) == 1, rows
    return rows[0].speaker_name, rows[0].speaker_organization


@pytest.mark.parametrize(
    ("mention", "name", "org"),
    [
        ("Ann Lee of Harbour Watch", "Ann Lee", "Harbour Watch"),
        ("Ann Lee of the Riverton Ferry Company", "Ann Lee", "Riverton Ferry Company"),
        ("Harbour Watch's Ann Lee", "Ann Lee", "Harbour Watch"),
    ],
)
def test_a_person_of_an_organisation(mention: str, name: str, org: str) -> None:
    assert organisation(f'"The pier will open in May," said {mention}.') == (name, org)


@pytest.mark.parametrize(
    "mention",
    ["The Archbishop of Riverton", "Lord Hall of Riverton", "The Friends of the Harbour"],
)
def test_titles_and_names_with_of_are_not_split(mention: str) -> None:
    name, org = organisation(f'"The pier will open in May," said {mention}.')
    assert org != "Riverton" and org != "Harbour"


@pytest.mark.parametrize("mention", ["Moody's", "Acme Tools'", "Ann Lee of", "of"])
def test_a_lone_possessive_or_a_dangling_of_reads_without_error(mention: str) -> None:
    from flows.attribution.lexicon import load_lexicon
    from flows.attribution.mentions import describe_speaker

    speaker = describe_speaker(mention, None, load_lexicon())
    assert speaker.organization is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an occupation written lower-case before a name is a role (title class)
        ("Lead singer Gary Chan said the pier would open in May.", "Gary Chan", "Lead singer"),
        ("Riverton defender Bo Lee said the pier would open in May.", "Bo Lee",
         "Riverton defender"),
        ("The band's guitarist Ann Hall said the pier would open in May.", "Ann Hall",
         "guitarist"),
        ("Rovers boss Tom Hall said the pier would open in May.", "Tom Hall", "Rovers boss"),
        ("Riverland fly-half Tom Hall said the pier would open in May.", "Tom Hall",
         "Riverland fly-half"),
        # a past title with its prefix
        ("Tory ex-minister Tom Hall said the pier would open in May.", "Tom Hall",
         "Tory ex-minister"),
        # counter-examples: a capitalised title word after a given name or an honorific,
        # or first before "and" and a name, is a surname
        ("Gary Singer said the pier would open in May.", "Gary Singer", None),
        ("Mr. Singer said the pier would open in May.", "Singer", None),
        ("Ms Director said the pier would open in May.", "Director", None),
        ("Singer and Faso said the pier would open in May.", "Singer and Faso", None),
        # ... but not a title before a name, nor two titles joined by "and"
        ("Virginia Gov. Terry Hall said the pier would open in May.", "Terry Hall",
         "Virginia Gov."),
        ("President and CEO Ann Lee said the pier would open in May.", "Ann Lee",
         "President and CEO"),
    ],
)
def test_an_occupation_before_a_name_is_a_role_and_a_title_word_after_one_a_surname(
    text: str, name: str, role: str | None
) -> None:
    assert speaker(text) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a setting after a name before the cue says when or where, not who
        ("Mayor Ann Lee in August said the pier would open in May.", "Ann Lee"),
        ("Ann Lee in 2011 said the pier would open in May.", "Ann Lee"),
        ("Ann Lee in recent days said the pier would open in May.", "Ann Lee"),
        ("Ann Lee in a televised interview said the pier would open in May.", "Ann Lee"),
        # counter-examples: a name or "the" after the preposition may say where the
        # speaker works (her organisation: test_speaker_issue3_shapes); a group's place is
        # part of it
        ("Ann Lee at Acme Tools said the pier would open in May.", "Ann Lee"),
        ("Officials in Riverton said the pier would open in May.", "Officials in Riverton"),
    ],
)
def test_a_time_or_setting_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert speaker(text)[0] == name


def full(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    assert len(rows) == 1, rows
    r = rows[0]
    return r.speaker_name, r.speaker_type, r.speaker_role, r.speaker_organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's name, a title and a person's name: the person, of that body
        ("Harbour Board Chairman Tom Bach said the pier would open in May.",
         ("Tom Bach", "person", "Chairman", "Harbour Board")),
        ("International Harbour Committee President Tom Bach said the pier would open.",
         ("Tom Bach", "person", "President", "International Harbour Committee")),
        ("Bank of Riverland deputy governor Ann Lee said the pier would open in May.",
         ("Ann Lee", "person", "deputy governor", "Bank of Riverland")),
        ("Riverton Foreign Ministry spokesperson Ann Lee said the pier would open in May.",
         ("Ann Lee", "person", "spokesperson", "Riverton Foreign Ministry")),
        # counter-examples: no organisation name before the title
        ("Riverton police spokesman Bo Chan said the pier would open in May.",
         ("Bo Chan", "person", "Riverton police spokesman", None)),
        ("Riverland Ambassador to Kenya Bo Chan said the pier would open in May.",
         ("Bo Chan", "person", "Riverland Ambassador to Kenya", None)),
        ("House Majority Leader Bo Chan said the pier would open in May.",
         ("Bo Chan", "person", "House Majority Leader", None)),
        ("Former House Speaker Bo Chan said the pier would open in May.",
         ("Bo Chan", "person", "Former House Speaker", None)),
        ("Committee chairman Bo Chan said the pier would open in May.",
         ("Bo Chan", "person", "Committee chairman", None)),
        # an organisation alone stays one
        ("Harbour Board said the pier would open in May.",
         ("Harbour Board", "organization", None, None)),
    ],
)
def test_an_organisation_before_a_title_and_a_name_is_the_person_s(
    text: str, expected: tuple[str | None, str | None, str | None, str | None]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "mention", "name", "role"),
    [
        # a name opens the sentence, a description without its closing comma follows
        ("The forum opened on Monday. Maina Okoth, chairman of the Harbour Council said "
         "the forum would help.", "Maina Okoth", "Maina Okoth", "chairman"),
        ("Tom Hall, a Riverton spokesman said the pier would open in May.",
         "Tom Hall", "Tom Hall", "Riverton spokesman"),
        # counter-examples: a time opening the sentence, two names, a name after the comma
        ("On Tuesday, the harbour board said the pier would open in May.",
         "the harbour board", "harbour board", None),
        ("Ann Lee, the Harbour Board said the pier would open in May.",
         "the Harbour Board", "Harbour Board", None),
    ],
)
def test_a_name_before_an_unclosed_description_is_the_speaker(
    text: str, mention: str, name: str, role: str | None
) -> None:
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    r = rows[-1]
    assert (r.speaker_mention, r.speaker_name, r.speaker_role) == (mention, name, role)
