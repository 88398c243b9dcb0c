"""Split quotations whose frame stands between dashes, and cues of going on or turning to someone that
frame only right after a quotation (round 28, r28-de-spk; extract/de/direct.py dashed_frame, interrupted;
extract/data/cues_de.tsv 'q'). Texts are invented; people, places and bodies are fictional."""
import pytest

from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Die Werft meldet Insolvenz an. „Wir haben bis zuletzt gekämpft“ – sagte Geschäftsführer Malte Kröplin "
                 "am Mittwoch – „aber die Banken haben uns fallen lassen.“", "Wir haben bis zuletzt", "Malte Kröplin",
                 id="first_half_before_a_dashed_frame"),
    pytest.param("Die Werft meldet Insolvenz an. „Wir haben bis zuletzt gekämpft“ – sagte Geschäftsführer Malte Kröplin "
                 "am Mittwoch – „aber die Banken haben uns fallen lassen.“", "aber die Banken", "Malte Kröplin",
                 id="second_half_after_a_dashed_frame"),
    pytest.param("Der Händler schließt Filialen. „Das fällt uns nicht leicht“ – so wandte sich Firmenchefin Svenja "
                 "Obermark per Brief an die Beschäftigten – „doch der Onlinehandel lässt uns keine Wahl.“",
                 "Das fällt uns nicht leicht", "Svenja Obermark", id="so_wandte_sich_an"),
    pytest.param("«Die Pflegekräfte sind am Limit», sagte Gewerkschafterin Ilse Pranckl. «Viele denken ans Aufhören», "
                 "fuhr sie fort, «und das können wir uns nicht leisten.»", "Viele denken ans Aufhören", "Ilse Pranckl",
                 id="fuhr_fort"),
])
def test_a_frame_inside_a_quotation_names_both_halves(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text,words", [
    pytest.param("Der Verein setzte die Sanierung des Vereinsheims im Frühjahr fort. Die Kosten trägt die Gemeinde.",
                 "Der Verein setzte die Sanierung", id="setzte_fort_without_a_quotation"),
    pytest.param("Mit ihrer Bitte wandte sich die Schulleiterin Rita Kolb an den Kreis. Der Kreis zahlt nun den Bus.",
                 "Der Kreis zahlt nun den Bus", id="wandte_sich_an_without_a_quotation"),
])
def test_going_on_and_turning_to_are_no_cues_elsewhere(text, words):
    assert quoted(text, words) == []
