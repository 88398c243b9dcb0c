"""`wortlaut add`: folders, stdin, refusals with exit code, batches, dates, processes.

Databases and articles live in tmp_path; all names fictional."""
from __future__ import annotations

import argparse
import io
import re

import pytest

from store import Store
from tui.add_command import add_arguments, auto_jobs, run_add

ARTICLE_DE = (
    "Marwen lehnt Gasleitung ab\n\n"
    "VALDORA (dpa) — Die valdorische Ministerpräsidentin Ilka Marwen hat sich am Montag gegen die "
    "geplante Gasleitung gestellt. «Wir lehnen die Pipeline ab», sagte Marwen nach dem Treffen.\n\n"
    "Der norrländische Außenminister Tomas Vell warb dagegen für das Projekt. «Die Leitung ist ein "
    "Angebot an beide Länder», sagte Vell.\n"
)
ARTICLE_EN = (
    "Dockworkers threaten strike\n\n"
    "BRENNSUND, March 6 (Nordwire) — Dockworkers at the port threatened on Thursday to walk out. "
    "\"We will not accept this deal,\" union leader Runa Dalgard told reporters.\n"
)
PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kovant warnt | Tagblatt</title>
<meta property="article:published_time" content="2024-05-02"></head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Kovant warnt vor der Sundlinie</h1>
<p>HALVSTAD (AFP) - Oppositionsführer Aurel Kovant hat vor der Gasleitung gewarnt. «Die Sundlinie ist ein
Fehler, und wir werden sie im Parlament verhindern», sagte Kovant am Donnerstag in Halvstad.</p>
<p>Die Regierung wies die Kritik zurück. Ein Sprecher sagte, das Projekt sei gut vorbereitet.</p>
</article><footer>Impressum</footer></body></html>"""


def parse(argv):
    parser = argparse.ArgumentParser(prog="wortlaut add")
    add_arguments(parser)
    return parser.parse_args(argv)


def run(argv, db, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    code = run_add(parse(argv), db, stdin=stdin, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "artikel"
    (d / "unter").mkdir(parents=True)
    (d / "2031-03-03-marwen.txt").write_bytes(ARTICLE_DE.replace("\n", "\r\n").encode("cp1252"))
    (d / "unter" / "dockworkers.md").write_text(ARTICLE_EN, encoding="utf-8")
    (d / "unter" / "kovant.html").write_text(PAGE, encoding="utf-8")
    (d / "leer.txt").write_bytes(b"")
    (d / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "notizen.csv").write_text("nicht,gemeint\n")
    return d


def test_folder_mixed_good_and_bad_files(folder, tmp_path):
    db = tmp_path / "db.json"
    code, out, err = run([str(folder)], db)
    assert code == 1  # something was refused
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert any(str(folder / "leer.txt") in l and "empty" in l for l in lines)
    assert any(str(folder / "bild.txt") in l and "binary" in l for l in lines)
    assert "Articles: 3 new, 0 already known" in out
    assert "Read 3 of 5 files" in out
    with Store(db) as store:
        arts = {a.origin.rsplit("/", 1)[-1]: a for a in store.articles()}
        assert set(arts) == {"2031-03-03-marwen.txt", "dockworkers.md", "kovant.html"}
        assert arts["2031-03-03-marwen.txt"].source == "dpa" and arts["2031-03-03-marwen.txt"].dateline == "VALDORA"
        assert "\r" not in arts["2031-03-03-marwen.txt"].text and "Außenminister" in arts["2031-03-03-marwen.txt"].text
        assert arts["2031-03-03-marwen.txt"].published == "2031-03-03"  # from the file name
        assert arts["kovant.html"].published == "2024-05-02" and arts["kovant.html"].source == "AFP"
        assert arts["kovant.html"].title == "Kovant warnt vor der Sundlinie"  # the h1, not "| Tagblatt"
        assert arts["dockworkers.md"].lang == "en" and arts["dockworkers.md"].source == "Nordwire"
        assert store.count() >= 3


def test_second_run_is_a_no_op_and_exits_zero(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_DE, encoding="utf-8")
    db = tmp_path / "db.json"
    code, out, _ = run([str(f), "--published", "2031-03-03"], db)
    assert code == 0 and "Articles: 1 new" in out and "+ " in out and "Marwen" in out
    speaking, new = re.search(r"actors speaking: (\d+) \((\d+) new to the database\)", out).groups()
    assert int(speaking) >= 2 and new == speaking  # an empty database: every actor is new
    with Store(db) as store:
        n = store.count()
        assert n >= 2 and store.articles()[0].published == "2031-03-03"
    code, out, _ = run([str(f)], db)
    assert code == 0 and "Articles: 0 new, 1 already known" in out
    assert "Statements: 0 in new articles; actors speaking: 0 (0 new to the database)" in out
    with Store(db) as store:
        assert store.count() == n and len(store.articles()) == 1


def test_stdin_and_overrides(tmp_path):
    db = tmp_path / "db.json"
    code, out, err = run(["-", "--source", "Tagblatt", "--lang", "de", "--published", "15.02.2031"], db,
                         stdin=io.BytesIO(ARTICLE_DE.encode("utf-16")))
    assert code == 0, err
    with Store(db) as store:
        (art,) = store.articles()
        assert art.origin == "stdin" and art.source == "Tagblatt" and art.lang == "de"
        assert art.published == "2031-02-15" and art.published_source == "user"


def test_bad_published_date_exits_2_with_message(capsys):
    with pytest.raises(SystemExit) as info:
        parse(["x.txt", "--published", "gestern"])
    assert info.value.code == 2
    assert "--published" in capsys.readouterr().err


def test_missing_path_and_size_limit(tmp_path):
    big = tmp_path / "gross.txt"
    big.write_text(ARTICLE_DE * 20, encoding="utf-8")
    small = tmp_path / "klein.txt"
    small.write_text(ARTICLE_DE, encoding="utf-8")
    code, out, err = run([str(tmp_path / "fehlt.txt"), str(big), str(small), "--max-bytes", "2k"], tmp_path / "db.json")
    assert code == 1
    assert f"{tmp_path / 'fehlt.txt'}: no such file" in err
    assert f"{big}: too large" in err
    assert "Articles: 1 new" in out


def test_folder_without_matching_files(tmp_path):
    d = tmp_path / "leer"
    d.mkdir()
    (d / "daten.csv").write_text("a,b\n")
    code, out, err = run([str(d)], tmp_path / "db.json")
    assert code == 1 and "no files matching" in err and str(d) in err
    assert not (tmp_path / "db.json").exists()  # nothing to add: no database created


def test_corrupt_database_exits_7_and_is_untouched(tmp_path):
    db = tmp_path / "db.json"
    db.write_text("{kein json")
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_DE, encoding="utf-8")
    code, out, err = run([str(f)], db)
    assert code == 7 and str(db) in err  # tui/exit_codes.py UNUSABLE
    assert db.read_text() == "{kein json"


def test_several_processes_give_the_same_database(tmp_path):
    d = tmp_path / "viele"
    d.mkdir()
    names = ["Marwen", "Vell", "Kovant", "Sandell", "Orlan", "Dalgard", "Brekke", "Halvor"]
    for i in range(16):
        who = names[i % len(names)]
        text = ARTICLE_DE.replace("Marwen", who).replace("Montag", ["Montag", "Dienstag"][i % 2]) + f"\nMeldung {i}.\n"
        (d / f"2031-04-{i + 1:02d}-a{i}.txt").write_text(text, encoding="utf-8")
    (d / "kaputt.txt").write_bytes(b"\x00\x01\x02" * 100)
    results = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"db{jobs}.json"
        code, out, err = run([str(d), "--jobs", jobs], db)
        assert code == 1 and "kaputt.txt" in err and "Articles: 16 new" in out
        with Store(db) as store:
            results[jobs] = sorted((a.id, a.published) for a in store.articles()), store.count()
    assert results["1"] == results["2"]


def test_auto_jobs():
    assert auto_jobs(1) == 1 and auto_jobs(5) == 1
    assert auto_jobs(500) >= 1
    assert auto_jobs(500, cpus=4, load=0.2) == 4  # idle machine: one per CPU
    assert auto_jobs(500, cpus=4, load=2.9) == 1  # busy machine: extra processes only add start-up
    assert auto_jobs(500, cpus=2, load=6.0) == 1
    assert auto_jobs(20, cpus=16, load=0.0) == 5  # at least 4 articles per process


def test_cli_entry_point(tmp_path, capsys):
    from tui.cli import main

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_DE, encoding="utf-8")
    e = tmp_path / "leer.txt"
    e.write_text("")
    code = main(["--db", str(tmp_path / "db.json"), "add", str(f), str(e)])
    captured = capsys.readouterr()
    assert code == 1 and "Articles: 1 new" in captured.out and f"{e}: empty file" in captured.err


def test_db_option_before_or_after_add(tmp_path):
    from tui.cli import build_parser

    assert build_parser().parse_args(["--db", "a.json", "add", "x.txt"]).db.name == "a.json"
    assert build_parser().parse_args(["add", "x.txt", "--db", "b.json"]).db.name == "b.json"
    assert build_parser().parse_args(["add", "x.txt"]).db is None


def test_a_worker_crash_refuses_only_that_file(tmp_path, monkeypatch):
    """A worker process that dies (as on a crash in native code) costs one file, not the batch."""
    import os

    import tui.add_command as add

    real = add.extract

    def crashing(art, opts):
        if art.filename == "absturz.txt":
            os._exit(3)  # only ever runs in a worker: the pool forks after this patch
        return real(art, opts)

    monkeypatch.setattr(add, "extract", crashing)
    d = tmp_path / "in"
    d.mkdir()
    for i in range(7):
        (d / f"a{i}.txt").write_text(ARTICLE_DE + f"\nMeldung {i}.\n", encoding="utf-8")
    (d / "absturz.txt").write_text(ARTICLE_DE + "\nAbsturz.\n", encoding="utf-8")
    code, out, err = run([str(d), "--jobs", "2"], tmp_path / "db.json")
    assert code == 1
    assert err.strip().splitlines() == [f"wortlaut add: refused {d / 'absturz.txt'}: extraction crashed its worker process"]
    assert "Articles: 7 new" in out


def test_ctrl_c_keeps_what_was_extracted(tmp_path, monkeypatch):
    import tui.add_command as add

    real = add.process
    calls = []

    def interrupted(item, opts):
        calls.append(item)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(item, opts)

    monkeypatch.setattr(add, "process", interrupted)
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"a{i}.txt").write_text(ARTICLE_DE + f"\nMeldung {i}.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    code, out, err = run([str(d), "--jobs", "1"], db)
    assert code == 130 and "(interrupted)" in out and "Articles: 3 new" in out
    with Store(db) as store:
        assert len(store.articles()) == 3


def test_a_local_dask_cluster_stores_the_same_statements_as_one_process(tmp_path):
    pytest.importorskip("distributed")
    d = tmp_path / "viele"
    d.mkdir()
    names = ["Marwen", "Vell", "Kovant", "Sandell", "Orlan"]
    for i in range(25):  # two Dask tasks (CLUSTER_CHUNK articles each)
        text = ARTICLE_DE.replace("Marwen", names[i % 5]) + f"\nMeldung {i}.\n"
        (d / f"2031-05-{i + 1:02d}-a{i}.txt").write_text(text, encoding="utf-8")
    (d / "kaputt.txt").write_bytes(b"\x00\x01\x02" * 100)
    exported = {}
    for how in (["--jobs", "1"], ["--cluster", "--workers", "1"]):
        db = tmp_path / f"db{how[0]}.json"
        code, out, err = run([str(d), *how], db)
        assert code == 1 and "kaputt.txt" in err and "Articles: 25 new" in out
        with Store(db) as store:
            exported[how[0]] = [(s.to_dict(), store.actor(s.speaker).name if s.speaker else None)
                                for s in store.statements()]
            exported[how[0]] += sorted((a.id, a.origin, a.published) for a in store.articles())
    assert "local Dask cluster of 1 workers" in out
    for rows in exported.values():  # actor ids are random per database: compare names instead
        for row in rows:
            if isinstance(row[0], dict):
                row[0].pop("speaker")
    assert exported["--jobs"] == exported["--cluster"] and len(exported["--jobs"]) > 25
