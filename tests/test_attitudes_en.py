"""Judgements, attitudes and polls as English statements (extract/en/parsed_attitude.py and the
attitude rows of data/cues_en.tsv), on invented sentences."""
import pytest

from extract.en import analyse
from extract.en.nlp import is_trained, load_english

if not is_trained(load_english()):
    pytest.skip("needs the trained English pipeline", allow_module_level=True)


def _statements(text):
    return [([text[b:e] for b, e in f.quote], [text[b:e] for b, e in f.speaker_mention], f.unattributed)
            for f in analyse(text).statements]


def test_poll_opening_the_sentence_speaks():
    text = "In a new Eastport Tribune poll released Monday, 52 percent of voters backed the harbour levy."
    quotes, speaker, _ = _statements(text)[0]
    assert speaker == ["a new Eastport Tribune poll"]
    assert quotes == ["52 percent of voters backed the harbour levy"]


def test_statement_with_its_own_speaker_is_not_given_to_the_opening_phrase():
    text = "In a statement, the Valdorian ministry said the talks had failed."
    assert [s for _, s, _ in _statements(text)] == [["the Valdorian ministry"]]


def test_passive_expectation_keeps_no_speaker():
    text = "The Brennsund council is expected to approve the levy on Tuesday."
    quotes, speaker, unattributed = _statements(text)[0]
    assert speaker == [] and unattributed
    assert quotes == ["The Brennsund council", "to approve the levy on Tuesday"]


def test_raising_verb_with_a_that_clause():
    quotes, speaker, _ = _statements("It appears that the talks in Marlow have collapsed.")[0]
    assert speaker == [] and quotes[0].endswith("the talks in Marlow have collapsed")


def test_appearing_somewhere_is_no_judgement():
    assert _statements("Mara Quell appeared on television in Eastport on Sunday.") == []


def test_attitude_verb_with_its_holder():
    text = "Many investors see the Valdorian bond as a safe bet."
    quotes, speaker, _ = _statements(text)[0]
    assert speaker == ["Many investors"] and quotes == ["the Valdorian bond as a safe bet"]


def test_opinion_phrase_names_its_holder():
    text = "The only other way out, in Professor Lind's view, would be a new harbour tax."
    quotes, speaker, _ = _statements(text)[0]
    assert speaker == ["Professor Lind's"] and quotes[-1] == "would be a new harbour tax"


def test_poll_opening_wins_over_the_counted_people():
    text = "In a Marlow Institute survey, 61 percent of residents rejected the bridge toll."
    assert [s for _, s, _ in _statements(text)] == [["a Marlow Institute survey"]]


def test_to_a_named_person_opening_a_quoting_sentence_is_whose_view_it_is():
    text = 'To the Hallam Mutual chairman, Anthony Greville, the proposed rules are a "mistake".'
    quotes, speaker, _ = _statements(text)[0]
    assert speaker == ["the Hallam Mutual chairman, Anthony Greville"]
    assert quotes[0].startswith("the proposed rules are a")


def test_for_a_named_person_with_a_quotation_and_a_subject_the_parser_apposed():
    text = 'To Councillor Nathan Pryor, the decision to sell the depot was "short-sighted and rushed".'
    quotes, speaker, _ = _statements(text)[0]
    assert speaker == ["Councillor Nathan Pryor"]
    assert quotes[0].startswith("the decision to sell the depot was")


def test_for_a_person_in_a_narrating_sentence_or_a_time_is_no_view():
    assert _statements("For Bridget Rourke, the day began at five. For the first time, prices fell.") == []
    assert _statements("For Councillor Nathan Pryor, the format was not ideal.") == []
