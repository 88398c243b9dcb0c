"""Round 34 (r34-de-stance): how the German stance reader reads a clause whose parts stand out of the plain order
(object first, speaker after the verb, a phrase or infinitive put before and resumed, a dateline before the text).
All names are invented; the sentences are not those of the eval files."""
import pytest

from extract.positions import frames_de as fd
from stance_helpers_de import speaker_stances as stances_of


def read(text: str, speaker: str, context: str = "") -> dict[str, int]:
    return {st.target: st.value for st in fd.read_stances(text, "de", speaker, context) if st.value}


@pytest.mark.parametrize("text, speaker, target, value", [
    # resumed_infinitive: a zu-infinitive put before "davor" is what is warned of, with its act's sign
    ("Das Freibad zu schließen, davor hat Bademeister Jens Probstwasser am Montag gewarnt.",
     "Jens Probstwasser", "Freibad", 1),
])
def test_r34_clause_shapes_give_the_speakers_stance(text, speaker, target, value):
    assert stances_of(text, speaker).get(target) == value


def test_dateline_names_no_antecedent():
    # the question after the dateline is what "davor" points to, not the dateline's place
    assert read("Davor warnt er.", "er", "KIEL (dpa) - Eine Fahrradsteuer für Touristen? ") == {"Fahrradsteuer": -1}
    assert fd.without_dateline("Bern (sda) - Der Rat tagt.") == "Der Rat tagt."
    assert fd.without_dateline("Der Rat tagt.") == "Der Rat tagt."


def test_plural_verb_after_a_fronted_thing_has_its_subject_after_it():
    # (known open in r33: "Die Schließung unterstützen die Eltern" gave the target "Eltern")
    assert read("Die Schließung unterstützen die Eltern, sagte Anna Probsthof.", "Anna Probsthof") == {}
    assert read("Die Schließung unterstützen die Eltern.", "die Eltern") == {"Schließung": 1}
    assert read("Die Maut unterstützen wir, sagte Anna Probsthof.", "Anna Probsthof") == {"Maut": 1}


@pytest.mark.parametrize("text, speaker", [
    # a left dislocation of a person: no stance of the reporter (kept from the dropped resumed_phrase rule)
    ("Der Bürgermeister – der lehnt die Ampel ab, sagte Anwohnerin Uta Probstweg.", "Uta Probstweg"),
    # a fronted thing whose verb is done by others after the verb: their position, reported
    ("Den Neubau begrüßen die Händler ausdrücklich, sagte Kämmerin Uta Probstweg.", "Uta Probstweg"),
    # an infinitive put before a pointer of another purpose ("um … zu", no act of the frame)
    ("Um die Station zu retten, dafür fehlt das Geld, sagte Kämmerin Uta Probstweg.", "Uta Probstweg"),
])
def test_r34_shapes_leave_no_stance(text, speaker):
    assert read(text, speaker) == {}


def test_a_title_with_a_zu_infinitive_is_no_act_a_pointer_resumes():
    # (reread rr34: resumed_infinitive took the title for the act and turned "warns against the book" into +1)
    got = read("Das Buch „Die Station zu schließen“: Davor warnt Anna Probsthof.", "Anna Probsthof")
    assert "Station" not in got and got.get("Buch") != 1
    assert read("Die Station zu schließen: Davor warnt Anna Probsthof.", "Anna Probsthof") == {"Station": 1}
