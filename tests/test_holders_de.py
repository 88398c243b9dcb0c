"""A position noun's owner holds its position (de/holders.py): the owners it finds, and the narration
and other clauses' people it leaves alone."""
import pytest

from extract.pipeline import extract_article
from extract.positions.frames_de import read_stances

INTRO = "Landrätin Gerlinde Saxholm und Bürgermeister Tobias Brakenhoff sprachen am Montag in Feldkirch. "


def held(text: str) -> list[tuple[str, dict]]:
    """(speaker, stance) of each statement found after the introducing sentence."""
    ex = extract_article(INTRO + text, lang="de", published="2026-03-01")
    return [(st.speaker_name, {k: v for k, v in st.stance.items() if v}) for st in ex.statements if st.quote[0][0] >= len(INTRO)]


@pytest.mark.parametrize("text, speaker, target, value", [
    ("Das Nein von Bürgermeisterin Anna Keller zur Seilbahn sorgte für Aufsehen.", "Anna Keller", "Seilbahn", -1),
    ("Saxholms Zustimmung zur Fusion der Gemeinden gilt als sicher.", "Gerlinde Saxholm", "Fusion", 1),
    ("Der Widerstand der Gemeinde gegen den Windpark hält an.", "Gemeinde", "Windpark", -1),
    # a listed party named by a plural-looking word is one body ("der Grünen"), also where the noun is another cue's object
    ("Brakenhoff kritisierte die Forderung der Grünen nach einem Tempolimit.", "Grüne", "Tempolimit", 1),
    ("Ihre Ablehnung der Kita-Gebührenerhöhung hatte die Fraktionschefin Ilka Marten ausführlich begründet.",
     "Ilka Marten", "Kita-Gebührenerhöhung", -1),
    # a prepositional phrase between the possessive's phrase and its person is skipped, not a stop
    ("Ihre Ablehnung der Kita-Gebührenerhöhung hatte in der Sitzung die Fraktionschefin Ilka Marten begründet.",
     "Ilka Marten", "Kita-Gebührenerhöhung", -1),
])
def test_owner_holds_the_position(text, speaker, target, value):
    assert (speaker, {target: value}) in [(who, {k: v for k, v in st.items() if k == target}) for who, st in held(text)]


@pytest.mark.parametrize("text", [
    "Die Kritik an der Seilbahn wächst.",  # no owner
    "Das Nein der Wähler beim Bürgerentscheid war deutlich.",  # many, no one body
    # the person after a possessive's phrase in a prepositional phrase, or in another clause, is not its owner
    "Ihre Kritik an der Seilbahn kam bei Gerlinde Saxholm nicht gut an.",
    "Ihre Unterstützung für das Projekt war groß, doch Bürgermeister Max Huber blieb skeptisch.",
    # nouns of an act more than a position
    "Der Kampf der Feuerwehr gegen die Flammen dauerte die ganze Nacht.",
    "Brakenhoffs Kampf gegen den Krebs dauerte zwei Jahre.",
])
def test_narration_holds_no_position(text):
    assert held(text) == []


def test_holder_named_in_another_speakers_words_is_not_a_speaker():
    """"Saxholm sagte, die Kritik der Opposition … sei …": Saxholm's words, not the opposition's statement."""
    assert [who for who, _ in held("Saxholm sagte, die Kritik der Opposition am Budget sei unberechtigt.")] == ["Gerlinde Saxholm"]


@pytest.mark.parametrize("text", [
    "Mit ihrer Kritik an der Seilbahn steht Saxholm allein, forderte die 61-Jährige.",
    "Die Seilbahn sei zu teuer, kritisierte der 58-Jährige.",
])
def test_age_noun_after_a_verb_first_cue_is_the_speaker_not_a_target(text):
    assert not any("Jährig" in s.target for s in read_stances(text, "de", "Gerlinde Saxholm"))


@pytest.mark.parametrize("text, owner", [
    ("Brakenhoff wirbt um die Unterstützung der Landesregierung für die Seilbahn.", "Landesregierung"),  # asked for
    ("Beobachter meinen, dass die Regierung nicht die volle Unterstützung der Armeeführung hat.", "Armeeführung"),  # denied
])
def test_position_asked_for_or_denied_is_not_held(text, owner):
    assert owner not in [who for who, _ in held(text)]
