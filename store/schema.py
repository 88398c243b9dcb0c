"""The database layout, its version, and migrations from older versions.

Version 3 splits the database into files (see parts.py): the main file (meta with the list of
files, actors, corrections) and partition files (articles + statements, one per publication day),
plus index snapshots. Versions 1 and 2 are one file with every table:

Tables (TinyDB, document ids are our own string ids):
  meta         {"schema": {"app": "wortlaut", "version": N}}
  articles     article id   -> Article fields
  actors       actor id     -> Actor fields
  statements   statement id -> Statement fields + "rejected" (marked "not a statement")
  corrections  "000042"     -> {"seq", "at", "op", "description", "before": {table: {id: doc|None}}}

Version history:
  1  articles, actors, statements; a statement's stance stored as a list of [topic, value] pairs;
     no "rejected" flag, no corrections table (the walking-skeleton layout).
  2  stance as a {topic: value} object, "rejected" on every statement, corrections table.
  3  the same documents, in partition files (store/parts.py); the single file is migrated once,
     a copy of it kept as <db>.v2.bak.
  4  the partition files gzip-compressed (.json.gz), snapshots compressed; the schema-3 day
     files are rewritten once on the first writable open (store/db.py, _compress_day_files).
"""
from __future__ import annotations

from typing import Any, Callable

APP = "wortlaut"
SCHEMA_VERSION = 4
PARTITIONED_VERSION = 3  # the first version with partition files (read as they are by later ones)
SINGLE_FILE_VERSION = 2  # the last version that kept everything in one file (store/legacy.py)
TABLES = ("meta", "articles", "actors", "statements", "corrections")


class NotOurs(ValueError):
    """Valid JSON, but not a Wortlaut database."""


def empty_database(version: int = SINGLE_FILE_VERSION) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = {t: {} for t in TABLES}
    data["meta"]["schema"] = {"app": APP, "version": version}
    return data


def schema_version(data: Any) -> int:
    """The schema version of a parsed file; raises NotOurs when it is not our database."""
    if not isinstance(data, dict):
        raise NotOurs(f"the file holds a JSON {type(data).__name__}, not a Wortlaut database")
    meta = data.get("meta")
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, dict) or schema.get("app") != APP:
        tables = ", ".join(sorted(map(str, data))[:5]) or "none"
        raise NotOurs(f"the file is JSON but not a Wortlaut database (no Wortlaut schema record; "
                      f"top-level keys: {tables})")
    version = schema.get("version")
    if not isinstance(version, int) or version < 1:
        raise NotOurs(f"the file's schema version {version!r} is not a valid version number")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise NotOurs(f"table {name!r} is a JSON {type(table).__name__}, not an object")
    return version


def _v1_to_v2(data: dict[str, Any]) -> None:
    for doc in data.get("statements", {}).values():
        stance = doc.get("stance")
        if isinstance(stance, list):
            doc["stance"] = {str(t): int(v) for t, v in stance}
        doc.setdefault("rejected", False)
    data.setdefault("corrections", {})


MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {
    1: _v1_to_v2,  # migrates version 1 to version 2, in place
}


def migrate(data: dict[str, Any]) -> int:
    """Bring a single file's ``data`` up to SINGLE_FILE_VERSION in place (the split into files
    is parts.py's); returns the version it started from."""
    start = version = schema_version(data)
    while version < SINGLE_FILE_VERSION:
        MIGRATIONS[version](data)
        version += 1
        data["meta"]["schema"]["version"] = version
    for t in TABLES:
        data.setdefault(t, {})
    return start
