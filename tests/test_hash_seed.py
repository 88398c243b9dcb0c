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


def records(seed: str, lines: str, script: str = SCRIPT) -> str:
    """The output of ``script`` over the JSON ``lines`` in a Python started with hash seed ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", script], input=lines, capture_output=True, text=True,
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


# Own texts whose positions came out differently under two seeds: a particle verb whose base verb
# is a frame of its own ("sprechen sich … aus" is aussprechen and sprechen: the deciding words were
# "sprechen … aus" or "sprechen" by the seed), beside texts with an English stance and actors.
PARTICLE_VERBS = (
    "Die Grünen und die Linke sprechen sich entschieden gegen längere Laufzeiten der Kohlekraftwerke aus. "
    "Das teilte die Sprecherin Mara Feldtal am Dienstag in Kleinbergen mit.")
FULL_SCRIPT = """
import json, sys
from dataclasses import asdict
from extract.pipeline import extract_article
for line in sys.stdin:
    a = json.loads(line)
    d = asdict(extract_article(a["text"], lang=a["lang"], published=a["published"]))
    d["article"].pop("added_at")
    print(json.dumps(d, ensure_ascii=False, sort_keys=True))
"""


def test_every_field_is_the_same_under_any_hash_seed():
    """All of an extraction (statements with stance evidence, recalled keys, actors), not only the
    batch's fields: seeds 1 and 2 once gave "sprechen" for "sprechen sich … aus"."""
    english = ("Councillor Dana Whitcombe said on Monday that she strongly opposes the new parking levy. "
               "\"We will fight this tax,\" said Tom Brierly, who chairs the Eastmoor traders' association.")
    articles = [{"text": PARTICLE_VERBS, "lang": "de", "published": "2031-03-04"},
                {"text": RECALLS, "lang": "de", "published": "2031-05-02"},
                {"text": english, "lang": "en", "published": "2031-06-07"}]
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    first = records("1", lines, FULL_SCRIPT)
    assert '"Laufzeit": ["sprechen … aus", "gegen"]' in first
    assert records("2", lines, FULL_SCRIPT) == first
    assert records("3", lines, FULL_SCRIPT) == first
