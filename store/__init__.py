"""Wortlaut's timeline store: TinyDB files (a main file, one file per publication day), atomic
writes, a file lock, column indexes kept on disk beside the data.

Only this package imports TinyDB; it never imports Textual."""
from .common import AddResult, StoreError, StoreWarning, UnknownId
from .db import DamagedDayFile, DatabaseLocked, DatabaseNotWritten, DatabaseReadOnly, DatabaseTooNew, Store
from .index import NO_ACTOR, Filter
from .schema import SCHEMA_VERSION

__all__ = ["AddResult", "DamagedDayFile", "DatabaseLocked", "DatabaseNotWritten", "DatabaseReadOnly", "DatabaseTooNew", "Filter", "NO_ACTOR", "SCHEMA_VERSION", "Store", "StoreError", "StoreWarning", "UnknownId"]
