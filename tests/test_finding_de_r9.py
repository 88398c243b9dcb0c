"""German statements found in round 9: a speech frame inserted into reported speech with a clause
that goes on after it ("…, sagte X, doch müsse …"). Texts are invented; people, places and bodies
are fictional."""
import pytest

from extract.de import analyse

CONTINUED = [  # (text, the piece before the frame, the piece after it, speaker)
    ("Die Lage sei ernst, sagte Ministerin Hilde Varnholt, doch müsse der Bund die Kosten tragen.",
     "Die Lage sei ernst", "doch müsse der Bund die Kosten tragen", "Hilde Varnholt"),
    ("Der Plan sei zu teuer, räumte Bauamtsleiter Gero Lindqvist ein, und die Kosten würden weiter steigen.",
     "Der Plan sei zu teuer", "die Kosten würden weiter steigen", "Gero Lindqvist"),  # a particle verb, "und"
    ("Die Halle reiche nicht, betonte Elternsprecherin Wiebke Ansorge, denn schon jetzt werde im Flur geturnt.",
     "Die Halle reiche nicht", "denn schon jetzt werde im Flur geturnt", "Wiebke Ansorge"),
    ("Das Angebot sei fair, sagte der Sprecher der Reederei Nordlicht, Fiete Hansbeck, zudem habe man lange verhandelt.",
     "Das Angebot sei fair", "zudem habe man lange verhandelt", "Fiete Hansbeck"),  # over the apposed name
    ("Die Brücke sei sicher, sagte Baustadtrat Jens Kowalt, die Sperrung werde aufgehoben.",
     "Die Brücke sei sicher", "die Sperrung werde aufgehoben", "Jens Kowalt"),  # no conjunction
]


@pytest.mark.parametrize("text,left,right,speaker", CONTINUED)
def test_the_clause_after_an_inserted_frame_goes_on_with_the_statement(text, left, right, speaker):
    found = analyse(text).statements
    hits = [f for f in found if any(left in text[b:e] for b, e in f.quote)]
    assert hits, f"no statement holds {left!r}"
    assert any(right in text[b:e] for b, e in hits[0].quote)
    assert speaker in " | ".join(text[b:e] for b, e in hits[0].speaker_mention)


@pytest.mark.parametrize("text", [
    "Die Brücke sei sicher, sagte Baustadtrat Jens Kowalt, doch wenige Tage später sperrte die Stadt das Bauwerk.",
    "Die Brücke sei sicher, sagte Baustadtrat Jens Kowalt, weil die Prüfer nichts gefunden hatten.",
])
def test_the_narrator_after_an_inserted_frame_is_no_part_of_the_statement(text):
    found = analyse(text).statements
    pieces = [text[b:e] for f in found for b, e in f.quote]
    assert "Die Brücke sei sicher" in pieces
    assert not any("sperrte" in p or "Prüfer" in p for p in pieces)


POSITIONS = [  # (text, words of the statement, speaker, target, stance): a position with no speech verb
    ("Eindringlich gewarnt hat die Klimaforscherin Ilka Semmelrogge vor neuen Ölheizungen.",
     "gewarnt hat", "Ilka Semmelrogge", "Ölheizung", -1),  # a manner word before a fronted participle
    ("Ausdrücklich begrüßt hat Kreisbauernobmann Hinnerk Oltmanns die neue Weideordnung.",
     "begrüßt hat", "Hinnerk Oltmanns", "Weideordnung", 1),
    ("Der Wirt Kasimir Brendel ist nicht gegen eine Sperrstunde, will aber, dass sie erst um zwei Uhr beginnt.",
     "nicht gegen eine Sperrstunde", "Kasimir Brendel", "Sperrstunde", 1),  # the plan is the second predicate's
]


@pytest.mark.parametrize("text,words,speaker,target,stance", POSITIONS)
def test_a_position_without_a_speech_verb_is_the_speakers_statement(text, words, speaker, target, stance):
    from extract.pipeline import extract_article

    hits = [st for st in extract_article(text, lang="de").statements if words in st.quote_text]
    assert hits, f"no statement holds {words!r}"
    assert hits[0].speaker_name == speaker
    assert hits[0].stance.get(target) == stance


@pytest.mark.parametrize("text", [
    "Der Geschäftsführer Jonas Weltermann ist seit 2019 im Amt, will aber im Herbst aufhören.",
    "Eröffnet hat Bürgermeisterin Ilse Rammelsberg am Samstag das neue Hallenbad.",
])
def test_facts_and_events_in_the_same_word_orders_take_no_position(text):
    from extract.pipeline import extract_article

    assert not any(st.stance for st in extract_article(text, lang="de").statements)


def test_a_speech_noun_with_its_owner_and_a_predicate_before_a_colon_frames_the_owners_words():
    text = ("Die Kritik von Bürgermeisterin Karla Weidenbach an der Kreisumlage fiel deutlich aus: "
            "Der Kreis bediene sich bei den Gemeinden.")
    from extract.pipeline import extract_article

    hits = [st for st in extract_article(text, lang="de").statements if "bediene sich" in st.quote_text]
    assert hits and hits[0].speaker_name == "Karla Weidenbach"


@pytest.mark.parametrize("text,quote,speaker", [
    ("Gemäss dem Bundesamt für Strassenbau waren am Samstag 14 Kilometer Stau vor dem Tunnel.",
     "14 Kilometer Stau", "Bundesamt für Strassenbau"),  # Swiss "gemäss"
    ("Die Lage sei ernst, hiess es am Abend aus dem Bundeshaus.", "Die Lage sei ernst", None),  # Swiss "hiess es"
])
def test_swiss_spellings_of_source_words(text, quote, speaker):
    hits = [f for f in analyse(text).statements if any(quote in text[b:e] for b, e in f.quote)]
    assert hits, f"no statement holds {quote!r}"
    mention = " | ".join(text[b:e] for b, e in hits[0].speaker_mention)
    assert speaker in mention if speaker else hits[0].unattributed


@pytest.mark.parametrize("text,found", [
    ("Die Landrätin Gerlinde Oppermann betrachtet die Kreisumlage als Zumutung.", True),
    ("Die Landrätin betrachtet die Kreisumlage als Zumutung.", True),  # a present "-t" the tagger reads as participle
    ("Die Landrätin hat die Kreisumlage kritisiert.", True),
    ("Die Kreisumlage wird in Kürze neu berechnet.", False),
])
def test_a_present_read_as_participle_is_a_finite_speech_verb(text, found):
    assert bool(analyse(text).statements) == found


@pytest.mark.parametrize("text", [
    "Die Initiative gehe zu weit, ließ Regierungsrat Beat Zumsteg verlauten.",
    "Die Initiative gehe zu weit, liess Regierungsrat Beat Zumsteg am Montag ausrichten.",  # Swiss "liess"
])
def test_lassen_with_a_speech_infinitive_after_the_content(text):
    hits = [f for f in analyse(text).statements if any("Initiative gehe zu weit" in text[b:e] for b, e in f.quote)]
    assert hits and "Beat Zumsteg" in " | ".join(text[b:e] for b, e in hits[0].speaker_mention)
