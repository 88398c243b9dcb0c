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

import codecs
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MB: far above any news article, below a mistaken dump
MAX_BYTES_ENV = "WORTLAUT_MAX_BYTES"
DEFAULT_PATTERN = "*.txt,*.md,*.html,*.htm"
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class IngestError(Exception):
    """A file (or stdin, or pasted text) that cannot be read as an article. One line: "where: why"."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


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
# bytes -> str

# Signatures of files that are not articles. The ones made of printable letters ("MZ", "ID3",
# "RIFF" …) count only with a NUL byte right after, so an article starting "MZ-Redaktion" is text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive, Word or OpenDocument file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"7z\xbc\xaf", "a 7z archive"),
)
_MAGIC_NEEDS_NUL: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
    (b"Rar!", "a RAR archive"),
    (b"OggS", "an audio file"),
    (b"ID3", "an audio file"),
    (b"RIFF", "a media file"),
)
# Labels that browsers (WHATWG) read as Windows-1252: "„“–€" live in 0x80–0x9F there.
_WESTERN_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "us-ascii", "ascii",
                   "windows-1252", "cp1252", "x-cp1252"}
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# When charset-normalizer's best guess reads the bytes as Latin-script text, the file is most
# likely Windows-1252 / Latin-1 (German and English news), and guesses like cp1250 would turn
# "España" into "Espańa". A guess that reads them in another script (Cyrillic, Greek …) stands.
_OTHER_SCRIPTS = (
    "Cyrillic", "Greek", "Arabic", "Hebrew", "CJK", "Hiragana", "Katakana", "Hangul", "Thai",
    "Devanagari", "Bengali", "Armenian", "Georgian", "Ethiopic", "Tamil", "Syriac", "Thaana",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def binary_kind(raw: bytes) -> str | None:
    """What a binary file is, from its first bytes; None when it does not look binary."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return what
    for magic, what in _MAGIC_NEEDS_NUL:
        if raw.startswith(magic) and b"\x00" in raw[:64]:
            return what
    return None


def decode_bytes(raw: bytes, origin: str, declared: str | None = None) -> tuple[str, str]:
    """Decode an article's bytes: (text, encoding). Raises IngestError for binary content."""
    text, encoding, _ = decode_noted(raw, origin, declared)
    return text, encoding


