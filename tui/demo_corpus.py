"""The bundled demo corpus (fictional articles in tui/demo/) as a fresh temporary database."""
from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from extract.reading import read_text_input
from extract.pipeline import extract_article


def demo_articles() -> list[tuple[str, str]]:
    """(file name, text) of every demo article, in name order (the name starts with its date)."""
    folder = resources.files("tui").joinpath("demo")
    return sorted(
        (p.name, p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".txt")
    )


def fill(store) -> None:
    """Extract every demo article into ``store`` in one batch, read as `wortlaut add` reads a
    file (title, agency, dateline; the publication date from the file name)."""
    extractions = []
    for name, text in demo_articles():
        read = read_text_input(text, origin=f"demo/{name}")
        extractions.append(extract_article(read.text, title=read.title, source=read.source, dateline=read.dateline,
                                           origin=read.origin, filename=name))
    store.add_many(extractions)


def demo_db(folder: Path | None = None) -> Path:
    """A new database holding the demo corpus, in a fresh temporary folder."""
    from store import Store

    folder = Path(folder or tempfile.mkdtemp(prefix="wortlaut-demo-"))
    path = folder / "demo.json"
    store = Store(path)
    fill(store)
    store.close()
    return path
