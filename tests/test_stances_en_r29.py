"""English round 29 (r29-en-stance): which noun phrase an act's stance lands on. An act asked of
someone in a to-infinitive ("wants the council to abolish its charge") or wished done as a past
participle ("wants plastic straws banned") acts on its object, not on the one asked; a suggestion's
that-clause is read by the frame that takes the suggestion, not as the speaker's own demand; a noun
that hands a thing on ("the privatisation of X") is the target itself, as "merger" and "sale" are;
"zero-hours" names a kind of contract, no length; an office run for ("stand for mayor") is no thing.
All names are invented."""
from __future__ import annotations

import pytest

from extract.positions.frames_en import how_long, target_name
from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ("Tamsin Vell wants the council to abolish its parking charge.", {("parking charge", -1)}),
    ("Tamsin Vell wants Hollis Foods to abolish its dual-class share structure.", {("dual-class share structure", -1)}),
    ("Tamsin Vell said they wanted the county to abandon its plans for a fourth runway.", {("runway", -1)}),
    ("Tamsin Vell wants the pool to reopen.", {("pool", 1)}),  # (an act with no object acts on the one asked)
])
def test_an_act_asked_of_someone_acts_on_its_object(text, want):
    assert en_stances(text, "Tamsin Vell") == want


@pytest.mark.parametrize("text, want", [
    ("Idris Pell wants plastic straws banned from the town's pubs.", {("plastic straw", -1)}),
    ("Idris Pell wants diesel buses phased out of the city centre by 2030.", {("diesel bus", -1)}),
    ("Idris Pell needs the levy scrapped.", {("levy", -1)}),
])
def test_an_act_wished_done_as_a_participle(text, want):
    assert en_stances(text, "Idris Pell") == want


def test_a_welcome_takes_the_thing_as_described():
    # (a participle phrase after the object of a verb that is no wish describes the thing)
    assert en_stances("Idris Pell welcomed the library promised by the county.", "Idris Pell") == {("library", 1)}


@pytest.mark.parametrize("text, want", [
    ("Marit Sand dismissed suggestions that the county should close the recycling centre.", {("recycling centre", 1)}),
    ("Marit Sand welcomed suggestions that the county should close the recycling centre.", {("recycling centre", -1)}),
    ("Marit Sand brushed aside suggestions that the company should add a night sailing.", {("night sailing", -1)}),
])
def test_a_suggestions_clause_is_read_by_the_frame_that_takes_it(text, want):
    assert en_stances(text, "Marit Sand") == want


def test_a_suggestion_of_no_act_on_a_thing_gives_nothing():
    assert en_stances("Marit Sand dismissed suggestions that she would stand for mayor next year.", "Marit Sand") == set()


@pytest.mark.parametrize("text, want", [
    ("Halla Brod cautioned against the privatisation of the Dunmere bus company.", {("privatisation", -1)}),
    ("Halla Brod spoke out against the privatization of the county's nursing homes.", {("privatization", -1)}),
    # the verb stays an act on its object
    ("Halla Brod said she would never privatise the water company.", {("water company", 1)}),
])
def test_a_noun_that_hands_a_thing_on_is_the_target(text, want):
    assert en_stances(text, "Halla Brod") == want


def test_a_gerund_under_an_outer_frame_is_read_once():
    text = "Cora Vell cautioned the county commission Tuesday against approving the incinerator."
    assert en_stances(text, "Cora Vell") == {("incinerator", -1)}


def test_a_misread_clause_after_call_for_is_its_object():
    text = "Ysa Prenn on Tuesday called for a public inquiry into the sewage spills along the coast."
    assert ("public inquiry", 1) in en_stances(text, "Ysa Prenn")


def test_zero_hours_is_a_kind_not_a_length():
    from extract.en.nlp import load_english

    doc = load_english()("She opposes zero-hours contracts and a two-year pay deal.")
    contracts, deal = doc[5], doc[12]
    assert target_name(contracts) == "zero-hours contract"
    assert how_long(doc[10], deal) and target_name(deal) == "pay deal"


@pytest.mark.parametrize("text, want", [
    # (reread rr29: the parser hangs "to be halted" on the of-complement; the act is asked of the noun)
    ("Nell Ashby called for the privatisation of the ferry to be halted.", {("privatisation", -1)}),
    ("Nell Ashby called for the sale of the ferry to be halted.", {("sale", -1)}),
    ("Nell Ashby called for the merger of the two schools to be abandoned.", {("merger", -1)}),
])
def test_a_passive_infinitive_on_the_complement_is_asked_of_the_noun(text, want):
    assert en_stances(text, "Nell Ashby") == want
