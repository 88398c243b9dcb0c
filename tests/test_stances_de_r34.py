"""Round 34 (r34-de-stance): how the German stance reader reads a clause whose parts stand out of the plain order
(object first, speaker after the verb, a phrase or infinitive put before and resumed, a dateline before the text).
All names are invented; the sentences are not those of the eval files."""
import pytest

from extract.positions import frames_de as fd
from stance_helpers_de import speaker_stances as stances_of


def read(text: str, speaker: str, context: str = "") -> dict[str, int]:
    return {st.target: st.value for st in fd.read_stances(text, "de", speaker, context) if st.value}


@pytest.mark.parametrize("text, speaker, target, value", [
    # noun_phrases / _genitive_attribute: a weekday joined to a time of day ends its phrase, "der" after it opens one
    ("Scharfe Kritik am Parkplan übte am Donnerstagabend der Ortsvorsteher des Dorfes, Olaf Probstheim.",
     "Olaf Probstheim", "Parkplan", -1),
    # object_slot / closing_verb: a phrase after the closing participle is the speaker's apposition, no object
    ("Einen neuen Spielplatz hat Wiebke Testhagen angemahnt, Sprecherin der Elterninitiative Nord.",
     "Wiebke Testhagen", "Spielplatz", 1),
    # continues_clause: a lone particle after the speaker's name closes the clause ("heißt … gut")
    ("Den Radweg, der seit Mai befahrbar ist, heißt die Vorsitzende des Vereins, Ina Musterhal, gut.",
     "Ina Musterhal", "Radweg", 1),
    # resumed_infinitive: a zu-infinitive put before "davor" is what is warned of, with its act's sign
    ("Das Freibad zu schließen, davor hat Bademeister Jens Probstwasser am Montag gewarnt.",
     "Jens Probstwasser", "Freibad", 1),
    # resumed_phrase: a verbless phrase resumed by a demonstrative prefield after a dash
    ("Eine Ortsumgehung für Testdorf – die fordert Ortsvorsteher Karl Beispielweg seit Jahren.",
     "Karl Beispielweg", "Ortsumgehung", 1),
])
def test_r34_clause_shapes_give_the_speakers_stance(text, speaker, target, value):
    assert stances_of(text, speaker).get(target) == value


def test_weekday_compound_ends_its_phrase_and_takes_no_genitive():
    c = fd.clause_of("Kritik übte am Mittwochabend der Ortsvorsteher Olaf Probstheim", "de")
    texts = [" ".join(w.text for w in c.words[p.start:p.end]) for p in c.phrases]
    assert "Mittwochabend" in texts and "der Ortsvorsteher Olaf Probstheim" in texts
    assert fd.weekday("mittwochabend") and fd.weekday("montag") and not fd.weekday("wochenmarkt")
    # a time after the weekday stays its genitive ("am Montagabend der Woche")
    week = fd.clause_of("Am Montagabend der Woche lehnte er den Plan ab", "de")
    assert fd._genitive_attribute(week, next(p for p in week.phrases if week.words[p.head].text == "Woche"))


def test_closing_verb_only_after_a_finite_auxiliary_or_modal():
    c = fd.clause_of("Die Gemeinde hat die Maut abgelehnt", "de")
    assert fd.closing_verb(c, len(c.words) - 1)
    fronted = fd.clause_of("Abgelehnt hat die Gemeinde die Maut", "de")
    assert not fd.closing_verb(fronted, 0)


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
    # a left dislocation of a person is no thing resumed
    ("Der Bürgermeister – der lehnt die Ampel ab, sagte Anwohnerin Uta Probstweg.", "Uta Probstweg"),
    # a fronted thing whose verb is done by others after the verb: their position, reported
    ("Den Neubau begrüßen die Händler ausdrücklich, sagte Kämmerin Uta Probstweg.", "Uta Probstweg"),
    # an infinitive put before a pointer of another purpose ("um … zu", no act of the frame)
    ("Um die Station zu retten, dafür fehlt das Geld, sagte Kämmerin Uta Probstweg.", "Uta Probstweg"),
])
def test_r34_shapes_leave_no_stance(text, speaker):
    assert read(text, speaker) == {}
