"""Round 32 (r32-de-stance, reread rr32-de-stance): German stance reading of clause shapes met on the read
splits fresh18-23. All names are invented; the sentences are not those of the eval files."""
import pytest

from extract.positions import frames_de as fd
from stance_helpers_de import speaker_stances as stances_of



@pytest.mark.parametrize("text, speaker, target, value", [
    # represented_body: a thing fronted with unmarked case, the body right after the verb is the subject
    ("Eine Verlängerung der Ladenöffnung lehne die Gewerkschaft ab, erklärte deren Sprecherin Mara Beispiel.",
     "Mara Beispiel", "Verlängerung", -1),
    # across_speaker_name: the pointer after the apposition (left out) joins the verb and the name
    ("In einem Brief warnt Tobias Muster, Vorsitzender des Bürgervereins, davor, die Stadtbücherei zu schließen.",
     "Tobias Muster", "Stadtbücherei", 1),
    # restated: a verbless "weder … noch" after the clause restates its scope, no second negation
    ("Eine Schließung der Klinik kommt nicht in Frage, weder ganz noch teilweise, sagte Landrat Rolf Beispiel.",
     "Rolf Beispiel", "Klinik", 1),
    # noun_phrases: the article before a quantity word opens the phrase, which keeps its preposition
    ("Landrätin Erika Probe sprach sich gegen eine weitere Verdichtung der Innenstadt aus.",
     "Erika Probe", "Verdichtung", -1),
    # across_speaker_name: the name set off by commas ends no clause
    ("Wie der Sprecher des Mietervereins, Tobias Muster, am Freitag mitteilte, lehnt der Verein die Mieterhöhung ab.",
     "Tobias Muster", "Mieterhöhung", -1),
    # joined_zu_infinitives: "fallen zu lassen" is the listed "fallenlassen"
    ("Die Ortsvorsteherin Erika Probe riet dem Rat, die Pläne für die Seilbahn fallen zu lassen.",
     "Erika Probe", "Seilbahn", -1),
    # stance_frames_de.tsv: "über Bord werfen" gives up a position
    ("Die Partei hat ihren Widerstand gegen die Umgehungsstraße über Bord geworfen, sagte Sprecherin Mara Beispiel.",
     "Mara Beispiel", "Umgehungsstraße", 1),
])
def test_r32_shapes_give_the_speakers_stance(text, speaker, target, value):
    assert stances_of(text, speaker).get(target) == value


def test_the_body_after_the_verb_is_no_target():
    got = stances_of("Eine Verlängerung der Ladenöffnung lehne die Gewerkschaft ab, erklärte deren Sprecherin "
                     "Mara Beispiel.", "Mara Beispiel")
    assert "Gewerkschaft" not in got


@pytest.mark.parametrize("text, speaker", [
    # dative_object: a frame noun naming a body ("Opposition") takes no dative as its thing
    ("Die Opposition werde dem Haushalt nicht zustimmen, bestätigte Bürgermeister Rolf Beispiel.", "Rolf Beispiel"),
    # restated keeps "weder" before a side: no side taken
    ("Die Fraktion sei neutral, weder für noch gegen die Seilbahn, sagte Sprecherin Mara Beispiel.", "Mara Beispiel"),
])
def test_others_positions_and_no_side_give_the_speaker_no_stance(text, speaker):
    assert stances_of(text, speaker) == {}


def test_making_a_declaration_is_not_giving_it_up():
    # (rr32) "ablegen" also means making one ("ein Bekenntnis ablegen"), so it is no give-up verb
    assert stances_of("Stadträtin Mara Beispiel legte ein klares Bekenntnis zum Hallenbad ab.", "Mara Beispiel") \
        == {"Hallenbad": 1}


def test_restated_drops_weder_only_when_it_restates():
    before = fd.clause_of("Die Schließung kommt nicht in Frage", "de")
    assert restated_text(" weder ganz noch teilweise", before) == "ganz noch teilweise"
    assert restated_text(" weder für noch gegen die Seilbahn", before) == "weder für noch gegen die Seilbahn"
    assert restated_text(" weder dafür noch dagegen", before) == "weder dafür noch dagegen"
    assert restated_text(" weder für Pendler noch für Firmen", before) == "für Pendler noch für Firmen"


def restated_text(plain: str, before: fd.Clause) -> str:
    return fd.restated(plain, before).strip()


def test_a_zu_infinitive_written_apart_is_joined_only_to_a_listed_verb():
    words = [w.lemma for w in fd.joined_zu_infinitives(fd.words_of("die Pläne fallen zu lassen"))]
    assert words[-1] == "fallenlassen"
    kept = [w.low for w in fd.joined_zu_infinitives(fd.words_of("sie hörte auf zu kämpfen"))]
    assert kept[-2:] == ["zu", "kämpfen"]


def test_a_closing_piece_continues_the_clause_only_without_its_own_subject():
    assert fd.continues_clause(" am Freitag mitteilte")
    assert fd.continues_clause(" davor")
    assert not fd.continues_clause(" vorausgesetzt die Kosten sinken")
    assert not fd.continues_clause(" und lehnt die Maut ab")
