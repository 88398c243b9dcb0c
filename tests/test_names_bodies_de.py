"""German names and speaking bodies as agency texts write them (issue 15, point 2): the noun
phrase of a name ends before a dative object ("sagte Thalberg den Zeitungen"), initials keep
their dot, Iberian compound surnames stay whole, and a body named by an acronym, an adjective
name or a generic institution noun speaks for itself. All people, places and bodies are invented."""
import pytest

from test_attribution_de import speaker_of


@pytest.mark.parametrize("text,quote,speaker", [
    ("Die Landrätin Mira Tallberg hat gewarnt. „Die Lage ist ernst“, sagte Tallberg den Zeitungen der Nordpresse.",
     "Die Lage ist ernst", "Mira Tallberg"),
    ("„Die Lage ist ernst“, sagte Jonas Wehrle zu Journalisten in Lahrfeld.", "Die Lage ist ernst", "Jonas Wehrle"),
    ("„Die Lage ist ernst“, sagte Ruud van den Akker den Reportern.", "Die Lage ist ernst", "Ruud van den Akker"),
    ("„Die Lage ist ernst“, sagte Ines zu Hallwyl zu Reportern.", "Die Lage ist ernst", "Ines zu Hallwyl"),
    ("„Die Lage ist ernst“, sagte Omar al-Rashed Reportern in Genf.", "Die Lage ist ernst", "Omar al-Rashed"),
    ("„Die Lage ist ernst“, sagte Ilka M. Brandhorst der Nachrichtenagentur.", "Die Lage ist ernst", "Ilka M. Brandhorst"),
])
def test_a_name_ends_before_the_dative_object_of_the_cue(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    ("Die Staatssekretärin Ilka M. Brandhorst sagte, die Mittel seien gesichert.", "die Mittel seien gesichert",
     "Ilka M. Brandhorst"),
    ("„Die Mittel sind gesichert“, sagte Tiago da Rocha Mendes am Montag.", "Die Mittel sind gesichert",
     "Tiago da Rocha Mendes"),
])
def test_initials_and_compound_surnames_stay_in_the_name(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    ("Der VKW erklärte, die Netze seien marode.", "die Netze seien marode", "VKW"),
    ("Die Feuerwehr teilte mit, der Brand sei gelöscht.", "der Brand sei gelöscht", "Feuerwehr"),
    ("Das Rote Kreuz warnte, die Blutkonserven würden knapp.", "die Blutkonserven würden knapp", "Rotes Kreuz"),
    ("Die Gemeinde Obertal erklärte, das Freibad bleibe geschlossen.", "das Freibad bleibe geschlossen", "Gemeinde Obertal"),
])
def test_a_body_as_cue_subject_is_the_speaker(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_a_capitalised_word_no_name_stays_no_speaker():
    assert speaker_of("Der Dokumentarfilm zeigte, die Lage sei ernst.", "die Lage sei ernst") in ("", None)


@pytest.mark.parametrize("text,quote,speaker", [
    ("„Die Wartezeiten sind zu lang“, so die Leiterin der Notaufnahme, Wiebke Harmsen.", "Die Wartezeiten sind zu lang",
     "Wiebke Harmsen"),
    ("„Die Sammlung bleibt hier“, sagte der Direktor des Museums, der Historiker Arne Wollbrecht.", "Die Sammlung bleibt hier",
     "Arne Wollbrecht"),
    ("„Die Saison war gut“, sagte der Obmann des Tourismusverbands im Lahrtal, Georg Pfisterer, am Freitag.",
     "Die Saison war gut", "Georg Pfisterer"),
])
def test_the_name_apposed_to_a_role_phrase_is_the_speaker(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,marker", [
    ("Halle (Saale) (dpa) - Die Ministerin sagte das.", "Halle (Saale) (dpa) - "),
    ("Mülheim an der Ruhr (dpa/lnw) - Die Ministerin sagte das.", "Mülheim an der Ruhr (dpa/lnw) - "),
    ("Neustadt a.d. Weinstraße (dpa) - Die Ministerin sagte das.", "Neustadt a.d. Weinstraße (dpa) - "),
    ("Lausanne (awp/sda) - Die Ministerin sagte das.", "Lausanne (awp/sda) - "),
])
def test_datelines_of_places_with_several_words_and_more_agencies(text, marker):
    from extract.de.datelines import agency_markers
    assert [text[b:e] for b, e in agency_markers(text)] == [marker]


