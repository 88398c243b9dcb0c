"""German stance wordings of round 25: feelings and judging manner words fronted before the verb ("Sichtlich erfreut
zeigte sich …", "Positiv äußerte sich … über"), a role the role lexicon builds before an unlisted first name, nouns
that take a position only with their own verb ("ein Zeichen setzen gegen"), speech that asks an act of its subject
under a neutral verb, "einstellen" of people, acts of not running with "weiterhin", and a date's ordinal that ends
no sentence ("ab 1. Juni")."""

import pytest

from extract.pipeline import extract_article
from extract.positions.frames_de import SENTENCE_BREAK, read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


def article_stances(text: str) -> dict[str, dict[str, int]]:
    ex = extract_article(text, lang="de", published="2026-06-03")
    out: dict[str, dict[str, int]] = {}
    for s in ex.statements:
        out.setdefault(s.speaker_name, {}).update({k: v for k, v in s.stance.items() if v})
    return out


@pytest.mark.parametrize("text, speaker, target, value", [
    # a participle of feeling before the finite verb; a role compound before a first name no list holds
    ("Sichtlich erfreut zeigte sich Bürgermeister Otto Beispielmann über den neuen Radweg.", "Otto Beispielmann", "Radweg", 1),
    ("Sichtlich erfreut über den neuen Zebrastreifen zeigte sich am Donnerstag die Vorsitzende des Seniorenbeirats, "
     "Marianne Lautenbach.", "Marianne Lautenbach", "Zebrastreifen", 1),
    ("Erfreut zeigte sich Gemeindeärztin Hemma Lackner-Zobl über die neue Kinderarztpraxis in Gugelwinkl.",
     "Hemma Lackner-Zobl", "Kinderarztpraxis", 1),
    ("Positiv äußerte sich Beraterin Ludmila Karwendel über die Einigung auf einen Mindestlohn für Erntehelfer.",
     "Ludmila Karwendel", "Mindestlohn", 1),
    ("Kritisch äußerte sich Landwirt Gernot Haas über die geplante Umgehungsstraße.", "Gernot Haas", "Umgehungsstraße", -1),
    # nouns that take a side with their own verb
    ("Die Grünen setzten am Samstag ein Zeichen gegen das Kohlekraftwerk.", "Grüne", "Kohlekraftwerk", -1),
    ("Landrat Fritz Muster machte Druck für die Ganztagsschule.", "Fritz Muster", "Ganztagsschule", 1),
    ("Finanzexpertin Ilse Nowak bezog klar Stellung gegen die Schuldenbremse.", "Ilse Nowak", "Schuldenbremse", -1),
    ("Verkehrsminister Karl Beispiel will ein Zeichen für ein Tempolimit setzen.", "Karl Beispiel", "Tempolimit", 1),
    # an opening brings what it opens
    ("Sichtlich erfreut zeigte sich Bürgermeister Otto Beispielmann über die Öffnung des Badesees.", "Otto Beispielmann",
     "Badesee", 1),
    # the ordinal of a date ends no sentence
    ("Gastwirt Paul Brennecke lehnt die Sperrstunde ab 1. Juni entschieden ab. Seine Gäste kämen erst spät.",
     "Paul Brennecke", "Sperrstunde", -1),
])
def test_told_positions(text, speaker, target, value):
    assert article_stances(text).get(speaker, {}).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Die Zeitung berichtete kritisch über den Prozess gegen den Bürgermeister.", ""),
    ("Die hohe Wahlbeteiligung ist ein Zeichen für das Interesse der Bürger, sagte Landrat Fritz Muster.", "Fritz Muster"),
    ("Bürgermeister Karl Huber machte Druck auf die Baufirma, damit die Brücke fertig wird.", "Karl Huber"),
    ("Die Polizei zeigte Flagge am Bahnhof und kontrollierte 40 Personen.", "Polizei"),
])
def test_same_words_without_their_verb_take_no_stance(text, speaker):
    assert not any(article_stances(text).get(speaker, {}).values())


