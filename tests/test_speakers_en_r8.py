"""English speaker mechanisms of round 8 (issue 15): body names with 'of' / 'for' tails, bare
group nouns, name particles (Dutch, French, Gaelic), role prefixes, body nouns referring back,
noun cues with a colon or 'came from', and the clause told to an outlet."""
import pytest

from extract.actors.mentions import parse_phrase
from tests.test_speakers_en_r9 import _speakers  # (the one reader of the English speaker tests)


@pytest.mark.parametrize("phrase,name", [
    ("the Valdorian Office for Rail Statistics", "Valdorian Office for Rail Statistics"),
    ("The Friends of Hallby Marsh", "Friends of Hallby Marsh"),
    ("The Society for the Care of Old Orchards", "Society for the Care of Old Orchards"),
    ("the Brennsund school district", "Brennsund School District"),
])
def test_body_names_keep_their_tails(phrase, name):
    p = parse_phrase(phrase, "en")
    assert p.entity is not None and (p.entity.name, p.entity.kind, p.name) == (name, "organisation", [])


@pytest.mark.parametrize("phrase,name,role", [
    ("Local MP Tessa Gorringe", ["Tessa", "Gorringe"], "MP"),
    ("Unity Party MSP Rab Kinloch-Weir", ["Rab", "Kinloch-Weir"], "MSP"),
    ("Councillor Eilidh Nic an tSaoir", ["Eilidh", "Nic", "an", "tSaoir"], "Councillor"),
    ("Anne-Sophie d'Arvieux", ["Anne-Sophie", "d'Arvieux"], ""),
    ("Georgia Whitlock", ["Georgia", "Whitlock"], ""),
])
def test_names_keep_particles_and_lose_role_prefixes(phrase, name, role):
    p = parse_phrase(phrase, "en")
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text,expected", [
    pytest.param("Commuters said the new timetable was a shambles.", {"the new timetable was a shambles": None},
                 id="bare_group_noun_is_no_actor"),
    pytest.param("Tenants at Orchard Court told reporters the lifts had failed again.",
                 {"the lifts had failed again": None}, id="bare_group_noun_with_place_is_no_actor"),
    pytest.param("The Coalition for Quiet Skies met the minister. The campaign group said night flights must end.",
                 {"night flights must end": "Coalition for Quiet Skies"}, id="group_noun_refers_back_to_the_body"),
    pytest.param("Bram van der Velde, the port's director, said cargo was up. Van der Velde said more ships would come.",
                 {"cargo was up": "Bram van der Velde", "more ships would come": "Bram van der Velde"},
                 id="particles_the_parser_split_and_surname_with_particles"),
    pytest.param("Local MP Tessa Gorringe said the station must reopen. The MP said she would write to ministers.",
                 {"the station must reopen": "Tessa Gorringe", "she would write to ministers": "Tessa Gorringe"},
                 id="role_prefix_and_the_role_noun_later"),
    pytest.param("Parents crowded into a meeting of the Eastmere school district. The district said no school would close.",
                 {"no school would close": "Eastmere School District"}, id="body_noun_refers_back"),
    pytest.param("Headteacher Lorna Quaile's message to families was short: the school will reopen on Monday.",
                 {"the school will reopen on Monday": "Lorna Quaile"}, id="noun_cue_before_a_colon"),
    pytest.param('The call for patience came from Bishop Ewan Tarrant: "We must give the inquiry time."',
                 {"We must give the inquiry time": "Ewan Tarrant"}, id="noun_cue_came_from"),
    pytest.param("Airline chief Sanna Lindvall told the BBC's World Service that fares would rise.",
                 {"fares would rise": "Sanna Lindvall"}, id="clause_told_to_an_outlet"),
])
def test_speakers_of_round8_families(text, expected):
    assert _speakers(text) == expected
