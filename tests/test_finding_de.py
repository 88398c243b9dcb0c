"""German statements found by extract.de.analyse: which quote a frame takes and who its speaker is.
Texts are invented; people, places and bodies are fictional."""
import pytest

from extract.de import analyse


# German statements found in round 8b: a surname alone after the verb taking a position, a colon quote after a name with a contrast word, a
# manner word before the verb, a cue in a fronted subordinate clause. Texts are invented; people,
# places and bodies are fictional.
CASES = [  # (text, words of the quote, speaker)
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Stadtrat Ingo Valbert hingegen: «Das Loch wird nur verschoben.»",
     "Das Loch wird nur verschoben", "Ingo Valbert"),  # a contrast word between name and colon
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Ganz anders Stadtrat Ingo Valbert: «Das Loch wächst.»",
     "Das Loch wächst", "Ingo Valbert"),  # adverbs before the name
    ("Die Kämmerin Lotte Anselm lobte den Haushalt. Anders sah es Stadtrat Ingo Valbert: «Das Loch wächst.»",
     "Das Loch wächst", "Ingo Valbert"),  # a manner word first: the speaker follows the verb
    ("Die Regierungsrätin Mara Steinacher steht in der Kritik. "
     "Steinacher wies die Vorwürfe am Dienstag zurück: «Keine Schule schließt.»",
     "Keine Schule schließt", "Steinacher"),  # a surname first stays the speaker
    ("Während Landesrat Edwin Maltauer über den Zuschlag jubelte, "
     "haderte Gemeinderätin Irma Pichlbauer: «Das Geld fehlt dann bei den Schulen.»",
     "Das Geld fehlt", "Irma Pichlbauer"),  # the cue of a fronted subordinate clause is not the quote's
    ("Der Energieexperte Gernot Valtlhofer hatte das Projekt verteidigt. "
     "Nach dem Gutachten lehnt Valtlhofer das Murkraftwerk nun ab.",
     "lehnt Valtlhofer das Murkraftwerk nun ab", "Valtlhofer"),  # a surname alone after the verb, named before
    ("Die Zuger Regierungsrätin Beatrice Imhaslyberg stellte das Budget vor. Eine Steuersenkung lehnt Imhaslyberg ab.",
     "Eine Steuersenkung lehnt Imhaslyberg ab", "Imhaslyberg"),
    ("Nach der Untersuchung der Brücke sagte die Bauamtsleiterin Carla Wendelin, das Land werde die Mittel verdoppeln.",
     "das Land werde die Mittel verdoppeln", "Carla Wendelin"),  # "Nach der X des Y" before a speech verb: a time
    ("Gegen die neue Umgehungsstraße sperrt sich Ortsbäuerin Vroni Staudacher seit Monaten.",
     "Gegen die neue Umgehungsstraße sperrt sich", "Vroni Staudacher"),  # a position without a speech verb
    ("Der Kreisrat Olaf Wennigsen trat am Freitag gegen den Verkauf der Klinik ein.",
     "gegen den Verkauf der Klinik ein", "Olaf Wennigsen"),
    ("Der Landrat Ewald Kornacher lehnte die Citymaut, die der Stadtrat beschlossen hatte, am Montag ab.",
     "lehnte die Citymaut", "Ewald Kornacher"),  # the particle after a relative clause
    ("Der Landrat Ewald Kornacher kündigte ein Sparpaket, das größte seit zehn Jahren, an.",
     "kündigte ein Sparpaket", "Ewald Kornacher"),  # the particle after an apposition with its article
]


@pytest.mark.parametrize("text,quote,speaker", CASES)
def test_statement_found_with_its_speaker(text, quote, speaker):
    hits = [f for f in analyse(text).statements if any(quote in text[b:e] for b, e in f.quote)]
    assert hits, f"no statement holds {quote!r}"
    assert speaker in " | ".join(text[b:e] for b, e in hits[0].speaker_mention)


