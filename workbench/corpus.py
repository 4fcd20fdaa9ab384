"""The Corpus: the linked tables of a set of articles, and ``load()`` that builds them."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pandas as pd

from . import schema
from .sources import FetchOptions, count_inputs, iter_inputs
from .tables import Options, process_batch


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

    def to_parquet(self, directory: str | os.PathLike) -> Path:
        """Write one Parquet file per table into ``directory``; see :func:`read_parquet`."""
        from .store import write_parquet

        return write_parquet(self.tables, directory)


def load(
    sources,
    *,
    nlp: bool = True,
    model: str | None = None,
    strict: bool = False,
    batch_size: int = 32,
    progress: bool | None = None,
    fetch: FetchOptions = FetchOptions(),
) -> Corpus:
    """Load news articles from ``sources`` into a :class:`Corpus`.

    ``sources`` is a path, a URL, a glob, a folder (read recursively), a JSONL, CSV
    or Parquet collection, or a list of any of these. Inputs stream through in
    batches of ``batch_size``; an input that fails becomes a row of ``errors`` unless
    ``strict=True``, which raises instead. ``nlp=False`` skips quotes, actors and the
    timeline. ``progress`` shows a progress bar on stderr (default: when it is a
    terminal and there is more than one batch).
    """
    options = Options(nlp=nlp, model=model, strict=strict)
    parts = {name: [] for name in schema.TABLES}
    for batch in iter_batches(sources, options, batch_size=batch_size, progress=progress, fetch=fetch):
        for name, frame in batch.items():
            if len(frame):
                parts[name].append(frame)
    tables = {name: pd.concat(frames, ignore_index=True) if frames else schema.TABLES[name].empty() for name, frames in parts.items()}
    if nlp:
        tables = _unify_actors(tables)
    return Corpus(tables)


def iter_batches(sources, options: Options = Options(), *, batch_size: int = 32, progress: bool | None = None, fetch: FetchOptions = FetchOptions()) -> Iterator[dict[str, pd.DataFrame]]:
    """Yield the tables of each batch of ``sources`` in turn (the unit any engine reuses)."""
    inputs = iter_inputs(sources, fetch)
    bar = _progress_bar(sources, batch_size, progress)
    while batch := list(islice(inputs, batch_size)):
        yield process_batch(batch, options)
        if bar is not None:
            bar.update(len(batch))
    if bar is not None:
        bar.close()


def _progress_bar(sources, batch_size: int, progress: bool | None):
    if progress is False:
        return None
    total = count_inputs(sources)
    if progress is None and not (sys.stderr.isatty() and (total is None or total > batch_size)):
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="parsing", file=sys.stderr, dynamic_ncols=True)


def _unify_actors(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Give an actor one canonical key across the whole corpus."""
    from .nlp.actors import unify_actors

    return unify_actors(tables)
