"""Round 30 (r30-targets): a definite noun that names again a thing named before: a class noun
("die Abgabe", "the levy", data/class_nouns.tsv), a plan compound of size or cost ("das Großprojekt",
data/plan_modifiers_de.txt) and a bare decision ("begrüßte die Entscheidung", "welcomed the decision").
All names are invented; the sentences are not those of the eval files."""
from __future__ import annotations

import pytest

from extract.positions import judge
from extract.positions.frames import named_again_by, names_again
from extract.positions.frames_de import plan_noun


def stance_de(context: str, frame: str, speaker: str) -> dict[str, int]:
    return judge("", "", "de", frame_text=frame, speaker=speaker, context=context).stance


def test_a_class_noun_names_the_heads_of_its_class():
    assert "maut" in names_again("Gebühr") and names_again("Sonnenschirm") == ("sonnenschirm",)
    assert named_again_by("Hafenmaut", "gebühr") and named_again_by("Bettensteuer", "Abgabe")
    assert named_again_by("bypass", "route")  # a thing of the class itself
    assert not named_again_by("Abgabe", "abgabe")  # the noun itself names nothing new
    assert named_again_by("carbon tax", "levy", written_apart=True)
    assert not named_again_by("syntax", "levy", written_apart=True)  # an English name ends in the head as a word


def test_a_plan_compound_of_size_or_cost_is_the_plan_noun():
    assert plan_noun("großprojekt", "de") == "projekt"
    assert plan_noun("17-millionen-projekt", "de") == "projekt"
    assert plan_noun("zukunftsprojekt", "de") == "projekt"  # (a linking -s read off)
    assert plan_noun("bauvorhaben", "de") == "vorhaben"
    assert plan_noun("seilbahnprojekt", "de") == "seilbahnprojekt"  # names its own thing


def test_a_german_class_noun_takes_the_thing_of_its_class_named_before():
    context = "Die Gemeinde Wallbrück will eine Hundesteuer von 90 Euro einführen. "
    assert stance_de(context, "Tierschützerin Meike Olling lehnte die Abgabe am Montag ab.",
                     "Tierschützerin Meike Olling").get("Hundesteuer") == -1


def test_a_class_noun_as_the_subject_of_an_evaluation_after_its_verb():
    context = "Die Stadt prüft eine Hafenmaut für Ausflugsschiffe. "
    assert stance_de(context, "Die Gebühr sei überfällig, sagte Reeder Timo Bracht.", "Reeder Timo Bracht").get("Hafenmaut") == 1


def test_a_plan_compound_names_the_thing_brought_about_before():
    context = "Die Kreiswerke wollen bis 2030 ein Wasserstoffwerk am Kanal errichten. "
    assert stance_de(context, "Bürgermeister Kai Rensing begrüßte das Großprojekt.", "Bürgermeister Kai Rensing") \
        .get("Wasserstoffwerk") == 1


def test_a_german_decision_takes_the_act_told_before_with_its_sign():
    told = "Der Kreistag hat die Schließung der Musikschule beschlossen. "
    assert stance_de(told, "Elternsprecherin Ina Vogt kritisierte die Entscheidung.", "Elternsprecherin Ina Vogt") \
        .get("Musikschule") == 1
    built = "Das Land zieht den Bau der Brücke über die Ems um zwei Jahre vor. "
    assert stance_de(built, "Landrat Ole Menke begrüßte den Schritt.", "Landrat Ole Menke").get("Brücke") == 1


def test_a_decision_on_ones_own_act_names_no_thing():
    told = "Der Bürgermeister kündigte seinen Rücktritt an. "
    stance = stance_de(told, "Ratsherr Bodo Lenz begrüßte die Entscheidung.", "Ratsherr Bodo Lenz")
    assert "Rücktritt" not in stance


def test_a_year_after_its_preposition_is_no_amount():
    from extract.positions.frames_de import named_before, target_lemma

    things = [target_lemma(c, p) for c, p in named_before("Die Bahn will ab 2029 einen Güterbahnhof bauen. ", "de")]
    assert "Güterbahnhof" in things


