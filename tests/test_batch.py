"""The batch interface (DESIGN.md): JSONL in, JSONL out, spans slicing the input text."""
import json
import re
import subprocess
import sys

from extract.batch import batch_record

GERMAN = (
    "VALDORA (dpa) — Die Ministerpräsidentin Ilka Marwen hat den Hafenplan verteidigt. "
    "«Wir bleiben bei unserem Kurs», sagte Marwen am Dienstag. "
    "Außenminister Tomas Vell erklärte: »Der Plan ist gut für das ganze Land.«"
)
ENGLISH = (
    "VALDORA (Nordwire) — The union leader Mara Quist rejected the deal. "
    "“This deal sells out our members,” Quist said on Monday. "
    "\"We will keep striking,\" she said."
)


def test_record_has_the_design_keys_and_spans_slice_the_input():
    rec = batch_record({"id": "x1", "text": GERMAN, "date": "2031-03-05"})
    assert rec["id"] == "x1" and rec["lang"] == "de" and rec["published"] == "2031-03-05"
    assert len(rec["statements"]) >= 2
    for st in rec["statements"]:
        assert set(st) >= {"quote", "quote_text", "kind", "speaker", "speaker_mention", "speaker_kind",
                           "cue", "date", "date_source", "topics", "stance"}
        pieces = [GERMAN[b:e] for b, e in st["quote"]]
        assert st["quote_text"] == " … ".join(pieces)
        for b, e in st["speaker_mention"] + st["cue"]:
            assert 0 <= b < e <= len(GERMAN)
    speakers = {st["speaker"] for st in rec["statements"]}
    assert {"Ilka Marwen", "Tomas Vell"} <= speakers


def test_english_is_detected_and_pronoun_goes_to_last_named_person():
    rec = batch_record({"id": "e1", "text": ENGLISH, "date": "2031-03-05"})
    assert rec["lang"] == "en"
    by_quote = {st["quote_text"]: st["speaker"] for st in rec["statements"]}
    assert by_quote.get("We will keep striking,") == "Mara Quist"


def test_command_line_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    records = [{"id": "a", "text": GERMAN, "date": "2031-03-05"}, {"id": "b", "text": ENGLISH}]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extract", "--jsonl", str(src), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["statements"] and lines[1]["statements"]
    # the command writes exactly the record batch_record gives for each line, in input order
    assert lines == [batch_record(r) for r in records]


def test_bad_input_line_is_a_clear_error(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text("{not json}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extract", "--jsonl", str(src)], capture_output=True, text=True)
    assert done.returncode != 0
    assert "line 1: not JSON" in done.stderr


def test_broken_aliases_file_is_named_and_refused(tmp_path, monkeypatch):
    bad = tmp_path / "aliases.toml"
    bad.write_text("this is = = not toml\n", encoding="utf-8")
    monkeypatch.setenv("WORTLAUT_ALIASES", str(bad))
    from tui.cli import main

    assert main(["--db", str(tmp_path / "db.json"), "export"]) == 2
    assert not (tmp_path / "db.json").exists()


def test_indirect_statement_is_dated_by_its_frame_not_its_content():
    text = ("HALVSTAD (dpa) — Außenminister Tomas Vell sagte am Montag, die Fähre nach Kelmar "
            "fahre erst am Freitag wieder.")
    rec = batch_record({"id": "d", "text": text, "date": "2031-03-05"})  # a Wednesday
    (st,) = [s for s in rec["statements"] if s["kind"] == "indirect"]
    assert (st["date"], st["date_source"]) == ("2031-03-03", "am Montag")


def test_the_agency_dateline_is_never_part_of_a_quote():
    text = ("HALVSTAD (dpa) — Norrland hat die Sanktionen gegen Kestria verschärft, sagte "
            "Außenminister Tomas Vell am Montag.")
    rec = batch_record({"id": "dl", "text": text, "date": "2031-03-05"})
    assert rec["statements"]
    for st in rec["statements"]:
        assert "HALVSTAD" not in st["quote_text"] and "(dpa)" not in st["quote_text"]


# --- the input names of the rest of the tool, and bad lines (issue 17) -----------------------


def run_batch(tmp_path, lines: list[str], *args: str):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    from extract.batch import main

    out = tmp_path / "out.jsonl"
    code = main(["--jsonl", str(src), "--out", str(out), *args])
    return code, [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def test_published_is_the_same_as_date_and_iso_times_give_the_day():
    by_date = batch_record({"id": "a", "text": GERMAN, "date": "2031-03-05"})
    assert batch_record({"id": "a", "text": GERMAN, "published": "2031-03-05"}) == by_date
    assert batch_record({"id": "a", "text": GERMAN, "published": "05.03.2031"}) == by_date
    assert batch_record({"id": "a", "text": GERMAN, "published": "2031-03-05T09:30:00Z"}) == by_date
    assert batch_record({"id": "a", "text": GERMAN, "published": "2031-03-05", "date": "2031-03-05"}) == by_date


def test_source_title_url_reach_the_article():
    from extract.batch import article_options

    opts = article_options({"text": "x", "source": "dpa", "title": "Hafenplan", "url": "https://example.org/a",
                            "lang": "de", "published": "2031-03-05"})
    assert opts == {"lang": "de", "published": "2031-03-05", "title": "Hafenplan", "source": "dpa",
                    "origin": "https://example.org/a"}


def test_bad_lines_are_reported_by_number_and_the_batch_goes_on(tmp_path, capsys):
    lines = [
        json.dumps({"id": "ok1", "text": GERMAN, "published": "2031-03-05"}),
        "{not json}",
        json.dumps({"id": "no-text", "title": "nur ein Titel"}),
        json.dumps({"id": "bad-date", "text": GERMAN, "published": "31.02.2031"}),
        json.dumps({"id": "disagree", "text": GERMAN, "published": "2031-03-05", "date": "2031-03-06"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok2", "text": ENGLISH, "lang": "en", "autor": "x", "rubrik": "y"}),
        json.dumps({"id": "ok3", "text": GERMAN, "autor": "z"}),
    ]
    code, out = run_batch(tmp_path, lines)
    err = capsys.readouterr().err
    assert code == 1
    assert [r["id"] for r in out] == ["ok1", "ok2", "ok3"]
    assert out[0]["published"] == "2031-03-05"
    for n, why in [(2, "not JSON"), (3, "no 'text'"), (4, "31.02.2031"), (5, "differ"), (6, "not a JSON object")]:
        assert re.search(rf"line {n}: .*{re.escape(why)}.*skipped", err), (n, err)
    assert err.count("unknown key 'autor'") == 1 and err.count("unknown key 'rubrik'") == 1
    assert "line 8: unknown key 'autor'" in err
    assert "5 lines failed (2, 3, 4, 5, 6); 3 written" in err


def test_a_clean_batch_exits_0_and_says_nothing(tmp_path, capsys):
    code, out = run_batch(tmp_path, [json.dumps({"id": "a", "text": GERMAN, "source": "dpa", "url": "u"})])
    assert code == 0 and len(out) == 1 and capsys.readouterr().err == ""


def test_the_exit_codes_are_in_the_help(capsys):
    import pytest

    from extract.batch import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "1 some lines failed" in out and "published" in out
