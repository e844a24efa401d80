"""Known misreadings of general English (issue 3, session 14), each fixed with
counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import named_rows, rows


def test_result_verb_before_a_number_reports_nothing() -> None:
    """'posted an 18% jump', 'added 5 cents': a cue of class measure_object before an object
    that opens with a number or a sum and holds no verb gives a result, not speech."""
    assert rows("The bakery posted a 12% jump in sales on Monday.") == []
    assert rows("Shares in the bakery added 5 cents to close at $4.20.") == []
    assert rows("The town added 1,200 jobs in May, and the mayor said it was a record.") == [
        ("it was a record", "the mayor", "said")
    ]


def test_result_verb_before_a_result_noun_reports_nothing() -> None:
    """'posted a record loss', 'posted larger-than-expected profits': a noun of a result
    (class result_noun) among the object's first words, and no verb, is a result too."""
    assert rows("The bakery posted a record loss in the year to June.") == []
    assert rows("The bakery posted larger-than-expected annual profits.") == []
    assert rows("Ann Lee added losses would mount.") == [
        ("losses would mount", "Ann Lee", "added")
    ]


def test_result_verb_before_a_clause_keeps_its_frame() -> None:
    """Counter-examples: a number that opens a clause ('300 people had died'), a cue of
    another class ('reported a 12% rise') and an object with no number keep their rows."""
    assert rows("Ann Lee added 300 people had died.") == [
        ("300 people had died", "Ann Lee", "added")
    ]
    assert rows("The bakery reported a 12% rise in sales.") == [
        ("a 12% rise in sales", "The bakery", "reported")
    ]
    assert rows('"We will win," she added.') == [('"We will win,"', "she", "added")]
    assert rows("The bakery posted a 12% jump in sales and said it was hiring.") == [
        ("it was hiring", "The bakery", "said")
    ]


def test_letter_after_a_capitalised_word_is_a_name() -> None:
    """'Team A said C': the capital 'A' after a capitalised word ends a name, so the cue
    after it is a verb, not a noun after an article."""
    assert rows("Team A said the test had failed.") == [
        ("the test had failed", "Team A", "said")
    ]
    assert rows("Later, Squad A claims that the test failed.") == [
        ("the test failed", "Squad A", "claims")
    ]


def test_article_before_a_cue_noun_keeps_its_reading() -> None:
    """Counter-examples: 'A' opening a sentence or after a lower-case word is an article,
    and the cue after it a noun with no clause ('A claim followed', 'wrote a claim')."""
    assert rows("A claim by the club was rejected.") == []
    assert rows("Team B said the test had failed.") == [
        ("the test had failed", "Team B", "said")
    ]


def test_inverted_cue_between_subject_and_verb_is_a_source() -> None:
    """'The plan, suggested reports, is dead': an inverted cue set off by commas between a
    subject and its verb names the source; the sentence is what was said, as with ', X
    said,'."""
    assert rows("The plan, suggested reports, is dead.") == [
        ("The plan, suggested reports, is dead", "reports", "suggested")
    ]
    assert rows("The new bridge, said the mayor, will open in May.") == [
        ("The new bridge, said the mayor, will open in May", "the mayor", "said")
    ]


def test_inverted_cue_after_a_clause_or_before_an_aside_keeps_its_reading() -> None:
    """Counter-examples: after a clause the inverted frame ends the content ('C, said Ann
    Lee, a trader'); a participle ('seen as') or an '-ed' aside after the noun phrase
    ('said the rules, published today, were') is no parenthetical source."""
    assert rows("Prices will rise, said Ann Lee, a trader at Acme.") == [
        ("Prices will rise", "Ann Lee", "said")
    ]
    assert all(
        speaker != "a last chance"
        for _, speaker, _ in rows("The merger, seen as a last chance, has been delayed.")
    )
    assert all(
        speaker != "the rules"
        for _, speaker, _ in rows("Ann Lee, a nurse, said the rules, published today, were unfair.")
    )


def test_possessed_noun_of_speech_with_that_clause() -> None:
    """"Tom Hall's remarks that C": a noun of speech that is no cue form by itself (class
    speech_noun) reports C after a possessive and before 'that'."""
    assert rows("Tom Hall's remarks that the war was over angered many.") == [
        ("the war was over", "Tom Hall's", "remarks")
    ]
    assert rows("The club's statement that it would close shocked fans.") == [
        ("it would close", "The club's", "statement")
    ]


def test_possessed_noun_without_a_complement_clause_reports_nothing() -> None:
    """Counter-examples: a relative 'that' (a verb right after it), no 'that' at all, or no
    possessive before the noun give no row."""
    assert rows("The mayor's comments that were published angered many.") == []
    assert rows("Tom Hall's remarks drew laughter from the crowd.") == []
    assert rows("The remarks that the war was over angered many.") == []


def test_owner_of_a_noun_of_speech_is_named_without_possessive() -> None:
    """"Tom Hall's claim that C": the mention keeps its "'s" (as annotated), the speaker's
    name does not; a company name with "'s" before a verb keeps it ("Moody's said")."""
    assert named_rows("Tom Hall's claim that the war was over angered many.") == [
        ("the war was over", "Tom Hall", "claim")
    ]
    assert named_rows("Moody's said the outlook was stable.") == [
        ("the outlook was stable", "Moody's", "said")
    ]


def test_cue_after_than_is_a_comparison() -> None:
    """'slower than forecast', 'better than previously expected': a cue right after 'than'
    (and an '-ly' adverb) compares; it has no speaker of its own."""
    assert rows("Growth was slower than forecast, the bank said.") == [
        ("Growth was slower than forecast", "the bank", "said")
    ]
    assert rows("Sales were weaker than previously expected in May.") == []
    assert rows("The town grew faster than predicted, and well above the 9% of 2003.") == []
    assert rows("Sales doing better than expected means the outlook could be bright.") == []


def test_cue_not_after_than_keeps_its_frame() -> None:
    """Counter-example: the same cue after its subject reports what was expected."""
    assert rows("Ann Lee expected that sales would fall.") == [
        ("sales would fall", "Ann Lee", "expected")
    ]


def test_preferred_stock_is_no_preference() -> None:
    """'preferred stock', 'preferred dividends' (class other_sense pairs) name a kind of
    share, not what anyone preferred."""
    assert rows("Net income after payment of preferred dividends rose.") == []
    assert rows("The utility redeemed its preferred stock.") == []


def test_preferred_before_a_name_keeps_its_frame() -> None:
    """Counter-example: 'preferred' before its object reports a preference."""
    assert rows("She preferred Ann Lee to Tom Hall.") == [
        ("Ann Lee to Tom Hall", "She", "preferred")
    ]


def test_kind_of_company_before_its_name_is_part_of_the_subject() -> None:
    """'US giant GE cut jobs and said C': a noun of a kind of company (speaker classes
    org_kind, org_anaphor) between capitalised words and a name belongs to the subject
    that a second verb takes, as a title does ('Tory leader Michael Howard')."""
    assert rows("US giant Acme cut jobs and said it was fine.") == [
        ("it was fine", "US giant Acme", "said")
    ]
    assert rows("UK advertising giant Acme cut jobs and said it was fine.") == [
        ("it was fine", "UK advertising giant Acme", "said")
    ]


def test_lower_case_word_that_is_no_kind_of_company_ends_the_subject() -> None:
    """Counter-example: a verb or a noun of no company kind after the name ends it."""
    assert rows("Acme cut staff Monday and said it was fine.") == [
        ("it was fine", "Acme", "said")
    ]
