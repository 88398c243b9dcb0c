"""The month-partitioned extraction archive and `wortlaut import`: the same record bytes as the
single-process path, resume, slices into the store. Texts invented (fictional names)."""
from __future__ import annotations

import io
import json

import pytest

from extract.archive import archive_lines, chunks, read_archive, run_archive
from extract.batch import run
from store import Filter, Store
from tui.cli import main

TEXTS = [
    ("a1", "2031-03-04", "„Der Hafen von Kelmar bleibt offen“, sagte Ilse Varga am Dienstag in Valdoria."),
    ("a2", "2031-03-20", "Karl von der Heide sagte, die Brücke werde im Sommer gebaut."),
    ("a3", "2031-04-02", "„Wir verhandeln weiter über den Zoll“, erklärte Anna Beispiel."),
    ("a4", None, "„Die Grenze bleibt zu“, sagte Tomas Berger."),
]


@pytest.fixture(scope="module")
def records():
    return [{"id": i, "date": d, "text": t, "title": f"Bericht {i}"} for i, d, t in TEXTS]


@pytest.fixture(scope="module")
def archive(tmp_path_factory, records):
    out = tmp_path_factory.mktemp("archive")
    assert run_archive(records, out) == len(records)
    return out


def test_archive_records_are_the_single_process_bytes_partitioned_by_month(archive, records):
    single = io.StringIO()
    run((json.dumps(r, ensure_ascii=False) for r in records), single)  # the batch reads JSON lines
    assert sorted(archive_lines(archive)) == sorted(single.getvalue().splitlines())
    months = sorted(p.name for p in archive.glob("month=*"))
    assert months == ["month=2031-03", "month=2031-04", "month=undated"]


def test_a_finished_chunk_is_not_extracted_again(archive, records):
    assert run_archive(records, archive) == 0


def test_parallel_processes_write_the_same_records(tmp_path, archive, records, monkeypatch):
    monkeypatch.setattr("extract.archive.CHUNK", 1)
    assert len(chunks(records, 1)) == 4
    run_archive(records, tmp_path, jobs=2)
    assert sorted(archive_lines(tmp_path)) == sorted(archive_lines(archive))


def test_parquet_archive_holds_the_same_records(tmp_path, archive, records):
    pytest.importorskip("pyarrow")
    run_archive(records, tmp_path, fmt="parquet")
    assert sorted(archive_lines(tmp_path)) == sorted(archive_lines(archive))
    assert {t["title"] for _, t in read_archive(tmp_path)} == {f"Bericht {i}" for i, _, _ in TEXTS}


def test_import_brings_a_date_slice_into_the_database_once(tmp_path, archive):
    db = tmp_path / "db.json"
    assert main(["--db", str(db), "import", str(archive), "--from", "2031-03-01", "--to", "2031-03-31"]) == 0
    s = Store(db)
    got = s.statements(Filter())
    assert got and all(st.date.startswith("2031-03") for st in got)
    assert {a.title for a in s.articles()} <= {"Bericht a1", "Bericht a2"}
    n = s.count(Filter())
    s.close()
    assert main(["--db", str(db), "import", str(archive), "--from", "2031-03-01", "--to", "2031-03-31"]) == 0
    assert Store(db).count(Filter()) == n  # importing again adds nothing


def test_import_of_something_else_is_one_line(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "db.json"), "import", str(tmp_path)]) == 2
    assert "not an archive" in capsys.readouterr().err


def test_dask_local_cluster_writes_the_same_records(tmp_path, archive, records):
    pytest.importorskip("distributed")
    seen = []
    run_archive(records, tmp_path, dask=True, workers=1, progress=lambda done, total: seen.append((done, total)))
    assert sorted(archive_lines(tmp_path)) == sorted(archive_lines(archive))
    assert seen[-1] == (1, 1)  # the progress callback saw every chunk


