"""German negation scope (round 7, r7-neg-de): what a negator stands before decides what it
negates. Before an adverbial of reason it negates only that adverbial ("nicht ohne Grund");
a negated demand or exclusion is no position unless a contrast makes it one; a negated subject
that counts bodies reports others; un- adjectives judge the other way; müssen / dürfen with a
bare verb of being or ending wish their subject to be or not."""
import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    # constituent negation of a reason, and litotes: the position stands
    ("Nicht ohne Grund fordern wir seit Jahren eine Umgehung, sagte Ortsvorsteherin Tilda Haas.", "Tilda Haas", "Umgehung", 1),
    ("Die Stadträtin Olga Birn lehnt die Seilbahn nicht aus Prinzip ab.", "Olga Birn", "Seilbahn", -1),
    ("Nicht umsonst unterstützt der Bürgermeister Kai Lenz die Ortsumgehung.", "Kai Lenz", "Ortsumgehung", 1),
    # ... but "nicht ohne X" where X is what the clause is about keeps the negation
    ("Es geht nicht ohne die Stadtbahn, sagte Dezernentin Rosa Klee.", "Rosa Klee", "Stadtbahn", 1),
    # negations of several words, and un- adjectives
    ("Das Nachtbusnetz sei alles andere als überflüssig, sagte Stadtrat Ole Brink.", "Ole Brink", "Nachtbusnetz", 1),
    ("Die Kurtaxe sei unnötig, sagte die Hotelierin Vera Stamm.", "Vera Stamm", "Kurtaxe", -1),
    ("Das Böllerverbot sei keineswegs unvernünftig, sagte die Ärztin Lea Korn.", "Lea Korn", "Böllerverbot", 1),
    # müssen / dürfen with a bare verb of being or ending
    ("Das Tempolimit müsse nicht sein, sagte der Autoclubchef Jan Roth.", "Jan Roth", "Tempolimit", -1),
    ("Die Bahnhofsmission darf nicht schließen, sagte die Diakonin Eva Senn.", "Eva Senn", "Bahnhofsmission", 1),
    ("Eine Rückkehr zur Atomkraft darf es nicht geben, sagte der Abgeordnete Nils Brand.", "Nils Brand", "Atomkraft", -1),
    ("Eine Bettensteuer wird es mit uns nicht geben, sagte der Hotelierssprecher Tom Kranz.", "Tom Kranz", "Bettensteuer", -1),
    # a lone "keiner" negates; a correlate left out; negated acceptance; "es kann nicht sein, dass"
    ("„Keiner von uns will die Bücherei schließen“, sagte die Stadträtin Ida Lohse.", "Ida Lohse", "Bücherei", 1),
    ("Die Dezernentin Gudrun Kehl warnte, das Sozialticket abzuschaffen.", "Gudrun Kehl", "Sozialticket", 1),
    ("Wir werden nicht zulassen, dass das Hallenbad geschlossen wird, sagte Bürgermeister Tim Rieß.", "Tim Rieß", "Hallenbad", 1),
    ("Es kann nicht sein, dass die Grundsteuer schon wieder erhöht wird, sagte Rita Brand.", "Rita Brand", "Grundsteuer", -1),
    ("Eine Kurtaxe wird es mit mir als Bürgermeister nicht geben, sagte Eva Wiese.", "Eva Wiese", "Kurtaxe", -1),
    ("Ein Alkoholverbot bringt gar nichts, sagte der Wirt Emil Ohl.", "Emil Ohl", "Alkoholverbot", -1),
    # a clause that only denies the dass-clause; alternatives excluded by ohne / statt
    ("Es ist nicht so, dass wir die Stadtbahn ablehnen, sagte Stadtrat Aron Wiek.", "Aron Wiek", "Stadtbahn", 1),
    ("Wir wollen ein Stadtfest ohne Feuerwerk, sagte die Ortsvorsteherin Pia Lund.", "Pia Lund", "Feuerwerk", -1),
    ("Statt einer Seilbahn brauchen wir mehr Busse, sagte der Stadtrat Ben Ott.", "Ben Ott", "Seilbahn", -1),
    # "nicht" before a quantifier negates the quantifier only
    ("Lars Ritt sagte, die Zuckersteuer löse nicht alle Probleme, aber sie sei ein guter Anfang.", "Lars Ritt", "Zuckersteuer", 1),
    # "das heißt nicht, dass …"; litotes of refusing; slogans without a verb
    ("Das heißt nicht, dass wir gegen die Seilbahn sind, sagte Stadträtin Uta Brem.", "Uta Brem", "Seilbahn", 1),
    ("Einer Fusion ist der Bürgermeister Leo Stamm nicht abgeneigt.", "Leo Stamm", "Fusion", 1),
    ("„Nie wieder Fracking im Ostergau!“, rief die Aktivistin Nele Janß.", "Nele Janß", "Fracking", -1),
    # promises in reported speech ("mit ihr"), "ist mit uns nicht zu machen"
    ("Eine Maut werde es mit ihr nicht geben, sagte die Ministerin Ada Holm.", "Ada Holm", "Maut", -1),
    ("Eine Privatisierung der Stadtwerke ist mit uns nicht zu machen, sagte Tom Feld.", "Tom Feld", "Privatisierung", -1),
    # "kaum" negates; "wenig" negates evaluations and sympathy, besides "halten von"
    ("Die Maut sei kaum umsetzbar, sagte der Verkehrsplaner Eik Sand.", "Eik Sand", "Maut", -1),
    ("Das Bettelverbot sei wenig hilfreich, sagte die Sozialarbeiterin Ina Moor.", "Ina Moor", "Bettelverbot", -1),
    # a subject with (no) future or place; a negated adverbial after a modal
    ("Die Braunkohle hat keine Zukunft, sagte die Ministerin Kira Vogt.", "Kira Vogt", "Braunkohle", -1),
    ("Die Bahnhofsmission dürfe auf keinen Fall schließen, sagte Pfarrer Udo Senn.", "Udo Senn", "Bahnhofsmission", 1),
    # a contrast makes a negated demand a position
    ("Die Senatorin Mia Roth fordert mehr Radwege, nicht aber eine Citymaut.", "Mia Roth", "Citymaut", -1),
])
def test_negation_scope_from_structure(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    # not demanding is no demand against; not excluding leaves open
    ("Die Vermieterin Ute Graf betonte, ihr Verband fordere nicht die Abschaffung der Grundsteuer.", "Ute Graf"),
    ("Der Minister Paul Weiß wollte eine Senkung der Stromsteuer nicht ausschließen.", "Paul Weiß"),
    # a negated subject that counts bodies reports others' positions
    ("Keine der Fraktionen unterstütze bisher die Seilbahn, sagte Bürgermeister Emil Rauch.", "Emil Rauch"),
    # after a modal, another phrase or an adjective: no wish about the thing
    ("Das Geld muss vom Bund kommen, sagte die Kämmerin Ida Wolf.", "Ida Wolf"),
    ("Die Brücke muss sicher sein, sagte der Ingenieur Max Paul.", "Max Paul"),
    # "mit" + a thing is no promise: a forecast
    ("Mit dem neuen Gesetz wird es keine Mietsteigerungen mehr geben, sagte Jan Hold.", "Jan Hold"),
    # room for someone is no wish
    ("Die Halle hat keinen Platz für weitere Stände, sagte die Marktleiterin Eva Roth.", "Eva Roth"),
    # a verbless quote that is no exclamation reports
    ("„Keine Einigung in Sicht“, sagte die Verhandlerin Ute Zorn.", "Ute Zorn"),
    # possibilities of acceptance and use: a position only when negated
    ("Wir nehmen die Erhöhung hin, sagte die Mieterin Ada Kern.", "Ada Kern"),
    ("Die Messe bringt viel Geld in die Stadt, sagte der Kämmerer Jo Wendt.", "Jo Wendt"),
])
def test_no_position(text, speaker):
    assert not any(stances(text, speaker).values())


def test_generic_nobody_is_the_speakers_own_claim():
    text = "„Kein vernünftiger Mensch will ein Endlager unter dem Naturpark“, sagte Landrat Udo Dorn."
    assert stances(text, "Udo Dorn").get("Endlager") == -1
