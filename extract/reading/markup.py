"""Formats: the main text, title, date and language of a web page (trafilatura, htmldate) and
of a Markdown file (front matter, light markup removed)."""
from __future__ import annotations

import re

from .encodings import normalise_text
from .errors import IngestError

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
    from ..dates import DateError, parse_user_date

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

