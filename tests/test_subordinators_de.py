"""The German subordinators: extract/data/subordinators_de.tsv is the one list; the readers that
need a part of it (coreference, the stance clause reader, the fronted-clause test) derive it by sense."""
from extract.actors.coreference import CLAUSE_OPENERS, german_sie_number
from extract.actors.words import subordinator_rows, subordinators
from extract.de.tokens import FRONTED_SUBORDINATORS
from extract.positions.clause_de import SUBORDINATE


def test_every_row_of_the_file_opens_a_verb_final_clause_for_coreference():
    assert CLAUSE_OPENERS == {word for word, _, _ in subordinator_rows()}
    assert {"dass", "ob", "wie", "weil", "während"} <= CLAUSE_OPENERS


def test_the_stance_reader_skips_what_is_said_asked_supposed_or_granted():
    assert SUBORDINATE == subordinators("complement", "condition", "concession")
    assert {"dass", "ob", "wenn", "falls", "obwohl"} <= SUBORDINATE <= CLAUSE_OPENERS
    assert not SUBORDINATE & {"weil", "während", "nachdem", "wie"}  # a reason or a time is still read


def test_only_adverbial_clauses_count_as_fronted():
    assert FRONTED_SUBORDINATORS <= CLAUSE_OPENERS
    assert not FRONTED_SUBORDINATORS & {"dass", "ob", "wie", "wohingegen"}


def test_the_verb_ending_a_subordinate_clause_gives_the_number_of_sie():
    text = "Die Ministerin, wie sie am Rande der Versammlung sagte, lehnt das ab."
    at = text.index("sie am")
    assert german_sie_number(text, (at, at + 3)) == "f"
    text = "Die Räte stimmen zu, falls sie am Ende der Debatte nicht überstimmt werden."
    at = text.index("sie am")
    assert german_sie_number(text, (at, at + 3)) == "p"
