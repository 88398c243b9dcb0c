"""English round 28 (r28-en-stance): a reply that answers a yes/no question takes the question's
stance times the answer's sign, whether the question is a "whether" clause of its sentence or a
reporter's question before the quotation; a relative clause on the speaker in the simple past with
a time of its own recalls an earlier position, and a lone act's "it" ("said it should not go
ahead") is the thing named before. All names are invented."""
from __future__ import annotations

import pytest

from extract.model import Statement
from extract.pipeline import extract_article
from extract.positions import find_changes, judge
from extract.positions.frames_en import answer_sign, question_answered, topic_before
from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, sign", [
    ("Not a chance.", -1), ('"Of course we do,"', 1), ("Of course we don't.", -1), ("No, and I never will.", -1),
    ("Absolutely not.", -1), ("Very much so,", 1), ("Without question.", 1), ("Yes", 1),
    ("Not yet.", 0), ("No decision has been made.", 0), ("I honestly don't know.", 0), ("Nobody knows", 0),
])
def test_an_answer_phrase_opens_a_reply(text, sign):
    assert answer_sign(text) == sign


@pytest.mark.parametrize("text, want", [
    ('Asked whether she would back a merger of the two colleges, Trustee Mo Lind replied: "Not a chance."', {("merger", -1)}),
    ('Asked if he supported the tidal lagoon, Mo Lind said: "Absolutely."', {("tidal lagoon", 1)}),
    ('Asked whether the council should scrap the windfall tax, Mo Lind told reporters: "No."', {("windfall tax", 1)}),
])
def test_a_whether_question_answered_in_its_sentence(text, want):
    assert en_stances(text, "Mo Lind") == want


def test_an_answer_that_is_no_yes_or_no_leaves_the_question_open():
    assert en_stances('Asked whether the mayor would back the tram, Mo Lind said: "You will have to ask her."', "Mo Lind") == set()


@pytest.mark.parametrize("before, reply, want", [
    ("Would she vote for the parking levy?", "Never,", {("parking levy", -1)}),
    # (an extension of a thing is also a stance on the thing it extends: both names, one sign)
    ("Opposed to the tram extension?", "Not at all,", {("tram extension", 1), ("tram", 1)}),
    ("Against the new stadium?", "Not at all.", {("stadium", 1)}),
    ("Is a toll on the Merrow bridge the answer?", "No,", {("toll", -1)}),
])
def test_a_question_before_the_reply_takes_its_sign(before, reply, want):
    assert {(s.target, s.value) for s in question_answered(reply, before)} == want


@pytest.mark.parametrize("before, reply", [
    ("Did the council approve the stadium bond on Tuesday?", "Yes,"),  # a past deed: a fact asked for
    ("Will the ferry run on Sunday?", "Not a chance,"),  # no position in the question
    ("The council wants a new stadium.", "No,"),  # no question
    ("Would she vote for the parking levy?", "Not yet,"),  # no answer
])
def test_no_question_or_no_answer_gives_nothing(before, reply):
    assert question_answered(reply, before) == []


def test_a_reporters_question_before_a_quotation_in_an_article():
    ex = extract_article('Would she vote for the parking levy? "Never," said Councillor Imelda Strathorne. '
                         'The levy goes to a vote next month.', lang="en")
    assert any(s.stance.get("parking levy") == -1 for s in ex.statements if s.speaker_name == "Imelda Strathorne")


def test_a_relative_clause_with_its_own_time_recalls_and_it_is_the_thing_named():
    ex = extract_article("Cr Jo Ferrant-Hale, who backed the desalination plant in February, said on Monday it should "
                         "not go ahead.", lang="en", published="2026-09-08")
    now = [s for s in ex.statements if "go ahead" in s.quote_text]
    assert now and now[0].stance == {"desalination plant": -1}
    recalled = [s for s in ex.statements if s.recalled]
    assert recalled and recalled[0].recalled_stance == {"desalination plant": 1}


