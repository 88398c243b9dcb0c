"""Bytes to text: binary files refused, the encoding found (byte-order marks, UTF-8, UTF-16,
Windows-1252, Latin-1 …), invisible and control characters cleaned, line ends normalised."""
from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import IngestError

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

