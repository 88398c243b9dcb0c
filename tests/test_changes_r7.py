"""Position changes across articles, round 7: a target named by its compound head, a hedge, a
proper name before the head of an English target."""
from extract.model import Statement
from extract.positions import find_changes


def said(sid: str, article: str, date: str, stance: dict[str, int], words: dict[str, list[str]] | None = None,
         text: str = "") -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence=words or {k: ["lehnt … ab"] for k in stance})


def test_the_compound_named_by_its_head_later_is_one_thing():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Wohnhochhaus": 1}),
                            said("s2", "a2", "2030-03-02", {"Hochhaus": -1})])
    assert [(c.before_stance, c.after_stance, c.target) for c in changes] == [(1, -1, "Wohnhochhaus")]


def test_two_compounds_of_one_head_leave_the_bare_head_unmatched():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Kohlekraftwerk": -1, "Gaskraftwerk": 1}),
                            said("s2", "a2", "2030-03-02", {"Kraftwerk": 1})])
    assert changes == []


def test_a_shared_modifier_is_no_same_thing():
    assert find_changes([said("s1", "a1", "2030-01-02", {"Hundesteuer": 1}),
                         said("s2", "a2", "2030-03-02", {"Hundeverbot": -1})]) == []


def test_a_negated_exclusion_only_leaves_the_thing_open():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Videoüberwachung": -1}),
                            said("s2", "a2", "2030-03-02", {"Videoüberwachung": 1},
                                 {"Videoüberwachung": ["ausschließen", "nicht"]})])
    assert changes == []


def test_a_proper_name_before_the_head_is_left_out_of_the_topic():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"kessel gas field": 1}, text="the Kessel gas field"),
                            said("s2", "a2", "2030-03-02", {"kessel gas field": -1}, text="a new study")])
    assert [(c.target, c.topic) for c in changes] == [("kessel gas field", "gas field")]