@pytest.mark.parametrize("text, speaker, target, value", [
    # speech that asks an act of its subject is the speaker's demand (README "Stances"), under a neutral verb too
    ("Die Stadt müsse endlich einen Hitzeschutzplan vorlegen", "Anna Kellner", "Hitzeschutzplan", 1),
    ("Der Betreiber müsse ein Lärmschutzgutachten vorlegen", "Eva Lenz", "Lärmschutzgutachten", 1),
    # "einstellen" of people hires them, of a service ends it
    ("Die Kreiskliniken müssten dringend mehr Pflegepersonal einstellen", "Monika Oberländer", "Pflegepersonal", 1),
    ("Wir müssen mehr Lehrer einstellen", "Monika Oberländer", "Lehrer", 1),
    ("Die Bahn muss den Nachtzug einstellen", "Monika Oberländer", "Nachtzug", -1),
    ("Die Reederei dürfe den Winterfährbetrieb nicht einstellen", "Monika Oberländer", "Winterfährbetrieb", 1),
    # an act of not running ends its subject, also going on with "weiterhin"
    ("Sie setzt sich dafür ein, dass der Lift weiterhin stillsteht", "Monika Oberländer", "Lift", -1),
    ("Sie kritisiert, dass der Aufzug weiterhin stillsteht", "Monika Oberländer", "Aufzug", 1),
    ("Sie fordert, dass der Nachtzug weiterhin verkehrt", "Monika Oberländer", "Nachtzug", 1),
])
def test_acts(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Die Stadt müsse einen neuen Bürgermeister wählen", "Kurt Frei"),
    ("Der Antrag müsse bis Freitag vorliegen", "Peter Wolf"),
    ("Die Stadt müsse bis 2027 einen Hitzeschutzplan vorlegen", "Peter Wolf"),
    ("Man müsse den Bericht erst lesen", "Ina Graf"),
    ("Die Stadt müsse einen Hitzeschutzplan vorlegen, habe der Kreistag verlangt", "Bernd Stein"),
    # a duty told with its source, and one person to hire for an office (rereading r25)
    ("Die Gemeinde müsse laut Gesetz einen Haushaltsplan vorlegen", "Otmar Stein"),
    ("Der Landkreis müsse gemäß der Verordnung ein Hygienekonzept vorlegen", "Birte Knudsen"),
    ("Die Schule müsse einen neuen Rektor einstellen", "Hanna Rößler"),
])
def test_asked_acts_that_are_no_demand_of_the_speaker(text, speaker):
    assert not any(stances(text, speaker).values())


def test_an_ordinal_before_a_month_ends_no_sentence():
    assert len(SENTENCE_BREAK.split("Die Regel gilt ab 1. Mai in der Altstadt. Sie ist neu.")) == 2
    assert len(SENTENCE_BREAK.split("Es waren 3. Dann kam der Bus.")) == 2


@pytest.mark.parametrize("text, speaker, target, value", [
    # a thing that cannot judge before a judging verb is its object; the one named after the verb judges it
    ("Die Seilbahn hält Gemeinderat Anton Brösel für unnötig.", "Anton Brösel", "Seilbahn", -1),
    ("Die Zuckersteuer nannte die Ernährungsexpertin Lina Baumgart einen überfälligen Schritt.", "Lina Baumgart",
     "Zuckersteuer", 1),
    ("Die neue Brücke hält Bürgermeister Otto Brennecke für überflüssig.", "Otto Brennecke", "Brücke", -1),  # described
])
def test_a_fronted_thing_judged_by_the_one_after_the_verb(text, speaker, target, value):
    assert article_stances(text).get(speaker, {}).get(target) == value


@pytest.mark.parametrize("text, speaker", [
    ("Die Stadt kritisierte Landrat Karl Muster scharf.", "Karl Muster"),  # a city acts: the unmarked order holds
    ("Die Feuerwehr lobte Bürgermeister Karl Muster für seinen Einsatz.", "Karl Muster"),  # a body, too
    ("Die Brücke nannte Bürgermeister Karl Muster ein Wahrzeichen.", "Karl Muster"),  # a judgement, but of no position
])
def test_a_fronted_body_or_a_neutral_judgement_gives_the_named_one_no_position(text, speaker):
    assert not any(article_stances(text).get(speaker, {}).values())


@pytest.mark.parametrize("text, named", [
    # a bare simple noun may name a firm ("die Bahn", "die Post"); a plural verb agrees with the prefield, not with
    # the one person after it: the unmarked order holds, the one named is judged and says nothing
    ("Die Bahn nannte Verkehrsminister Karl Beispiel einen Bremser.", "Karl Beispiel"),
    ("Die Post nannte Gewerkschafter Jonas Keller einen Lügner.", "Jonas Keller"),
    ("Die Bergbauern nannten Agrarminister Otto Brenner einen Verräter.", "Otto Brenner"),
])
def test_the_one_judged_after_the_verb_is_no_speaker(text, named):
    ex = extract_article(text, lang="de", published="2026-06-03")
    assert ex.statements and named not in {s.speaker_name for s in ex.statements}
