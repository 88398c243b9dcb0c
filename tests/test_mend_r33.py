"""Round 33 (r33-mend): faults the rereads found by reading code, fixed in the mechanism. Texts
invented, persons and bodies fictional."""
import pytest

from extract.actors import firstnames
from extract.en import english_quotes
from extract.en.headline_quotes import headline_clause_tag
from extract.en.nlp import load_english
from extract.en.parsed import ParsedRules
from extract.pipeline import extract_article
from extract.positions.frames import named_again_by
from extract.positions.frames_de import clauses_in, read_stances, separable_lemmas


def statements(text: str) -> list[tuple[str, str, dict[str, int]]]:
    ex = extract_article(text, lang="de", published="2026-12-07")
    return [(s.quote_text, s.speaker_name, s.stance) for s in ex.statements]


def stances(text: str, speaker: str, context: str = "") -> set[tuple[str, int]]:
    return {(s.target, s.value) for s in read_stances(text, "de", speaker, context)}


# 1. doing without a thing, told, is an act (row "done_without" of data/stance_frames_de.tsv)
@pytest.mark.parametrize("text", [
    "Unmittelbar nach der Wahl verzichtete Anna Kessler auf den Dienstwagen und fuhr mit dem Bus.",
    "Die Stadträtin Anna Kessler verzichtete auf den Dienstwagen.",
    "Der Bürgermeister Jens Haller verzichtet auf sein Honorar.",
    "Anna Kessler verzichtete auf eine Stellungnahme.",
])
def test_doing_without_a_thing_told_is_no_statement(text):
    assert statements(text) == []


def test_doing_without_said_or_giving_up_a_position_told_still_counts():
    assert statements("Wir verzichten auf den Dienstwagen, sagte Anna Kessler.") \
        == [("Wir verzichten auf den Dienstwagen", "Anna Kessler", {"Dienstwagen": -1})]
    told = statements("Der Senator Olav Brink verzichtete auf seine Forderung nach einer Maut.")
    assert [(who, stance) for _, who, stance in told] == [("Olav Brink", {"Maut": -1})]
    told = statements("Gemeindepräsident Jens Haller verzichtet auf die umstrittene Parkgebühr beim Friedhof.")
    assert [(who, stance) for _, who, stance in told] == [("Jens Haller", {"Parkgebühr": -1})]  # (a matter under debate)
    told = statements("Anna Kessler kann auf die Bahnlinie nicht verzichten.")  # (a judgement, +1)
    assert [(who, stance) for _, who, stance in told] == [("Anna Kessler", {"Bahnlinie": 1})]


# 2. a plural present in "-en" with an object after it is finite: its subject takes the position
@pytest.mark.parametrize("text", [
    "Die Eltern unterstützen den Plan.",
    "Die Leute unterstützen einen Neubau.",
    "Die Eltern lehnen den Plan ab.",
])
def test_a_finite_plural_with_its_own_subject_is_no_position_of_the_speaker(text):
    assert stances(text, "Anna Kessler") == set()


def test_a_finite_plural_is_its_subjects_position_and_a_fronted_object_stays():
    assert stances("Die Eltern unterstützen den Plan.", "Die Eltern") == {("Plan", 1)}
    assert stances("Die Schließung lehnen wir ab.", "wir") == {("Schließung", -1)}
    assert stances("Den Plan unterstützen.", "Anna Kessler") == {("Plan", 1)}  # (an infinitive, a demand)
    assert statements("Die Eltern unterstützen den Plan, sagte Anna Kessler.") \
        == [("Die Eltern unterstützen den Plan", "Anna Kessler", {})]


# 3. giving up a position noun with no thing of its own: no stance on the noun
def test_giving_up_opposition_is_no_stance_on_the_opposition_itself():
    assert stances("Nun gab sie ihren Widerstand auf.", "sie") == set()
    assert stances("Der Senator Olav Brink zog seine Unterstützung zurück.", "Olav Brink") == set()
    # (with its thing, the position is reversed as before)
    assert stances("Anna Kessler gab ihren Widerstand gegen die Maut auf.", "Anna Kessler") == {("Maut", 1)}
    assert stances("Die Stadt hat die Maut beerdigt.", "Die Stadt") == {("Maut", -1)}


