"""Round-26 German speaker mechanisms (academic titles, religious address, possessive owners of claim
nouns, "-te" verbs after a fronted adverbial, named bodies, the reporter's inference adverbs), each with
a wording it must read and one it must leave alone. Fictional people and firms only."""
from functools import lru_cache

import pytest

from extract.pipeline import extract_article


@lru_cache(maxsize=None)
def said(text: str) -> tuple[tuple[str, str], ...]:
    """(speaker name, quote) per statement."""
    ex = extract_article(text, lang="de", published="2026-12-07")
    return tuple((st.speaker_name, st.quote_text) for st in ex.statements)


@pytest.mark.parametrize("text, speaker", [
    ("Graz (APA) - «Wir prüfen das», sagte Bezirkshauptfrau Mag. Elfriede Wurzenrainer am Montag.", "Elfriede Wurzenrainer"),
    ("Linz (APA) - Landesrat DI Johann Gruber sagte am Dienstag, die Straße bleibe gesperrt.", "Johann Gruber"),
    ("«Die Lage ist ernst», sagte Dkfm. Herbert Ortner, Obmann der Kammer.", "Herbert Ortner"),
    ("Dirigent Wolf-Rüdiger Pinnekamp sagte am Sonntag, das Konzert sei ausverkauft.", "Wolf-Rüdiger Pinnekamp"),
    ("«Wir brauchen Hilfe», sagte Schwester Adelgundis Hollerbach, die Oberin des Klosters.", "Adelgundis Hollerbach"),
])
def test_a_title_before_a_name_is_no_part_of_the_speakers_name(text, speaker):
    assert [name for name, _ in said(text)] == [speaker]


def test_a_possessive_before_a_claim_noun_gives_the_claim_to_the_person_it_refers_to():
    text = ("Der Landrat Gernot Wiesbacher tritt nicht mehr an. Sein Hinweis, der Kreis brauche neue Köpfe, "
            "wurde mit Beifall aufgenommen.")
    assert ("Gernot Wiesbacher", "der Kreis brauche neue Köpfe") in said(text)


def test_a_possessive_in_a_prepositional_phrase_points_ahead_to_the_subject():
    text = "Mit ihrer Warnung, die Stadt sei pleite, hat Kämmerin Ute Sander für Aufregung gesorgt."
    assert said(text) == (("Ute Sander", "die Stadt sei pleite"),)


def test_a_possessive_before_a_noun_that_is_no_claim_makes_no_statement():
    assert said("Die Stadträtin Ute Brenner sprach im Ausschuss. Ihre Tochter, die in Berlin lebt, kam zu Besuch.") == ()


def test_a_te_speech_verb_after_a_fronted_adverbial_is_finite_with_the_role_after_it_as_subject():
    text = "Bei der Hegeschau am Samstag bezifferte Kreisjägermeister Otto Rehm die Schäden auf 20.000 Euro."
    assert [name for name, _ in said(text)] == ["Otto Rehm"]


@pytest.mark.parametrize("text", [
    "Am Samstag spielte Torwart Lukas Berger zum ersten Mal für die erste Mannschaft.",
    "Am Montag besuchte Ministerin Eva Lanz die Volksschule in Gmünd.",
    "Nach dem Tod seines Vaters leitete Sohn Peter die Firma.",
])
def test_a_te_verb_that_is_no_speech_after_a_fronted_adverbial_makes_no_statement(text):
    assert said(text) == ()


def test_a_body_named_after_its_kind_noun_speaks_with_a_named_only_cue():
    assert [name for name, _ in said("Der Elektrowerkzeughersteller Voltrich räumte Fehler bei der Produktion ein.")] == ["Voltrich"]


def test_an_inference_adverb_in_the_cues_clause_makes_the_clause_the_reporters():
    assert said("Die Billigfluggesellschaft Jetvia erwägt offenbar eine Gebühr für Handgepäck.") == ()


@pytest.mark.parametrize("text, speaker", [
    ("Die Opposition kritisierte die vermutlich zu hohen Kosten des Projekts.", "Opposition"),
    ("Die Gewerkschaft Verdi lehnte das angeblich letzte Angebot der Arbeitgeber ab.", "Verdi"),
    ("Der Bürgermeister Hans Ott warnte vor den offenbar steigenden Preisen.", "Hans Ott"),
])
def test_an_inference_adverb_inside_a_noun_phrase_leaves_the_statement(text, speaker):
    # the adverb modifies the phrase's adjective ("die vermutlich zu hohen Kosten"), not the clause
    assert [name for name, _ in said(text)] == [speaker]


def test_an_inference_adverb_in_the_content_clause_leaves_the_statement():
    assert said("Die Polizei sagte, der Brand sei vermutlich durch eine Zigarette ausgelöst worden.") == (
        ("Polizei", "der Brand sei vermutlich durch eine Zigarette ausgelöst worden"),)
