"""Round-33 German speaker name forms (r33-de-spk): a truncated compound before "und"/"oder" is
joined to its head whatever HanTa tagged it ("der Reit- und Fahrverein X"), and a cause people
unite for before a civic body's ending keeps that kind in the body's name ("die Naturschutzgruppe
X"; "die Mediengruppe X" is still the company X). Fictional people and bodies only."""
from functools import lru_cache

import pytest

from extract.actors.lexicon import civic_causes, lexicon, _civic_body
from extract.actors.mentions import type_word_stays
from extract.de.tokens import Tok, retag_truncated
from extract.pipeline import extract_article


@lru_cache(maxsize=None)
def said(text: str) -> tuple[tuple[str, str], ...]:
    """(speaker name, quote) per statement."""
    ex = extract_article(text, lang="de", published="2026-12-07")
    return tuple((st.speaker_name, st.quote_text) for st in ex.statements)


def speaker_of(text: str, quote: str) -> str:
    return next(name for name, q in said(text) if quote in q)


def toks(words: list[tuple[str, str]]) -> list[Tok]:
    return [Tok(i, w, w.lower(), 0, len(w), tag, False, w, 0, -1, 0, w[:1].isupper()) for i, (w, tag) in enumerate(words)]


def test_a_hyphened_word_before_und_is_retagged_truncated():
    words = toks([("Der", "ART"), ("Reit-", "NN"), ("und", "KON"), ("Fahrverein", "NE"), ("Ammerwiesen", "NN")])
    retag_truncated(words)
    assert [t.tag for t in words] == ["ART", "TRUNC", "KON", "NE", "NN"]


@pytest.mark.parametrize("words", [
    [("Nord-", "NN"), ("Süd", "NN")],  # no conjunction after it
    [("Anti-", "NN"), ("Haltung", "NN"), ("und", "KON")],
    [("2020-", "CARD"), ("und", "KON")],  # no word
])
def test_only_a_capitalised_word_with_its_hyphen_before_a_conjunction_is_truncated(words):
    before = [tag for _, tag in words]
    tokens = toks(words)
    retag_truncated(tokens)
    assert [t.tag for t in tokens] == before


@pytest.mark.parametrize("body", ["Reit- und Fahrverein Ammerwiesen", "Mieterinnen- und Mieterverband Region Talbrück",
                                  "Obst- und Gartenbauverein Lindenried"])
def test_a_body_named_with_a_truncated_compound_is_the_whole_name(body):
    text = f"Der {body} nannte die Absage „bitter, aber unvermeidlich“."
    assert speaker_of(text, "bitter, aber unvermeidlich") == body


def test_cause_parts_come_with_and_without_the_linking_s():
    causes = civic_causes("de")
    assert "-schutz" in causes and "aktions" in causes and "-schutzs" not in causes
    assert civic_causes("en") == ()


@pytest.mark.parametrize("word, stays", [("Naturschutzgruppe", True), ("Vogelschutzgruppe", True),
                                         ("Selbsthilfegruppe", True), ("Elterninitiative", True),
                                         ("Mediengruppe", False), ("Logistikgruppe", False),
                                         # a cause opens the first part or follows a hyphen, a group, another cause
                                         ("Umweltschutzgruppe", True), ("Krebs-Selbsthilfegruppe", True),
                                         ("Redaktionsgruppe", False), ("Transaktionsgruppe", False),
                                         ("Fraktionsgruppe", False), ("Signaturgruppe", False)])
def test_a_cause_before_a_civic_ending_is_a_body_type(word, stays):
    assert type_word_stays(word) is stays
    assert _civic_body(word.casefold(), lexicon("de")) is stays


@pytest.mark.parametrize("body, name", [("Naturschutzgruppe Eibenhang", "Naturschutzgruppe Eibenhang"),
                                        ("Vogelschutzgruppe Riedbach Süd", "Vogelschutzgruppe Riedbach Süd"),
                                        ("Mediengruppe Hellweg Druck", "Hellweg Druck")])
def test_the_kind_of_a_cause_group_stays_in_its_name_a_company_group_goes(body, name):
    text = f"Laut der {body} sind die Zahlen im Frühjahr stark gesunken."
    assert speaker_of(text, "Zahlen im Frühjahr") == name


def test_a_truncated_part_before_a_describing_noun_goes_with_it():
    text = "Der Rüstungs- und Raumfahrtkonzern Orvant kündigte an, er werde 300 Stellen streichen."
    assert speaker_of(text, "300 Stellen") == "Orvant"


@pytest.mark.parametrize("second", [
    "In Branchenkreisen war das Schiff zuvor als „Kraftwerk auf hoher See“ bezeichnet worden.",
    "„Das ist erst der Anfang für die ganze Werft“, wurde bei der Feier betont.",
])
def test_a_passive_speech_verb_with_no_agent_takes_up_no_speaker(second):
    text = f"Werftchefin Hella Marstedt stellte am Montag die neue Fähre vor. {second}"
    quote = "Kraftwerk auf hoher See" if "Kraftwerk" in second else "erst der Anfang"
    assert speaker_of(text, quote) == ""


def test_a_passive_with_its_agent_and_an_active_frame_keep_their_speakers():
    text = ("Werftchefin Hella Marstedt stellte am Montag die neue Fähre vor. "
            "„Das ist erst der Anfang für die ganze Werft“, sagte sie.")
    assert speaker_of(text, "erst der Anfang") == "Hella Marstedt"


@pytest.mark.parametrize("second, quote", [
    ("In ihrer Rede wurde betont: „Das ist ein großer Tag für den Kreis.“", "großer Tag"),
    ("In einer Mitteilung der Landrätin wurde betont: „Das ist ein großer Tag für den Kreis.“", "großer Tag"),
])
def test_a_passive_whose_clause_names_an_owner_of_the_words_takes_up_the_speaker(second, quote):
    # rr33-de-spk: a possessive or a genitive owner outside the quotation is no agentless passive
    text = f"Landrätin Hanna Lenz eröffnete am Montag die neue Brücke. {second}"
    assert speaker_of(text, quote) == "Hanna Lenz"
