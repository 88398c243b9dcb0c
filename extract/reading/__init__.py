"""Stage 1, reading an article: a file, stdin or pasted text in, a ReadArticle out (normalised
text, title, agency source, dateline, date from the metadata, language tag).

Entry points: ``read_article(path)`` for files and stdin, ``read_text_input(text)`` for pasted
text; ``detect_language`` and ``clean_same_length`` prepare the text for the language layer.
"""
from .dateline import Marker, find_marker, find_trailer_source
from .encodings import binary_kind, check_text, decode_bytes, decode_noted, decode_western, normalise_text
from .errors import IngestError
from .files import (
                    DEFAULT_MAX_BYTES,
                    DEFAULT_PATTERN,
                    HTML_SUFFIXES,
                    MAX_BYTES_ENV,
                    TEXT_SUFFIXES,
                    ReadArticle,
                    human_size,
                    iter_paths,
                    kind_of,
                    max_bytes_default,
                    parse_size,
                    read_article,
                    read_bytes,
                    read_text_input,
                    split_pattern,
)
from .markup import html_lang, looks_like_html, read_html, read_markdown
from .text import clean_same_length, detect_language

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_PATTERN", "HTML_SUFFIXES", "MAX_BYTES_ENV", "TEXT_SUFFIXES", "IngestError",
    "Marker", "ReadArticle", "binary_kind", "check_text", "clean_same_length", "decode_bytes", "decode_noted",
    "decode_western", "detect_language", "find_marker", "find_trailer_source", "html_lang", "human_size",
    "iter_paths", "kind_of", "looks_like_html", "max_bytes_default", "normalise_text", "parse_size",
    "read_article", "read_bytes", "read_html", "read_markdown", "read_text_input", "split_pattern",
]
