"""English agency epithets of a company as the speaker of a cue after the clause that names it
("…, the Frankfurt-based lender said"; round 28, actors/body_speakers.py and en/bodies.py
taken_up_companies). Every text is invented: fictional companies, people and places."""
import pytest

from extract.actors.body_speakers import epithet_noun
from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article


@pytest.mark.parametrize("phrase,noun", [
    ("the Frankfurt-based lender", "lender"),
    ("the Norwegian ferry operator", "operator"),
    ("the family-run company", "company"),
    ("the company", "company"),
    ("the rival airline", None),          # another body
    ("the parent company", None),
    ("the country's largest lender", "lender"),  # a common noun's possessive describes
    ("the sport's governing body", "body"),
    ("the Kestrel's bank", None),  # a named owner
    ("a lender", None),                   # not definite
    ("the council", None),                # no company noun
    ("the lenders", None),
    ("the Unite union", None),            # the body's own name, no epithet
    ("the Anglo-Dutch group", "group"),
])
def test_epithet_noun(phrase, noun):
    assert epithet_noun(phrase, "en") == noun
    assert epithet_noun(phrase, "de") is None


trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def speakers(text):
    ex = extract_article(text, lang="en")
    return {s.quote_text: s.speaker_name for s in ex.statements}


def speaker_of(text, piece):
    found = [name for quote, name in speakers(text).items() if piece in quote]
    assert found, speakers(text)
    return found[0]


@trained
@pytest.mark.parametrize("text,piece,speaker", [
    # an epithet with a city: no body of its own, the bank named before it
    ("Kestermann Bank plans to close 40 branches, the Frankfurt-based lender said on Wednesday.",
     "close 40 branches", "Kestermann Bank"),
    # a place adjective and a kind, after a dateline; a foreign name the NER does not read
    ("OSLO, Nov 3 (Reuters) - Brellvik Ferjer will cut two daily sailings on its Bergstad route, "
     "the Norwegian ferry operator said on Tuesday.", "cut two daily sailings", "Brellvik Ferjer"),
    ("PARIS, Feb 17 (Reuters) - Veloria Energie will raise power prices by 6% from March, "
     "the French utility said on Tuesday.", "raise power prices", "Veloria Energie"),
    # a company's spokesperson speaks for the company named in the clause
    ("JOHANNESBURG, April 8 (Reuters) - Molefi Platinum has halted work at its Tshenolo shaft, "
     "a company spokesman said on Wednesday.", "halted work", "Molefi Platinum"),
    # the epithet in the next sentence takes up the bank named before
    ("Kestermann Bank shares fell on Monday. The Frankfurt-based lender said it would close 40 branches.",
     "close 40 branches", "Kestermann Bank"),
    # a council is no company: the company noun takes up the ferry company
    ("Dunmore Council fined Brellport Ferries £2m over late sailings, the company said on Monday.",
     "fined Brellport Ferries", "Brellport Ferries"),
])
def test_company_epithet_speaker(text, piece, speaker):
    assert speaker_of(text, piece) == speaker


@trained
def test_other_speaker_after_epithet_keeps_own_name():
    text = ("Kestermann Bank will close 40 branches, the Frankfurt-based lender said. "
            "The Mercantile Union said the cuts were a betrayal.")
    assert speaker_of(text, "betrayal") == "Mercantile Union"


@trained
@pytest.mark.parametrize("text,piece,speaker", [
    # the parser made the cue a conjunct of the clause and hung its subject inside it
    ("Measles cases in Brackwell County could double by May unless more children are vaccinated, "
     "the county's chief epidemiologist, Maren Volkonsky-Hale, cautioned Monday.", "could double by May",
     "Maren Volkonsky-Hale"),
    ("Corran Foods is reviewing the future of its frozen desserts unit, Chief Executive Officer "
     "Malcolm Dewhirst told investors on a call Wednesday.", "frozen desserts unit", "Malcolm Dewhirst"),
])
def test_speaker_hung_inside_the_clause(text, piece, speaker):
    found = [(q, n) for q, n in speakers(text).items() if piece in q]
    assert found and found[0][1] == speaker
    assert speaker.split()[-1] not in found[0][0]  # the speaker's phrase is no part of what was said


@trained
def test_deed_after_and_is_no_hung_speaker():
    # '…, and Roe told reporters' is a deed of the clause's subject, no inverted speaker
    found = speakers("Corran Foods cut 300 jobs at its plant in Ashby, and chief executive Malcolm Dewhirst "
                     "told reporters on Wednesday.")
    assert not any(name == "Malcolm Dewhirst" and "cut 300 jobs" in q for q, name in found.items())
