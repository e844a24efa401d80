"""Misreadings of general English from issue 3, fixed one by one, each with counter-examples
that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_inverted_speaker_before_long_setting_clause() -> None:
    """'"C," said X as she dined on ... at ...': a setting clause so long that the words after
    the cue pass the speaker limit still leaves X, a short speaker, before it."""
    assert rows(
        '"We should win," said Ann Lee as she dined on fried eggs and sausage with her old'
        " friends at the golf club near the river."
    ) == [('"We should win,"', "Ann Lee", "said")]
    assert rows(
        '"We should win," said Lee as he dined on fried eggs and sausage at his Lee National'
        " Harbour golf resort."
    ) == [('"We should win,"', "Lee", "said")]


def test_long_words_after_inverted_cue_without_setting_still_no_speaker() -> None:
    """Counter-examples: a long phrase after the cue with no setting clause to cut names
    nobody; a short speaker with a setting reads as before."""
    assert rows(
        "Prices will rise, said a report which the central bank released after a long meeting"
        " of its board of governors in the capital."
    ) == []
    assert rows('"We should win," said Ann Lee as she left.') == [
        ('"We should win,"', "Ann Lee", "said")
    ]
