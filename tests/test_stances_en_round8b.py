"""English stance mechanisms of round 8b (issue 16): a body spoken for by its officer, an
infinitive the parser read as an adjective, warnings of events, emphatic refusals, and an
object the parser split after "call". All names are invented; sentences differ from the
judgement files."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)

CASES = [
    # the body of the speaker's office is the speaker's own; another body is reported
    ("Club secretary Nell Varga said the club would never sell the Brook Lane ground.", "Club secretary Nell Varga",
     {("ground", 1)}),
    ("Principal Oren Blythe said the college opposes the new admissions fee.", "Principal Oren Blythe",
     {("admissions fee", -1)}),
    ("Council leader Mo Adeyemi said the union had rejected the pay offer.", "Council leader Mo Adeyemi", set()),
    # the one asked is no target: the act of the infinitive decides
    ("Mayor Tilda Scrope urged ministers to lower business rates.", "Mayor Tilda Scrope", {("business rate cut", 1), ("rate cut", 1)}),
    # a warning of an event is no position on where it happens
    ("Engineer Sol Farrant warned of congestion on the ring road.", "Engineer Sol Farrant", set()),
    ("Councillor Ana Pell said she opposes any delay to the school extension.", "Ana Pell", {("school extension", 1), ("school", 1)}),
    # emphatic refusals
    ("\"There's no way we are selling the allotments,\" said chair Dot Amble.", "chair Dot Amble", {("allotment", 1)}),
    ("\"The mobile library is not going anywhere,\" councillor Rae Horn said.", "councillor Rae Horn", {("mobile library", 1)}),
    ("\"The community cinema is here to stay,\" manager Gil Rowse said.", "manager Gil Rowse", {("community cinema", 1)}),
    # an object split by the parser after "call"
    ("Councillor Bo Fenn called the rent freeze a lifeline.", "Bo Fenn", {("rent freeze", 1)}),
]


@pytest.mark.parametrize(("text", "speaker", "want"), CASES)
def test_round_8b_mechanisms(text, speaker, want):
    assert en_stances(text, speaker) == want


def test_frame_word_is_the_same_token_not_the_same_object():
    """spaCy builds a new Token on every access (``doc[i] is doc[i]`` is False): the frame's own
    negation counts once however the frame token was reached (compared by position, not identity)."""
    from extract.en.nlp import is_trained, load_english
    from extract.positions.frames_en import follow_acts

    nlp = load_english()
    if not is_trained(nlp):
        pytest.skip("needs the trained English pipeline")
    doc = nlp("The bank will not cut interest rates.")
    i = next(t.i for t in doc if t.lower_ == "cut")
    words: list[str] = []
    target, sign = follow_acts(doc[i], words, doc[i])
    assert (target.i, sign, words) == (i, 1, ["cut"])
