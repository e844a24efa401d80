"""Attribution: a cue form in a sense that reports nothing, given away by the words right
after it ('appeared on television', 'found itself in', 'a think tank'; invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import candidate_rows, rows


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master later appeared on local radio with two of his deputies.",
        "Ann Lee appeared in court on Tuesday with two other port officials.",
        "The two candidates appeared with the mayor at the opening of the new bridge.",
        "Tom Hall will appear before the committee next week with the other directors.",
        "The ferry company found itself in trouble after the storm closed the harbour.",
        "The dockers found ways to load the ships without the broken cranes.",
        "The port board has found a way to pay for the new pier without a loan.",
        "Ann Lee, a fellow at a Riverton think tank, has written two books on ports.",
        "The former radio show host now runs a cafe by the harbour in Riverton.",
        "The rise in freight costs is adding to the pressure on small exporters.",
        "Freight traffic through the harbour continued to rise in the last quarter.",
        "Ann Lee, who presented the TV show Harbour Lights in the 1990s, lives by the dock.",
        "The ferry company cut its growth forecast for the island routes by half.",
        "The top seed and defending champion Ann Lee won the harbour regatta again.",
        "Freight through the harbour declined by a tenth in May, the third fall in a row.",
        "The ferry line continues gaining passengers on the island routes.",
        "Weak demand for steel hurt the dock company in the first quarter.",
        "Fares rose as consumer demand for island trips cooled over the summer.",
        "Strong demand for berths during the regatta filled the harbour early.",
        "A docker, who declined to be named, was at the pier when the crane fell.",
        "A docker, who asked not to be identified, was at the pier when the crane fell.",
        "Riverton was named the best harbour town of the province on Monday.",
        "The two new tugs were named Bolt and Tiller at a small ceremony.",
        "She has been named the new head of the harbour board.",
        "Two new races were added to the harbour regatta program this year.",
        "The new tug, added to the harbour fleet in May, broke down twice in June.",
        "The port radio covers fishing, weather forecast, and news of the ferries.",
        "The harbour's industrial value added rose by a tenth in the first quarter.",
        "The old pier was recognized as one of the finest in the province.",
        "Two dockers were charged with theft after the crane fell.",
        "The board is charged with keeping the pier safe through the winter.",
        "A man arrested and charged with arson was released on Friday.",
        "Shares in the ferry line added 5.3% to 740 pence.",
        "The ferry index added 12 points, or 0.4%, to 2,310.",
        "Oil rose, with Riverton crude adding $1.89 to $48.62 at the close.",
        "Freight through the harbour declined 2 per cent in May.",
        "The ferry index added more than 2% to begin the week.",
        "Tom Hall was found dead in his cabin by the harbour on Monday.",
        "The two dockers were found guilty of theft at Riverton court.",
        "The board responded by closing the pier for a week.",
        "The mayor had to contend with angry dockers at the meeting.",
        "After a poor showing in the harbour vote, Tom Hall left the board.",
        "The ferry index continued its record slide on Monday.",
        "Divers continued their search for the boat in the bay.",
        "Ann Lee continued as head of the harbour board until 2014.",
    ],
)
def test_a_cue_in_another_sense_reports_nothing(sentence: str) -> None:
    assert rows(f"The harbour reopened on Monday. {sentence}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the raising sense keeps its frame
            "Ann Lee appeared to accept that the harbour would stay closed until May.",
            "appeared",
        ),
        (  # 'found that' keeps its frame
            "A study by the port board found that most ferries leave late in winter.",
            "found",
        ),
        (  # 'think' before a clause keeps its frame
            "Dock workers think the new cranes will be ready before the summer season.",
            "think",
        ),
        (  # after 'appeared on radio', the cue 'said' still reports
            "Tom Hall appeared on local radio and said the harbour would reopen in May.",
            "said",
        ),
        (  # a plural subject before 'show' keeps the verb
            "Official figures show that freight through the harbour fell by a tenth in May.",
            "show",
        ),
        ("Analysts forecast that the harbour will handle more freight next year.", "forecast"),
        (  # 'declined' before an infinitive or its object keeps its frame
            "The harbour board declined to comment on the plan to close the pier.",
            "declined",
        ),
        (  # an aspect verb before a cue keeps its frame
            "Tom Hall continued to insist that the harbour would reopen in May.",
            "continued",
        ),
        (  # and so does the speech sense, before a quotation
            'Ann Lee continued: "The harbour will reopen in May, whatever the board says."',
            "continued",
        ),
        (  # the speech act 'demand' keeps its frame
            "The dockers' union renewed its demand that the pier stay open in winter.",
            "demand",
        ),
        ("The dockers demanded that the harbour board keep the pier open.", "demanded"),
        ("The harbour master declined to comment on the crash at the pier.", "declined"),
        ("The union asked that the pier stay open in the winter months.", "asked"),
        (  # 'added' with a comma before 'to' keeps its frame
            "Ann Lee added, to laughter from the dockers, that the pier would stay open.",
            "added",
        ),
        (  # 'added to' before whom it was said to keeps its frame
            '"The pier will stay open," Ann Lee added to Harbour Radio. "We have the money."',
            "added",
        ),
        ('"The pier will stay open," Ann Lee added to reporters.', "added"),
        ("The board recognized that the pier needed repairs before the winter.", "recognized"),
        ("The ferry company added that the fares would rise in May.", "added"),
        (  # an accusation in law with its accuser and the accused keeps its frame
            "Prosecutors charged Tom Hall with theft of harbour funds.",
            "charged",
        ),
        ("The union charged that the board had lied about the pier.", "charged"),
        (  # after 'charged with', the cue 'said' reports the sentence before it
            "Two dockers were charged with theft, the police said.",
            "said",
        ),
        (  # an aspect verb before its object and a 'that' clause keeps its frame
            "Tom Hall continued his warnings that the pier is unsafe.",
            "continued",
        ),
        ('Tom Hall continued his speech: "The pier is unsafe."', "continued"),
        (  # a verdict's cue reports nothing, and the speaker of the frame after it does
            "Tom Hall was found dead in his cabin, the police said.",
            "said",
        ),
        ("The board responded by saying that the pier was safe.", "saying"),
        ("Ann Lee responded that the pier was safe.", "responded"),
        ("The dockers contend that the pier is unsafe.", "contend"),
        ('The board responded to the dockers on Monday: "The pier is safe."', "responded"),
        (  # a number that opens a clause after 'added' is what was said
            "Tom Hall added 80,000 people had come to the harbour regatta.",
            "added",
        ),
        ("Ann Lee added 5% of the dockers would lose their jobs.", "added"),
        ("The mayor said fares would rise, adding 10 of the ferries will be sold.", "adding"),
        (  # 'adding that' keeps its frame
            "The mayor said the port would reopen, adding that the ferries would run again.",
            "adding",
        ),
    ],
)
def test_the_reporting_sense_keeps_its_frame(text: str, expected: str) -> None:
    assert expected in {cue for _, _, cue in rows(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee now runs a charity called Harbour Watch from a cafe by the dock.",
        "The ferries won the string of contests known as the Coastal Cup.",
        "A dock worker named Tom Hall was hurt when the crane fell.",
        "The board sold its stake in a dredging firm called Acme Dredging.",
        "The port uses a tool called Tide Scope that lets it plan berths.",
        "The board sold its stake in a firm called Acme Dredging, which Tom Hall owns.",
        "Its crews joined a group of dockers called Harbour Watch, now based in Riverton.",
    ],
)
def test_a_naming_participle_before_a_name_reports_nothing(sentence: str) -> None:
    assert rows(f"The harbour reopened on Monday. {sentence}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subject before the naming verb, more than a name after it
            'Ann Lee called the plan "a disaster for the harbour and its workers."',
            "called",
        ),
        ("Dock officials called the new timetable reckless and unworkable.", "called"),
        ("Critics, who called the plan reckless, want the harbour to stay shut.", "called"),
        (  # a name and a comma after a subject that names who called
            "Ann Lee called Tom Hall, the harbour master, a liar and a thief.",
            "called",
        ),
        (  # a common noun as the subject, a title and a quotation after the cue
            'The judges called Harbour Days Are Long "a fine and moving book about the docks."',
            "called",
        ),
    ],
)
def test_a_naming_verb_with_a_subject_keeps_its_frame(text: str, expected: str) -> None:
    # the readers keep the frame; whether a learned-only cue's row clears the scorer's cut
    # is the scorer's business (its weights move with every retraining)
    assert expected in {cue for _, _, cue in candidate_rows(text)}


def test_a_name_after_a_naming_participle_may_be_the_speaker() -> None:
    """'a resident named Ann Lee said C': the statement is hers, not what was named."""
    assert [cue for _, _, cue in rows("A dock worker named Tom Hall said the crane was old.")
            ] == ["said"]


def test_a_cue_after_a_naming_passive_still_reports() -> None:
    """'was named' reports nothing, but the cue of the frame after it does."""
    assert [cue for _, _, cue in rows(
        "Riverton was named the best harbour town, the mayor said on Monday.")] == ["said"]


def test_added_value_is_a_noun() -> None:
    """'the town's industrial added value rose by 5 percent': 'added value' (other_sense) is
    an economic figure, no cue (was: a row said by "the town's industrial"); 'added that'
    keeps its frame."""
    assert rows("During the period, the town's industrial added value rose by 5 percent.") == []
    assert rows("Tom Hall added that value was key.") == [("value was key", "Tom Hall", "added")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a video posted to her Facebook account, Ann Lee criticized the harbour board.",
        "That comment was posted from the account of a group in Riverton.",
        "Hacked emails posted by the group have angered the harbour board.",
        "A photo posted on social media of the scene drew a crowd to the pier.",
    ],
)
def test_a_work_with_its_posting_participle_reports_nothing(sentence: str) -> None:
    """'posted' right after the video, email or comment it is said of, before 'to', 'by' or
    'on': a participle of that noun, no frame (no 'a video' posting 'to her account')."""
    assert [r for r in candidate_rows(sentence) if r[2] == "posted"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject posted it, or no place follows the participle: the frame stays
        ("Ann Lee posted on Facebook that the pier would close.", "the pier would close"),
        ("Ann Lee posted to Facebook that the pier would close.", "the pier would close"),
    ],
)
def test_a_poster_or_a_posting_time_keeps_the_frame(text: str, expected: str) -> None:
    assert [r[0] for r in rows(text) if r[2] == "posted"] == [expected]
