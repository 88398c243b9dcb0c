"""Claim nouns and their owners (round 29, r29-de-spk): the owner of a claim noun speaks, the noun never
does (actors/lexicon.py claim_nouns_de; de/indirect.py owner_named_after, phrase_gender, demand_statement,
reaction_statement; de/article.py reaction_source), and two clause readings the blind errors showed
(de/tokens.py plural_in_second_place, de/article.py main_clause_after). Texts are invented; people,
places and bodies are fictional."""
import pytest

from extract.actors.lexicon import claim_nouns_de, lexicon
from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


def test_the_cue_lexicons_claim_nouns_are_source_nouns_of_the_actors():
    assert {"Eindruck", "Versprechen", "Verdacht"} <= set(claim_nouns_de())
    assert {"eindruck", "versprechen", "verdacht"} <= set(lexicon("de").sources)
    assert "rat" not in lexicon("de").sources  # (a header noun "Rat", advice, is also the council: not taken)


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Landrätin Gesa Wittkopp hat die Kreisstraße besichtigt. Ihr Eindruck ist, dass der Schaden größer ist "
                 "als gedacht.", "der Schaden größer ist", "Gesa Wittkopp", id="possessive_claim_noun_not_in_sources_de"),
    pytest.param("Sein Versprechen, die Brücke bis zum Herbst freizugeben, kann Bauunternehmer Lothar Quendelmann nicht "
                 "mehr halten.", "die Brücke bis zum Herbst", "Lothar Quendelmann", id="possessive_points_ahead_to_him"),
    pytest.param("Ihre Zusage, das Freibad im Sommer zu öffnen, hat Bürgermeisterin Dörte Ammerschläger bekräftigt.",
                 "das Freibad im Sommer", "Dörte Ammerschläger", id="possessive_points_ahead_to_her"),
    pytest.param("Der Sprecher der Elterninitiative, Malte Rieckhoff, hat sich an den Kreis gewandt. Seine Forderung, die "
                 "Schule zu erhalten, lehnte Bürgermeisterin Ute Harmsen ab.", "die Schule zu erhalten", "Malte Rieckhoff",
                 id="another_gender_after_the_verb_keeps_the_one_named_before"),
    pytest.param("Die Warnung von Bundesbankvorstand Edwin Mahlstedt vor einer Kreditklemme im Mittelstand hat die "
                 "Bankaktien belastet.", "Kreditklemme", "Edwin Mahlstedt", id="demand_noun_with_a_von_owner"),
    pytest.param("Eine nüchterne Einschätzung kommt vom Deichverband Ostmarsch: Die alten Deiche halten einer Sturmflut "
                 "nicht mehr stand.", "Die alten Deiche halten", "Deichverband Ostmarsch", id="claim_noun_comes_from"),
])
def test_the_owner_of_a_claim_noun_speaks(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text,words", [
    pytest.param("Eine gute Nachricht kommt vom Arbeitsmarkt: Im Mai sank die Zahl der Arbeitslosen um 3000.",
                 "Im Mai sank die Zahl", id="comes_from_no_one"),
    pytest.param("Eine unerwartete Antwort kommt vom Wetter: Nach drei trockenen Wochen regnete es den ganzen Tag.",
                 "Nach drei trockenen Wochen", id="comes_from_the_weather"),
])
def test_a_claim_noun_from_no_one_makes_no_statement(text, words):
    assert quoted(text, words) == []


def test_a_demand_noun_with_a_von_amount_names_no_owner():
    text = "Die Forderung von 20 Euro nach einer Erhöhung der Gebühren stieß im Rat auf Ablehnung."
    assert all(s[0] != "20 Euro" for s in quoted(text, "einer Erhöhung"))


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Der Geschäftsführer der Obstgenossenschaft, Corvin Ehrlacher, forderte Hilfen. Die Versicherungen deckten Hagelschäden nicht ab, sagte er.",
                 "deckten Hagelschäden", "Corvin Ehrlacher", id="past_form_after_a_fronted_noun_is_finite"),
    pytest.param("Landrat Harm Müller hat gewarnt. Müller sagte am Freitag, viele Landwirte überlegten, ob sich der Hof "
                 "noch lohne.", "viele Landwirte überlegten", "Harm Müller", id="content_after_an_adverbial_of_the_cue"),
])
def test_reported_speech_read_from_the_clause(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("low,tag,main", [
    ("viele", "PIAT", True),  # "sagte am Freitag, viele Landwirte überlegten, …"
    ("die", "ART", False),  # "kritisierte den Plan, die Anwohner ablehnten": may be a relative clause
    ("den", "PRELS", False),
    ("ob", "KOUS", False),
])
def test_a_verb_final_clause_after_an_adverbial_is_content_only_where_no_relative_word_opens_it(low, tag, main):
    from types import SimpleNamespace

    from extract.de.article import main_clause_after

    assert main_clause_after(SimpleNamespace(low=low, tag=tag), 0, False) is main


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Ein Streik sei vorerst vom Tisch, erklärte die Gewerkschaft Schiene und Nahverkehr Mitte nach dem Ende der "
                 "Gespräche.", "Ein Streik sei", "Gewerkschaft Schiene und Nahverkehr Mitte", id="district_word_closes_name"),
    pytest.param("Der Rat hatte beraten. Die Wählergruppe Fehnmoor Aktiv sprach von einem „Ausverkauf von Gemeindeeigentum“.",
                 "Ausverkauf von", "Wählergruppe Fehnmoor Aktiv", id="capitalised_adjective_closes_name"),
    pytest.param("Den Vorwurf der Bürgerinitiative Lerchenwiese, die Stadt habe ein Gutachten zurückgehalten, nannte "
                 "Baudezernentin Katja Harnwolf „schlicht falsch“. Das Gutachten sei seit März einsehbar.",
                 "seit März einsehbar", "Katja Harnwolf", id="free_indirect_goes_on_with_the_words_read_last"),
])
def test_names_as_written_and_who_goes_on(text, words, name):
    assert speaker_of(text, words) == name


