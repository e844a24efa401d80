"""Subject and speaker spans (issue 3, session 14): the noun phrase that speaks, read in
general English, with counter-examples that must keep their reading. Invented sentences
only."""

from __future__ import annotations

from tests.attribution_rows import candidate_rows, rows


def test_noun_between_modifier_and_name_before_a_verb_is_part_of_the_subject() -> None:
    """'US behemoth Acme cut jobs and said C': a lower-case noun of no verb form between
    capitalised words and a name that a verb follows belongs to the subject that a second
    verb takes, whatever the noun ('behemoth', 'rival'), not only a kind of company."""
    assert rows("US behemoth Acme cut jobs and said the plan would work.") == [
        ("the plan would work", "US behemoth Acme", "said")
    ]
    assert rows("Riverton rival Zorvex raised prices and said demand was strong.") == [
        ("demand was strong", "Riverton rival Zorvex", "said")
    ]


def test_verb_between_names_ends_the_subject() -> None:
    """Counter-examples: a verb between two names ('beat', 'thinks'), or a name that no
    verb follows, leaves the first name alone as the subject."""
    assert rows("Federer beat Nadal and said it was hard.") == [
        ("it was hard", "Federer", "said")
    ]
    assert rows("Ann Lee hit Tom Hall hard and said he lied.") == [
        ("he lied", "Ann Lee", "said")
    ]
    assert rows("Acme cut staff Monday and said it was fine.") == [
        ("it was fine", "Acme", "said")
    ]


def test_possessive_after_a_verb_stands_for_the_verbs_subject() -> None:
    """'Ann Lee continues her criticism of C': a cue noun after a verb (an '-s' or past form,
    a particle after it) and a possessive determiner is owned by the verb's subject, who
    speaks; the verb is no part of the speaker."""
    assert rows("Ann Lee continues her criticism of the plan.") == [
        ("the plan", "Ann Lee", "criticism of")
    ]
    assert rows("Meanwhile Tom Hall stepped up his attacks on the mayor.") == [
        ("the mayor", "Tom Hall", "attacks on")
    ]


def test_possessive_after_a_past_verb_and_cue_verbs_keep_their_subject() -> None:
    """Counter-examples: a past verb before the possessive (read as a light verb before) and
    a cue verb before a possessed noun keep their readings."""
    assert rows("The board renewed its warning that prices would rise.") == [
        ("prices would rise", "The board", "warning")
    ]
    assert rows("Tom Hall repeated his claim that the dam was safe.") == [
        ("his claim that the dam was safe", "Tom Hall", "repeated")
    ]


def test_name_before_a_word_that_is_no_verb_keeps_the_reading() -> None:
    """Counter-example: 'as' after the name is no verb (nor is a plural noun: 'Acme
    officers'), so the subject before the name stays alone. ('see X as Y' is a view of its
    own, class as_cue.)"""
    assert rows("Democrats see Ann Lee as a threat, arguing that she would lose.") == [
        ("Ann Lee as a threat", "Democrats", "see"),
        ("she would lose", "Democrats", "arguing"),
    ]


def test_determined_speaker_with_a_modifier_and_a_name_after_an_inverted_cue() -> None:
    """'C, said the famed Acme scholar.': an article, a lower-case modifier, a capitalised
    word and a lower-case noun after an inverting cue name the speaker, one word longer
    than the determined phrases read before ('the famed scholar')."""
    assert rows("The plan will work, said the famed Riverton scholar.") == [
        ("The plan will work", "the famed Riverton scholar", "said")
    ]
    assert rows("The plan will work, said the noted Riverton historian.") == [
        ("The plan will work", "the noted Riverton historian", "said")
    ]


def test_longer_object_after_a_cue_is_no_inverted_speaker() -> None:
    """Counter-examples: a shorter phrase keeps its reading, and an object with its
    complement ('the offer as inadequate') stays no speaker."""
    assert rows("The plan will work, said the famed scholar.") == [
        ("The plan will work", "the famed scholar", "said")
    ]
    assert ("The plan failed", "the offer as inadequate", "said") not in rows(
        "The plan failed, said the offer as inadequate."
    )


def test_verb_and_its_object_before_a_participle_cue_are_no_speaker() -> None:
    """'"C," a friend, Tom Hall, recalled him saying.': the words before the participle cue
    are a past verb and its object, whose subject is before the comma; they are no speaker,
    and the row is the recalling verb's."""
    assert rows("''We must go,'' an old friend, Tom Hall, recalled him saying.") == [
        ("''We must go,''", "Tom Hall", "recalled")
    ]


