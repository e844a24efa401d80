"""Misreadings of general English found in wire copy (issue 3), each fixed with
counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_two_word_clause_before_inverted_frame() -> None:
    """'Prices rose, said the NBS.': a noun and a lower-case verb that open the sentence
    are a whole clause before a frame that closes it (not the NBS said by 'Prices rose')."""
    assert rows("Prices rose, said the NBS.") == [("Prices rose", "the NBS", "said")]
    assert rows("Exports slowed, said Ann Lee.") == [("Exports slowed", "Ann Lee", "said")]


def test_two_word_clause_before_pre_frame() -> None:
    """The same clause before a subject and its cue: 'Sales fell, the ministry said.'"""
    assert rows("Sales fell, the ministry said on Monday.") == [
        ("Sales fell", "the ministry", "said")
    ]


def test_two_words_not_a_clause_stay_out() -> None:
    """Counter-examples: an adverbial ('In London', 'At home') or a frame the sentence goes
    on after is no two-word statement."""
    assert all(c != "In London" for c, _, _ in rows("In London, the ministry said."))
    found = rows("At home, said Ann Lee, the mood is grim.")
    assert all(c != "At home" for c, _, _ in found)


def test_two_words_before_interjected_frame_stay_out() -> None:
    """Counter-example: before an interjected frame ('Sometimes though, he said, C') the
    statement is what follows it."""
    found = rows("Sometimes though, he said, spotting the thief was easy.")
    assert all(c != "Sometimes though" for c, _, _ in found)


def test_participle_subject_stops_before_unread_verb() -> None:
    """'The firm cut jobs, saying C': 'cut' reads as no verb, so the subject read up to the
    comma ends at its last word naming a speaker ('firm', 'chief executive')."""
    assert rows("The firm cut jobs, saying the market was weak.") == [
        ("the market was weak", "The firm", "saying")
    ]
    found = rows("The chief executive cut jobs, saying the market was weak.")
    assert ("the market was weak", "The chief executive", "saying") in found


def test_participle_subject_kept_when_verb_read_or_head_last() -> None:
    """Counter-examples: a subject with a read verb after it ('visited') or one ending on a
    speaker word ('chief') is kept whole."""
    assert rows("The mayor visited the dam, saying it was safe.") == [
        ("it was safe", "The mayor", "saying")
    ]
    found = rows("The local police chief set up a checkpoint, saying roads were unsafe.")
    assert [s for _, s, _ in found] == ["The local police chief"]


def test_infinitive_of_purpose_speaker_is_subject() -> None:
    """'The board used the money to show that C': after a purpose verb (class purpose_verb)
    and its object, the infinitive's cue has the clause's subject as speaker, not the clause."""
    assert rows("The board used the money to show that the plan was working.") == [
        ("the plan was working", "The board", "show")
    ]
    assert rows("On Monday, the mayor used his speech to warn that the dam could fail.") == [
        ("the dam could fail", "the mayor", "warn")
    ]


def test_infinitive_after_other_verb_and_object_no_row() -> None:
    """Counter-examples: after another verb and its object ('inspired the mayor to claim')
    the infinitive is the object's, if anyone's: no row with a clause as speaker; with no
    object ('wanted to show') the reading is unchanged."""
    assert rows("The vote inspired the mayor to claim that taxes would fall.") == []
    found = rows("Ann Lee wanted to say that taxes would rise.")
    assert [s for _, s, _ in found] == ["Ann Lee"]


def test_object_with_aside_before_cue_opens_complement() -> None:
    """'Mr Hall denied Mr Lee, his spokesman, said C': with no 'that', the name and its
    aside open the clause that was denied; no row says Mr Hall denied 'Mr Lee' (the row
    of 'said' keeps its speaker, test_attribution_extraction_bugs)."""
    assert rows("Mr Hall denied Mr Lee, his spokesman, said the report was false.") == [
        ("the report was false", "Mr Lee", "said")
    ]


def test_object_then_frame_after_comma_kept_apart() -> None:
    """Counter-examples: a frame whose subject is not the previous content ('..., his
    spokesman said') or a clause content with an aside inside keep their readings."""
    assert rows("Mr Hall said Mr Lee, his deputy, would resign.") == [
        ("Mr Lee, his deputy, would resign", "Mr Hall", "said")
    ]
    found = rows("Mr Hall denied the report, his spokesman said.")
    assert ("Mr Hall denied the report", "his spokesman", "said") in found


def test_quoted_title_closing_aside_before_cue() -> None:
    """'Ann Lee, the star of the TV show "The Apprentice," said C': the comma inside the
    quoted title closes the aside; the name before it is the speaker."""
    assert rows(
        'Ann Lee, the star of the TV show "The Apprentice," said in an interview that'
        " the tax plan would fail."
    ) == [("the tax plan would fail", "Ann Lee", "said")]
    assert rows('Ann Lee, the host of "Big Night Out," said the tax plan would fail.') == [
        ("the tax plan would fail", "Ann Lee", "said")
    ]


def test_scare_quote_in_noun_phrase_no_speaker() -> None:
    """Counter-examples: a scare quote with a lower-case word ('the "new Gannett,"') or a
    quotation with no name and aside before it never joins a speaker."""
    found = rows('Analysts call it the "new Gannett," as Reed said the deal would close.')
    assert all("Gannett" not in (s or "") for _, s, _ in found)
    found = rows('Ann Lee, the author of the "so-called plan," said it would fail.')
    assert all("plan" not in (s or "") for _, s, _ in found)


def test_plural_noun_cue_after_verb_no_clause_speaker() -> None:
    """'The figures confounded hopes of C', 'Officials held talks about C': a cue ending in
    's' right after a past verb that is no cue is that verb's object; no row has the clause
    ('The figures confounded') as speaker, and one whose subject cannot speak ('The
    figures') or whose verb says nothing of the subject's (class unsaid_object_verb:
    'held', 'faced') gives none."""
    assert rows("The figures confounded hopes of a 0.2% expansion in the last quarter.") == []
    assert rows("Officials held talks about the deal.") == []
    assert rows("Ann Lee faced questions about her taxes.") == []


def test_plural_noun_cue_after_verb_keeps_named_subject() -> None:
    """A subject that can speak keeps the row, as itself ('Senators voiced concerns about
    C'); a cue used as a verb ('Ann Lee hopes C') keeps its reading."""
    found = rows("Senators later voiced concerns about the strength of the euro.")
    assert [s for _, s, _ in found] == ["Senators"]
    assert rows("Ann Lee hopes the plan works.") == [("the plan works", "Ann Lee", "hopes")]


def test_noun_cue_after_verb_and_determiner_has_subject_as_speaker() -> None:
    """'Acpo made its call for C', 'Gordon Brown issued a defiant statement about C': a cue
    after a past verb and a determiner (at most one adjective between) is that verb's
    object; the speaker is the subject, not 'Acpo made its'."""
    found = rows("Acpo made its call for stronger closure powers in a paper.")
    assert [s for _, s, _ in found] == ["Acpo"]
    found = rows("Ann Lee issued a defiant statement about the strike, saying it would fail.")
    assert {s for _, s, _ in found} == {"Ann Lee"}


def test_noun_cue_after_rejecting_verb_no_row() -> None:
    """Counter-examples: calls the subject shunned are someone else's (class
    unsaid_object_verb); a cue verb before the noun ('said talks') keeps its own frame."""
    assert rows("The government shunned calls for free care.") == []
    found = rows("He said talks about the deal were over.")
    assert found[0][1:] == ("He", "said")


def test_subject_of_second_clause_after_and() -> None:
    """'Bach met Ann Lee on Monday and both sides agreed that C': after a clause with a
    past verb, the subject of the cue is the noun phrase after the last 'and' or 'but'."""
    found = rows("Bach met with Ann Lee on Monday and both sides agreed that the Games will go on.")
    assert [s for _, s, _ in found] == ["both sides"]
    found = rows("The firm collapsed in 2002 and prosecutors said its chief lied.")
    assert [s for _, s, _ in found] == ["prosecutors"]
    found = rows("Ann Lee visited Ohio and Tom Hall said taxes would fall.")
    assert [s for _, s, _ in found] == ["Tom Hall"]


def test_coordinated_subject_or_name_stays_whole() -> None:
    """Counter-examples: a subject of two names, a name holding 'and', a participle with
    'by' before 'and', or two adjectives keep the whole subject."""
    assert [s for _, s, _ in rows("Ann Lee and Tom Hall said taxes would fall.")] == [
        "Ann Lee and Tom Hall"
    ]
    found = rows("Research by the Center for Media and Public Affairs found that coverage fell.")
    assert all(s != "Public Affairs" for _, s, _ in found)
    found = rows("A group led by Ann Lee and Tom Hall said taxes would fall.")
    assert all(s != "Tom Hall" for _, s, _ in found)


def test_name_after_adverbial_and_its_object_name() -> None:
    """'After visiting X, Acme of the Big Steel Group (BSG), Ann Lee said C': after a
    fronted adverbial, a name part before a short name right before the cue names the
    adverbial's object again; the last name is the speaker."""
    found = rows(
        "After visiting the country's largest plant, Acme of the Big Steel Group (BSG),"
        " Ann Lee said she was impressed."
    )
    assert found == [("she was impressed", "Ann Lee", "said")]


def test_name_with_description_or_company_suffix_kept() -> None:
    """Counter-examples: a lower-case description after the name ('Ann Lee, the mayor')
    and a company suffix part ('Acme Sales, U.S.A. Inc') keep their readings."""
    assert rows("After the vote, Ann Lee, the mayor, said taxes would fall.") == [
        ("taxes would fall", "Ann Lee", "said")
    ]
    found = rows("BOSTON, March 4 - Acme Sales, U.S.A. Inc said its sales rose 5 pct.")
    assert all(s != "U.S.A. Inc" for _, s, _ in found)


def test_free_relative_before_plural_cue_no_speaker() -> None:
    """'What has happened shows that C': a 'what' clause before a cue ending in 's' is no
    speaker (the '-ed' word is its verb, not one whose object is the cue)."""
    found = rows(
        "What has happened shows that acts of blame-shifting only serve to disrupt"
        " global cooperation against the virus."
    )
    assert all(s != "What" for _, s, _ in found)


def test_here_before_adjunct_is_frame() -> None:
    """'C, X said here on Wednesday.': 'here' before a time or setting is where it was said;
    the statement is the clause before the subject, not 'here on Wednesday'."""
    found = rows(
        "Trade must grow, delegates at the Riverton Harbour Spring Trade Fair said"
        " here on Wednesday."
    )
    assert found == [
        ("Trade must grow", "delegates at the Riverton Harbour Spring Trade Fair", "said")
    ]
    found = rows("The plan will work, the new spokesman for the regional transport office said"
                 " here on Monday.")
    assert all(c != "here on Monday" for c, _, _ in found)


def test_here_opening_a_clause_stays_content() -> None:
    """Counter-examples: 'here' that opens what was said ('said here is the plan') or with no
    adjunct after it keeps its reading."""
    assert rows("Ann Lee said here is the plan.") == [("here is the plan", "Ann Lee", "said")]
    assert rows("Ann Lee said here the rules are strict.") == [
        ("here the rules are strict", "Ann Lee", "said")
    ]


def test_long_name_in_pre_subject() -> None:
    """A run of capitalised words is one name when counting a subject between a clause
    and its cue ('delegates at the Big Bay Area Sea Conference', eight words)."""
    found = rows("Rates should fall, delegates at the Big Bay Area Sea Conference said on Monday.")
    assert found == [
        ("Rates should fall", "delegates at the Big Bay Area Sea Conference", "said")
    ]


def test_long_lower_case_segment_is_no_pre_subject() -> None:
    """Counter-example: a long lower-case segment before the cue is no subject."""
    found = rows(
        "Rates should fall, and the many small shops in the old part of town said on Monday."
    )
    assert all(s != "the many small shops in the old part of town" for _, s, _ in found)


def test_object_then_here_ends_frame() -> None:
    """'C, X told Xinhua here on Wednesday.': after the object of 'tell', 'here' and an
    adverbial close the frame; the statement is the clause before it."""
    assert rows("The games will go ahead, Wang told Xinhua here on Wednesday.") == [
        ("The games will go ahead", "Wang", "told")
    ]
    assert rows("Costs will rise, the mayor told Ann Lee here.") == [
        ("Costs will rise", "the mayor", "told")
    ]


def test_object_then_here_before_clause_keeps_it() -> None:
    """Counter-example: a 'that' clause after 'here' and the adverbial is what was said."""
    assert rows("Wang told Ann Lee here on Monday that the plan would fail.") == [
        ("the plan would fail", "Wang", "told")
    ]


def test_long_subject_with_verb_is_no_name() -> None:
    """Counter-example: a long segment holding a past verb and ending lower-case ('while
    the Arab Union condemned the new move') is no subject, however many capitals it has."""
    found = rows(
        "The two envoys stressed the plan was dead, while the Arab Union condemned the new"
        " move announced on Monday by the Riverton Harbour Board."
    )
    assert all("condemned" not in s for _, s, _ in found)


def test_photo_credit_in_capitals_is_no_speaker() -> None:
    """'ANN LEE/XINHUA An official said C': a photo credit in capitals with a slash glued
    before a subject is dropped from the speaker."""
    found = rows(
        "Pupils attend a class in May. ANN LEE/XINHUA An official from the ministry has said"
        " the schools will stay open."
    )
    assert found == [("the schools will stay open", "An official from the ministry", "said")]
    found = rows("Pupils sit an exam. PHOTO/AGENCIES The ministry said the schools will stay open.")
    assert found == [("the schools will stay open", "The ministry", "said")]


def test_slashed_names_stay_speakers() -> None:
    """Counter-examples: a slashed acronym that is the speaker or opens its name stays."""
    assert rows("The AFL-CIO/UAW said the plan would fail.") == [
        ("the plan would fail", "The AFL-CIO/UAW", "said")
    ]
    assert rows("UAW/CIO Chief Ann Lee said the plan would fail.") == [
        ("the plan would fail", "UAW/CIO Chief Ann Lee", "said")
    ]


def test_dateline_cut_at_its_dash_not_at_the_acronym() -> None:
    """'RIVERTON, Nov. 18 (Port News) -- The Food Agency (FA), a UN body, has pledged C': the
    dateline ends at its dash, not at the subject's acronym, so the subject is the agency
    (not the city, nor 'on Wednesday', which gave no row)."""
    assert rows("RIVERTON, Nov. 18 (Port News) -- The Food Agency (FA), a UN body, has "
                "pledged to fund the new pier.") == [
        ("to fund the new pier", "The Food Agency (FA)", "pledged")
    ]
    assert rows("RIVERTON, Nov. 18 (Port News) -- The Food Agency (FA) on Wednesday called on "
                "towns to curb waste.") == [
        ("towns to curb waste", "The Food Agency (FA)", "called on")
    ]


def test_dateline_without_an_acronym_keeps_its_reading() -> None:
    """Counter-examples: a dateline with a dash or a bracket only."""
    for text in ("RIVERTON, June 10 (Port News) Ann Lee said the plant would close.",
                 "RIVERTON, June 10 (Port News) - Ann Lee said the plant would close.",
                 "RIVERTON, Texas, March 4 - Ann Lee said the plant would close."):
        assert rows(text) == [("the plant would close", "Ann Lee", "said")]


def test_times_and_dates_that_are_no_stamp_keep_their_reading() -> None:
    """Counter-examples: a score's colon stays in the content, a fronted time or date is
    dropped (a fronted '08:16' read '16' before), and a colon between words still breaks
    the clause."""
    assert rows("The score was 3:1, the coach said.") == [
        ("The score was 3:1", "the coach", "said")
    ]
    assert rows("At 08:16, the engineer, Ann Lee, said the pier was shut.") == [
        ("the pier was shut", "Ann Lee", "said")
    ]
    assert rows("May 5, Ann Lee said the pier was shut.") == [
        ("the pier was shut", "Ann Lee", "said")
    ]
    assert rows("The agenda: Ann Lee said the pier would close.") == [
        ("the pier would close", "Ann Lee", "said")
    ]


def test_subject_before_according_aside_and_its_verb() -> None:
    """'The cost of the dam, according to the council, is far higher': a noun phrase with a
    determiner and no verb before an 'according to' aside is the subject of the verb after
    it, so the whole clause is what the council said (was: 'The cost of the dam' alone)."""
    assert rows("The cost of the dam, according to the council, is far higher than planned.") == [
        ("The cost of the dam, according to the council, is far higher than planned",
         "the council", "according to")
    ]


def test_clause_or_cue_before_or_after_according_aside_stays() -> None:
    """Counter-examples: a clause before the aside ('The plan is late'), a coordinator
    after it, and a clause after it with a cue of its own keep their readings."""
    assert rows("The plan is late, according to the council, but work goes on.")[0][0] == (
        "The plan is late"
    )
    found = rows("The new pier, according to the council, and the old dam are at risk.")
    assert found[0][0] == "The new pier"
    found = rows("The figures from the board, according to analysts, showed a drop in sales.")
    assert ("a drop in sales", "The figures from the board", "showed") in found


def test_participle_aside_ends_before_adverb_and_main_verb() -> None:
    """'The council, stressing C, also called for D': the aside's content ends at its
    comma when an adverb ('also', 'recently') stands before the main verb, as it does
    before the verb alone; the main verb's frame is read too."""
    found = rows("The council, stressing the importance of dams, also called for more pipes.")
    assert ("the importance of dams", "The council", "stressing") in found
    found = rows("The council, stressing the importance of dams, recently approved new pipes.")
    assert ("the importance of dams", "The council", "stressing") in found


def test_participle_aside_with_adverb_inside_keeps_its_clause() -> None:
    """Counter-example: an adverb inside the aside's own clause ('and often leak') does not
    cut it."""
    found = rows("The council, stressing that the dams are old and often leak, approved a plan.")
    assert ("the dams are old and often leak", "The council", "stressing") in found


def test_relative_pronoun_after_its_content_is_no_speaker() -> None:
    """'Lawmakers passed the law at the session of the council, which concluded Wednesday.':
    a lower-case relative pronoun cannot say the clause before it; the row is gone."""
    text = "Lawmakers passed the law at the session of the council, which concluded Wednesday."
    assert rows(text) == []
    text = "The fair drew crowds to the Riverton Expo, which concluded on Nov. 10, making money."
    assert all(m != "which" for _, m, _ in rows(text))


def test_relative_pronoun_before_its_content_and_agency_stay() -> None:
    """Counter-examples: 'X, which said C' keeps its frame, and 'WHO' in capitals is an
    agency."""
    found = rows("The council, which said the dam would hold, met on Monday.")
    assert ("the dam would hold", "which", "said") in found
    assert rows("The plague is always fatal, WHO says.") == [
        ("The plague is always fatal", "WHO", "says")
    ]
