"""Extraction output must not depend on Python's string hash seed: the Dask workers and the
--jobs processes of `wortlaut extract` each start with their own seed, and their records must be
byte for byte the same (issue 18). A set iterated into an output dict breaks this."""
import json
import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "tui" / "demo"
# a recalled position with its configured topic: two keys recalled at once
RECALLS = ("Die Bürgermeisterin Anna Beispiel hatte sich im März gegen die Vermögensteuer ausgesprochen. "
           "Anna Beispiel hatte sich im Mai für ein Tempolimit und gegen die Erbschaftsteuer ausgesprochen.")

SCRIPT = """
import json, sys
from extract.batch import batch_record
for line in sys.stdin:
    print(json.dumps(batch_record(json.loads(line)), ensure_ascii=False, sort_keys=False))
"""


def records(seed: str, lines: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=lines, capture_output=True, text=True,
                          env=env, timeout=600, check=True)
    return done.stdout


def test_records_are_the_same_under_any_hash_seed():
    articles = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "lang": "de" if "-dpa-" in p.name else "en",
                 "published": p.name[:10]} for p in sorted(DEMO.glob("*.txt")) if "-dpa-" in p.name]
    articles.append({"id": "recalls", "text": RECALLS, "lang": "de", "published": "2031-05-02"})
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    first = records("1", lines)
    assert first.count("\n") == len(articles) and '"stance": {"' in first
    assert records("2", lines) == first
    assert records("3", lines) == first
