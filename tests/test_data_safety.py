"""The database keeps its owner's choices (file mode, read-only), exports are safe to open in a
spreadsheet. Databases live in tmp_path; all names fictional."""
from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from extract.model import Actor, Article, Extraction, Statement, article_id, statement_id
from store import Filter, Store, StoreError
from store.export import export_csv, spreadsheet_safe, write_export
from store.storage import atomic_write, writable

HOSTILE = ["=HYPERLINK(\"http://valdoria.invalid\",\"klick\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
           "\tgetaucht", "\r=1+1", "  =1+1", "\n@A1"]


def extraction(quote: str, title: str = "Kelmar", n: int = 0) -> Extraction:
    text = f"„{quote}“, sagte Ilse Varga in Kelmar ({n})."
    aid = article_id(text)
    b = text.index(quote)
    st = Statement(id=statement_id(aid, [(b, b + len(quote))]), article_id=aid, quote=[(b, b + len(quote))],
                   quote_text=quote, kind="direct", speaker="v", speaker_name="Ilse Varga", date="2031-01-02")
    return Extraction(Article(id=aid, text=text, title=title, published="2031-01-02"), [st],
                      [Actor(id="v", name="Ilse Varga", kind="person")])


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- file mode -------------------------------------------------------------------------------

@pytest.mark.parametrize("chosen", [0o600, 0o640, 0o664])
def test_every_write_keeps_the_database_mode(tmp_path, chosen):
    db = tmp_path / "db.json"
    Store(db).close()
    os.chmod(db, chosen)
    with Store(db) as store:
        store.add(extraction("Der Hafen bleibt offen"))
        store.add(extraction("Die Brücke auch", n=1))
    assert mode(db) == chosen


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_every_write_keeps_the_owner_where_permitted(tmp_path):
    db = tmp_path / "db.json"
    Store(db).close()
    os.chown(db, 4321, 4321)
    with Store(db) as store:
        store.add(extraction("Der Hafen bleibt offen"))
    assert (os.stat(db).st_uid, os.stat(db).st_gid) == (4321, 4321)


def test_new_files_follow_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        Store(tmp_path / "db.json").close()
        atomic_write(tmp_path / "other.json", b"{}")
    finally:
        os.umask(old)
    assert mode(tmp_path / "db.json") == 0o600
    assert mode(tmp_path / "other.json") == 0o600


def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    db = tmp_path / "db.json"
    with Store(db) as store:
        store.add(extraction("Der Hafen bleibt offen"))
        out = tmp_path / "out.csv"
        out.write_text("alt")
        os.chmod(out, 0o600)
        write_export(store, Filter(), "csv", out)
    assert mode(out) == 0o600 and "Der Hafen" in out.read_text()


# --- read-only -------------------------------------------------------------------------------

def test_a_read_only_database_is_read_never_written(tmp_path):
    db = tmp_path / "db.json"
    with Store(db) as store:
        store.add(extraction("Der Hafen bleibt offen"))
    (tmp_path / "db.json.lock").unlink(missing_ok=True)
    os.chmod(db, 0o444)
    before = db.read_bytes()
    with Store(db) as store:
        assert store.read_only
        assert [s.quote_text for s in store.statements()] == ["Der Hafen bleibt offen"]
        with pytest.raises(StoreError, match="read-only") as err:
            store.add(extraction("Neu", n=1))
        assert "\n" not in str(err.value)
        out = tmp_path / "export.json"
        write_export(store, Filter(), "json", out)  # export works
        assert json.loads(out.read_text())["statements"][0]["quote_text"] == "Der Hafen bleibt offen"
    assert db.read_bytes() == before and mode(db) == 0o444
    assert not (tmp_path / "db.json.lock").exists()  # reading took no lock


