"""Reading an article file for the add-article modal: the ingest helper's reader when present."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class ReadResult:
    text: str
    title: str = ""
    source: str = ""
    dateline: str = ""
    meta_date: str | None = None
    origin: str = ""
    filename: str | None = None


class ReadError(Exception):
    """The file cannot be read as an article (the message says why, naming the file)."""


def read_file(path_text: str) -> ReadResult:
    path = Path(path_text).expanduser()
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    if path.is_dir():
        raise ReadError(f"{path}: is a folder; give one article file (or use `wortlaut add FOLDER`)")
    try:
        from extract.ingest import IngestError, read_article
    except ImportError:
        read_article = None  # type: ignore[assignment]
    if read_article is not None:
        try:
            r = read_article(path)
        except IngestError as err:  # type: ignore[misc]
            raise ReadError(str(err)) from None
        except OSError as err:
            raise ReadError(f"{path}: {err.strerror or err}") from None
        return ReadResult(
            text=r.text, title=getattr(r, "title", "") or "", source=getattr(r, "source", "") or "",
            dateline=getattr(r, "dateline", "") or "", meta_date=getattr(r, "meta_date", None),
            origin=getattr(r, "origin", str(path)) or str(path), filename=getattr(r, "filename", path.name),
        )
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{path}: not UTF-8 text") from None
    except OSError as err:
        raise ReadError(f"{path}: {err.strerror or err}") from None
    if not text.strip():
        raise ReadError(f"{path}: the file is empty")
    return ReadResult(text=text, origin=str(path), filename=path.name)


def detect_published(text: str, lang: str | None, filename: str | None = None,
                     meta_date: str | None = None) -> str | None:
    """The publication date extraction would find, for prefilling the form (None when none)."""
    try:
        from extract import dates
        from extract.text import detect_language

        found = dates.find_published(text, lang or detect_language(text), filename=filename, meta_date=meta_date)
    except Exception:  # a detector failure must never break typing in the form
        return None
    if isinstance(found, tuple):
        found = found[0]
    return found or None
