"""English imperative clauses (round 27): an imperative is the bare verb with no subject and no modal
that opens its clause after what an imperative may open with (the "do" of "Don't", a negation, an
interjection, a conjunction, a bare adverb), also a quoted clause after a colon; one that speaks to the
listener or is timed by the listener's doing is an instruction, no position. An imperative joined by
"and" to a foreseen loss (the befall row) is its condition; one joined by "or" is asked for. All names
are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ('"Don\'t close our post office," Jo Hart said.', {("post office", 1)}),
    ('"Do not sell the harbour to developers," Jo Hart said.', {("harbour", 1)}),
    ('"Never build a landfill next to a school," Jo Hart said.', {("landfill", -1)}),
    ('"So please, don\'t cut the library hours," Jo Hart said.', {("library hour", 1)}),
    ('"Just scrap the congestion charge," Jo Hart said.', {("congestion charge", -1)}),
    ('Jo Hart said: "Build the relief road."', {("relief road", 1)}),
    ('"Please, scrap the parking levy," Jo Hart said.', {("parking levy", -1)}),
])
def test_an_imperative_clause_asks_for_its_act(text, want):
    assert want <= en_stances(text, "Jo Hart")


@pytest.mark.parametrize("text", [
    '"Just close the gate behind you when you walk the dog," Jo Hart said.',
    '"Do not close the app while it updates," Jo Hart said.',
    '"Keep your dog on a lead near the lambs," Jo Hart said.',
    '"They don\'t close the library on Sundays," Jo Hart said.',  # a subject: no imperative
    '"I didn\'t close the library, the council did," Jo Hart said.',
])
def test_an_instruction_or_a_statement_takes_no_position(text):
    assert en_stances(text, "Jo Hart") == set()


@pytest.mark.parametrize("text, want", [
    # the second person in a clause that describes the thing is no instruction to the listener
    ('"Save the hospital that saved your life," Jo Hart said.', {("hospital", 1)}),
    ('"Scrap the tax that takes your money," Jo Hart said.', {("tax", -1)}),
    ('"Don\'t close the post office you rely on," Jo Hart said.', {("post office", 1)}),
    # an occasion a third party needs is why the act is wrong, not the listener's own doing
    ('"Don\'t close the pool while children are still learning to swim," Jo Hart said.', {("pool", 1)}),
    ('"Never open the oven while it is hot," Jo Hart said.', set()),
    ('"Close the gate when you leave," Jo Hart said.', set()),
])
def test_the_listener_must_be_spoken_to_in_the_imperatives_own_clause(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text, want", [
    ("Scrap the levy and the council will lose two million pounds, Jo Hart said.", {("levy", 1)}),
    ("Sell the harbour and the town will be cut off, Jo Hart said.", {("harbour", 1)}),
    ("Approve this quarry and we will regret it, Jo Hart said.", {("quarry", -1)}),
    ("If the ferry is scrapped, islanders will be stranded, Jo Hart said.", {("ferry", 1)}),
    ("If the rain continues, walkers will be stranded, Jo Hart said.", set()),  # no act for condition
])
def test_a_loss_foreseen_after_an_imperative_warns_of_it(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text, want", [
    # a split quotation: the parser hangs the inverted condition on the inserted speech verb
    ('"Should the ferry be scrapped," Jo Hart said, "islanders will be cut off."', {("ferry", 1)}),
    ('"Should the quarry go ahead," Jo Hart said, "the valley will be ruined."', {("quarry", -1)}),
    ('"If the merger goes ahead," Jo Hart said, "jobs will be lost."', {("merger", -1)}),
    ('"Should the rain continue," Jo Hart said, "walkers will be stranded."', set()),
    ('"Should the council close the library," Jo Hart said, "no one will lose out."', set()),
])
def test_a_condition_split_from_its_consequence_by_the_frame(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text, want", [
    # an act that only moves or keeps its subject takes no thing as object: the parsed object is a measure
    ('"Perhaps go a step further," Jo Hart said.', set()),
    ("Jo Hart said the council must go the extra mile.", set()),
    ("Jo Hart said the board should stay the course.", set()),
    ('"The toll has to go," Jo Hart said.', {("toll", -1)}),
    ("Jo Hart said the ferry must stay.", {("ferry", 1)}),
])
def test_a_measure_of_the_way_is_no_thing_acted_on(text, want):
    assert en_stances(text, "Jo Hart") == want


@pytest.mark.parametrize("text, want", [
    # a negated imperative with an excess, a time or a tool its frame does not take: how or when, not whether
    ('"Don\'t cut the grass too short in a drought," Jo Hart said.', set()),
    ('"Never open the oven door too early," Jo Hart said.', set()),
    ('"Do not cut the hedges until September," Jo Hart said.', set()),
    ('"Don\'t open the windows during the fumigation," Jo Hart said.', set()),
    ('"Don\'t sell the calves before the market opens," Jo Hart said.', set()),
    ('"Never cut the wires with wet hands," Jo Hart said.', set()),
    ('"Don\'t scrap the toll before Christmas," Jo Hart said.', set()),
    # a place, a recipient, a repetition or a reason is no such circumstance
    ('"Never build a landfill beside a national school," Jo Hart said.', {("landfill", -1)}),
    ('"Don\'t build the incinerator in our valley," Jo Hart said.', {("incinerator", -1)}),
    ('"Do not sell the harbour to developers," Jo Hart said.', {("harbour", 1)}),
    ('"Don\'t cut the library hours again," Jo Hart said.', {("library hour", 1)}),
])
def test_a_denied_circumstance_takes_no_position_on_the_act(text, want):
    assert en_stances(text, "Jo Hart") == want
