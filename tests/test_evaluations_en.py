"""r30-en-eval: one reader of what a thing is or would do, read from data/evaluations_en.tsv."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)


def test_the_vocabulary_is_signed_and_broad():
    from extract.positions.evaluations_en import single_frames, vocabulary

    table = vocabulary()
    assert table["is"]["self-inflicted_wound"] == -1 and table["is"]["lifesaver"] == 1
    assert table["brings"]["at_mercy"] == -1 and "make" in table["light"] and "drought" in table["force"]
    assert sum(len(words) for words in table.values()) > 500
    assert (-1, "does") in single_frames()["backfire"]


@pytest.mark.parametrize("text, want", [
    # a copula's predicate, a word or a phrase of the vocabulary
    ('"The new tariff is a self-inflicted wound," said Cllr Ada Venn.', {("tariff", -1)}),
    ('"The merger is a recipe for disaster," said Cllr Ada Venn.', {("merger", -1)}),
    ('"The footbridge is a godsend for parents," said Cllr Ada Venn.', {("footbridge", 1)}),
    # a consequence verb, and what a bringing verb brings, with its negation
    ('"A teen curfew would backfire," said Cllr Ada Venn.', {("teen curfew", -1)}),
    ('"The casino would saddle the city with debt," said Cllr Ada Venn.', {("casino", -1)}),
    ('"This clinic will make a real difference to families," said Cllr Ada Venn.', {("clinic", 1)}),
    ('"A snap election would hand the country six months of paralysis," said Cllr Ada Venn.', {("snap election", -1)}),
    ('"Privatisation would leave ratepayers at the mercy of investors," said Cllr Ada Venn.', {("privatisation", -1)}),
    ('"The merger will not make care any safer," said Cllr Ada Venn.', {("merger", -1)}),
    ('"The terminal will give islanders a lifeline," said Cllr Ada Venn.', {("terminal", 1)}),
    ('"The levy will do nothing to cut congestion," said Cllr Ada Venn.', {("levy", -1)}),
    ('"The solar farm will pay for itself," said Cllr Ada Venn.', {("solar farm", 1)}),
    ('"The toll would cost lives," said Cllr Ada Venn.', {("toll", -1)}),
    # near-misses: a force, a measured outcome, a person, a number
    ('"The drought would hurt wheat yields," said Cllr Ada Venn.', set()),
    ('"The storm would bring chaos to the commute," said Cllr Ada Venn.', set()),
    ('"The timetable would make a difference of four minutes," said Cllr Ada Venn.', set()),
    ('"The minister will make a real difference," said Cllr Ada Venn.', set()),
    ('"Tom Gale is a liability," said Cllr Ada Venn.', set()),
    ('"The bypass would cost 40 million pounds," said Cllr Ada Venn.', set()),
    ('"The council will do nothing until June," said Cllr Ada Venn.', set()),
    ('"The report will give details of the costs," said Cllr Ada Venn.', set()),
])
def test_a_thing_takes_the_sign_of_what_it_is_or_would_do(text, want):
    assert en_stances(text, "Ada Venn") == want


def test_the_vocabulary_judges_no_use_no_fortune_and_no_untruth():
    # a use told by the narrator, not a judgement ("utilized X as a threat"); a judging verb still judges
    assert en_stances("Oleg Varkov has utilized his blockade of the straits as a threat to the towns.", "Oleg Varkov") == set()
    assert ("ferry levy", -1) in en_stances("Ann Trew condemned the ferry levy as a threat to jobs.", "Ann Trew")
    # an outcome for a named person is that person's fortune, not the thing's merit ...
    assert en_stances("The vote is politically risky for Kay Dunn, who stayed away.", "Kay Dunn") == set()
    # ... while an outcome for the public still judges the thing
    assert ("ferry levy", -1) in en_stances("Ann Trew said the ferry levy would be risky for small businesses.", "Ann Trew")
    # "hoax" says a claim is untrue (the topic keys would read it as against the problem itself)
    assert en_stances("Ann Trew has called the flood warning a hoax.", "Ann Trew") == set()
