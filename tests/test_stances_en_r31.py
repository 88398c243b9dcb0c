"""English round 31 (r31-en-stance): a passive subject the parser read as a participle clause of
its own ("the surcharge levied on ships should be scrapped") names its noun; a "to" after a noun's
participle is no infinitive ("the fee charged to patients"); the time an act noun's "for" names is how
long it runs, no thing ("a fare increase for the rest of the year"); a fraction or a point counts a
unit ("a half-point rate cut" -> rate cut); a plain yes or no as what "the answer" is, said of a
thing, is a verdict on it. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ("The surcharge levied on cargo ships should be phased out by 2028, Katya Dorn said.", {("surcharge", -1)}),
    ("The toll imposed on lorries must be abolished, Katya Dorn said.", {("toll", -1)}),
    ("The fee charged to patients must be abolished, Katya Dorn said.", {("fee", -1)}),
    ("The levy applied to imports should be scrapped, Katya Dorn said.", {("levy", -1)}),
])
def test_a_passive_subject_with_a_participle_after_it(text, want):
    assert en_stances(text, "Katya Dorn") == want


def test_an_infinitive_after_a_noun_still_carries_the_act():
    assert en_stances("Katya Dorn welcomed plans to build a new school.", "Katya Dorn") == {("school", 1)}


@pytest.mark.parametrize("text, want", [
    ("Jo Bell ruled out a fare increase for the rest of the year.", {("fare increase", -1)}),
    ("Jo Bell ruled out a fare increase for this year.", {("fare increase", -1)}),
    ("Jo Bell opposed a hiring freeze for the rest of 2025.", {("hiring freeze", -1)}),
    ("Jo Bell backed a pay freeze for the remainder of the season.", {("pay freeze", 1)}),
    ("Jo Bell ruled out a rent increase for tenants.", {("rent increase", -1)}),  # (people, no time: as before)
])
def test_the_time_an_act_runs_for_is_no_thing(text, want):
    assert en_stances(text, "Jo Bell") == want


@pytest.mark.parametrize("text, want", [
    ("Jo Bell called for a half-point rate cut.", {("rate cut", 1)}),
    ("Jo Bell opposed a 25-basis-point rate hike.", {("rate hike", -1)}),
])
def test_a_fraction_or_a_point_counts(text, want):
    assert en_stances(text, "Jo Bell") == want


@pytest.mark.parametrize("text, want", [
    ('"The answer is no," Gwen Talley said of the waste transfer station.', {("waste transfer station", -1)}),
    ('"The answer from this parish is no, and it will stay no," Gwen Talley said of the plan for an asphalt plant.',
     {("asphalt plant", -1)}),
    ('Gwen Talley said of the pylon route through the valley: "The answer is no."', {("pylon route", -1)}),
    ("Our answer to the toll is yes, Gwen Talley said.", {("toll", 1)}),
])
def test_a_verdict_on_a_thing(text, want):
    assert en_stances(text, "Gwen Talley") == want


@pytest.mark.parametrize("text", [
    "The council's answer was no, Gwen Talley said of the plan.",  # (another's answer)
    '"The answer is no," Gwen Talley said.',  # (of nothing named)
    '"The short answer is no," Gwen Talley said of claims that the reservoir had leaked.',  # (a claim denied)
    '"The answer is no," Gwen Talley said of the question whether the plant would reopen.',
    "Whether the answer is yes or no, we will respect it, Gwen Talley said of the vote.",
])
def test_no_verdict(text):
    assert en_stances(text, "Gwen Talley") == set()
