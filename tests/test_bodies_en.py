"""English body names read whole (extract/en/bodies.py), and unnamed neighbours as no speaker
(data/anonymous_en.txt). Every text is invented: fictional bodies, people and places."""
import pytest

from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article

pytestmark = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")

OFFICE = "Office for Standards in Vocational Training"
INSTITUTE = "Institute for Coastal and Marine Studies"

CASES = [
    # a name with a for/in complement is one organisation, and 'the office' refers back to it
    ('"We were not consulted," the Office for Standards in Vocational Training said on Monday. '
     'The office said "the reform is rushed".',
     {"We were not consulted": OFFICE, "the reform is rushed": OFFICE}),
    # the bracketed short form stays out of the name and refers back to it
    ('"The reef is recovering," the Institute for Coastal and Marine Studies (ICMS) said on Tuesday. '
     'The ICMS added that "funding remains thin".',
     {"The reef is recovering": INSTITUTE, "funding remains thin": INSTITUTE}),
    # a spokesperson for the name speaks for the whole name
    ('"We were not consulted," a spokesman for the Office for Standards in Vocational Training said.',
     {"We were not consulted": OFFICE}),
    # a spokesperson for a name the NER found speaks for all of it, not its last words
    ("Two patients were moved to intensive care, a spokesman for Carrow Valley Hospital said on Tuesday.",
     {"intensive care": "Carrow Valley Hospital"}),
    # a person after a body name stays the speaker
    ('"We are at capacity," Mercy West Hospital spokeswoman Jane Roe said on Monday. '
     '"It is a good day," said Office for Standards in Vocational Training director Amy Kell.',
     {"We are at capacity": "Jane Roe", "It is a good day": "Amy Kell"}),
    # a name ending in an organisation word is a company though the NER says person; its first word refers back
    ('Inspectors found that Dunmore Mutual had overcharged 12,000 savers. Dunmore\'s reply, that the fees '
     'were "fair and disclosed", did not satisfy the ombudsman.',
     {"fair and disclosed": "Dunmore Mutual"}),
    # a brewer's name is a company ('Brewing' is an organisation word), a 'maker' before it says what it
    # does, and 'the company' refers back to it even from the words it said
    ("Drinks maker Harwick Brewing said on Tuesday it opposes the deposit return scheme. Harwick Brewing "
     "will cut prices in May, the company said.",
     {"opposes the deposit return scheme": "Harwick Brewing", "cut prices in May": "Harwick Brewing"}),
    # unnamed neighbours are no speaker
    ("According to neighbors, the smoke alarms in the Brell Street block had been disconnected for months.",
     {"smoke alarms": ""}),
    # a title and a person's name after an "of" complement are no part of the body's name
    ("Central Savings Bank of Marrowby Chairman Ian Tolley said on Monday the branch network would shrink.",
     {"the branch network would shrink": "Ian Tolley"}),
]


@pytest.mark.parametrize("text,speakers", CASES, ids=["complement", "acronym", "spokesperson", "spokesperson_ner", "person_after",
                                                      "company", "maker", "neighbours", "title_after_complement"])
def test_body_names_and_open_sets(text, speakers):
    ex = extract_article(text, lang="en")
    for words, want in speakers.items():
        hits = [s for s in ex.statements if words in s.quote_text]
        assert hits, [s.quote_text for s in ex.statements]
        assert min(hits, key=lambda s: len(s.quote_text)).speaker_name == want, words
