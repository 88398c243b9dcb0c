"""Round 34 (r34-mend): faults found in review, each pinned by a test written before its fix. All names are
invented; the sentences are not those of the eval files."""
from __future__ import annotations

import pytest

from extract.positions import frames_de as fd
from stance_helpers_de import article_stances, speaker_stances as stances_of


# 1. a saving act keeps a resource: no side on it (data/saved_resources_de.tsv)
@pytest.mark.parametrize("text", [
    "„Wir müssen Energie einsparen“, sagte Bürgermeisterin Ina Probsthagen.",
    "„Die Gemeinde muss Strom sparen“, sagte Bürgermeisterin Ina Probsthagen.",
    "„Die Stadt muss Heizkosten einsparen“, sagte Bürgermeisterin Ina Probsthagen.",
    "Bürgermeisterin Ina Probsthagen forderte, Energie einzusparen.",
    # (unlisted_act: a listed act read without a thing is no "keep": base gave +1 "Million")
    "Bürgermeisterin Ina Probsthagen forderte, 40 Millionen Euro einzusparen.",
])
def test_saving_a_resource_takes_no_side_on_it(text):
    assert stances_of(text, "Ina Probsthagen") == {}


@pytest.mark.parametrize("text, target, value", [
    ("„Wir müssen die Buslinie einsparen“, sagte Bürgermeisterin Ina Probsthagen.", "Buslinie", -1),
    ("Bürgermeisterin Ina Probsthagen warnte davor, den Schulbus einzusparen.", "Schulbus", 1),
    # a compound of a resource met only alone names a thing a cut ends ("Pflegegeld", "Parkplatz")
    ("„Die Stadt darf das Pflegegeld nicht einsparen“, sagte Bürgermeisterin Ina Probsthagen.", "Pflegegeld", 1),
    ("„Die Stadt muss den Parkplatz einsparen“, sagte Bürgermeisterin Ina Probsthagen.", "Parkplatz", -1),
    # (rr34-mend) power from a source is cut, a side taken on the source: "strom" is a resource only alone
    ("Bürgermeisterin Ina Probsthagen forderte, Kohlestrom einzusparen.", "Kohlestrom", -1),
    ("„Wir müssen Atomstrom einsparen“, sagte Bürgermeisterin Ina Probsthagen.", "Atomstrom", -1),
])
def test_saving_a_thing_still_ends_it(text, target, value):
    assert stances_of(text, "Ina Probsthagen").get(target) == value


# 2. the labelling verbs of resumed_judgement live in a data file; resumed_text cuts its own leading "so"
def test_labelling_verbs_are_read_from_their_data_file():
    verbs = fd.labelling_verbs()
    assert verbs["nennen"] == "bare" and verbs["bezeichnen"] == "als" and "finden" not in verbs


def test_resumed_text_replaces_the_leading_so_only():
    label = fd.clause_of("Ein Fehler", "de")
    plain = " so bezeichnet der Sonderausschuss den Beschluss, so sagt man"
    clause = fd.clause_of(plain, "de")
    assert fd.resumed_text(label, clause, plain) == "Als ein Fehler  bezeichnet der Sonderausschuss den Beschluss, so sagt man"


# 3. a stance needs a speaker to hold it (an unattributed statement; a mention its article leaves unresolved may
#    still name someone across articles: "Die Landrätin unterstützt inzwischen X", so it keeps its stance)
def test_a_statement_without_speaker_takes_no_stance():
    assert article_stances("Die Schließung des Hallenbads sei ein Fehler, hieß es in einer Mitteilung.") == {}
    assert article_stances("Die Reform sei ein Meilenstein, hieß es am Montag.") == {}
    assert stances_of("„Ein Meilenstein“ – so nennt Stadträtin Ulla Probstmann die Reform.", "Ulla Probstmann") == {"Reform": 1}


# 4. the English pre-parse filter reads contracted negations before an act
@pytest.mark.parametrize("text, hit", [
    (" don't close x ", True), (" isn't closing x ", True), (" aren't scrapping x ", True), (" don t close x ", True),
    (" cannot close x ", True), (" not close x ", True), (" knot close x ", False), (" in the close ", False),
])
def test_negated_act_pattern_reads_contractions(text, hit):
    from extract.positions.frames_en import negated_act_pattern

    assert (negated_act_pattern().search(text) is not None) == hit


# 5. one rule each
def test_title_before_takes_a_dotted_title_and_no_sentence_end():
    from extract.actors.identities import ends_name_run, sentence_last, title_before
    from extract.actors.lexicon import lexicon

    lex = lexicon("en")
    assert title_before("Sen.", lex, "en") and title_before("Sheriff", lex, "en")
    assert not title_before("Plan.", lex, "en") and not title_before("The", lex, "en")
    assert sentence_last("Plan.", lex, "en") and not sentence_last("Gov.", lex, "en") and not sentence_last("Plan.", lex, "de")
    assert ends_name_run("Plan.", lex, "en") and ends_name_run("Gov.", lex, "en")


@pytest.mark.parametrize("link", ["und", "sowie", "bzw."])
def test_a_truncated_body_takes_every_truncation_link(link):
    from extract.actors.lexicon import lexicon
    from extract.actors.mentions import parse_phrase

    parsed = parse_phrase(f"die Industrie- {link} Handelskammer Nordmark", lexicon("de"))
    assert parsed.entity is not None and parsed.entity.kind == "organisation"
    assert parsed.entity.name.startswith("Industrie- ") and parsed.entity.name.endswith("Handelskammer Nordmark")


def test_measure_words_take_the_figure_measure_reads():
    pytest.importorskip("spacy")
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import figure_before, measure, measure_words

    nlp = load_english()
    if not is_trained(nlp):
        pytest.skip("needs the trained English pipeline")
    doc = nlp("The union rejected a 2.5 per cent pay offer.")
    cent = next(t for t in doc if t.lower_ == "cent")
    if figure_before(cent) is None:
        pytest.skip("this parse hangs the figure on the unit itself")
    assert measure(cent) and figure_before(cent).text == "2.5"
    assert "2.5" in [t.text for t in measure_words(cent)]
