"""Wortlaut's timeline store: one TinyDB file, atomic writes, file lock, in-memory indexes.

Only this package imports TinyDB; it never imports Textual."""
from .db import AddResult, DatabaseLocked, DatabaseReadOnly, DatabaseTooNew, Store, StoreError, UnknownId
from .index import NO_ACTOR, Filter
from .schema import SCHEMA_VERSION

__all__ = ["AddResult", "DatabaseLocked", "DatabaseReadOnly", "DatabaseTooNew", "Filter", "NO_ACTOR", "SCHEMA_VERSION", "Store", "StoreError", "UnknownId"]
