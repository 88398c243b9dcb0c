"""German statements found in round 8b: a surname alone after the verb taking a position, a colon quote after a name with a contrast word, a
manner word before the verb, a cue in a fronted subordinate clause. Texts are invented; people,
places and bodies are fictional."""
import pytest

from extract.de import analyse

CASES = [  # (text, words of the quote, speaker)
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Stadtrat Ingo Valbert hingegen: «Das Loch wird nur verschoben.»",
     "Das Loch wird nur verschoben", "Ingo Valbert"),  # a contrast word between name and colon
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Ganz anders Stadtrat Ingo Valbert: «Das Loch wächst.»",
     "Das Loch wächst", "Ingo Valbert"),  # adverbs before the name
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Anders sah es Stadtrat Ingo Valbert: «Das Loch wächst.»",
     "Das Loch wächst", "Ingo Valbert"),  # a manner word first: the speaker follows the verb
    ("Die Regierungsrätin Mara Steinacher steht in der Kritik. "
     "Steinacher wies die Vorwürfe am Dienstag zurück: «Keine Schule schließt.»",
     "Keine Schule schließt", "Steinacher"),  # a surname first stays the speaker
    ("Während Landesrat Edwin Maltauer über den Zuschlag jubelte, "
     "haderte Gemeinderätin Irma Pichlbauer: «Das Geld fehlt dann bei den Schulen.»",
     "Das Geld fehlt", "Irma Pichlbauer"),  # the cue of a fronted subordinate clause is not the quote's
    ("Der Energieexperte Gernot Valtlhofer hatte das Projekt verteidigt. "
     "Nach dem Gutachten lehnt Valtlhofer das Murkraftwerk nun ab.",
     "lehnt Valtlhofer das Murkraftwerk nun ab", "Valtlhofer"),  # a surname alone after the verb, named before
    ("Die Zuger Regierungsrätin Beatrice Imhaslyberg stellte das Budget vor. Eine Steuersenkung lehnt Imhaslyberg ab.",
     "Eine Steuersenkung lehnt Imhaslyberg ab", "Imhaslyberg"),
    ("Nach der Untersuchung der Brücke sagte die Bauamtsleiterin Carla Wendelin, das Land werde die Mittel verdoppeln.",
     "das Land werde die Mittel verdoppeln", "Carla Wendelin"),  # "Nach der X des Y" before a speech verb: a time
    ("Gegen die neue Umgehungsstraße sperrt sich Ortsbäuerin Vroni Staudacher seit Monaten.",
     "Gegen die neue Umgehungsstraße sperrt sich", "Vroni Staudacher"),  # a position without a speech verb
    ("Der Kreisrat Olaf Wennigsen trat am Freitag gegen den Verkauf der Klinik ein.",
     "gegen den Verkauf der Klinik ein", "Olaf Wennigsen"),
    ("Der Landrat Ewald Kornacher lehnte die Citymaut, die der Stadtrat beschlossen hatte, am Montag ab.",
     "lehnte die Citymaut", "Ewald Kornacher"),  # the particle after a relative clause
    ("Der Landrat Ewald Kornacher kündigte ein Sparpaket, das größte seit zehn Jahren, an.",
     "kündigte ein Sparpaket", "Ewald Kornacher"),  # the particle after an apposition with its article
]


@pytest.mark.parametrize("text,quote,speaker", CASES)
def test_statement_found_with_its_speaker(text, quote, speaker):
    hits = [f for f in analyse(text).statements if any(quote in text[b:e] for b, e in f.quote)]
    assert hits, f"no statement holds {quote!r}"
    assert speaker in " | ".join(text[b:e] for b, e in hits[0].speaker_mention)


def test_a_quoted_paper_name_belongs_to_the_source_phrase():
    text = "Nach Recherchen des „Oberländer Boten“ hat der Landrat die Schließung bereits beschlossen."
    quotes = [text[b:e] for f in analyse(text).statements for b, e in f.quote]
    assert quotes and not any("Boten" in q for q in quotes)


def test_a_required_word_in_a_subordinate_clause_does_not_make_the_cue():
    text = "Der Kläger Udo Marschallek hält sich zurzeit in Valdoria auf, wo er um Hilfe für das Anliegen wirbt."
    assert not any("hält sich" in text[b:e] for f in analyse(text).statements for b, e in f.quote)


def test_a_required_word_after_a_relative_clause_still_counts():
    text = "Die Ministerin Carla Wendelin hält den Vorschlag, den die Stadt vorgelegt hat, für falsch."
    assert any("für falsch" in text[b:e] for f in analyse(text).statements for b, e in f.quote)
