"""Statement extraction: pure Python and spaCy, no Textual, no TinyDB."""
from .collection import fewer_collections

with fewer_collections():  # (the modules build their patterns and tables at import: collection.py)
    from .model import Actor, Article, Extraction, PositionChange, Statement
    from .pipeline import extract_article

__all__ = ["Actor", "Article", "Extraction", "PositionChange", "Statement", "extract_article"]
