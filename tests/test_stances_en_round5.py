"""English stance and change mechanisms of round 5 (issue 16): acts asked for, recalled
positions, a statement's own frame words, targets named in other words. All names are invented."""
from __future__ import annotations

import pytest

from extract.model import Statement
from extract.positions import find_changes, same_wording

pytest.importorskip("spacy")


def en_stances(text, speaker, focus=""):
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import read_stances

    if not is_trained(load_english()):
        pytest.skip("no trained English pipeline")
    return {(s.target, s.value, s.recalled) for s in read_stances(text, speaker, focus)}


@pytest.mark.parametrize("text, target, value", [
    ("The airport tax must be scrapped, business leader Colin Marr said.", "airport tax", -1),
    ("The airport tax has to be scrapped, Colin Marr said.", "airport tax", -1),
    ("\"Scrap the airport tax,\" Colin Marr said.", "airport tax", -1),
    ("The city should not close the library, Colin Marr said.", "library", 1),
    ("Colin Marr welcomed the decision to scrap the toll.", "toll", -1),
    ("Colin Marr welcomed the ban on fracking.", "fracking", -1),
    ("Colin Marr withdrew his support for the cable car.", "cable car", -1),
    ("Colin Marr said scrapping the toll would be wrong.", "toll", 1),
    ("Colin Marr is a strong supporter of the tram.", "tram", 1),
    ("Colin Marr said a congestion charge was the wrong approach.", "congestion charge", -1),
    ("Colin Marr called the fare rise unacceptable.", "fare rise", -1),
    ("Colin Marr said he had nothing against the pedestrian zone.", "pedestrian zone", 1),
    ("Colin Marr dismissed calls for a sugar tax.", "sugar tax", -1),
])
def test_english_polarity_from_the_clause(text, target, value):
    found = en_stances(text, "Colin Marr")
    assert (target, value, False) in found and (target, -value, False) not in found


def test_english_positions_of_others_and_plans_are_none():
    assert en_stances("Opponents of the toll were planning a rally, Colin Marr said.", "Colin Marr") == set()
    assert en_stances("The city will close the library, Colin Marr said.", "Colin Marr") == set()


def test_english_recalled_position_and_the_statements_own_words():
    text = "Governor Nora Vance, who had backed the toll bridge in February, now opposes the toll bridge."
    assert en_stances(text, "Nora Vance", "had backed the toll bridge in February") == {("toll bridge", 1, True)}
    assert en_stances(text, "Nora Vance", "opposes the toll bridge") == {("toll bridge", -1, False)}
    # read as one, both: the recalled position and the one taken now (judge keeps them apart)
    assert en_stances(text, "Nora Vance") == {("toll bridge", 1, True), ("toll bridge", -1, False)}
    assert en_stances("She had opposed the tax in 2019 but now supports it.", "") == {("tax", -1, True), ("tax", 1, False)}
    # "it" stands for the target named before it in the sentence
    assert ("ring road", -1, False) in en_stances("Dana Royce, who supported the ring road last year, now opposes it.",
                                                  "Dana Royce", "opposes it")


@pytest.mark.parametrize("text,now,then,held", [
    ("Governor Nora Vance, who had backed the toll bridge in February, now opposes the toll bridge.",
     "opposes", "backed", "2026-02"),
    # (round 6) "but" ends the recalling clause
    ("Councillor Piet Lorne had backed the incinerator last year but now rejects it.", "rejects", "backed", "2025"),
])
def test_english_pluperfect_time_words_do_not_date_the_new_position(text, now, then, held):
    from extract.dates import date_statement

    cue = text.index(now)
    assert date_statement(text, (0, len(text)), "2026-04-20", "en", cue_span=(cue, cue + len(now))).date == "2026-04-20"
    cue = text.index(then)
    assert date_statement(text, (0, len(text)), "2026-04-20", "en", cue_span=(cue, cue + len(then))).date.startswith(held)


def test_same_wording_joins_hyphens_and_a_lone_modifier_only():
    assert same_wording({"cable-car", "cable car"}) == {"cable-car": "cable car"}
    assert same_wording({"waterfront casino", "casino"}) == {"waterfront casino": "casino"}
    assert same_wording({"wealth tax", "carbon tax", "tax"}) == {}


def said(sid, article, date, stance):
    return Statement(id=sid, article_id=article, quote=[(0, 10)], quote_text="…", kind="reported",
                     speaker="lena-hart", date=date, topics=list(stance), stance=stance)


def test_a_reversal_named_in_other_words_is_one_change_and_names_both():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"congestion charge": -1}),
                            said("s2", "a2", "2030-03-02", {"charge": 1})])
    # reported under the name that says what it is (the later "charge" is only its head), the other kept as topic
    assert [(c.before_stance, c.after_stance, c.target, c.topic) for c in changes] == [
        (-1, 1, "congestion charge", "charge")]
    # a repeat in other words is none
    assert find_changes([said("s1", "a1", "2030-01-02", {"cable-car": 1}),
                         said("s2", "a2", "2030-03-02", {"cable car": 1})]) == []
