"""German recalled positions, demand nouns and 'kam von' (issue 16, item 3 follow-up): a
pluperfect position is kept, dated to the time it recalls and takes part in change detection."""
from extract.dates import date_recalled
from extract.model import Statement
from extract.pipeline import extract_article
from extract.positions import find_changes, judge
from extract.positions.frames_de import read_stances


def _statements(text: str, published: str = "2026-06-15") -> list[Statement]:
    return extract_article(text, lang="de", published=published).statements


def test_recalled_and_current_position_on_one_target_do_not_cancel():
    j = judge("", "", "de", frame_text="Sandmann hatte sich im Frühjahr gegen die Seilbahn ausgesprochen, "
                                       "nun befürwortet sie die Seilbahn.")
    assert j.stance == {"Seilbahn": 1} and j.recalled == [] and j.recalled_stance == {"Seilbahn": -1}


def test_recalled_time_words_seasons_years_and_none():
    assert date_recalled("hatte sich im Frühjahr gegen X ausgesprochen", "2026-06-15", "de").date == "2026-03-01"
    # a season not yet begun this year is last year's
    assert date_recalled("hatte sich im Herbst gegen X ausgesprochen", "2026-06-15", "de").date == "2025-09-01"
    assert date_recalled("hatte sich im vergangenen Sommer dafür ausgesprochen", "2026-08-15", "de").date == "2025-06-01"
    assert date_recalled("hatte sich 2023 gegen X ausgesprochen", "2026-06-15", "de").date == "2023-01-01"
    assert date_recalled("hatte sich im März gegen X ausgesprochen", "2026-06-15", "de").date == "2026-03-01"
    assert date_recalled("hatte sich gegen X ausgesprochen", "2026-06-15", "de").source == "published"


def test_a_recalled_position_only_is_a_statement_dated_to_its_time():
    [s] = _statements("Die Bürgermeisterin Tilda Sandmann hatte sich im Frühjahr gegen die Seilbahn ausgesprochen.")
    assert s.stance == {"Seilbahn": -1} and s.recalled == ["Seilbahn"]
    assert (s.date, s.recalled_date) == ("2026-03-01", "2026-03-01")


def test_recall_then_new_position_is_one_reversal_in_one_article():
    [s] = _statements("Die Bürgermeisterin Tilda Sandmann hatte sich im Frühjahr gegen die Seilbahn ausgesprochen, "
                      "nun befürwortet sie die Seilbahn.")
    s.speaker = "a1"
    [c] = find_changes([s])
    assert (c.target, c.before_stance, c.after_stance, c.before_date, c.after_date) == \
        ("Seilbahn", -1, 1, "2026-03-01", "2026-06-15")


def _held(sid: str, article: str, date: str, stance: dict, recalled_stance: dict | None = None,
          recalled_date: str | None = None, recalled: list | None = None) -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 5)], quote_text="…", kind="reported", speaker="a1",
                     date=date, stance=stance, recalled=recalled or [], recalled_stance=recalled_stance or {},
                     recalled_date=recalled_date)


def test_a_recalled_position_equal_to_the_current_one_is_no_change():
    same = _held("s1", "b", "2026-06-01", {"Tempolimit": 1}, {"Tempolimit": 1}, "2026-03-01")
    assert find_changes([same]) == []
    before = _held("s0", "a", "2026-01-10", {"Tempolimit": 1})
    assert find_changes([before, same]) == []


def test_a_recall_in_a_later_article_counts_at_its_earlier_date():
    first = _held("s0", "a", "2026-01-10", {"Tempolimit": -1})
    recall = _held("s1", "b", "2026-03-01", {"Tempolimit": 1}, {"Tempolimit": 1}, "2026-03-01", ["Tempolimit"])
    later = _held("s2", "c", "2026-06-01", {"Tempolimit": 1})
    [c] = find_changes([later, recall, first])
    assert (c.before, c.after, c.after_date) == ("s0", "s1", "2026-03-01")


def test_a_demand_noun_passes_its_target_on():
    def stances(text):
        return {(s.target, s.value) for s in read_stances(text, "de", "Karl von der Heide")}

    assert stances("Landrat Karl von der Heide wies die Forderung nach Bodycams zurück.") == {("Bodycam", -1)}
    assert stances("Karl von der Heide lehnte den Ruf nach einem Tempolimit ab.") == {("Tempolimit", -1)}
    assert stances("Karl von der Heide unterstützt den Wunsch nach einer Seilbahn.") == {("Seilbahn", 1)}
    # his own demand is his own stance
    assert stances("Karl von der Heide wiederholte seine Forderung nach einem Tempolimit.") == {("Tempolimit", 1)}


def test_a_nominal_stance_that_comes_from_someone_is_theirs():
    for text in ("Ein klares Nein zum Pumpspeicherkraftwerk kam von der Naturschützerin Lena Morgenroth.",
                 "Kritik an dem Pumpspeicherkraftwerk gab es von der Naturschützerin Lena Morgenroth."):
        [s] = _statements(text)
        assert (s.speaker_name, s.stance) == ("Lena Morgenroth", {"Pumpspeicherkraftwerk": -1})
    assert _statements("Der Vorschlag kam von Lena Morgenroth.") == []


def test_a_recall_without_time_words_is_compared_only_within_its_article():
    first = _held("s0", "a", "2026-01-10", {"Tempolimit": -1})
    turn = _held("s1", "b", "2026-02-10", {"Tempolimit": 1})
    recall = _held("s2", "c", "2026-03-10", {"Tempolimit": -1}, {"Tempolimit": -1}, None, ["Tempolimit"])
    later = _held("s3", "d", "2026-05-10", {"Tempolimit": 1})
    assert [(c.before, c.after) for c in find_changes([first, turn, recall, later])] == [("s0", "s1")]
    now = _held("s4", "c", "2026-03-10", {"Tempolimit": 1}, {"Tempolimit": -1})
    assert [(c.before, c.after) for c in find_changes([now])] == [("s4", "s4")]


def test_a_wish_in_the_konjunktiv_perfect_is_a_position_of_today_and_a_background_noun_none():
    # "hätte sich X gewünscht" (indirect.WISHED): not a Konjunktiv report of someone else's words
    wished = _statements("Stadträtin Miriam Kolbeck hätte sich eine Senkung der Kita-Gebühren gewünscht.", "2026-12-02")
    assert [(s.speaker_name, s.stance.get("Kita-Gebühr")) for s in wished] == [("Miriam Kolbeck", -1)]
    assert _statements("Stadträtin Miriam Kolbeck hatte keine Forderungen erhalten.", "2026-12-02") == []
