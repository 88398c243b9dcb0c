"""English back-links of institution nouns to a body of the right kind (actors/body_kinds.py),
names with particles the NER cut (extract/en/__init__.py), on invented texts."""
import pytest

from extract.actors.body_kinds import fits_body_noun
from extract.en.nlp import is_trained, load_english
from extract.model import Actor
from test_speakers_en import speakers

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def test_outlet_nouns_fit_outlets_only():
    herald = Actor(id="a1", name="Valdoria Herald", kind="organisation")
    steel = Actor(id="a2", name="Corvell Steel", kind="organisation")
    assert fits_body_noun("newspaper", herald) and not fits_body_noun("newspaper", steel)
    assert fits_body_noun("company", steel) and not fits_body_noun("company", herald)


@trained
def test_the_company_is_not_the_outlet_that_reported():
    said = speakers("Corvell Steel will cut 400 jobs at its plant in Brennsund, the Valdoria Herald reported "
                    "on Monday. The company said the cuts were needed to survive.")
    assert said["the cuts were needed to survive"] == "Corvell Steel"


@trained
def test_the_newspaper_is_the_outlet():
    said = speakers("The Marlow Gazette quoted a source at Torvald Holdings as saying a merger was likely. "
                    "The newspaper said it had seen the documents.")
    assert said["it had seen the documents"] == "Marlow Gazette"


@trained
def test_particle_surname_at_sentence_start_is_the_same_person():
    said = speakers("Jan ter Horst, an engineer with the Valdorian rail agency, said the line would reopen "
                    "in May. Ter Horst added that the delay had cost millions.")
    assert set(said.values()) == {"Jan ter Horst"}


@trained
def test_particle_surname_of_a_name_the_ner_missed_or_misread():
    said = speakers("Rafael dos Reis, the harbour master of Porto Vell, said the quay would reopen. "
                    "Dos Reis said the repairs had cost more than planned.")
    assert set(said.values()) == {"Rafael dos Reis"}