def test_a_capitalised_word_at_a_sentence_start_is_no_part_of_the_name_before():
    text = "Die Stadt Kellsee hat die Feier abgesagt. Heute sagte Bürgermeisterin Ute Harmsen, die Feier falle aus."
    assert speaker_of(text, "die Feier falle aus") == "Ute Harmsen"


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Valdoria will seine Ölförderung nicht drosseln. Das sagte Ölminister Karim al-Tawilani am Rande einer "
                 "Konferenz.", "Ölförderung nicht drosseln", "Karim al-Tawilani", id="a_told_position_was_his_words"),
    pytest.param("Der Bauernverband lehnt die Düngeregeln ab. Das sagte Präsident Harm Ossenkamp am Montag.",
                 "lehnt die Düngeregeln ab", "Harm Ossenkamp", id="a_bodys_told_position_in_its_presidents_words"),
])
def test_das_sagte_takes_a_told_position_before_it(text, words, name):
    assert speaker_of(text, words) == name


def test_a_statement_before_das_sagte_keeps_its_speaker():
    text = "„Wir bleiben hart“, sagte Landrätin Gesa Wittkopp. Das sagte sie schon im Mai."
    assert speaker_of(text, "Wir bleiben hart") == "Gesa Wittkopp"


def test_a_fronted_participle_after_a_quotation_names_its_speaker_after_the_auxiliary():
    text = "«Bis Weihnachten fährt der Zug wieder.» Versprochen hat das am Samstag Verkehrslandesrat Gebhard Pfrimmelsegger."
    assert speaker_of(text, "Bis Weihnachten fährt") == "Gebhard Pfrimmelsegger"


def test_a_fronted_claim_noun_with_its_owner_before_a_frame_is_the_owners_claim():
    text = ("Den Vorwurf der Wählerliste Brackenfeld, die Verwaltung habe Gutachten zurückgehalten, wies Kämmerer Jost "
            "Haverbeck zurück.")
    assert speaker_of(text, "die Verwaltung habe Gutachten") == "Wählerliste Brackenfeld"
    assert speaker_of(text, "Den Vorwurf der Wählerliste") == "Jost Haverbeck"


def test_a_denial_pointing_back_leaves_the_report_before_it_alone():
    text = ("Augenzeugen berichteten von mindestens drei getöteten Demonstranten. Das wurde von der Polizei jedoch "
            "bestritten.")
    assert speaker_of(text, "mindestens drei getöteten") != "Polizei"


def test_a_denied_das_sagte_leaves_the_told_position_with_its_holder():
    # (reread rr29-de-spk: told_position let "Das hat X nie gesagt" take the position before it; "nie" denies as "nicht" does)
    text = "Die Opposition im Landtag fordert den Rücktritt des Ministers. Das hat Minister Yann Bergholt nie gesagt."
    assert speaker_of(text, "fordert den Rücktritt") != "Yann Bergholt"


@pytest.mark.parametrize("text,name", [
    pytest.param("Der Stadtrat beriet am Montag über das Hallenbad. Widerspruch kam von Stadträtin Corinne Abelein. "
                 "Die Schließung sei ein Fehler.", "Corinne Abelein", id="reaction_noun"),
    pytest.param("Der Stadtrat beriet am Montag über das Hallenbad. Eine Warnung kam vom Schwimmverein Delphin. "
                 "Die Schließung sei ein Fehler.", "Schwimmverein Delphin", id="claim_noun_as_article_reads_it"),
])
def test_free_indirect_speech_after_n_kam_von_x_is_xs(text, name):
    # (free.py's introduced speaker reads "N kam von X" with article.py's reaction_source, the one reader of it)
    assert speaker_of(text, "Die Schließung sei ein Fehler") == name
