"""Reading an article for the add-article modal: the same reader as `wortlaut add`, so a file
or pasted text gets the same decoding, clean-up and metadata (title, agency, dateline, date)."""
from __future__ import annotations

from pathlib import Path

from extract.reading import IngestError, ReadArticle, read_article, read_text_input


class ReadError(Exception):
    """The file or text cannot be read as an article (the message says why, naming the file)."""


def read_file(path_text: str) -> ReadArticle:
    try:
        path = Path(path_text).expanduser()
    except RuntimeError as err:  # "~someone/…" where there is no such user
        raise ReadError(f"{path_text}: {err}") from None
    if path.is_dir():
        raise ReadError(f"{path}: is a folder; give one article file (or use `wortlaut add FOLDER`)")
    try:
        return read_article(path)
    except IngestError as err:
        raise ReadError(str(err)) from None
    except ValueError as err:  # a path no file can have (a NUL character)
        raise ReadError(f"{path_text!r}: {err}") from None


def read_pasted(text: str) -> ReadArticle:
    try:
        return read_text_input(text, origin="pasted")
    except IngestError as err:
        raise ReadError(str(err)) from None


def detect_published(text: str, lang: str | None, filename: str | None = None,
                     meta_date: str | None = None) -> str | None:
    """The publication date extraction would find, for prefilling the form (None when none)."""
    try:
        from extract import dates
        from extract.reading import detect_language

        found, _source = dates.find_published(text, lang or detect_language(text), filename=filename,
                                              meta_date=meta_date)
    except Exception:  # a detector failure must never break typing in the form
        return None
    return found or None
