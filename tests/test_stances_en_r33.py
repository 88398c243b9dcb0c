"""English round 33 (r33-en-stance): an end act refused in the progressive or after "going to" (the
thing's own end, or the speaker's side or nobody acting on it), and a figure that is no part of a
target's name where the parse hangs it on another word. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ('"The Eastside branch library is not going to close while I am mayor," Ada Quell said.', {("branch library", 1)}),
    ('"The swimming pool is not closing," Ada Quell said.', {("swimming pool", 1)}),
    ('"We are not scrapping the bus gate," Cllr Ada Quell said.', {("bus gate", 1)}),
    ('"Nobody is closing the village library while I lead this council," Ada Quell said.', {("village library", 1)}),
    ('Ada Quell said she was not axing the night ferry.', {("night ferry", 1)}),
])
def test_a_refused_end_in_the_progressive(text, want):
    assert en_stances(text, "Ada Quell") == want


@pytest.mark.parametrize("text", [
    '"We are closing the library," Ada Quell said.',  # (an announcement, no refusal)
    '"The council is not closing the library," Ada Quell said.',  # (another's act, reported)
    '"We are not closing the library on Mondays," Ada Quell said.',  # (a timetable)
    '"The pool is not closing for the summer," Ada Quell said.',
    '"The road is not closing during the works," Ada Quell said.',
    '"Traders are not closing their shops," Ada Quell said.',  # (others' doing)
])
def test_no_refused_end(text):
    assert en_stances(text, "Ada Quell") == set()


def test_nobody_as_the_doer_negates_a_demanded_act():
    assert en_stances('"Nobody should scrap the ferry," Ada Quell said.', "Ada Quell") == {("ferry", 1)}


@pytest.mark.parametrize("text, want", [
    ('Ada Quell, chairman of mining contractor Tandervale Drilling, has thrown her support behind the A$1.40-a-share '
     'takeover bid from private equity firm Corran Peak, calling the offer "full and fair".',
     {("takeover bid", 1), ("takeover", 1)}),  # ("1.40" hung on "takeover": base read "bid")
    ("Ada Quell said she rejected a 2.5 per cent pay offer.", {("pay offer", -1)}),
    ("Ada Quell said she would not back the proposed $26 million rock revetment along Marine Parade.",
     {("rock revetment", -1)}),
    # a figure joined to its noun by a hyphen counts that noun, which goes with it
    ("Ada Quell said she opposed the 300-home estate.", {("estate", -1)}),
    ("Ada Quell said she backed the 400-space car park.", {("car park", 1)}),
    ("Ada Quell said she backed the 10% pay rise.", {("pay rise", 1)}),
    # a bare figure written apart counts the noun after it, which goes with it (only a figure with its own unit,
    # "-a-share", leaves the noun in the name)
    ("Ada Quell said she opposed the 20 mph speed limit.", {("speed limit", -1)}),
])
def test_a_figure_is_no_part_of_the_name(text, want):
    assert en_stances(text, "Ada Quell") == want


@pytest.mark.parametrize("text", [
    '"Prices are not going to rise," Ada Quell said.',  # ("going" only puts "rise" ahead: no lone "go" of prices)
    '"The council is not going to listen," Ada Quell said.',
    '"Sanctions are not going to work," Ada Quell said.',
])
def test_going_to_is_no_lone_act(text):
    assert en_stances(text, "Ada Quell") == set()


def test_going_to_an_act_passive_keeps_one_sign():
    assert en_stances('"The bypass is not going to be built," Ada Quell said.', "Ada Quell") == {("bypass", -1)}


def test_never_going_to_close():
    assert en_stances('"The library is never going to close," Ada Quell said.', "Ada Quell") == {("library", 1)}
