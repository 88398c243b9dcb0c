"""A view held "für" someone before a colon (round 28, r28-de-spk): "Für Landrätin X steht fest: «…»"
frames X's words (extract/de/direct.py view_holder, extract/de/free.py view_frame). Texts are invented;
people, places and bodies are fictional."""
import pytest

from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Im Streit um die Fähre hat sich die Reederei nicht festgelegt. Für Bürgermeisterin Telse Ahrendsen "
                 "ist die Sache klar: „Ohne Fähre ist die Insel im Winter abgeschnitten.“",
                 "Ohne Fähre ist die Insel", "Telse Ahrendsen", id="copula_before_a_quotation"),
    pytest.param("Die Gemeinde will das Freibad schließen. Für den Obmann des Schwimmvereins, Gerold Wimmleitner, "
                 "steht fest: «Das ist das Ende des Vereins.»", "das Ende des Vereins", "Gerold Wimmleitner",
                 id="steht_fest_with_an_apposed_name"),
    pytest.param("Der frühere Bürgermeister Anselm Krätzig erinnert sich an den Bau der Umgehung. Für ihn war schon "
                 "damals klar: „Die Straße kommt zwanzig Jahre zu spät.“", "Die Straße kommt", "Anselm Krätzig",
                 id="pronoun_ihn_refers_back"),
    pytest.param("Die Landesregierung will die Grundschule schließen. Für Landrat Ewald Hinnerk steht fest: Die Schule "
                 "bleibt mindestens bis 2030 offen.", "Die Schule bleibt mindestens", "Ewald Hinnerk",
                 id="words_without_quotation_marks"),
])
def test_a_view_held_for_someone_frames_their_words(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text,words", [
    pytest.param("Für Landrat Jens Oberholt steht am Dienstag ein schwerer Termin an: Er trifft die Betriebsräte.",
                 "Er trifft die Betriebsräte", id="steht_an_is_no_view"),
    pytest.param("Für Trainer Olaf Brendel war es das letzte Spiel in Ostdorf: Sein Vertrag läuft im Juni aus.",
                 "Sein Vertrag läuft", id="copula_without_certainty_before_plain_words"),
    pytest.param("Für die Ministerin ist der Termin fest eingeplant: Sie besucht die Schule am Freitag.",
                 "Sie besucht die Schule", id="another_verb_before_the_colon"),
    pytest.param("Der Bürgermeister von Ostdorf, Gregor Hansen, tritt im Herbst nicht mehr an. Für Hansen ist es sicher "
                 "das letzte Amtsjahr: Er wird im Juli siebzig.", "Er wird im Juli siebzig",
                 id="certainty_word_as_an_adverb_inside_the_clause"),
    pytest.param("Das Werk in Ostdorf schließt im Sommer. Für Werksleiter Jan Moll ist noch nicht klar: Das Werk könnte "
                 "verkauft werden.", "Das Werk könnte verkauft werden", id="negated_certainty"),
])
def test_narration_after_a_fuer_phrase_stays_no_statement(text, words):
    assert quoted(text, words) == []


def test_a_group_holds_no_view_that_names_a_speaker():
    text = ("Seit Montag ist die Brücke gesperrt. Für die Pendler ist die Lage schwierig: „Wir stehen jeden Morgen "
            "eine halbe Stunde im Stau.“")
    assert speaker_of(text, "Wir stehen jeden Morgen") == ""