def test_a_quoted_paper_name_belongs_to_the_source_phrase():
    text = "Nach Recherchen des „Oberländer Boten“ hat der Landrat die Schließung bereits beschlossen."
    quotes = [text[b:e] for f in analyse(text).statements for b, e in f.quote]
    assert quotes and not any("Boten" in q for q in quotes)


def test_a_required_word_in_a_subordinate_clause_does_not_make_the_cue():
    text = "Der Kläger Udo Marschallek hält sich zurzeit in Valdoria auf, wo er um Hilfe für das Anliegen wirbt."
    assert not any("hält sich" in text[b:e] for f in analyse(text).statements for b, e in f.quote)


def test_a_required_word_after_a_relative_clause_still_counts():
    text = "Die Ministerin Carla Wendelin hält den Vorschlag, den die Stadt vorgelegt hat, für falsch."
    found = analyse(text).statements
    assert any("für falsch" in text[b:e] for f in found for b, e in f.quote)
    assert [[text[b:e] for b, e in f.speaker_mention] for f in found] == [["Die Ministerin Carla Wendelin"]]


# German statements found in round 9: a speech frame inserted into reported speech with a clause
# that goes on after it ("…, sagte X, doch müsse …"). Texts are invented; people, places and bodies
# are fictional.
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


def mentions_of(text: str, words: str) -> list[list[str]]:
    """The speaker mentions of each statement whose quote holds ``words``."""
    found = [f for f in analyse(text).statements if any(words in text[b:e] for b, e in f.quote)]
    return [[text[b:e] for b, e in f.speaker_mention] for f in found]


def test_content_after_a_speaking_subordinate_clause_is_its_verbs():
    # a subordinate clause of a subject and a speech verb with no object: the clause after it is its content
    text = "Der Landrat Kai Wendland wies die Kritik zurück, indem er erklärte, die Straße werde bis Mai fertig."
    assert mentions_of(text, "die Straße werde") == [["er"]]
    text = ("Die Imker im Kreis Hollerbach haben gegen die Spritzmittel demonstriert, da sie befürchten, "
            "ganze Völker könnten sterben.")
    assert mentions_of(text, "ganze Völker") == [["sie"]]


def test_content_after_a_subordinate_clause_with_an_object_stays_the_main_verbs():
    # near-miss: "nachdem sie den Plan kritisiert hatte" has an object; the content is "sagte"'s
    text = "Die Stadträtin Mona Kessler sagte, nachdem sie den Plan kritisiert hatte, die Kosten seien zu hoch."
    assert mentions_of(text, "die Kosten seien") == [["Die Stadträtin Mona Kessler"]]


# Round 16: a finite verb right after a comma with no speaker of its own after it is a second predicate
# of the subject before the comma (indirect.predicate_after_comma), not a frame of what stands before;
# a reporting verb there makes that subject's clause a statement. Texts are invented.
@pytest.mark.parametrize("text,words,speaker", [
    ("Die Stadtbibliothek Wellingrode verlängerte ihre Öffnungszeiten, kündigte Lesungen für Kinder an und bat um Spenden.",
     "Lesungen für Kinder", "Die Stadtbibliothek Wellingrode"),  # an object without article after the verb
    ("Schulrätin Henrike Osterloh besuchte die Gesamtschule, lobte den Ganztag und forderte mehr Sozialarbeiter.",
     "mehr Sozialarbeiter", "Schulrätin Henrike Osterloh"),  # "den …" after the verb: an object
    ("Die Brauerei Stammhaus Lindental bestätigte den Verkauf der Marke, dementierte jedoch einen Stellenabbau.",
     "einen Stellenabbau", "Die Brauerei Stammhaus Lindental"),
])
def test_a_second_predicate_after_a_comma_speaks_for_the_subject_before(text, words, speaker):
    assert [speaker] in mentions_of(text, words)


