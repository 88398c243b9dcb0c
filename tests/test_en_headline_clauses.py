"""Round 32 (r32-en-recall): statements English readers missed although a cue stands in the
sentence: an unquoted headline closed by a speech verb and its speaker's tag, a clause the parser
heads with a word it mis-tagged but gave an auxiliary (English)."""
import pytest

from extract import extract_article
from extract.en import english_quotes
from extract.en.headline_quotes import headline_clause_tag
from extract.en.nlp import load_english
from extract.en.parsed import ParsedRules

LEAD = ("\n\nThe harbour minister, Ailsa Brennock, said on Monday the wall would be rebuilt by 2028. "
        "Forecasters at the Met Office said more rain was due.")


def _headline_statements(headline):
    ex = extract_article(headline + LEAD, lang="en", published="2026-05-04")
    return [(s.quote_text, s.speaker_name) for s in ex.statements if s.quote[0][0] < len(headline)]


@pytest.mark.parametrize("headline,expected", [
    ("Harbour wall to be rebuilt, promises minister", [("Harbour wall to be rebuilt", "Ailsa Brennock")]),
    ("Floods cut off Quarreby, warns Met Office", [("Floods cut off Quarreby", "Met Office")]),
])
def test_unquoted_headline_with_its_speakers_tag_after_a_speech_verb(headline, expected):
    assert _headline_statements(headline) == expected


@pytest.mark.parametrize("headline", [
    "Mayor resigns, tells staff",  # the one spoken to, no speaker's tag
    "Bakery closes after 90 years, tells customers",
    "Fed holds rates, signals cuts",  # no speaker after the verb
    "Storm closes schools, says nothing about roads",  # a phrase with a preposition, no tag
    "Lidl opens store, adds 40 jobs",  # 'adds' heads an object, not a speaker
    # a verb whose object is the one it is about: the tag is its object, the verb a second deed
    "Club sacks manager, praises Vantoro",
    "Striker signs new deal, thanks fans",
    "Greenvale sues government, accuses ministers",
])
def test_a_headline_tag_that_names_no_speaker_is_no_clause_tag(headline):
    text = headline + LEAD
    doc = load_english()(text)
    rules = ParsedRules(doc, english_quotes(text))
    assert headline_clause_tag(doc, rules.quotes, rules.speech_entry) is None


def test_a_clause_whose_head_the_tagger_misread_but_that_has_an_auxiliary():
    text = 'Local mayor Bronwyn Tallis said residents downstream had been "frightened half to death".'
    ex = extract_article(text, lang="en", published="2026-05-04")
    assert [(s.kind, s.speaker_name) for s in ex.statements] == [("partial", "Bronwyn Tallis")]
    assert "frightened half to death" in ex.statements[0].quote_text


def test_inverted_cues_are_reported_speech_verbs_of_the_cue_lexicon():
    # (an entry the lexicon does not hold as "reported" would never be read: indirect verbs invert anyway)
    from extract.en.cues import cue_lexicon, inverted_cues
    reported = {e.lemma for e in cue_lexicon() if e.kind == "reported" and not e.particle}
    assert inverted_cues() and inverted_cues() <= reported