def test_import_into_a_locked_database_exits_4_and_keeps_what_was_imported_before(tmp_path, archive, capsys,
                                                                                  monkeypatch):
    """Another Wortlaut process holds the database's lock longer than import waits: one line saying
    it is locked (and that import waited), exit 4 as the README's table says (it was 1, 'some input
    refused'); the database is as it was, and the same command works once the lock is free."""
    import filelock

    import tui.import_command
    from tui import exit_codes

    monkeypatch.setattr(tui.import_command, "LOCK_WAIT", 0.2)
    db = tmp_path / "db.json"
    Store(db).close()
    before = db.read_bytes()
    capsys.readouterr()
    with filelock.FileLock(str(db) + ".lock"):
        assert main(["--db", str(db), "import", str(archive)]) == exit_codes.LOCKED
    err = capsys.readouterr().err
    assert "Traceback" not in err and "locked by another Wortlaut process" in err and "waiting for" in err
    assert "imported 0 new articles" in err and db.read_bytes() == before
    assert main(["--db", str(db), "import", str(archive)]) == exit_codes.OK
    assert Store(db).count(Filter()) > 0


def test_import_of_a_folder_that_does_not_exist_exits_3(tmp_path, capsys):
    from tui import exit_codes

    assert main(["--db", str(tmp_path / "db.json"), "import", str(tmp_path / "none")]) == exit_codes.MISSING
    assert "no such folder" in capsys.readouterr().err


def test_import_names_each_record_it_cannot_read_skips_it_and_imports_the_rest(tmp_path, archive, capsys):
    """An archive damaged by hand or by a crash: a record line wrongly encoded (a Latin-1 byte), a
    records file cut off mid-line, a record with an impossible publication date. The first of them
    ended the whole import ('cannot read the archive: …', no file named; a wrongly encoded byte
    anywhere in a file lost all of that file's records, the date was stored as it was). Now each
    is one line naming the file and line, the readable records are imported, exit 1; the archive
    is left as it was."""
    import shutil

    from tui import exit_codes

    damaged = tmp_path / "archive"
    shutil.copytree(archive, damaged)
    (march,) = damaged.glob("month=2031-03/*[0-9].jsonl")
    (april,) = damaged.glob("month=2031-04/*[0-9].jsonl")
    (undated,) = damaged.glob("month=undated/*[0-9].jsonl")
    lines = march.read_bytes().splitlines(keepends=True)
    march.write_bytes(lines[0].replace(b'"', b'"\xe4', 1) + b"".join(lines[1:]))
    april.write_bytes(april.read_bytes().replace(b'"published": "2031-04-02"', b'"published": "2031-02-30"'))
    undated.write_bytes(undated.read_bytes()[:40])
    before = {f: f.read_bytes() for f in damaged.rglob("*") if f.is_file()}
    db = tmp_path / "db.json"
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(damaged)]) == exit_codes.REFUSED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{march}:1: " in err and f"{undated}:1: " in err
    assert f"{april}:1: " in err and "February has no 30th" in err
    assert "imported 1 new articles" in err
    assert {a.title for a in Store(db).articles()} == {f"Bericht {json.loads(lines[1])['id']}"}
    assert {f: f.read_bytes() for f in damaged.rglob("*") if f.is_file()} == before


def test_an_import_interrupted_half_way_says_what_it_kept_and_run_again_adds_the_rest(tmp_path, archive, capsys,
                                                                                     monkeypatch):
    """Ctrl-C between two commits: the import said only 'wortlaut: interrupted', not whether anything
    was saved. Now it says how many articles it imported before and that running it again adds the
    rest; the second run completes the database."""
    import tui.import_command

    monkeypatch.setattr(tui.import_command, "BATCH", 1)
    real, calls = Store.add_many, []

    def interrupted(self, batch, **kwargs):
        calls.append(batch)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, batch, **kwargs)

    db = tmp_path / "db.json"
    with monkeypatch.context() as m:
        m.setattr(Store, "add_many", interrupted)
        assert main(["--db", str(db), "import", str(archive)]) == 130
    err = capsys.readouterr().err
    assert "interrupted after importing 1 new articles" in err and "run it again" in err
    assert len(Store(db).articles()) == 1
    assert main(["--db", str(db), "import", str(archive)]) == 0
    assert len(Store(db).articles()) == len(TEXTS)
