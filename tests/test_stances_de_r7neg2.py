"""Negated acts (round 7, r7-neg-de2): an ending act negated as the clause's predicate keeps its
object ("wir werden X nicht kürzen" = +1 X), a starting act negated rejects it ("X wird nicht
eingeführt" = -1 X); a bad outcome without X makes X needed; "an X führt kein Weg vorbei";
leaving a thing ends it. Reports of the past, plans limited in time and another actor's plan
take no position."""
import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    ("„Wir kürzen die Zuschüsse für die Vereine nicht“, sagte Bürgermeisterin Ina Roth.", "Ina Roth", "Zuschuss", 1),
    ("Die Stadtteilbücherei werde nicht geschlossen, versicherte Dezernent Max Horn.", "Max Horn", "Stadtteilbücherei", 1),
    ("Am Sozialpass wird nicht gerüttelt, sagte Stadträtin Ute Kalb.", "Ute Kalb", "Sozialpass", 1),
    ("Die Zweitwohnungsteuer kommt nicht, sagte Bürgermeister Leo Falk.", "Leo Falk", "Zweitwohnungsteuer", -1),
    ("Eine Kurtaxe werde nicht eingeführt, sagte die Bürgermeisterin Ada Kern.", "Ada Kern", "Kurtaxe", -1),
    ("Ohne den Zuschuss des Landes droht dem Tierheim das Aus, sagte Vereinschefin Eva Lutz.", "Eva Lutz", "Zuschuss", 1),
    ("An einer Sanierung des Rathauses führt kein Weg vorbei, sagte Baudezernent Ole Rau.", "Ole Rau", "Sanierung", 1),
    ("Die Gemeinde solle aus dem Zweckverband austreten, forderte Gemeinderätin Lia Horn.", "Lia Horn", "Zweckverband", -1),
    ("Das Hallenbad sperren wir nicht zu, sagte der Bürgermeister Jonas Eck.", "Jonas Eck", "Hallenbad", 1),
    ("Wir denken gar nicht daran, das Sozialticket abzuschaffen, sagte Dezernent Paul Iser.", "Paul Iser", "Sozialticket", 1),
    ("Verbandschef Udo Rinn nannte den Milchbauernzuschuss überflüssig.", "Udo Rinn", "Milchbauernzuschuss", -1),
    # a Konjunktiv-I demand on another actor is the speaker's ("Der Kreis solle X verlassen")
    ("Der Kreis solle den Abfallverband verlassen, sagte Kreisrat Gerd Moos.", "Gerd Moos", "Abfallverband", -1),
    ("Die Stadt solle das Hallenbad nicht schließen, sagte Stadtrat Gerd Moos.", "Gerd Moos", "Hallenbad", 1),
    # a body's own head speaks for it ("sagte dessen / deren Präsident …")
    ("Die Gewerkschaft fordert eine Ausbildungsumlage, sagte deren Vorsitzende Mia Lorenz.", "Mia Lorenz", "Ausbildungsumlage", 1),
    # the speaker named inside the clause ("nach Ansicht von", "laut", "zufolge") is no part of what is said
    ("Ein Feuerwerksverbot darf es nach Ansicht von Stadtrat Eli Brandt nicht geben.", "Eli Brandt", "Feuerwerksverbot", -1),
    ("Eine Maut darf es Ministerin Ira Wolf zufolge in der Innenstadt nicht mehr geben.", "Ira Wolf", "Maut", -1),
])
def test_negated_acts_and_needs(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    # a report of the past, a plan limited in time, another actor's plan, an act not negated
    ("Das Hallenbad wurde im vergangenen Jahr nicht geschlossen, sagte Sprecher Tim Ahl.", "Tim Ahl"),
    ("Die Brücke wird vorerst nicht abgerissen, sagte Sprecherin Nora Bauer.", "Nora Bauer"),
    ("Der Kreis wird die Klinik nicht schließen, sagte Sprecher Paul Wendt.", "Paul Wendt"),
    ("Wir werden die Grundschule im Sommer schließen, sagte Bürgermeister Udo Pick.", "Udo Pick"),
    ("Dem Sportverein droht die Pleite, sagte Kassenwart Jan Ott.", "Jan Ott"),
    ("Das Bad solle 2027 geschlossen werden, sagte Sprecher Gerd Moos.", "Gerd Moos"),
    ("Die Opposition lehne die Seilbahn ab, sagte die Ministerin Eva Horn.", "Eva Horn"),
    ("Wir denken daran, die Schule zu schließen, sagte Dezernent Paul Iser.", "Paul Iser"),
    ("Das Geld muss nach Ansicht von Bürgermeister Tom Ehl vom Bund kommen.", "Tom Ehl"),
])
def test_no_position(text, speaker):
    assert not any(stances(text, speaker).values())
