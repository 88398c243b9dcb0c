"""Reading articles as users collect them: text and Markdown files, saved web pages, stdin and
pasted text, in whatever encoding they come.

    path / "-" / pasted text
      │  bytes: size limit, binary check, decoding (BOM, UTF-8, UTF-16, Windows-1252, Latin-1 …)
      ▼
    HTML: trafilatura (main text without navigation, title), htmldate (date from the metadata)
    Markdown: front matter and light markup removed
      │  normalised text: \\r\\n → \\n, NFC, soft hyphens and zero-width characters removed
      ▼
    ReadArticle: text + title, source ("dpa"), dateline ("MOSKAU"), meta_date, lang, origin

Pure: no Textual, no TinyDB. Every refusal is an ``IngestError`` whose message is one line
naming the file and the reason, so a batch can report it and go on.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .dateline import find_marker, find_trailer_source
from .encodings import _DECLARED_CHARSET, decode_noted, normalise_text
from .errors import IngestError
from .markup import _HTML_DOCUMENT, _front_matter_date, looks_like_html, read_html, read_markdown

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MB: far above any news article, below a mistaken dump
MAX_BYTES_ENV = "WORTLAUT_MAX_BYTES"
DEFAULT_PATTERN = "*.txt,*.md,*.html,*.htm"
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class ReadArticle:
    text: str
    title: str = ""
    source: str = ""  # agency from a marker like "(dpa)", else the web site's name, else ""
    dateline: str = ""  # "MOSKAU"
    meta_date: str | None = None  # ISO date from the page's metadata (HTML, Markdown front matter)
    origin: str = "pasted"  # path, "stdin" or "pasted"
    filename: str | None = None  # base name, where a date may stand
    lang: str | None = None  # from <html lang="…"> (primary subtag), else None
    encoding: str = "utf-8"  # how the bytes were decoded (for messages)
    note: str = ""  # what the reader of a summary should know: bytes replaced, an uncertain guess
    format: str = "text"  # "text" | "markdown" | "html"


# --------------------------------------------------------------------------------------------
# limits


def max_bytes_default() -> int:
    """The size limit: WORTLAUT_MAX_BYTES (bytes; suffixes k, M, G allowed) or 5 MB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(raw)
    except ValueError:
        return DEFAULT_MAX_BYTES


