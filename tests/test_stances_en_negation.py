"""English negation, warning and inverse-copula frames (issue 16, round 6 follow-up): a warning
is against the act its clause names, a negated infinitive after "warn" asks against the act, "no
reason to <act> X" keeps X, "the answer isn't X but Y" splits X and Y. All names are invented."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def read_en(text, speaker, focus=""):
    """The English stance reader's stances; skips the test without a trained English pipeline."""
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import read_stances

    if not is_trained(load_english()):
        pytest.skip("no trained English pipeline")
    return read_stances(text, speaker, focus)


def en_stances(text, speaker, focus=""):
    return {(s.target, s.value) for s in read_en(text, speaker, focus)}


def test_warning_that_an_act_would_harm_is_against_the_act():
    assert en_stances("Councillor Edna Rowe warned that closing the lido would hurt families.",
                      "Edna Rowe") == {("lido", 1)}
    assert en_stances("Grocer Sam Ivers cautioned that a ban on plastic bags would cost jobs.",
                      "Sam Ivers") == {("plastic bag", 1)}


def test_warning_about_a_thing_that_is_no_act_takes_no_stance():
    assert en_stances("Councillor Edna Rowe warned that the lido would open late this summer.", "Edna Rowe") == set()


def test_warned_not_to_do_is_against_the_act():
    assert en_stances("Union leader Pia Lund warned the board not to sell the bus depot.",
                      "Pia Lund") == {("bus depot", 1)}


def test_no_reason_to_act_keeps_the_object():
    assert ("ferry", 1) in en_stances("There is no reason to scrap the ferry, Councillor Abe Noor said.", "Abe Noor")


def test_call_for_a_thing_to_be_ended():
    assert en_stances("Campaigner Rita Vale called for the landfill to be closed.", "Rita Vale") == {("landfill", -1)}


def test_inverse_copula_judges_its_attribute_and_its_conjunct():
    got = en_stances("\"The answer isn't a new car park but a better bus,\" planner Joy Ames said.", "Joy Ames")
    assert got == {("car park", -1), ("bus", 1)}


def test_hardly_negates():
    assert en_stances("\"The toll is hardly the solution,\" Mayor Ken Olds said.", "Ken Olds") == {("toll", -1)}


def test_an_adjective_on_an_object_judges_only_after_a_verb_of_judging():
    assert en_stances("Councillor Ida Pell is stirring up the worst instincts of the crowd.", "Ida Pell") == set()
    assert ("rent cap", -1) in en_stances("Economist Lou Baird called the rent cap a bad idea.", "Lou Baird")


def test_not_true_that_negates_the_clause():
    assert en_stances("Councillor Jo Pratt said it was not true that she opposed the skate park.",
                      "Jo Pratt") == {("skate park", 1)}


def test_a_change_in_an_amount_names_what_it_changes():
    # (round 8: an amount act is named by its act, as "a fuel duty increase" is: one naming rule for both wordings)
    assert ("fuel duty increase", 1) in en_stances("Senator Lyle Brent said he is not against a modest increase in the fuel duty.",
                                                   "Lyle Brent")


def test_warned_harm_is_against_what_does_it():
    assert en_stances("Grocer Sam Ivers warned that the levy would hurt small shops.", "Sam Ivers") == {("levy", -1)}
    assert en_stances("Cook Ada Penn cautioned parents that school meals would cost more from May.", "Ada Penn") == set()


def test_an_act_negated_in_its_own_infinitive_flips():
    assert en_stances("Mayor Ola Grint welcomed the decision not to close the museum.", "Ola Grint") == {("museum", 1)}
    assert en_stances("Mayor Ola Grint welcomed the decision to close the museum.", "Ola Grint") == {("museum", -1)}


def test_judged_act_in_the_infinitive_of_an_adjective():
    assert en_stances("Councillor Ray Hume said the board was wrong to axe the ferry route.",
                      "Ray Hume") == {("ferry route", 1)}


def test_not_convinced_that_negates_the_clause():
    assert en_stances("Councillor Ray Hume said he was not convinced that a second runway was needed.",
                      "Ray Hume") == {("runway", -1)}


def test_believe_in_and_the_dangers_of_an_act():
    assert en_stances("Senator Ivo Marsh said he does not believe in rent controls.", "Ivo Marsh") == {("rent control", -1)}
    assert en_stances("Senator Ivo Marsh warned of the dangers of scrapping the price cap.",
                      "Ivo Marsh") == {("price cap", 1)}


def test_a_negation_quoted_inside_the_verb_group_negates_the_verb():
    assert en_stances('Alderman Tove Rusk said she would "never" back the marina levy.', "Tove Rusk") == {("marina levy", -1)}
    assert en_stances('Alderman Tove Rusk said she had \u201cnever once\u201d backed the marina levy.', "Tove Rusk") == {
        ("marina levy", -1)}
    # the subject hung on the auxiliary is the one who holds it: another's position, none of the speaker's
    assert not en_stances('Alderman Tove Rusk said the harbourmaster did "not for one second" support the marina levy.',
                          "Tove Rusk")
    # a quoted judgement after its object keeps its marks and is read as before
    assert en_stances('Alderman Tove Rusk called the marina levy "a costly blunder" in a letter.', "Tove Rusk") == {
        ("marina levy", -1)}


def test_not_over_one_phrase_sets_it_against_the_target():
    # (r22-en-frames' set_against: the phrase "not" opens takes the opposite sign)
    assert en_stances("We need flood walls, not a reservoir, said councillor Mara Dunne.", "Mara Dunne") \
        == {("flood wall", 1), ("reservoir", -1)}


def test_not_just_over_one_phrase_adds_it_and_sets_nothing_against():
    # "not just X", "not merely X": X as well, so no stance against it
    for text in ("We need flood walls, not just a reservoir, said councillor Mara Dunne.",
                 "We need flood walls, not merely a reservoir, said councillor Mara Dunne."):
        got = en_stances(text, "Mara Dunne")
        assert ("flood wall", 1) in got, got  # (the sentence is read: the check below is not vacuous)
        assert ("reservoir", -1) not in got


def test_fronted_negative_phrase_negates_the_clause():
    # (r22-en-frames' fronted_negative)
    assert en_stances("Under no circumstances will we accept the incinerator, said councillor Mara Dunne.",
                      "Mara Dunne") == {("incinerator", -1)}


def test_fronted_no_with_an_adjective_is_litotes_not_negation():
    # "in no small part", "in no uncertain terms": the "no" denies the adjective, the clause stands
    assert ("toll", 1) in en_stances("In no small part, we support the toll because it works, said Tam Rallin.",
                                     "Tam Rallin")
    assert ("toll", -1) in en_stances("In no uncertain terms, we oppose the toll, said Tam Rallin.", "Tam Rallin")
