"""Attribution: one test per shape and failure mode, the sample article, and properties."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows.attribution import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.roles import read_description
from flows.attribution.speakers import describe_speaker
from flows.records import Article, Statement
from flows.segment import segment_sentences
from tests.conftest import SAMPLE, SEED_GOLD, need


def make_article(text: str) -> Article:
    return Article.from_text(text)


def attribute(text: str) -> list[Statement]:
    article = make_article(text)
    return attribute_statements(article, segment_sentences(article))


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.content, s.speaker_name, s.cue, s.kind) for s in attribute(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee said the plan works.", [("the plan works", "Ann Lee", "said", "indirect")]),
        ("Ann Lee said that the plan works.", [("the plan works", "Ann Lee", "said", "indirect")]),
        ("The plan works, Ann Lee said.", [("The plan works", "Ann Lee", "said", "indirect")]),
        ("The plan works, said Ann Lee.", [("The plan works", "Ann Lee", "said", "indirect")]),
        (
            "\u201cThe plan works,\u201d Ann Lee said.",
            [("\u201cThe plan works,\u201d", "Ann Lee", "said", "direct")],
        ),
        (
            '"The plan works," said Ann Lee, head of the Water Board.',
            [('"The plan works,"', "Ann Lee", "said", "direct")],
        ),
        (
            "According to Ann Lee, the plan works.",
            [("the plan works", "Ann Lee", "According to", "indirect")],
        ),
        (
            "The plan works, according to Ann Lee.",
            [("The plan works", "Ann Lee", "according to", "indirect")],
        ),
        (
            "Ann Lee told reporters on Monday that the plan works.",
            [("the plan works", "Ann Lee", "told", "indirect")],
        ),
        (
            "Ann Lee stressed in a speech that the plan works.",
            [("the plan works", "Ann Lee", "stressed", "indirect")],
        ),
        (
            "Ann Lee said the plan \u201cworks well\u201d.",
            [("the plan \u201cworks well\u201d", "Ann Lee", "said", "mixed")],
        ),
        (
            "Experts have called for more testing of the dam.",
            [("more testing of the dam", "Experts", "called for", "indirect")],
        ),
    ],
)
def test_frame_shapes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The river rose overnight and the town was flooded.",
        "Officials shared details of the plan and made suggestions.",
        "Don\u2019t worry, it\u2019s the voters\u2019 choice.",
        "\u201cThe end.\u201d",
        "",
    ],
)
def test_no_statement(text: str) -> None:
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ('"The plan works," said Gov. Ann Lee (D-Ore.).', "Gov. Ann Lee (D-Ore.)", None),
        (
            "\u201cThe plan works,\u201d said the woman who built the old dam in Rivertown.",
            "the woman who built the old dam in Rivertown",
            None,
        ),
        ('"The plan works," the water chief, Ann Lee, said.', "Ann Lee", "water chief"),
        ('"The plan works," the engineer, a Rivertown native, said.', "the engineer", None),
        (
            '"The plan works," Ann Lee, 67, a nurse in Rivertown, Ore., said.',
            "Ann Lee",
            "nurse in Rivertown",
        ),
    ],
)
def test_inverted_and_appositive_speakers(text: str, mention: str, role: str | None) -> None:
    (got,) = attribute(text)
    assert (got.content.strip('"\u201c\u201d,'), got.speaker_mention) == ("The plan works", mention)
    if role is not None:
        assert got.speaker_role == role


def test_colon_introduces_a_quote_with_an_unlisted_verb() -> None:
    assert rows("The letter continues: \u201cPlease explain the rules.\u201d") == [
        ("\u201cPlease explain the rules.\u201d", "letter", "continues", "direct")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The forecast remains the same: the race will end in June.",
        "When asked about the dam, the answer was short.",
    ],
)
def test_function_word_is_no_speaker(text: str) -> None:
    assert all(s.speaker_mention.lower() not in ("the", "when") for s in attribute(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee issued a statement saying the plan works.",
            [("the plan works", "Ann Lee", "saying", "indirect")],
        ),
        (  # a participle after a noun of a setting of speech: the verb's subject speaks
            "The mayor sent a letter saying the pier would close.",
            [("the pier would close", "The mayor", "saying", "indirect")],
        ),
        (
            "His office also put out a statement saying the pier would close.",
            [("the pier would close", "His office", "saying", "indirect")],
        ),
        (  # counter-example: the noun after 'of' is no object of a verb
            "Lee devotes much of her speech saying the pier would close.",
            [("the pier would close", "Lee devotes much of her speech", "saying", "indirect")],
        ),
        (
            "\u201cThe plan works,\u201d Sen. Ann Lee (D-Ore.) said.",
            [("\u201cThe plan works,\u201d", "Sen. Ann Lee (D-Ore.)", "said", "direct")],
        ),
    ],
)
def test_frame_details(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(s.content, s.speaker_mention, s.cue, s.kind) for s in attribute(text)] == expected


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("The mayor, Ann Lee, said the dam holds.", "Ann Lee", "Ann Lee"),
        ("Despite the floods, Ann Lee said the dam holds.", "Ann Lee", "Ann Lee"),
        ("Informed of the floods, Ann Lee said the dam holds.", "Ann Lee", "Ann Lee"),
        ("Once an engineer herself, Ann Lee said the dam holds.", "Ann Lee", "Ann Lee"),
        ("As \u201cthe floods\u201d rose, Ann Lee said the dam holds.", "Ann Lee", "Ann Lee"),
    ],
)
def test_subject_among_comma_segments(text: str, mention: str, name: str) -> None:
    (got,) = attribute(text)
    assert (got.content, got.speaker_mention, got.speaker_name) == ("the dam holds", mention, name)


def test_coordinated_verbs_share_the_speaker() -> None:
    got = rows("Ann Lee praised the crew, called the dam \u201csafe\u201d and thanked the town.")
    assert [(r[1], r[2]) for r in got][:2] == [("Ann Lee", "praised"), ("Ann Lee", "called")]


def test_short_object_keeps_abbreviated_names_and_coordination() -> None:
    assert rows("Ann Lee endorsed former Gov. Bob W. Stone and his running mate.") == [
        ("former Gov. Bob W. Stone and his running mate", "Ann Lee", "endorsed", "indirect")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee: The Dam Will Hold Until Spring.\n\nWater rose.",
            [("The Dam Will Hold Until Spring", "Ann Lee", ":", "indirect")],
        ),
        ("NOTE: figures are in dollars.", []),
        ("Q: Will the dam hold?", []),
        (  # a headline's tag, a call to readers, a salutation and a column's tag name no one
            "BREAKING: The Water Board Just Lost Its Fight Over The Dam",
            [],
        ),
        ("Revealed: The Secret Plan To Close The Old Dam", []),
        ("LOOK: Stunning Photos Of The Dam At Night Are Going Viral", []),
        ("RIVERTON READERS: What is happening to the river in your town?", []),
        ("DEAR ANN: My husband bought a house by the dam last spring.", []),
        ("Harbour Roundup: Riverton beats Bay City, Port Lee edges Dunmore", []),
        ("The dam held. Ann Lee: the water rose fast.", []),
    ],
)
def test_name_and_colon_opening_a_line(text: str, expected: list[tuple[str, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a headline in title case: capitalised cues are cues
            "Ann Lee Slams The Water Board Over Dam Repairs\n\nThe dam holds.",
            [("The Water Board Over Dam Repairs", "Ann Lee", "Slams")],
        ),
        ("Ann Lee Says Dam Will Hold\n\nIt will.", [("Dam Will Hold", "Ann Lee", "Says")]),
        # ... but not in running text
        ("The Mayor met Ann Lee on the Bridge. The Board Said nothing about Repairs.", []),
    ],
)
def test_title_case_headline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s.content, s.speaker_mention, s.cue) for s in attribute(text)] == expected


def test_second_cue_of_the_same_subject_after_and() -> None:
    assert rows("Ann Lee said the dam is safe for now and warned that the river is rising.") == [
        ("the dam is safe for now", "Ann Lee", "said", "indirect"),
        ("the river is rising", "Ann Lee", "warned", "indirect"),
    ]
    # ... but an "and" clause without a cue stays in the statement
    assert rows("Ann Lee said the dam is safe for now and the river is rising.") == [
        ("the dam is safe for now and the river is rising", "Ann Lee", "said", "indirect")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee put off deciding whether the panel could meet but said the vote would come soon.",
        "The mayor visited the dam on Monday and said the vote would come soon.",
    ],
)
def test_cue_as_second_verb_after_a_clause_takes_the_sentence_subject(text: str) -> None:
    statement = [s for s in attribute(text) if s.cue == "said"]
    assert [(s.content, s.speaker_mention) for s in statement] == [
        ("the vote would come soon", text.split(" put")[0].split(" visited")[0])
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bridge will open in May, the company told the Rivertown Herald.",
            "The bridge will open in May",
        ),
        (
            "The bridge will open in May, Ann Lee told Rivertown Radio in an interview.",
            "The bridge will open in May",
        ),
        (
            "Ann Lee told Rivertown Radio that the bridge will open in May.",
            "the bridge will open in May",
        ),
    ],
)
def test_told_with_only_its_object_after_the_statement(text: str, content: str) -> None:
    assert [(s.content, s.cue) for s in attribute(text)] == [(content, "told")]


def test_quote_after_reported_speech_is_its_own_statement() -> None:
    assert rows('Ann Lee said the dam is safe. "We checked it twice."') == [
        ("the dam is safe", "Ann Lee", "said", "indirect"),
        ('"We checked it twice."', "Ann Lee", "said", "direct"),
    ]
    # ... while after a quotation it continues the same statement
    assert rows('"The dam is safe," Ann Lee said. "We checked it twice."') == [
        ('"The dam is safe," Ann Lee said. "We checked it twice."', "Ann Lee", "said", "direct")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a Rivertown Herald poll released Monday, half of the voters were for the dam.",
            [("half of the voters were for the dam", "a Rivertown Herald poll released Monday")],
        ),
        (
            "Most voters are for the dam in the latest Rivertown Herald poll.",
            [("Most voters are for the dam", "the latest Rivertown Herald poll")],
        ),
        # a sentence with a cue of its own, and "in" before no document noun
        (
            "In a report released Monday, the agency said the dam is safe.",
            [("the dam is safe", "the agency")],
        ),
        ("In the hours at dawn, we were quiet.", []),
    ],
)
def test_poll_or_report_after_in_is_the_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.content, s.speaker_mention) for s in attribute(text)] == expected


def test_a_new_sentence_after_a_closed_quote_is_its_own_statement() -> None:
    got = rows("Ann Lee said the dam is \u201csafe.\u201d Bob Stone says he is not sure of it.")
    assert got[-1] == ("he is not sure of it", "Bob Stone", "says", "indirect")


def test_according_to_a_long_source() -> None:
    got = attribute(
        "The dam is safe, according to a report filed in Rivertown by Ann B. Lee, an engineer."
    )
    assert [(s.content, s.speaker_mention) for s in got] == [
        ("The dam is safe", "a report filed in Rivertown by Ann B. Lee")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee brags that\u2019s good news for the town.",
            [("that\u2019s good news for the town", "Ann Lee", "brags", "indirect")],
        ),
        (
            "Ann Lee paid for the dam herself, disclosure records show.",
            [("Ann Lee paid for the dam herself", "disclosure records", "show", "indirect")],
        ),
        (  # a preposition that completes the cue is not content
            "Ann Lee speculated about the cost of the new bridge.",
            [("the cost of the new bridge", "Ann Lee", "speculated", "indirect")],
        ),
        (  # an adverbial set off by a comma before the quotation or "that" is not content
            "Ann Lee asked at the school in Rivertown, \u201cAny questions?\u201d",
            [("\u201cAny questions?\u201d", "Ann Lee", "asked", "direct")],
        ),
        (
            "Ann Lee said on Monday during a visit to Rivertown, Ohio, that the dam is safe.",
            [("the dam is safe", "Ann Lee", "said", "indirect")],
        ),
        (  # a one-word object is content
            "On Tuesday, Ann Lee endorsed her.",
            [("her", "Ann Lee", "endorsed", "indirect")],
        ),
        (  # a time phrase before "that" is not content
            "Ann Lee said late Wednesday that the dam is safe.",
            [("the dam is safe", "Ann Lee", "said", "indirect")],
        ),
        (  # a source of up to 24 words after "according to"
            "According to early results of a survey conducted by the Rivertown Herald for the"
            " Water Board and two local radio stations, the dam is safe.",
            [
                (
                    "the dam is safe",
                    "early results of a survey conducted by the Rivertown Herald for the Water"
                    " Board and two local radio stations",
                    "According to",
                    "indirect",
                )
            ],
        ),
        (  # ... but "about" before a number is
            "Ann Lee said about 40 people came to the meeting.",
            [("about 40 people came to the meeting", "Ann Lee", "said", "indirect")],
        ),
    ],
)
def test_more_shapes(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [(s.content, s.speaker_mention, s.cue, s.kind) for s in attribute(text)] == expected


def test_opening_mark_typed_as_closing_mark() -> None:
    got = rows("\u201cNot at all,\u201c Ann Lee said. \u201cThe dam holds.\u201d")
    assert got == [
        (
            "\u201cNot at all,\u201c Ann Lee said. \u201cThe dam holds.\u201d",
            "Ann Lee",
            "said",
            "direct",
        )
    ]


def test_quote_then_appositive_subject_without_comma_before_cue() -> None:
    got = rows("\u201cThe dam holds,\u201d another engineer, Ann Lee told reporters.")
    assert got == [("\u201cThe dam holds,\u201d", "Ann Lee", "told", "direct")]


def test_long_subject_before_the_cue() -> None:
    got = rows(
        "The Water and Dam Safety Directorate of the Rivertown Department of Public Works "
        "concluded that the dam holds."
    )
    assert [(r[0], r[2]) for r in got] == [("the dam holds", "concluded")]
    assert got[0][1] is not None and got[0][1].endswith("Department of Public Works")


def test_two_apostrophe_quote_closing_after_a_single_quote() -> None:
    got = rows("''I tell them, 'we are sorry,''' said Ann Lee, a banker.")
    assert got == [("''I tell them, 'we are sorry,'''", "Ann Lee", "said", "direct")]


def test_sources_said() -> None:
    assert rows("The dam will be closed in June, sources said.") == [
        ("The dam will be closed in June", "sources", "said", "indirect")
    ]


def test_adding_gives_two_rows() -> None:
    got = rows("\u201cWe will win,\u201d Ann Lee said, adding that the vote was fair.")
    assert got == [
        ("\u201cWe will win,\u201d", "Ann Lee", "said", "direct"),
        ("the vote was fair", "Ann Lee", "adding", "indirect"),
    ]


def test_pronoun_resolves_to_last_named_speaker() -> None:
    got = attribute(
        "Ann Lee, mayor of Rivertown, said the dam holds.\n\n\u201cWe are safe,\u201d she said."
    )
    assert [
        (s.speaker_mention, s.speaker_name, s.speaker_role, s.speaker_organization) for s in got
    ] == [("Ann Lee", "Ann Lee", "mayor", "Rivertown"), ("she", "Ann Lee", "mayor", "Rivertown")]


def test_premodifier_title_gives_role_and_name() -> None:
    (got,) = attribute("Chinese Ambassador to Kenya Zhou Ping said trade grew.")
    assert (got.speaker_name, got.speaker_role) == ("Zhou Ping", "Chinese Ambassador to Kenya")


def test_group_and_anonymous_speakers_are_typed() -> None:
    got = attribute("Officials said the road is closed. A source said it may reopen soon.")
    assert [s.speaker_type for s in got] == ["group", "anonymous"]


def test_quote_continues_previous_speaker_across_paragraphs() -> None:
    text = (
        "\u201cWe are ready,\u201d Ann Lee said. \u201cThe dam holds.\u201d"
        "\n\n\u201cNo one left.\u201d"
    )
    (got,) = attribute(text)
    assert got.start == 0 and got.end == len(text) and got.kind == "direct"


@pytest.mark.parametrize(
    "frame",
    [
        "said Ann Lee, a nurse from Ohio.",  # an appositive after the speaker
        "Ann Lee said in a statement on Monday.",  # an adjunct after the cue
    ],
)
def test_quotations_around_a_frame_with_a_tail_are_direct(frame: str) -> None:
    """The frame's words up to the next quotation are not counted: two quotations around
    '"C," said X, a nurse from Ohio. "D."' are a direct statement, not a mixed one."""
    text = (
        f"\u201cThe dam on the river holds well,\u201d {frame} "
        "\u201cNo one has left the town since the flood.\u201d"
    )
    (got,) = attribute(text)
    assert (got.start, got.end, got.kind) == (0, len(text), "direct")


@pytest.mark.parametrize(
    "text",
    [  # reported speech before the frame stays counted: mixed
        "The dam on the river holds well, Ann Lee said, \u201cand no one has left the town.\u201d",
        "The dam on the river holds well, Ann Lee said on Monday. \u201cNo one has left the town "
        "since the flood.\u201d",
        "The dam on the river will hold, Ann Lee said, and \u201cno one has left the town.\u201d",
    ],
)
def test_reported_words_around_a_frame_keep_the_statement_mixed(text: str) -> None:
    (got,) = attribute(text)
    assert (got.start, got.end, got.kind) == (0, len(text), "mixed")


def test_unclosed_quote_does_not_swallow_next_paragraph() -> None:
    text = "Ann Lee said \u201cthe dam holds.\n\nThe river rose. Bo Chan said it was fine."
    got = attribute(text)
    assert [s.speaker_name for s in got] == ["Ann Lee", "Bo Chan"]
    assert "\n" not in got[0].content


def test_cue_inside_a_quote_is_not_a_frame() -> None:
    got = attribute("\u201cThey said no,\u201d Ann Lee said.")
    assert [(s.speaker_name, s.cue) for s in got] == [("Ann Lee", "said")]


def test_sample_article_matches_seed_gold() -> None:
    gold = json.loads(need(SEED_GOLD).read_text(encoding="utf-8"))
    got = attribute(need(SAMPLE).read_text(encoding="utf-8"))
    by_content = {s.content.strip('"\u201c\u201d'): s for s in got}
    for g in gold["statements"]:
        found = by_content.get(g["content"].strip('"'))
        assert found is not None, g["content"]
        assert (
            found.speaker_name,
            found.speaker_role,
            found.speaker_organization,
            found.speaker_type,
        ) == (g["speaker"], g["role"], g["organization"], g["speaker_type"]), g["content"]
    for sentence in gold["not_statements"]:
        assert not any(sentence in s.content or s.content in sentence for s in got)


def check_invariants(text: str, statements: list[Statement]) -> None:
    last_end = 0
    for s in statements:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.content
        assert s.start >= last_end
        assert 0.0 <= s.confidence <= 1.0
        last_end = s.end


ALPHABET = list(" ,.:;\n\"\u201c\u201d\u2018\u2019'") + [
    "said",
    "told",
    "adding that",
    "he",
    "Ann Lee",
    "according to",
    "the plan",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=60).map(" ".join))
@example("‘ said : \n ,")  # a frame whose content came out empty
def test_statements_map_back_and_never_overlap(text: str) -> None:
    check_invariants(text, attribute(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    check_invariants(text, attribute(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two-apostrophe quote marks (as some newspapers print them)
        ("''The dam holds,'' Ann Lee said.", [("''The dam holds,''", "Ann Lee", "said", "direct")]),
        # a frame after a quote may carry a longer tail of adverbials
        (
            "\u201cThe dam holds,\u201d Ann Lee told reporters at the river on Monday.",
            [("\u201cThe dam holds,\u201d", "Ann Lee", "told", "direct")],
        ),
        # inverted frame with an appositive that is not a role
        (
            "\u201cThe dam holds,\u201d said Ann Lee, 44, a welder from Rivertown.",
            [("\u201cThe dam holds,\u201d", "Ann Lee", "said", "direct")],
        ),
        # a verb outside the lexicon still frames a quote that ends with a comma
        (
            "\u201cThe dam holds,\u201d Ann Lee grumbled.",
            [("\u201cThe dam holds,\u201d", "Ann Lee", "grumbled", "direct")],
        ),
        # coordinated second cue: the subject of the sentence speaks
        (
            "Ann Lee praised the crew and said the dam holds.",
            [
                ("the crew", "Ann Lee", "praised", "indirect"),
                ("the dam holds", "Ann Lee", "said", "indirect"),
            ],
        ),
        # participle with no frame before it: the subject of the main clause
        (
            "After the flood, Ann Lee toured the town, saying the dam holds.",
            [("the dam holds", "Ann Lee", "saying", "indirect")],
        ),
        # a cue nested in reported speech does not cut the outer statement
        (
            "Ann Lee said the engineers believe the dam holds.",
            [("the engineers believe the dam holds", "Ann Lee", "said", "indirect")],
        ),
        # a frame set off by commas inside the statement
        (
            "The dam, Ann Lee said, is safe for now.",
            [("The dam, Ann Lee said, is safe for now", "Ann Lee", "said", "indirect")],
        ),
        # ... also when the statement goes on with a capitalised word
        (
            "If the river rises, Ann Lee said, Rivertown must close the road.",
            [
                (
                    "If the river rises, Ann Lee said, Rivertown must close the road",
                    "Ann Lee",
                    "said",
                    "indirect",
                )
            ],
        ),
        # a time and place after a cue, then a participle: the frame still closes
        (
            "The dam holds, Ann Lee said Tuesday in Rivertown, noting the river is low.",
            [
                ("The dam holds", "Ann Lee", "said", "indirect"),
                ("the river is low", "Ann Lee", "noting", "indirect"),
            ],
        ),
        # a dateline before the subject
        (
            "Dec 29 (Wire) - Mayor Ann Lee on Tuesday said the dam holds.",
            [("the dam holds", "Ann Lee", "said", "indirect")],
        ),
        # an initial inside the speaker's name after an inverted cue
        (
            "\u201cThe dam holds,\u201d said Ann B. Lee, a welder.",
            [("\u201cThe dam holds,\u201d", "Ann B. Lee", "said", "direct")],
        ),
        # relative clause on the subject
        (
            "Residents who live near the river said the water is rising.",
            [("the water is rising", "Residents", "said", "indirect")],
        ),
    ],
)
def test_harder_shapes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_framed_quote_in_next_paragraph_is_not_a_continuation() -> None:
    text = "Ann Lee said the dam holds.\n\n\u201cWe checked it. It is fine,\u201d Bo Chan said."
    assert [(s.speaker_name, s.content) for s in attribute(text)] == [
        ("Ann Lee", "the dam holds"),
        ("Bo Chan", "\u201cWe checked it. It is fine,\u201d"),
    ]


def test_confidence_is_higher_for_clear_frames() -> None:
    hand = load_lexicon(learned=False)
    clear = make_article("\u201cThe dam holds,\u201d Ann Lee said.")
    vague = make_article("He believed the dam holds.")
    (c,) = attribute_statements(clear, segment_sentences(clear), lexicon=hand)
    (v,) = attribute_statements(vague, segment_sentences(vague), lexicon=hand)
    assert c.confidence > v.confidence


def test_trailing_aside_is_not_reported_speech() -> None:
    got = rows("Ann Lee said the dam on the river holds well, which is good news for the town.")
    assert got == [("the dam on the river holds well", "Ann Lee", "said", "indirect")]


def test_full_name_sharing_a_surname_is_not_merged() -> None:
    got = attribute("Bo Lee said the dam holds. Ann Lee said the river is low.")
    assert [s.speaker_name for s in got] == ["Bo Lee", "Ann Lee"]


def test_bare_surname_resolves_to_earlier_full_name() -> None:
    got = attribute("Ann Lee, mayor of Rivertown, said the dam holds. Lee said the river is low.")
    assert [(s.speaker_name, s.speaker_role) for s in got] == [
        ("Ann Lee", "mayor"),
        ("Ann Lee", "mayor"),
    ]


def test_name_in_apposition_is_not_a_role() -> None:
    (got,) = attribute("Ann Lee, Bo Chan said the dam holds.")
    assert got.speaker_role is None


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("mayor of Rivertown", ("mayor", "Rivertown")),
        ("the Rivertown Water Board's chief engineer", ("chief engineer", "Rivertown Water Board")),
        ("minister of roads, bridges and canals", ("minister of roads, bridges and canals", None)),
        ("from the Rivertown Rowing Club", (None, "Rivertown Rowing Club")),
        ("also chief executive", ("chief executive", None)),
        ("acting president", ("acting president", None)),
        ("water rationing inspector", ("water rationing inspector", None)),
        # not noun phrases: no role, no organisation
        ("however", (None, None)),
        ("in reply to a question from the Rivertown Herald", (None, None)),
        ("speaking at a rally of the Rivertown Party", (None, None)),
        ("published today by the weekly", (None, None)),
        ("are rumours that the dam leaks", (None, None)),
        ("but was unsure about the rest", (None, None)),
        ("whose boat sank last year", (None, None)),
        ("who is also a nurse", (None, None)),
        ("Bo Chan", (None, None)),
        # a clause after the organisation is cut off
        ("chair of the Rivertown Board and a former nurse", ("chair", "Rivertown Board")),
        ("head of Dam Watch until last", ("head", "Dam Watch")),
    ],
)
def test_description_reads_as_role_and_organisation(
    description: str, expected: tuple[str | None, str | None]
) -> None:
    assert read_description(description, load_lexicon()) == expected


def test_honorific_is_no_role() -> None:
    (got,) = attribute("Mr Bo Chan said the dam holds.")
    assert (got.speaker_name, got.speaker_role) == ("Bo Chan", None)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # a lower-case plural head is a group, a title head a person
        ("the water engineers", (None, "group", None)),
        ("some rowing coaches", (None, "group", None)),
        # (a title head also gives the role: test_speaker_issue3_shapes)
        ("a harbour board spokesman", (None, "person", "harbour board spokesman")),
        ("a spokesman for the Rivertown Board", (None, "person", "spokesman")),
        # an organisation word at the head, a possessive name, a one-word acronym
        ("General Dam Works Corp", ("General Dam Works Corp", "organization", None)),
        ("Rivertown Rowing Club", ("Rivertown Rowing Club", "organization", None)),
        ("Lee and Chan's", ("Lee and Chan's", "organization", None)),
        ("The RDWB", ("RDWB", "organization", None)),
        ("lead manager Dam Holdings Ltd", ("Dam Holdings Ltd", "organization", "lead manager")),
        # must not change: a person with a title before the name
        ("Deputy Mayor Bo Chan", ("Bo Chan", "person", "Deputy Mayor")),
        ("Ann Lee", ("Ann Lee", "person", None)),
        # group and organisation nouns of the lexicon, capitalised at a sentence start
        ("Dealers", ("Dealers", "group", None)),
        ("Rivertown Dam Co", ("Rivertown Dam Co", "organization", None)),
        ("The Rivertown Stock Exchange", ("Rivertown Stock Exchange", "organization", None)),
    ],
)
def test_speaker_type_from_the_head_word(
    mention: str, expected: tuple[str | None, str, str | None]
) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.type, sp.role) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mill sold the assets of Rivertown Dam Works, which said it was pleased.",
            "Rivertown Dam Works",
        ),
        ("Last year Dam Watch, which opposed the plan, said the dam leaks.", "Dam Watch"),
        ("He met Ann Lee, who said the plan works.", "Ann Lee"),
        ("The Bank of Rivertown, which said rates would rise, is old.", "Bank of Rivertown"),
    ],
)
def test_relative_pronoun_takes_the_nearest_noun_phrase(text: str, name: str) -> None:
    got = attribute(text)
    assert [s.speaker_name for s in got if s.speaker_mention in ("which", "who")][:1] == [name]


def test_addressee_is_not_resolved_to_a_named_speaker() -> None:
    got = attribute("Ann Lee said the dam holds. You said the dam leaks.")
    assert [(s.speaker_mention, s.speaker_name) for s in got] == [
        ("Ann Lee", "Ann Lee"),
        ("You", None),
    ]


def test_quantifier_speaker_is_typed_without_a_name() -> None:
    got = attribute("Officials said the dam holds. Some said it leaks. Another said it is fine.")
    assert [(s.speaker_mention, s.speaker_name, s.speaker_type) for s in got] == [
        ("Officials", "Officials", "group"),
        ("Some", None, "group"),
        ("Another", None, "person"),
    ]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Previously the Rivertown Board", ("Rivertown Board", "organization", False)),
        ("he definitely", (None, "person", True)),
        ("he's", (None, "person", True)),
        ("which the Rivertown Board", ("Rivertown Board", "organization", False)),
        ("Over the", (None, "person", False)),
        ("of", (None, "person", False)),
        # must not change
        ("Mr Bo Chan", ("Bo Chan", "person", False)),
        ("he", (None, "person", True)),
    ],
)
def test_mention_without_leading_function_words(
    mention: str, expected: tuple[str | None, str, bool]
) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.type, sp.pronoun) == expected


def test_capitalised_first_word_read_in_lower_case_when_the_article_has_it() -> None:
    got = attribute("Rowers said the dam holds. Some rowers disagree. Chan said it leaks.")
    assert [(s.speaker_name, s.speaker_type) for s in got] == [
        ("rowers", "group"),
        ("Chan", "person"),
    ]
