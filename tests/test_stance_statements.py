"""Sentences that take a position without a speech verb become reported statements of the
named person (extract/de/indirect.py: stance_statement). All names are invented."""
import pytest

from extract.pipeline import extract_article


def statements(text):
    return [(s.speaker_name, s.kind, {k: v for k, v in s.stance.items() if v})
            for s in extract_article(text, lang="de", published="2026-03-02").statements]


@pytest.mark.parametrize("text, target, value", [
    ("Die Ministerin Anna Beispiel lehnt die Seilbahn ab.", "Seilbahn", -1),
    ("Der Landrat Karl Heide befürwortet einen Radweg am Fluss.", "Radweg", 1),  # "-t" read as participle
    ("Die Stadträtin Ilse Murnau hält die Kurtaxe für verfehlt.", "Kurtaxe", -1),
    ("Ihre Ablehnung der Mülldeponie bekräftigte die Landrätin Maria Tann am Freitag.", "Mülldeponie", -1),
    ("Die Parkgebühr wurde von der Stadträtin Maria Tann abgelehnt.", "Parkgebühr", -1),
    ("Für die Bürgermeisterin Ilse Murnau kommt eine Seilbahn nicht infrage.", "Seilbahn", -1),
    ("Die Abgeordnete Anna Beispiel will im Landtag gegen die Hundesteuer stimmen.", "Hundesteuer", -1),
])
def test_a_named_person_taking_sides_is_a_reported_statement(text, target, value):
    found = statements(text)
    assert len(found) == 1
    speaker, kind, stance = found[0]
    assert kind == "reported" and speaker.endswith(("Beispiel", "Heide", "Murnau", "Tann"))
    assert stance.get(target) == value


@pytest.mark.parametrize("text", [
    "Die Stadt lehnt die Seilbahn ab.",  # a body's decision, not a named person's words
    "Die Ministerin Anna Beispiel will nach Valdoria reisen.",  # a plan
    "Die Ministerin Anna Beispiel hatte die Seilbahn abgelehnt.",  # pluperfect background
    "Die Ministerin Anna Beispiel besucht die Schule.",  # no position
])
def test_no_statement_without_a_named_position(text):
    assert statements(text) == []


def test_a_question_takes_no_position():
    assert all(not stance for _, _, stance in statements("Lehnt die Ministerin Anna Beispiel die Seilbahn ab?"))
