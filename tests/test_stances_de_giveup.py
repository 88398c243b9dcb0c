"""Giving up a position reverses it (the 'drop' frames of stance_frames_de.tsv)."""

import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    # giving up opposition: no longer against, read as "nicht gegen X" (+1)
    ("Die Landrätin Ute Kamm hat ihren Widerstand gegen die Seilbahn aufgegeben.", "Ute Kamm", "Seilbahn", 1),
    ("Die Landrätin Ute Kamm gab ihren Widerstand gegen die Seilbahn auf.", "Ute Kamm", "Seilbahn", 1),
    ("Der Stadtrat Eik Moll rückt von seiner Ablehnung der Seilbahn ab.", "Eik Moll", "Seilbahn", 1),
    ("Die Ministerin Ida Rautenberg ließ ihre Bedenken gegen die Maut fallen.", "Ida Rautenberg", "Maut", 1),
    ("Die Ministerin Ida Rautenberg nahm ihre Kritik an der Maut zurück.", "Ida Rautenberg", "Maut", 1),
    # giving up a demand, a support or a plan: -1
    ("Der Senator Olav Brink zog seine Unterstützung für die Maut zurück.", "Olav Brink", "Maut", -1),
    ("Der Senator Olav Brink verabschiedete sich von der Idee, eine Maut einzuführen.", "Olav Brink", "Maut", -1),
    ("Der Senator Olav Brink ist von der Maut abgekommen.", "Olav Brink", "Maut", -1),
    ("Die Landrätin Ute Kamm beendete ihren Widerstand gegen die Seilbahn.", "Ute Kamm", "Seilbahn", 1),
    ("Der Senator Olav Brink verzichtete auf seine Forderung nach einer Maut.", "Olav Brink", "Maut", -1),
    # the object of a verb-final participle stands before it, not after "und"
    ("Die Landrätin Ute Kamm hat ihren Widerstand gegen die Seilbahn aufgegeben und unterstützt nun den Bau.",
     "Ute Kamm", "Seilbahn", 1),
    # not given up: the position stands
    ("Die Landrätin Ute Kamm hat ihren Widerstand gegen die Seilbahn nicht aufgegeben.", "Ute Kamm", "Seilbahn", -1),
])
def test_giving_up_a_position_reverses_it(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Der Kämmerer Olaf Brink verabschiedete sich von seinen Kollegen im Rathaus.", "Olaf Brink"),
    ("Die Bäckerin Ute Kamm gab ihr Geschäft in der Altstadt auf.", "Ute Kamm"),
    ("Der Verband habe seinen Widerstand gegen die Seilbahn aufgegeben, sagte die Stadträtin Ute Kamm.", "Ute Kamm"),
])
def test_giving_up_a_thing_or_someone_elses_giving_up_is_no_stance(text, speaker):
    assert stances(text, speaker) == {}