@pytest.mark.parametrize("text,quote,speaker", [
    ("Laut Statistischem Bundesamt stiegen die Preise um drei Prozent.", "stiegen die Preise um drei Prozent",
     "Statistisches Bundesamt"),
    ("Nach Angaben des Kantonalen Steueramts sanken die Einnahmen.", "sanken die Einnahmen", "Kantonales Steueramt"),
])
def test_a_body_is_named_in_the_nominative(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_the_gender_of_an_institution_noun_comes_from_its_ending():
    from extract.actors.inflection import gender_of, nominative_body
    assert [gender_of(w) for w in ("Landesamt", "Wetterdienst", "Kantonspolizei")] == ["n", "m", "f"]
    assert nominative_body(["Städtischen", "Feuerwehr"]) == "Städtische Feuerwehr"
    assert nominative_body(["Anna", "Fischamt"]) == ""  # no adjective before the noun


# German bodies as speakers, round 7 (issue 15): a "-rat" compound that is no person's title names
# a council; capitalised adjectives and the name after an institution noun stay in the body's name,
# in the nominative; a short form in brackets names its body later; "der Konzern" never refers back
# to a company nobody named; "der Landesvater" describes the person of that gender named before. All people, places and bodies are invented.
@pytest.mark.parametrize("text,quote,speaker", [
    ("Der Landesschulrat hat die Ferien verlängert. Die Schulen blieben zu, teilte der Landesschulrat mit.",
     "Die Schulen blieben zu", "Landesschulrat"),
    ("Der Gemeinderat von Obertal tagte. Das Freibad bleibe offen, erklärte der Gemeinderat.",
     "Das Freibad bleibe offen", "Gemeinderat"),
    # a title stays a person: no Landrat named before, so no speaker
    ("In Obertal fehlen Busfahrer. Der Landrat sagte, man suche dringend Personal.", "man suche dringend Personal", ""),
    # one capitalised word after a definite article that names no one describes someone named before
    ("Der Ministerpräsident Jan Rosen hat die Flutopfer besucht. Der Landesvater versprach, niemand werde alleingelassen.",
     "niemand werde alleingelassen", "Jan Rosen"),
    ("Der Vorsitzende des Mieterbundes, Uwe Rahn, kritisiert die Stadt. Der Mieterschützer sagte, die Mieten stiegen zu schnell.",
     "die Mieten stiegen", "Uwe Rahn"),
    # a description of someone no one named: no speaker, and never a person called "Brandschützer"
    ("In Obertal brennt ein Wald. Der Brandschützer sagte, der Wind drehe.", "der Wind drehe", ""),
    ("Die Ministerin Eva Stahl hat gewarnt. Der Landesvater sagte, das Land sei vorbereitet.", "das Land sei vorbereitet", ""),
])
def test_a_council_is_a_body_a_title_or_description_someone_named_before(text, quote, speaker):
    assert (speaker_of(text, quote) or "") == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    ("Laut dem Statistischen Landesamt Westmark stieg die Zahl der Geburten.", "stieg die Zahl der Geburten",
     "Statistisches Landesamt Westmark"),
    ("Nach Angaben des Deutschen Wetterdienstes Süd wird es stürmisch.", "wird es stürmisch", "Deutscher Wetterdienst Süd"),
    ("Die Unabhängige Wählergemeinschaft Obertal lehnt das ab. Das Geld fehle, erklärte die Wählergemeinschaft.",
     "Das Geld fehle", "Unabhängige Wählergemeinschaft Obertal"),
])
def test_adjectives_and_name_after_the_institution_stay_in_the_name(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_a_short_form_in_brackets_names_its_body():
    text = ("Die Nordbahner Verkehrs AG (NVAG) erhöht die Preise. Die Erhöhung sei unvermeidlich, teilte die NVAG mit.")
    assert speaker_of(text, "Die Erhöhung sei unvermeidlich") == "Nordbahner Verkehrs AG"


def test_the_company_noun_keeps_no_speaker_when_no_company_was_named():
    text = "Ein großer Stahlkonzern will zwei Werke schließen. Der Konzern erklärte, die Werke rechneten sich nicht."
    assert not speaker_of(text, "die Werke rechneten sich nicht")


def test_a_surname_in_the_genitive_before_a_source_noun_is_the_speaker():
    text = ("Der Kreishandwerksmeister Jörg Lindner schlägt Alarm. Nach Lindners Einschätzung fehlen im Kreis "
            "500 Fachkräfte.")
    assert speaker_of(text, "fehlen im Kreis 500 Fachkräfte") == "Jörg Lindner"


@pytest.mark.parametrize("text,quote,speaker", [
    ("Die Polizei Obertal sucht Zeugen. Der Täter sei etwa 30 Jahre alt, teilten die Beamten mit.",
     "Der Täter sei etwa 30 Jahre alt", "Polizei Obertal"),
    ("Die Stadtverwaltung Lahrfeld hat den Markt abgesagt. Die Sicherheit gehe vor, teilte die Stadt mit.",
     "Die Sicherheit gehe vor", "Stadtverwaltung Lahrfeld"),
    ("Die Supermarktkette Frischland schließt 40 Filialen. Die Standorte seien nicht rentabel, teilte die Kette mit.",
     "Die Standorte seien nicht rentabel", "Frischland"),
    # no body named before: no speaker
    ("In Obertal ist ein Mann überfallen worden. Der Täter sei etwa 30 Jahre alt, teilten die Beamten mit.",
     "Der Täter sei etwa 30 Jahre alt", ""),
])
def test_members_of_a_body_speak_for_the_body_named_before(text, quote, speaker):
    assert (speaker_of(text, quote) or "") == speaker


def test_a_party_member_noun_is_the_person_of_that_party_named_before():
    text = ("Die Gesundheitsministerin Eva Moser (Grüne) und der Ärztekammerpräsident Josef Huber haben sich "
            "getroffen. Danach sagte die Grüne, man sei sich nähergekommen.")
    assert speaker_of(text, "man sei sich nähergekommen") == "Eva Moser"


@pytest.mark.parametrize("text,quote,speaker", [
    # a name of its own after the type noun: one that links its words with a preposition, one that
    # opens with a body noun; the type noun still refers back to the body
    ("Die Initiative Bürger gegen Bahnlärm hat Einspruch erhoben. Die Messungen seien veraltet, "
     "erklärte die Initiative am Freitag.", "Die Messungen seien veraltet", "Bürger gegen Bahnlärm"),
    ("Der Dachverband Landfrauenverband Wesermarsch hat Alarm geschlagen. Viele Höfe fänden keine "
     "Nachfolger, teilte der Verband mit.", "Viele Höfe fänden keine Nachfolger", "Landfrauenverband Wesermarsch"),
    # one that opens with a capitalised preposition, in the subject after the verb and before it
    ("Die Züge kämen zu selten, kritisierte der Fahrgastverband Pro Regionalbahn Kessin am Montag.",
     "Die Züge kämen zu selten", "Pro Regionalbahn Kessin"),
    ("Der Tierschutzverein Pro Igel Nordhain warnte am Montag, die Auffangstationen seien voll.",
     "die Auffangstationen seien voll", "Pro Igel Nordhain"),
    # near miss: a plain name after the type noun keeps the noun in the name (extract/README.md)
    ("Die Gewerkschaft Nahverkehr Ostsee hat zum Streik aufgerufen. Die Löhne seien zu niedrig, "
     "erklärte die Gewerkschaft.", "Die Löhne seien zu niedrig", "Gewerkschaft Nahverkehr Ostsee"),
])
def test_a_body_name_of_its_own_after_a_type_noun_stands_alone(text, quote, speaker):
    assert speaker_of(text, quote) == speaker



def test_a_medium_after_the_speaker_of_an_inverted_frame_is_told_it():
    # after the verb, "der" + a medium is whom an unnamed speaker told: no speaker, not the medium
    told = {"„Das Eis ist zu dünn“, sagte eine Bergführerin der Nachrichtenagentur SNA.": "Das Eis ist zu dünn",
            "„Die Keller stehen unter Wasser“, sagte ein Anwohner der Lokalzeitung.": "Die Keller stehen unter Wasser"}
    assert [speaker_of(text, quote) for text, quote in told.items()] == ["", ""]
    # near miss: a name in apposition after the medium's name: the phrase describes that person
    assert speaker_of("„Wir drucken weiter“, sagte der Chefredakteur der Tageszeitung Talbote, Henner Gottschalk.",
                      "Wir drucken weiter") == "Henner Gottschalk"



# (text, quote, speaker): body names by the round-13 convention (extract/README.md, "a kind of body")
# and surnames that open with a particle; each group ends with a near miss the rule must leave alone
BODY_EXTENT_CASES = [
    # a club or association compound and a civic body keep their type noun; the bare noun goes
    ("Der Anglerverein Silbersee Brakhorst lehnt das Bootsverbot ab. Die Fische litten nicht unter den Booten, "
     "erklärte der Verein am Sonntag.", "Die Fische litten nicht", "Anglerverein Silbersee Brakhorst"),
    ("Die Wählergruppe Freie Köpfe Lindau kritisiert den Haushalt. Die Stadt spare an der falschen Stelle, "
     "teilte die Wählergruppe mit.", "an der falschen Stelle", "Wählergruppe Freie Köpfe Lindau"),
    ("Der Verein Quellgrund sammelt Spenden. Man brauche noch 20.000 Euro, teilte der Verein Quellgrund mit.",
     "Man brauche noch 20.000 Euro", "Verein Quellgrund"),
    # a spokesperson speaks for the body with its place or canton; a role "von" a place stays a person's
    ("Der Brand sei gelöscht, sagte ein Sprecher der Feuerwehr von Santa Lúcia am Abend.",
     "Der Brand sei gelöscht", "Feuerwehr von Santa Lúcia"),
    ("Die Ermittlungen dauerten an, teilte die Staatsanwaltschaft des Kantons Hornbach mit.",
     "Die Ermittlungen dauerten an", "Staatsanwaltschaft des Kantons Hornbach"),
    ("Das Wasser sei wieder sauber, teilte das Amt für Umwelt des Kantons Hornbach am Freitag mit.",
     "Das Wasser sei wieder sauber", "Amt für Umwelt des Kantons Hornbach"),
    ("Die Ministerin von Lorvana, Ana Quintela, sagte, die Grenze bleibe offen.", "die Grenze bleibe offen", "Ana Quintela"),
    # a body named in the genitive is named in the nominative, with its place
    ("Wie ein Sprecher des Polizeireviers Nordtor mitteilte, wurde niemand verletzt.", "wurde niemand verletzt",
     "Polizeirevier Nordtor"),
    ("Nach Angaben des Roten Halbmonds Qaredia sind 300 Familien ohne Obdach.", "sind 300 Familien ohne Obdach",
     "Roter Halbmond Qaredia"),
    # describing company nouns go
    ("Der Logistiker Karrenberg teilte mit, das Lager werde erweitert.", "das Lager werde erweitert", "Karrenberg"),
    ("Die Hausverwaltung Wohnbau Ostpark erklärte, die Heizung laufe wieder.", "die Heizung laufe wieder", "Wohnbau Ostpark"),
    # "Abu" and "af" open a surname: the later short form is the person named in full before
    ("„Wir brauchen Zeit“, sagte Karim Abu Sahra in Genf. Abu Sahra bat um Geduld.", "bat um Geduld", "Karim Abu Sahra"),
    ("Die Reederin Maja af Lindhult warnte vor Verspätungen. Die Häfen seien voll, sagte af Lindhult.",
     "Die Häfen seien voll", "Maja af Lindhult"),
    ("„Die Lage ist ruhig“, sagte Abu Hamdan am Montag.", "Die Lage ist ruhig", "Abu Hamdan"),
]


def test_body_names_and_particle_surnames_have_their_written_extent():
    for text, quote, speaker in BODY_EXTENT_CASES:
        assert speaker_of(text, quote) == speaker, text


@pytest.mark.parametrize("text,quote,speaker", [
    ("Nach dem Unfall am Wehr hat die Wasserschutzpolizei Lenzhafen Ermittlungen aufgenommen. Die Behörde erklärte, "
     "der Schleusenwärter sei befragt worden.", "der Schleusenwärter sei befragt worden", "Wasserschutzpolizei Lenzhafen"),
    ("Gegen die Genehmigung hat der Fischereiverband Ostmoor Klage erhoben. Der Verband teilte mit, die Laichplätze "
     "seien bedroht.", "die Laichplätze seien bedroht", "Fischereiverband Ostmoor"),
    ("Am Dienstag hat das Veterinäramt Brückenau Proben in zwölf Ställen genommen. Ein Sprecher des Amts sagte, "
     "mit Ergebnissen sei im Mai zu rechnen.", "mit Ergebnissen sei im Mai zu rechnen", "Veterinäramt Brückenau"),
])
def test_a_bare_object_noun_after_a_bodys_place_name_is_no_part_of_the_name(text, quote, speaker):
    """hat die Behörde X <Objekt> <Partizip>: the noun after the place name is the clause's object."""
    assert speaker_of(text, quote) == speaker


def test_a_bodys_name_that_ends_in_a_known_noun_keeps_it_before_a_prepositional_phrase():
    """'die Gewerkschaft Pflege Süd zum Streik': the last name word stays (its word before is a common noun)."""
    text = "Am Montag hat die Gewerkschaft Pflege Süd zum Warnstreik aufgerufen. Die Gewerkschaft erklärte, die Löhne seien zu niedrig."
    assert speaker_of(text, "die Löhne seien zu niedrig") == "Gewerkschaft Pflege Süd"


def test_a_compass_word_after_a_bodys_place_name_stays_in_the_name():
    """'die Stadtwerke Neustadt Süd die Pläne': "Süd" is a known noun after an unknown place name, but the
    district of the name, not the clause's object (near miss of the bare object noun above)."""
    text = "Am Montag kritisierten die Stadtwerke Neustadt Süd die Pläne. Die Stadtwerke erklärten, die Preise seien zu niedrig."
    assert speaker_of(text, "die Preise seien zu niedrig") == "Stadtwerke Neustadt Süd"


# ---- the span of a body's name (round 16): particles in a genitive, a name closed by "für alle"
BODY_SPANS = {
    # a Romance name with "del" in a genitive attribute, and after "die" alone
    "Partido del Mar": "Die Forderung der Partei Partido del Mar blieb ohne Antwort. "
                       "Man werde „nicht nachgeben“, erklärte dessen Sprecherin.",
    "Liga del Campo": "Die Bauern unterstützen die Liga del Campo. Die Preise seien „ruinös“, teilte die Liga del Campo mit.",
    # a body's name that ends in "für alle" (an association's noun is its type and stays: round 22)
    "Verein Musik für alle": "Der Verein Musik für alle bietet kostenlose Kurse an. Es gebe „lange Wartelisten“, erklärte der Verein.",
    # "für alle" after a known organisation is the object, not its name
    "Verdi": "Die Gewerkschaft Verdi fordert für alle Beschäftigten mehr Geld. Das sei „überfällig“, sagte ein Sprecher.",
}


@pytest.mark.parametrize("name, text", BODY_SPANS.items())
def test_a_body_name_keeps_its_particles_and_a_closing_fuer_alle(name, text):
    quote = text.split("„")[1].split("“")[0]
    assert speaker_of(text, quote) == name, text


def test_a_place_after_a_body_names_list_of_nouns_stays_in_the_name():
    from extract.actors import parse_phrase
    assert parse_phrase("der Gewerkschaft Glas und Keramik Nordheide", "de").entity.name \
        == "Gewerkschaft Glas und Keramik Nordheide"
    apposed = parse_phrase("die Gewerkschaft Glas und Keramik, Jana Ohm", "de")
    assert (apposed.entity.name, apposed.name) == ("Gewerkschaft Glas und Keramik", ["Jana", "Ohm"])


@pytest.mark.parametrize("phrase,name", [
    # "Verein" is the body's type and stays in its name (extract/README.md, "a kind of body"; round 22)
    ("der Verein Freunde und Förderer Lindenau", "Verein Freunde und Förderer Lindenau"),
    ("der Verein Tafel und Teller", "Verein Tafel und Teller"),
    ("der Verein Idris", "Verein Idris"),
])
def test_a_clubs_name_after_verein_keeps_its_und(phrase, name):
    from extract.actors import parse_phrase
    assert parse_phrase(phrase, "de").entity.name == name


def test_a_clubs_list_of_nouns_stops_before_an_apposition():
    from extract.actors import parse_phrase
    p = parse_phrase("der Verein Tafel und Teller, Jana Ohm", "de")
    assert (p.entity.name, p.name) == ("Verein Tafel und Teller", ["Jana", "Ohm"])


# ---- round 22: a body's name is the longest with its type word kept; a name beside a role beats the role
@pytest.mark.parametrize("phrase,name", [
    ("die Bürgerinitiative Hafenufer für alle", "Bürgerinitiative Hafenufer für alle"),
    ("des Vereins Freunde des Schlossparks Irlenbach", "Verein Freunde des Schlossparks Irlenbach"),
    ("die Genossenschaft Wohnen am Quellbach", "Genossenschaft Wohnen am Quellbach"),
    ("der Kreisverband Sprötzingen der Partei für Ortsgestaltung", "Kreisverband Sprötzingen der Partei für Ortsgestaltung"),
    ("der Obstbauernverband Mittelgrat", "Obstbauernverband Mittelgrat"),  # no role "Mittelgrat"
    ("die Gewerkschaft Flugbegleiter Nord", "Gewerkschaft Flugbegleiter Nord"),
    ("der Warndienst Oberes Fennachtal", "Warndienst Oberes Fennachtal"),
    # near misses: a describing noun still goes, a name of its own opening with "Pro" stands alone
    ("das Hilfswerk Brot für Morgen", "Brot für Morgen"),
    ("der Energiekonzern Idris Power", "Idris Power"),
])
def test_a_bodys_name_keeps_its_type_word_and_its_whole_extent(phrase, name):
    from extract.actors import parse_phrase
    assert parse_phrase(phrase, "de").entity.name == name


@pytest.mark.parametrize("text,quote,speaker", [
    ("„Die Fahrrinne ist zu flach“, sagte sein Vorgesetzter, Hafenmeister Olaf Brandes.", "Die Fahrrinne ist zu flach", "Olaf Brandes"),
    ("„Das ist kein Angebot“, sagte Christa Molitor von der Arbeitgeberseite.", "Das ist kein Angebot", "Christa Molitor"),
    ("„Das ist kein Angebot“, sagte Karl von der Heide.", "Das ist kein Angebot", "Karl von der Heide"),  # near miss
    ("Der Tierschutzverein Felsreuth und Umgebung, der das Heim betreibt, hat einen Aufnahmestopp verhängt. "
     "Die Plätze seien voll, teilte der Verein mit.", "Die Plätze seien voll", "Tierschutzverein Felsreuth und Umgebung"),
    ("Der Rettungsdienst Unteres Lahnfeld hat seine Wachen verstärkt. Die Einsatzzeiten seien zu lang gewesen, "
     "hieß es in einer Mitteilung des Rettungsdienstes.", "Die Einsatzzeiten", "Rettungsdienst Unteres Lahnfeld"),
    # near misses: a body and a person joined by "und", a time word after the name
    ("Die Kosten seien zu hoch, sagten der Verein Seeblick und Bürgermeister Jan Roth.", "Die Kosten", "Verein Seeblick"),
    ("Die Ausstellung sei eröffnet, teilte der Verein Kulturwerk am Montag mit.", "Die Ausstellung", "Verein Kulturwerk"),
    # a place or genitive after a proper name is the clause's, not the name's; another name after "und" is another body
    ("Das Fest sei gesichert, teilte der Verein Seeblick im Rathaus mit.", "Das Fest", "Verein Seeblick"),
    ("Das Fest sei gesichert, teilte der Verein Seeblick am Rande der Sitzung mit.", "Das Fest", "Verein Seeblick"),
    ("Das Fest sei gesichert, sagte der Verein Seeblick im Gespräch mit Reportern.", "Das Fest", "Verein Seeblick"),
    ("Die Kosten seien zu hoch, sagten der Verein Seeblick und Greenpeace.", "Die Kosten", "Verein Seeblick"),
    # … while a name of common nouns goes on over its place and its genitive
    ("Die Genossenschaft Wohnen im Gründel kritisiert die Stadt. Die Mieten würden steigen, erklärte die Genossenschaft.",
     "Die Mieten", "Genossenschaft Wohnen im Gründel"),
    ("Der Verein Freunde der Stadtbücherei Hallbach warnt vor Kürzungen. Die Öffnungszeiten seien zu knapp, "
     "teilte der Verein mit.", "Die Öffnungszeiten", "Verein Freunde der Stadtbücherei Hallbach"),
])
def test_a_name_beside_a_role_or_a_bodys_type_is_the_speaker(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    # an article-less genitive plural after the body's noun is part of its name
    ("Der Bundesverband mittelständischer Holz- und Sägewerke teilte mit, die Preise seien gestiegen.",
     "die Preise seien gestiegen", "Bundesverband mittelständischer Holz- und Sägewerke"),
    ("Der Zentralverband deutscher Dachdecker warnte, die Betriebe fänden keine Lehrlinge.",
     "die Betriebe fänden keine Lehrlinge", "Zentralverband deutscher Dachdecker"),
    # a genitive after an association's noun the tagger read as a name
    ("Der Förderverein der Grundschule Lindenhof teilte mit, das Fest falle aus.", "das Fest falle aus",
     "Förderverein der Grundschule Lindenhof"),
    # a listed noun that ends in a body's word, when the body's place closes the list
    ("Die Gewerkschaft Handel und Banken Süd hat Warnstreiks angekündigt.", "Warnstreiks", "Gewerkschaft Handel und Banken Süd"),
    ("Der Mieterverband Haus und Heim Seeland sprach von „Wucher“.", "Wucher", "Mieterverband Haus und Heim Seeland"),
    # a named body's plural noun as written, not the institution's canonical singular
    ("Die Kreiskliniken Obermoor teilten mit, die Station schließe im Mai.", "die Station schließe im Mai", "Kreiskliniken Obermoor"),
    ("Die Landesforsten Wehrtal wollen Fichten fällen. Sie verweisen auf den Käferbefall.", "auf den Käferbefall",
     "Landesforsten Wehrtal"),
    # after "den" an "-en" on a singular body noun is the plural's, not the dative's
    ("Laut den Kreiskliniken Obermoor fehlen Pflegekräfte.", "fehlen Pflegekräfte", "Kreiskliniken Obermoor"),
    # a council with the place that says which, and the council noun alone after it
    ("Der Stadtrat von Rimmelsweil sprach sich gegen die Seilbahn aus.", "gegen die Seilbahn", "Stadtrat von Rimmelsweil"),
    ("Der Regierungsrat des Kantons Tellwald lehnt die Initiative ab.", "die Initiative", "Regierungsrat des Kantons Tellwald"),
    ("Der Gemeinderat von Flachsenbeck lehnte den Vorschlag am Montag ab. Später teilte der Gemeinderat mit, man "
     "wolle neu verhandeln.", "man wolle neu verhandeln", "Gemeinderat von Flachsenbeck"),
    # the place that closes a body's name before its relative clause
    ("Unterstützt wird der Plan vom Aktionsbündnis Saubere Luft Kellbach, das seit Jahren Unterschriften sammelt. "
     "Laut dem Bündnis ist das «ein Anfang».", "ein Anfang", "Aktionsbündnis Saubere Luft Kellbach"),
    # what follows a body's name and is none of it: a time after "vom", the clause's object at its end
    ("Die Partei Neustart Ost tritt an. „Wir sind bereit“, heißt es in einer Erklärung der Partei Neustart Ost vom Montag.",
     "Wir sind bereit", "Neustart Ost"),
    ("Nach einem Unfall sucht die Polizeiinspektion Kellhafen Zeugen. Der Fahrer sei „nur leicht verletzt“ worden, "
     "sagte ein Sprecher der Behörde.", "nur leicht verletzt", "Polizeiinspektion Kellhafen"),
    # a body's name in quotation marks after its noun
    ("Die Bürgerinitiative „Grünes Moor“ warnt, dass die Straße das Moor zerschneide.", "dass die Straße das Moor zerschneide",
     "Bürgerinitiative Grünes Moor"),
    # a spokesperson's body in the genitive, in the nominative, with its branch's place
    ("Es fehlten die Fachkräfte, sagte ein Sprecher des Sozialwerks Lahnhöhen am Donnerstag.", "Es fehlten die Fachkräfte",
     "Sozialwerk Lahnhöhen"),
    ("„Die Zahl der Bedürftigen steigt“, sagte eine Sprecherin der Caritas Wendhald.", "Die Zahl der Bedürftigen steigt",
     "Caritas Wendhald"),
])
def test_a_bodys_name_runs_over_its_genitive_list_and_place(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.xfail(strict=True, reason="the phrase keeps any strong adjective (de/phrases.genitive_adjective), the "
                   "entity reader only those with a known stem (actors/mentions._genitive_adjectives_end): "
                   "'Pflegedienste' (r23-de-names; base gave 'Bundesverband')")
@pytest.mark.parametrize("text,quote,speaker", [
    ("„Das ist ein Skandal“, sagte ein Sprecher des Bundesverbands privater Pflegedienste.", "Skandal",
     "Bundesverband privater Pflegedienste"),
    ("Der Bundesverband kleiner und mittlerer Brauereien teilte mit, die Preise seien gestiegen.", "die Preise",
     "Bundesverband kleiner und mittlerer Brauereien"),
])
def test_a_genitive_plural_with_a_plain_adjective_stays_with_its_body(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    ("Der Verein Kulturbühne und Stadtverwaltung einigten sich. Die Vorstellung finde statt, teilte der Verein "
     "Kulturbühne mit.", "Die Vorstellung finde statt", "Verein Kulturbühne"),
    ("Der Landrat von Wildachtal, Peter Engel, lehnte die Pläne ab.", "die Pläne", "Peter Engel"),
    ("Der Stadtrat der Bürgerliste, Hans Kessler, sagte, die Kosten seien zu hoch.", "die Kosten seien zu hoch", "Hans Kessler"),
    ("Den Landesforsten Wehrtal zufolge sind die Fichten krank.", "sind die Fichten krank", "Landesforste Wehrtal"),
    # a body's noun in the singular in the list is a second body, even when a place closes the list
    ("Der Verein Kulturbühne und Stadtverwaltung Kellau einigten sich. Die Vorstellung finde statt, teilte der Verein "
     "Kulturbühne mit.", "Die Vorstellung finde statt", "Verein Kulturbühne"),
    ("Das Diakonische Werk Lahnau und das Diakonische Werk Hessen warnten. Die Lage sei ernst, teilte das "
     "Diakonische Werk mit.", "Die Lage sei ernst", "Diakonisches Werk"),
])
def test_a_bodys_name_takes_no_second_body_and_no_dative_plural(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_an_accented_first_name_opens_a_name_in_apposition():
    text = ("Die Chefin der Hafenbehörde von Puerto Calmo, María Fernández Ortega, hat den Streik kritisiert. "
            "Fernández Ortega sprach von einer „Erpressung der Region“.")
    assert speaker_of(text, "Erpressung der Region") == "María Fernández Ortega"
