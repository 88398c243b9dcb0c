"""Hostile and careless input, generated here (no binaries checked in): broken encodings, escape
sequences in file names, binary and empty files, unreadable and looping folders. Nothing raises,
nothing is silently garbled, nothing reaches the terminal unescaped. Fictional names only."""
from __future__ import annotations

import argparse
import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.reading import IngestError, iter_paths, read_article, read_bytes
from store import Store
from tui.add_command import add_arguments, run_add
from tui.terminal import TerminalStream, printable

ARTICLE = ("Lösung für Kelmar\n\n"
           "VALDORA (dpa) — Die Ministerin Ilka Marwen sagte am Montag, die Lösung sei nah. "
           "«Wir müssen handeln», sagte sie. Der Abgeordnete Tomas Vell sprach von Größe.\n")
ESCAPES = "\x1b]0;übernommen\x07\x1b[2J\x1b[31m"


def run(argv, db):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    code = run_add(parser.parse_args(argv), db, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def broken_utf8(text: str, at: list[int], byte: int = 0xFF) -> bytes:
    """UTF-8 with a byte that is never UTF-8 inserted before the characters at ``at``."""
    return b"".join((bytes([byte]) if i in at else b"") + c.encode("utf-8") for i, c in enumerate(text))


# --- encodings -------------------------------------------------------------------------------

def test_mostly_utf8_is_read_as_utf8_and_the_bad_bytes_counted():
    raw = broken_utf8(ARTICLE, [40, 80, 81])
    art = read_bytes(raw, "kaputt.txt")
    assert art.encoding == "utf-8" and art.note == "3 bytes could not be read as UTF-8 and were replaced"
    assert art.text.replace("\ufffd", "") == ARTICLE.strip() and art.text.count("\ufffd") == 3
    assert art.source == "dpa"  # the agency marker is not lost to a wrong encoding


def test_windows_1252_is_read_without_a_note_but_a_mixture_is_noted():
    clean = read_bytes(ARTICLE.encode("cp1252"), "alt.txt")
    assert clean.text == ARTICLE.strip() and clean.note == ""
    mixed = read_bytes(ARTICLE.encode("utf-8") + ARTICLE.encode("cp1252"), "gemischt.txt")
    assert "uncertain guess" in mixed.note


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", blacklist_categories=("Cs", "Cc")), max_size=120),
       st.lists(st.integers(0, 200), max_size=3, unique=True), st.sampled_from([0xF8, 0xFE, 0xFF]))
def test_a_few_bad_bytes_in_utf8_are_replaced_and_counted(text, at, byte):
    text = "Größe, Übermut, Äpfel, Öl, Süße: " + text  # 7 real UTF-8 characters: twice 3 bad bytes, and more
    at = [i for i in at if i < len(text)]
    try:
        art = read_bytes(broken_utf8(text, at, byte), "x.txt", kind="text")
    except IngestError:
        return  # e.g. the text is only blanks after normalisation: a clear refusal is fine
    assert art.encoding == "utf-8"
    if at:
        n = len(at)
        assert art.note.startswith(f"{n} byte{'s' if n > 1 else ''} could not be read as UTF-8")
    clean = read_bytes(text.encode("utf-8"), "x.txt", kind="text").text
    assert art.text.count("\ufffd") == len(at)
    assert art.text.replace("\ufffd", "").split() == clean.split()  # nothing else changed


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".dat"]))
def test_any_file_bytes_give_an_article_or_a_clear_refusal(tmp_path_factory, raw, suffix):
    path = tmp_path_factory.mktemp("b") / f"datei{suffix}"
    path.write_bytes(raw)
    try:
        art = read_article(path)
    except IngestError as err:
        assert str(err).startswith(str(path) + ": ") and "\n" not in str(err)
    else:
        assert art.text.strip() and isinstance(art.note, str)


# --- terminal-safe output --------------------------------------------------------------------

def test_printable_escapes_control_characters():
    assert printable("a\x1b[2Jb\x07\n\u202e\x9b") == "a\\x1b[2Jb\\x07\\n\\u202e\\x9b"
    assert printable("Größe «ok» — fine") == "Größe «ok» — fine"
    out = io.StringIO()
    TerminalStream(out).write("\"=A1\",\"\x1b[2J\"\r\n")
    assert out.getvalue() == "\"=A1\",\"\\x1b[2J\"\n"


def test_add_prints_no_escape_sequence_from_a_file_name(tmp_path):
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / f"{ESCAPES}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / f"{ESCAPES}leer.txt").write_bytes(b"")
    (folder / "kaputt.txt").write_bytes(broken_utf8(ARTICLE, [40, 80, 81]))
    code, out, err = run([str(folder)], tmp_path / "db.json")
    assert code == 1  # the empty file is refused
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b]0;übernommen\\x07" in out + err
    assert "kaputt.txt: 3 bytes could not be read as UTF-8 and were replaced" in err
    assert "Read with care: 1" in out


# --- folders ---------------------------------------------------------------------------------

def test_symlinked_folders_are_followed_once_and_loops_end(tmp_path):
    real = tmp_path / "archiv" / "2031"
    real.mkdir(parents=True)
    (real / "a.txt").write_text(ARTICLE)
    (tmp_path / "archiv" / "zurück").symlink_to(tmp_path / "archiv")  # a loop
    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(ARTICLE)
    (tmp_path / "archiv" / "verweis").symlink_to(elsewhere)
    names = sorted(p.name for p in iter_paths([tmp_path / "archiv"]))
    assert names == ["a.txt", "b.txt"]


def test_an_unreadable_folder_is_reported_as_such(tmp_path, monkeypatch):
    top = tmp_path / "archiv"
    (top / "gesperrt").mkdir(parents=True)
    (top / "a.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("gesperrt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems: list[str] = []
    assert [p.name for p in iter_paths([top], problems=problems)] == ["a.txt"]
    assert problems == [f"{top / 'gesperrt'}: cannot read the folder (Permission denied)"]
    code, out, err = run([str(top / "gesperrt")], tmp_path / "db.json")
    assert code == 1 and "cannot read the folder (Permission denied)" in err and "no files matching" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_without_read_permission_is_reported(tmp_path):
    top = tmp_path / "gesperrt"
    top.mkdir()
    (top / "a.txt").write_text(ARTICLE)
    os.chmod(top, 0)
    try:
        code, out, err = run([str(top)], tmp_path / "db.json")
    finally:
        os.chmod(top, 0o755)
    assert code == 1 and "cannot read the folder" in err


def test_export_works_from_a_read_only_folder(tmp_path, capsys):
    from tui.cli import main

    folder = tmp_path / "archiv"
    (folder / "artikel.txt").parent.mkdir()
    (folder / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    assert run([str(folder / "artikel.txt")], folder / "db.json")[0] == 0
    (folder / "db.json.lock").unlink(missing_ok=True)
    os.chmod(folder, 0o555)
    try:
        capsys.readouterr()
        assert main(["--db", str(folder / "db.json"), "export", "--format", "csv"]) == 0
        assert "Ilka Marwen" in capsys.readouterr().out
        assert not (folder / "db.json.lock").exists()
    finally:
        os.chmod(folder, 0o755)
    with Store(folder / "db.json") as store:
        assert store.count() >= 1
