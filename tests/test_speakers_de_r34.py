"""Round-34 German speakers (r34-de-spk): a body noun that only refers back ("der Verein", "das
Unternehmen") takes up a body whose name was read as a person's for want of a first name, where the
text wrote that name as a body's (after an article, or after a noun for a kind of company that was
taken for a role). Fictional people and bodies only."""
from functools import lru_cache

import pytest

from extract.pipeline import extract_article


@lru_cache(maxsize=None)
def said(text: str) -> tuple[tuple[str, str, str], ...]:
    """(speaker name, actor kind, quote) per statement."""
    ex = extract_article(text, lang="de", published="2026-12-08")
    kinds = {a.id: a.kind for a in ex.actors}
    return tuple((st.speaker_name, kinds.get(st.speaker, ""), st.quote_text) for st in ex.statements)


def speaker_of(text: str, quote: str) -> tuple[str, str]:
    return next((name, kind) for name, kind, q in said(text) if quote in q)


@pytest.mark.parametrize("text, quote, want", [
    ("Die IG Velo Tüfelsmoos verlangt einen Radstreifen. Es habe elf Unfälle gegeben, schreibt der Verein "
     "in einer Mitteilung.", "elf Unfälle", "IG Velo Tüfelsmoos"),
    ("Der Busbetreiber Feldlinger Reisen stellt den Nachtverkehr ein. „Wir finden keine Fahrer mehr“, teilte "
     "das Unternehmen am Donnerstag mit.", "keine Fahrer mehr", "Feldlinger Reisen"),
    ("Die Kelvarin Werkstoffe kritisiert die Abgabe. Man werde klagen, kündigte der Konzern am Montag an.",
     "Man werde klagen", "Kelvarin Werkstoffe"),
])
def test_a_body_noun_takes_up_a_body_read_as_a_person(text, quote, want):
    assert speaker_of(text, quote) == (want, "organisation")


@pytest.mark.parametrize("text, quote", [
    # a person's name is written without an article: the noun stands for no one named
    ("Paavo Kettuniemi kritisierte den Plan. Man prüfe den Vorschlag, teilte der Verband mit.", "Man prüfe"),
    ("Odile Feilenbrock hat den Plan gelobt. Man prüfe den Vorschlag, teilte die Behörde mit.", "Man prüfe"),
    # a noun that describes a person ("Der Finne") is no kind of company
    ("Der Finne Paavo Kettuniemi kritisierte den Plan. Man prüfe den Vorschlag, teilte der Verband mit.", "Man prüfe"),
])
def test_a_person_without_a_known_first_name_stays_a_person(text, quote):
    assert speaker_of(text, quote)[0] == ""


def test_a_company_noun_before_a_first_name_stays_a_role():
    text = "Der Busbetreiber Ulf Kettuniemi kritisierte den Plan. Man prüfe den Vorschlag, teilte das Unternehmen mit."
    assert speaker_of(text, "Man prüfe")[0] == ""
    assert speaker_of(text, "kritisierte den Plan") == ("Ulf Kettuniemi", "person")


def test_a_man_with_an_agent_noun_glued_to_his_name_stays_a_person():
    # rr34: "Der Spediteur X" spoke, and the actors glued the agent noun (no known role) to his surname;
    # a bare "der" is a man's article as much as a body's, so "der Verband" takes him up as no body
    text = "Der Spediteur Kettuniemi verlangt eine Entlastung. Die Maut sei zu hoch, teilte der Verband mit."
    assert speaker_of(text, "Maut sei zu hoch")[0] == ""
    assert all(kind != "organisation" for _, kind, _ in said(text))


@pytest.mark.parametrize("text", [
    # "Betreiber" alone may be the man who runs the business; "der Verein" is no company noun
    "Der Betreiber Paavo Kettuniemi will aufgeben. Man suche einen Nachfolger, teilte das Unternehmen mit.",
    "Der Kinobetreiber Paavo Kettuniemi will aufgeben. Man suche einen Nachfolger, teilte der Verein mit.",
])
def test_a_role_that_is_only_a_kind_of_company_noun_stays_a_person(text):
    assert speaker_of(text, "Nachfolger")[0] == ""
