"""Round-32 German speaker mechanisms (r32-de-actors): the medium told after an age noun is no part of the
speaker ("sagte der 64-Jährige der Nachrichtenagentur X"), a quotation inside a subordinate clause is that
clause's subject's ("…, während X vor „…“ warnte") when the clause tells what happened (contrast, concession,
cause, time; not a condition, "bis" or purpose clause). Each with a wording it must read and one it must
leave alone. Fictional people and bodies only."""
from functools import lru_cache

import pytest

from extract.de import analyse
from extract.pipeline import extract_article


@lru_cache(maxsize=None)
def said(text: str) -> tuple[tuple[str, str], ...]:
    """(speaker name, quote) per statement."""
    ex = extract_article(text, lang="de", published="2026-12-07")
    return tuple((st.speaker_name, st.quote_text) for st in ex.statements)


def mentions_of(text: str) -> list[list[str]]:
    """The speaker mention words of each statement the German rules found."""
    return [[text[b:e] for b, e in f.speaker_mention] for f in analyse(text).statements]


@pytest.mark.parametrize("told", ["der Nachrichtenagentur Keystone-SDA", "dem „Oberwindener Boten“",
                                  "am Montag der Zeitung"])
def test_the_medium_told_after_an_age_noun_is_no_part_of_the_speaker(told):
    text = ("Der frühere Kämmerer Eberhard Quellmann hat Fehler eingeräumt. "
            f"Das Bad sei zu billig verkauft worden, sagte der 71-Jährige {told}.")
    assert ("Eberhard Quellmann", "Das Bad sei zu billig verkauft worden") in said(text)
    assert ["der 71-Jährige"] in mentions_of(text)


def test_a_genitive_after_a_nominalised_adjective_stays_in_the_phrase():
    text = "Das sei falsch, sagte der Vorsitzende der Grünen, Max Wendeler."
    assert mentions_of(text) == [["Max Wendeler", "der Vorsitzende der Grünen, Max Wendeler"]]


def test_a_quotation_in_a_clause_of_contrast_is_its_own_subjects():
    text = ("Stadträtin Hiltrud Fensterer lobte den Entwurf als „mutigen Schritt“, während der Vorsitzende des "
            "Mieterbunds Ostrand, Kasimir Dollwetter, vor „einer Mietpreisspirale in den Randbezirken“ warnte.")
    assert ("Kasimir Dollwetter", "einer Mietpreisspirale in den Randbezirken") in said(text)
    assert ("Hiltrud Fensterer", "mutigen Schritt") in said(text)


def test_a_quotation_in_a_fronted_subordinate_clause_is_its_own_subjects():
    text = ("Während Landrat Ottmar Breitschwert die Umfahrung als „ein Projekt, auf das das Tal seit Jahren wartet“ "
            "bezeichnete, kündigte die Bürgerinitiative Grüner Anger eine Klage an.")
    assert ("Ottmar Breitschwert", "ein Projekt, auf das das Tal seit Jahren wartet") in said(text)


def test_a_title_in_a_subordinate_clause_with_no_speech_verb_stays_no_statement():
    text = "Während die Kinder im Saal das Lied „Kommt ein Vogel geflogen“ übten, schmückten die Eltern den Baum."
    assert said(text) == ()


@pytest.mark.parametrize("clause", ["Wenn Baudezernentin Hedda Krummacher den Plan „mutig, richtig und überfällig“ nennt",
                                    "Bis Baudezernentin Hedda Krummacher den Plan „mutig, richtig und überfällig“ nennt",
                                    "Damit Baudezernentin Hedda Krummacher den Plan nicht wieder „mutig, richtig und überfällig“ nennt"])
def test_a_condition_or_purpose_clause_gives_its_subject_no_words(clause):
    # (reread rr32-de-actors) a conditional, "bis" or purpose clause tells of words not (yet) said
    text = f"{clause}, wird die Opposition den Saal verlassen."
    assert all(name != "Hedda Krummacher" for name, _ in said(text))


def test_a_fronted_time_clause_still_gives_its_subject_the_words():
    text = "Als Baudezernentin Hedda Krummacher den Plan „mutig, richtig und überfällig“ nannte, verließ die Opposition den Saal."
    assert ("Hedda Krummacher", "mutig, richtig und überfällig") in said(text)
