"""A new user's command line (issue 17): one option grammar for every command, a saved web page
added end to end, and every failure a user can cause ending in one line and its own exit code.

Databases live in tmp_path; names are fictional."""
from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import filelock
import pytest

from store import DatabaseLocked, Store
from tui import exit_codes
from tui.cli import build_parser, main
from tui.dashboard_check import MIN_COLUMNS, MIN_ROWS, dashboard_problem

from test_cli_add import ARTICLE_DE as ARTICLE  # a German article and a saved web page
from test_cli_add import PAGE


@pytest.fixture
def files(tmp_path):
    (tmp_path / "marwen.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "kovant.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    return tmp_path


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


# --- a saved web page, end to end (needs lxml_html_clean, issue 17 point 1) -------------------


def test_a_saved_web_page_is_added_and_exported(files, capsys):
    db = files / "db.json"
    assert main(["add", str(files / "kovant.html"), "--db", str(db)]) == 0
    with Store(db) as store:
        (article,) = store.articles()
        assert article.title == "Kovant warnt vor der Sundlinie" and article.published == "2024-05-02"
        assert article.source == "AFP"
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    names = {a["name"] for a in data["actors"]}
    assert "Aurel Kovant" in names
    assert any("Sundlinie ist ein" in s["quote_text"] for s in data["statements"])


# --- one option grammar (point 3) -----------------------------------------------------------

# How to run each command for real in a test; a new command needs a line here (the test below
# fails until it has one). "{db}" and "{dir}" are filled in; None = the dashboard (no command).
RUNS = {
    None: [],
    "demo": ["demo"],
    "add": ["add", "{dir}/marwen.txt"],
    "extract": ["extract", "--jsonl", "{dir}/in.jsonl", "--out", "{dir}/out.jsonl"],
    "export": ["export", "--format", "csv", "-o", "{dir}/out.csv"],
    "import": ["import", "{dir}/archive"],
}


def commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return list(sub.choices)


def test_every_command_has_a_run_here():
    assert set(commands()) == set(RUNS) - {None}, "add the new command to RUNS in this test"


@pytest.mark.parametrize("name", sorted(RUNS, key=str))
def test_global_options_before_or_after_every_command(name, files, capsys):
    parser = build_parser()
    args = [a.format(dir=files) for a in RUNS[name]]
    before = parser.parse_args(["--db", "before.json", *args])
    after = parser.parse_args([*args, "--db", "after.json"])
    both = parser.parse_args(["--db", "before.json", *args, "--db", "after.json"])
    assert (before.db.name, after.db.name, both.db.name) == ("before.json", "after.json", "after.json")
    if name is not None:
        assert "--db PATH" in parser._subparsers._group_actions[0].choices[name].format_help()
    # and the commands run with it, in both places
    db = files / "db.json"
    expected = {None: exit_codes.NO_TERMINAL, "demo": exit_codes.NO_TERMINAL}.get(name, 0)
    if name == "export":
        assert main(["add", str(files / "marwen.txt"), "--db", str(db)]) == 0
    if name == "import":  # an archive to import from (wortlaut extract --out-dir)
        assert main(["extract", "--jsonl", str(files / "in.jsonl"), "--out-dir", str(files / "archive")]) == 0
    for argv in (["--db", str(db), *args], [*args, "--db", str(db)]):
        assert main(argv) == expected, capsys.readouterr().err
    if name == "add":
        with Store(db) as store:
            assert len(store.articles()) == 1
    if name == "export":
        assert "Marwen" in (files / "out.csv").read_text(encoding="utf-8")


def test_version_anywhere(capsys):
    for argv in (["--version"], ["export", "--version"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 0
        assert capsys.readouterr().out.startswith("wortlaut ")


def test_help_lists_the_exit_codes_and_paths(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for code, _ in exit_codes.TABLE:
        assert f"\n  {code:>3}  " in out
    assert "Database: " in out and "aliases" in out


# --- errors a new user can act on (point 5) -------------------------------------------------


def test_missing_file_to_add(files, capsys):
    assert main(["add", str(files / "fehlt.txt"), "--db", str(files / "db.json")]) == exit_codes.MISSING
    assert f"{files / 'fehlt.txt'}: no such file" in capsys.readouterr().err


def test_missing_file_next_to_a_good_one_still_adds_the_good_one(files, capsys):
    db = files / "db.json"
    assert main(["add", str(files / "fehlt.txt"), str(files / "marwen.txt"), "--db", str(db)]) == exit_codes.MISSING
    with Store(db) as store:
        assert len(store.articles()) == 1


def test_missing_batch_input_and_missing_database_for_export(files, capsys):
    assert main(["extract", "--jsonl", str(files / "fehlt.jsonl")]) == exit_codes.MISSING
    assert "no such file" in one_line_error(capsys)
    assert main(["export", "--db", str(files / "none.json")]) == exit_codes.MISSING
    err = one_line_error(capsys)
    assert "no database at" in err and "wortlaut add" in err


def test_locked_database(files, capsys, monkeypatch):
    db = files / "db.json"
    Store(db).close()
    monkeypatch.setattr(Store.__init__, "__defaults__", (0.2, None))  # wait 0.2 s for the lock, not 30
    # `add` waits for its turn as long as it takes (tests/test_reliability.py); export only reads
    # (what the writer committed last: files are replaced whole); a write that may not wait gives up
    with filelock.FileLock(str(db) + ".lock"):
        assert main(["export", "--db", str(db), "-o", str(files / "out.json")]) == exit_codes.OK
        with pytest.raises(DatabaseLocked, match="locked by another Wortlaut process.*try again") as err:
            Store(db).rename_actor("a1", "Anna Beispiel")
        assert exit_codes.for_store_error(err.value) == exit_codes.LOCKED


def test_a_day_file_cut_off_is_one_warning_line_and_a_write_to_that_day_exits_7(files, capsys):
    """The rest of the database is exported with one warning line naming the damaged day file; an
    add that needs that day is refused with exit 7 and a line saying to restore it; the damaged
    file and the other days are left byte for byte (nothing lost, nothing rewritten)."""
    db = files / "db.json"
    assert main(["add", str(files / "marwen.txt"), "--db", str(db), "--published", "2031-04-06"]) == 0
    assert main(["add", str(files / "kovant.html"), "--db", str(db)]) == 0
    parts = db.with_name("db.json.parts")
    (day,) = parts.glob("2031-04-06.*")
    day.write_bytes(day.read_bytes()[:40])
    before = {f.name: f.read_bytes() for f in parts.iterdir()}
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", str(db), "-o", str(files / "out.json")]) == exit_codes.OK
    err = one_line_error(capsys)
    assert err.startswith("wortlaut: warning:") and day.name in err and "is damaged" in err
    assert json.loads((files / "out.json").read_text())["statements"]  # the other article's
    (files / "again.txt").write_text(ARTICLE.replace("Marwen", "Vell"), encoding="utf-8")
    assert main(["add", str(files / "again.txt"), "--db", str(db), "--published", "2031-04-06"]) == exit_codes.UNUSABLE
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{day.name} is damaged" in err and "restore it from a backup" in err
    assert {f.name: f.read_bytes() for f in parts.iterdir() if f.name in before} == before


def test_read_only_database(files, capsys, monkeypatch):
    db = files / "db.json"
    Store(db).close()
    before = db.read_bytes()

    def refuse(*a, **k):  # what a read-only file system or a file owned by another user does
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["add", str(files / "marwen.txt"), "--db", str(db)]) == exit_codes.READ_ONLY
    err = capsys.readouterr().err
    assert "read-only" in err and "--db" in err and "Traceback" not in err
    monkeypatch.undo()
    assert db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(files, capsys):
    folder = files / "nur-lesen"
    folder.mkdir()
    Store(folder / "db.json").close()
    os.remove(folder / "db.json.lock") if (folder / "db.json.lock").exists() else None
    folder.chmod(0o555)
    try:
        assert main(["add", str(files / "marwen.txt"), "--db", str(folder / "db.json")]) == exit_codes.READ_ONLY
    finally:
        folder.chmod(0o755)


def test_database_from_a_newer_wortlaut(files, capsys):
    db = files / "db.json"
    newer = {"meta": {"schema": {"app": "wortlaut", "version": 99}}, "articles": {}}
    db.write_text(json.dumps(newer), encoding="utf-8")
    for argv in (["add", str(files / "marwen.txt")], ["export"]):
        assert main([*argv, "--db", str(db)]) == exit_codes.TOO_NEW
        err = capsys.readouterr().err
        assert "newer" in err and "update Wortlaut" in err
    assert json.loads(db.read_text(encoding="utf-8")) == newer


def test_not_a_database(files, capsys):
    db = files / "notes.json"
    db.write_text('{"einkauf": ["Brot"]}', encoding="utf-8")
    assert main(["export", "--db", str(db)]) == exit_codes.UNUSABLE
    assert "not a Wortlaut database" in one_line_error(capsys)


def test_no_terminal_for_the_dashboard(files, capsys, monkeypatch):
    import tui.demo_corpus

    monkeypatch.setattr(tui.demo_corpus, "demo_db", lambda: pytest.fail("the demo was built"))
    for argv in ([], ["demo"]):
        assert main(["--db", str(files / "db.json"), *argv]) == exit_codes.NO_TERMINAL
        err = one_line_error(capsys)
        assert "needs a terminal" in err and "wortlaut add" in err
    assert not (files / "db.json").exists()


class FakeTerminal:
    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1


def test_terminal_too_small(files, capsys, monkeypatch):
    import tui.dashboard_check

    monkeypatch.setattr(sys, "stdin", FakeTerminal())
    monkeypatch.setattr(sys, "stdout", FakeTerminal())
    monkeypatch.setattr(tui.dashboard_check.os, "get_terminal_size", lambda fd: os.terminal_size((70, 20)))
    assert main(["--db", str(files / "db.json")]) == exit_codes.TOO_SMALL
    err = one_line_error(capsys)
    assert "70×20" in err and f"{MIN_COLUMNS}×{MIN_ROWS}" in err and "enlarge" in err


def test_terminal_checks():
    tty = FakeTerminal()
    assert dashboard_problem(tty, tty, (MIN_COLUMNS, MIN_ROWS)) is None
    assert dashboard_problem(tty, tty, (MIN_COLUMNS - 1, 50))[0] == exit_codes.TOO_SMALL
    assert dashboard_problem(tty, tty, (200, MIN_ROWS - 1))[0] == exit_codes.TOO_SMALL
    import io

    assert dashboard_problem(io.StringIO(), tty, (200, 50))[0] == exit_codes.NO_TERMINAL
    assert dashboard_problem(tty, io.StringIO(), (200, 50))[0] == exit_codes.NO_TERMINAL


def test_exit_codes_are_distinct():
    codes = [code for code, _ in exit_codes.TABLE]
    assert len(codes) == len(set(codes))


def test_the_readme_table_of_exit_codes_is_the_one_the_help_prints():
    """README.md "When something goes wrong" is tui/exit_codes.TABLE word for word (a hand copy
    drifted before: change both together)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## When something goes wrong\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", section, re.MULTILINE)
    assert [(int(code), what) for code, what in rows] == exit_codes.TABLE


def test_a_real_process_prints_one_line_and_no_traceback(files):
    """The same through the installed entry point: what a user sees in the shell."""
    newer = files / "new.json"
    newer.write_text(json.dumps({"meta": {"schema": {"app": "wortlaut", "version": 99}}}), encoding="utf-8")
    cases = [
        (["add", str(files / "fehlt.txt"), "--db", str(files / "db.json")], exit_codes.MISSING),
        (["export", "--db", str(newer)], exit_codes.TOO_NEW),
        (["--db", str(files / "db.json")], exit_codes.NO_TERMINAL),
    ]
    for argv, code in cases:
        done = subprocess.run([sys.executable, "-m", "tui.cli", *argv], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == code, done.stderr
        err_lines = [x for x in done.stderr.splitlines() if x.startswith("wortlaut")]
        assert "Traceback" not in done.stderr and len(err_lines) == 1, done.stderr


@pytest.mark.parametrize("how", ["cut off", "deleted"])
def test_a_damaged_or_deleted_day_file_under_an_index_snapshot_still_exports_the_rest(files, capsys, monkeypatch, how):
    """An index snapshot has a day whose file was cut off or deleted since. The export (every
    article: each day file is read) stopped with exit 7 and nothing written; now it is written with
    the other articles and every statement, and one warning line names the file (a filter, which
    reads the articles one by one, too)."""
    import store.db

    db = files / "db.json"
    with monkeypatch.context() as m:
        m.setattr(store.db, "_SNAPSHOT_PARTS", 1)
        assert main(["add", str(files / "marwen.txt"), "--db", str(db), "--published", "2031-04-06"]) == 0
        assert main(["add", str(files / "kovant.html"), "--db", str(db)]) == 0
    parts = db.with_name("db.json.parts")
    assert list(parts.glob("index.*"))
    (day,) = parts.glob("2031-04-06.*")
    n = Store(db).count()
    if how == "deleted":
        day.unlink()
    else:
        day.write_bytes(day.read_bytes()[:40])
    capsys.readouterr()
    for argv in (["--format", "json"], ["--format", "json", "--from", "2020-01-01"], ["--format", "csv"]):
        assert main(["export", *argv, "--db", str(db), "-o", str(files / "out")]) == exit_codes.OK
        err = one_line_error(capsys)
        assert err.startswith("wortlaut: warning:") and day.name in err and ("is missing" if how == "deleted" else "is damaged") in err
    assert len(list(csv_rows(files / "out"))) == n
    assert main(["export", "--format", "json", "--db", str(db), "-o", str(files / "out.json")]) == exit_codes.OK
    data = json.loads((files / "out.json").read_text())
    assert len(data["statements"]) == n and [a["title"] for a in data["articles"]] == ["Kovant warnt vor der Sundlinie"]


def csv_rows(path):
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def test_a_full_disk_exits_10_says_to_free_space_and_loses_nothing(files, capsys, monkeypatch):
    """The disk fills up while `add` writes: one line says no space is left and to free some, the
    exit code is 10 (not 7, 'not a readable database: move it away'), and the database is as it
    was; the same command works once there is space."""
    from fixtures.disk_full import disk_full_for

    db = files / "db.json"
    assert main(["add", str(files / "kovant.html"), "--db", str(db)]) == 0
    before = {f.name: f.read_bytes() for f in files.rglob("db.json*") if f.is_file()}
    capsys.readouterr()
    with monkeypatch.context() as m:
        disk_full_for(m, lambda p: p.name.endswith(".json.gz"))
        assert main(["add", str(files / "marwen.txt"), "--db", str(db)]) == exit_codes.NOT_WRITTEN
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No space left on device" in err and "free some space" in err
    assert {f.name: f.read_bytes() for f in files.rglob("db.json*") if f.is_file() and f.name in before} == before
    assert main(["add", str(files / "marwen.txt"), "--db", str(db)]) == 0
    assert len(Store(db).articles()) == 2


def test_a_lock_that_cannot_be_taken_for_another_reason_than_space_is_no_failed_write(files, capsys):
    """Exit 10 says a write failed for lack of space or an I/O error. The lock file being a folder
    (no write was made, also for a reader: export) is not that: exit 7, not 'free some space';
    a write that fails with ENOSPC while it takes the lock is (below, unit level)."""
    from store.db import DatabaseNotWritten, _os_failure

    db = files / "db.json"
    assert main(["add", str(files / "kovant.html"), "--db", str(db)]) == 0
    db.with_name("db.json.lock").unlink(missing_ok=True)
    db.with_name("db.json.lock").mkdir()
    capsys.readouterr()
    for argv in (["export", "--format", "json", "-o", str(files / "out")], ["add", str(files / "marwen.txt")]):
        assert main([*argv, "--db", str(db)]) == exit_codes.UNUSABLE
        err = one_line_error(capsys)
        assert "cannot lock the database" in err and "free some space" not in err
    full = _os_failure(db, "cannot lock the database", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert isinstance(full, DatabaseNotWritten) and exit_codes.for_store_error(full) == exit_codes.NOT_WRITTEN
    odd = _os_failure(db, "could not write the database", OSError(errno.ENAMETOOLONG, "too long"), writing=True)
    assert isinstance(odd, DatabaseNotWritten)
