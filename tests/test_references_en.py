"""English references across sentences with more than one candidate in play (round 24): genders the
text shows (a resolved pronoun, "X and his/her N"), a person read from the parse ("her neighbour X",
"X, chief of staff to …"), who spoke in the sentence before, and a role two holders could be meant by.
All names are invented; the texts are not those of the eval files."""
import pytest

from extract.en.nlp import is_trained, load_english
from test_speakers_en import speakers

pytestmark = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")

CASES = [
    # a resolved "she" passes a later "he" by; "her neighbour X" is a person
    ("Kezia Morland and her neighbour Dorian Fell have fought the quarry plan for two years. She believes the council "
     "will give way. He is less sure. 'They never listen,' he said.", {"the council will give way": "Kezia Morland",
                                                                        "They never listen": "Dorian Fell"}),
    # "X and his sister": he is the first conjunct
    ("Fenwick Aldous and his sister, Brianna Aldous, took over the farm shop in 2020. Sales have fallen since. 'Costs "
     "are up,' she says. He is more hopeful. The shop, he says, will survive.", {"Costs are up": "Brianna Aldous",
                                                                                 "The shop … will survive": "Fenwick Aldous"}),
    # a name with a role apposed is a person, and the subject, after a dateline
    ("DUBLIN, March 3 (Reuters) - Ciaran Mulvey, adviser to Transport Minister Orla Breen, stepped down on Tuesday. He "
     "said in a statement that he had acted properly. She told the Dail later that an audit would follow.",
     {"he had acted properly": "Ciaran Mulvey", "an audit would follow": "Orla Breen"}),
    # the one who spoke in the sentence before, not the subject of its subordinate clause
    ("Although Orrin Blackwood had offered to sell the mill to the town, Finance Director Piet Carrow told councillors "
     "that the town had no money. He said the budget had been cut by a third.",
     {"the budget had been cut by a third": "Piet Carrow"}),
    # a role two holders could be meant by names no one ...
    ("Two judges heard the appeal on Monday: the senior judge, Aldo Fenner, and the junior judge, Corin Vell. Fenner "
     "said the ruling would come soon.\n\nBoth left the court without comment. Later, the judge told reporters that the "
     "case was closed.", {"the case was closed": None}),
    # ... but the holder named just before is meant
    ("The finance minister, Osric Penn, and the transport minister, Wilma Doyle, opened the bridge on Monday. Penn said "
     "the project had come in on budget. The minister added that tolls would not rise.", {"tolls would not rise": "Osric Penn"}),
    # a gender only a resolved "she" gave picks between candidates but leaves no lone one out ("she" may be the teacher)
    ("Tamsin Orrell met the head teacher on Monday. She said the school would stay open. 'I am relieved,' Orrell "
     "said. Later he added: 'We will keep watching.'", {"We will keep watching": "Tamsin Orrell"}),
    # a quote after the colon of a sentence about a person, the parser rooting the sentence in the quote
    ("Anselm Orrey and Odile Brame disagree about the levy. Ms Brame supports it. Mr Orrey worries about the cost: "
     "\"Nobody can pay this twice.\"", {"Nobody can pay this twice": "Anselm Orrey"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_references_with_two_candidates_in_play(text, expected):
    said = speakers(text)
    assert {quote: said.get(quote, "missed") for quote in expected} == expected


# a message or paper someone else wrote, read out before the colon: the quote is not the reader's
OTHERS_WORDS = [
    ("Ilse Marrow chaired the meeting. She read out the message from Tobin Reece: \"I cannot attend, but I back the "
     "motion.\"", "I cannot attend, but I back the motion", "Ilse Marrow"),
    ("Councillor Ilse Marrow read out the letter from the tenants' association: \"We have been ignored for years.\"",
     "We have been ignored for years", "Ilse Marrow"),
    ("Garrick Toms quoted the statement by the ministry: \"All depots will reopen on Monday.\"",
     "All depots will reopen on Monday", "Garrick Toms"),
]


@pytest.mark.parametrize("text,quote,reader", OTHERS_WORDS)
def test_others_words_after_a_colon_are_not_the_readers(text, quote, reader):
    assert speakers(text).get(quote) != reader


def test_own_words_after_a_colon_stay_the_subjects():
    said = speakers("Mr Dunmore worries about the cost: \"Nobody can pay this twice.\"")
    assert said.get("Nobody can pay this twice") == "Dunmore"
