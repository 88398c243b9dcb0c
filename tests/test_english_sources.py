"""Surnames alone, news outlets as sources, and body nouns that refer back (English)."""
import pytest

from extract import extract_article
from test_speakers_en import speakers


def test_surname_alone_speaks_as_person():
    ex = extract_article('"The harbour plan is a mistake," Hallorin said on Tuesday.', lang="en", published="2026-05-04")
    assert [(s.speaker_name, s.speaker_kind) for s in ex.statements] == [("Hallorin", "person")]


def test_surname_after_dateline_is_the_subject_not_the_city():
    ex = extract_article("EASTPORT (AP) - Dunmore has turned against the waterfront casino.", lang="en", published="2026-05-04")
    assert [s.speaker_name for s in ex.statements] == ["Dunmore"]


@pytest.mark.parametrize("text,expected", [
    pytest.param("Mayor Ellen Voss opposes the bridge, the Herald reported.", {"the bridge": "Ellen Voss"},
                 id="outlet_reports_the_statement_of_the_clause_subject"),
    pytest.param("Ellen Voss said the bridge was too costly, the Eastport Herald reported on Friday.",
                 {"the bridge was too costly": "Ellen Voss"}, id="outlet_reporting_speech_keeps_one_statement"),
    pytest.param("The council will close the library, the Chronicle reported on Monday.",
                 {"The council will close the library": "Chronicle"}, id="outlet_reporting_an_event_stays_the_source"),
    pytest.param("Corvell Steel cut 400 jobs on Monday. The company said demand from carmakers had collapsed.",
                 {"demand from carmakers had collapsed": "Corvell Steel"}, id="the_company_is_the_company_named_before"),
    pytest.param("BRENNSUND: Ferry operators warned the new timetable would cost jobs.",
                 {"the new timetable would cost jobs": "Ferry operators"},
                 id="capitals_place_opening_the_article_is_no_transcript_label"),
])
def test_speakers_of_outlets_bodies_and_places(text, expected):
    assert speakers(text) == expected


def test_transcript_turns_in_capitals_still_speak():
    text = "VOSS: We will not sign this accord today.\nHALLORIN: Then the talks are over for now."
    ex = extract_article(text, lang="en", published="2026-05-04")
    assert [(s.kind, text[slice(*s.speaker_mention[0])]) for s in ex.statements] == [("direct", "VOSS"), ("direct", "HALLORIN")]


def test_plural_institution_noun_is_a_group_named_as_written():
    got = speakers("In Brennsund, ferry operators said the route was at risk.")
    assert got == {"the route was at risk": "Ferry operators"}
