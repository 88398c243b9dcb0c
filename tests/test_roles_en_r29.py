"""Round 29 (r29-en-spk): an English role keeps the words that say which office it is.

Whether capitalised words before a role name its owner is decided by the words (names_an_owner);
a body the article names counts only outside the role as written (actors/written.named_elsewhere).
Appositions before a name keep the describing words back to a possessive (extents.owned_role_start).
"""
from __future__ import annotations

import pytest

from extract.actors.extents import owned_role_start
from extract.actors.mentions import parse_phrase
from extract.actors.written import named_elsewhere
from extract.model import Actor


def roles(text: str) -> dict[str, str]:
    from extract.pipeline import extract_article

    return {a.name: a.role.casefold() for a in extract_article(text, lang="en", published="2026-11-18").actors}


@pytest.mark.parametrize("text, name, role", [
    # a portfolio the NER may read as a body, inside a sentence
    ("The regulator questioned Energy minister Talitha Varrow's claim that bills would fall.",
     "Talitha Varrow", "energy minister"),
    # a body the NER reads with the role's own head in it, named later only in lower case
    ("Shire President Gwenda Pollard says the shire will fund a second school bus.",
     "Gwenda Pollard", "shire president"),
    ("According to Emergency Services Commissioner Yusuf Tread, crews will stay until the last fire is out.",
     "Yusuf Tread", "emergency services commissioner"),
    # a company of common words the NER reads as a body is the owner, not a portfolio
    ("Golden Harvest chief executive Ian Moor said the harvest had been poor.", "Ian Moor", "chief executive"),
    # the owner named as a body elsewhere still goes
    ("Drummore Foods will cut 200 jobs, the company said. Drummore chief executive Lysette Haver said "
     "the cuts were unavoidable.", "Lysette Haver", "chief executive"),
    # an apposed role keeps its describing words back to the possessive owner
    ("Drenholm's housing minister, Carys Amber, on Monday said 3,000 homes would be ready by 2029.",
     "Carys Amber", "housing minister"),
    # a portfolio of two words joined by "and" after a place adjective
    ("Valdorian Trade and Industry Minister Ilse Baard said the quota deal was dead.",
     "Ilse Baard", "trade and industry minister"),
    # a general practitioner is a title
    ("Local GP Anneke Winter has warned that the town's only surgery could close within a year.",
     "Anneke Winter", "gp"),
])
def test_english_role_as_written(text, name, role):
    assert roles(text).get(name) == role


def test_a_gp_title_is_no_part_of_the_name():
    from extract.pipeline import extract_article

    ex = extract_article("The island's GP, Dr Mirela Castano, said one patient had been taken to the mainland.",
                         lang="en", published="2026-11-18")
    assert [s.speaker_name for s in ex.statements] == ["Mirela Castano"]


def test_owned_role_start_goes_back_only_to_a_possessive():
    assert owned_role_start(["Drenholm's", "housing", "minister"], 2) == 1
    assert owned_role_start(["Her", "deputy", "chief", "nurse"], 3) == 1
    assert owned_role_start(["backed", "by", "housing", "minister"], 3) == 3  # a clause's words, no owner
    assert owned_role_start(["Drenholm's", "minister"], 1) == 1


def test_named_elsewhere_counts_only_the_text_outside_the_role():
    body = Actor(id="a1", name="Energy", kind="organisation")
    text = "The regulator questioned Energy minister Talitha Varrow's claim."
    assert not named_elsewhere("Energy", "Energy minister", text, [], [body])
    harwell = Actor(id="a2", name="Harwell Motors", kind="organisation")
    text = "Harwell Motors cut jobs. Harwell chief executive Ana Bly said it hurt."
    assert named_elsewhere("Harwell", "Harwell chief executive", text, [], [harwell])


@pytest.mark.parametrize("phrase, written", [
    ("Harriet Voss, director of public health for the county", "director of public health"),
    ("Ana Ruiz, head of research at Kestler", "head of research"),
    ("Ana Ruiz, senior lecturer in hydrology", "senior lecturer in hydrology"),
])
def test_a_second_complement_opens_the_owner(phrase, written):
    assert parse_phrase(phrase, "en").written_role == written


def test_owned_role_start_stops_at_a_clause():
    # (rr29-en-spk) a verb form or a preposition between the possessive and the role is a clause's
    words = ["Drenholm's", "plan", "was", "attacked", "by", "housing", "minister"]
    assert owned_role_start(words, 6) == 6
    words = ["The", "council's", "budget", "was", "backed", "by", "finance", "chief"]
    assert owned_role_start(words, 7) == 7


@pytest.mark.parametrize("text, name, role", [
    # a name in title case before a lower-case role inside a sentence is the owner's (rr29-en-spk)
    ('"We lost our shape," Riverside striker Elif Sandqvist said after the defeat.', "Elif Sandqvist", "striker"),
    ('"We will appeal," Golden Harvest chief executive Ian Moorcroft told reporters.', "Ian Moorcroft",
     "chief executive"),
    # a kind of body with one stray capital is no name: it stays
    ("PORTVELL, May 12 (Reuters) - Chamber of commerce president Li Wen said on Tuesday that the tariff "
     "would cost member firms 40 million crowns a year.", "Li Wen", "chamber of commerce president"),
])
def test_a_name_within_a_sentence_is_the_owner(text, name, role):
    assert roles(text).get(name) == role
