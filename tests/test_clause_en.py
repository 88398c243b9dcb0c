"""r22-en-carrier: a stance on a content clause (positions/clause_en.py) and objects that refer back."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)


@pytest.mark.parametrize("text, want", [
    # a feeling over a that-clause: the feeling's sign times the clause's act on its thing
    ("Cllr Ada Venn said she was pleased that the council had approved the bypass.", {("bypass", 1)}),
    ("Cllr Ada Venn said she was disappointed that the council had approved the car park.", {("car park", -1)}),
    ("Cllr Ada Venn said she was relieved the smelter would stay shut.", {("smelter", -1)}),
    ("Cllr Ada Venn said she was bitterly disappointed that the public inquiry had been shelved.", {("public inquiry", 1)}),
    ("Cllr Ada Venn said she was glad that the pool would reopen in May.", {("pool", 1)}),
    ("Cllr Ada Venn said she was happy that the hospital would not close.", {("hospital", 1)}),
    ("Cllr Ada Venn said she was sad to see the library close.", {("library", 1)}),
    ("Cllr Ada Venn welcomed the fact that the ferry would keep running through the winter.", {("ferry", 1)}),
    ("Cllr Ada Venn said it was a shame that the library had been axed.", {("library", 1)}),
    ("Cllr Ada Venn said she was disappointed that the council had voted to scrap the community bus.", {("community bus", 1)}),
    # a reason or the time for an act
    ("Cllr Ada Venn said the time had come to build a maternity unit.", {("maternity unit", 1)}),
    ("Cllr Ada Venn said it made no sense to keep the power station open.", {("power station", -1)}),
    ("Cllr Ada Venn called the decision to close the library a mistake.", {("library", 1)}),
    # near-misses: a clause of no act, a foreseen necessity, a talk the time has come for
    ("Cllr Ada Venn said she was surprised that the vote had been so close.", set()),
    ("Cllr Ada Venn said there was no reason to believe the bridge would have to close again.", set()),
    ("Cllr Ada Venn said the time had come to talk to the residents.", set()),
    ("Cllr Ada Venn said she was pleased that so many people had turned up.", set()),
])
def test_a_feeling_over_a_clause_composes_with_the_clause_act(text, want):
    assert en_stances(text, "Ada Venn") == want


def test_an_it_or_a_bare_noun_refers_back_to_what_the_sentence_before_puts_forward():
    from extract.positions import judge

    def stance(before, said, frame):
        return {k: v for k, v in judge(said, "said", "en", speaker="Rhoda Fair", frame_text=frame, context=before).stance.items() if v}

    before = "The county council unveiled plans on Monday for a relief road around Cottersby. "
    assert stance(before, "it was long overdue", "Rhoda Fair said it was long overdue.") == {"relief road": 1}
    before = "Telvane wants to put up a phone mast beside the school. "
    assert stance(before, "she would fight it", "Rhoda Fair said she would fight it.") == {"phone mast": -1}
    # what the sentence before plans to end is no referent: the sign would be the act's
    before = "The council wants to close the Elm Street library. "
    assert "library" not in stance(before, "the idea was a mistake", "Rhoda Fair said the idea was a mistake.")


def test_a_length_or_a_sum_before_a_thing_is_no_part_of_its_name():
    assert en_stances("Cllr Ada Venn opposed the two-year pay deal.", "Ada Venn") == {("pay deal", -1)}
    assert en_stances("Cllr Ada Venn backed the four-mile bypass.", "Ada Venn") == {("bypass", 1)}
    assert en_stances("Cllr Ada Venn backed the £62m relief road.", "Ada Venn") == {("relief road", 1)}


def test_feelings_of_the_for_slot_and_more_feelings_take_a_clause():
    assert en_stances("Cllr Ada Venn said she was grateful that the bus route had finally been axed.", "Ada Venn") == {("bus route", -1)}
    assert en_stances("Cllr Ada Venn said she was heartbroken that the gallery was closing.", "Ada Venn") == {("gallery", 1)}
    assert en_stances("Cllr Ada Venn said she was overjoyed that the pool had been saved.", "Ada Venn") == {("pool", 1)}


@pytest.mark.parametrize("text", [
    # rr22-encarrier: a clause reporting an event no one decided takes no stance
    "Cllr Ada Venn said she was shocked that the fire had closed the school for a week.",
    "Cllr Ada Venn said she was sad that her mother had closed her shop after forty years.",
    "Cllr Ada Venn said she was delighted that the festival had ended without trouble.",
    "Cllr Ada Venn said she was happy that the snow had stopped.",
])
def test_a_feeling_over_an_event_no_one_decided_takes_no_stance(text):
    assert en_stances(text, "Ada Venn") == set()


def test_a_judged_it_refers_only_to_what_the_sentence_before_puts_forward():
    from extract.positions import judge

    def stance(before, said, frame):
        return {k: v for k, v in judge(said, "said", "en", speaker="Rhoda Fair", frame_text=frame, context=before).stance.items() if v}

    # an event, a forecast, a talk about a thing: not the thing the "it" is taken for
    assert stance("The match against Rovers was called off because of snow. ", "it was a pity",
                  "Rhoda Fair said it was a pity.") == {}
    assert stance("The storm is expected to reach the coast on Friday. ", "it would be a disaster",
                  "Rhoda Fair said it would be a disaster.") == {}
    assert stance("The council plans to hold a referendum on the tram. ", "it was a mistake",
                  "Rhoda Fair said it was a mistake.") == {}
