"""German source phrases and noun cues (issue 15, items 4 and 6): laut/zufolge/nach Angaben with
inflected bodies, "hieß es in …", noun cues. One mechanism per test; texts are invented,
people, places and bodies fictional."""
import pytest

from extract.de import analyse

from tests.test_statement_kinds_de import statements


def test_trailing_heisst_es_keeps_the_document_phrase_out_of_the_content():
    text = "Die Verbindung nach Korvin sei nicht mehr wirtschaftlich, hieß es in dem Bericht, der am Montag erschien."
    found = statements(text)
    assert len(found) == 1, found
    kind, quote, speaker = found[0]
    assert quote == "Die Verbindung nach Korvin sei nicht mehr wirtschaftlich"
    assert speaker == "dem Bericht"


def test_heisst_es_in_a_document_with_an_owner_is_the_owners_statement():
    text = "Die Lage in den Kliniken sei ernst, hieß es in einer Erklärung der Gewerkschaft Pflege Süd."
    found = analyse(text).statements
    assert len(found) == 1
    f = found[0]
    assert not f.unattributed
    # the owner first (it resolves the actor), then the document phrase as annotators mark it
    assert [text[b:e] for b, e in f.speaker_mention] == ["der Gewerkschaft Pflege Süd",
                                                         "einer Erklärung der Gewerkschaft Pflege Süd"]


def test_bare_heisst_es_names_no_one():
    text = "Die Lage in den Kliniken von Valdoria sei ernst, hieß es am Montag."
    found = analyse(text).statements
    assert len(found) == 1 and found[0].unattributed


def test_example_noun_before_a_colon_quotes_the_speaker_named_before():
    text = ("Der Verband der Pendler in Valdoria kritisiert die Pläne scharf. "
            "Ein Beispiel: „Wer auf dem Land wohnt, zahlt künftig doppelt so viel.“")
    found = statements(text)
    assert ("direct", "Wer auf dem Land wohnt, zahlt künftig doppelt so viel.", "Der Verband der Pendler") in found, found


def test_name_before_a_colon_stays_the_speaker():
    text = "Der Landrat Karl von der Heide ist verärgert. Bürgermeisterin Anna Beispiel: „Wir geben nicht auf.“"
    found = statements(text)
    assert ("direct", "Wir geben nicht auf.", "Bürgermeisterin Anna Beispiel") in found, found


def test_passive_with_a_named_von_agent_is_the_agents_reported_statement():
    text = "Die Pläne der Stadt Valdoria wurden von der Opposition als unausgegoren kritisiert."
    assert statements(text) == [("reported", "Die Pläne der Stadt Valdoria wurden von der Opposition als unausgegoren kritisiert",
                                 "der Opposition")]


def test_passive_with_a_von_phrase_that_names_no_one_is_no_statement():
    # "von Cholera", a disease: no one who speaks
    assert statements("In der Region Valdoria wird ein Ausbruch von Cholera befürchtet.") == []


def test_plural_present_read_as_infinitive_is_a_finite_cue():
    text = "Gutachter des Landesamts gehen von einem Totalschaden an der Brücke in Valdoria aus."
    found = statements(text)
    assert found and found[0][0] == "reported" and found[0][2] == "Gutachter des Landesamts", found


def test_amount_claim_with_beziffern_is_reported_speech():
    text = "Die Bürgermeisterin Anna Beispiel bezifferte den Schaden in Valdoria auf zwei Millionen Euro."
    found = statements(text)
    assert found and found[0][0] == "reported" and "Anna Beispiel" in found[0][2], found


def test_plural_present_after_a_determiner_phrase_and_not_in_a_relative_clause():
    assert statements("Die Medien in Valdoria sprechen von mehreren Geiseln.")[0][:1] == ("reported",)
    assert statements("Es gibt keine Indizien in Valdoria, die für einen Anschlag sprechen.") == []


def test_danach_after_a_document_reports_what_it_says():
    text = ("Die Bank Valdoria veröffentlichte heute neue Quartalszahlen. "
            "Danach verzeichnet das Geldinstitut Verluste in Höhe von zwölf Milliarden Franken.")
    # (the document the sentence before names is a second mention: what "Danach" points back to)
    assert statements(text) == [("indirect", "verzeichnet das Geldinstitut Verluste in Höhe von zwölf Milliarden Franken",
                                 "Danach | neue Quartalszahlen")]


def test_temporal_danach_is_no_source():
    text = "Die Familie Beispiel hat über die Medien von dem Angebot erfahren. Danach nahm die Frau Kontakt mit der Polizei auf."
    assert statements(text) == []


