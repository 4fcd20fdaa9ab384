"""Store stage: a corpus as one Parquet file per table, read back with every dtype intact."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema


def write_parquet(tables: dict[str, pd.DataFrame], directory: str | os.PathLike) -> Path:
    """Write ``tables`` as ``<directory>/<table>.parquet``, one file per table."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name, table in schema.TABLES.items():
        frame = schema.conform(tables.get(name, table.empty()), table)
        arrow = pa.Table.from_pandas(frame, schema=_arrow_schema(table), preserve_index=False)
        pq.write_table(arrow, directory / f"{name}.parquet")
    return directory


def read_parquet(directory: str | os.PathLike):
    """Read a corpus written by :meth:`workbench.Corpus.to_parquet`."""
    from .corpus import Corpus

    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no corpus folder at {directory}")
    tables = {}
    for name, table in schema.TABLES.items():
        path = directory / f"{name}.parquet"
        if not path.exists():
            continue
        frame = pq.read_table(path).to_pandas()
        for column in table.list_columns():
            frame[column] = [list(v) if v is not None else [] for v in frame[column]]
        for column in table.dict_columns():
            frame[column] = [dict(v) if v is not None else {} for v in frame[column]]
        tables[name] = frame
    return Corpus(tables)


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
