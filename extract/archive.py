"""Extraction of large inputs into an archive partitioned by month, on Dask distributed or on
local processes: ``wortlaut extract --jsonl IN --out-dir DIR [--dask | --scheduler ADDR | --jobs N]``.

Input: JSONL files ({id, text, date?, lang?, title?} per line) or folders of them (and of .txt
files, one article each). The records are cut into chunks; each chunk is extracted by
batch.batch_record (the same function as the single-process path, so the records are the same
bytes) and written as one file per month of publication:

    DIR/month=2021-03/part-00042.jsonl     the batch records, one JSON line each
    DIR/month=2021-03/part-00042.texts.jsonl   {id, title, text}: what `wortlaut import` needs
    DIR/month=2021-03/part-00042.parquet   with --format parquet: columns id, published, lang,
                                            record (the JSON line above), title, text

Files are written to a temporary name and renamed, so a chunk that failed or was retried never
leaves half a file; a chunk whose files are all there is not extracted again (resume).
Dask and pyarrow are imported only when asked for (``pip install 'wortlaut[cluster]'``).
"""
from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import zip_longest
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .batch import LineError, batch_record, parse_line, published_of
from .model import Actor, Article, Extraction, Statement, article_id, statement_id

UNDATED = "undated"
CHUNK = 100  # articles per task: big enough to amortise scheduling, small enough to retry


class ArchiveError(Exception):
    """Bad input or a missing optional dependency: one line for the user."""


def read_inputs(paths: Iterable[str | Path]) -> list[dict]:
    """Records from JSONL files and folders (JSONL and .txt files inside, sorted by name)."""
    out: list[dict] = []
    for p in map(Path, paths):
        files = sorted(f for f in p.rglob("*") if f.suffix in (".jsonl", ".txt")) if p.is_dir() else [p]
        if not files:
            raise ArchiveError(f"{p}: no .jsonl or .txt files in this folder")
        for f in files:
            try:
                if f.suffix == ".txt":
                    out.append({"id": f.stem, "text": f.read_text(encoding="utf-8")})
                else:
                    with open(f, encoding="utf-8") as src:
                        out.extend(_jsonl_records(f, src))
            except (OSError, UnicodeDecodeError) as e:
                raise ArchiveError(f"{f}: cannot read: {e}") from None
    return out


def _jsonl_records(path: Path, lines: Iterable[str]) -> Iterator[dict]:
    """The batch's records (batch.parse_line); a bad line stops the archive with its number."""
    for n, raw in enumerate(lines, 1):
        if raw.strip():
            try:
                yield parse_line(raw)
            except LineError as e:
                raise ArchiveError(f"{path}: line {n}: {e}") from None


def month_of(record: dict) -> str:
    published = record.get("published") or ""
    return published[:7] if len(published) >= 7 and published[4] == "-" else UNDATED


def record_line(record: dict) -> str:
    """Exactly the single-process path's output line (batch.run)."""
    return json.dumps(record, ensure_ascii=False)


