"""English stance mechanisms of round 6 (issue 16): the subject nearest the verb, "X as
reckless" judging the object, "has no place", particle verbs with their preposition, views of
groups reported by the speaker. All names are invented."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def en_stances(text, speaker, focus=""):
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import read_stances

    if not is_trained(load_english()):
        pytest.skip("no trained English pipeline")
    return {(s.target, s.value) for s in read_stances(text, speaker, focus)}


def test_role_and_name_parsed_as_two_subjects_still_name_the_speaker():
    assert en_stances("Police Federation chair Joan Kettle has long championed body cameras for all officers.",
                      "Joan Kettle") == {("body camera", 1)}


def test_as_phrase_judges_the_object_not_the_speaker():
    got = en_stances("Health board chief Moira Quill slammed the closure of the maternity unit as reckless.",
                     "Moira Quill")
    assert got == {("maternity unit", 1)}  # against closing it: for the unit
    assert en_stances("Fire chief Owen Tarrant dismissed the merger as dangerous.", "Owen Tarrant") == {("merger", -1)}


def test_has_no_place_is_against_its_subject():
    assert en_stances("The new bypass has no place in a national park, conservationist Hattie Moss said.",
                      "Hattie Moss") == {("bypass", -1)}


def test_particle_verb_takes_its_preposition():
    assert ("casino licence", -1) in en_stances("Mayor Lionel Ashe hit out at the casino licence on Tuesday.", "Lionel Ashe")
    assert ("parking fine", -1) in en_stances("Councillor Brian Yates lashed out at the parking fines.", "Brian Yates")


def test_a_groups_view_reported_is_not_the_speakers():
    assert en_stances("Critics say the stadium deal is a mistake, Councillor Ann Corby told the Gazette.", "Ann Corby") == set()
    assert en_stances("Critics argue the bypass is a waste of money, Mayor Cora Lind said.", "Cora Lind") == set()
    # the speaker's own judgement in the same frame stays
    assert en_stances("The stadium deal is a mistake, Councillor Ann Corby told the Gazette.", "Ann Corby") == {("stadium deal", -1)}


def test_plural_tagged_as_verb_and_generic_plan():
    assert ("cycle lane", 1) in en_stances("Cycling campaigner Tilly Marsh applauded the new cycle lanes on Harbour Road.",
                                           "Tilly Marsh")
    assert ("school voucher", 1) in en_stances("State Senator Omar Teague endorsed the school voucher plan.", "Omar Teague")


def test_recalled_and_current_position_in_one_clause_pair():
    from extract.positions.frames_en import read_stances

    en_stances("", "")  # (skips without a trained pipeline)
    got = {(s.target, s.value, s.recalled, s.clause) for s in read_stances("She had opposed the tax in 2019 but now supports it.", "")}
    assert got == {("tax", -1, True, "She had opposed the tax in 2019 ."),  # the recalling clause stops before "but"
                   ("tax", 1, False, "")}