def test_demand_noun_before_the_verb_is_the_object_not_the_speaker():
    text = "Die Forderung des Landkreistags nach mehr Geld für Valdoria wies die Ministerin Lena Marquardt zurück."
    found = statements(text)
    assert ("reported", "mehr Geld für Valdoria", "des Landkreistags") in found, found
    assert any(kind == "reported" and speaker == "die Ministerin Lena Marquardt" for kind, _, speaker in found), found


def test_subject_with_a_relative_clause_is_no_content_before_the_cue():
    text = "Hubert Ebeling, der in Valdoria für die Kasse verantwortlich ist, wies den Vorwurf zurück."
    found = statements(text)
    assert not any(kind == "indirect" and quote.startswith("Hubert Ebeling, der") for kind, quote, _ in found), found


def test_wie_clause_that_gives_a_name_or_an_idiom_is_no_source():
    assert statements("Roger Muster, wie er sich in Valdoria gerne nannte, ist tot.") == []
    assert statements("Er hat das Evangelium, wie man sagt, ohne Veränderungen in Valdoria gelebt.") == []
    assert statements("Wie die Polizei in Valdoria mitteilte, wurde niemand verletzt.") == [
        ("indirect", "wurde niemand verletzt", "die Polizei")]


def test_relative_clause_after_a_cue_verb_is_no_content():
    text = "Vor dem Flug nach Valdoria sind Testflüge geplant, die sich auf automatische Systeme stützen sollen."
    assert not any(quote.startswith("die sich") for _, quote, _ in statements(text))


def test_content_clause_after_a_cue_verb_stays_content():
    text = "Die Bürgermeisterin Anna Beispiel sagte, die Brücke in Valdoria werde gesperrt."
    assert statements(text) == [("indirect", "die Brücke in Valdoria werde gesperrt", "Die Bürgermeisterin Anna Beispiel")]


def test_zum_beispiel_before_a_colon_quotes_the_speaker_named_before():
    text = "Der Verband der Pendler kritisiert die Pläne in Valdoria. Zum Beispiel: „Wer auf dem Land wohnt, zahlt doppelt.“"
    assert ("direct", "Wer auf dem Land wohnt, zahlt doppelt.", "Der Verband der Pendler") in statements(text)


def _speakers(text):
    from extract.pipeline import extract_article
    return [(s.quote_text, s.speaker_name) for s in extract_article(text, lang="de").statements]


def test_view_nouns_name_their_owner_as_the_speaker():
    # "Sicht", "Überzeugung", "Wille" are source nouns like "Ansicht": the owner after them speaks
    for text, owner in (("Aus Sicht des Umweltministeriums ist die Reform ungerecht.", "Umweltministerium"),
                        ("Nach Überzeugung des Landgerichts hat die Frau aus Habgier gehandelt.", "Landgericht"),
                        ("Aus Sicht der Wirtschaftskammer Kärnten ist die Abgabe ein Nachteil.", "Wirtschaftskammer Kärnten")):
        assert [name for _, name in _speakers(text)] == [owner], text


def test_a_compound_made_with_a_particle_is_no_source_noun():
    from extract.actors.mentions import parse_phrase
    assert parse_phrase("Sicht des Sozialverbands", "de").source
    assert not parse_phrase("die Aufsicht", "de").source
    assert not parse_phrase("die Vorsicht", "de").source


def test_a_source_phrase_before_an_inverted_speech_verb_is_part_of_what_the_speaker_said():
    found = _speakers("Nach Ansicht der Gewerkschaft ist das Angebot zu wenig, sagte Betriebsrat Uwe Kernbach.")
    assert found == [("Nach Ansicht der Gewerkschaft ist das Angebot zu wenig", "Uwe Kernbach")]
    found = _speakers("Laut Polizei wurde niemand verletzt, sagte Feuerwehrchef Tim Kassner.")
    assert found == [("Laut Polizei wurde niemand verletzt", "Tim Kassner")]


def test_an_unnamed_speaker_after_the_verb_leaves_the_source_phrase_the_speaker():
    found = _speakers("Nach Angaben der Polizei war der Fahrer betrunken, teilte ein Sprecher mit.")
    assert [name for _, name in found] == ["Polizei"]


def test_a_source_nouns_owner_named_by_a_possessive_is_the_speaker():
    text = "Die Imkervereinigung lehnt nach den Worten ihrer Präsidentin Wiebke Sondermann das Spritzmittel ab."
    found = analyse(text).statements
    assert len(found) == 1
    assert [text[b:e] for b, e in found[0].speaker_mention][0] == "ihrer Präsidentin Wiebke Sondermann"


