"""German narration that holds a frame word but takes no position (round 26, positions/narrated_de.py): an
occasion joined, a performance, a person praised, a view as such, a deed told with its time, and a verb's
attributive participle; beside them the positions of the same verbs that stay."""

import pytest

from stance_helpers_de import article_stances


@pytest.mark.parametrize("text", [
    "Die Sängerin Lotte Haberkamp feierte am Freitag ihr 25-jähriges Bühnenjubiläum.",
    "Die Gewerkschaft Nahverkehr hatte für Montag zu einer Demonstration vor dem Landtag aufgerufen.",
    "Der Vereinsvorstand lobte Trainerin Petra Ollendorf für die abgelaufene Saison.",
    "Erfreut über den Heimsieg zeigte sich Trainer Uwe Brack.",
    "Positiv äußerte sich Trainerin Anna Weberling über die Leistung ihrer Mannschaft beim 2:1 gegen Kiel.",
    "Der frühere Minister Karl Ebenhof wandte sich nach seiner Amtszeit von früheren Positionen ab.",
    # (a deed the reader took for a position before: "Lindau hat … eine Zweitwohnungssteuer beschlossen" never was one)
    "Das Kabinett hat am 22. Juni die Einführung der elektronischen Fußfessel abgesegnet.",
    "Die Landesregierung hat am Dienstag das Aus für das Kohlekraftwerk Ostrand beschlossen.",
    # praise of a show on a stage (row "occasion", +1 only)
    "Begeistert zeigte sich Intendantin Maren Holt über die Premiere.",
    "Der Stadtrat hat am Montag beschlossen, das Hallenbad zu schließen.",
    "Landeshauptmann Erwin Pröllinger hat den 2019 wegen Untreue verurteilten Ex-Bürgermeister begnadigt.",
    # a participle before its noun describes it (frames_de.find_words): no one here criticises the cable car
    "Die kritisierte Seilbahn wird nun doch gebaut, sagte Landrat Tim Gold.",
])
def test_narration_takes_no_position(text):
    assert article_stances(text) == {}


@pytest.mark.parametrize("text, target, value", [
    ("Bürgermeister Lutz Wendt lehnte am Montag die Seilbahn ab.", "Seilbahn", -1),  # an attitude with its time
    ("Die Grünen forderten am Mittwoch ein Verbot der Kundgebung.", "Kundgebung", -1),  # an act passed it on
    ("Der Verband Handel Nord lehnt die geplante Kundgebung der Rechtsextremen ab.", "Kundgebung", -1),  # against one
    # a show on a stage opposed is a position (row "occasion": only joining or praising one is none)
    ("Die Opposition kritisierte das Konzert der umstrittenen Band scharf.", "Konzert", -1),
    ("Der Zentralrat verurteilte den Auftritt des Hasspredigers in der Stadthalle.", "Auftritt", -1),
    ("Die Initiative Saubere Luft feierte am Montag den Stopp des Kohlekraftwerks.", "Kohlekraftwerk", -1),
    ("Verkehrsministerin Jana Ostrow hat die Einführung einer Maut beschlossen.", "Maut", 1),  # no time: a position
    ("„Wir haben beschlossen, das Hallenbad zu schließen“, sagte Bürgermeisterin Ida Lorenzen am Montag.", "Hallenbad", -1),
    ("Die Partei Neue Mitte lehnt höhere Sozialleistungen für Asylbewerber ab.", "Sozialleistung", -1),
    ("Der Mieterbund begrüßte den vom Rat beschlossenen Mietspiegel.", "Mietspiegel", 1),
    ("Den im Frühjahr von der Landesregierung erwogenen Ausbau der Bundesstraße begrüßte Landrat Veit Ortner.",
     "Bundesstraße", 1),
    # "kein" on the object of an act in a content clause: no act on it (frames_de.act_object)
    ("Die Stadt solle keine Kohlekraftwerke mehr bauen, forderte Stadträtin Ines Kowalke.", "Kohlekraftwerk", -1),
    ("Stadträtin Ines Kowalke fordert, dass die Stadt keine Kohlekraftwerke mehr baut.", "Kohlekraftwerk", -1),
    ("Bürgermeister Olaf Rendel forderte, keine Umgehungsstraße zu bauen.", "Umgehungsstraße", -1),
    ("Man solle keine Schulen schließen, forderte der Elternverband Süd.", "Schule", 1),
    # the frame's own clause reads its "kein" once
    ("Stadträtin Ines Kowalke will keine neuen Kohlekraftwerke bauen.", "Kohlekraftwerk", -1),
    ("Die Stadt solle das Bad nicht schließen, sagte Stadträtin Ines Kowalke.", "Bad", 1),
    # a frame word first in the sentence that the tagger took for a name is no subject (indirect.frame_word_as_name)
    ("Hocherfreut zeigte sich Bürgermeister Timo Grabherr über den neuen Radweg.", "Radweg", 1),
])
def test_positions_of_the_same_verbs_stay(text, target, value):
    assert article_stances(text).get(target) == value
