"""German negation scope (round 6, r6-neg-de): the negator takes its own phrase, a possibility
counts only when negated, a contrast after "nicht aber" moves the stance to its conjunct."""
import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    # a possibility: a position only when negated, with "auf keinen Fall" as sentence negation
    ("Eine Steuererhöhung steht nicht zur Debatte, sagte Finanzministerin Ada Berg.", "Ada Berg", "Steuererhöhung", -1),
    ("Ein Abriss des Bahnhofs kommt für Eva Kunz auf keinen Fall infrage.", "Eva Kunz", "Bahnhof", 1),
    ("Eine Maskenpflicht sei keine Option, sagte der Minister Olaf Brede.", "Olaf Brede", "Maskenpflicht", -1),
    ("Die Schuldenbremse ist für den Minister Rolf Ahrens nicht verhandelbar.", "Rolf Ahrens", "Schuldenbremse", 1),
    # the expletive "es" stands for the zu-clause
    ("Es komme nicht infrage, die Grundschule zu schließen, sagte Dezernent Rainer Voss.", "Rainer Voss", "Grundschule", 1),
    ("Es gebe keinen Grund, die Kurtaxe abzuschaffen, sagte Kurdirektorin Helga Brenner.", "Helga Brenner", "Kurtaxe", 1),
    # "kein" before a quantifier belongs to the phrase; "nicht aber X" negates X only
    ("Der Landrat Kai Brunn will keine weitere Deponie im Kreis.", "Kai Brunn", "Deponie", -1),
    ("Die Senatorin Mia Roth fordert mehr Radwege, nicht aber eine Citymaut.", "Mia Roth", "Radweg", 1),
    ("Die Senatorin Mia Roth fordert mehr Radwege, nicht aber eine Citymaut.", "Mia Roth", "Citymaut", -1),
    ("Der Landrat Jens Ahlers ist kein Gegner der Windkraft.", "Jens Ahlers", "Windkraft", 1),
    ("Die Verbraucherschützerin Ina Pfeffer warnt davor, die Mietpreisbremse auslaufen zu lassen.", "Ina Pfeffer", "Mietpreisbremse", 1),
])
def test_negation_takes_its_own_phrase(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Für den Posten kommen drei Kandidaten infrage, sagte der Sprecher Jonas Wirth.", "Jonas Wirth"),
    ("Der Bürgermeister Karl Janz sagte, er sei weder für noch gegen die Fusion der Gemeinden.", "Karl Janz"),
])
def test_no_stance(text, speaker):
    assert stances(text, speaker) == {}
