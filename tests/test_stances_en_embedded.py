"""English positions whose clause sits inside a longer sentence or is spread over two (round 23):
the speaker's own body named by her title, a reason clause after the main one, a relative clause
between a judging verb's object and its judgement, a dash aside, an "it" a vote or a "said … of X"
names, and a speaker described first and named in the next sentence. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances, read_en  # (the one reader of the English tests)

pytest.importorskip("spacy")


def article(text):
    """(speaker, stances) of each statement of an English article."""
    from extract.pipeline import extract_article

    read_en("", "")  # (skips without a trained English pipeline)
    return [(s.speaker_name, {k: v for k, v in s.stance.items() if v})
            for s in extract_article(text, lang="en", published="2026-03-02").statements]


def positions_of(text, speaker):
    return {k: v for name, stance in article(text) if name == speaker for k, v in stance.items()}


@pytest.mark.parametrize("text, speaker, stance", [
    # her title names the body "the trust", "the group", "the chamber" stands for
    ("The chief executive of Harrowdene Health, Dr Sara Lane, said the trust would never close the maternity unit.",
     "Sara Lane", ("maternity unit", 1)),
    ('The chief executive of Harrowdene Health, Dr Sara Lane, said the trust would "under no circumstances" close '
     "the maternity unit.", "Sara Lane", ("maternity unit", 1)),
    ("Nadia Fell, chief executive of the Tarnwick Hauliers' Association, says the group is not opposed to the "
     "congestion charge.", "Nadia Fell", ("congestion charge", 1)),
    ("Greenwater Bay Residents Association president Lorna Fitz says the group isn't opposed to the new marina.",
     "Lorna Fitz", ("marina", 1)),
    # a pledge of the speaker's own group
    ("Opposition leader Ferris Dale said his group would scrap the parking levy if it won control of the council.",
     "Ferris Dale", ("parking levy", -1)),
])
def test_the_speakers_own_body_as_the_subject_of_her_words(text, speaker, stance):
    assert stance in en_stances(text, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Growers' leader Ivo Drum said the organisation of tour operators opposed the ferry levy.", "Ivo Drum"),
    ("The chief executive of Harrowdene Health, Dr Sara Lane, said the trust would publish its plans for the "
     "maternity unit in June.", "Sara Lane"),
])
def test_another_body_or_a_plan_stays_no_position_of_hers(text, speaker):
    assert en_stances(text, speaker) == set()


@pytest.mark.parametrize("text, speaker, target", [
    # a tie to the body that is no office in it: she reports its position ("a critic of" is her own stance on it)
    ("Analyst Pia Hurd, a former adviser to the Tarnwick Hauliers' Association, says the group is not opposed to "
     "the congestion charge.", "Pia Hurd", "congestion charge"),
    ("Nadia Fell, a critic of the Tarnwick Hauliers' Association, says the group is not opposed to the congestion "
     "charge.", "Nadia Fell", "congestion charge"),
    # the body named inside what a clause says of the ones she represents, not the body she represents
    ("Lawyer Ben Orme, who represents residents suing the council, said the council would never drop the road scheme.",
     "Ben Orme", "road scheme"),
])
def test_a_body_she_only_reports_on_lends_her_no_position(text, speaker, target):
    assert target not in {t for t, _ in en_stances(text, speaker)}


@pytest.mark.parametrize("text, speaker, stance", [
    ("Marisol Quenby called the new pay scale, which would put nurses on £31,200 from April, a slap in the face.",
     "Marisol Quenby", ("pay scale", -1)),
    ("Marisol Quenby called the new pay scale, which starts in April, a disgrace.", "Marisol Quenby", ("pay scale", -1)),
    ('KANSAS CITY, Mo. (AP) — Union leader Marcus Ebo called the proposed pay scale, which would put new hires on '
     'four tiers, "a slap in the face to every driver who kept this city moving."', "Marcus Ebo", ("pay scale", -1)),
])
def test_a_relative_clause_between_the_judged_object_and_its_judgement(text, speaker, stance):
    assert stance in en_stances(text, speaker)


def test_the_target_phrase_leaves_out_its_relative_clause():
    stances = read_en("Marisol Quenby called the new pay scale, which starts in April, a disgrace.", "Marisol Quenby")
    assert [s.phrase for s in stances] == ["the new pay scale"]


@pytest.mark.parametrize("text, speaker, stance", [
    ('Shareholders will vote on the merger with Corriban Dairy on June 9. "I won\'t be voting for it," said '
     "Agnes Tramore.", "Agnes Tramore", ("merger", -1)),
    ('Plans for a student tower were lodged in January. "It\'s the right building in the right place, and we\'ll '
     'be writing in to support it," said Imelda Stone.', "Imelda Stone", ("student tower", 1)),
    ('"We won\'t be backing it," said opposition spokesman Hugh Rennie of the proposed congestion charge.',
     "Hugh Rennie", ("congestion charge", -1)),
])
def test_an_it_named_by_the_vote_before_or_by_said_of(text, speaker, stance):
    assert stance in positions_of(text, speaker).items()


@pytest.mark.parametrize("text, speaker, thing", [
    ('"I oppose it," said the owner of the bakery, Rita Moss.', "Rita Moss", "bakery"),
    ('"We will fight it all the way," said the head of the sailing club, Rita Moss.', "Rita Moss", "sailing club"),
])
def test_the_of_of_her_role_names_no_it(text, speaker, thing):
    assert thing not in positions_of(text, speaker)


@pytest.mark.parametrize("text, speaker, stance", [
    # a reason clause after the main one: "a week" hung on "after"
    ("WELLINGTON, March 3 (Reuters) - Harbour commissioner Teodora Ring on Tuesday came out against the proposed "
     "deep-water berth, a week after the port's board endorsed it.", "Teodora Ring", ("deep-water berth", -1)),
    # described first, named next: a first name the parser cut off, "one of", a "who" clause
    ("A senior paramedic has warned against the closure of the minor injuries unit. Owen Pritchard-Vayle, who has "
     "worked for the ambulance service for 22 years, said the nearest alternative was already stretched.",
     "Owen Pritchard-Vayle", ("minor injuries unit", 1)),
    ("One of the town's longest-serving councillors has come out in favour of the floating solar farm. Bernadette "
     "Tosh, a Liberal councillor since 1998, said the panels would cover a tenth of the water.",
     "Bernadette Tosh", ("floating solar farm", 1)),
    ('A cane grower who lost half his crop to the floods says he will fight the proposed water levy "every step of '
     'the way". Mick Durran told a public meeting that growers were being asked to pay twice.',
     "Mick Durran", ("water levy", -1)),
    ("A retired fire chief who spent 30 years in the service says he will oppose the merger of the two stations. "
     "Brian Holt told the Gazette the response times would double.", "Brian Holt", ("merger", -1)),
    # a dateline the parser made the root
    ("HELENA, Mont. (AP) — State Sen. Dale Reyes called Thursday for an end to the wolf cull, saying ranchers had "
     "other ways to protect their herds.", "Dale Reyes", ("wolf cull", -1)),
    ("OAKHALLOW (Reuters) - Joan Rees, leader of the opposition Tannick Party, pledged on Saturday to abolish the "
     "garden waste charge if her party wins next year's elections.", "Joan Rees", ("garden waste charge", -1)),
])
def test_a_position_in_a_longer_text_keeps_its_speaker(text, speaker, stance):
    assert stance in positions_of(text, speaker).items()


def test_a_dash_aside_is_no_object_of_the_clause():
    stances = read_en("Sheriff Dana Orlov strongly supports the new speed cameras — a purchase the board has delayed "
                      "twice — and urged commissioners to approve them.", "Dana Orlov")
    assert "purchase" not in {s.target for s in stances}


@pytest.mark.parametrize("text", [
    "A senior council officer has set out the timetable for the leisure centre review. Tom Hale said bids would open "
    "in May.",
    "The pay scale, which would put nurses on £31,000, was published by the trust on Friday.",
])
def test_narration_and_plans_stay_without_a_position(text):
    assert not any(stance for _, stance in article(text))


@pytest.mark.parametrize("text, other", [
    ("A woman who lives near the planned quarry says she will fight it. Her neighbour, Jan Odell, disagrees.", "Jan Odell"),
    ("A senior paramedic has warned against the ambulance cuts. His colleague, Owen Pritchard, said the cuts were "
     "needed.", "Owen Pritchard"),
])
def test_a_person_named_by_her_relation_to_the_described_one_is_someone_else(text, other):
    # ("Her neighbour", "His colleague": the next sentence names another person, not the one described)
    assert ("quarry", -1) not in positions_of(text, other).items()
    assert ("ambulance cut", -1) not in positions_of(text, other).items()