def _write(path: Path, data: bytes) -> None:
    """Temp file + rename: a killed or retried task never leaves half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def chunk_done(out_dir: Path, index: int) -> bool:
    return (out_dir / "_chunks" / f"{index:05d}.done").exists()


def extract_chunk(index: int, records: list[dict], out_dir: str, fmt: str = "jsonl") -> dict[str, int]:
    """Extract one chunk and write its month files; returns {month: articles}. Runs on a worker."""
    out = Path(out_dir)
    by_month: dict[str, list[tuple[dict, dict]]] = {}
    for rec in records:
        result = batch_record(rec)
        by_month.setdefault(month_of(result), []).append((result, rec))
    for month, pairs in by_month.items():
        folder = out / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"part-{index:05d}"
        if fmt == "parquet":
            _write_parquet(folder / f"{name}.parquet", pairs)
        else:
            _write(folder / f"{name}.jsonl", "".join(record_line(r) + "\n" for r, _ in pairs).encode())
            _write(folder / f"{name}.texts.jsonl", "".join(
                json.dumps({"id": r.get("id"), "title": src.get("title", ""), "text": src.get("text", "")},
                           ensure_ascii=False) + "\n" for r, src in pairs).encode())
    done = out / "_chunks"
    done.mkdir(parents=True, exist_ok=True)
    _write(done / f"{index:05d}.done", json.dumps({m: len(p) for m, p in by_month.items()}).encode())
    return {m: len(p) for m, p in by_month.items()}


def _write_parquet(path: Path, pairs: list[tuple[dict, dict]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "id": [None if r.get("id") is None else str(r.get("id")) for r, _ in pairs],
        "published": [r.get("published") for r, _ in pairs],
        "lang": [r.get("lang") for r, _ in pairs],
        "record": [record_line(r) for r, _ in pairs],
        "title": [str(src.get("title", "")) for _, src in pairs],
        "text": [str(src.get("text", "")) for _, src in pairs],
    })
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def chunks(records: list[dict], size: int = CHUNK) -> list[tuple[int, list[dict]]]:
    return [(i // size, records[i:i + size]) for i in range(0, len(records), size)]


def run_archive(records: list[dict], out_dir: Path, fmt: str = "jsonl", jobs: int = 1,
                dask: bool = False, scheduler: str | None = None, workers: int = 2,
                retries: int = 2, progress: Callable[[int, int], None] | None = None) -> int:
    """Extract every chunk not done yet; returns the number of articles extracted now."""
    if fmt == "parquet":
        _need("pyarrow", "--format parquet")
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = [(i, c) for i, c in chunks(records) if not chunk_done(out_dir, i)]
    total = len(todo)
    done = 0
    if progress:
        progress(0, total)
    if dask or scheduler:
        with dask_client(scheduler, workers) as client:
            from distributed import as_completed

            futures = [client.submit(extract_chunk, i, c, str(out_dir), fmt, retries=retries,
                                     key=f"wortlaut-chunk-{i}", pure=False) for i, c in todo]
            for fut in as_completed(futures):
                fut.result()  # raises once the retries are used up
                done += 1
                if progress:
                    progress(done, total)
    elif jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            for _ in pool.map(_extract_star, [(i, c, str(out_dir), fmt) for i, c in todo]):
                done += 1
                if progress:
                    progress(done, total)
    else:
        for i, c in todo:
            extract_chunk(i, c, str(out_dir), fmt)
            done += 1
            if progress:
                progress(done, total)
    return sum(len(c) for _, c in todo)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, what: str = "--dask / --scheduler") -> Iterator[Any]:
    """A Dask distributed client of the scheduler at ``scheduler`` (tcp://host:8786), else of a
    LocalCluster of ``workers`` single-threaded worker processes, closed at the end. ``what``:
    the options that asked for it, for the message when distributed is not installed."""
    _need("distributed", what)
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    try:
        try:
            client = Client(scheduler or cluster)
        except (OSError, TimeoutError) as e:
            raise ArchiveError(f"cannot reach the Dask scheduler {scheduler}: {e}") from None
        with client:
            yield client
    finally:
        if cluster is not None:
            cluster.close()


def _extract_star(args: tuple[int, list[dict], str, str]) -> dict[str, int]:
    return extract_chunk(*args)


def _need(module: str, what: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise ArchiveError(f"{what} needs {module}: pip install 'wortlaut[cluster]'") from None


def read_archive(out_dir: Path, months: Callable[[str], bool] = lambda m: True,
                 on_bad: Callable[[Path, int, str], None] | None = None) -> Iterator[tuple[dict, dict]]:
    """(batch record, {id, title, text}) of every article in the archive's months that pass
    ``months`` (a month folder is only read when it passes), in (month, chunk) order. A JSONL
    record that cannot be read (cut off, not UTF-8 JSON, no text beside it) raises ValueError, or
    with ``on_bad`` is told (file, line number, why) and skipped: the rest is read."""
    for folder in sorted(Path(out_dir).glob("month=*")):
        if not months(folder.name.split("=", 1)[1]):
            continue
        for f in sorted(folder.iterdir()):
            if f.name.startswith("."):
                continue
            if f.suffix == ".parquet":
                import pyarrow.parquet as pq

                t = pq.read_table(f, columns=["record", "title", "text"]).to_pydict()
                for rec, title, text in zip(t["record"], t["title"], t["text"]):
                    r = json.loads(rec)
                    yield r, {"id": r.get("id"), "title": title, "text": text}
            elif f.name.endswith(".jsonl") and not f.name.endswith(".texts.jsonl"):
                texts = f.with_name(f.name[:-len(".jsonl")] + ".texts.jsonl")
                with open(f, "rb") as a, open(texts, "rb") as b:  # (bytes: a bad line is that line's error)
                    for n, (line, tline) in enumerate(zip_longest(a, b), 1):
                        try:
                            pair = _record_pair(line, tline)
                        except ValueError as e:
                            if on_bad is None:
                                raise
                            on_bad(f, n, str(e))
                            continue
                        yield pair


def _record_pair(line: bytes | None, tline: bytes | None) -> tuple[dict, dict]:
    """A JSONL archive line and the line beside it in the texts file, read."""
    if line is None or tline is None:
        raise ValueError(f"the {'record' if line is None else 'text'} file has no line here")
    record, text = json.loads(line.decode("utf-8")), json.loads(tline.decode("utf-8"))
    if not isinstance(record, dict) or not isinstance(text, dict) or record.get("id") != text.get("id"):
        raise ValueError("the record and its text do not match")
    try:  # (an impossible date, written by hand: stored, it would be read as a real one)
        published_of({"published": record.get("published")})
    except LineError as err:
        raise ValueError(f"article {record.get('id')}: {err}") from None
    return record, text


def archive_lines(out_dir: Path) -> list[str]:
    """Every record line of an archive (JSONL or Parquet), for comparing with the single path."""
    return [record_line(r) for r, _ in read_archive(out_dir)]


def main_archive(args: Any) -> int:
    """`wortlaut extract --out-dir DIR ...` (called from batch.main_from_args)."""
    try:
        records = read_inputs([args.jsonl])
        from rich.progress import Progress

        with Progress(transient=False) as bar:
            task = bar.add_task("extracting (chunks)", total=None)
            n = run_archive(records, Path(args.out_dir), fmt=args.format, jobs=args.jobs or 1,
                            dask=args.dask, scheduler=args.scheduler, workers=args.workers,
                            progress=lambda done, total: bar.update(task, completed=done, total=total))
    except ArchiveError as e:
        print(f"wortlaut extract: {e}", file=sys.stderr)
        return 2
    print(f"{n:,} articles extracted into {args.out_dir} ({len(records) - n:,} already there)", file=sys.stderr)
    return 0


def extraction_from_record(record: dict, text: dict) -> Extraction:
    """An archive record (batch_record's shape) with its text, as an Extraction to store: the
    same article and statement ids as extracting the text directly gives."""
    body = str(text.get("text", ""))
    aid = article_id(body)
    names = list(dict.fromkeys(s["speaker"] for s in record.get("statements", []) if s.get("speaker")))
    local = {name: f"l{i}" for i, name in enumerate(names)}
    kinds: dict[str, str] = {}
    stmts = []
    for s in record.get("statements", []):
        quote = [tuple(x) for x in s.get("quote", [])]
        if s.get("speaker"):
            kinds.setdefault(s["speaker"], s.get("speaker_kind") or "unknown")
        stmts.append(Statement(
            id=statement_id(aid, quote), article_id=aid, quote=quote, quote_text=s.get("quote_text", ""),
            kind=s.get("kind", "direct"), speaker=local.get(s.get("speaker") or ""),
            speaker_name=s.get("speaker") or "", speaker_mention=[tuple(x) for x in s.get("speaker_mention", [])],
            speaker_kind=s.get("speaker_kind") or "", cue=[tuple(x) for x in s.get("cue", [])],
            date=s.get("date"), date_source=s.get("date_source") or "", topics=list(s.get("topics") or []),
            stance=dict(s.get("stance") or {})))
    article = Article(id=aid, text=body, title=str(text.get("title") or ""), published=record.get("published"),
                      lang=record.get("lang") or "de", origin=f"archive:{record.get('id')}")
    actors = [Actor(id=lid, name=name, kind=kinds.get(name, "unknown")) for name, lid in local.items()]
    return Extraction(article, stmts, actors)
