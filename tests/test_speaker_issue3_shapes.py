"""Speaker shapes of issue 3 found reading wire and BBC rows: a possessive before a text or a
speech stands for its owner ("His remarks suggested"); a month after the speaker named after
its cue says when ("said the ministry in December"); a one-word name the article calls a
firm is an organisation ("oil giant Zorvex ... Zorvex said"); a made work speaks for its
makers, as a text does, and is no person ("The ad says", "a book by Ann Lee says"); a person
"at" an organisation or after a role works for it ("analyst Ann Lee at Acme Bank"). Invented
sentences only."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.mentions import describe_speaker
from flows.records import Article
from flows.segment import segment_sentences


def last_speaker(text: str) -> tuple[str | None, str | None, str]:
    article = Article.from_text(text)
    last = attribute_statements(article, segment_sentences(article))[-1]
    return last.speaker_mention, last.speaker_name, last.speaker_type


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ann Lee said she was tired. Her latest remarks showed that she was tired.",
         "Ann Lee", "person"),
        ("Tom Hall said taxes would rise. His statement said that taxes would rise.",
         "Tom Hall", "person"),
        ("Acme Corp said profits rose. Its report says that profits would rise again.",
         "Acme Corp", "organization"),
        ("Tom Hall said taxes would rise. His comments suggested that he would resign.",
         "Tom Hall", "person"),
    ],
)
def test_possessive_text_is_its_owner(text: str, name: str, kind: str) -> None:
    assert last_speaker(text)[1:] == (name, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another person of the owner: not the owner
        ("Ann Lee said she was tired. Her spokesman said that she was tired.",
         ("Her spokesman", "spokesman", "person")),
        # "his" never stands for a woman; no name is better than a wrong one
        ("Ann Lee said she was tired. His remarks suggested that she was tired.",
         ("His remarks", None, "person")),
    ],
)
def test_possessive_not_a_text_or_no_owner(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taxes will rise next year, said the ministry in December.",
         ("the ministry", "ministry", "organization")),
        ('"Taxes will rise," said the finance ministry last December.',
         ("the finance ministry", "finance ministry", "organization")),
        ('"Taxes will rise," said Ann Lee in March.', ("Ann Lee", "Ann Lee", "person")),
        # counter-examples: a month's name in a name, after no time preposition
        ('"Taxes will rise," said a spokesman for the March of Dimes.',
         ("a spokesman for the March of Dimes", "spokesman for the March of Dimes", "person")),
        ('"Taxes will rise," said Ann Lee of Riverton June Partners.',
         ("Ann Lee of Riverton June Partners", "Ann Lee", "person")),
    ],
)
def test_month_after_speaker_is_no_part_of_it(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares in oil giant Zorvex fell on Monday. Zorvex said that it would appeal.",
        '"Profits rose," said the airline Quorra. Quorra said that it would hire more staff.',
        "Ann Lee joined the drugmaker Belvane in May. Belvane said that sales rose.",
    ],
)
def test_one_word_name_called_an_organisation(text: str) -> None:
    assert last_speaker(text)[2] == "organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname after a firm of several words, and a name with no organisation noun
        ("The firm Lee Associates was sold. Ann Lee joined it. Lee said that she was glad.",
         ("Lee", "Ann Lee", "person")),
        ("Yesterday Dorvan said that he was glad.", ("Dorvan", "Dorvan", "person")),
        # a text's maker stays an organisation after the same name typed a person
        ("Dorvan said that sales rose. A report sent by Dorvan showed that sales rose.",
         ("A report sent by Dorvan", "Dorvan", "organization")),
    ],
)
def test_one_word_person_stays_person(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new ad says that taxes will rise.", ("The new ad", "new ad", "organization")),
        ("The film shows that love never dies.", ("The film", "film", "organization")),
        ("A book by Ann Lee says that taxes will rise.",
         ("A book by Ann Lee", "Ann Lee", "person")),
        ("A new documentary by Acme Pictures claims that the dam leaks.",
         ("A new documentary by Acme Pictures", "Acme Pictures", "organization")),
        # counter-examples: a work word in a name, a person of a work
        ("Paul Song said that taxes will rise.", ("Paul Song", "Paul Song", "person")),
        ("The film's director said that love never dies.",
         ("The film's director", "film's director", "person")),
    ],
)
def test_work_speaks_for_its_makers(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert last_speaker(text) == expected


def speaker_fields(text: str) -> tuple[str | None, str, str | None, str | None]:
    article = Article.from_text(text)
    last = attribute_statements(article, segment_sentences(article))[-1]
    return last.speaker_name, last.speaker_type, last.speaker_role, last.speaker_organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Sales rose," said Ken Hall at Riverton Economics.',
         ("Ken Hall", "person", None, "Riverton Economics")),
        ('"Sales rose," said analyst Ann Lee at Acme Bank.',
         ("Ann Lee", "person", "analyst", "Acme Bank")),
        ('"Sales rose," said senior economist Ann Lee of Acme Bank.',
         ("Ann Lee", "person", "senior economist", "Acme Bank")),
        # counter-examples: a peer's title, a title of a state, a role with no name (no
        # person's name to take; its role and organisation: test_description_headed_by_...)
        ('"Sales rose," said Lord Walker of Gestingthorpe.',
         ("Lord Walker of Gestingthorpe", "person", None, None)),
        ('"Sales rose," said Secretary of State Ann Lee.',
         ("Ann Lee", "person", "Secretary of State", None)),
        ('"Sales rose," said the spokesman at Acme Bank.',
         ("spokesman at Acme Bank", "person", "spokesman", "Acme Bank")),
    ],
)
def test_person_at_or_of_an_organisation(
    text: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert speaker_fields(text) == expected


def test_person_at_an_organisation_before_the_cue() -> None:
    text = "Ann Lee at Acme Tools said the pier would open in May."
    assert speaker_fields(text) == ("Ann Lee", "person", None, "Acme Tools")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zorvex, the world's biggest spirits company, said that sales rose.", "organization"),
        ("Quorra, a leading German insurer, said that sales rose.", "organization"),
        # counter-examples: a person's role in a firm, a person's name of two words
        ("Ann Lee, the company's chairman, said that sales rose.", "person"),
        ("Dorvan Quill, head of the firm, said that sales rose.", "person"),
        ("Bo Chan, a veteran broadcaster, said that sales rose.", "person"),
    ],
)
def test_appositive_describing_an_organisation(text: str, kind: str) -> None:
    assert speaker_fields(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Sales rose," said the BBC\'s Jonathan Hall.',
         ("Jonathan Hall", "person", None, "BBC")),
        ("The Riverton Times' Ann Lee said that sales rose.",
         ("Ann Lee", "person", None, "Riverton Times")),
        # counter-examples: a lower-case owner, an organisation's own name
        ("The company's Ann Lee said that sales rose.",
         ("company's Ann Lee", "organization", None, None)),
        ('"Sales rose," said the People\'s Bank of Ruritania.',
         ("People's Bank of Ruritania", "organization", None, None)),
    ],
)
def test_person_of_the_owner_after_the(
    text: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert speaker_fields(text) == expected


@pytest.mark.parametrize("mention", ["Ann Lee and", "and Ann Lee", "Acme's Ann Lee and"])
def test_a_mention_ending_or_opening_with_and_is_read(mention: str) -> None:
    assert describe_speaker(mention, None, load_lexicon()).type == "person"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("President Tom Hall himself", "Tom Hall"),
        ("Mr Hall himself", "Hall"),
        ("Acme Corp itself", "Acme Corp"),
        # counter-examples: no name before the adverb, a capitalised word of a name
        ("The other", None),
        ("Democracy Now", "Democracy Now"),
    ],
)
def test_reflexive_after_a_name_is_no_part_of_it(mention: str, name: str | None) -> None:
    assert describe_speaker(mention, None, load_lexicon()).name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Sales rose," said the Riverton Treasury\'s chief economist.',
         ("Riverton Treasury's chief economist", "person", "chief economist",
          "Riverton Treasury")),
        ('"Sales rose," said a spokesman for Acme Bank.',
         ("spokesman for Acme Bank", "person", "spokesman", "Acme Bank")),
        ('"Sales rose," said the finance minister.',
         ("finance minister", "person", "finance minister", None)),
        # counter-examples: a head that is no title, a description resolved to a name
        ('"Sales rose," said the man who sold it.', ("man who sold it", "person", None, None)),
        ('Ann Lee, the finance minister, said it. "Sales rose," said the finance minister.',
         ("Ann Lee", "person", "finance minister", None)),
    ],
)
def test_description_headed_by_a_title_gives_its_role(
    text: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert speaker_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ted Hall is a senator. Hall himself said that taxes will rise.", "Ted Hall"),
        ("Ted Hall is a senator. Hall himself said taxes rise. Hall said that he was glad.",
         "Ted Hall"),
        # counter-example: a woman's honorific before the surname of a man named in full
        ("Ted Hall is a senator. Mrs Hall herself said that taxes will rise.", "Hall"),
    ],
)
def test_surname_with_a_reflexive_takes_the_full_name(text: str, name: str) -> None:
    assert last_speaker(text)[1] == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Claims will fall," said Riverton Re.', "organization"),
        ("Bolt Re said that claims would fall.", "organization"),
        # counter-example: a lower-case 're' is no suffix
        ("Ann Lee said that claims would fall.", "person"),
    ],
)
def test_reinsurer_suffix_names_a_company(text: str, kind: str) -> None:
    assert speaker_fields(text)[1] == kind
