"""German stances, round 8: carrier nouns pass the position to what they are about, persons and
acting bodies are never a target, a class noun gives way to the name after it, clauses of
condition or concession take no position, "…, so X" names the source."""
import pytest

from extract.positions.frames_de import read_stances

CASES = [
    # (text, speaker, target, value)
    ("Die Stadträtin Gerda Winkler begrüßte die Förderzusage für das Nahwärmenetz.", "Gerda Winkler", "Nahwärmenetz", 1),
    ("Landrat Emil Sauter lobte den Schritt der Gemeinde, eine Zweitwohnungssteuer einzuführen.", "Emil Sauter",
     "Zweitwohnungssteuer", 1),
    ("Die Präsidentin Alma Stucki freute sich über die Annahme der Stipendienvorlage.", "Alma Stucki", "Stipendienvorlage", 1),
    ("Der Kreisrat Jonas Pfister kritisierte den Beschluss des Rates, das Hallenbad zu schließen.", "Jonas Pfister",
     "Hallenbad", 1),
    ("Die Abgeordnete Lina Barth lehnte den Vorstoß des Bürgermeisters für eine Bettensteuer ab.", "Lina Barth",
     "Bettensteuer", -1),
    ("Der Sprecher Malte Rieger begrüßte den Ausstieg des Landes aus dem Regionalflughafen.", "Malte Rieger",
     "Regionalflughafen", -1),
    ("Die Elternsprecherin Kira Ost lobte den Polizeipräsidenten für die neuen Radarkontrollen.", "Kira Ost",
     "Radarkontrolle", 1),
    ("Der Stadtrat Udo Kamp kritisierte die Bürgermeisterin wegen der geplanten Parkgebühren.", "Udo Kamp", "Parkgebühr", -1),
    ("Der Lehrer Arno Weil sprach sich für den Erhalt der Schulform Hauptschule aus.", "Arno Weil", "Hauptschule", 1),
    ("Die Imkerin Rosa Brandt wandte sich gegen das Pflanzenschutzmittel Glyphosat.", "Rosa Brandt", "Glyphosat", -1),
    ("Es brauche dringend einen Betriebskindergarten, so Betriebsrätin Hedda Lorenz.", "Hedda Lorenz",
     "Betriebskindergarten", 1),
    ("Seit Jahren macht sich die Anwohnerin Doris Albers gegen die Südumfahrung stark.", "Doris Albers", "Südumfahrung", -1),
    ("Das neue Parkhaus sei ein Millionengrab, sagte Stadtrat Ben Lutter.", "Ben Lutter", "Parkhaus", -1),
    ("Die Präsidentin Sonja Lamm beklagte den Mangel an Kinderärzten.", "Sonja Lamm", "Kinderarzt", 1),
]


@pytest.mark.parametrize("text,speaker,target,value", CASES)
def test_the_position_lands_on_the_thing(text, speaker, target, value):
    signs = {s.value for s in read_stances(text, "de", speaker) if s.target == target}
    assert signs == {value}


@pytest.mark.parametrize("text,speaker,never", [
    ("Die Stadträtin Gerda Winkler begrüßte die Förderzusage für das Nahwärmenetz.", "Gerda Winkler", "Förderzusage"),
    ("Landrat Emil Sauter lobte den Schritt der Gemeinde, eine Zweitwohnungssteuer einzuführen.", "Emil Sauter", "Schritt"),
    ("Der Sprecher Malte Rieger begrüßte den Ausstieg des Landes aus dem Regionalflughafen.", "Malte Rieger", "Land"),
    ("Die Elternsprecherin Kira Ost lobte den Polizeipräsidenten für die neuen Radarkontrollen.", "Kira Ost",
     "Polizeipräsident"),
    ("Der Lehrer Arno Weil sprach sich für den Erhalt der Schulform Hauptschule aus.", "Arno Weil", "Schulform"),
    ("Gegen die Fusion sei sie, auch wenn die Schließung der Filiale nicht verhindert werde, sagte Kreisrätin Eva Lind.",
     "Eva Lind", "Filiale"),
])
def test_no_stance_on_a_carrier_a_person_or_a_neighbouring_noun(text, speaker, never):
    assert never not in {s.target for s in read_stances(text, "de", speaker)}


def test_a_person_alone_is_no_target():
    assert not read_stances("Der Stadtrat Udo Kamp kritisierte den Bürgermeister scharf.", "de", "Udo Kamp")
