"""German speaker names, round 8 follow-up (issue 15): an article after a name opens the object; a
place "von X am Y" reaches the comma of the role's apposition; "Xs Bürgermeisterin" is a role with a
place, never an actor; a club abbreviation opens a body's name; a role noun before an unlisted first
name stays out of the name. All people, places and clubs are invented."""
import pytest

from extract.actors import parse_phrase
from test_attribution_de import speaker_of


@pytest.mark.parametrize("text,quote,speaker", [
    ("Offen lobte die Landrätin Helga Imhof den Kompromiss. Er spare Geld, sagte sie.", "Er spare Geld", "Helga Imhof"),
    ("Die Stadträtin von Neudorf an der Aue, Sina Roth, lehnt den Neubau ab. Er sei zu teuer, sagte Roth.",
     "Er sei zu teuer", "Sina Roth"),
    ("Bürgermeister Paul Brandl plant ein Bad. Das Bad komme 2028, sagte der Rathauschef.", "Das Bad komme 2028", "Paul Brandl"),
    ("Der Stadtrat tagte. Lindaus Bürgermeisterin sagte, das Geld fehle.", "das Geld fehle", ""),
    ("Der Torwart des TSV Kranzbach, Ole Mertens, hört auf. Der Verein sagte, man bedaure das.", "man bedaure das",
     "TSV Kranzbach"),
    ("Die Wirtin Leni Zwerger schließt. Es fehle an Personal, sagte Zwerger.", "Es fehle an Personal", "Leni Zwerger"),
])
def test_names_and_references(text, quote, speaker):
    assert speaker_of(text, quote) == speaker  # "": a statement found, with no actor as its speaker


@pytest.mark.parametrize("phrase,role,affiliation,name,entity", [
    ("Lindaus Bürgermeisterin", "Bürgermeisterin", "Lindau", [], None),
    ("der SV Moosfeld", "", "", [], "SV Moosfeld"),
    ("Der Deichgraf Tjark Ubben", "Deichgraf", "", ["Tjark", "Ubben"], None),
    ("Klaus Richter", "", "", ["Klaus", "Richter"], None),
    ("das Statistische Landesamt Westmark", "", "", [], "Statistisches Landesamt Westmark"),
])
def test_parsed_phrases(phrase, role, affiliation, name, entity):
    p = parse_phrase(phrase, "de")
    assert (p.role, p.affiliation, p.name) == (role, affiliation, name)
    assert (p.entity.name if p.entity else None) == entity