def test_a_lone_acts_it_with_nothing_named_points_back():
    said = judge("on Monday it should not go ahead", "said", "en", frame_text="Jo Hale said on Monday it should not go ahead.",
                 speaker="Jo Hale", context="The county unveiled plans for a desalination plant at Coorabin Point. ")
    assert said.stance == {"desalination plant": -1}


def test_figures_that_show_are_a_source_not_the_topic():
    context = "Fly-tipping has fallen by a fifth since the garden waste charge came in, council figures show. "
    assert topic_before(context) == ("garden waste charge",)
    assert topic_before("Fly-tipping has fallen and the bins were emptied, council figures show. ") == ()


def test_a_recall_of_an_unnamed_scheme_in_the_same_article_is_no_change():
    def said(sid, date, value, recalled=False):
        return Statement(id=sid, article_id="a2", quote=[(0, 1)], quote_text="", kind="indirect", speaker="p1",
                         date=date, stance={"scheme": value}, stance_evidence={"scheme": ["supported"]},
                         recalled=["scheme"] if recalled else [], recalled_stance={"scheme": value} if recalled else {})
    assert find_changes([said("s1", "2026-01-10", -1, recalled=True), said("s2", "2026-06-17", 1)]) == []


def test_the_no_of_a_hyphened_word_is_no_negation():
    assert en_stances("No-fault evictions must be abolished, Jo Tan said.", "Jo Tan") == {("no-fault eviction", -1)}
    assert en_stances("No library will close, Jo Tan said.", "Jo Tan") == {("library", 1)}


@pytest.mark.parametrize("text", [
    '"Don\'t close the pool this year," Jo Tan said.',
    '"Don\'t open the pool at weekends," Jo Tan said.',
    '"Don\'t sell the calves now," Jo Tan said.',
])
def test_a_negated_imperative_of_when_takes_no_position(text):
    assert en_stances(text, "Jo Tan") == set()


def test_a_negated_imperative_of_whether_keeps_its_position():
    assert en_stances('"Don\'t close the library," Jo Tan said.', "Jo Tan") == {("library", 1)}


@pytest.mark.parametrize("text, want", [
    ("The ditching of the Hollow Lane bypass was welcomed by Jo Tan.", {("bypass", -1)}),
    ("Jo Tan welcomed the shelving of the incinerator.", {("incinerator", -1)}),
    ("Jo Tan condemned the axing of the night bus.", {("night bus", 1)}),
])
def test_an_ing_noun_of_an_act_verb_is_that_act(text, want):
    assert en_stances(text, "Jo Tan") == want


def test_a_passive_judgement_is_its_agents():
    assert en_stances("The parking app has been branded a shambles by Councillor Jo Tan.", "Jo Tan") == {("parking app", -1)}
    assert en_stances("The parking app has been branded a shambles by residents, Jo Tan said.", "Jo Tan") == set()


def test_a_not_after_a_comma_negates_no_frame_word_before_it():
    text = ("Marchbrook said Tuesday she had never once doubted the need for a relief road around Caddon Springs, "
            "not even when the state pulled its share of the funding two years ago.")
    assert en_stances(text, "Marchbrook") == {("relief road", 1)}
    assert en_stances("Jo Tan does not back the tram.", "Jo Tan") == {("tram", -1)}


# (rereading rr28-en-stance) the "not" of "whether or not" names the other answer, no negation; a
# question that offers two acts ("back X or vote against it?") is answered by a "No" for neither alone
@pytest.mark.parametrize("text, want", [
    ('Asked whether or not she would back the ferry terminal, Mo Lind said: "No."', {("ferry terminal", -1)}),
    ('Asked whether she supports the ferry terminal or not, Mo Lind replied: "Yes."', {("ferry terminal", 1)}),
    ('Asked whether she would back the ferry terminal or vote against it, Mo Lind said: "No."', set()),
])
def test_or_not_and_an_alternative_question(text, want):
    assert en_stances(text, "Mo Lind") == want


def test_a_no_to_an_alternative_question_before_the_reply_gives_nothing():
    assert question_answered("No,", "Would he back the ferry terminal or quit the committee?") == []
