"""Where an English content clause ends: the speaker's reason or result clause the parser hung on
the speech verb after the content (content_extent.continuing_clause, round 27)."""
import pytest

from extract.en.content_extent import content_subordinators, continuing_clause
from extract.en.nlp import is_trained, load_english

from tests.test_english import run

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def test_subordinators_have_senses():
    senses = content_subordinators()
    assert senses["because"] == "reason" and senses["so"] == "result"
    assert "when" not in senses and "after" not in senses  # time: when it was said


@trained
def test_result_clause_on_the_speech_verb_is_content():
    text = "School board chairman Victor Hale told parents the district had run out of money, so the music program would end in June."
    doc = load_english()(text)
    said = next(t for t in doc if t.lower_ == "told")
    assert continuing_clause(said, next(t for t in doc if t.lower_ == "money").i) is not None
    found = [s for s in run(text) if s["kind"] == "indirect"]
    assert found and found[0]["quote"][-1].endswith("so the music program would end in June")


@trained
@pytest.mark.parametrize("text, tail", [
    # the parser's other shapes of the class: the result clause as the sentence's root, as a conj
    ("Opposition leader Karen Doyle claimed the tender had been rushed, so the contract should be put out again.",
     "so the contract should be put out again"),
    ("The residents' group argued the bypass was too costly, so the county should widen the old road instead.",
     "so the county should widen the old road instead"),
])
def test_result_clause_the_parser_put_beside_the_speech_verb_is_content(text, tail):
    assert any(" ".join(s["quote"]).endswith(tail) for s in run(text) if s["kind"] == "indirect")


@trained
@pytest.mark.parametrize("text, told", [
    ("The mayor said she was ill, so the meeting was postponed.", "so the meeting was postponed"),
    ("The union said members would strike, so the company cancelled the Monday shift.", "so the company cancelled"),
    ("Coach Dan Welsh said he would retire, so the club began looking for a successor.", "so the club began"),
])
def test_result_clause_in_plain_past_is_narration(text, told):
    assert all(told not in " ".join(s["quote"]) for s in run(text))


@trained
@pytest.mark.parametrize("text, told", [
    # a present perfect after the past speech verb is the reporter's now
    ("The chairman said the club had no debts, so the fans have started a petition.", "so the fans have started"),
    # a pronoun subject (the speaker) with a verb not shifted back to the saying: what the speaker did afterwards
    ("Smith said the vote was rigged, although he has since withdrawn the claim.", "although he has since withdrawn"),
])
def test_the_reporters_own_clause_after_the_content_stays_out(text, told):
    found = [s for s in run(text) if s["kind"] == "indirect"]
    assert found and all(told not in " ".join(s["quote"]) for s in found)


@trained
def test_a_result_clause_in_the_time_of_the_saying_is_content():
    # the same shape with a backshifted modal: the clause stands in the time of the saying, the speaker's argument
    text = "The mayor said the pool was losing money, so the council would have to close it in the spring."
    assert any(" ".join(s["quote"]).endswith("would have to close it in the spring") for s in run(text))