def parse_size(value: str) -> int:
    """'5000000', '500k', '5M', '1G' -> bytes (1k = 1024). Raises ValueError."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not m:
        raise ValueError(f"not a size: {value!r} (examples: 5000000, 500k, 5M)")
    n = float(m.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    if n < 1:
        raise ValueError(f"size must be at least 1 byte: {value!r}")
    return int(n)


def human_size(n: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if v == int(v) else f"{v:.1f} {unit}"
    return f"{n} bytes"


# --------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------
# the public functions


def read_bytes(raw: bytes, origin: str, *, kind: str | None = None, filename: str | None = None) -> ReadArticle:
    """An article from raw bytes. ``kind``: "text" | "markdown" | "html" | None (sniffed)."""
    if not raw.strip():
        raise IngestError(origin, "empty file" if origin not in ("stdin", "pasted") else "no text")
    declared = None
    if kind in (None, "html"):
        m = _DECLARED_CHARSET.search(raw[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    text, encoding, note = decode_noted(raw, origin, declared)
    art = _from_text(text, origin, kind=kind, filename=filename)
    art.encoding = encoding
    art.note = note
    return art


def read_text_input(text: str, origin: str = "pasted") -> ReadArticle:
    """Pasted text (the dashboard's add modal): the same clean-up and metadata detection.
    Pasted HTML source is read as a web page."""
    if not text.strip():
        raise IngestError(origin, "no text")
    return _from_text(text, origin, kind=None, filename=None)


def _from_text(text: str, origin: str, *, kind: str | None, filename: str | None) -> ReadArticle:
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    elif kind == "text" and _HTML_DOCUMENT.match(text):  # a web page saved under a .txt name
        kind = "html"
    title = ""
    meta_date = None
    lang = None
    sitename = ""
    source = ""
    if kind == "html":
        text, title, meta_date, lang, sitename = read_html(text, origin)
    elif kind == "markdown":
        text, title, meta = read_markdown(text)
        meta_date = _front_matter_date(meta.get("date", "") or meta.get("published", ""))
        source = meta.get("source", "")
        lang = (meta.get("lang") or meta.get("language") or "").lower()[:2] or None
        text = normalise_text(text)
    else:
        text = normalise_text(text)
    if not text.strip():
        raise IngestError(origin, "empty file" if origin not in ("stdin", "pasted") else "no text")
    marker = find_marker(text)
    if marker:
        source = source or marker.source
    else:
        source = source or find_trailer_source(text)
    return ReadArticle(
        text=text,
        title=_clean_title(title),
        source=source or sitename,
        dateline=marker.dateline if marker else "",
        meta_date=meta_date,
        origin=origin,
        filename=filename,
        lang=lang,
        format=kind,
    )


def _clean_title(title: str) -> str:
    return " ".join(normalise_text(title).split())


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None  # sniffed


def read_article(path: Path | str, max_bytes: int | None = None, stdin: BinaryIO | None = None) -> ReadArticle:
    """Read one article from a file (.txt, .md, .html, .htm; others are sniffed) or "-" (stdin).

    Raises IngestError (one line: the file and the reason) for missing or unreadable paths,
    folders, empty files, files over ``max_bytes`` (default: WORTLAUT_MAX_BYTES or 5 MB),
    binary files and files without article text.
    """
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            raise IngestError("stdin", f"more than the size limit of {human_size(limit)} (--max-bytes)")
        return read_bytes(raw, "stdin")
    path = Path(path)
    origin = str(path)
    try:
        st = path.stat()
        if path.is_dir():
            raise IngestError(origin, "is a folder, not a file")
        if st.st_size > limit:
            raise IngestError(origin, f"too large: {human_size(st.st_size)}, over the limit of "
                              f"{human_size(limit)} (--max-bytes, {MAX_BYTES_ENV})")
        with open(path, "rb") as f:
            raw = f.read(limit + 1)
    except FileNotFoundError:
        raise IngestError(origin, "no such file") from None
    except PermissionError:
        raise IngestError(origin, "permission denied") from None
    except IsADirectoryError:
        raise IngestError(origin, "is a folder, not a file") from None
    except OSError as err:
        raise IngestError(origin, f"cannot read: {err.strerror or err}") from None
    if len(raw) > limit:  # grew while we looked, or a device/pipe
        raise IngestError(origin, f"too large: over the limit of {human_size(limit)} (--max-bytes, {MAX_BYTES_ENV})")
    return read_bytes(raw, origin, kind=kind_of(path), filename=path.name)


def split_pattern(pattern: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;]", pattern or "") if p.strip()] or split_pattern(DEFAULT_PATTERN)


def iter_paths(inputs: Iterable[str | os.PathLike[str]], pattern: str = DEFAULT_PATTERN,
               problems: list[str] | None = None) -> Iterator[Path | str]:
    """Files as given (whatever their name), folders searched recursively for files matching
    ``pattern`` (comma-separated globs, case-insensitive; hidden files and folders skipped),
    "-" for stdin (once), and glob patterns the shell left unexpanded ("artikel/*.txt").
    Paths that do not exist are yielded too: reading them gives the error that names them.
    Symbolic links to folders are followed, each real folder once (a link loop ends there).
    Folders that cannot be read are added to ``problems`` ("path: reason"), not skipped silently.
    Each file once, in a stable order."""
    import fnmatch
    import glob

    globs = [g.lower() for g in split_pattern(pattern)]
    seen: set[str] = set()

    def once(path: Path) -> Iterator[Path]:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            yield path

    def unreadable(err: OSError) -> None:
        if problems is not None:
            problems.append(f"{err.filename}: cannot read the folder ({err.strerror or err})")

    def folder(p: Path) -> Iterator[Path]:
        found: list[Path] = []
        walked: set[str] = set()  # real paths of the folders walked: a link loop stops here
        for root, dirs, files in os.walk(p, followlinks=True, onerror=unreadable):
            real = os.path.realpath(root)
            if real in walked:
                dirs[:] = []
                continue
            walked.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if not name.startswith(".") and any(fnmatch.fnmatchcase(name.lower(), g) for g in globs):
                    found.append(Path(root) / name)
        for f in sorted(found):
            yield from once(f)

    stdin_done = False
    for item in inputs:
        s = os.fspath(item)
        if s == "-":
            if not stdin_done:
                stdin_done = True
                yield "-"
            continue
        p = Path(s).expanduser()
        matches = []
        if not p.exists() and any(c in s for c in "*?["):  # a pattern the shell did not expand
            matches = sorted(glob.glob(os.path.expanduser(s), recursive=True))
        for q in [Path(m) for m in matches] or [p]:
            yield from folder(q) if q.is_dir() else once(q)