def test_a_read_only_folder_needs_no_lock_file(tmp_path):
    folder = tmp_path / "archiv"
    with Store(folder / "db.json") as store:
        store.add(extraction("Der Hafen bleibt offen"))
    (folder / "db.json.lock").unlink(missing_ok=True)
    os.chmod(folder, 0o555)
    try:
        assert not writable(folder / "db.json")
        with Store(folder / "db.json") as store:
            assert store.read_only and store.count() == 1
            with pytest.raises(StoreError, match="read-only"):
                store.rename_actor("v", "Ilse Varga-Nord")
        # nothing new in the folder: no lock file, no temporary file
        assert {p.name for p in folder.iterdir()} <= {"db.json", "db.json.bak", "db.json.parts"}
        with pytest.raises(StoreError, match="read-only"):
            Store(folder / "neu.json")
    finally:
        os.chmod(folder, 0o755)


def test_cli_refuses_adding_to_a_read_only_database_in_one_line(tmp_path, capsys):
    from tui import exit_codes
    from tui.cli import main

    db = tmp_path / "db.json"
    Store(db).close()
    os.chmod(db, 0o444)
    art = tmp_path / "a.txt"
    art.write_text("«Der Hafen bleibt offen», sagte die Ministerin Ilka Marwen am Montag.", encoding="utf-8")
    assert main(["--db", str(db), "add", str(art)]) == exit_codes.READ_ONLY
    err = [line for line in capsys.readouterr().err.splitlines() if "read-only" in line]
    assert len(err) == 1
    assert main(["--db", str(db), "export", "--format", "json"]) == 0


# --- CSV injection ---------------------------------------------------------------------------

@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_cells_are_neutralised(cell):
    safe = spreadsheet_safe(cell)
    assert safe == "'" + cell


@pytest.mark.parametrize("cell", ["Der Hafen", "Ärger um 3 Brücken", "", "a=b", "E-Mail", "#Hafen"])
def test_ordinary_cells_stay_as_they_are(cell):
    assert spreadsheet_safe(cell) == cell
    assert spreadsheet_safe(0.5) == 0.5


def test_csv_export_is_safe_and_json_verbatim(tmp_path):
    with Store(tmp_path / "db.json") as store:
        for i, q in enumerate(HOSTILE):
            store.add(extraction(q, title="=WEBSERVICE(\"http://valdoria.invalid\")", n=i))
        buf = io.StringIO()
        assert export_csv(store, Filter(), buf) == len(HOSTILE)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert sorted(r["quote_text"] for r in rows) == sorted("'" + q for q in HOSTILE)
        assert {r["article_title"] for r in rows} == {"'=WEBSERVICE(\"http://valdoria.invalid\")"}
        assert all(rec.startswith('"') for rec in buf.getvalue().split("\r\n") if rec)  # all quoted
        out = tmp_path / "all.json"
        write_export(store, Filter(), "json", out)
        assert sorted(s["quote_text"] for s in json.loads(out.read_text())["statements"]) == sorted(HOSTILE)


def test_the_dashboard_opens_a_read_only_database_and_refuses_a_correction(tmp_path):
    import asyncio

    from textual.widgets import Input

    from fixtures.tui_data import TODAY, build_store, running
    from tui.app import WortlautApp

    path = tmp_path / "wortlaut.json"
    build_store(path).close()
    (tmp_path / "wortlaut.json.lock").unlink(missing_ok=True)
    os.chmod(path, 0o444)
    before = path.read_bytes()

    async def rename() -> list[str]:
        app = WortlautApp(path, today=TODAY)
        async with running(app, size=(160, 48)) as (app, pilot):  # a Pilot that waits for each key's effects
            assert app.timeline.total == 10  # everything is shown
            await pilot.press("R")
            await pilot.pause()
            app.screen.query_one(Input).value = "Mara Lindqvist-Holm"
            await pilot.press("enter")
            await pilot.pause()
            return [n.message for n in app._notifications]

    messages = asyncio.run(rename())
    assert any("read-only" in m for m in messages)
    assert path.read_bytes() == before