def decode_noted(raw: bytes, origin: str, declared: str | None = None) -> tuple[str, str, str]:
    """Decode an article's bytes: (text, encoding, note); the note says what the reader should
    know (bytes replaced, an uncertain guess) or is "". Raises IngestError for binary content.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; mostly UTF-8 (the few bad
    bytes replaced and counted); the charset an HTML page declares; UTF-16 without a mark;
    charset-normalizer, with Latin-script guesses read as Windows-1252 (Latin-1 for the five
    bytes Windows-1252 leaves undefined).
    """
    what = binary_kind(raw)
    if what:
        raise IngestError(origin, f"binary file ({what}), not an article")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc).lstrip("\ufeff"), enc.replace("-sig", " with BOM"), ""
            except UnicodeDecodeError:
                raise IngestError(origin, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    if b"\x00" not in raw:
        try:
            return check_text(raw.decode("utf-8"), origin), "utf-8", ""
        except UnicodeDecodeError:
            pass
        mostly = mostly_utf8(raw)
        if mostly is not None:
            text, bad = mostly
            were = "byte could not be read as UTF-8 and was" if bad == 1 else "bytes could not be read as UTF-8 and were"
            return check_text(text, origin), "utf-8", f"{bad} {were} replaced"
        if declared and declared.strip().lower() in _WESTERN_LABELS:
            return check_text(decode_western(raw), origin), "windows-1252", ""
        if declared:
            try:
                return check_text(raw.decode(declared), origin), declared.lower(), ""
            except (UnicodeDecodeError, LookupError):
                pass
    else:
        text = _utf16_without_bom(raw)
        if text is not None:
            return check_text(text[0], origin), text[1], ""
        raise IngestError(origin, "binary file (contains NUL bytes), not an article")

    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise IngestError(origin, "binary file or unknown encoding: no text encoding fits its bytes")
    if not any(script in block for block in best.alphabets for script in _OTHER_SCRIPTS):
        text, encoding = check_text(decode_western(raw), origin), "windows-1252"
        mess = mess_ratio(text[:100_000], 1.0)
    else:
        text, encoding, mess = check_text(str(best), origin), best.encoding, best.chaos
    if mess >= UNCERTAIN_MESS:
        return text, encoding, (f"not UTF-8; read as {encoding}, an uncertain guess "
                                "(check the special characters)")
    return text, encoding, ""


# charset-normalizer's "mess" of a decoded text (odd mixtures of scripts, accents and symbols,
# 0 … 1): a real Windows-1252 German or English article scores 0, one that is half UTF-8 read as
# Windows-1252 ("LÃ¶sung") about 0.13 and more.
UNCERTAIN_MESS = 0.1
_UTF8_BAD_BYTE = re.compile("[\udc80-\udcff]")


def mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a cut-off download, two files pasted together): the UTF-8
    reading with U+FFFD for each byte that is not UTF-8, and how many those are; None when the
    bytes that are not UTF-8 are not clearly outnumbered by real UTF-8 characters (then the file is
    more likely in a one-byte encoding, where "für" is not valid UTF-8 either)."""
    text = raw.decode("utf-8", errors="surrogateescape")  # each bad byte -> one lone surrogate
    bad = len(_UTF8_BAD_BYTE.findall(text))
    good = sum(1 for c in text if ord(c) > 127) - bad  # characters that needed valid UTF-8
    if good >= 2 * bad and good >= 1:
        return _UTF8_BAD_BYTE.sub("\ufffd", text), bad
    return None


def decode_western(raw: bytes) -> str:
    """Windows-1252, with Latin-1 for the bytes Windows-1252 leaves undefined (0x81, 0x8D …)."""
    return raw.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("latin1fallback", _latin1_fallback)


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: NULs in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros >= 0.3 * half:
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text.replace("\x00", "\x01")):
                return text, enc
    return None


def check_text(text: str, origin: str) -> str:
    """Refuse decoded text that is really binary: control characters other than tab and line ends."""
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls and controls > max(2, len(text[:100_000]) // 1000):
        raise IngestError(origin, "binary file (control characters), not an article")
    return text


# --------------------------------------------------------------------------------------------
# normalisation

_INVISIBLE = str.maketrans({"\xad": None, "\u200b": None, "\u2060": None, "\ufeff": None})
_STRAY_CONTROL = str.maketrans({c: " " for c in [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]})


def normalise_text(text: str) -> str:
    """Text as it is stored: Windows and old Mac line ends become \\n; NFC; soft hyphens and
    zero-width characters removed (they would split words); stray control characters become
    spaces. Non-breaking spaces stay: extraction reads them as spaces without moving offsets."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_STRAY_CONTROL)
    text = unicodedata.normalize("NFC", text)  # after the removals: "e\xad\u0301" must become "é"
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# --------------------------------------------------------------------------------------------
# metadata in the text: agency marker and dateline

# "MOSKAU (dpa) —", "BRENNSUND, March 6 (Nordwire) —", "Berlin/Kiew (dpa/AFP) -",
# "LONDON, Feb 15 (Reuters) -", "Washington (AP) --"
_DATELINE = re.compile(
    r"""^[\s*_]*
    (?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*(?:[ /][A-ZÄÖÜa-zäöüß][\wÄÖÜäöüß.'’-]*){0,3})
    (?:,\s*(?P<when>[^()\n]{1,30}?))?
    \s*\(\s*(?P<agency>[A-Za-z][\w./&+ -]{0,30}?)\s*\)
    \s*(?:[-–—:]{1,2}|\.(?=\s))\s*""",
    re.X,
)
# agency markers with a canonical spelling
_AGENCIES = {
    "dpa": "dpa", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "kna": "KNA", "epd": "epd",
    "apa": "APA", "sda": "SDA", "dts": "dts", "dpa-afx": "dpa-AFX", "afx": "AFX", "rtr": "Reuters",
    "xinhua": "Xinhua", "anp": "ANP", "ots": "ots", "sid": "SID", "efe": "EFE", "ansa": "ANSA",
    "bloomberg": "Bloomberg", "upi": "UPI", "idea": "idea", "ddp": "ddp", "afp/dpa": "AFP/dpa",
}
_LEAD_LINES = 6  # the marker stands in the first non-empty lines (after kicker, title, teaser)


@dataclass
class Marker:
    source: str
    dateline: str
    span: tuple[int, int]  # the marker's span in the text


def find_marker(text: str) -> Marker | None:
    """The agency marker and dateline at the start of the article body, if any."""
    pos = 0
    lines = 0
    while lines < _LEAD_LINES:
        end = text.find("\n", pos)
        line = text[pos : end if end >= 0 else len(text)]
        lines += bool(line.strip())
        m = _DATELINE.match(line)
        if m and _plausible(m.group("place"), m.group("agency")):
            agency = "/".join(_AGENCIES.get(a.strip().lower(), a.strip()) for a in m.group("agency").split("/"))
            return Marker(agency, m.group("place").strip(), (pos + m.start("place"), pos + m.end()))
        if end < 0:
            break
        pos = end + 1
    return None


