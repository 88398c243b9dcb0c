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
