"""German bodies as speakers, round 7 (issue 15): a "-rat" compound that is no person's title names
a council; capitalised adjectives and the name after an institution noun stay in the body's name,
in the nominative; a short form in brackets names its body later; "der Konzern" never refers back
to a company nobody named; "der Landesvater" describes the person of that gender named before. All people, places and bodies are invented."""
import pytest

from test_attribution_de import speaker_of


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
