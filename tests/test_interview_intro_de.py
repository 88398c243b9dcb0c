"""Interviews whose introduction announces them inside a paragraph or after the name (round 28, r28-de-spk;
extract/interviews.py announcing, data/interviews.toml announce / announce_after). Texts are invented;
people, places and bodies are fictional."""
import pytest

from extract.interviews import announcing, vocabulary
from tests.test_attribution_de import speaker_of

QA = ("\n\nWas hat sich in fünfzig Jahren verändert?\n\nFrüher wollten alle Blockflöte lernen, heute das Schlagzeug."
      "\n\nUnd die Wartelisten?\n\nDie sind lang. Wir bräuchten zwei zusätzliche Lehrkräfte.")


@pytest.mark.parametrize("intro", [
    pytest.param("Die Musikschule feiert Jubiläum. Schulleiterin Mirjam Stöckliweid im Gespräch.", id="im_gespraech_after_the_name"),
    pytest.param("Die Musikschule feiert Jubiläum. Schulleiterin Mirjam Stöckliweid im APA-Gespräch.", id="prefixed_gespraech"),
    pytest.param("Die Musikschule feiert Jubiläum. Fünf Fragen an Schulleiterin Mirjam Stöckliweid.", id="fragen_an_in_a_later_sentence"),
    pytest.param("Im Gespräch: Schulleiterin Mirjam Stöckliweid über 50 Jahre Musikschule.", id="im_gespraech_colon"),
    pytest.param("Die Musikschule feiert Jubiläum. Wir haben mit Schulleiterin Mirjam Stöckliweid gesprochen.", id="gesprochen"),
])
def test_an_announced_interview_gives_the_answers_to_the_one_asked(intro):
    assert speaker_of(intro + QA, "Wir bräuchten zwei zusätzliche Lehrkräfte") == "Mirjam Stöckliweid"


@pytest.mark.parametrize("para,expected", [
    ("Leiterin Cornelia Hässig im Gespräch.", True),
    ("Gemeindepräsident Men Caviezel im Interview mit der «Engadiner Rundschau».", True),
    ("Der Rat tagte. Nachgefragt bei Priorin Agathe Lindner.", True),
    ("Bürgermeister Ole Brandt ist seit Jahren im Gespräch für das Amt des Landrats", False),
    ("In einem Interview mit der Zeitung sagte sie, die Lage sei ernst.", False),
])
def test_announcing(para, expected):
    assert announcing(para, vocabulary("de")) is expected
