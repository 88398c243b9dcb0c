"""English imperatives joined by "and" to a future clause (round 25): the imperative is the condition of
the consequence, warned against where the consequence is bad; a demand with "must"/"should" followed
by a future clause of the speaker's own stays a demand. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ("Build this incinerator and we will regret it, Jo Hart said.", {("incinerator", -1)}),
    ("Sell the ferry and you'll regret it, Jo Hart warned.", {("ferry", 1)}),  # selling warned against
    ("Close the library and the town will suffer, Jo Hart warned.", {("library", 1)}),
    ("Approve the bypass and the village will breathe again, Jo Hart said.", {("bypass", 1)}),
])
def test_an_imperative_with_a_consequence_is_its_condition(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text, want", [
    # no imperative: the demand stands, the next clause is a plan of the speaker's own
    ("We must build the bypass and we will oppose any delay, Jo Hart said.", ("bypass", 1)),
    ("We should keep the library and we will fight any attempt to close it, Jo Hart said.", ("library", 1)),
    ("The council must scrap the levy, and I will oppose any new tax, Jo Hart said.", ("levy", -1)),
    # an imperative whose consequence is against a thing of its own, not the act
    ("Fund the clinic and we will oppose any cuts elsewhere, Jo Hart said.", ("clinic", 1)),
])
def test_a_demand_followed_by_a_plan_of_its_own_stays_a_demand(text, want):
    assert want in en_stances(text, "Jo Hart")


@pytest.mark.parametrize("text, want", [
    ("The new school is exactly what this region has lacked, Jo Hart said.", {("school", 1)}),
    ("The tram is what commuters have been waiting for, Jo Hart said.", {("tram", 1)}),
    # a wish reported of others is their view, not the speaker's
    ("The levy is what the opposition wants, Jo Hart said.", set()),
    ("The report is what the minister asked for, Jo Hart said.", set()),
])
def test_a_free_relative_of_needing_calls_the_thing_needed(text, want):
    assert en_stances(text, "Jo Hart") == want
