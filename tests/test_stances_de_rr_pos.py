"""German stances: being able to do without a thing dismisses it ("Auf X kann man verzichten"), and
"mit" a party or caucus promises for that group ("Eine Maut werde es mit der Fraktion nicht geben").
Both rules had no test of their own: the suites passed with either switched off."""
import pytest

from extract.positions.frames_de import read_stances

SPEAKER = "Stadträtin Vera Lindner"


@pytest.mark.parametrize("text,target,value", [
    ("Auf die Bettensteuer könne man gut verzichten, sagte Stadträtin Vera Lindner.", "Bettensteuer", -1),
    ("Auf eine Seilbahn könnten wir getrost verzichten, sagte Stadträtin Vera Lindner.", "Seilbahn", -1),
    ("Wir können auf das neue Parkhaus verzichten, sagte Stadträtin Vera Lindner.", "Parkhaus", -1),
    ("Auf die Schulsozialarbeit können wir nicht verzichten, sagte Stadträtin Vera Lindner.", "Schulsozialarbeit", 1),
    ("Eine Maut werde es mit der Fraktion nicht geben, sagte Stadträtin Vera Lindner.", "Maut", -1),
    ("Eine Bettensteuer werde es mit den Grünen nicht geben, sagte Stadträtin Vera Lindner.", "Bettensteuer", -1),
])
def test_doing_without_and_a_group_promise(text, target, value):
    assert {s.value for s in read_stances(text, "de", SPEAKER) if s.target == target} == {value}
