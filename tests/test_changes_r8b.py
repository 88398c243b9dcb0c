"""Round 8b: positions and changes after the first wave was merged."""
from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str = "") -> dict[str, int]:
    return {s.target: s.value for s in read_stances(text, "de", speaker)}


def test_a_fronted_person_with_a_place_and_a_name_is_the_subject_not_a_fronted_object():
    # the title alone ("Kämmerer", "Richterin") names a person, as a role compound does
    assert stances("Der Kämmerer von Tannau, Karl von der Heide, hält das neue Hallenbad für nicht finanzierbar.",
                   "Karl von der Heide") == {"Hallenbad": -1}
    assert stances("Die Bürgermeisterin von Tannau, Anna Beispiel, hält die Seilbahn für überflüssig.") == {"Seilbahn": -1}
    # a fronted thing with its apposition still joins its clause
    assert stances("Die Stadtmaut, eine Abgabe für Pendler, lehne sie ab.", "Anna Beispiel") != {}


def said(sid, date, stance, words, quote="…"):
    from extract.model import Statement

    return Statement(sid, "a" + sid, [(0, 1)], quote, "statement", speaker="p", date=date, stance=stance,
                     stance_evidence=words)


def changes(*statements):
    from extract.positions import find_changes

    return [(c.target or c.topic, c.before_stance, c.after_stance) for c in find_changes(list(statements))]


def test_a_compound_of_a_carrying_head_is_the_thing_itself():
    # "-verbindung", "-vorlage", "-entwurf", "-variante" (data/generic_heads.txt)
    for thing, compound in [("Nachtzug", "Nachtzugverbindung"), ("Schulgesetz", "Schulgesetzvorlage"),
                            ("Tunnel", "Tunnelvariante")]:
        found = changes(said("1", "2026-01-01", {thing: -1}, {thing: ["lehnt … ab"]}),
                        said("2", "2026-03-01", {compound: 1}, {compound: ["befürwortet"]}))
        assert [(b, a) for _, b, a in found] == [(-1, 1)], (thing, compound)
    # a different modifier is another thing
    assert changes(said("1", "2026-01-01", {"Nachtzug": -1}, {"Nachtzug": ["lehnt … ab"]}),
                   said("2", "2026-03-01", {"Busverbindung": 1}, {"Busverbindung": ["befürwortet"]})) == []


def test_against_extending_a_thing_is_not_against_the_thing_in_english_too():
    against_more = said("1", "2026-01-01", {"runway": -1}, {"runway": ["opposed", "extending"]})
    later_for = said("2", "2026-03-01", {"runway": 1}, {"runway": ["supports"]})
    assert changes(against_more, later_for) == []
    against = said("3", "2026-01-01", {"runway": -1}, {"runway": ["opposed"]})
    assert changes(against, later_for) == [("runway", -1, 1)]


def test_a_condition_opening_the_sentence_or_quote_makes_no_change_but_a_conceding_if_does():
    from extract.positions import judge

    assert judge("", "", "en", frame_text='"If the state pays, I will back the landfill," she said.').evidence == {"landfill": ["back", "if"]}
    assert "falls" in judge("", "", "de", frame_text="Falls die Gemeinden zustimmen, werde er die Seilbahn unterstützen, sagte er.").evidence["Seilbahn"]
    before = said("1", "2026-01-01", {"landfill": -1}, {"landfill": ["opposed"]})
    assert changes(before, said("2", "2026-03-01", {"landfill": 1}, {"landfill": ["back", "if"]})) == []
    conceding = judge("", "", "en", frame_text="Even if it costs more, I now support the landfill, she said.")
    assert changes(before, said("3", "2026-03-01", conceding.stance, conceding.evidence)) == [("landfill", -1, 1)]
