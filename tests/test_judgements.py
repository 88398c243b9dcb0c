"""The evaluation sets for judgements (tests/data/eval) are well-formed, and the scorer
(bench/judgements.py) counts what it should on tiny cases. No accuracy is asserted here."""
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "eval"

_spec = importlib.util.spec_from_file_location("judgements", ROOT / "bench" / "judgements.py")
judgements = sys.modules["judgements"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judgements)

# minimum cases per file, and per family / pattern in each German split
MIN_CASES = {("speakers", "de"): 90, ("speakers", "en"): 30, ("stances", "de"): 90, ("stances", "en"): 30,
             ("changes", "de"): 6, ("changes", "en"): 2}
MIN_PER_FAMILY_DE = {"speakers": 8, "stances": 6}
MIN_PER_FAMILY_DE_SPLIT = {split: {"speakers": 7, "stances": 6} for split in ("fresh12", "fresh13")}  # the smaller blind splits of rounds 17 and 18
# the hand-written splits of rounds 19-22 and 25-34 (fresh14 to fresh27): three speaker families of 6
SMALL_SPLITS = tuple(f"fresh{n}" for n in range(14, 28))
MIN_PER_FAMILY_DE_SPLIT.update({split: {"speakers": 6, "stances": 6} for split in SMALL_SPLITS})
FILES = [(kind, lang, split) for kind, lang in MIN_CASES for split in ("dev", "check")]
# the blind held-out split (README: "The fresh split"): larger, and with the pattern `nominal` of the extra files
MIN_CASES_FRESH = {("speakers", "de"): 110, ("speakers", "en"): 45, ("stances", "de"): 110, ("stances", "en"): 45,
                   ("changes", "de"): 8, ("changes", "en"): 4}
FRESH = [(kind, lang, "fresh") for kind, lang in MIN_CASES_FRESH]
# the second blind split (round 6, README: "The fresh2 split"), with three new German speaker families
MIN_CASES_FRESH2 = {("speakers", "de"): 120, ("speakers", "en"): 50, ("stances", "de"): 80, ("stances", "en"): 40,
                    ("changes", "de"): 8, ("changes", "en"): 4}
FRESH2 = [(kind, lang, "fresh2") for kind, lang in MIN_CASES_FRESH2]
FRESH2_FAMILIES_DE = ("verb_first", "split_quote", "body")
# the third blind split (round 7, README: "The fresh3 split"), with further families in both languages
MIN_CASES_FRESH3 = {("speakers", "de"): 140, ("speakers", "en"): 55, ("stances", "de"): 110, ("stances", "en"): 60,
                    ("changes", "de"): 10, ("changes", "en"): 8}
FRESH3 = [(kind, lang, "fresh3") for kind, lang in MIN_CASES_FRESH3]
FRESH3_FAMILIES = {"de": FRESH2_FAMILIES_DE + ("coordination", "konjunktiv_two", "nach_time", "particle_verb"),
                   "en": ("body_noun", "group_noun", "outlet")}
# the fourth blind split (round 8, README: "The fresh4 split"): the fresh3 families, both languages
MIN_CASES_FRESH4 = {("speakers", "de"): 200, ("speakers", "en"): 80, ("stances", "de"): 140, ("stances", "en"): 80,
                    ("changes", "de"): 14, ("changes", "en"): 12}
FRESH4 = [(kind, lang, "fresh4") for kind, lang in MIN_CASES_FRESH4]
# the fifth blind split (round 9, README: "The fresh5 split"): the same families, larger
MIN_CASES_FRESH5 = {("speakers", "de"): 200, ("speakers", "en"): 110, ("stances", "de"): 150, ("stances", "en"): 100,
                    ("changes", "de"): 16, ("changes", "en"): 14}
# the blind splits of round 9 on (README: "The fresh5 split" … "The fresh11 split"), all of fresh5's families
# and sizes: fresh6 (round 10; opened by halves in round 11), fresh7 (round 11), fresh8 (round 12, more
# change scenarios), fresh9 (round 13, written by hand), fresh10 (round 14, written by hand),
# fresh11 (round 15, written by hand), fresh12 (round 17), fresh13 (round 18), fresh14 (round 19), fresh15 (round 20), fresh16 (round 21), fresh17 (round 22), fresh18 (round 25), fresh19 (round 26), fresh20 (round 27), fresh21 (round 28), fresh22 (round 29), fresh23 (round 30), fresh24 (round 31), fresh25 (round 32), fresh26 (round 33) and fresh27 (round 34), written by hand, smaller
LATE_SPLITS = judgements.BLIND_SPLITS[judgements.BLIND_SPLITS.index("fresh5"):]  # (a new split is named there only)
LATE = [(kind, lang, split) for split in LATE_SPLITS for kind, lang in MIN_CASES_FRESH5]
SPLITS = ("dev", "check") + judgements.BLIND_SPLITS
MINIMA = {"fresh": MIN_CASES_FRESH, "fresh2": MIN_CASES_FRESH2, "fresh3": MIN_CASES_FRESH3, "fresh4": MIN_CASES_FRESH4,
          **{split: MIN_CASES_FRESH5 for split in LATE_SPLITS}}
