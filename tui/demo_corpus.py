"""The bundled demo corpus (fictional articles in tui/demo/) as a fresh temporary database."""
from __future__ import annotations

import re
import tempfile
from importlib import resources
from pathlib import Path

from extract.pipeline import extract_article

FILE_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def demo_articles() -> list[tuple[str, str]]:
    """(file name, text) of every demo article, in name order (the name starts with its date)."""
    folder = resources.files("tui").joinpath("demo")
    return sorted(
        (p.name, p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".txt")
    )


def fill(store) -> None:
    """Extract every demo article into ``store`` in one batch."""
    extractions = []
    for name, text in demo_articles():
        m = FILE_DATE.match(name)
        extractions.append(extract_article(text, published=m.group(1) if m else None, origin=f"demo/{name}",
                                           filename=name))
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
