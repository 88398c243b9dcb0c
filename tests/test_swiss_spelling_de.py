"""Swiss spelling: Keystone-SDA writes "ss" for "ß" ("heisst es", "gemäss", "äusserte",
"schliesst … aus"). The cue lexicon is keyed spelling-neutrally (extract/de/cues.py spelling):
one entry, either spelling, read and looked up alike."""
import pytest

from extract.de import analyse
from extract.de.cues import IT_SAYS, load_cues, spelling


def found(text: str) -> list[tuple[str, str, list[str]]]:
    return [(f.kind, " … ".join(text[b:e] for b, e in f.quote), [text[b:e] for b, e in f.speaker_mention])
            for f in analyse(text).statements]


def test_lexicon_is_looked_up_in_either_spelling():
    cues = load_cues()
    assert spelling("Äußerung") == "Äusserung"
    assert "äußer" in cues.verbs and "äusser" in cues.verbs
    assert "hiess" in IT_SAYS and "hieß" in IT_SAYS and "heisst" in IT_SAYS
    assert "gemäss" in cues.sources and "gemäß" in cues.sources  # (not two misses: get() == get() holds for None)
    assert cues.sources.get("gemäss") == cues.sources.get("gemäß")


@pytest.mark.parametrize("swiss, german", [
    ("In einer Stellungnahme der Ärztegesellschaft Hochtal-Ost heisst es, die Notfallversorgung sei nicht mehr gesichert.",
     "In einer Stellungnahme der Ärztegesellschaft Hochtal-Ost heißt es, die Notfallversorgung sei nicht mehr gesichert."),
    ("Die Sanierung sei dringend, hiess es beim Kanton Uri.", "Die Sanierung sei dringend, hieß es beim Kanton Uri."),
    ("Gemäss Regierungsrat Peter Moser steht die Fusion der Spitäler kurz bevor.",
     "Gemäß Regierungsrat Peter Moser steht die Fusion der Spitäler kurz bevor."),
    ("Regierungsrat Peter Moser schliesst eine Steuererhöhung aus.", "Regierungsrat Peter Moser schließt eine Steuererhöhung aus."),
    ("Regierungsrätin Anna Keller äusserte sich besorgt über die Kosten.", "Regierungsrätin Anna Keller äußerte sich besorgt über die Kosten."),
    ("«Die Strasse muss saniert werden», sagte ausserdem Gemeindepräsident Urs Baumli.",
     "«Die Straße muss saniert werden», sagte außerdem Gemeindepräsident Urs Baumli."),
])
def test_swiss_spelling_reads_as_german_spelling(swiss, german):
    got = found(swiss)
    assert got and [(k, w) for k, _, w in got] == [(k, w) for k, _, w in found(german)], got


@pytest.mark.parametrize("text", [
    "Die Strasse heisst seit 1990 Bahnhofstrasse.",
    "Der Verein heisst «Freunde des Stadtparks».",
    "Der Bach fliesst durch das Dorf.",
])
def test_swiss_spelling_of_no_cue_stays_no_statement(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Die Genossenschaft Alpkäserei Oberhasli muss ihren Laden schliessen. Die Umsätze seien eingebrochen, schrieb die "
    "Genossenschaft in einer Mitteilung. „Wir haben alles versucht“, hiess es weiter.",
    "Die Genossenschaft Alpkäserei Oberhasli muss ihren Laden schließen. Die Umsätze seien eingebrochen, schrieb die "
    "Genossenschaft in einer Mitteilung. „Wir haben alles versucht“, hieß es weiter.",
])
def test_heisst_es_weiter_goes_on_with_the_source_before(text):
    from extract.pipeline import extract_article
    ex = extract_article(text, lang="de", published="2026-03-01")
    assert {s.speaker_name for s in ex.statements if "alles versucht" in s.quote_text} == {"Alpkäserei Oberhasli"}


def test_es_hiess_auch_stays_no_ones():
    from extract.pipeline import extract_article
    ex = extract_article("Bürgermeister Hans Kuhn lobte die Helfer. Es hieß auch, die Feuerwehr sei schnell vor Ort "
                         "gewesen.", lang="de", published="2026-03-01")
    got = [s.speaker_name for s in ex.statements if "Feuerwehr" in s.quote_text]
    assert got and set(got) <= {None, ""}, got  # (read, and given to no one; not vacuous when nothing is read)


@pytest.mark.parametrize("text, words", [
    ("Die Umsätze seien eingebrochen, schrieb die Genossenschaft Alpkäserei Oberhasli.\n\nAm Abend sperrte die "
     "Polizei die Straße. „Wir bitten um Geduld“, hieß es weiter.", "Geduld"),
    ("Minister Karl Brand verteidigte die Reform. In Berlin regnete es am Mittwoch. Außerdem hieß es, die Reform "
     "komme zu spät.", "zu spät"),
])
def test_heisst_es_weiter_after_narration_or_a_paragraph_break_stays_no_ones(text, words):
    from extract.pipeline import extract_article
    ex = extract_article(text, lang="de", published="2026-03-01")
    got = [s.speaker_name for s in ex.statements if words in s.quote_text]
    assert got and set(got) <= {None, ""}, got
