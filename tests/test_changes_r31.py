"""Round 31 (r31-changes): a facility's process ("Müllvergärung" of "Müllvergärungsanlage") is read as
that facility from the statements that write the process; one whose key the reader took from a
back-reference ("ist inzwischen gegen die Anlage") does not keep the two apart. Invented texts,
fictional people."""
from extract.model import Statement
from extract.positions import find_changes


def said(sid: str, article: str, date: str, stance: dict[str, int], text: str) -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence={k: ["gegen"] for k in stance})


def turns(*statements: Statement) -> list[tuple[str, int, int]]:
    langs = {s.article_id: "de" for s in statements}
    return [(c.topic, c.before_stance, c.after_stance) for c in find_changes(list(statements), langs=langs)]


FOR = said("s1", "a1", "2030-01-02", {"Müllvergärungsanlage": 1}, "hat sich für die Müllvergärungsanlage am Gewerbepark ausgesprochen")


def test_a_back_reference_read_as_the_process_does_not_keep_it_from_the_facility():
    planned = said("s2", "a2", "2030-06-02", {"Müllvergärung": -1}, "ist von der geplanten Müllvergärung abgerückt")
    anlage = said("s3", "a2", "2030-06-02", {"Müllvergärung": -1}, "sei er inzwischen gegen die Anlage")
    assert turns(FOR, planned, anlage) == [("Müllvergärungsanlage", 1, -1)]


def test_a_process_written_as_the_practice_stays_apart_beside_a_back_reference():
    practice = said("s2", "a2", "2030-06-02", {"Müllvergärung": -1}, "hält Müllvergärung für überholt")
    anlage = said("s3", "a2", "2030-06-02", {"Müllvergärung": -1}, "sei er inzwischen gegen die Anlage")
    assert turns(FOR, practice, anlage) == []