# "Quelle: dpa", "© dpa-infocom", "dpa/AFP/rtr", "(AFP)" alone on one of the last lines
_TRAILER = re.compile(
    r"^[\s(]*(?:(?:Quelle|Source|Mit Material von|With reporting by|Material)\s*:?\s*|©\s*|\(c\)\s*)?"
    r"(?P<agencies>[A-Za-z-]+(?:\s*[/,]\s*[A-Za-z-]+){0,3})[\s).]*$",
    re.I,
)


def find_trailer_source(text: str) -> str:
    """An agency credited on one of the last three lines ("Quelle: dpa", "dpa/AFP"); known agencies only."""
    lines = [line for line in text.rstrip().rsplit("\n", 3)[-3:] if line.strip()]
    for line in reversed(lines):
        m = _TRAILER.match(line)
        if not m:
            continue
        names = [a.strip().lower().removesuffix("-infocom") for a in re.split(r"[/,]", m.group("agencies"))]
        if names and all(n in _AGENCIES for n in names):
            return "/".join(_AGENCIES[n] for n in names)
    return ""


def _plausible(place: str, agency: str) -> bool:
    """A dateline in capitals ("MOSKAU (Nordwire)") or a known agency ("Berlin (dpa)"); not
    "Die Regierung (CDU) -"."""
    words = re.split(r"[ /]", place)
    if not all(w[:1].isupper() for w in words) or len(place) > 40:
        return False
    known = all(a.strip().lower() in _AGENCIES for a in agency.split("/"))
    return known or place.upper() == place


# --------------------------------------------------------------------------------------------
# formats


def html_lang(tree) -> str | None:
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    value = value.strip().lower().replace("_", "-").split("-")[0]
    return value if re.fullmatch(r"[a-z]{2,3}", value) else None


def read_html(html: str, origin: str) -> tuple[str, str, str | None, str | None, str]:
    """(main text, title, meta date, lang, site name) of a web page; no network."""
    import htmldate
    import trafilatura

    html = _soft_breaks(html)
    tree = trafilatura.load_html(html)
    if tree is None:  # a fragment ("<p>…</p>"): give it a document around it
        html = f"<html><body>{html}</body></html>"
        tree = trafilatura.load_html(html)
    if tree is None:
        raise IngestError(origin, "not a readable HTML page")
    lang = html_lang(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip():  # short pages: trafilatura's precision filters can drop everything
        doc2 = trafilatura.bare_extraction(tree, with_metadata=True, favor_recall=True)
        text = getattr(doc2, "text", None) or ""
        doc = doc or doc2
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise IngestError(origin, "no article text found in the HTML page")
    title = (getattr(doc, "title", None) or "").strip()
    sitename = (getattr(doc, "sitename", None) or "").strip()
    try:
        meta_date = htmldate.find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a heuristic; a failure just means "no date"
        meta_date = None
    # trafilatura gives one paragraph per line; extraction reads a blank line as a paragraph break
    text = re.sub(r"\n+", "\n\n", normalise_text(text))
    return text, title, meta_date, lang, sitename


_BR_RUN = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
_BR = re.compile(r"<br\s*/?>", re.I)


def _soft_breaks(html: str) -> str:
    """A single <br> inside a paragraph becomes a space (trafilatura would make it a line, and
    a quote running over it would be cut in two); a run of <br>s stays a paragraph break."""
    mark = "\ue000" if "\ue000" not in html else "\ue001"
    html = _BR_RUN.sub(mark, html)
    return _BR.sub(" ", html).replace(mark, "<br><br>")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)
_MD_QUOTE_BLOCK = re.compile(r"^>[ \t]?", re.M)


def read_markdown(text: str) -> tuple[str, str, dict[str, str]]:
    """(text without markup, title from the first heading, front-matter fields)."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group("body").splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t")):
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end() :]
    title = meta.get("title", "")
    h = _MD_HEADING.search(text)
    if h and not title:
        title = h.group(1).strip()
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_QUOTE_BLOCK.sub("", text)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return text, title, meta


def _front_matter_date(value: str) -> str | None:
    """2031-03-05, 2031-03-05T10:00:00+01:00, 05.03.2031, 5. März 2031 -> ISO; else None."""
    value = (value or "").strip()
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    from .dates import DateError, parse_user_date

    try:
        return parse_user_date(value)
    except (DateError, ValueError):
        return None


_HTML_DOCUMENT = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|article|p|div)[\s>]", head)
    ) and head.startswith("<")


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


__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_PATTERN", "IngestError", "MAX_BYTES_ENV", "ReadArticle", "decode_bytes",
    "find_marker", "iter_paths", "max_bytes_default", "normalise_text", "parse_size", "read_article",
    "read_bytes", "read_text_input",
]
