"""English stance mechanisms of round 8 (issue 16): one naming rule for targets (modifiers of
degree, state and judgement left out, names before a common noun left out, lexicalised phrases
kept whole), amount acts named by their act noun, unknown gerunds passing their object on,
"an end to" a gerund the parser misread, acts on a name, refusals and things ruled out, and
carriers of a proposal. All names are invented."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)


def test_modifiers_of_degree_and_state_are_no_part_of_a_target():
    assert en_stances("Governor Lyle Pemberton warned against a premature interest rate cut.",
                      "Lyle Pemberton") == {("interest rate cut", -1)}  # (and no inverse on "interest rate")
    assert en_stances("Mayor Imelda Crane rejected the hastily drawn-up parking levy.", "Imelda Crane") \
        >= {("parking levy", -1)}


def test_a_name_before_a_common_noun_is_where_not_what():
    assert en_stances("Health secretary Lorna Aske said she supports the Kingsmere Valley walk-in clinic.",
                      "Lorna Aske") == {("walk-in clinic", 1)}
    assert en_stances("Parish councillor Edwin Foss welcomed the Brackley Green village bypass.",
                      "Edwin Foss") == {("bypass", 1)}
    assert en_stances("Opposition leader Kira Holt condemned the decision to close the village library.",
                      "Kira Holt") == {("village library", 1)}


def test_a_lexicalised_phrase_stays_whole():
    assert en_stances("Mayor Tom Ruddle warned against scrapping free school meals.", "Tom Ruddle") \
        == {("free school meals", 1)}


def test_an_unknown_gerund_passes_its_object_on():
    assert en_stances("Senator Ada Quill warned against legalizing online betting.", "Ada Quill") \
        == {("online betting", -1)}


def test_amount_acts_are_named_by_their_act_noun():
    got = en_stances("Shadow chancellor Idris Penhale urged the Reserve Bank to cut interest rates.", "Idris Penhale")
    assert ("rate cut", 1) in got and ("interest rate", -1) not in got
    assert ("rate cut", 1) in en_stances("Builder Finn Ostrow pressed for rates to be cut.", "Finn Ostrow")
    assert ("fare rise", -1) in en_stances("Governor Pia Hale opposed a rise in bus fares.", "Pia Hale")
    # a service cut is the service ended, not an amount: the old reading stays
    assert en_stances("Councillor Hugo Bertram warned against cutting the night train.", "Hugo Bertram") \
        == {("night train", 1)}


def test_an_end_to_a_misread_gerund():
    assert en_stances("Councillor Vera Hollis called for an end to greyhound racing at the Marlow track.",
                      "Vera Hollis") == {("greyhound racing", -1)}


def test_an_act_on_a_name_is_a_target_beside_the_name():
    assert en_stances("Conservationist Rufus Adeyemi warned against the demolition of Gracefield Tower.",
                      "Rufus Adeyemi") == {("demolition", -1), ("gracefield tower", 1)}


def test_things_ruled_out():
    assert ("tax rise", -1) in en_stances("\"There will be no tax rise on my watch,\" Treasurer Colm Deverell said.",
                                          "Colm Deverell")
    assert en_stances("Selling the community centre is not on the table, Councillor Rhys Hamby said.",
                      "Rhys Hamby") == {("community centre", 1)}
    assert en_stances("A new runway is off the table, Airport chief Otto Kray said.", "Otto Kray") == {("runway", -1)}
    assert en_stances("Mayor Kit Ambler said she had no intention of closing the lido.", "Kit Ambler") == {("lido", 1)}
    # a plan or a prediction rules nothing out
    assert en_stances("Chancellor Bram Dewitt said there will be a review of the wealth tax in May.", "Bram Dewitt") == set()


def test_a_refusal_with_would_is_a_position():
    assert ("tax cut", -1) in en_stances("Finance Minister Oren Blake would not support a tax cut this year.", "Oren Blake")
    assert en_stances("Club owner Hester Vane would never close the youth academy.", "Hester Vane") == {("youth academy", 1)}
    assert en_stances("Club owner Hester Vane would close the youth academy if the money ran out.", "Hester Vane") == set()


def test_carriers_of_a_proposal_pass_the_rejection_on():
    assert en_stances("Coach Ines Barro dismissed suggestions of a four-day week for the squad.", "Ines Barro") \
        == {("four-day week", -1)}
    assert en_stances("Minister Cora Lindell poured cold water on calls for a four-day week.", "Cora Lindell") \
        == {("four-day week", -1)}
    assert en_stances("Vice-chancellor Ruben Sall brushed off calls for a tuition fee refund.", "Ruben Sall") \
        == {("tuition fee refund", -1)}


def test_the_speaker_is_no_target_of_her_own():
    got = en_stances("Alderman Rosa Quint is opposed to the planned waste incinerator.", "Rosa Quint")
    assert got == {("waste incinerator", -1)}


def test_an_end_to_a_phrase_the_parser_read_as_an_infinitive():
    assert en_stances("Animal rights activist Mia Torres demanded an end to live animal exports.", "Mia Torres") \
        == {("live animal export", -1)}
    # a real infinitive after an act noun stays one
    assert ("landfill", -1) in en_stances("Councillor Dana Fell opposes plans to build a landfill.", "Dana Fell")


def test_not_going_to_is_a_refusal():
    assert en_stances("\"We are not going to close the academy,\" chairman Lars Ekdahl said.", "Lars Ekdahl") \
        == {("academy", 1)}
    assert en_stances("\"We are not going to support the merger,\" chairman Lars Ekdahl said.", "Lars Ekdahl") \
        == {("merger", -1)}
    assert en_stances("\"We are going to close the academy,\" chairman Lars Ekdahl said.", "Lars Ekdahl") == set()


def test_refused_demands_and_requests_pass_the_refusal_on():
    assert en_stances("Minister Joel Pike refused demands for an inquiry.", "Joel Pike") == {("inquiry", -1)}
    assert en_stances("Premier Lois Kane turned down requests for a state funeral.", "Lois Kane") == {("state funeral", -1)}


def test_a_cut_of_a_thing_is_for_the_thing_a_cut_of_an_amount_is_not():
    assert en_stances("Councillor Ann Bell said the library cuts were a disaster.", "Ann Bell") \
        == {("library cut", -1), ("library", 1)}


def test_her_own_body_speaks_for_her():
    assert en_stances("Housing minister Ama Sorensen said her department would not back a rent freeze.", "Ama Sorensen") \
        == {("rent freeze", -1)}
    # others' positions stay theirs
    assert en_stances("Housing minister Ama Sorensen said tenants oppose a rent freeze.", "Ama Sorensen") == set()
