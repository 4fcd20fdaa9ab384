"""The Corpus: the linked tables of a set of articles, and ``load()`` that builds them."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

import pandas as pd

from . import schema
from .sources import FetchOptions, RawInput, count_inputs, iter_inputs, source_list
from .store import BatchCache, TableWriter, claimed_folder, read_manifest, unify_actors_in_folder, write_manifest, write_parquet
from .tables import Options, article_id, in_article_order, process_batch


class Corpus:
    """Tidy, linked DataFrames of a set of articles, one attribute per table.

    ``articles, paragraphs, quotes, actors, mentions, timeline, errors``: each is a
    pandas DataFrame with the columns and dtypes of :mod:`workbench.schema`, linked
    through ``article_id``.
    """

    def __init__(self, tables: dict[str, pd.DataFrame] | None = None):
        tables = tables or {}
        unknown = set(tables) - set(schema.TABLES)
        if unknown:
            raise ValueError(f"not tables of a corpus: {sorted(unknown)}")
        self.tables: dict[str, pd.DataFrame] = {
            name: schema.conform(tables[name], table) if name in tables else table.empty() for name, table in schema.TABLES.items()
        }

    # One property per table, so they show up in tab completion and help().
    articles = property(lambda self: self.tables["articles"], doc=schema.ARTICLES.description)
    paragraphs = property(lambda self: self.tables["paragraphs"], doc=schema.PARAGRAPHS.description)
    quotes = property(lambda self: self.tables["quotes"], doc=schema.QUOTES.description)
    actors = property(lambda self: self.tables["actors"], doc=schema.ACTORS.description)
    mentions = property(lambda self: self.tables["mentions"], doc=schema.MENTIONS.description)
    timeline = property(lambda self: self.tables["timeline"], doc=schema.TIMELINE.description)
    errors = property(lambda self: self.tables["errors"], doc=schema.ERRORS.description)

    def __len__(self) -> int:
        return len(self.tables["articles"])

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(frame)} {name}" for name, frame in self.tables.items())
        return f"<Corpus: {counts}>"

    def summary(self) -> pd.DataFrame:
        """Rows per table, for a quick look (the CLI prints this)."""
        return pd.DataFrame({"rows": {name: len(frame) for name, frame in self.tables.items()}})

    def select(self, *, date_from: str | None = None, date_to: str | None = None, actors: Iterable[str] | None = None) -> Corpus:
        """The articles published in ``date_from``..``date_to`` (inclusive days) that mention one
        of ``actors``, every table cut to them (``errors`` is kept whole).

        With a date range, undated articles are left out. Actor names match ``actors.actor``
        ignoring case: ``corpus.select(date_from="2004-07-01", actors=["NATO"])``.
        """
        articles = self.articles
        keep = pd.Series(True, index=articles.index)
        if date_from:
            keep &= articles["published"] >= pd.Timestamp(date_from)
        if date_to:
            keep &= articles["published"] < pd.Timestamp(date_to) + pd.Timedelta(days=1)
        wanted = {a.casefold() for a in actors or []}
        if wanted:
            actor_rows = self.actors
            mentioning = actor_rows.loc[actor_rows["actor"].str.casefold().isin(wanted).fillna(False), "article_id"]
            keep &= articles["article_id"].isin(mentioning)
        return self.keep_articles(articles.loc[keep.fillna(False), "article_id"])

    def keep_articles(self, article_ids) -> Corpus:
        """A corpus of these articles only: every table cut to their rows (``errors`` is kept whole)."""
        return self._cut(set(article_ids), keep=True)

    def drop_articles(self, article_ids) -> Corpus:
        """A corpus without the rows of these articles in any table (``errors`` is kept),
        e.g. without near-duplicates: ``corpus.drop_articles(wb.near_duplicates(corpus.articles).article_id)``."""
        return self._cut(set(article_ids), keep=False)

    def _cut(self, ids: set, keep: bool) -> Corpus:
        return Corpus({
            name: frame if name == "errors" else frame[frame["article_id"].isin(ids) == keep].reset_index(drop=True)
            for name, frame in self.tables.items()
        })

    def to_parquet(self, directory: str | os.PathLike) -> Path:
        """Write one Parquet file per table into ``directory``; see :func:`read_parquet`.
        Raises :class:`workbench.store.FolderUnusable` when another run is writing there."""
        with claimed_folder(directory):
            return write_parquet(self.tables, directory)


def concat(corpora: Iterable[Corpus]) -> Corpus:
    """One corpus of several, e.g. archives parsed in separate runs:
    ``wb.concat([wb.read_parquet("data/2019"), wb.read_parquet("data/2020")])``.

    Tables are stacked in the order given. An article in more than one of them (the same
    ``article_id``: the same content) keeps the rows of its first; ``errors`` rows are all
    kept. Actors then get their corpus-wide names and types over the whole, as ``load`` gives
    them, so "Burns" of one corpus joins "Nicholas Burns" of another.
    """
    parts = {name: [] for name in schema.TABLES}
    seen: set[str] = set()
    for corpus in corpora:
        ids = corpus.articles["article_id"]
        new = set(ids) - seen
        for name, frame in corpus.tables.items():
            parts[name].append(frame if name == "errors" else frame[frame["article_id"].isin(new)])
        seen |= new
    tables = {name: pd.concat(frames, ignore_index=True) if frames else schema.TABLES[name].empty() for name, frames in parts.items()}
    return Corpus(_unify_actors(tables) if len(tables["actors"]) else tables)


def load(
    sources,
    *,
    nlp: bool = True,
    model: str | None = None,
    strict: bool = False,
    batch_size: int = 32,
    workers: int = 1,
    cache: str | os.PathLike | None = None,
    client=None,
    progress: bool | None = None,
    fetch: FetchOptions = FetchOptions(),
) -> Corpus:
    """Load news articles from ``sources`` into a :class:`Corpus`.

    ``sources`` is a path, a URL (a feed or sitemap stands for the pages it lists), a
    glob, a folder (read recursively), a web archive (WARC), a JSONL, JSON, CSV or Parquet
    collection, or a list of any of these. Inputs stream through in batches of
    ``batch_size``; an input that fails becomes a row of ``errors`` unless
    ``strict=True``, which raises instead. ``nlp=False`` skips quotes, actors and the
    timeline. ``workers`` > 1 processes that many batches at once in separate
    processes (each loads its own spaCy pipeline); the tables are the same as with one. The
    workers are started fresh ("spawn"), so a script that uses them must call ``load``
    under ``if __name__ == "__main__":`` (notebooks and the CLI need nothing).
    ``client``, a ``dask.distributed.Client``, runs the batches on its cluster instead (inputs
    are still read and checked for duplicates here, then shipped to the workers, which
    need the workbench installed). ``cache`` names a folder that keeps every processed batch: a later run with the same
    code and options reads the inputs it has already seen from there and only processes
    the new ones (and those that failed), so a long run that stopped can be resumed.
    ``progress`` shows a progress bar on stderr (default: when it is a terminal and
    there is more than one batch).
    """
    options = Options(nlp=nlp, model=model, strict=strict)
    parts = {name: [] for name in schema.TABLES}
    for batch in iter_batches(sources, options, batch_size=batch_size, workers=workers, progress=progress, fetch=fetch, cache=cache, client=client):
        for name, frame in batch.items():
            if len(frame):
                parts[name].append(frame)
    tables = {name: pd.concat(frames, ignore_index=True) if frames else schema.TABLES[name].empty() for name, frames in parts.items()}
    if nlp:
        tables = _unify_actors(tables)
    return Corpus(tables)


def load_to_parquet(sources, directory: str | os.PathLike, *, nlp: bool = True, model: str | None = None, strict: bool = False, **engine) -> Path:
    """Load ``sources`` as :func:`load` does, but write the tables to ``directory`` as the
    batches come (one Parquet file per table, :class:`workbench.store.TableWriter`) instead
    of returning them, so that memory holds the batches in flight, never the corpus: the way to parse an
    archive larger than memory. ``engine`` takes :func:`load`'s other options
    (``batch_size``, ``workers``, ``cache``, ``client``, ``progress``, ``fetch``).

    The folder holds the same tables as ``load(...).to_parquet(directory)`` (actors under
    their corpus-wide names too); read it with :func:`workbench.read_parquet`, or query it
    in place with :func:`workbench.sql`. A run that fails (``strict=True``) leaves the
    folder as it was. The folder's ``manifest.json`` records the sources and options, so
    :func:`rebuild` can make it again. Returns the folder.
    """
    options = Options(nlp=nlp, model=model, strict=strict)
    sources = source_list(sources)
    if nlp:
        from .nlp import model_name  # spaCy is imported only when it is needed

        model_name(model)  # a model that is not installed fails before the folder is made
    batches = iter_batches(sources, options, **engine)  # a bad option fails before the folder is made
    with claimed_folder(directory) as created:
        try:
            with TableWriter(directory) as writer:
                for batch in batches:
                    writer.write(batch)
        except BaseException:
            if created:  # a folder this run made holds nothing worth keeping
                shutil.rmtree(directory, ignore_errors=True)
            raise
        if nlp:
            unify_actors_in_folder(directory)
        write_manifest(directory, sources, options, engine.get("fetch", FetchOptions()))
    return Path(directory)


def rebuild(directory: str | os.PathLike, **engine) -> Path:
    """Make the tables of ``directory`` again from the raw inputs its manifest names, with
    the options it records (:func:`workbench.store.write_manifest`), as
    :func:`load_to_parquet` wrote them: after the inputs were corrected or the workbench
    was upgraded. ``engine`` takes how to run it (``workers``, ``cache``, ``client``,
    ``progress``, ``batch_size``), which does not change the tables. Returns the folder.

    Relative sources are read from the working directory the manifest records, as they were
    the first time, so every ``source`` comes out as it did (this changes the process's
    working directory for the length of the run).
    """
    directory = Path(directory).resolve()
    manifest = read_manifest(directory)
    options = manifest["options"]
    fetch = FetchOptions(**manifest["fetch"])
    if engine.get("cache") is not None:
        engine["cache"] = Path(engine["cache"]).resolve()
    if not os.path.isdir(manifest["working_directory"]):
        raise FileNotFoundError(f"the folder {directory} was made from, {manifest['working_directory']}, is gone")
    with contextlib.chdir(manifest["working_directory"]):
        return load_to_parquet(manifest["sources"], directory, nlp=options["nlp"], model=options["model"], strict=options["strict"], fetch=fetch, **engine)


def iter_batches(
    sources,
    options: Options = Options(),
    *,
    batch_size: int = 32,
    workers: int = 1,
    progress: bool | None = None,
    fetch: FetchOptions = FetchOptions(),
    cache: str | os.PathLike | None = None,
    client=None,
) -> Iterator[dict[str, pd.DataFrame]]:
    """Yield the tables of each batch of ``sources`` in turn, in input order (the unit any
    engine reuses). Inputs are read, fetched and checked for duplicates here, in this
    process; with ``workers`` > 1 the batches are extracted and parsed in a pool of
    processes, at most two per worker in flight, so memory stays bounded however many
    inputs there are; with a Dask ``client`` they run on its cluster instead. With ``cache``
    (a folder), inputs processed by an earlier run with the same code and options are read
    from it instead (:class:`workbench.store.BatchCache`). A bad option fails here, at the
    call, not at the first batch."""
    for name, count in (("workers", workers), ("batch_size", batch_size)):
        if not isinstance(count, int) or count < 1:
            raise ValueError(f"{name} must be a whole number of at least 1, got {count!r}")
    fetch.check()
    # Read once, here: the progress bar counts the sources before they are loaded, which
    # would exhaust a generator (Path("archive").glob("*.html")).
    sources = source_list(sources)
    store = BatchCache(cache, options) if cache is not None else None
    return _batches(sources, options, batch_size, workers, progress, fetch, store, client)


def _batches(sources, options: Options, batch_size: int, workers: int, progress: bool | None, fetch: FetchOptions, store: BatchCache | None, client) -> Iterator[dict[str, pd.DataFrame]]:
    inputs = iter_inputs(sources, fetch)
    batches = iter(lambda: list(islice(inputs, batch_size)), [])
    jobs = ((batch, *(store.split(batch) if store else ([], batch))) for batch in batches)
    bar = _progress_bar(sources, batch_size, progress)
    try:
        for (batch, hits, misses), fresh in _processed(jobs, options, workers, client):
            if store is not None:
                store.save(misses, fresh)
                if hits:
                    cached, damaged = store.load(hits)
                    redone = process_batch(damaged, options) if damaged else _empty()
                    store.save(damaged, redone)
                    fresh = _in_input_order(batch, [cached, redone, fresh])
            yield fresh
            if bar is not None:
                bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()


def _processed(jobs: Iterator[tuple], options: Options, workers: int, client=None) -> Iterator[tuple[tuple, dict[str, pd.DataFrame]]]:
    """(job, tables of the job's inputs to process) for each job, in order; a job is
    ``(batch, cached inputs, inputs to process)``. The inputs go to ``process_batch`` here,
    in a pool of ``workers`` processes, or on the cluster of a Dask ``client``."""
    if client is not None:
        # A dask.distributed Client has the concurrent.futures interface: submit, result.
        yield from _in_flight(jobs, lambda inputs: client.submit(process_batch, inputs, options, pure=False), 2 * sum(client.nthreads().values()))
    elif workers > 1:
        # "spawn" starts clean interpreters: forking a process that already holds a spaCy
        # pipeline, threads or open sockets is unsafe, and spawn is the default on macOS anyway.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            yield from _in_flight(jobs, lambda inputs: pool.submit(process_batch, inputs, options), 2 * workers)
    else:
        for job in jobs:
            yield job, process_batch(job[2], options) if job[2] else _empty()


def _empty() -> dict[str, pd.DataFrame]:
    return {name: table.empty() for name, table in schema.TABLES.items()}


def _in_flight(jobs: Iterator[tuple], submit, limit: int) -> Iterator[tuple[tuple, dict[str, pd.DataFrame]]]:
    """Submit jobs as earlier ones are collected, at most ``limit`` at a time, in order, so
    that neither the inputs nor the results of a whole corpus are ever held at once."""
    pending: deque[tuple[tuple, Future | None]] = deque()
    for job in jobs:
        pending.append((job, submit(job[2]) if job[2] else None))
        if len(pending) >= max(limit, 1):
            done, future = pending.popleft()
            yield done, _result(done, future)
    while pending:
        done, future = pending.popleft()
        yield done, _result(done, future)


def _result(job: tuple, future: Future | None) -> dict[str, pd.DataFrame]:
    if future is None:
        return _empty()
    try:
        return future.result()
    except BrokenProcessPool as error:
        # The pool cannot go on without the process, and every batch in flight fails with
        # it, so which batch killed it is unknown; the oldest one's pages are a place to
        # start, since a page that reliably kills a worker would stop every rerun here.
        sources = [item.source for item in job[2]]
        shown = ", ".join(sources[:5]) + (f" and {len(sources) - 5} more" if len(sources) > 5 else "")
        raise WorkerDied(
            "a worker process ended abruptly (killed, perhaps for want of memory) while batches were "
            f"in flight; the oldest held {shown}"
        ) from error


class WorkerDied(RuntimeError):
    """A worker process of ``workers=N`` ended abruptly, as the out-of-memory killer ends one."""


def _in_input_order(batch: list, parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """The parts' tables joined, rows grouped by article as the articles came in ``batch``."""
    joined = {name: pd.concat([part[name] for part in parts], ignore_index=True) for name in schema.TABLES}
    return in_article_order(joined, [article_id(item) for item in batch if isinstance(item, RawInput)])


def _progress_bar(sources, batch_size: int, progress: bool | None):
    if progress is False:
        return None
    total = count_inputs(sources)
    if progress is None and not (sys.stderr.isatty() and (total is None or total > batch_size)):
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="input", desc="parsing", file=sys.stderr, dynamic_ncols=True)  # an input ends as an article or an error


def _unify_actors(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Give an actor one canonical key across the whole corpus."""
    from .nlp.actors import unify_actors

    return unify_actors(tables)
