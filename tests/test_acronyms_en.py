"""English bodies named with their short form in brackets (extract/en/acronyms.py, with the actors
stage's extract/actors/identities.py _spelled_body/_note_acronym). Invented texts, fictional bodies."""
import pytest

from extract.en import analyse
from extract.pipeline import extract_article


def speaker_actor(text: str):
    x = extract_article(text, lang="en")
    actors = {a.id: a for a in x.actors}
    found = [actors.get(s.speaker) for s in x.statements]
    assert len(found) == 1 and found[0] is not None, found
    return found[0]


@pytest.mark.parametrize("text,name,short", [
    pytest.param("Residents wrote to the Marlby and District Water Authority (MDWA). The MDWA said the pipes "
                 "would be replaced next year.", "Marlby and District Water Authority", "MDWA", id="and_between_names"),
    pytest.param("The Brenton and Hale Housing Association (BHHA) raised rents. A spokeswoman for the BHHA said "
                 "costs had risen.", "Brenton and Hale Housing Association", "BHHA", id="first_word_read_as_a_person"),
    pytest.param("Anglers wrote to the Department of Rivers and Fisheries (DRF). The DRF said stocks were recovering.",
                 "Department of Rivers and Fisheries", "DRF", id="of_and_and"),
    pytest.param("Parents complained to the Castleford Schools Trust (CST) last week. The CST said it would review "
                 "the timetable.", "Castleford Schools Trust", "CST", id="no_small_words"),
])
def test_short_form_names_the_whole_body(text, name, short):
    actor = speaker_actor(text)
    assert (actor.name, actor.kind) == (name, "organisation") and short in actor.aliases


def test_full_name_before_the_bracket_becomes_one_organisation_mention():
    text = "Residents wrote to the Marlby and District Water Authority (MDWA)."
    assert ("Marlby and District Water Authority", "organisation") in [(m.text, m.kind_hint) for m in analyse(text).mentions]


def test_person_before_a_bracket_keeps_his_name():
    actor = speaker_actor("Transport Secretary Tom Ray (TR) visited the depot. Ray said the trains would run.")
    assert (actor.name, actor.kind) == ("Tom Ray", "person")
