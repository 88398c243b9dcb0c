"""English round 31 (r31-en-stance): a plain yes or no as what "the answer" is, said of a thing
("our answer to the toll is yes"), is a verdict on the thing it answers; another's answer, an answer
said of nothing, and a "no" to a claim or a question take no side. All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, want", [
    ('"The answer to the waste transfer station is no," Gwen Talley said.', {("waste transfer station", -1)}),
    ('"Our answer to the plan for an asphalt plant is no, and it will stay no," Gwen Talley said.',
     {("asphalt plant", -1)}),
    ("Our answer to the toll is yes, Gwen Talley said.", {("toll", 1)}),
])
def test_a_verdict_on_a_thing(text, want):
    assert en_stances(text, "Gwen Talley") == want


@pytest.mark.parametrize("text", [
    "The council's answer was no, Gwen Talley said of the plan.",  # (another's answer)
    '"The answer is no," Gwen Talley said.',  # (of nothing named)
    '"The short answer is no," Gwen Talley said of claims that the reservoir had leaked.',  # (a claim denied)
    '"The answer is no," Gwen Talley said of the question whether the plant would reopen.',
    "Whether the answer is yes or no, we will respect it, Gwen Talley said of the vote.",
    '"The answer is no," Gwen Talley said of the rumour.',  # (a noun of what is said: denied)
    "The response to the consultation was yes from most residents, Gwen Talley said.",  # (theirs)
    # (reread rr31: a negated answer, a question of fact (data/content_nouns_en.txt), a paper, another answer)
    '"The answer isn\'t no," Gwen Talley said of the plan for a skate park.',
    '"The answer is no," Gwen Talley said of the likelihood of a strike at the depot.',
    '"The answer is yes," Gwen Talley said of the possibility that the plant would close.',
    '"The reply was no," Gwen Talley said of the letter she sent about the crossing.',
    '"The answer was no," Gwen Talley said of the council\'s reply to her request.',
])
def test_no_verdict(text):
    assert en_stances(text, "Gwen Talley") == set()


def test_a_question_of_fact_is_what_is_said_asked_or_written_not_a_thing():
    # (r32-mend: the reader once shared the name "told" with the lexicon row it reads)
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import lexicon, question_of_fact

    nlp = load_english()
    if not is_trained(nlp):
        pytest.skip("no trained English pipeline")
    doc = nlp("The answer to the rumour about the likelihood of a strike is no, but the toll is another matter.")
    words = {t.lower_: t for t in doc}
    lex = lexicon()
    assert question_of_fact(words["rumour"], lex) and question_of_fact(words["likelihood"], lex)
    assert not question_of_fact(words["toll"], lex)
