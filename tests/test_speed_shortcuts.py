"""Cheap checks that skip slow work must never skip a case the slow work would have found."""
import random

from extract.actors.context import APPOSITION_BEFORE
from extract.actors.extents import comma_just_before


def test_comma_check_never_skips_an_apposition_before():
    rng = random.Random(7)
    alphabet = ["a", "B", " ", " ", "\t", "\n", ",", ",", ".", "«", "Valdoria", "der Ministerin"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for start in range(len(text) + 1):
            found = APPOSITION_BEFORE.search(text, max(0, start - 100), start)
            if found:
                matched += 1
                assert comma_just_before(text, start), (text, start)
    assert matched > 100  # the property was tried on real matches
    assert comma_just_before("Die Ministerin von Valdoria, \n", 30)
    assert not comma_just_before("sagte die Ministerin ", 21)
