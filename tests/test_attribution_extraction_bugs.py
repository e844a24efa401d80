"""Wrong readings of general English fixed one by one (issue 3), each with counter-examples
that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_determiner_object_before_that_is_relative() -> None:
    """After a one-word cue learned with the shape np, 'the rules that ...' is the object and
    its relative clause, not 'that C' (nor, with 'he said' inside it, 'he said C')."""
    found = rows("They attacked the rules that he said hurt farmers.")
    assert ("the rules", "They", "attacked") in found
    assert all("he said" not in content for content, _, _ in found)
    assert rows("They attacked the rules that hurt farmers.") == [  # 'hurt' agrees with 'rules'
        ("the rules that hurt farmers", "They", "attacked")
    ]


def test_that_clause_after_preposition_or_content_noun_kept() -> None:
    """Counter-examples: a preposition before the object ('agreed with') or a noun of what
    was said ('the report that') keeps the 'that' clause as the content."""
    assert rows("He agreed with the President that taxes must fall.") == [
        ("taxes must fall", "He", "agreed with")
    ]
    assert rows("He denied an earlier report that he planned to quit.") == [
        ("he planned to quit", "He", "denied")
    ]


def test_inverted_cue_before_title_to_place_and_name() -> None:
    """'adds Chinese Ambassador to Kenya Zhou Pingjian': the 'to' between a title and a
    capitalised word is the title's complement, not an auxiliary of a clause."""
    assert rows('"Prices will rise," adds Chinese Ambassador to Kenya Zhou Pingjian.') == [
        ('"Prices will rise,"', "Chinese Ambassador to Kenya Zhou Pingjian", "adds")
    ]
    assert rows("Prices will rise, said the envoy to Kenya Ann Lee.") == [
        ("Prices will rise", "the envoy to Kenya Ann Lee", "said")
    ]


def test_infinitive_to_after_inverted_cue_still_no_speaker() -> None:
    """Counter-example: a 'to' after a word that is no title keeps the phrase an object."""
    assert rows("Prices will rise, says a plan to Cut taxes.") == []


def test_fronted_said_with_description_before_colon() -> None:
    """'Said X, a description: "C"': the cue is 'Said', the speaker the name, as with a
    comma after the description."""
    assert rows('Said Williams, a spokesman for the group: "We will win."') == [
        ('"We will win."', "Williams", "Said")
    ]


def test_colon_frame_cue_skips_apposition() -> None:
    """A colon frame's cue is the verb after the subject's apposition, never a word of the
    apposition; with no verb the colon stands for the cue."""
    assert rows('The letter, sent in May, continues: "We will win."') == [
        ('"We will win."', "The letter", "continues")
    ]
    assert rows('The mayor, a spokesman for the group: "We will win."') == [
        ('"We will win."', "The mayor", ":")
    ]


def test_fronted_participle_before_clause_and_colon_unchanged() -> None:
    """Counter-example: a comma part with a name and a verb before the colon is a clause,
    not a description after a fronted cue."""
    assert rows('Asked the reason for the sale, Evans said: "We will win."') == [
        ('"We will win."', "Evans", "said")
    ]


def test_verb_after_noun_aside_belongs_to_what_was_said() -> None:
    """'said the figures, released on Friday, showed C': the verb after the aside is the
    noun's, inside what was said, not a second verb of the speaker."""
    assert rows("He said the figures, released on Friday, showed a recovery.") == [
        ("the figures, released on Friday, showed a recovery", "He", "said")
    ]
    assert rows("He said the figures, which came out on Friday, showed a recovery.") == [
        ("the figures, which came out on Friday, showed a recovery", "He", "said")
    ]


def test_cue_after_named_noun_aside_has_that_noun_as_speaker() -> None:
    """'X denied Ann Lee, his spokeswoman, said C': the named noun with its aside speaks."""
    found = rows('Mr Hall denied Ann Lee, his spokeswoman, said the plans "failed".')
    assert ('the plans "failed"', "Ann Lee", "said") in found


def test_second_verb_after_comma_still_shares_speaker() -> None:
    """Counter-example: 'X said A, called B' with no aside keeps the speaker's second verb."""
    found = rows("He said the plan was bad, called it a disaster and left.")
    assert ("the plan was bad", "He", "said") in found
    assert [r[1:] for r in found] == [("He", "said"), ("He", "called")]


