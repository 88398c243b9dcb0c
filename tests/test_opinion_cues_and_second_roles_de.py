"""German attribution: opinion verbs as cues only after a sentence-opening quotation
(extract/de/article.py after_quotation) and one person with two roles (extract/de/subject.py
with_second_role)."""
import pytest

from extract.de import analyse


def found(text: str) -> list[tuple[str, list[str]]]:
    return [(" … ".join(text[b:e] for b, e in f.quote), [text[b:e] for b, e in f.speaker_mention]) for f in analyse(text).statements]


@pytest.mark.parametrize("text, quote, who", [
    ("„Die Brücke ist marode“, findet Ortsvorsteherin Heike Sander.", "Die Brücke ist marode", "Heike Sander"),
    ("«Das reicht nicht», findet Gemeindepräsident Urs Baumli.", "Das reicht nicht", "Urs Baumli"),
    ("„Das wird teuer“, ahnt Kämmerer Otto Brenner.", "Das wird teuer", "Otto Brenner"),
])
def test_opinion_verb_after_a_quotation_is_a_cue(text, quote, who):
    got = found(text)
    assert any(q == quote and any(who in w for w in ws) for q, ws in got), got


@pytest.mark.parametrize("text", [
    "Der Film „Heimat“, findet großen Anklang im Kino.",
    "„Winterreise“, findet am Samstag im Stadttheater statt.",
    "Den „Blauen Reiter“, weiß Kurator Tim Oster, kennt jeder.",
    # ("wissen" is no cue at all: the same title before a cue that needs after_quotation)
    "Den „Blauen Reiter“, findet Kurator Tim Oster, kennt jeder.",
    "Nach dem Lied „Atemlos“, fand die Polizei eine Tasche im Saal.",
])
def test_quoted_title_before_an_opinion_verb_is_no_statement(text):
    assert found(text) == []


def test_second_role_makes_one_speaker():
    got = found("„Das ist Unsinn“, sagt Anwohnerin und Ortsbeirätin Hannelore Fiebig.")
    assert got and all(any("Hannelore Fiebig" in w for w in ws) for _, ws in got), got


def test_plural_verb_keeps_two_parties():
    got = found("Anwohner und Stadtrat Jonas Beck kritisieren die Pläne.")
    assert got and not any(ws == ["Anwohner und Stadtrat Jonas Beck"] for _, ws in got), got