def test_laut_reads_an_extended_attribute_between_article_and_noun():
    # "einer am Montag veröffentlichten Studie": a preposition phrase and a participle before the noun
    text = ("Laut einer am Montag veröffentlichten Studie der Universität Graubrunn arbeiten drei von vier "
            "Pflegekräften regelmäßig über ihre Dienstzeit hinaus.")
    found = statements(text)
    assert len(found) == 1, found
    kind, quote, speaker = found[0]
    assert quote == "arbeiten drei von vier Pflegekräften regelmäßig über ihre Dienstzeit hinaus"
    # the whole source phrase, its attribute with it (the owner is named too: document_owner)
    assert "einer am Montag veröffentlichten Studie der Universität Graubrunn" in speaker.split(" | "), speaker


def test_nach_reads_an_extended_attribute_but_not_a_noun_with_a_genitive():
    text = "Nach einer am Freitag veröffentlichten Mitteilung des Mieterbunds Wallau steigen die Mieten in der Stadt weiter an."
    found = statements(text)
    assert len(found) == 1 and "einer am Freitag veröffentlichten Mitteilung des Mieterbunds Wallau" \
        in found[0][2].split(" | "), found
    # "den Ermittlungen des ehemaligen Richters": the adjective after the genitive article is no attribute
    text = "Nach den Ermittlungen des ehemaligen Richters war der Angeklagte einer der Wachleute im Lager von Korvin."
    found = statements(text)
    assert len(found) == 1 and found[0][2].endswith("den Ermittlungen des ehemaligen Richters"), found


def test_laut_a_web_address_is_the_source():
    for text, source in (("Laut lokalzeit-ost.de beteiligten sich rund 300 Menschen an der Kundgebung in Kerbach.",
                          "lokalzeit-ost.de"),
                         ("Laut „weserbote.de“ muss die Brücke über die Aller bis zum Frühjahr gesperrt bleiben.",
                          "„weserbote.de“")):
        found = analyse(text).statements
        assert len(found) == 1, text
        assert [text[b:e] for b, e in found[0].speaker_mention] == [source]


def test_zufolge_after_an_abbreviation_in_brackets_and_after_ihnen():
    text = ("Auf der Hauptstrasse bei Lindenberg sind zwei Autos zusammengestossen. "
            "Der Kantonspolizei Lindenberg (Kapo) zufolge wurde dabei niemand verletzt.")
    found = statements(text)
    assert ("indirect", "wurde dabei niemand verletzt", "Der Kantonspolizei Lindenberg") in found, found
    text = "Die Wahlbeobachter legten eigene Zahlen vor. Ihnen zufolge hat der Kandidat der Opposition die Mehrheit erhalten."
    found = analyse(text).statements
    assert len(found) == 1
    assert [text[b:e] for b, e in found[0].speaker_mention][:1] == ["Ihnen"]


def test_demnach_points_back_to_the_document_of_the_sentence_before():
    text = ("Das Landgericht Korvin hat am Montag sein Urteil im Streit um die Deponie verkündet. "
            "Demnach muss die Betreiberfirma die Anlage bis Jahresende schließen.")
    found = analyse(text).statements
    assert len(found) == 1
    mentions = [text[b:e] for b, e in found[0].speaker_mention]
    assert mentions == ["Demnach", "sein Urteil"], mentions
    assert found[0].unattributed  # the actor stays open: the mention only marks what "Demnach" points to


def test_document_before_an_agentless_passive_cue_is_the_source():
    text = "In einem Bericht der Zeitung Nordkurier wurde vermutet, dass keiner der Insassen überlebt hat."
    found = analyse(text).statements
    assert len(found) == 1 and not found[0].unattributed
    assert [text[b:e] for b, e in found[0].speaker_mention] == ["der Zeitung Nordkurier",
                                                                "einem Bericht der Zeitung Nordkurier"]
    # a document without an owner, a relative clause on it: the mention, but no actor
    text = ("In einer Presseerklärung, die am Mittwoch in Korvin veröffentlicht wurde, wurde verkündet, "
            "dass die Stadt alle Verantwortlichen vor Gericht bringen werde.")
    found = analyse(text).statements
    assert len(found) == 1 and found[0].unattributed
    assert [text[b:e] for b, e in found[0].speaker_mention] == ["einer Presseerklärung"]


