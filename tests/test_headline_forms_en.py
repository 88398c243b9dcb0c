"""A short headline name refers forward to the actor of the story's lead (round 31, r31-en-spk:
extract/actors/headline_forms.py). All people, places and bodies are invented."""
import pytest

from extract.actors.headline_forms import headline_heads
from extract.actors.headlines import sentence_free_headline_end
from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def speaker(text: str, quote_part: str) -> str | None:
    for s in extract_article(text, lang="en").statements:
        if quote_part in s.quote_text:
            return s.speaker_name
    return None


def test_a_headline_ends_at_a_first_line_with_no_full_stop_over_a_story():
    assert sentence_free_headline_end("Mill to close, says owner\n\nThe mill will close.") == 25
    assert sentence_free_headline_end("The mill will close.\n\nIt said so.") is None  # a first sentence, no headline
    assert sentence_free_headline_end("Mill to close, says owner") is None  # no story under it


def test_headline_words_for_a_person_stand_for_story_roles():
    assert "chief executive" in headline_heads()["ceo"]
    assert "director" in headline_heads()["boss"]


# (text, words of the statement, the speaker it must get)
HEADLINE_SPEAKERS = {
    "a company CEO in the headline is the chief executive the lead names": (
        "Tarvelon CEO Says Copper Prices Will Stay High\n\nTarvelon Metals Chief Executive Officer Ilse "
        "Varnholt said supply would stay tight for two more years. The company cut its forecast on Monday.",
        "Copper Prices Will Stay High", "Ilse Varnholt"),
    "a body noun in the headline is the body the lead names": (
        "Bridge will reopen by June, council insists\n\nMarrowby District Council has said the footbridge "
        "over the Tenner will reopen by June despite a row with the contractor.",
        "Bridge will reopen by June", "Marrowby District Council"),
    # (the company of the first sentence)
    "a definite body noun in a first paragraph refers back, not forward": (
        "Kelno Foods cut its outlook on Wednesday. The company blamed higher cocoa costs and said margins "
        "would recover “in the second half of next year.”\n\nHarlow Securities said in a note that the "
        "guidance was worse than feared.",
        "higher cocoa costs", "Kelno Foods"),
    # reread rr31-en-spk: 'Tarvelon' stands in Corley's sentence, but it names Renner's company
    "the word before the head must name that actor, not only stand in its sentence": (
        "Tarvelon CEO says merger will go ahead\n\nBrisk Foods Chief Executive Ann Corley and Tarvelon Metals "
        "CEO Bo Renner said on Monday the merger would close in June.",
        "merger will go ahead", "Bo Renner"),
    # (the statement is found; neither council is its speaker)
    "a short name two lead actors fit names none of them": (
        "Council says bypass plan is dead\n\nDromcullen County Council and Marrowby District Council met on "
        "Monday. Marrowby District Council said the bypass plan would not go ahead.",
        "bypass plan is dead", ""),
    "an owner in the possessive before the head is read as the name": (
        "Pellmark's boss says smelter will not be sold\n\nPellmark Alloys Chief Executive Tomas Brevik said on "
        "Tuesday the company would keep the Orrin smelter.",
        "smelter will not be sold", "Tomas Brevik"),
}


@trained
@pytest.mark.parametrize("text, quote_part, expected", HEADLINE_SPEAKERS.values(), ids=HEADLINE_SPEAKERS.keys())
def test_a_headline_statement_gets_the_lead_actor_its_words_name(text, quote_part, expected):
    assert speaker(text, quote_part) == expected


@trained
def test_a_headline_word_before_the_head_must_stand_in_the_lead_sentence():
    # 'Quenby boss' is not the chief executive of another company named in the lead
    text = ("Quenby boss says plant is safe\n\nHollin Chemicals Chief Executive Ada Brill said on Monday the "
            "Hollin plant had passed every inspection.")
    found = speaker(text, "plant is safe")
    assert found is not None and found != "Ada Brill"  # (the statement is found, not given to the other firm's chief)


def test_a_first_sentence_ending_in_a_closing_quote_is_no_headline():
    assert sentence_free_headline_end("Kelno Foods cut its outlook, saying margins would recover “next year.”\n\nA broker said so.") is None
    assert sentence_free_headline_end("Kelno Foods cut its outlook. The firm said so\n\nA broker said so.") is None
