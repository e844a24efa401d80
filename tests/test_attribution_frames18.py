"""Frames read wrong (issue 3, session 18): a cue took the words of another frame, each
fixed with counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_that_after_a_participle_adjunct_is_the_participles() -> None:
    """'praised the plan before warning that C': the 'that' clause is the complement of the
    participle that heads the subject's adjunct, so the first cue keeps its object and the
    participle reports C (C was read with the cue 'praised')."""
    assert rows("The senator praised the plan before warning that taxes would rise.") == [
        ("the plan", "The senator", "praised"),
        ("taxes would rise", "The senator", "warning"),
    ]
    assert rows("The senator criticized the board before saying that taxes would rise.") == [
        ("the board", "The senator", "criticized"),
        ("taxes would rise", "The senator", "saying"),
    ]
    assert rows("Ann Lee praised the deal after noting that exports had grown.") == [
        ("the deal", "Ann Lee", "praised"),
        ("exports had grown", "Ann Lee", "noting"),
    ]


def test_that_after_an_object_or_a_statement_noun_stays_the_cues() -> None:
    """Counter-examples: no preposition and '-ing' word before 'that' ('issued a statement
    saying C', 'denied the report that C'), a relative 'that' after an object, and a
    comma-set participle keep their reading."""
    assert rows("The senator issued a statement saying that taxes would rise.") == [
        ("taxes would rise", "The senator", "saying")
    ]
    assert rows("The senator denied the report that taxes would rise.") == [
        ("taxes would rise", "The senator", "denied")
    ]
    assert rows("Lee welcomed the rules that protect farmers.") == [
        ("the rules that protect farmers", "Lee", "welcomed")
    ]
    assert rows("The senator attacked the board, saying that taxes would rise.") == [
        ("the board", "The senator", "attacked"),
        ("taxes would rise", "The senator", "saying"),
    ]
    # no object before the preposition: 'by saying' is how the cue went on
    assert rows('Ann Lee continued by saying, "We will appeal this ruling."') == [
        ('"We will appeal this ruling."', "Ann Lee", "continued")
    ]


def test_passive_agent_before_a_reason_gerund_and_that() -> None:
    """'X was praised by Y for saying that C': the gerund after the agent tells what X did,
    so X said C with the cue 'saying' (the agent was read as 'the union for saying' and the
    cue as 'praised'); an '-ing' word outside the lexicon gives no row ('thanked by Y for
    ensuring that C' names no one's words)."""
    assert rows("Ann Lee was praised by the union for saying that taxes would rise.") == [
        ("taxes would rise", "Ann Lee", "saying")
    ]
    assert rows("Ann Lee was criticized by the union after claiming that taxes would rise.") == [
        ("taxes would rise", "Ann Lee", "claiming")
    ]
    assert rows("Ann Lee was thanked by the union for ensuring that taxes would fall.") == []


def test_passive_agent_that_clause_stays_the_agents() -> None:
    """Counter-examples: the agent's own 'that' clause ('was warned by the police that C')
    and a plain passive keep their reading."""
    assert rows("Ann Lee was warned by the police that taxes would rise.") == [
        ("taxes would rise", "the police", "warned")
    ]
    assert rows("Ann Lee was praised by the union.") == [("Ann Lee", "the union", "praised")]


def test_subject_with_a_participle_aside_is_no_inverted_content() -> None:
    """'A poll, conducted with the Herald, shows Lee with 47%': a noun phrase with no verb and
    a participle aside is the subject of the cue after it, not what a speaker after the cue
    said (it was read as an inverted frame, content the subject, speaker 'Lee with 47%')."""
    got = rows("A Ledger poll, conducted jointly with the Herald, shows Lee with 47%.")
    assert ("A Ledger poll, conducted jointly with the Herald", "Lee with 47%", "shows") not in got
    assert rows("The survey, published by the Herald, shows Ann Lee ahead.") == [
        ("Ann Lee ahead", "The survey", "shows")
    ]


def test_inverted_frames_after_a_clause_keep_their_reading() -> None:
    """Counter-examples: a clause before the cue, with or without a participle aside after
    its verb, is what the source after the cue says."""
    assert rows("Exports rose 5 percent in May, showed official data.") == [
        ("Exports rose 5 percent in May", "official data", "showed")
    ]
    assert rows("The economy, battered by storms, is recovering, said Ann Lee.") == [
        ("The economy, battered by storms, is recovering", "Ann Lee", "said")
    ]
    assert rows("Prices rose sharply, said Ann Lee.") == [
        ("Prices rose sharply", "Ann Lee", "said")
    ]


def test_quotation_closed_on_a_comma_closes_a_relative_clause() -> None:
    """'Ann Lee, who once called the tax "a disaster," said that C': the comma inside the
    closing quote mark ends the relative clause when the main verb follows, so 'called'
    reports the quotation and 'said' reports C (the 'called' content ran on to the end,
    swallowing the 'said' frame)."""
    assert rows('Ann Lee, who once called the tax "a disaster," said that wages would fall.') == [
        ('the tax "a disaster,"', "who", "called"),
        ("wages would fall", "Ann Lee", "said"),
    ]
    assert rows('The mayor, who said the plan was "a mess," resigned on Friday.') == [
        ('the plan was "a mess,"', "who", "said")
    ]


def test_quotation_in_a_relative_clause_without_a_verb_after_it() -> None:
    """Counter-examples: a comma inside a quotation that does not close it, or a comma-closed
    quotation followed by more of the list, leaves the clause to its free comma."""
    assert rows('Ann Lee, who said the plan was "a mess, a disaster" in May, resigned.') == [
        ('the plan was "a mess, a disaster" in May', "who", "said")
    ]
    assert rows('Ann Lee, who called the plan "a mess," "a farce" and worse, resigned.') == [
        ('the plan "a mess," "a farce" and worse', "who", "called")
    ]
