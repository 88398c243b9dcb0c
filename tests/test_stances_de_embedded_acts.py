"""A stance carried through an embedded act (round 24): the act's kind (bring/keep or end) composes with the
predicate over it, in a content clause with no object, in reported speech that asks the act, in a promise,
in a nominalised act verb and in a bracket closed after a zu-clause."""

import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    # an act with no object happens to its subject
    ("Bürgermeisterin Jana Kolb setzt sich dafür ein, dass die Fähre auch im Winter weiterfährt.", "Jana Kolb", "Fähre", 1),
    ("Ortsvorsteher Paul Mertens sprach sich dagegen aus, dass die Buslinie wegfällt.", "Paul Mertens", "Buslinie", 1),
    ("Gemeindepräsidentin Ursula Amrein setzt sich dafür ein, dass das Postauto weiterhin nach Hinterwil fährt.",
     "Ursula Amrein", "Postauto", 1),
    # reported speech that asks an act, after or before the verb of demand
    ("Die Stadt müsse bis zum Herbst einen Hitzeschutzplan vorlegen, verlangte Gemeinderätin Ida Brenner.", "Ida Brenner",
     "Hitzeschutzplan", 1),
    ("Die Gemeinde solle die Straßenausbaubeiträge abschaffen, forderte Ratsherr Tim Kranz.", "Tim Kranz",
     "Straßenausbaubeitrag", -1),
    ("Es müsse endlich eine Übergewinnsteuer kommen, sagte der Verbraucherschützer Lars Nolte.", "Lars Nolte",
     "Übergewinnsteuer", 1),
    # a refusal and a promise through their act
    ("Fraktionschef Otto Grieser weigerte sich, die Seilbahn zu unterstützen.", "Otto Grieser", "Seilbahn", -1),
    ("Landrat Hinnerk Bode hat versprochen, die Geburtsstation zu retten.", "Hinnerk Bode", "Geburtsstation", 1),
    # a verb of act written as a noun; a bracket closed after the zu-clause
    ("Gegen das Zusperren des Bezirksgerichts sprach sich Bürgermeister Franz Pichler aus.", "Franz Pichler",
     "Bezirksgericht", 1),
    ("Stadträtin Anna Roth lehnte den Vorschlag, die Bücherei zu schließen, ab.", "Anna Roth", "Bücherei", 1),
    ("Sie lehne den Plan, das Schwimmbad zu schliessen, entschieden ab, sagte Gemeinderätin Vreni Gisler.",
     "Vreni Gisler", "Schwimmbad", 1),
])
def test_the_act_composes_the_sign(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Amtsleiter Rolf Seidel bestätigte, dass die Buslinie 7 im Dezember wegfällt.", "Rolf Seidel"),
    ("Die Stadt müsse die Kosten für die Sanierung tragen, verlangte Stadträtin Anna Roth.", "Anna Roth"),
    ("Die Kinder müssten pünktlich kommen, verlangte Schulleiterin Eva Stahl.", "Eva Stahl"),
    ("Die Eltern wünschten sich, dass die Kinder weiterhin kommen dürfen, sagte Kita-Leiterin Sabine Wolf.", "Sabine Wolf"),
    ("Bürgermeister Karl Huber versprach, den Bericht bis Juni vorzulegen.", "Karl Huber"),
    ("Bürgermeister Karl Huber versprach Hilfe für die Betroffenen.", "Karl Huber"),
    ("Das Bad solle 2027 geschlossen werden, berichtete Amtsleiter Rolf Seidel.", "Rolf Seidel"),
    ("Die Fähre werde ab 1. Mai weiterfahren, sagte Amtsleiter Rolf Seidel.", "Rolf Seidel"),
    ("Das Schließen der Tür dauerte lange, sagte Hausmeister Uwe Lorenz.", "Uwe Lorenz"),
    # someone an unlisted verb takes is no thing one is for; a fronted demand another body made is reported
    ("Die Stadt müsse einen neuen Bürgermeister wählen, forderte Stadtrat Jonas Weber.", "Jonas Weber"),
    ("Stadtrat Jonas Weber forderte, einen Sprecher zu benennen.", "Jonas Weber"),
    ("Die Stadt müsse einen Hitzeschutzplan vorlegen, habe der Kreistag verlangt, sagte Amtsleiter Bernd Stein.",
     "Bernd Stein"),
])
def test_reports_plans_dates_and_people_take_no_stance(text, speaker):
    assert not any(stances(text, speaker).values())


def test_a_fronted_demand_is_the_speakers_when_she_or_a_pronoun_holds_it():
    assert stances("Die Stadt müsse einen Hitzeschutzplan vorlegen, verlangte sie.", "Ida Brenner") == {"Hitzeschutzplan": 1}
    assert stances("Die Bibliothek zu schließen, halte er für falsch, sagte Stadtrat Jonas Weber.",
                   "Jonas Weber").get("Bibliothek") == 1
