"""German back-references in a sentence with two candidates (round 25): which one a reader takes, and
when none. All people, places and bodies here are invented."""
import pytest

from test_attribution_de import speaker_of

CASES = [
    # a speaker in a fronted subordinate clause loses to the main clause's subject
    ("Nachdem Landrat Harald Fenske am Montag erklärt hatte, die Kreisstraße werde erst 2028 saniert, "
     "widersprach Bürgermeister Ulrich Dammann. Er sagte, die Gemeinde könne nicht so lange warten.",
     "die Gemeinde könne", "Ulrich Dammann"),
    ("Während Landesrat Gernot Aigner die Richtlinie lobte, lehnte Obmann Florian Stockinger sie ab. "
     "Er sagte, kleine Betriebe gingen leer aus.", "kleine Betriebe", "Florian Stockinger"),
    # ... but "Wie X sagte, …" is X's frame: its main clause is what X said
    ("Wie Bürgermeister Ulrich Dammann am Montag mitteilte, hat Landrat Harald Fenske die Mittel bewilligt. "
     "Er sagte, die Arbeiten begännen im Mai.", "die Arbeiten begännen", "Ulrich Dammann"),
    # two that a reader cannot tell apart: no speaker
    ("Stadtrat Olaf Brinkmann lobte den Plan, Stadtrat Kai Sommerfeld lehnte ihn ab. Er sagte, die Schulden "
     "stiegen zu schnell.", "die Schulden stiegen", ""),
    # a role phrase with its name in apposition is that person, not a back-reference
    ("Ihr Stellvertreter, Pål Engstrøm, widersprach am Dienstag. Der Vorstand der Reederei Nordhavn, Kjell "
     "Sörensen, wollte keine Prognose abgeben. „Die Lage ist zu unübersichtlich“, sagte er.",
     "Die Lage ist zu", "Kjell Sörensen"),
    # an unnamed spokesperson of a body nobody named is no one; of a named body, that body
    ("Der Unfall ereignete sich gegen 14 Uhr. Der Fahrer sei zu schnell gefahren, sagte ein Polizeisprecher.",
     "Der Fahrer sei", ""),
    ("Die Polizeiinspektion Nordhang ermittelt. Der Fahrer sei zu schnell gewesen, sagte ein Polizeisprecher.",
     "Der Fahrer sei", "Polizeiinspektion Nordhang"),
    # "er" goes on with the part of a coordinated subject of its gender, also after a past verb
    ("Die Abgeordnete Verena Hofstätter und Landesrat Günther Maier stritten über das Jagdgesetz. "
     "Er verteidigte die Abschussquoten für Wölfe.", "Abschussquoten", "Günther Maier"),
    # a body's present in "-t" after its name at the sentence start is singular: "sie" may be the body
    ("WIEN (APA) - Die Supermarktkette Billwert erweitert ihr Sortiment. Sie kündigte an, künftig mehr "
     "regionale Produkte anzubieten.", "regionale Produkte", "Billwert"),
    # a clause of its own before a frame gives its subject
    ("Das Landesamt für Wasserwirtschaft Elbhagen gibt Entwarnung: „Die Pegel sinken langsam“, erklärte die "
     "Behörde.", "Die Pegel sinken", "Landesamt für Wasserwirtschaft Elbhagen"),
    # a place's adjective before a kind of body is no short name of it
    ("Die Bremer Landesbank will 300 Stellen streichen. Das sei ein schwerer Tag, sagte Bremer.",
     "ein schwerer Tag", "Bremer"),
]


@pytest.mark.parametrize("text, quote, speaker", CASES)
def test_the_reader_of_two_candidates(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text", [
    "Bürgermeister Jan Kreft kam aus dem Urlaub zurück. Er verteidigte seinen Titel beim Schützenfest.",
    "Trainerin Eva Holm war zufrieden. Sie verteidigte den Pokal mit ihrer Mannschaft.",
    "Trainer Uwe Brandt war zufrieden. Er verteidigt die Tabellenführung.",
])
def test_defending_a_contest_holding_is_no_statement(text):
    # (the "-te" past read as singular reaches narration: keeping a title wins a game, no position)
    assert speaker_of(text, "verteidig") is None


def test_defending_a_decision_in_the_past_is_the_pronoun_persons_statement():
    text = "Bürgermeister Jan Kreft stellte den Haushalt vor. Er verteidigte die Kürzungen bei den Bädern."
    assert speaker_of(text, "Kürzungen") == "Jan Kreft"
