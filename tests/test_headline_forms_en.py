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


@trained
def test_a_company_ceo_in_the_headline_is_the_chief_executive_the_lead_names():
    text = ("Tarvelon CEO Says Copper Prices Will Stay High\n\nTarvelon Metals Chief Executive Officer Ilse "
            "Varnholt said supply would stay tight for two more years. The company cut its forecast on Monday.")
    assert speaker(text, "Copper Prices Will Stay High") == "Ilse Varnholt"


@trained
def test_a_body_noun_in_the_headline_is_the_body_the_lead_names():
    text = ("Bridge will reopen by June, council insists\n\nMarrowby District Council has said the footbridge "
            "over the Tenner will reopen by June despite a row with the contractor.")
    assert speaker(text, "Bridge will reopen by June") == "Marrowby District Council"


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


@trained
def test_a_definite_body_noun_in_a_first_paragraph_refers_back_not_forward():
    text = ("Kelno Foods cut its outlook on Wednesday. The company blamed higher cocoa costs and said margins "
            "would recover “in the second half of next year.”\n\nHarlow Securities said in a note that the "
            "guidance was worse than feared.")
    assert speaker(text, "higher cocoa costs") == "Kelno Foods"  # (the company of the first sentence)


@trained
def test_the_word_before_the_head_must_name_that_actor_not_only_stand_in_its_sentence():
    # reread rr31-en-spk: 'Tarvelon' stands in Corley's sentence, but it names Renner's company
    text = ("Tarvelon CEO says merger will go ahead\n\nBrisk Foods Chief Executive Ann Corley and Tarvelon Metals "
            "CEO Bo Renner said on Monday the merger would close in June.")
    assert speaker(text, "merger will go ahead") == "Bo Renner"


@trained
def test_a_short_name_two_lead_actors_fit_names_none_of_them():
    text = ("Council says bypass plan is dead\n\nDromcullen County Council and Marrowby District Council met on "
            "Monday. Marrowby District Council said the bypass plan would not go ahead.")
    assert speaker(text, "bypass plan is dead") == ""  # (the statement is found; neither council is its speaker)


@trained
def test_an_owner_in_the_possessive_before_the_head_is_read_as_the_name():
    text = ("Pellmark's boss says smelter will not be sold\n\nPellmark Alloys Chief Executive Tomas Brevik said on "
            "Tuesday the company would keep the Orrin smelter.")
    assert speaker(text, "smelter will not be sold") == "Tomas Brevik"
