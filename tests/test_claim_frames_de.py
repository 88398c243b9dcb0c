"""Claim nouns that frame their owner's words without being the object of a speech verb (round 28,
r28-de-spk; extract/de/indirect.py claim_statement, claim_pointing_back, resumptive_frame). Texts are
invented; people, places and bodies are fictional."""
import pytest

from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Der Obmann des Pensionistenverbands, Alois Kranawetter, hat sich eingeschaltet. Seine Sorge ist, dass "
                 "ältere Menschen ohne Auto den Anschluss verlieren.", "ältere Menschen ohne Auto", "Alois Kranawetter",
                 id="possessive_claim_noun_subject_of_sein"),
    pytest.param("Die Sorge des Bauernverbands Vorpommern ist, dass die neuen Düngeregeln kleine Betriebe verdrängen.",
                 "die neuen Düngeregeln", "Bauernverband Vorpommern", id="genitive_owner_subject_of_sein"),
    pytest.param("Die Befürchtung der SP Riedwil war von Anfang an, dass die Eintrittspreise steigen.",
                 "die Eintrittspreise steigen", "SP Riedwil", id="adverbials_between_sein_and_the_clause"),
    pytest.param("Die neue Parkgebühr treibe die Kundschaft ins Zentrum – diese Einschätzung vertrat am Donnerstag die "
                 "Präsidentin des Gewerbevereins, Regula Sutterlüti.", "treibe die Kundschaft", "Regula Sutterlüti",
                 id="dash_demonstrative_claim_noun_and_a_speech_verb"),
    pytest.param("Der Hafen braucht bis 2030 eine neue Schleuse – diese Forderung erhob am Mittwoch die Handelskammer "
                 "Hamburg-Süd.", "eine neue Schleuse", "Handelskammer Hamburg-Süd",
                 id="dash_demonstrative_claim_noun_and_a_light_verb"),
])
def test_a_claim_noun_frames_its_owners_words(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text,words", [
    pytest.param("Das Ergebnis ist, dass die Brücke über die Aue bis zum Frühjahr gesperrt bleibt.",
                 "die Brücke über die Aue", id="a_claim_noun_of_no_one"),
    pytest.param("Die Stadt hat die Halle verkauft, diese Entscheidung fiel schon im März.",
                 "Die Stadt hat die Halle verkauft", id="the_claim_noun_is_the_subject"),
    pytest.param("Bürgermeisterin Ilse Marr hat die Schule besucht. Ihre Sorge war nie, dass die Räume zu klein sind.",
                 "dass die Räume zu klein sind", id="a_negated_claim_is_none"),
])
def test_no_owner_no_statement(text, words):
    assert quoted(text, words) == []
