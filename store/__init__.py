"""Wortlaut's timeline store: one TinyDB file, atomic writes, file lock, in-memory indexes.

Only this package imports TinyDB; it never imports Textual."""
from .db import NO_ACTOR, AddResult, Filter, Store, StoreError, UnknownId
from .schema import SCHEMA_VERSION

__all__ = ["AddResult", "Filter", "NO_ACTOR", "SCHEMA_VERSION", "Store", "StoreError", "UnknownId"]
