"""Attribution: picture captions run inline with wire copy are not statements (invented
sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    "caption",
    [
        "Aerial photo taken on June 29 shows a view of the bridge linking two towns.",
        "Photo taken on Sept. 26, 2020 shows the new expressway near the ferry station.",
        "A video released by the port authority showed cranes loading the first ship.",
        "Footage from the harbour shows the flooded quays after the storm.",
        "Photo taken on Oct. 12 shows a view of the old lighthouse at dawn.",
        "(Harbour Press/Ann Lee) Photo taken on May 2 shows the pier at low tide.",
    ],
)
def test_a_caption_is_not_a_statement(caption: str) -> None:
    assert rows(f"The harbour reopened on Monday. {caption} Trade resumed at once.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 'show' with another subject still reports what it shows
            "A new poll shows that most voters back the plan to rebuild the harbour.",
            ("most voters back the plan to rebuild the harbour", "A new poll", "shows"),
        ),
        (  # a person who showed that C
            "Ann Lee, the harbour master, showed reporters that the pier was finished on time.",
            ("the pier was finished on time", "Ann Lee", "showed"),
        ),
        (  # a caption before the speaker does not take the statement with it
            "After the video showed the crowd, Ann Lee said the protest had been peaceful.",
            ("the protest had been peaceful", "Ann Lee", "said"),
        ),
        (  # a picture noun inside a name
            "Figures from the Harbour Picture Archive showed that the pier was once longer.",
            ("the pier was once longer", None, "showed"),
        ),
        (  # a picture in another clause
            "After the remarks he made in a video last year, the new poll shows that voters "
            "have moved.",
            ("voters have moved", "the new poll", "shows"),
        ),
        (  # a picture named long before the cue
            "The photo that the council put up in the town hall last spring before the vote on "
            "the harbour budget shows that the pier was once much longer.",
            ("the pier was once much longer", None, "shows"),
        ),
    ],
)
def test_other_subjects_of_show_still_make_statements(
        text: str, expected: tuple[str, str | None, str]) -> None:
    content, mention, cue = expected
    got = rows(text)
    assert [(c, cu) for c, _, cu in got] == [(content, cue)]
    if mention is not None:
        assert got[0][1] == mention


@pytest.mark.parametrize(
    "text",
    [
        "Image Bank figures show that ferry fares rose sharply in May.",
        "Video Research figures show that the harbour channel lost viewers in May.",
    ],
)
def test_a_picture_noun_opening_a_name_is_no_caption(text: str) -> None:
    assert len(rows(text)) == 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Ann Lee speaks at the pier on May 2. (Harbour News/Tom Hall) "The pier holds," '
         "Lee said.", '"The pier holds,"'),
        ("A view of the bridge. (Photo by Tom Hall/Harbour News) The pier was shut for a "
         "week, the board said.", "The pier was shut for a week"),
        ('(Harbour News/Tom Hall) -- "The pier holds," Lee said.', '"The pier holds,"'),
    ],
)
def test_a_picture_credit_opening_a_content_is_left_out(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [  # brackets with a slash that are no credit stay in the content
        "The ratio (40/60) was fair, Lee said.",
        "(The board/the port) said the pier holds, Lee said.",
        "The pier (Harbour News/Tom Hall) is safe, Lee said.",  # a credit inside
    ],
)
def test_other_brackets_with_a_slash_stay(text: str) -> None:
    assert rows(text)[0][0].startswith(text[:5])


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a caption and its credit before the sentence a frame closes
        ("A view of the port at dawn, June 1. (Harbour Online/Ann Lee) Revenue at the port rose "
         "5 percent in October, data from the board showed.",
         "Revenue at the port rose 5 percent in October"),
        ("Aerial photo shows the port. /Wire RIVERTON, Nov. 17 (Wire) -- Trade at the port has "
         "held up well this year, the planner said.",
         "Trade at the port has held up well this year"),
    ],
)
def test_a_caption_before_a_content_is_left_out(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # slashes that end no caption
        ('"We lost sight of the U.S./ASEAN Memorandum of Understanding," it said.',
         '"We lost sight of the U.S./ASEAN Memorandum of Understanding,"'),
        ("The ratio (40/60) was fair and the vote was close, Lee said.",
         "The ratio (40/60) was fair and the vote was close"),
    ],
)
def test_slashes_that_end_no_caption_stay(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]