def en_stance(text: str, speaker: str) -> dict[str, int]:
    pytest.importorskip("spacy")
    from extract.en.nlp import is_trained, load_english

    if not is_trained(load_english()):
        pytest.skip("no trained English pipeline")
    sentences = text.split(". ", 1)
    return judge("", "", "en", frame_text=sentences[1], speaker=speaker, context=sentences[0] + ". ").stance


def test_an_english_class_noun_takes_the_thing_of_its_class():
    assert en_stance("Brenmoor council is considering a carbon tax on cruise ships. Boatman Ned Harlow said the levy "
                     "was a mistake.", "Ned Harlow").get("carbon tax") == -1


def test_an_english_decision_takes_the_act_told_before_with_its_sign():
    assert en_stance("The board voted to shut the Quarry Road pool. Swimmer Tess Orme said she opposed the decision.",
                     "Tess Orme").get("pool") == 1
    assert en_stance("The mayor announced his retirement. Councillor Abe Fenn welcomed the move.",
                     "Abe Fenn").get("retirement") is None


def test_a_class_noun_named_itself_since_keeps_itself():
    context = "Die Stadt erhöht die Zweitwohnungsteuer. Zudem plant sie eine Abgabe auf Pizzakartons. "
    stance = stance_de(context, "Wirt Enno Falk lehnte die Abgabe ab.", "Wirt Enno Falk")
    assert "Zweitwohnungsteuer" not in stance and stance.get("Abgabe") == -1


def test_a_decision_on_a_person_names_no_thing():
    told = "Die Polizei hat den Verdächtigen festgenommen. "
    assert "Verdächtige" not in stance_de(told, "Senator Rolf Imhof begrüßte den Schritt.", "Senator Rolf Imhof")


def test_an_english_decision_on_no_act_keeps_the_decision():
    assert en_stance("Officers detained the driver on Friday. Councillor Ivy Brandt welcomed the move.",
                     "Ivy Brandt").get("driver") is None


def test_two_nouns_hung_on_one_verb_are_one_compound():
    stances = en_stance("The operator wants to withdraw late services. Councillor Mo Reddy warned that axing the "
                        "night trains would strand shift workers.", "Mo Reddy")
    assert stances.get("night train") == 1


def test_a_prized_plan_names_the_thing_before():
    stances = en_stance("The county unveiled plans for a ferry terminal at Oldport. Fisherman Abel Stroud said the "
                        "vanity project was a waste of money.", "Abel Stroud")
    assert stances.get("ferry terminal") == -1 and "vanity" not in stances


def test_a_class_noun_with_an_auf_attribute_names_its_own_thing():
    context = "Die Stadt erhebt seit 2019 eine Zweitwohnungsteuer. "
    stance = stance_de(context, "Kämmerer Jens Ruhl forderte die Abgabe auf Einwegverpackungen.", "Kämmerer Jens Ruhl")
    assert "Zweitwohnungsteuer" not in stance and stance.get("Abgabe") == 1


def test_a_class_noun_named_itself_since_keeps_itself_over_a_debated_thing():
    context = "Der Rat streitet seit Monaten über die Bettensteuer. Nun plant die Stadt zudem eine Abgabe auf Becher. "
    stance = stance_de(context, "Wirt Enno Falk lehnte die Abgabe ab.", "Wirt Enno Falk")
    assert "Bettensteuer" not in stance and stance.get("Abgabe") == -1


def test_a_singular_class_noun_names_no_plural_thing():
    context = "Die Gemeinde will eine Bettensteuer einführen und die Parkgebühren erhöhen. "
    stance = stance_de(context, "Hotelier Rainer Molt lehnte die Abgabe ab.", "Hotelier Rainer Molt")
    assert "Parkgebühr" not in stance and stance.get("Bettensteuer") == -1


def test_an_english_class_noun_with_its_own_on_phrase_names_its_own_thing():
    stances = en_stance("Harbury already charges a tourist tax. Councillor Jo Pell called for the levy on second "
                        "homes to be doubled.", "Jo Pell")
    assert "tourist tax" not in stances and stances.get("levy") == 1


def test_a_death_toll_is_no_levy():
    stances = en_stance("A flood levy is planned for Marlow Fen. The death toll from the floods reached 14. Resident "
                        "Ann Hoole said the levy was overdue.", "Ann Hoole")
    assert "death toll" not in stances