# 4. (kept) "keine solche X" points back to the kind named before: "keine" is the negation, read on its own
def test_no_such_thing_points_back_to_the_kind_named_before():
    assert stances("Wir brauchen keine solche Abgabe.", "X", "Die Stadt plant eine Bettensteuer.") \
        == {("Bettensteuer", -1)}


# 5. a coordinator with the second verb's own subject between cuts the clause for the particles
def lemmas(text: str) -> set[str]:
    return {lemma for clauses in clauses_in(text, "de") for c in clauses for lemma in separable_lemmas(c).values()}


def test_a_coordinated_clause_with_its_own_subject_takes_its_own_particle():
    assert lemmas("Die Gewerkschaft lehnte den Plan ab und der Rat kündigte Widerstand an.") == {"ablehnen", "ankündigen"}
    assert lemmas("Sie lehnte den Plan ab und die Stadt und der Rat kündigten Widerstand an.") == {"ablehnen", "ankündigen"}
    assert lemmas("Die Gewerkschaft lehnte den Plan und die Maut ab und kündigte Widerstand an.") \
        == {"ablehnen", "ankündigen"}
    assert lemmas("Die Stadt und der Rat lehnten den Plan ab.") == {"ablehnen"}


# 6. Swiss and Austrian first names
@pytest.mark.parametrize("name, gender", [("pirmin", "m"), ("pius", "m"), ("urs", "m"), ("beat", "m"), ("reto", "m"),
                                          ("jürg", "m"), ("priska", "f"), ("käthi", "f")])
def test_swiss_and_austrian_first_names_are_known(name, gender):
    assert firstnames().get(name) == gender


# 7. English: "toll" names no charge; one token test for both headline tag readers
def test_a_death_toll_is_no_charge():
    assert not named_again_by("congestion charge", "toll", written_apart=True)
    assert named_again_by("bridge toll", "charge", written_apart=True)  # (a toll is a charge: "plans a toll … the charge")
    assert named_again_by("windfall tax", "levy", written_apart=True)


LEAD = ("\n\nThe harbour minister, Ailsa Brennock, said on Monday the wall would be rebuilt by 2028. "
        "The Royal College of Nursing said more staff were needed.")


@pytest.mark.parametrize("headline, tag", [
    ("Nurses to strike over pay, says Royal College of Nursing", "Royal College of Nursing"),  # (the name's link)
    ("Harbour wall to be rebuilt, promises minister", "minister"),
    ("Storm closes schools, says nothing about roads", None),  # (a phrase with a preposition)
    ("Council will act, says it will", None),  # (a clause)
])
def test_the_headline_clause_tag_reads_its_words_as_the_quoted_tag_does(headline, tag):
    doc = load_english()(headline + LEAD)
    rules = ParsedRules(doc, english_quotes(doc.text))
    found = headline_clause_tag(doc, rules.quotes, rules.speech_entry)
    assert (doc.text[found[1][0]:found[1][1]] if found else None) == tag


def test_doing_without_what_others_get_is_a_told_position_and_ones_own_after_a_place_stays_an_act():
    # (rr33: a genitive or "für" naming people after the thing makes it theirs, a decision on it)
    told = statements("Ministerin Anna Kessler verzichtet auf die Dienstwagen der Staatssekretäre.")
    assert [(who, stance) for _, who, stance in told] == [("Anna Kessler", {"Dienstwagen": -1})]
    told = statements("Der Landrat Jens Haller verzichtet auf die Abfindung für den früheren Geschäftsführer.")
    assert [(who, stance) for _, who, stance in told] == [("Jens Haller", {"Abfindung": -1})]
    assert statements("Stadtrat Jens Haller verzichtet auf den Dienstwagen der Stadt.") == []
    assert statements("Stadträtin Anna Kessler verzichtet auf das Honorar für den Vortrag.") == []