def test_inverted_cue_before_determined_acronym_after_short_clause() -> None:
    """'C, said the NBS.': a determined acronym names a body, so a short clause with no
    known finite verb before it is what was said (not the subject of 'said')."""
    assert rows("Output fell 2 percent, said the NBS.") == [
        ("Output fell 2 percent", "the NBS", "said")
    ]


def test_cue_with_object_before_acronym_no_inverted_row() -> None:
    """Counter-example: a cue that does not invert ('showed') keeps 'the GDP data' its object."""
    found = rows("Output fell 2 percent, showed the GDP data.")
    assert all(speaker != "the GDP data" for _, speaker, _ in found)


def test_quotation_after_colon_closed_on_comma_goes_to_the_frame_after_it() -> None:
    """'X struck a tone (Y): "C. D," wrote Ann Lee.': the quotation runs over two sentences
    and closes on a comma; the frame after it names the writer, not the colon's subject."""
    text = 'Fans struck a worrying tone (MMORPG): "It is a trap. Shame," wrote Ann Lee.'
    assert rows(text) == [('"It is a trap. Shame,"', "Ann Lee", "wrote")]


def test_colon_frame_without_a_later_frame_unchanged() -> None:
    """Counter-example: a quotation after a colon that closes on a full stop is the colon
    subject's."""
    assert rows('The letter continues: "It is a trap. Shame on them."') == [
        ('"It is a trap. Shame on them."', "The letter", "continues")
    ]


def test_cue_form_after_determiner_and_degree_word_is_an_adjective() -> None:
    """'a more worrying tone', 'the most telling sign', 'the so called plan': no cue."""
    assert rows("It was the most telling sign of the crisis.") == []
    assert rows("The so called plan failed.") == []
    text = 'Fans struck a more worrying tone: "It is a trap. Shame," wrote Ann Lee.'
    assert rows(text) == [('"It is a trap. Shame,"', "Ann Lee", "wrote")]


def test_degree_word_without_determiner_keeps_the_cue() -> None:
    """Counter-example: 'said more worrying signs' keeps its cue 'said'."""
    assert rows("He said more worrying signs would come.") == [
        ("more worrying signs would come", "He", "said")
    ]


def test_bare_cue_after_determiner_and_modifier_is_a_noun() -> None:
    """'a previous estimate of 2%', 'a product recall for', 'its latest forecast for': a
    bare cue form after a determiner and an adjective, or after 'a' and any word, is a noun
    with no clause, so no row."""
    assert rows("Growth fell to 1% from a previous estimate of 2%.") == []
    assert rows("The firm issued a product recall for the toys.") == []
    assert rows("The bank cut its latest forecast for sales.") == []
    assert rows("Rapid growth has created a massive demand for steel.") == []


def test_bare_cue_after_plural_subject_stays_a_verb() -> None:
    """Counter-examples: a plural subject before a bare form keeps the verb ('the officials
    estimate', 'those surveyed say', 'a third say', 'the accused deny'), and the noun keeps
    its 'that' clause ('a previous estimate that C')."""
    assert rows("The officials estimate the cost at ten million.") == [
        ("the cost at ten million", "The officials", "estimate")
    ]
    assert rows("Those surveyed say the roads are unsafe.") == [
        ("the roads are unsafe", "Those surveyed", "say")
    ]
    assert rows("Nearly a third say the roads are unsafe.") == [
        ("the roads are unsafe", "Nearly a third", "say")
    ]
    assert rows("The accused deny the charges.") == [("the charges", "The accused", "deny")]
    assert rows("The bank gave a previous estimate that growth would slow.") == [
        ("growth would slow", "The bank", "estimate")
    ]


def test_plural_cue_noun_before_a_verb_is_the_subject() -> None:
    """'Press reports suggest that C': 'reports' is a plural noun, the subject of
    'suggest', not the cue."""
    assert rows("Press reports suggest that the deal is close.") == [
        ("the deal is close", "Press reports", "suggest")
    ]
    assert rows("News reports say the mayor will resign.") == [
        ("the mayor will resign", "News reports", "say")
    ]


def test_s_cue_before_a_noun_stays_the_verb() -> None:
    """Counter-examples: 'reports that C' and 'says show business ...' keep their verb."""
    assert rows("The paper reports that the deal is close.") == [
        ("the deal is close", "The paper", "reports")
    ]
    assert rows("He says show business is hard.") == [
        ("show business is hard", "He", "says")
    ]
