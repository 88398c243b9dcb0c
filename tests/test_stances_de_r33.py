"""Round 33 (r33-de-stance): German stance shapes met on the read splits fresh18-24. All names are invented;
the sentences are not those of the eval files."""
import pytest

from extract.positions import frames_de as fd
from stance_helpers_de import speaker_stances as stances_of



@pytest.mark.parametrize("text, speaker, target, value", [
    # indirect.for_whom: the "von" phrase after "kommen" keeps the name apposed to its role
    ("Ein deutliches Nein zur Deponie kam am Montag von der Vorsitzenden des Bauausschusses, Wiebke Probstfeld.",
     "Wiebke Probstfeld", "Deponie", -1),
    # resumed_judgement: "so" resumes the label put first (bare with "nennen", after "als" with the others)
    ("„Finanziell unverantwortlich“ – so nennt Stadtrat Olaf Beispielmann den geplanten Hallenneubau.",
     "Olaf Beispielmann", "Hallenneubau", -1),
    ("„Ein Gewinn für alle“ – so beurteilt Ortsvorsteherin Jutta Probemeier die neue Fähre.",
     "Jutta Probemeier", "Fähre", 1),
    # stance_frames_de.tsv "flip an/bei sparen" with negated_act's slot_entry
    ("„An den Kitas wird nicht gespart“, sagte Kämmerer Bodo Testmann.", "Bodo Testmann", "Kita", 1),
    # stance_frames_de.tsv: einsparen / roden end their object
    ("Elternsprecherin Ina Musterfeld warnte davor, den Schulbus einzusparen.", "Ina Musterfeld", "Schulbus", 1),
    ("Förster Karl Probsthaler warnte davor, den Stadtwald zu roden.", "Karl Probsthaler", "Stadtwald", 1),
    # (rr33) a negated separable ending act is one act, not also its simple verb ("sparen")
    ("„Wir sparen den Schulbus nicht ein“, sagte Elternsprecherin Ina Musterfeld.", "Ina Musterfeld", "Schulbus", 1),
    # stance_frames_de.tsv: "rausgeworfenes Geld" judges like "Geldverschwendung"
    ("Kreisrat Malte Probsthagen hält die neue Brücke für rausgeworfenes Geld.", "Malte Probsthagen", "Brücke", -1),
])
def test_r33_shapes_give_the_speakers_stance(text, speaker, target, value):
    assert stances_of(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    # "so" with a labelling verb, but the label is others' (no view of the speaker's own)
    ("„Das Juwel des Tals“ – so nennen Wanderer den Bergsee, erzählte Gästeführerin Ulla Probstmann.", "Ulla Probstmann"),
    # a past report of not having cut spending is no promise
    ("Bei der Ausstattung der Halle wurde nicht gespart, berichtete Architekt Tom Beispielhof.", "Tom Beispielhof"),
    # clearing as an event told, not a position
    ("Die Stadt hat am Montag drei Hektar Wald gerodet, teilte Sprecherin Vera Testhuber mit.", "Vera Testhuber"),
])
def test_r33_shapes_leave_no_stance(text, speaker):
    assert stances_of(text, speaker) == {}


def test_resumed_judgement_joins_only_a_label_before_so_and_a_labelling_verb():
    joined = fd.sentence_clauses("„Ein Fehler“ – so bezeichnet die Präsidentin den Beschluss.", "de")
    assert [w.text for w in joined[0].words][:3] == ["Als", "ein", "Fehler"]  # (the label after "als", written small)
    named = fd.sentence_clauses("„Völlig überzogen“ – so nennt die Präsidentin den Beschluss.", "de")
    assert [w.text for w in named[0].words][:3] == ["völlig", "überzogen", "nennt"]
    apart = fd.sentence_clauses("Zwei Jahre – so lange dauert der Bau.", "de")
    assert len(apart) == 2  # ("so lange": no labelling verb after "so")
    clause = fd.sentence_clauses("Die Stadt muss sparen – so sieht es der Kämmerer.", "de")
    assert len(clause) == 2  # (a verb before the piece's last word: a clause, no label)


def test_slot_entry_prefers_the_entry_whose_preposition_the_clause_holds():
    entries = fd.lexicon("de").acts["sparen"]
    with_an = fd.clause_of("An der Musikschule wird nicht gespart", "de")
    plain = fd.clause_of("Die Stadt will Geld sparen", "de")
    assert fd.slot_entry(with_an, entries).slot == "an"
    assert fd.slot_entry(plain, entries) is entries[0]
    assert fd.slot_entry(plain, ()) is None


def test_sparte_nicht_mit_kritik_keeps_its_reading():
    # "spart nicht mit Kritik" is no negation (the data file's 0 row), untouched by "sparen an/bei"
    assert stances_of("Verbandschef Udo Testberg sparte nicht mit Kritik an der neuen Bettensteuer.",
                      "Udo Testberg").get("Bettensteuer") == -1


@pytest.mark.parametrize("text, speaker", [
    # (rr33) an attribute judging where an act falls names no target ("Ende" is no thing saved on)
    ("„Wir dürfen nicht am falschen Ende sparen“, sagte Schulleiterin Ina Probstschule.", "Ina Probstschule"),
    ("„Hier wird am falschen Ende gespart“, kritisierte Schulleiterin Ina Probstschule.", "Ina Probstschule"),
    # (rr33) a sum saved is no thing ended ("Million", "Prozent", "Hektar" were taken as targets)
    ("„Wir müssen 2,7 Millionen Euro einsparen“, sagte Kämmerer Bodo Testmann.", "Bodo Testmann"),
    ("„Für die Trasse müssen drei Hektar Wald gerodet werden“, sagte Projektleiter Jens Probstfeld.", "Jens Probstfeld"),
])
def test_rr33_place_and_sum_of_an_act_are_no_target(text, speaker):
    assert stances_of(text, speaker) == {}


def test_rr33_share_of_a_thing_cut_is_a_stance_on_the_thing():
    # (the amount "40 Prozent" is skipped; "der Stellen" is what is cut)
    assert stances_of("„Wir wollen 40 Prozent der Stellen streichen“, sagte Klinikchef Ralf Probsthaus.",
                      "Ralf Probsthaus") == {"Stelle": -1}


def test_judged_place_reads_the_attribute_of_a_prepositional_phrase():
    c = fd.clause_of("Man darf nicht am falschen Ende sparen", "de")
    assert [fd.judged_place(c, p, "de") for p in c.phrases] == [False, True]
    plain = fd.clause_of("An der Musikschule wird nicht gespart", "de")
    assert not any(fd.judged_place(plain, p, "de") for p in plain.phrases)