def test_adjective_before_a_name_stays_in_the_speaker() -> None:
    """Counter-example: an '-ed' adjective opening the speaker before its noun ('retired
    general') is no verb with an object."""
    assert rows('"We must go," retired general Ann Lee said.') == [
        ('"We must go,"', "retired general Ann Lee", "said")
    ]


def test_quotation_closed_in_the_sentence_before_a_described_speaker() -> None:
    """'"C?" Ann Lee, a farmer, said at the meeting.': the question mark ends the
    quotation's sentence, so the name and its description after it make a sentence with
    nothing before them; the quotation that closes right before it is what was said."""
    assert rows('"Is this the end?" Ann Lee, a farmer, said at the meeting.') == [
        ('"Is this the end?"', "Ann Lee", "said")
    ]
    assert rows('"Is this the end?" the farmer, Ann Lee, said.') == [
        ('"Is this the end?"', "Ann Lee", "said")
    ]


def test_described_speaker_after_a_sentence_with_no_quotation_says_nothing() -> None:
    """Counter-examples: no quotation before the sentence, no row; a cue with a clause of its
    own says that clause; a speaker without a description keeps the reading it had."""
    assert rows("The dam broke. Ann Lee, a farmer, said at the meeting.") == []
    assert rows('"We want more." Tom Hall, head of Acme, said prices were high.') == [
        ("prices were high", "Tom Hall", "said")
    ]
    assert rows('"Is this the end?" Ann Lee said at the meeting.') == [
        ('"Is this the end?"', "Ann Lee", "said")
    ]


def test_aside_between_dashes_before_the_cue_is_no_speaker() -> None:
    """'Acme Bank - itself a target of a lawsuit - said C': the aside between the dashes
    describes the subject before it, which speaks."""
    assert rows("But Acme Bank - itself a target of a lawsuit - said the papers were old.") == [
        ("the papers were old", "Acme Bank", "said")
    ]
    assert rows("Mr Bez - himself a former executive at Zorvex - said the car was cheap.") == [
        ("the car was cheap", "Mr Bez", "said")
    ]
    assert rows("Ann Lee - the mayor - said the dam was safe.") == [
        ("the dam was safe", "Ann Lee", "said")
    ]


def test_dash_after_a_dateline_still_opens_the_subject() -> None:
    """Counter-examples: a dash after a dateline still ends the words before the subject,
    and dashes after the cue are no part of the subject's window."""
    assert rows("LONDON, Dec 29 (Reuters) - Acme Corp said profits rose.") == [
        ("profits rose", "Acme Corp", "said")
    ]
    assert rows("Tom Hall said profits - and sales - rose.") == [
        ("profits - and sales - rose", "Tom Hall", "said")
    ]


def test_fronted_phrase_with_no_comma_before_a_name_is_no_speaker() -> None:
    """'During his time on the stand Mr Sullivan told jurors C': a fronted phrase that a
    preposition opens and no comma closes ends where the capitalised name after a lower-case
    word begins; the name speaks."""
    assert rows("During his time on the witness stand Mr Sullivan told jurors he lied.") == [
        ("he lied", "Mr Sullivan", "told")
    ]
    assert rows("In the first half of the year Acme said profits rose.") == [
        ("profits rose", "Acme", "said")
    ]


def test_name_after_a_joiner_or_a_time_span_keeps_its_reading() -> None:
    """Counter-examples: a capitalised run after 'of' is one name ('Secretary of State Ann
    Lee'), as is one after a role ('press secretary Ann Lee'); a determiner stays with its
    name ('the LSE'); a time span before a name is dropped as before."""
    assert rows("In the past few weeks Ann Lee said the talks failed.") == [
        ("the talks failed", "Ann Lee", "said")
    ]
    assert rows("Under Secretary of State Ann Lee said the talks failed.") == [
        ("the talks failed", "Secretary of State Ann Lee", "said")
    ]
    assert rows("As Riverton press secretary Ann Lee explained, taxes were postponed.") == [
        ("taxes were postponed", "Riverton press secretary Ann Lee", "explained")
    ]
    assert rows("Last week the LSE said the bid was low.") == [
        ("the bid was low", "the LSE", "said")
    ]


def test_it_after_but_or_and_opens_a_clause_of_its_own() -> None:
    """'The firm cut jobs but it said C': 'it' right after a word that opens a clause of its
    own (class clause_coordinator) is that clause's subject, not the end of a long subject
    ('The firm cut jobs but it')."""
    assert rows("The firm cut jobs but it said the plan would work.") == [
        ("the plan would work", "it", "said")
    ]
    assert rows("Acme raised prices and it said demand was strong.") == [
        ("demand was strong", "it", "said")
    ]


