"""German references across sentences (issue 15, point 3): plural "sie" and the bodies it may
stand for, institution nouns and nationality nouns that refer back. All people, places and
bodies here are invented."""
import pytest

from test_attribution_de import speaker_of

CASES = [
    # plural "sie": a body named with a plural verb (HanTa tags "erhöhen" as an infinitive)
    ("Die Stadtwerke Quellbach erhöhen die Preise. Sie begründeten dies mit höheren Kosten.",
     "höheren Kosten", "Stadtwerke Quellbach"),
    # ... but not one of a pair, nor a body that spoke in the singular
    ("Die Gewerkschaft Nordbau und der Arbeitgeberverband Valdmetall haben verhandelt.\n\n"
     "Sie erklärten am Abend, man sei sich nähergekommen.", "man sei sich", ""),
    ("Die Gewerkschaft Nordbau erklärte, die Löhne seien zu niedrig. Sie sagten, man werde streiken.",
     "man werde streiken", ""),
    # an institution noun refers back to a compound body named before
    ("Die Hafenbehörde Quellmünde hat neue Regeln erlassen. "
     "Die Schiffe müssten langsamer fahren, teilte die Behörde mit.", "Die Schiffe müssten", "Hafenbehörde Quellmünde"),
    ("Die Bundesnetzagentur warnt vor falschen Rechnungen. Die Behörde teilte mit, es gebe viele Beschwerden.",
     "es gebe viele", "Bundesnetzagentur"),
    # a nationality noun describes the person named before; an indefinite one names nobody
    ("Der valdorische Kapitän des Frachters, Piet Quarles, hat Fehler ausgeschlossen. "
     "Der Niederländer sagte, die Ruderanlage sei ausgefallen.", "die Ruderanlage", "Piet Quarles"),
    ("Der Kapitän Piet Quarles hat Fehler ausgeschlossen. Ein Schwede sagte, die Ruderanlage sei ausgefallen.",
     "die Ruderanlage", ""),
]


@pytest.mark.parametrize("text,quote,speaker", CASES)
def test_reference_resolved_or_left_open(text, quote, speaker):
    assert (speaker_of(text, quote) or "") == speaker
