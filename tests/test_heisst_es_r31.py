"""Round 31 (r31-de-spk, issue 15): the source phrase after "hieß es" with a time phrase before it,
a claim noun's owner, unnamed sources with an owner and speech that goes on after the source
phrase. Texts invented, bodies fictional."""
from extract.de import analyse
from extract.de.article import Article
from extract.de.cues import load_cues
from extract.de.direct import time_before_source, time_phrase_end, time_word
from extract.pipeline import extract_article


def speakers(text: str) -> list[tuple[str, str]]:
    ex = extract_article(text, lang="de", published="2026-12-07")
    return [(s.quote_text, s.speaker_name) for s in ex.statements]


def test_time_words_join_but_a_body_ending_in_tag_is_none():
    assert time_word("montag") and time_word("mittwochabend") and time_word("sonntagnachmittag")
    assert not time_word("bundestag") and not time_word("kreistag") and not time_word("mitteilung")


def test_time_phrase_end_covers_am_montag_not_im_bundestag():
    art = Article("Das sei falsch, hieß es am frühen Abend im Bundestag.", load_cues())
    low = [t.low for t in art.toks]
    am, im = low.index("am"), low.index("im")
    assert time_phrase_end(art.toks, am) == am + 3  # "am frühen Abend"
    assert time_phrase_end(art.toks, im) == im


def test_heisst_es_with_a_time_phrase_before_the_document_names_its_owner():
    text = ("Wien (APA) - Der Mieterverein Ostbahnhof will klagen. Die Abrechnungen seien nicht "
            "nachvollziehbar, hieß es am Montag in einer Mitteilung des Vereins.")
    assert ("Die Abrechnungen seien nicht nachvollziehbar", "Mieterverein Ostbahnhof") in speakers(text)


def test_a_claim_noun_with_an_owner_is_the_owners_source():
    text = ("Bonn (KNA) - Das Hilfswerk Terra Nuova warnt vor Kürzungen. Schon jetzt müssten Projekte "
            "ruhen, heißt es in einem Appell des Werks.")
    assert ("Schon jetzt müssten Projekte ruhen", "Hilfswerk Terra Nuova") in speakers(text)


def test_unnamed_sources_with_an_owner_name_no_one():
    for text in ("Die Werft stehe vor einem Großauftrag, hieß es am Mittwoch aus Kreisen der Schiffbaubranche.",
                 "Die Einigung sei nah, hieß es am Abend aus Kreisen des Haushaltsausschusses."):
        found = analyse(text).statements
        assert len(found) == 1 and found[0].unattributed, text


def test_reported_speech_goes_on_after_the_source_phrase():
    text = ("Die Lage an den Deichen bleibe angespannt, hieß es am Morgen in einer Mitteilung des "
            "Deichverbands Nordheide, doch sei kein Ort unmittelbar gefährdet.")
    (quote, speaker), = speakers(text)
    assert "doch sei kein Ort unmittelbar gefährdet" in quote and speaker == "Deichverband Nordheide"


def test_a_claim_the_words_answer_is_not_their_source():
    # rr31-de-spk: only a claim the words stand in ("in einem Appell des X") names its owner
    for text, quote in (("Der Verein Lebendige Aue fordert einen Baustopp. Zur Forderung des Vereins hieß es im "
                         "Rathaus, dafür fehle das Geld.", "dafür fehle das Geld"),
                        ("Die Anwohner sind besorgt. Trotz der Sorge der Anwohner heißt es im Gutachten, die Brücke "
                         "sei sicher.", "die Brücke sei sicher"),
                        ("Der Stadtrat Lindenau hat entschieden. Man sei enttäuscht, hieß es zur Entscheidung des "
                         "Stadtrats.", "Man sei enttäuscht")):
        assert (quote, "") in speakers(text), text


def test_a_time_phrase_is_passed_over_only_before_a_source_preposition():
    art = Article("Man gehe in Berufung, hieß es am Montag nach dem Urteil des Landgerichts.", load_cues())
    am = [t.low for t in art.toks].index("am")
    assert time_before_source(art.toks, am) == am
    art = Article("Man gehe in Berufung, hieß es am Montag in einer Mitteilung der Kanzlei.", load_cues())
    am = [t.low for t in art.toks].index("am")
    assert time_before_source(art.toks, am) == am + 2