# fresh12 (round 17) and fresh13 (round 18): the families of fresh5 with fewer cases each
# (README: "The fresh12 split", "The fresh13 split")
MINIMA["fresh12"] = MINIMA["fresh13"] = {("speakers", "de"): 133, ("speakers", "en"): 90, ("stances", "de"): 114, ("stances", "en"): 75,
                     ("changes", "de"): 14, ("changes", "en"): 10}
# fresh14 (round 19): as fresh13 with 130 German speaker texts (README: "The fresh14 split")
MINIMA["fresh14"] = {**MINIMA["fresh13"], ("speakers", "de"): 130}
# fresh15 (round 20) to fresh27 (round 34): as fresh14 (README: "The fresh15 split" … "The fresh27 split")
MINIMA.update({split: MINIMA["fresh14"] for split in SMALL_SPLITS[1:]})


# development families added in round 6 (also in fresh2); the older blind split "fresh" has none of them
ROUND6_FAMILIES_DE = ("split_quote", "body")


def speaker_families(lang, split):
    families = judgements.SPEAKER_FAMILIES[lang]
    if lang == "de" and split == "fresh":
        return tuple(f for f in families if f not in ROUND6_FAMILIES_DE)
    if lang == "de" and split == "fresh2":
        return families + tuple(f for f in FRESH2_FAMILIES_DE if f not in families)
    if split in ("fresh3", "fresh4") + LATE_SPLITS:
        return families + tuple(f for f in FRESH3_FAMILIES[lang] if f not in families)
    return families


LATE_PATTERNS_DE = ("give_up",)  # added after the blind splits fresh and fresh2 were written (fresh3 has it)


def stance_patterns(lang, split):
    patterns = judgements.STANCE_PATTERNS[lang] + (("nominal",) if split == "fresh" and lang == "de" else ())
    if split in ("fresh", "fresh2"):
        patterns = tuple(p for p in patterns if p not in LATE_PATTERNS_DE)
    return patterns


def load(kind, lang, split):
    path = DATA / f"{kind}_{lang}_{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def in_text(word, text):
    """The target stands in the text as a word or as part of a compound ("Tempolimit" in
    "Tempolimits", "Subvention" in "Agrardiesel-Subventionen"), also where the plural changes the
    vowel or the last letter (lemma "Windrad" in "Windräder", "subsidy" in "subsidies"), or where a
    Latin "-um"/"-us" gives way to the plural ending ("Familienzentrum" in "Familienzentren")."""
    fold = str.maketrans("äöü", "aou")
    word, text = word.casefold().translate(fold), text.casefold().translate(fold)
    latin = len(word) > 5 and word.endswith(("um", "us")) and word[:-2] in text
    return word in text or (len(word) > 4 and word[:-1] in text) or latin


@pytest.mark.parametrize("kind,lang,split", FILES + FRESH + FRESH2 + FRESH3 + FRESH4 + LATE)
def test_file_has_enough_cases(kind, lang, split):
    rows = load(kind, lang, split)
    assert len(rows) >= MINIMA.get(split, MIN_CASES)[kind, lang]
    if lang == "de" and kind in MIN_PER_FAMILY_DE:
        field = "family" if kind == "speakers" else "pattern"
        allowed = speaker_families("de", split) if kind == "speakers" else stance_patterns("de", split)
        # per family over the whole split: the main file and its topical files
        counts = Counter(r[field] for r in judgements.load(DATA, kind, lang, split))
        minimum = MIN_PER_FAMILY_DE_SPLIT.get(split, MIN_PER_FAMILY_DE)[kind]
        assert {f: counts[f] for f in allowed if counts[f] < minimum} == {}


