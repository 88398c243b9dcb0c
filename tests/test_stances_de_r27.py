"""German positions passed on, not held (round 27, positions/frames_de.py and clause_de.py): a plural present
in "-en" after one fronted part is finite (plural_front), a phrase joined by "und" to a prepositional phrase
shares its preposition (under_preposition), the main clause after a fronted "Wie Y mitteilte" has its own
subject (fronted_clause_subject), a werden-passive participle takes no left-out "darüber" (werden_passive),
and a particle verb that is a frame word is read alone ("sprechen sich … aus" is no "sprechen für").
Each test below fails when its mechanism is taken out; beside them the positions of the same verbs that stay.
All names are invented."""

import pytest

from stance_helpers_de import article_stances, speakers


# plural_front: "Die Anrainer kritisieren", "Die Wirte protestieren", "Nach Auskunft von Y unterstützen die
# meisten Mitglieder": the "-en" form HanTa tags as the infinitive is the finite verb of the fronted plural
# noun (or of the subject after a prepositional prefield), so the position is theirs, not the speaker's
@pytest.mark.parametrize("text", [
    "Die Anrainer kritisieren den geplanten Windpark scharf, schilderte Ortsvorsteher Egon Brandtner.",
    "Die Wirte protestieren gegen die Sperrstunde, schilderte Polizeisprecher Egon Brandtner.",
    "Nach Auskunft von Sprecher Egon Brandtner unterstützen die meisten Mitglieder den neuen Tarifvertrag.",
])
def test_a_fronted_plural_with_its_en_verb_holds_the_position_not_the_speaker(text):
    assert speakers(text) and all(speakers(text))  # the sentence is the speaker's statement ...
    assert article_stances(text) == {}  # ... but the position in it is the plural's


@pytest.mark.parametrize("text", [
    "Ortsvorsteher Egon Brandtner zufolge beschweren sich viele Pendler über die Baustelle.",
    "Die Händler in der Altstadt wehren sich gegen die Parkgebühren, wie Stadtsprecherin Ilse Marquardt erläuterte.",
])
def test_a_plural_with_sich_after_its_verb_holds_the_position(text):
    assert article_stances(text) == {}


# under_preposition: "nach A und B" -- B shares "nach" and is no subject; the subject is after the verb
@pytest.mark.parametrize("text, subject", [
    ("Nach drei Ausschreibungen und Mehrkosten von neun Millionen lehnt die Stadt das Hallenbad ab.", "die Stadt"),
    ("Wegen der Kosten und Bedenken der Anwohner lehnt die Stadt die Deponie ab.", "die Stadt"),
    ("Seit dem Unfall und Protesten der Eltern fordert die Schule eine Ampel.", "die Schule"),
    # (kept: the subject first, the joined phrases after the verb)
    ("Die Stadt lehnt nach drei Ausschreibungen und Mehrkosten das Hallenbad ab.", "Die Stadt"),
])
def test_a_phrase_joined_to_a_prepositional_phrase_is_no_subject(text, subject):
    from extract.positions.frames_de import finite_verb, sentence_clauses, subject_of

    found = []
    for c in sentence_clauses(text, "de", set()):
        fin = finite_verb(c)
        if fin is not None:
            p = subject_of(c, fin)
            found.append(" ".join(w.text for w in c.words[p.start:p.end]) if p else None)
    assert found == [subject], found


# fronted_clause_subject: after "Wie Y mitteilte," the main clause opens with its verb and its own subject
@pytest.mark.parametrize("text", [
    "Wie Ortsvorsteher Egon Brandtner mitteilte, haben sich die Anwohner gegen den Windpark ausgesprochen.",
    "Wie Schulrätin Ilse Marquardt erläuterte, sprechen sich die Lehrer für eine Verlängerung der Pausen aus.",
])
def test_the_subject_after_a_fronted_wie_clause_holds_the_position(text):
    assert article_stances(text) == {}


def test_the_speaker_s_own_body_after_a_fronted_wie_clause_keeps_its_position():
    text = "Wie Bürgermeisterin Ilse Marquardt am Montag betonte, lehnt die Gemeinde den Bau der Umgehungsstraße weiterhin ab."
    assert article_stances(text).get("Umgehungsstraße") == -1


# werden_passive: "Im Bericht wird festgehalten, dass …" records; it is no "festhalten an"
@pytest.mark.parametrize("text", [
    "Im Bericht wird festgehalten, dass es keine Begrenzung der Mieten gibt, sagte Stadträtin Ilse Marquardt.",
    "Im Bericht wird festgehalten, dass es keine Begrenzung der Mieten gibt.",
])
def test_a_werden_passive_participle_before_dass_takes_no_stance(text):
    assert article_stances(text) == {}


def test_a_feeling_before_dass_still_reads_the_left_out_darueber():
    text = "Stadträtin Ilse Marquardt zeigte sich enttäuscht, dass das Hallenbad geschlossen wird."
    assert article_stances(text).get("Hallenbad") == 1


# a particle verb that is a frame word is read alone: "sprechen sich … aus" is aussprechen, no "sprechen für"
def test_sprechen_sich_aus_is_no_sprechen_fuer():
    text = "Die Lehrer sprechen sich für eine Verlängerung der Pausen aus, sagte Schulrätin Ilse Marquardt."
    assert speakers(text) and all(speakers(text))
    assert article_stances(text) == {}


@pytest.mark.parametrize("text, target, value", [
    ("Ortsvorsteher Egon Brandtner sprach sich für den Windpark aus.", "Windpark", 1),
    ("Ortsvorsteher Egon Brandtner sprach sich gegen den Windpark aus.", "Windpark", -1),
])
def test_the_speaker_s_own_aussprechen_stays(text, target, value):
    assert article_stances(text).get(target) == value