def test_place_before_an_agentless_passive_cue_is_no_source():
    text = "In der Gemeinde Korvin wurde vermutet, dass der Brand gelegt worden sei."
    found = analyse(text).statements
    assert all(not f.speaker_mention for f in found), [[text[b:e] for b, e in f.speaker_mention] for f in found]


def test_what_became_known_is_a_statement_without_a_speaker():
    for text, content in (("Im April wurde dann bekannt, dass der Bürgermeister von Korvin schwer erkrankt war.",
                           "dass der Bürgermeister von Korvin schwer erkrankt war"),
                          ("Wie gestern bekannt wurde, befindet sich unter den Opfern ein früherer Abgeordneter.",
                           "befindet sich unter den Opfern ein früherer Abgeordneter"),
                          ("Der Minister trat zurück, nachdem bekannt geworden war, dass er abgeschrieben hatte.",
                           "dass er abgeschrieben hatte")):
        found = analyse(text).statements
        assert [text[b:e] for f in found for b, e in f.quote] == [content], text
        assert found[0].unattributed and not found[0].speaker_mention


def test_known_as_a_state_or_made_known_is_no_anonymous_statement():
    assert analyse("Es ist nicht bekannt, ob der Fahrer aus Korvin verletzt wurde.").statements == []
    text = "Die Polizei hat bekannt gegeben, dass der Täter gefasst wurde."
    found = analyse(text).statements
    assert len(found) == 1 and [text[b:e] for b, e in found[0].speaker_mention] == ["Die Polizei"]


def test_nach_with_an_article_and_no_owner_after_a_speech_verb_is_no_source():
    # r14sde: "nach der Kostenprognose" with its own speech verb and a named subject tells after what X spoke
    for text in ("Den Anbau lehnte Kreisrätin Ilka Morn nach der Kostenprognose ab.",
                 "Die Erweiterung des Hafens kritisierte Landrat Edo Brinkmann nach der Prognose erneut."):
        found = analyse(text).statements
        assert len(found) == 1 and found[0].kind == "reported" and not found[0].unattributed
        assert any("Morn" in text[b:e] or "Brinkmann" in text[b:e] for b, e in found[0].speaker_mention)


def test_nach_with_an_article_and_an_owner_stays_a_source():
    # near miss: "nach der Einschätzung der X" names whose estimate it is
    text = "Der Anbau ist nach der Einschätzung der Bauverwaltung Kellbach zu teuer."
    found = analyse(text).statements
    assert len(found) == 1 and any("Bauverwaltung" in text[b:e] for b, e in found[0].speaker_mention)


@pytest.mark.parametrize("text,quote,name", [
    ("Die Pegel am Oberlauf steigen bis Freitag weiter. So die Vorhersage von Hydrologin Maren Sieck.",
     "Die Pegel am Oberlauf steigen", "Maren Sieck"),
    ("Der Neubau wird mindestens vier Millionen Euro teurer. So das Ergebnis eines Gutachtens der Bauverwaltung Nordkamp.",
     "Der Neubau wird mindestens", "Bauverwaltung Nordkamp"),
    ("Die Halle bleibt bis zum Frühjahr gesperrt. So Sportdezernent Holger Amsel am Dienstag.",
     "Die Halle bleibt bis zum Frühjahr gesperrt", "Holger Amsel"),
])
def test_a_verbless_so_sentence_frames_the_sentence_before(text, quote, name):
    found = [f for f in analyse(text).statements if text[f.quote[0][0]:f.quote[-1][1]].startswith(quote)]
    assert len(found) == 1 and any(name in text[b:e] for b, e in found[0].speaker_mention), found


@pytest.mark.parametrize("text", [
    "Der Zug kam pünktlich. So ein Glück.",
    "Alle Anträge werden in drei Monaten entschieden. So die Theorie.",
    "Der Bahnhof wird saniert. So weit, so gut.",
])
def test_a_so_sentence_that_names_no_one_frames_nothing(text):
    assert analyse(text).statements == []


# Round 18: a bare singular noun right after "nach" with nothing after it is a manner, no source


@pytest.mark.parametrize("text", [
    "Die Bauarbeiten an der Sarnbrücke laufen nach Plan.",
    "Am Dienstag fuhren die Fähren nach Plan, und der Hafen war wieder offen.",
])
def test_nach_plan_is_a_manner_no_source(text):
    assert analyse(text).statements == []