def test_a_frame_after_a_comma_keeps_its_own_speaker():
    # near-misses: the verb after the comma has a subject of its own ("die Gemeinde", "ein Sprecher"),
    # or what stands before is reported content in the Konjunktiv: the words before are that speaker's
    text = "Die Halle wird im Herbst saniert, teilte die Gemeinde am Freitag mit."
    assert mentions_of(text, "Die Halle wird") == [["die Gemeinde"]]
    text = "Der Fahrplan bleibe bis Juni gültig, bestätigte am Montag in Kirchhain ein Sprecher der Bahn."
    assert mentions_of(text, "Der Fahrplan bleibe") == [["ein Sprecher der Bahn"]]


@pytest.mark.parametrize("text,words,speaker", [
    ("Kämmerer Olaf Brinkhaus sagte, die Stadt müsse „den Gürtel enger schnallen“, und kündigte eine Haushaltssperre an.",
     "eine Haushaltssperre", "Kämmerer Olaf Brinkhaus"),  # ", und V" after a quote inside the sentence: no frame of it
    ("Die Landrätin Gesa Wollenweber hat den Entwurf als „unausgegoren“ kritisiert und mit einer Klage gedroht.",
     "mit einer Klage gedroht", "Die Landrätin Gesa Wollenweber"),  # a participle sharing the first one's "hat"
])
def test_a_second_predicate_after_a_partial_quote_is_a_statement_of_its_own(text, words, speaker):
    assert [speaker] in mentions_of(text, words)


def test_a_quote_with_its_frame_after_it_keeps_that_frame():
    # near-miss: "«…», sagte X" after the quote is its frame; "und" opens none ("«…», und" needs a quote inside)
    text = "„Wir bleiben dran“, sagte Trainerin Ilka Bornemann nach dem Spiel."
    assert mentions_of(text, "Wir bleiben dran") == [["Trainerin Ilka Bornemann"]]


@pytest.mark.parametrize("text,words,speaker", [
    # a verb after the comma in another number than the clause before has a subject of its own after it:
    # the words before are that subject's (predicate_after_comma: both verbs in one number)
    ("Der Verlag stellt die Lokalausgabe ein, bestätigten Redaktionskreise.", "Der Verlag stellt", "Redaktionskreise"),
    ("Die Brauerei hat die Preise erhöht, kritisierten Wirte und Händler.", "Die Brauerei hat", "Wirte"),
    ("Die Gemeinde verkauft das Grundstück am See, bestätigten Ratskreise.", "Die Gemeinde verkauft", "Ratskreise"),
])
def test_a_verb_in_another_number_after_a_comma_is_no_second_predicate(text, words, speaker):
    assert mentions_of(text, words) == [[speaker]]


def test_a_plural_subject_keeps_its_plural_second_predicate():
    # near-miss: both verbs plural, the phrase after the second an object: the subject before speaks
    text = "Die Landwirte protestierten vor dem Landtag, forderten höhere Erzeugerpreise."
    assert mentions_of(text, "höhere Erzeugerpreise") == [["Die Landwirte"]]


def quotes_of(text: str) -> list[tuple[str, str]]:
    """(kind, quote) of every statement found."""
    return [(f.kind, " | ".join(text[b:e] for b, e in f.quote)) for f in analyse(text).statements]


@pytest.mark.parametrize("text,partial,rest", [
    # a comma before "und" and a finite verb after a partial quote in the main clause: the first verb has no
    # content after it (article.next_predicate), its quote stays a partial, the second predicate a statement
    ("Der Kreisbrandmeister nannte die Lage „angespannt, aber stabil“, und rief die Anwohner zur Vorsicht auf.",
     "angespannt, aber stabil", "rief die Anwohner zur Vorsicht auf"),
    ("Die Schulleiterin sprach von einem „Kraftakt“, und forderte vom Kreis mehr Personal.",
     "Kraftakt", "forderte vom Kreis mehr Personal"),
])
def test_a_comma_before_und_keeps_the_partial_quote(text, partial, rest):
    assert ("partial", partial) in quotes_of(text)
    assert any(kind == "reported" and q.startswith(rest) for kind, q in quotes_of(text))

