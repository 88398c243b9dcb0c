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


@pytest.mark.parametrize("text", [
    # a noun that asks which ("specifying") is not the thing needed; every case gave the noun +1 before round
    # 26 ("lacks", "requires", "waiting for" gave nothing even then: they would test nothing here)
    "The question is what this region needs, Jo Hart said.",
    "The priority is what the town needs most, Jo Hart said.",
    "The real issue is what this county needs, Jo Hart said.",
    "The worry is what the village will need in ten years, Jo Hart said.",
])
def test_a_noun_that_asks_which_is_not_the_thing_needed(text):
    assert en_stances(text, "Jo Hart") == set()


@pytest.mark.parametrize("text, want", [
    # a loss or harm foreseen under a condition that is an act: against the act (round 26)
    ("If the merger goes ahead, hundreds of jobs will be lost, Jo Hart said.", {("merger", -1)}),
    ("If the ferry is scrapped, islanders will be cut off, Jo Hart said.", {("ferry", 1)}),
    ("If the maternity unit closes, mothers will suffer, Jo Hart warned.", {("maternity unit", 1)}),
    ("Should the quarry go ahead, the valley will be ruined, Jo Hart said.", {("quarry", -1)}),
    ("If the merger does not go ahead, jobs will be lost, Jo Hart said.", {("merger", 1)}),
    ("If the ban goes ahead, shopkeepers will lose out, Jo Hart said.", {("ban", -1)}),  # (no wrongdoer)
    # an inverted "should" is a condition, no call for the act
    ("Should the county scrap the grant, farms would be lost, Jo Hart said.", {("grant", 1)}),
])
def test_a_harm_foreseen_under_an_act_is_against_the_act(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text", [
    "If the rain continues, farmers will lose the harvest, Jo Hart said.",  # no act on the rain
    "If the storm hits, the coast road will be cut off, Jo Hart said.",
    "If the team loses on Saturday, the club will suffer, Jo Hart said.",
    "If the plant closed, jobs were lost, Jo Hart said.",  # a fact, no harm foreseen
    "Even if the quarry goes ahead, no jobs will be lost, Jo Hart said.",
    "If the council scraps the grant, farmers will lose no money, Jo Hart said.",  # a harm denied in the object
    "If the library is closed, we will lose nothing, Jo Hart said.",
    "If the ban goes ahead, smugglers will lose out, Jo Hart said.",  # a loss to those the act aims at
    "If the windfall tax is introduced, polluters will suffer, Jo Hart said.",
    "If the bypass is built, the village will be saved, Jo Hart said.",
    "Should the council approve the plan, work will start in May, Jo Hart said.",
    "Residents fear that if the mast goes ahead, property values will suffer, Jo Hart said.",
])
def test_a_condition_with_no_act_or_no_harm_takes_no_stance(text):
    assert en_stances(text, "Jo Hart") == set()


@pytest.mark.parametrize("text, want", [
    # the infinitive asked of the object, which the parser hangs on the object (round 26)
    ("Jo Hart warned councillors not to build the relief road.", {("relief road", -1)}),
    ("Jo Hart hired consultants to build the relief road.", set()),
    ("Jo Hart invited residents to visit the new library.", set()),
    ("Jo Hart sent engineers to close the bridge for repairs.", set()),
])
def test_an_act_asked_of_the_object(text, want):
    assert en_stances(text, "Jo Hart") == want
