"""Round 28 (r28-changes): references across articles that the position-change chain broke on:
a role after its holder's company or place in the possessive, a body by its lower-case common noun,
a compound role with the company's name, and money for a thing or building it before a later "the project"."""
from extract.model import Actor


def test_a_role_after_an_owner_in_the_possessive_is_the_known_holder_of_that_place():
    from extract.actors.across import speaker_of_mention

    ceo = Actor("e1", "Marguerite Ellacott", kind="person", role="Chief executive", affiliation="Harrowgate Ferries")
    text = "Harrowgate's chief executive told analysts that she now supported the fuel surcharge."
    at = text.index("Harrowgate's")
    assert speaker_of_mention("Harrowgate's chief executive", [], [ceo], text, at) == "e1"
    # another company's chief executive: nobody known
    other = "Kessington's chief executive said she opposed the fuel surcharge."
    assert speaker_of_mention("Kessington's chief executive", [], [ceo], other, 0) is None


def test_a_council_office_in_the_possessive_is_the_councillor_of_that_place():
    from extract.actors.across import speaker_of_mention

    wendt = Actor("w1", "Tomasz Wendt", kind="person", role="Councillor", affiliation="Ashby Vale")
    text = "Ashby Vale's council leader said he now backed the workplace parking levy."
    assert speaker_of_mention("Ashby Vale's council leader", [], [wendt], text, 0) == "w1"
    assert speaker_of_mention("Dunmere's council leader", [], [wendt], text.replace("Ashby Vale", "Dunmere"), 0) is None
    # a bare "the council leader" (no place): a councillor's title names no office of any council (rr28-changes)
    bare = "Dunmere council will vote on the levy. The council leader said he backed the workplace parking levy."
    at = bare.index("The council leader")
    assert speaker_of_mention("The council leader", [], [wendt], bare, at, lambda aid: {"workplace parking levy"}) is None


def test_a_body_named_by_its_lower_case_noun_is_the_one_known_body_of_that_name():
    from extract.actors.across import speaker_of_mention

    chamber = Actor("c1", "Tallowfield Chamber of Trade", kind="organisation")
    text = "The chamber of trade has turned against the Sunday market."
    spoke = lambda aid: {"Sunday market"} if aid == "c1" else set()  # noqa: E731
    assert speaker_of_mention("The chamber of trade", [], [chamber], text, 0, spoke) == "c1"
    # nothing in the article agrees (no target it spoke on): no guess
    assert speaker_of_mention("The chamber of trade", [], [chamber], "The chamber of trade met.", 0, spoke) is None
    # two known chambers of that name: which?
    two = [chamber, Actor("c2", "Kelby Chamber of Trade", kind="organisation")]
    assert speaker_of_mention("The chamber of trade", [], two, text, 0, lambda aid: {"Sunday market"}) is None


def test_a_compound_role_with_the_company_name_is_the_same_office_as_one_with_a_word_for_any_company():
    from extract.actors.across import match_actor

    known = Actor("k1", "Lavinia Stratmann-Quirl", kind="person", role="Konzernchefin", affiliation="Konzern")
    named = Actor("x", "Stratmann-Quirl", kind="person", role="Korvantis-Chefin", affiliation="Korvantis")
    assert match_actor(named, [known]) == "k1"
    # a body of its own before the head: another office
    works = Actor("x", "Stratmann-Quirl", kind="person", role="Betriebsratschefin")
    assert match_actor(works, [known]) is None
    # two company names: two companies
    other = Actor("k2", "Lavinia Stratmann-Quirl", kind="person", role="Kodara-Chefin", affiliation="Kodara")
    assert match_actor(named, [other]) is None


def test_money_for_a_thing_or_building_it_names_that_thing_for_a_later_project():
    import pytest

    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import topic_before

    if not is_trained(load_english()):
        pytest.skip("needs the trained English pipeline")
    assert "cycle bridge" in topic_before("Funding for the Carrow Point cycle bridge was approved on Monday. ")
    assert "dam" in topic_before("Construction of the Granite Creek dam began in May. ")
