"""German statement cues: speech-noun headers, split quotes going on in indirect speech,
Konjunktiv II and past plurals after a report, "wie X, <apposition>, mitteilte". Texts are
invented; people, places and bodies are fictional."""
import pytest

from extract.de.nlp import konjunktiv_two, past_or_konjunktiv
from tests.test_statement_kinds_de import quoted


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker mentions of the statement whose quote contains ``quote`` (None: not found)."""
    hits = quoted(text, quote)
    return hits[0][2] if hits else None


@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Der Landrat Hinnerk Folkerts prüfte am Morgen die Schleusen. "
                 "Sein Fazit: Der Deich halte, solange der Wind nicht drehe.",
                 "Der Deich halte", "Hinnerk Folkerts", id="possessive_header_quotes_the_person_introduced_before"),
    pytest.param("Im Werk wird gestreikt. Die Forderung von Betriebsrätin Jana Wiemer: Die Löhne müssten steigen.",
                 "Die Löhne müssten steigen", "Jana Wiemer", id="header_with_a_von_phrase_names_its_owner"),
    pytest.param("„Wir sind gewappnet“, sagte der Einsatzleiter Timo Brackwede, es stünden genügend Sandsäcke bereit.",
                 "es stünden genügend Sandsäcke bereit", "Timo Brackwede", id="split_quote_goes_on_in_konjunktiv"),
    pytest.param("„In absehbarer Zeit“, so Vorständin Ilka Marwen, wird die Firma ein neues Werk bauen.",
                 "wird die Firma ein neues Werk bauen", "Ilka Marwen", id="fronted_fragment_goes_on_after_so_frame"),
])
def test_speaker_named(text, quote, name):
    assert name in speaker_of(text, quote)


@pytest.mark.parametrize("text,quote", [
    pytest.param("Der Bericht liegt vor. Die Bilanz: 20 Verletzte und hohe Schäden.",
                 "20 Verletzte", id="header_without_owner_or_possessive_is_no_statement_of_anyone"),
    pytest.param("„Wir sind gewappnet“, sagte Timo Brackwede, der seit 2019 die Wehr leitet.",
                 "seit 2019 die Wehr leitet", id="relative_clause_after_the_frame_is_no_continuation"),
    pytest.param("„Wir sind bereit“, sagte Anna Beispiel, lächelte und ging.",
                 "lächelte und ging", id="full_quote_then_second_predicate_is_no_continuation"),
])
def test_no_statement(text, quote):
    assert speaker_of(text, quote) is None


def test_braeuchte_is_konjunktiv_two_and_past_plurals_are_ambiguous():
    assert konjunktiv_two("bräuchten")
    assert past_or_konjunktiv("fehlten") and past_or_konjunktiv("stiegen")
    assert not past_or_konjunktiv("kamen") and not past_or_konjunktiv("wurden")


def test_a_noun_with_the_shape_of_a_konjunktiv_two_is_no_konjunktiv():
    from extract.de.article import Article
    from extract.de.cues import load_cues

    toks = Article("Der Fährmann wartete an der Fähre. Wäre die Strömung schwächer, führe er heute.", load_cues()).toks
    konj = {t.text for t in toks if t.konj}
    assert "Fähre" not in konj and {"Wäre", "führe"} <= konj  # (a verb at the sentence start keeps its mood)


def test_a_report_after_a_sentence_with_such_a_noun_goes_on():
    text = ("Der Schleusenwärter Ubbo Harms erklärte die Sperrung der Fähre. "
            "Ein Leck im Rumpf habe die Überfahrt unmöglich gemacht.")
    assert "Ubbo Harms" in speaker_of(text, "Ein Leck im Rumpf habe")


def test_weak_past_plurals_with_the_infinitives_own_umlaut_are_ambiguous():
    assert past_or_konjunktiv("prüften") and past_or_konjunktiv("zählten") and past_or_konjunktiv("fühlten")
    assert not past_or_konjunktiv("kämen") and not past_or_konjunktiv("lägen")  # the Konjunktiv II's umlaut


def test_umlaut_test_first_and_name_endings_by_endswith():
    from extract.de.nlp import NAME_SHAPE, cheap_tag, name_shape

    assert konjunktiv_two("bräuchte") and konjunktiv_two("stünden")  # (an umlaut and the shape)
    assert not konjunktiv_two("brauchte") and not konjunktiv_two("gründen")  # (no umlaut; an umlaut, not the shape)
    for word in ("Kowalczyk", "Dragović", "Brenner", "Marquardt", "Haus", "Petrov\n", "Tal\n"):
        assert name_shape(word) == bool(NAME_SHAPE.search(word))
    assert cheap_tag("Wrzesnowski") == "NE" and cheap_tag("Vorstandsbeschlussvorlage") == "NN"


def test_past_plural_after_a_konjunktiv_report_is_reported():
    # the report runs on in the Konjunktiv after it (right after a framed report alone, the same
    # form is the narrator's past: tests/test_free_de.py)
    text = ("Die Ärztin Wiebke Harms sagte, die Notaufnahme sei jede Nacht überfüllt. "
            "Patienten warteten oft sechs Stunden auf eine Behandlung. Es fehle an Personal.")
    assert "Wiebke Harms" in speaker_of(text, "Patienten warteten oft sechs Stunden")


def test_past_plural_with_a_time_anchor_is_the_narrator():
    text = ("Die Ärztin Wiebke Harms sagte, die Notaufnahme sei jede Nacht überfüllt. "
            "Am Montag warteten die Patienten sechs Stunden.")
    assert speaker_of(text, "warteten die Patienten") is None


def test_reaction_noun_with_kam_von_introduces_the_speaker_of_the_next_sentence():
    text = "Widerspruch kam von Nationalrätin Corinne Aeberli. Die Vorlage belaste vor allem Familien."
    assert "Corinne Aeberli" in speaker_of(text, "Die Vorlage belaste")


def test_wie_clause_with_apposition_names_the_speaker():
    text = "Wie Lars Vennemann, Sprecher der Stadtwerke Elmsdorf, am Montag mitteilte, steigen die Preise im Mai."
    assert "Lars Vennemann" in speaker_of(text, "steigen die Preise im Mai")


def test_fuer_phrase_names_the_judge_of_a_partial_quote():
    text = "Für die Gesundheitsministerin Katrin Oltmann ist die Lage in den Kliniken „alarmierend“."
    assert "Katrin Oltmann" in speaker_of(text, "alarmierend")


def test_document_of_hiess_es_keeps_the_speaker_before():
    text = ("Der Verkehrsverbund Oberland wies die Vorwürfe zurück. "
            "In einer Stellungnahme hieß es, die Verspätungen lägen an Bauarbeiten der Bahn.")
    who = speaker_of(text, "die Verspätungen lägen an Bauarbeiten")
    assert who is not None and "Verkehrsverbund Oberland" in who and "einer Stellungnahme" in who


@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Verkehrsministerin Ilse Brakemeier stellte den Pendlern eine neue S-Bahn-Linie bis 2029 in Aussicht.",
                 "eine neue S-Bahn-Linie", "Ilse Brakemeier", id="in_aussicht_stellen_with_an_object"),
    pytest.param("Der Oppositionsführer Anselm Grothe hielt der Regierung gebrochene Wahlversprechen vor.",
                 "gebrochene Wahlversprechen", "Anselm Grothe", id="vorhalten_with_an_object"),
    # (the 'rn' flag: only a named subject makes the object a report of words)
    pytest.param("Das milde Wetter stellte den Winzern eine gute Lese in Aussicht.", "eine gute Lese", None,
                 id="no_one_named_no_statement"),
    pytest.param("Landrätin Edda Brunke erachtet den Ausbau der Bahnstrecke als überfällig.", "als überfällig",
                 "Edda Brunke", id="erachten_als"),
    pytest.param("Der Kämmerer Ole Fenske erachtete eine Erhöhung der Grundsteuer für unumgänglich.",
                 "für unumgänglich", "Ole Fenske", id="erachten_fuer"),
    pytest.param("Das Gericht erachtete die Klage als unzulässig.", "die Klage", None, id="erachten_by_a_court_no_statement"),
    # a particle word that opens a noun phrase is a preposition, not the verb's particle (taken only when
    # no later one is found and no other particle ends the clause)
    pytest.param("Staatssekretär Arne Wendt wies vor dem Ausschuss die Vorwürfe zurück.", "die Vorwürfe", "Arne Wendt", id="preposition_vor_inside_the_clause_of_zurueckweisen"),
    pytest.param("Landrätin Ines Vogt schloss sich der Kritik an den Plänen des Kreises an: Die Schule müsse bleiben.", "Die Schule müsse bleiben", "Ines Vogt", id="preposition_an_then_the_particle_an"),
    # (no statement: a preposition with its object, or another particle ends the clause)
    pytest.param("Der Schützenverein Moorbek hielt vor dem Rathaus ein Sommerfest ab.", "ein Sommerfest", None, id="vor_with_its_object_is_no_particle_of_vorhalten"),
    pytest.param("Schulleiter Tom Reinke hielt vor dem Kollegium eine Andacht ab.", "eine Andacht", None, id="another_particle_ends_the_clause"),
    # considering, judging as proven, finding out, calculating: the position or result a speaker gives
    pytest.param("Die Reederei Nordlicht erwägt, die Fährlinie nach Hallig Süderoog einzustellen.", "die Fährlinie nach Hallig Süderoog einzustellen", "Reederei Nordlicht", id="erwaegen_with_zu_clause"),
    pytest.param("Bürgermeisterin Petra Wolff erwog eine Klage gegen den Bescheid.", "eine Klage gegen den Bescheid", "Petra Wolff", id="erwaegen_with_an_object"),
    # (the noun is no cue)
    pytest.param("Nach reiflicher Erwägung blieb das Museum am Montag geschlossen.", "das Museum", None, id="erwaegung_noun_is_no_cue"),
    pytest.param("Das Schiedsgericht sah es als erwiesen an, dass der Verein gegen die Regeln verstoßen habe.", "dass der Verein gegen die Regeln verstoßen habe", "Schiedsgericht", id="als_erwiesen_ansehen"),
    # (without "als" it is looking; with an object and no clause, finding out is no statement)
    pytest.param("Die Besucher sahen sich die Ausstellung am Sonntag an.", "die Ausstellung", None, id="ansehen_without_als_is_looking"),
    pytest.param("Die Kinder fanden den Weg zum Hof allein heraus.", "den Weg", None, id="herausfinden_with_an_object_is_no_statement"),
    # ruling out, offering, turning down, applying for, admitting, hinting: the object is what was said
    pytest.param("Die Sozialdezernentin Margit Halbach schloss eine Schließung der Notunterkunft aus.", "eine Schließung der Notunterkunft", "Margit Halbach", id="ausschliessen_past"),
    pytest.param("Weitere Entlassungen schloss Werksleiter Gunnar Pahl am Donnerstag nicht aus.", "Weitere Entlassungen", "Gunnar Pahl", id="ausschliessen_object_fronted_negated"),
    pytest.param("Landrätin Ute Brinkmann bot den Gemeinden einen runden Tisch zur Kreisumlage an.", "einen runden Tisch", "Ute Brinkmann", id="anbieten_with_a_dative_plural_addressee"),
    pytest.param("Der Vereinschef Timo Kessler bot dem Investor eine Pacht auf zwanzig Jahre an.", "eine Pacht auf zwanzig Jahre", "Timo Kessler", id="anbieten_with_a_dative_addressee"),
    pytest.param("Die Klägerin Ina Vossberg schlug den angebotenen Vergleich aus.", "den angebotenen Vergleich", "Ina Vossberg", id="ausschlagen"),
    pytest.param("Die Verteidigerin Anke Lübbers beantragte eine Bewährungsstrafe für ihren Mandanten.", "eine Bewährungsstrafe", "Anke Lübbers", id="beantragen_in_court"),
    # (offering goods to no one is trade; expelling someone "aus der Partei" is no ruling out)
    pytest.param("Die Bäckerin Lene Harms bietet seit dem Frühjahr glutenfreies Brot an.", "glutenfreies Brot", None, id="anbieten_goods_without_an_addressee"),
    pytest.param("Der Vorsitzende Bernd Falke schloss die Abweichler aus der Fraktion aus.", "die Abweichler", None, id="ausschliessen_aus_der_fraktion_is_expelling"),
    # (a body's motion is an act; a plea in court is a person's words)
    pytest.param("Die Fraktionen von Bürgerliste und Grünen beantragten eine Sondersitzung des Bauausschusses.", "eine Sondersitzung", None, id="beantragen_by_bodies_is_a_motion"),
    # (ruled out by no one: an assessment; a subject's relative clause before the verb is no content of it)
    pytest.param("Es gilt als ausgeschlossen, dass der Pegel bis Freitag weiter steigt.", "dass der Pegel", None, id="es_gilt_als_ausgeschlossen"),
    pytest.param("Der Chorleiter Henrik Saalfeld hat ausgeschlossen, dass das Konzert ausfällt.", "dass das Konzert ausfällt", "Henrik Saalfeld", id="ausschliessen_with_a_dass_clause"),
])
def test_reported_speech_verbs_with_an_object_particles_and_judgements(text, quote, name):
    found = speaker_of(text, quote)
    assert (found is None) if name is None else (name in (found or ""))


# motions and proposals a person puts forward (a needed noun also as a compound's head); a body's motion
# and a harvest brought in are no words: id -> (text, quote, speaker or None)
MOTIONS = {
    "stellen_antrag_compound": ("Die Stadträtin Ilka Moor stellte am Abend einen Dringlichkeitsantrag zur Schulbuslinie.",
                                "Dringlichkeitsantrag zur Schulbuslinie", "Ilka Moor"),
    "einbringen_entwurf_compound": ("Der Abgeordnete Jannik Voss brachte einen Gesetzentwurf zur Mietpreisbremse ein.",
                                    "Gesetzentwurf zur Mietpreisbremse", "Jannik Voss"),
    "ins_spiel_bringen": ("Bürgermeister Edgar Lenz brachte eine Fusion mit der Nachbargemeinde ins Spiel.",
                          "eine Fusion mit der Nachbargemeinde", "Edgar Lenz"),
    "stellen_antrag_by_a_body": ("Die Fraktion der Linken stellte einen Antrag auf Akteneinsicht.", "Akteneinsicht", None),
    "einbringen_without_a_motion": ("Der Landwirt Karl Huber brachte am Samstag die Ernte ein.", "die Ernte", None),
    # (a named party passes the named-subject check; only the person check keeps its motion out)
    "einbringen_by_a_named_party": ("Die FDP brachte einen Gesetzentwurf zur Mietpreisbremse ein.",
                                    "Gesetzentwurf zur Mietpreisbremse", None),
}


@pytest.mark.parametrize("case", sorted(MOTIONS))
def test_motions_and_proposals_a_person_puts_forward(case):
    text, quote, name = MOTIONS[case]
    found = speaker_of(text, quote)
    assert (found is None) if name is None else (name in (found or ""))



def speaker_name(text: str, quote: str) -> str | None:
    """The resolved speaker name of the statement whose quote holds ``quote`` (None: not found)."""
    from extract.pipeline import extract_article

    hits = [s for s in extract_article(text, lang="de").statements if quote in s.quote_text]
    return hits[0].speaker_name if hits else None


# a name in the genitive before a claim noun owns it ("Holger Brinks Sorge, dass …"); "Warnung vor";
# "Antrag" with a content clause; "durchblicken lassen"; "ins Feld führen", "als Grund anführen".
# None: no statement at all.
CUE_CASES = [
    ("Vereinschef Holger Brinks Sorge, dass der Sportplatz verkauft werde, teilen viele Mitglieder.",
     "dass der Sportplatz verkauft werde", "Holger Brink"),
    ("Kämmerin Jutta Pohls Vorschlag, die Grundsteuer zu erhöhen, fand im Rat keine Mehrheit.",
     "die Grundsteuer zu erhöhen", "Jutta Pohl"),
    ("Der Kassenwart Bodo Rieck teilte die Sorge, dass das Geld nicht reiche.",  # (an article: no owner before)
     "dass das Geld nicht reiche", "Bodo Rieck"),
    ("Die Warnung des Wetterdienstes Kessin vor Glatteis auf den Brücken kam am Abend.",
     "Glatteis auf den Brücken", "Wetterdienst Kessin"),
    ("Die Warnungen der Ärztekammer Nordhain vor einem Engpass bei Impfstoffen blieben ungehört.",
     "einem Engpass bei Impfstoffen", "Ärztekammer Nordhain"),
    ("Die Warnung des Ministers vor zwei Wochen blieb ohne Folgen.", "zwei Wochen", None),
    ("Der Antrag der Wählergemeinschaft Kessin, die Sperrstunde aufzuheben, scheiterte im Rat.",
     "die Sperrstunde aufzuheben", "Wählergemeinschaft Kessin"),
    ("Der Antrag, den die Firma Holzmann gestellt hat, wird im Mai geprüft.", "wird im Mai geprüft", None),
    ("Ministerin Eva Kahlert hat durchblicken lassen, dass sie nicht erneut antritt.",
     "dass sie nicht erneut antritt", "Eva Kahlert"),
    ("Der Nebel ließ kaum etwas von der Küste durchblicken.", "von der Küste", None),
    ("Stadtrat Björn Lehmkuhl führte die hohen Kosten der Sanierung ins Feld.",
     "die hohen Kosten der Sanierung", "Björn Lehmkuhl"),
    ("Die Anwältin Greta Vossberg führte die schwierige Kindheit ihres Mandanten als Grund an.",
     "die schwierige Kindheit ihres Mandanten", "Greta Vossberg"),
    ("Als Spitzenkandidat führt Uwe Brandtner die Liste der Partei an.", "die Liste der Partei", None),
    # a header whose owner is no one named keeps its words from the one named before ("" = unattributed)
    ("Bürgermeister Kai Rehmann verteidigte die Umgehungsstraße. Die Sorge der Anwohner: Der Verkehr werde trotzdem zunehmen.",
     "Der Verkehr werde trotzdem zunehmen", ""),
    ("Landrätin Ute Brenner lobte den neuen Fahrplan. Die Befürchtung vieler Pendler: Die Busse kämen abends zu selten.",
     "Die Busse kämen abends zu selten", ""),
    ("Landrätin Ute Brenner lobte den neuen Fahrplan. Ihre Hoffnung: Mehr Pendler stiegen auf den Bus um.",
     "Mehr Pendler stiegen auf den Bus um", "Ute Brenner"),
    ("Die Forderung der Landesarmutskonferenz ist klar: Das Wohngeld müsse steigen.",  # (a body: the owner speaks)
     "Das Wohngeld müsse steigen", "Landesarmutskonferenz"),
]


@pytest.mark.parametrize("text,quote,name", CUE_CASES)
def test_claim_owner_warning_motion_and_hint_cues(text, quote, name):
    assert speaker_name(text, quote) == name


# "A, so <speech verb> X, B": a frame opened by "so" after the first field, the clause's verb after it;
# the sentence around the frame is what was said, the frame is not
def test_so_frame_inside_an_indicative_clause():
    hits = quoted("Der Umbau, so kündigte Bauamtsleiterin Heike Sauter an, beginnt im Mai.", "beginnt im Mai")
    assert len(hits) == 1 and "Heike Sauter" in hits[0][2]
    assert hits[0][1].startswith("Der Umbau") and "kündigte" not in hits[0][1]


def test_so_frame_after_a_time_phrase_keeps_both_sides():
    text = "Im Herbst, so erklärte Schulrätin Britta Lohse, sollen die Container wieder verschwinden."
    kind, quote, speaker = quoted(text, "sollen die Container wieder verschwinden")[0]
    assert "Britta Lohse" in speaker and "Im Herbst" in quote and "erklärte" not in quote


def test_so_schien_es_is_no_frame():
    assert quoted("Das Wetter war, so schien es, besser als erwartet.", "besser als erwartet") == []


@pytest.mark.parametrize("text,quote", [
    pytest.param("Biologen der Universität Kellberg fanden heraus, dass Stare die Lieder ihrer Nachbarn nachahmen.",
                 "dass Stare die Lieder ihrer Nachbarn nachahmen", id="herausfinden_dass"),
    pytest.param("Der Hotelverband Ostsee errechnete, dass jeder Gast am Tag 120 Euro ausgibt.",
                 "dass jeder Gast am Tag 120 Euro ausgibt", id="errechnen_dass"),
])
def test_findings_with_a_content_clause_are_statements(text, quote):
    assert speaker_name(text, quote) is not None


# a clause of condition or time last in the sentence belongs to the cue's own clause: the statement is the
# whole report, not the condition; in the Konjunktiv I the condition is the speaker's words; first in the
# content it opens what was said. (text, words of the quote, speaker, kind)
CONDITION_CASES = [
    ("Landrat Uwe Senk forderte eine Sondersitzung des Kreistags, falls die Umlage steigen sollte.",
     "Uwe Senk forderte eine Sondersitzung des Kreistags, falls", "Uwe Senk", "reported"),
    ("Bürgermeisterin Petra Wolff erwog eine Klage gegen das Land, falls die Zuschüsse gekürzt werden sollten.",
     "Petra Wolff erwog eine Klage gegen das Land, falls", "Petra Wolff", "reported"),
    ("Bürgermeister Jan Moll kündigte sein Veto an, falls der Entwurf nicht geändert werde.",
     "falls der Entwurf nicht geändert werde", "Jan Moll", "indirect"),
    ("Oberstaatsanwältin Ina Brehm warf dem Bauunternehmer vor, seit 2019 Vorschriften verletzt zu haben.",
     "seit 2019 Vorschriften verletzt zu haben", "Ina Brehm", "indirect"),
    ("Der Kämmerer Jens Brück sagte, sobald die Steuerschätzung vorliege, gebe es einen Nachtragshaushalt.",
     "sobald die Steuerschätzung vorliege, gebe es", "Jens Brück", "indirect"),
]


@pytest.mark.parametrize("text,words,name,kind", CONDITION_CASES)
def test_condition_clause_is_content_only_in_the_konjunktiv_one(text, words, name, kind):
    hits = quoted(text, words)
    assert [(k, name in who) for k, _, who in hits] == [(kind, True)]


def test_a_purpose_clause_is_no_content_of_the_verb_before():
    # ", um … zu …" says why, never what was said: the report is the whole sentence
    text = ("Bürgermeisterin Jana Hoff hatte eine Sperrung zunächst ausgeschlossen, nachdem sie Gutachter geschickt "
            "hatte, um die Brücke zu prüfen.")
    found = quoted(text, "um die Brücke zu prüfen")
    assert len(found) == 1 and "eine Sperrung" in found[0][1] and "Jana Hoff" in found[0][2]
    text = "Landrat Egon Weiß forderte mehr Geld vom Land, um die Schulen zu sanieren, und kündigte eine Klage an."
    assert all(not q.startswith("um die Schulen") for _, q, _ in statements_of(text))


def statements_of(text: str):
    from tests.test_statement_kinds_de import statements
    return statements(text)


SPOKE = "Die Intendantin Mara Veit sprach vor dem Ensemble. Das Haus sei gerettet, sagte sie. "


@pytest.mark.parametrize("text,quote,name", [
    # "…, sagte er. Später schloss er X aus.": who has just spoken goes on, for a verb that needs a named subject
    ("Kämmerer Olaf Brink wich der Frage aus. Eine Erhöhung sei nicht geplant, sagte er. Später schloss er eine "
     "Erhöhung der Grundsteuer dann doch nicht aus.", "eine Erhöhung der Grundsteuer", "Olaf Brink"),
    (SPOKE + "Danach bot sie dem Kulturausschuss einen Besuch der Proben an.", "einen Besuch der Proben", "Mara Veit"),
    (SPOKE + "Danach schloss er eine Schließung aus.", "eine Schließung", None),  # (another pronoun: someone else)
])
def test_a_pronoun_speaker_goes_on_with_the_same_pronoun(text, quote, name):
    assert speaker_name(text, quote) == name


def test_the_subjects_relative_clause_is_no_content_of_the_verb_after_it():
    text = "Die Bürgerinitiative Auenwald, deren Mitglieder seit Jahren protestiert hatten, schloss jeden Kompromiss aus."
    assert all("Kompromiss" not in who for _, _, who in quoted(text, "deren Mitglieder"))


def test_a_prepositional_relative_clause_of_the_subject_is_no_content_of_the_verb_after_it():
    # "…, auf deren Listen … hatten, schloss …": the relative clause describes the subject, nobody said it
    text = "Die Linkspartei, auf deren Listen mehrere Gewerkschafter kandidiert hatten, schloss eine Koalition aus."
    assert quoted(text, "kandidiert hatten") == []


@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Reederin Frauke Olland hat den Verkauf von zwei Frachtern bestätigt.", "Verkauf von zwei Frachtern",
                 "Frauke Olland", id="bestaetigen_with_a_noun_object"),
    pytest.param("Am Montag meldete Klinikchef Bernd Aschoff einen Rekord bei den Geburten.", "Rekord bei den Geburten",
                 "Bernd Aschoff", id="melden_with_a_noun_object"),
    pytest.param("Nach der Sitzung verkündete Vereinspräsidentin Uta Kerner den Abschied vom alten Stadion.",
                 "Abschied vom alten Stadion", "Uta Kerner", id="verkuenden_with_a_noun_object"),
    pytest.param("Personalrätin Mia Ostrowski droht mit einer Beschwerde beim Ministerium.", "Beschwerde beim Ministerium",
                 "Mia Ostrowski", id="drohen_mit"),
])
def test_a_telling_verb_with_a_named_subject_reports_its_noun_object(text, quote, name):
    assert name in speaker_of(text, quote)


@pytest.mark.parametrize("text", [
    pytest.param("Tüftler Jens Rabe meldete im Frühjahr ein Patent für seinen Dämmstoff an.", id="an_melden_is_no_report"),
    pytest.param("Die Sonne meldete sich am Nachmittag zurück.", id="no_named_subject"),
])
def test_a_telling_verbs_stem_with_another_particle_reports_nothing(text):
    assert speaker_of(text, text.split()[-2]) is None


def test_a_quotation_standing_alone_is_the_speakers_whom_das_sagte_names():
    """"„…“ Das sagte X.": one statement, the direct quotation, with X as its speaker."""
    text = "„Wir bauen keine Luftschlösser.“ Das sagte die Leiterin des Bauamts, Greta Vollmer, am Freitag in Ahlbeck."
    hits = quoted(text, "Wir bauen keine Luftschlösser")
    assert [(kind, "Greta Vollmer" in who) for kind, _, who in hits] == [("direct", True)]


def test_das_sagte_after_a_sentence_of_reported_speech_keeps_it_as_content():
    text = "Die Brücke bleibe bis Juni gesperrt. Das sagte Bauamtsleiterin Greta Vollmer am Freitag."
    assert "Greta Vollmer" in speaker_of(text, "Die Brücke bleibe bis Juni gesperrt")


@pytest.mark.parametrize("text", [
    pytest.param("Landrat Peter Kunz meldete sich am Abend zu Wort.", id="zu_wort"),
    pytest.param("Zu Wort meldete sich danach auch Kapitän Luca Stiegler.", id="inverted"),
    pytest.param("Torhüterin Lisa Berg hat sich am Montag krank gemeldet.", id="perfect"),
])
def test_a_reflexive_sich_is_no_object_that_melden_reports(text):
    """"meldete sich zu Wort": "sich" stands where the reported noun object would, and nothing was said."""
    assert quoted(text, "") == []


def test_melden_with_a_noun_object_after_the_subject_stays_reported():
    # near miss: an inverted named subject, then the noun object
    text = "Am Montag meldete Klinikchef Bernd Aschoff einen Rekord bei den Geburten."
    assert [kind for kind, _, _ in quoted(text, "Rekord bei den Geburten")] == ["reported"]



# verbs of agreeing, deciding and deliberating: their zu-infinitive or dass complement is what was agreed,
# decided or considered (data/cues_de.tsv, round 17); with an object alone they say nothing.
# (text, words of the quote, a word of the speaker; None: no statement holds the words)
COMPLEMENT_VERB_CASES = [
    ("Die Tarifparteien der Gebäudereinigung haben sich geeinigt, die Mindestlöhne ab März anzuheben.", "die Mindestlöhne ab März anzuheben", "Tarifparteien"),
    ("Die Kreistagsfraktionen in Wendhausen einigten sich darauf, dass die Müllgebühren stabil bleiben.", "dass die Müllgebühren stabil bleiben", "Kreistagsfraktionen"),
    ("Der Vorstand der Sparkasse Oberlenz denkt darüber nach, drei Filialen auf dem Land zu schließen.", "drei Filialen auf dem Land zu schließen", "Vorstand"),
    ("Die Gemeinde Brunnthal vereinbarte mit dem Zweckverband, die Kläranlage bis 2028 zu erneuern.", "die Kläranlage bis 2028 zu erneuern", "Gemeinde Brunnthal"),
    ("Die Intendantin Ruth Kallweit hat sich entschlossen, die Oper im Sommer unter freiem Himmel zu spielen.", "die Oper im Sommer unter freiem Himmel zu spielen", "Ruth Kallweit"),
    ("Die Stadtwerke Harsfeld beabsichtigen, den Strompreis zum Jahreswechsel zu senken.", "den Strompreis zum Jahreswechsel zu senken", "Stadtwerke Harsfeld"),
    ("Bürgermeister Lasse Ohm überlegt, im Herbst erneut für das Amt zu kandidieren.", "im Herbst erneut für das Amt zu kandidieren", "Lasse Ohm"),
    ("Die Verhandler einigten sich nach zwölf Stunden auf einen Kompromiss.", "Kompromiss", None),
    ("Die beiden Vereine vereinbarten ein Freundschaftsspiel im August.", "Freundschaftsspiel", None),
    ("Der Torwart überlegte kurz und spielte den Ball dann zurück.", "Ball", None),
    ("Die Wanderer einigten sich schnell.", "Wanderer", None),
]


@pytest.mark.parametrize("text,words,name", COMPLEMENT_VERB_CASES)
def test_agreeing_and_deciding_verbs_take_their_complement_as_the_statement(text, words, name):
    hits = quoted(text, words)
    if name is None:
        assert hits == []
    else:
        assert hits and name in hits[0][2]
