"""bench/extract_speed.py --profile: how one stack sample is counted."""
import sys
from collections import Counter

from bench_scripts import load_bench_script


def load_bench():
    return load_bench_script("extract_speed")


def test_a_sample_counts_the_innermost_function_as_self_and_each_caller_once():
    bench = load_bench()
    inclusive, own = Counter(), Counter()

    def inner():
        bench.count_stack(sys._getframe(), inclusive, own)

    def outer(depth):
        if depth:
            outer(depth - 1)  # (recursive: counted once per sample)
        else:
            inner()

    outer(2)
    inner_key, outer_key = bench.function_key(inner.__code__), bench.function_key(outer.__code__)
    assert own == Counter({inner_key: 1})
    assert inclusive[inner_key] == 1 and inclusive[outer_key] == 1
    assert inner_key.startswith("test_extract_speed.py:inner:")
    # this test function is on the stack too: every caller is counted
    assert inclusive[bench.function_key(test_a_sample_counts_the_innermost_function_as_self_and_each_caller_once.__code__)] == 1


def test_the_rules_timed_are_those_of_the_runs_language():
    import importlib

    bench = load_bench()
    assert bench.extraction("rules", "en") is importlib.import_module("extract.en").analyse
    assert bench.extraction("rules", "de") is importlib.import_module("extract.de").analyse
