"""Names of bodies read from their grammar (round 30, issue 15): a German association's name keeps
its place after "im"/"an der" with a capitalised adjective ("im Oberen Rüschtal"); an English body's
capitalised name closing in its head noun keeps coordinated and title-like words ("Warehouse and
Logistics Alliance", "Coach Drivers Union"), and a place's possessive before a body is its owner.
All people, places and bodies are invented."""
import pytest

from extract.actors.mentions import parse_phrase
from test_attribution_de import speaker_of


@pytest.mark.parametrize("text,quote,speaker", [
    ("Die Vereinigung der Schafhalter im Hinteren Prättigau fordert mehr Geld. Ohne Zäune sei die Alpung "
     "nicht zu verantworten, teilte die Vereinigung mit.", "Ohne Zäune sei die Alpung",
     "Vereinigung der Schafhalter im Hinteren Prättigau"),
    ("Die Gemeinschaft der Kutterfischer an der Östlichen Boddenküste kritisiert die Quoten. Die Quoten "
     "reichten für keinen Betrieb, sagte die Gemeinschaft der Kutterfischer an der Östlichen Boddenküste am Mittwoch.",
     "Die Quoten reichten für keinen Betrieb", "Gemeinschaft der Kutterfischer an der Östlichen Boddenküste"),
])
def test_an_associations_place_with_a_capitalised_adjective_stays_in_its_name(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize("phrase,name", [
    ("die Vereinigung der Bergbauern im Rüschtal", "Vereinigung der Bergbauern im Rüschtal"),
    ("der Interessengemeinschaft der Anrainer an der Unteren Lobau", "Interessengemeinschaft der Anrainer an der Unteren Lobau"),
])
def test_the_actor_parse_keeps_an_associations_place(phrase, name):
    assert parse_phrase(phrase, "de").entity.name == name


def test_a_place_without_article_or_a_time_is_no_part_of_the_name():
    assert speaker_of("„Wir bleiben dabei“, sagte die Gemeinschaft der Kutterfischer am Montag in Kassel.",
                      "Wir bleiben dabei") == "Gemeinschaft der Kutterfischer"


@pytest.mark.parametrize("phrase,name", [
    ("the Warehouse and Logistics Alliance", "Warehouse and Logistics Alliance"),
    ("The Cleaners and Caterers Alliance's", "Cleaners and Caterers Alliance"),
    ("the Dannerbrook Coach Drivers Union", "Dannerbrook Coach Drivers Union"),
])
def test_an_english_body_run_closing_in_its_head_is_one_name(phrase, name):
    p = parse_phrase(phrase, "en")
    assert p.entity.name == name and not p.role and not p.name


@pytest.mark.parametrize("phrase", ["the Minister for Housing and Local Government", "Coach Ray Dunmore",
                                    "the Marlow County Sheriff's Office"])
def test_a_role_with_its_portfolio_or_a_titled_person_is_no_body_run(phrase):
    p = parse_phrase(phrase, "en")
    assert p.role and not (p.entity and p.entity.name.startswith(("Minister", "Coach")))


def test_a_places_possessive_before_a_body_is_its_owner():
    p = parse_phrase("Lusovia's Office for Civil Security", "en")
    assert (p.entity.name, p.entity.affiliation) == ("Office for Civil Security", "Lusovia")


@pytest.mark.parametrize("phrase", ["Mara Quint and Tenants Union", "Mayor and Council",
                                    "the Chief Constable and Police Federation", "Senator Hale and Farmers Union"])
def test_a_person_coordinated_with_a_body_is_no_body_run(phrase):
    p = parse_phrase(phrase, "en")
    assert not (p.entity and " and " in p.entity.name)


@pytest.mark.parametrize("text,quote", [
    ("Die Vereinigung der Winzer vor dem Landgericht sagte, sie lehne den Vergleich ab.", "sie lehne den Vergleich ab"),
    ("Die Vereinigung der Winzer unter dem Vorsitz Hubers sagte, sie lehne den Vergleich ab.", "sie lehne den Vergleich ab"),
    ("Die Vereinigung der Winzer auf der Messe sagte, sie lehne den Vergleich ab.", "sie lehne den Vergleich ab"),
])
def test_a_common_noun_after_an_der_or_vor_dem_says_where_and_stays_out_of_the_name(text, quote):
    assert speaker_of(text, quote) == "Vereinigung der Winzer"