def test_a_bare_plural_or_an_owned_source_noun_after_nach_stays_a_source():
    assert len(analyse("Nach Polizeiangaben wurde bei dem Brand in Tannwerk niemand verletzt.").statements) == 1
    assert len(analyse("Nach Meinung vieler Fachleute ist der Damm zu niedrig.").statements) == 1
    assert len(analyse("Nach dem Plan des Ministeriums sollen die Schulen im Herbst schließen.").statements) == 1


@pytest.mark.parametrize("text", [
    "Nach Polizeiangabe wurde bei dem Brand in Tannwerk niemand verletzt.",
    "Nach Zeugenaussage flüchtete der Täter zu Fuß.",
    "Nach Expertenmeinung ist der Damm in Tannwerk zu niedrig.",
])
def test_a_bare_singular_source_noun_in_the_prefield_stays_a_source(text):
    assert len(analyse(text).statements) == 1


@pytest.mark.parametrize("text, source", [
    ("Die Landstraße bei Kornbach ist nach Polizeiangabe bis Freitag gesperrt.", "Polizeiangabe"),
    ("Der Einbrecher wurde nach Zeugenaussage noch am Abend gefasst.", "Zeugenaussage"),
    ("Zwei Lagerhallen sind nach Feuerwehrauskunft vollständig abgebrannt.", "Feuerwehrauskunft"),
])
def test_a_compound_source_noun_after_nach_is_a_source_mid_sentence_too(text, source):
    statements = analyse(text).statements
    assert len(statements) == 1
    assert [text[a:b] for a, b in statements[0].speaker_mention] == [source]


@pytest.mark.parametrize("text", [
    "Nach Plan lief in Tannwerk zunächst alles.",
    "Die Busse in Kornbach fahren ab Sonntag wieder nach Fahrplan.",
    "Bei dichtem Nebel flogen die Piloten nur nach Sicht.",
    "Die neue Turnhalle wurde nach Bauplan errichtet.",
])
def test_a_bare_manner_noun_after_nach_is_no_source_wherever_it_stands(text):
    assert analyse(text).statements == []


# round 28 (r28-de-extract): a source phrase inside a subordinate clause frames that clause only; the
# main clause before it is the narrator's (Wikinews annotators mark the clause).
@pytest.mark.parametrize("text, clause, speaker", [
    ("Die Polizei nahm drei Männer fest, unter denen sich nach Einschätzung der Staatsanwaltschaft Kiel auch der Anführer befinden soll.",
     "unter denen sich … auch der Anführer befinden soll", "der Staatsanwaltschaft Kiel"),  # a preposition with its relative
    ("Im Keller lag eine Fliegerbombe, die nicht abtransportiert, jedoch laut Angaben der Feuerwehr gesprengt werden konnte.",
     "die nicht abtransportiert, jedoch … gesprengt werden konnte", "der Feuerwehr"),  # the source later in the clause
    ("Auf der Südautobahn bildete sich ein Stau, weil ein Lastwagen nach Angaben der Asfinag liegen geblieben war.",
     "weil ein Lastwagen … liegen geblieben war", "der Asfinag"),  # a subordinator, the whole verb cluster
    ("Spaziergänger fanden einen Uhu, der dem Tierarzt Jonas Pfeifer zufolge gegen eine Leitung geflogen war.",
     "der … gegen eine Leitung geflogen war", "dem Tierarzt Jonas Pfeifer"),  # the relative is no article of the source
    ("Der Stadtrat beschloss den Haushalt, bei dem es sich laut Kämmerin Ines Habermann um den knappsten handelt, das die Stadt je hatte.",
     "bei dem es sich … um den knappsten handelt, das die Stadt je hatte", "Kämmerin Ines Habermann"),  # and a relative on it
])
def test_source_phrase_in_a_subordinate_clause_frames_that_clause(text, clause, speaker):
    found = statements(text)
    assert [q for _, q, _ in found] == [clause], found
    assert found[0][2].split(" | ")[0] == speaker, found  # (the source phrase as annotators mark it may follow)


def test_source_phrase_set_off_after_a_relative_clause_frames_the_sentence():
    # ", so X" after a relative clause closes the whole report, not the relative clause
    text = "Der Angriff sei eine Strafe für alle, die mit den Feinden paktieren, so der Sprecher der Gruppe."
    found = statements(text)
    assert found and found[0][1].startswith("Der Angriff sei eine Strafe"), found


def test_possessive_source_in_a_relative_clause_frames_that_clause():
    text = "Pfarrer Anton Weiß feiert ein Fest im Klostergarten, in dem seiner Meinung nach zu selten gefeiert wird."
    found = statements(text)
    assert [q for _, q, _ in found] == ["in dem … zu selten gefeiert wird"], found
