"""bench/identical.py names the first record and field where two extraction outputs part."""
import json

from bench_scripts import load_bench_script


def load_identical():
    return load_bench_script("identical")


def record(rid: str, **statement) -> str:
    st = {"quote": [[0, 5]], "speaker": "Anna Beispiel", "date": "2031-03-03", **statement}
    return json.dumps({"id": rid, "lang": "de", "published": "2031-03-03", "statements": [st]})


def test_first_difference_names_record_statement_and_field():
    identical = load_identical()
    reference = [record("a"), record("b")]
    ours = [record("a"), record("b", speaker="Karl von der Heide")]
    assert identical.first_difference(ours, reference) == (
        "line 2 id='b': statement 0 speaker 'Anna Beispiel' -> 'Karl von der Heide'")
    assert identical.first_difference(reference, reference) == ""
    assert identical.first_difference(ours[:1], reference) == "2 records in the reference -> 1"


def test_demo_records_take_the_date_from_the_file_name():
    demo = load_identical().demo_records()
    assert demo and all(r["date"] == r["id"][:10] for r in demo)