def test_it_after_a_verb_stays_in_its_clause() -> None:
    """Counter-examples: 'it' after a comma and 'and' was read as before, and a window that
    ends with 'it' after a verb ('told it') gives no 'it' speaker."""
    assert rows("Acme cut jobs, and it said demand was weak.") == [
        ("demand was weak", "it", "said")
    ]
    assert ("the plan would work", "it", "said") not in rows(
        "The firm that owns it said the plan would work."
    )


def test_it_before_a_passive_cue_after_and_says_nothing() -> None:
    """Counter-example: 'and it is expected to C' is an expletive before a passive cue, no
    one's words, as before."""
    assert rows("Work will begin in May and it is expected to end by June.") == []


def test_determined_subject_after_a_fronted_phrase_with_no_comma() -> None:
    """'In a statement the company said C': after a fronted phrase that a preposition opens
    and no comma closes, a determiner after a word that is no preposition opens the subject
    ('the company', 'the mayor of the city'); a name after a noun likewise ('Acme')."""
    assert rows("In a statement the company said profits rose.") == [
        ("profits rose", "the company", "said")
    ]
    assert rows("During the vote the mayor of the city said the plan was dead.") == [
        ("the plan was dead", "the mayor of the city", "said")
    ]
    assert rows("In a statement Acme said profits rose.") == [("profits rose", "Acme", "said")]


def test_determiner_after_a_preposition_stays_in_its_phrase() -> None:
    """'the' after a preposition ('to the nation', 'of the agency') belongs to the phrase
    it is in: the fronted phrase's, so the later determined phrase speaks, and with no
    fronted phrase the subject keeps its own ('The head of the agency')."""
    assert rows("In a speech to the nation the president said taxes would rise.") == [
        ("taxes would rise", "the president", "said")
    ]
    assert rows("The head of the agency said pilots erred.") == [
        ("pilots erred", "The head of the agency", "said")
    ]


def test_past_verb_and_its_object_before_a_cue_noun_are_no_speaker() -> None:
    """'Ann Lee launched a fierce attack against C': the subject window holds a past verb
    and its determined object before a cue noun; the verb's subject speaks, not the clause
    ('Ann Lee launched a fierce'). The frame readers' candidates, before the scorer's cut:
    learned-only cue nouns such as 'tribute to' sit near the learned threshold."""
    assert candidate_rows("Ann Lee launched a fierce attack against Tom Hall.") == [
        ("Tom Hall", "Ann Lee", "attack against")
    ]
    assert candidate_rows("Tom Hall closed his speech with a spirited tribute to the nurses.") == [
        ("the nurses", "Tom Hall", "tribute to")
    ]


def test_verb_inside_a_relative_clause_or_a_participle_stays_in_the_subject() -> None:
    """Counter-examples: a verb after 'that' is the subject's own relative clause, and an
    '-ed' participle before a preposition is no verb with an object."""
    assert rows("A report released on Monday said prices rose.") == [
        ("prices rose", "A report released", "said")
    ]
    assert ("it was safe", "The company", "said") not in rows(
        "The company that made the car said it was safe."
    )


def test_speaker_after_and_in_a_verbs_object_is_the_subject() -> None:
    """'The mayor visited the dam and analysts said C': the words after the object's last
    'and' name a speaker and hold no verb, so they open a clause of their own whose verb is
    the cue; not the first clause's subject."""
    assert rows("The mayor visited the dam and analysts said the project was late.") == [
        ("the project was late", "analysts", "said")
    ]
    assert rows("The mayor visited the dam and Ann Lee said the project was late.") == [
        ("the project was late", "Ann Lee", "said")
    ]


def test_a_verb_or_a_determiner_after_and_keeps_the_first_subject() -> None:
    """Counter-examples: 'and issued a' is the first subject's second verb, and no 'and' at
    all keeps the verb's subject."""
    assert ("the project was late", "The mayor", "saying") in rows(
        "The mayor visited the dam and issued a statement saying the project was late.")
    assert candidate_rows("Ann Lee launched a fierce attack against Tom Hall.") == [
        ("Tom Hall", "Ann Lee", "attack against")
    ]
    found = rows("A rival group launched a film and ad campaign that attacked Ann Lee's"
                 " record, and the mayor said the ads were unfair.")
    assert all(speaker != "ad campaign that" for _, speaker, _ in found)
