"""Statement extraction: pure Python and spaCy, no Textual, no TinyDB."""
from .model import Actor, Article, Extraction, PositionChange, Statement
from .pipeline import extract_article

__all__ = ["Actor", "Article", "Extraction", "PositionChange", "Statement", "extract_article"]
