"""Scope of a negation and the form of a target (round 7, r7-fix-de): a negation stays in its own
verb phrase, never reaching past "und/oder/aber" + a new finite verb; a genitive -s/-es is no
part of the target."""
import pytest

from extract.positions.frames_de import read_stances


def stances(text: str, speaker: str) -> dict[str, int]:
    return {st.target: st.value for st in read_stances(text, "de", speaker)}


@pytest.mark.parametrize("text, speaker, target, value", [
    # the second conjunct has its own finite verb and its own scope
    ("Die Ministerin zeigt sich nicht besorgt und hofft auf eine schnelle Einigung.", "Die Ministerin", "Einigung", 1),
    ("Stadträtin Ute Kalb fordert nicht die Maut und lehnt die Parkgebühr ab.", "Ute Kalb", "Parkgebühr", -1),
    ("Kreisrat Gerd Moos will die Maut nicht verschieben oder lehnt sie ab.", "Gerd Moos", "Maut", -1),
    ("Dezernent Paul Iser ist nicht zufrieden und er fordert einen Neubau.", "Paul Iser", "Neubau", 1),
    # the negation of the first conjunct stays there
    ("Bürgermeisterin Ina Roth lehnt die Maut nicht ab und fordert eine Parkgebühr.", "Ina Roth", "Maut", 1),
    ("Bürgermeisterin Ina Roth lehnt die Maut nicht ab und fordert eine Parkgebühr.", "Ina Roth", "Parkgebühr", 1),
    # a coordination without a new finite verb shares the negation
    ("Stadtrat Leo Falk lehnt weder die Maut noch die Parkgebühr ab.", "Leo Falk", "Maut", 1),
])
def test_negation_scope_ends_at_a_new_verb_phrase(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value


@pytest.mark.parametrize("text, speaker, target", [
    # an unknown compound in the genitive is named by its nominative, when its head is a known noun
    ("Stadträtin Ute Kalb kritisierte die Ablehnung des Kreuzfahrtterminals.", "Ute Kalb", "Kreuzfahrtterminal"),
    ("Kreisrat Gerd Moos lehnt den Bau eines Windparkumspannwerks ab.", "Gerd Moos", "Windparkumspannwerk"),
    ("Dezernent Paul Iser fordert die Sanierung dieses Hallenbadgebäudes.", "Paul Iser", "Hallenbadgebäude"),
    # a word with -s in the nominative keeps it
    ("Stadtrat Leo Falk lehnt die Fortsetzung des Kreuzfahrtprozesses ab.", "Leo Falk", "Kreuzfahrtprozess"),
    ("Stadtrat Leo Falk lehnt den Bau des Parkhauses ab.", "Leo Falk", "Parkhaus"),
    ("Stadtrat Leo Falk lehnt den Bau eines Schulbusses ab.", "Leo Falk", "Schulbus"),
    ("Die Ministerin befürwortet den Bau des Kreuzfahrtterminals.", "Die Ministerin", "Kreuzfahrtterminal"),
])
def test_genitive_s_is_no_part_of_the_target(text, speaker, target):
    assert target in stances(text, speaker)


@pytest.mark.parametrize("text, speaker, target, value", [
    # "und nicht Y" negates the later conjunct only, not the target before it
    ("Stadtrat Leo Falk unterstützt die Maut und nicht die Parkgebühr.", "Leo Falk", "Maut", 1),
    ("Stadtrat Leo Falk unterstützt nicht die Maut und nicht die Parkgebühr.", "Leo Falk", "Maut", -1),
    ("Stadtrat Leo Falk lehnt nicht die Maut und nicht die Parkgebühr ab.", "Leo Falk", "Maut", 1),
    ("Stadtrat Leo Falk lehnt die Maut ab und nicht die Parkgebühr.", "Leo Falk", "Maut", -1),
])
def test_negation_of_a_later_conjunct(text, speaker, target, value):
    assert stances(text, speaker).get(target) == value
