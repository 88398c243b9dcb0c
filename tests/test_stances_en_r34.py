"""English round 34 (r34-en-stance): one reader of the infinitive "to" (frames_en.to_infinitive). A
preposition "to" after a finite verb ("when it opened to patients") is no infinitive marker, so a clause of
time beside a judgement is not read as the act judged. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


def parse(text):
    from extract.en.nlp import is_trained, load_english

    nlp = load_english()
    if not is_trained(nlp):
        pytest.skip("no trained English pipeline")
    return nlp(text)


@pytest.mark.parametrize("text, word, want", [
    ("She fought to save the library.", "save", True),
    ("The council decided not to close the pool.", "close", True),
    ("She praised the wing when it opened to patients on Tuesday.", "opened", False),
    ("The plan moved to a vote.", "moved", False),
])
def test_to_infinitive_is_the_to_before_the_verb(text, word, want):
    from extract.positions.frames_en import to_infinitive

    doc = parse(text)
    assert to_infinitive(next(t for t in doc if t.text == word)) is want


@pytest.mark.parametrize("text, want", [
    ('Dr Ada Quell described the hospital\'s new surgical wing as "a triumph of planning" when it opened to patients '
     'on Tuesday.', {("surgical wing", 1)}),
    ('Ada Quell called the new ferry terminal "a disgrace" as it opened to passengers on Monday.', {("ferry terminal", -1)}),
    ("Ada Quell said the council was wrong to axe the bus route.", {("bus route", 1)}),
    ("Ada Quell called the decision to close the library a mistake.", {("library", 1)}),
])
def test_a_judgement_beside_a_clause_of_time(text, want):
    assert en_stances(text, "Ada Quell") == want


@pytest.mark.parametrize("text, want", [
    ('Ada Quell, who chairs the parish council, said of the pylon route through the valley: "The answer is no, and '
     'it will stay no."', {("pylon route", -1)}),
    ('"The answer from this estate is no," Ada Quell said of the plan for a waste transfer station.',
     {("waste transfer station", -1)}),
    ('"The answer is yes," Ada Quell said of the proposed cycle lane.', {("cycle lane", 1)}),
])
def test_a_verdict_said_of_a_thing(text, want):
    assert en_stances(text, "Ada Quell") == want


@pytest.mark.parametrize("text", [
    '"The answer was no," Ada Quell said of the talks with the union.',  # (an answer told as a past fact)
    '"The answer is no," Ada Quell said of the question whether the plant would close.',
    '"The answer is no," Ada Quell said of reports that the mill would close.',
    '"The answer is no," Ada Quell said of the chance of a deal this week.',
    '"The answer isn\'t no," Ada Quell said of the quarry.',
    '"Is the answer no?" Ada Quell said of the plan for a quarry.',
    '"The answer is no," Ada Quell said of the mayor.',  # (a person)
    '"The answer is no," Ada Quell said of the weather.',  # (an event)
    '"The answer is no," Ada Quell said of her bid for the leadership.',  # (a deed of her own: a denial)
    '"The answer is no," Ada Quell said of the accusation.',  # (what is said: row told)
])
def test_no_verdict_said_of_a_fact_or_a_question(text):
    assert en_stances(text, "Ada Quell") == set()


@pytest.mark.parametrize("thing", ["the vote", "the invitation", "the deadline", "the survey results", "the meeting on Tuesday",
                                   "the merger talks", "the interview request", "the election"])
def test_a_verdict_said_of_no_proposal_takes_no_side(thing):
    # (rr34 reread) an event, a request, a date or a finding is answered as a fact or a refusal of one's own
    assert en_stances(f'"The answer is no," Ada Quell said of {thing}.', "Ada Quell") == set()


@pytest.mark.parametrize("thing, want", [
    ("the pylon route", {("pylon route", -1)}),
    ("the proposed incinerator", {("incinerator", -1)}),
    ("the closure of the pool", {("pool", 1)}),
    ("the plan for a waste transfer station", {("waste transfer station", -1)}),
])
def test_a_verdict_said_of_a_proposal_takes_its_side(thing, want):
    assert en_stances(f'"The answer is no," Ada Quell said of {thing}.', "Ada Quell") == want
