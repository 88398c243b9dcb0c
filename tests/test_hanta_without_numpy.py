"""extract/de/without_numpy.py: HanTa without numpy gives HanTa's own answers, bit for bit."""
import json
import math
import random
import subprocess
import sys
from pathlib import Path

from test_hanta_fast import WORDS, answers, taggers

from extract.de.without_numpy import logaddexp

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from test_hanta_fast import WORDS, answers
from extract.de.nlp import tagger
out = [answers(tagger(), w) for w in WORDS]
print(json.dumps({"numpy": "numpy" in sys.modules, "type": type(tagger()).__name__, "strict": tagger().strict,
                  "answers": out}))
"""


def test_logaddexp_is_numpys_to_the_bit():
    import numpy

    rng = random.Random(5)
    pairs = [(-math.inf, -3.0), (-3.0, -math.inf), (-math.inf, -math.inf), (0.0, -1e6), (-2.5, -2.5)]
    for _ in range(20000):
        x = rng.uniform(-60, 0) * rng.choice([0.01, 1, 10])
        pairs.append((x, x + rng.gauss(0, rng.choice([1e-3, 1, 5, 30]))))
    for x, y in pairs:
        assert logaddexp(x, y) == numpy.logaddexp(x, y), (x, y)


def test_tagger_without_numpy_answers_as_hanta():
    """In a fresh process (nothing else loaded numpy): no numpy, and HanTa's answers."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(ROOT / "tests")],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    child = json.loads(proc.stdout)
    assert child["numpy"] is False and child["type"] == "FastHanoverTagger" and child["strict"] is False
    original, _ = taggers()
    expected = json.loads(json.dumps([answers(original, w) for w in WORDS], default=float))
    assert child["answers"] == expected


def test_model_read_without_numpy_is_hantas():
    import gzip
    import pickle

    from extract.de import tagger as fast
    from extract.de.without_numpy import load_model

    path = Path(fast.module.__file__).parent / "morphmodel_ger.pgz"
    with gzip.GzipFile(path, "rb") as file:
        expected = pickle.load(file)  # with numpy
    if "numpy" in sys.modules:
        sys.modules["_numpy_aside"] = sys.modules.pop("numpy")  # load_model reads without numpy only when it is not loaded
    try:
        model = load_model(str(path), fast.module.__file__)
    finally:
        if "_numpy_aside" in sys.modules:
            sys.modules["numpy"] = sys.modules.pop("_numpy_aside")
    assert model == expected
    assert not any(type(x).__module__.startswith("numpy") for x in walk(model))  # numpy's floats became floats


def walk(value):
    yield value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(k)
            yield from walk(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from walk(v)
