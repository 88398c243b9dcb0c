"""English stance mechanisms of round 9 (issue 16): the extent of a target (where-words and act
gerunds left out, plurals that name the thing kept, an act noun whose compound names its thing),
refusals in the passive, burdens and predicates after prove/become, "without X" and positions
reported of others. All names are invented; the sentences are not those of the eval files."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)


def test_where_words_and_acts_are_no_part_of_a_target():
    assert en_stances("Councillor Rhea Banfield opposes a citywide downtown skating ban.", "Rhea Banfield") \
        >= {("skating ban", -1)}
    assert en_stances("Nurse Odile Prentice warned against shutting coastal walk-in clinics.", "Odile Prentice") \
        >= {("walk-in clinic", 1)}
    assert ("village hall", 1) in en_stances("Vicar Amos Dray praised the village hall.", "Amos Dray")


def test_a_compound_act_noun_keeps_its_thing_and_leaves_where_and_for_whom():
    assert ("ferry expansion", 1) in en_stances("Harbour chief Ines Barr welcomed the ferry expansion to Kelby.", "Ines Barr")
    assert ("rent increase", -1) in en_stances("Tenants' chair Tam Orde rejected the rent increase for tenants.", "Tam Orde")
    # (a compound the tagger reads as an adjective, "the fare increase for pensioners", is not known as one: the
    # preposition's noun stays the target there)


def test_plurals_that_name_the_thing_stay_plural():
    assert en_stances("Police chief Dora Venn warned against fireworks near the moor.", "Dora Venn") >= {("fireworks", -1)}


def test_a_refused_passive_act_is_for_its_thing():
    assert ("swimming pool", 1) in en_stances('"The swimming pool will not be sold," council leader Mina Tarr said.',
                                              "Mina Tarr")
    assert ("market hall", 1) in en_stances('"The market hall is not going to be demolished," Mayor Bo Lind said.',
                                            "Bo Lind")


def test_no_before_an_act_noun_turns_the_act():
    assert ("monthly bin collection", -1) in en_stances(
        "Councillor Pru Estes said there would be no return to monthly bin collections.", "Pru Estes")


def test_burdens_and_becoming_predicates_judge_their_subject():
    assert ("garden waste charge", -1) in en_stances(
        "Councillor Hal Nyberg said the garden waste charge was little more than a tax on gardeners.", "Hal Nyberg")
    assert ("bike hire", 1) in en_stances("Mayor Juno Platt said the bike hire had become a success.", "Juno Platt")
    assert ("bus lane", -1) in en_stances("Trader Cy Holm said the bus lane was a recipe for disaster.", "Cy Holm")


def test_without_x_and_do_without_x_are_for_x():
    assert ("night bus", 1) in en_stances('"Without the night bus, our staff will not get home," said manager Lea Rusk.',
                                          "Lea Rusk")
    assert not en_stances("Without a doubt, the council will vote on Tuesday, Mayor Lea Rusk said.", "Lea Rusk")


def test_judgements_others_made_are_reported_not_taken():
    assert not en_stances("Councillor Ned Ames said shopkeepers had described the parking charge as a tax on trade.",
                          "Ned Ames")


def test_figures_are_how_much_not_what():
    assert ("pay rise", 1) in en_stances("Union leader Ida Moss backed the 12% pay rise for porters.", "Ida Moss")
    assert ("speed limit", -1) in en_stances("Trucker Gus Aho opposes the 50mph speed limit on the bypass.", "Gus Aho")
    assert ("four-day week", 1) in en_stances("Union leader Ida Moss backs a four-day week.", "Ida Moss")
