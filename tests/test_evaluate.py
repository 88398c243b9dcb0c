"""python -m extract.evaluate on a tiny gold file, with a stand-in scorer (no ../shared needed)."""
import json

from extract import evaluate

GOLD = {
    "id": "t1", "title": "Test", "date": "2024-03-01",
    "text": "«Wir halten Kurs», sagte Ilka Marwen. Tomas Vell erklärte, die Brücke sei sicher.",
    "annotations": [],
}

# Reads the gold and prediction files like the shared scorer and prints its JSON summary.
FAKE_SCORER = '''
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
pred = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
n = sum(len(p["statements"]) for p in pred)
print(json.dumps({"docs": len(gold), "predicted": n, "quote_f1": 1.0, "joint_f1": 0.5,
                  "joint_recall_by_type": {"Direct": 1.0}}, indent=2))
print("joint_f1=0.5")
'''


def test_evaluate_writes_predictions_and_prints_scores(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    scorer = tmp_path / "score_quotes.py"
    scorer.write_text(FAKE_SCORER, encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert evaluate.main([str(gold), "--out", str(out), "--lang", "de", "--scorer", str(scorer)]) == 0
    printed = capsys.readouterr().out
    assert "quote_f1: 1.0" in printed
    assert "Direct" in printed
    assert "tokens/s" in printed
    assert printed.strip().endswith("joint_f1=0.5")
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert preds[0]["id"] == "t1"
    kinds = sorted(s["kind"] for s in preds[0]["statements"])
    assert kinds == ["direct", "indirect"]
    for st in preds[0]["statements"]:
        for b, e in st["quote"]:
            assert 0 <= b < e <= len(GOLD["text"])


def test_missing_scorer_gives_a_clear_message(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    code = evaluate.main([str(gold), "--scorer", str(tmp_path / "nope.py")])
    assert code == 2
    assert "scorer not found" in capsys.readouterr().err


def test_missing_gold_file(tmp_path, capsys):
    assert evaluate.main([str(tmp_path / "none.jsonl")]) == 2
    assert "no such gold file" in capsys.readouterr().err
