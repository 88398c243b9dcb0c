"""A people's adjective before a compound names the group that speaks ('Drosnian dairy farmers said':
the parser hangs the demonym on 'dairy', not on 'farmers'; round 32, extract/en/__init__.py
_named_group). Every text is invented: fictional peoples, places and people."""
import pytest

from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def speaker_of(text, piece):
    ex = extract_article(text, lang="en")
    found = [s.speaker_name for s in ex.statements if piece in s.quote_text]
    assert found, [(s.quote_text, s.speaker_name) for s in ex.statements]
    return found[0]


@trained
def test_demonym_before_a_compound_names_the_group():
    text = ("Drosnian dairy farmers said on Monday they would block the three border crossings with tractors. "
            "Talks will resume on Wednesday, the Agriculture Ministry said.")
    assert speaker_of(text, "block the three border crossings") == "Drosnian dairy farmers"


@trained
def test_the_group_is_not_the_board_of_its_people():
    text = ("Ostrelian dairy farmers warned on Tuesday that milk collections could stop within days. "
            "The Ostrelian Dairy Board said it had asked the drivers to meet on Thursday.")
    assert speaker_of(text, "milk collections could stop") == "Ostrelian dairy farmers"
    assert speaker_of(text, "asked the drivers to meet") == "Ostrelian Dairy Board"


@trained
def test_a_bare_plural_names_no_group():
    # no people's adjective: nobody named
    assert speaker_of("Dairy farmers at the meeting said the milk price no longer covered the cost of feed.",
                      "the milk price") == ""


@trained
def test_an_english_adjective_of_a_peoples_shape_on_the_compound_names_no_group():
    # 'Artisan' ends like 'Valdorian' and the parser hangs it on 'dairy', but it is a dictionary word
    # and no people: the farmers stay unnamed (rr32-en-actors)
    text = "Artisan dairy farmers said on Thursday the new labelling rules would cost them thousands of pounds."
    assert speaker_of(text, "labelling rules") == ""


@trained
def test_an_invented_peoples_adjective_on_the_compound_still_names_the_group():
    assert speaker_of("Drosnian sheep farmers said they would move their flocks on Monday.",
                      "move their flocks") == "Drosnian sheep farmers"