def test_ids_are_unique_across_all_files():
    ids = Counter(r["id"] for kind, lang, split in FILES + FRESH + FRESH2 + FRESH3 + FRESH4 + LATE for r in load(kind, lang, split))
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("lang,split", [(lang, split) for lang in ("de", "en") for split in SPLITS])
def test_speaker_cases_are_well_formed(lang, split):
    for r in load("speakers", lang, split):
        assert r["lang"] == lang and r["family"] in speaker_families(lang, split), r["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["published"]), r["id"]
        assert r["expect"], r["id"]
        for e in r["expect"]:
            assert e["quote"] in r["text"], (r["id"], e["quote"])
            assert e["speaker"] is None or (isinstance(e["speaker"], str) and e["speaker"].strip()), r["id"]
            assert set(e) <= {"quote", "speaker", "role"}, r["id"]
        if r["family"] == "no_antecedent":  # a named speaker may stand beside the unnamed one (fresh6 on)
            assert any(e["speaker"] is None for e in r["expect"]), r["id"]


def named_in(speaker, text):
    """The speaker as written, or (German bodies are coded in the nominative: "Laut Statistischem
    Landesamt" -> "Statistisches Landesamt") every word of it with its case ending left off; case is
    written in capitals as well, as a transcript writes its speakers ("COMMISSIONER DAPHNE STELLMACHER-PRYCE:")."""
    return any(who in text or all(word[:-2] in text for word in who.split()) for who in (speaker, speaker.upper()))


@pytest.mark.parametrize("lang,split", [(lang, split) for lang in ("de", "en") for split in SPLITS])
def test_stance_cases_are_well_formed(lang, split):
    for r in load("stances", lang, split):
        assert r["lang"] == lang and r["pattern"] in stance_patterns(lang, split), r["id"]
        assert r["speaker"] and named_in(r["speaker"], r["text"]), r["id"]
        if r["pattern"].startswith("no_stance"):
            assert r["target"] is None and r["stance"] is None, r["id"]
        if r["stance"] is None:
            assert r["target"] is None, r["id"]
        else:
            assert r["stance"] in (1, -1) and in_text(r["target"], r["text"]), r["id"]


@pytest.mark.parametrize("lang,split", [(lang, split) for lang in ("de", "en") for split in SPLITS])
def test_change_scenarios_are_well_formed(lang, split):
    rows = load("changes", lang, split)
    assert any(r["expect"] for r in rows) and any(not r["expect"] for r in rows)
    for r in rows:
        arts = r["articles"]
        assert len(arts) >= 2 and [a["published"] for a in arts] == sorted(a["published"] for a in arts), r["id"]
        texts = " ".join(a["text"] for a in arts)
        for e in r["expect"]:
            assert e["actor"].split()[-1] in texts and in_text(e["target"], texts), r["id"]
            assert {e["before"], e["after"]} == {1, -1}, r["id"]


# ---------------------------------------------------------------- the scorer end to end

SPEAKER_CASE = {"id": "t-1", "family": "surname", "lang": "de", "published": "2026-03-10",
                "text": "Die Landrätin Birgit Sommerfeld hat den Haushalt vorgestellt. „Wir sparen, wo wir können“, "
                        "sagte Sommerfeld am Montag.",
                "expect": [{"quote": "Wir sparen, wo wir können", "speaker": "Birgit Sommerfeld", "role": "Landrätin"},
                           {"quote": "dieser Satz steht nirgends als Aussage", "speaker": None}]}
STANCE_CASE = {"id": "t-2", "pattern": "reject", "lang": "de", "published": "2026-03-10",
               "text": "Die Wirtschaftsministerin Helga Strobl lehnt eine Übergewinnsteuer ab.",
               "speaker": "Helga Strobl", "target": "Übergewinnsteuer", "stance": -1}
CHANGE_CASE = {"id": "t-3", "lang": "de", "articles": [
    {"published": "2026-01-12", "text": "Oberbürgermeister Ralf Höpfner lehnt die Seilbahn ab. „Die Seilbahn ist zu teuer“, sagte Höpfner."},
    {"published": "2026-03-02", "text": "Oberbürgermeister Ralf Höpfner ist jetzt für die Seilbahn. „Ich unterstütze die Seilbahn“, sagte Höpfner."}],
    "expect": [{"actor": "Ralf Höpfner", "target": "Seilbahn", "before": -1, "after": 1}]}


def test_scorer_counts_speaker_items():
    t = judgements.score_speakers([("dev", SPEAKER_CASE)])
    c = t.counts["surname"]
    assert c["n"] == 2 and c["roles"] == 1 and c["crashed"] == 0
    assert c["found"] <= 2 and c["right"] <= c["found"] and c["role_right"] <= 1
    assert t.counts["TOTAL"]["n"] == 2
    assert len(t.errors) == 2 - c["right"]  # the unfound second item is always an error


def test_scorer_counts_stance_cases():
    t = judgements.score_stances([("dev", STANCE_CASE), ("dev", {**STANCE_CASE, "id": "t-2b", "pattern": "no_stance_neutral",
                                                                   "target": None, "stance": None})])
    total = t.counts["TOTAL"]
    assert total["n"] == 2 and total["polar"] == 1 and total["none"] == 1 and total["crashed"] == 0
    # the same text cannot be right both as a rejection and as no stance
    assert t.counts["reject"]["right"] + t.counts["no_stance_neutral"]["right"] <= 1


def test_scorer_counts_change_scenarios():
    t = judgements.score_changes([("dev", CHANGE_CASE), ("dev", {**CHANGE_CASE, "id": "t-3b", "expect": []})])
    rev, none = t.counts["reversal"], t.counts["no_change"]
    assert rev["scenarios"] == 1 and rev["expected"] == 1 and rev["found"] + rev["missed"] == 1
    assert none["scenarios"] == 1 and none["expected"] == 0 and none["crashed"] == 0
    assert none["false"] == rev["found"]  # the same articles: a found reversal is false where none is expected


def test_a_crashing_case_is_counted_wrong_not_raised():
    t = judgements.score_stances([("dev", {"id": "bad", "pattern": "reject", "lang": "de", "text": None,
                                           "speaker": "X", "target": "Y", "stance": 1})])
    assert t.counts["reject"]["n"] == 1 and t.counts["reject"]["crashed"] == 1 and t.counts["reject"]["right"] == 0
    assert "CRASH" in t.errors[0]


def test_fresh_split_is_scored_only_when_named(tmp_path, capsys):
    """`--split fresh` is accepted and reads only the fresh files; `all` stays dev+check."""
    assert judgements.chosen_splits("fresh") == ["fresh"]
    assert "fresh" not in judgements.chosen_splits("all")
    assert judgements.main(["stances", "--lang", "de", "--split", "fresh", "--data", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""  # no fresh file in tmp_path: nothing scored, no crash
    assert judgements.chosen_splits("fresh2") == ["fresh2"]
    assert "fresh2" not in judgements.chosen_splits("all")
    assert judgements.chosen_splits("fresh3") == ["fresh3"]
    assert "fresh3" not in judgements.chosen_splits("all")
    assert judgements.chosen_splits("fresh4") == ["fresh4"]
    assert "fresh4" not in judgements.chosen_splits("all")
    assert not set(judgements.BLIND_SPLITS) & set(judgements.chosen_splits("all"))


@pytest.mark.parametrize("split", ["refs_dev", "refs_check"])
def test_reference_cases_are_well_formed(split):
    """speakers_de_refs_{dev,check}.jsonl (round 5, references across sentences): the speaker
    format, ids unique against the dev and check files."""
    rows = load("speakers", "de", split)
    assert len(rows) >= 20
    others = {r["id"] for kind, lang, s in FILES for r in load(kind, lang, s)}
    assert not others & {r["id"] for r in rows}
    for r in rows:
        assert r["lang"] == "de" and r["family"] in judgements.SPEAKER_FAMILIES["de"], r["id"]
        assert all(e["quote"] in r["text"] for e in r["expect"]), r["id"]
        if r["family"] == "no_antecedent":  # a named speaker may stand beside the unnamed one (fresh6 on)
            assert any(e["speaker"] is None for e in r["expect"]), r["id"]


def test_half_splits_each_family_into_alternate_cases():
    """Half 1 and half 2 are disjoint, together the whole split, and each holds every family."""
    items = [("fresh6", {"id": f"{fam}-{i}", "family": fam}) for fam in ("body", "pronoun") for i in range(5)]
    one, two = judgements.half(items, 1), judgements.half(items, 2)
    assert [c["id"] for _, c in one] == ["body-0", "body-2", "body-4", "pronoun-0", "pronoun-2", "pronoun-4"]
    assert [c["id"] for _, c in two] == ["body-1", "body-3", "pronoun-1", "pronoun-3"]
    # change scenarios: those with reversals and those without alternate separately, so a file
    # written as reversal, no change, reversal, … still gives each half both kinds
    scenarios = [("fresh6", {"id": f"c-{i}", "articles": [], "expect": [{"actor": "A"}] if i % 2 == 0 else []})
                 for i in range(6)]
    assert [c["id"] for _, c in judgements.half(scenarios, 1)] == ["c-0", "c-1", "c-4", "c-5"]
    assert [c["id"] for _, c in judgements.half(scenarios, 2)] == ["c-2", "c-3"]


NEARMISS = [(lang, split) for lang in ("de", "en") for split in ("dev", "check")]


@pytest.mark.parametrize("lang,split", NEARMISS)
def test_nearmiss_cases_are_well_formed(lang, split):
    """nearmiss_<lang>_<split>.jsonl (round 19): texts whose fragments must give no statement or no
    stance; every family in each file, every fragment verbatim once in its text."""
    rows = load("nearmiss", lang, split)
    assert len(rows) >= 40
    assert {r["family"] for r in rows} == set(judgements.NEARMISS_FAMILIES)
    for r in rows:
        assert set(r) == {"id", "family", "lang", "style", "published", "text", "leave", "what"}, r["id"]
        assert r["lang"] == lang and r["what"] in ("statement", "stance"), r["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["published"]), r["id"]
        assert r["leave"] and all(r["text"].count(f) == 1 for f in r["leave"]), r["id"]


def test_nearmiss_ids_are_unique_and_apart_from_other_files():
    ids = Counter(r["id"] for lang, split in NEARMISS for r in load("nearmiss", lang, split))
    assert [i for i, n in ids.items() if n > 1] == []
    others = {r["id"] for kind, lang, s in FILES for r in load(kind, lang, s)}
    assert not others & set(ids)


def test_scorer_counts_nearmiss_fragments(monkeypatch):
    """A statement touches a fragment by its quote, speaker mention or cue; a "stance" fragment is
    wrong only when a touching statement carries a non-zero stance."""
    from types import SimpleNamespace as NS

    text = "Die Halle braucht ein Dach, sagte Ulla Brems. Am Abend regnete es."
    said = NS(quote=[(0, 26)], speaker_mention=[(34, 44)], cue=[(28, 33)], quote_text="Die Halle braucht ein Dach",
              speaker_name="Ulla Brems", stance={"Dach": 1})
    monkeypatch.setattr(judgements, "extract", lambda *a: NS(statements=[said]))
    case = {"id": "t-nm", "family": "nonspeaker_subject", "lang": "de", "text": text}
    t = judgements.score_nearmiss([
        ("dev", {**case, "what": "stance", "leave": ["Die Halle braucht ein Dach"]}),      # stance on it: wrong
        ("dev", {**case, "what": "statement", "leave": ["Ulla Brems"]}),                   # the mention touches: wrong
        ("dev", {**case, "what": "statement", "leave": ["Am Abend regnete es."]}),         # nothing touches: right
    ])
    assert t.counts["TOTAL"]["n"] == 3 and t.counts["TOTAL"]["right"] == 1
    assert t.counts["TOTAL"]["stance"] == 1 and t.counts["TOTAL"]["stance_right"] == 0
    assert t.counts["TOTAL"]["statement_right"] == 1 and len(t.errors) == 2
    said.stance = {"Dach": 0}  # a found statement without stance is right for a "stance" fragment
    t = judgements.score_nearmiss([("dev", {**case, "what": "stance", "leave": ["Die Halle braucht ein Dach"]})])
    assert t.counts["TOTAL"]["right"] == 1 and t.counts["TOTAL"]["stance_untouched"] == 0
    # a "stance" fragment no statement touches is right, and counted apart as untested
    t = judgements.score_nearmiss([("dev", {**case, "what": "stance", "leave": ["Am Abend regnete es."]})])
    assert t.counts["TOTAL"]["right"] == 1 and t.counts["TOTAL"]["stance_untouched"] == 1


def test_scorer_counts_a_case_with_a_fragment_missing_from_its_text_once_and_wrong(monkeypatch):
    """A fragment not verbatim in the text is a broken case: each of its fragments counted once, wrong
    (not passed for want of a statement, nor counted twice)."""
    from types import SimpleNamespace as NS

    monkeypatch.setattr(judgements, "extract", lambda *a: NS(statements=[]))
    case = {"id": "t-nm-gone", "family": "near_quote", "lang": "de", "what": "statement",
            "text": "Am Abend regnete es in Ostwald.", "leave": ["Am Abend regnete es", "in Westwald"]}
    t = judgements.score_nearmiss([("dev", case)])
    assert t.counts["TOTAL"]["n"] == 2 and t.counts["TOTAL"]["right"] == 0 and t.counts["TOTAL"]["crashed"] == 2
