"""Collections for the load stage: JSON Lines, JSON, CSV and Parquet files whose records
each hold a page (``html``), a ready-made body (``text``) or a URL, with optional columns
that override what extraction finds."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterator
from typing import NamedTuple

from .decoding import SNIFF_BYTES, decode_page, open_text
from .inputs import Download, LoadFailure, RawInput, has_suffix

JSON_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")
COLLECTION_SUFFIXES = JSON_SUFFIXES + (".csv", ".csv.gz", ".parquet")
#: Numbers in a collection's date column read as Unix seconds: 1973-03-03 to 2286-11-20.
UNIX_SECONDS = range(10**8, 10**10)
#: Collection columns that hold the page itself, in order of preference, and what they hold
#: (``maintext`` is news-please's name for the body, so its output folders load as they are).
CONTENT_COLUMNS = {"html": "html", "text": "body", "maintext": "body", "url": "url"}
#: Collection columns that override what the extractors find, and the field they set.
METADATA_COLUMNS = {
    "title": "title",
    "published": "published",
    "date": "published",
    "date_publish": "published",
    "modified": "modified",
    "date_modified": "modified",
    "date_modify": "modified",
    "authors": "authors",
    "author": "authors",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "source_domain": "outlet",
    "description": "description",
    "language": "language",
}


class _BadRecord(NamedTuple):
    """A row of a collection that is not a record: its error type and message."""

    error: str
    message: str


def iter_collection(path: str) -> Iterator[RawInput | LoadFailure | Download]:
    empty = True
    try:
        for row, record in _iter_records(path):
            empty = False
            try:
                item = _record_input(f"{path}#{row}", record)
            except Exception as exc:  # one record the readers below did not foresee fails alone
                item = LoadFailure(f"{path}#{row}", "load", type(exc).__name__, f"cannot read the record: {exc}")
            yield item
    except Exception as exc:  # a corrupt collection fails alone, after the rows it gave
        yield LoadFailure(path, "load", type(exc).__name__, f"cannot read collection: {exc}")
    else:
        if empty:
            yield LoadFailure(path, "load", "ValueError", "the collection holds no records")


def _iter_records(path: str) -> Iterator[tuple[int, dict | _BadRecord]]:
    if has_suffix(path, JSON_SUFFIXES):
        yield from _iter_json_records(path)
    elif has_suffix(path, (".csv", ".csv.gz")):
        yield from _iter_csv_records(path)
    else:
        import pyarrow.parquet as pq

        row = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            for record in batch.to_pylist():
                yield row, record
                row += 1


_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", list: "array", type(None): "null"}


def _iter_json_records(path: str) -> Iterator[tuple[int, dict | _BadRecord]]:
    """The objects of a JSON Lines file, one per line (blank lines skipped). A file that
    holds one JSON array instead, as exports often do whatever their name, or objects
    printed over several lines each, as ``jq`` and news-please write them, is streamed (see
    :func:`_streamed_json`), so that an archive exported as one array is never held in
    memory whole."""
    with open_text(path) as lines:
        first, json_lines = _start(lines)
        if json_lines:
            values = ((row, _json_line(row, line)) for row, line in enumerate(itertools.chain([first], lines)) if line.strip())
        else:
            values = enumerate(_streamed_json(first, lines))
        for row, value in values:
            if isinstance(value, (dict, _BadRecord)):
                yield row, value
            else:
                yield row, _BadRecord("TypeError", f"item {row + 1} is a JSON {_JSON_TYPES.get(type(value), 'value')}, not an object")


def _start(lines: io.TextIOWrapper) -> tuple[str, bool]:
    """The file's start and whether it holds JSON Lines; for JSON Lines the start is its
    first record, whole, however long."""
    first = _first_line(lines)
    if not _is_json_lines(first):
        return first, False
    return first + ("" if first.endswith("\n") else lines.readline()), True


def _first_line(lines: io.TextIOWrapper) -> str:
    """The file's start up to the end of its first line that is not blank, read at most
    ``SNIFF_BYTES`` at a time: an array written on one line may be the whole file."""
    first = ""
    while not first.strip() and (line := lines.readline(SNIFF_BYTES)):
        first += line
    return first


def _is_json_lines(first: str) -> bool:
    """Whether a file starting with ``first`` holds one JSON value per line, rather than an
    array or objects printed over several lines."""
    line = first.strip()
    if line.startswith("["):
        return False
    if not first.endswith("\n") and len(first) >= SNIFF_BYTES:
        return True  # a first line this long is a record of its own (an html column), not an opening brace
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        # an object opened and not closed on its first line goes on below; one broken
        # in its middle is a bad line of a JSON Lines file
        return not (line.startswith("{") and _cut_off(exc, len(line)))
    except (ValueError, RecursionError):  # too deep, or a number of more digits than Python reads
        return True
    return True


def _streamed_json(first: str, rest: io.TextIOWrapper) -> Iterator:
    """The items of the JSON array, or the JSON values written one after another, that
    ``first`` and then ``rest`` hold, read a chunk at a time; a value that does not parse is
    a bad record and the last, since where the next one starts is then unknown.

    Hand-written over the standard library's decoder: the streaming parsers (ijson, yajl)
    refuse the NaN and Infinity that Python's json module writes for missing values."""
    text = _JsonText(first, rest)
    read = 0
    try:
        # each array's items in turn, and any value written outside an array: exports
        # appended to one another ("[...]\n[...]") lose nothing
        while char := text.next_char():
            if char != "[":
                yield text.value()
                read += 1
                continue
            text.at += 1
            while (char := text.next_char()) and char != "]":
                yield text.value()
                read += 1
                if (char := text.next_char()) not in (",", "]"):
                    raise ValueError("expecting ',' or ']' after it" if char else "the array is never closed")
                text.at += char == ","
            if not char:
                raise ValueError("the array is never closed")
            text.at += 1
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        yield _BadRecord("JSONDecodeError", f"invalid JSON in item {read + 1}: {getattr(exc, 'msg', exc)}; the rest of the file is not read")


# Read at least this much more text when a JSON value runs past what has been read, and at
# least as much as is held already, so that a long value is decoded a few times, not many.
_JSON_CHUNK = 1 << 18
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _JsonText:
    """JSON text read from a stream a chunk at a time, what has been decoded let go."""

    def __init__(self, first: str, rest: io.TextIOWrapper):
        self.buffer, self.rest, self.at = first, rest, 0

    def _more(self) -> bool:
        chunk = self.rest.read(max(_JSON_CHUNK, len(self.buffer) - self.at))
        self.buffer, self.at = self.buffer[self.at:] + chunk, 0
        return bool(chunk)

    def next_char(self) -> str:
        """The next character after white space, "" at the end of the stream."""
        while (at := _JSON_SPACE.match(self.buffer, self.at).end()) == len(self.buffer):
            self.at = at
            if not self._more():
                return ""
        self.at = at
        return self.buffer[at]

    def value(self):
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError as exc:
                if _cut_off(exc, len(self.buffer)) and self._more():
                    continue  # the value goes on in the text not read yet
                raise
            if end == len(self.buffer) and self._more():
                continue  # so may a number that ends where the text read so far does
            self.at = end
            return value


def _cut_off(error: json.JSONDecodeError, length: int) -> bool:
    r"""Whether JSON text of ``length`` characters failed because it ends too soon: in a
    string, or in its last few characters (the "\u00" of an escaped "ö", the "tru" of "true")."""
    return error.msg.startswith("Unterminated string") or error.pos >= length - 8


def _json_line(row: int, line: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return _BadRecord("JSONDecodeError", f"invalid JSON on line {row + 1}: {exc}")
    except RecursionError:
        return _BadRecord("JSONDecodeError", f"invalid JSON on line {row + 1}: nested too deeply")
    except ValueError as exc:  # a number of more digits than Python converts
        return _BadRecord("ValueError", f"invalid JSON on line {row + 1}: {str(exc).split(';')[0]}")


# An HTML page in one cell easily passes the csv module's default cap of 128 KiB.
csv.field_size_limit(2**31 - 1)


def _iter_csv_records(path: str) -> Iterator[tuple[int, dict | _BadRecord]]:
    """The rows of a CSV file as records keyed by its header, the delimiter (comma,
    semicolon, tab or bar) sniffed from the header line; a row with more or fewer cells
    than the header (an unquoted delimiter or line break in a cell) is a bad record."""
    with open_text(path) as lines:
        header_line = lines.readline()
        try:
            delimiter = csv.Sniffer().sniff(header_line, delimiters=",;\t|").delimiter
        except csv.Error:  # a single column
            delimiter = ","
        reader = csv.reader(itertools.chain([header_line], lines), delimiter=delimiter)
        header = next(reader, None)
        row = 0
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) == len(header):
                yield row, dict(zip(header, cells))
            else:
                yield row, _BadRecord("ValueError", (
                    f"line {reader.line_num} has {len(cells)} cells but the header has {len(header)} "
                    f"(an unquoted {delimiter!r} or line break in a cell?)"
                ))
            row += 1


def count_collection_rows(path: str) -> int | None:
    """Rows in a collection; None for a CSV file or JSON that is not one object per line,
    whose rows only parsing can tell."""
    if has_suffix(path, (".parquet",)):
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if has_suffix(path, (".csv", ".csv.gz")):
        return None
    with open_text(path) as lines:
        first, json_lines = _start(lines)
        return bool(first.strip()) + sum(1 for line in lines if line.strip()) if json_lines else None


def _record_input(source: str, record: dict | _BadRecord) -> RawInput | LoadFailure | Download:
    if isinstance(record, _BadRecord):
        return LoadFailure(source, "load", record.error, record.message)
    record = _by_column_name(record)
    metadata = {}
    for column, field in METADATA_COLUMNS.items():
        if _present(record.get(column)):
            value = _metadata_value(field, record[column])
            if value is None:
                return LoadFailure(source, "load", "TypeError", f"the {column} column holds a {type(record[column]).__name__}: {str(record[column])[:80]}")
            metadata[field] = value
    url = record.get("url") if _present(record.get("url")) else None
    if url is not None and not isinstance(url, str):
        return LoadFailure(source, "load", "TypeError", f"the url column holds a {type(url).__name__}, not a URL")
    for column, kind in CONTENT_COLUMNS.items():
        if kind != "url" and _present(record.get(column)):
            content = _cell_text(record[column])
            if content is None:
                return LoadFailure(source, "load", "TypeError", f"the {column} column holds a {type(record[column]).__name__}, not text")
            return RawInput.of(source, kind, content, url, metadata)
    if url:
        return Download(url, metadata, source)
    return LoadFailure(source, "load", "KeyError", f"record has none of the columns {', '.join(CONTENT_COLUMNS)} (or they are empty)")


def _by_column_name(record: dict) -> dict:
    """The record keyed by lower-case column names without surrounding spaces ("Text",
    " HTML" as exported by spreadsheets); an exact lower-case name wins over a variant."""
    named: dict = {}
    for column, value in record.items():
        name = str(column).strip().lower()
        if name not in named or column == name:
            named[name] = value
    return named


def _cell_text(value) -> str | None:
    """A content cell as text: bytes (a Parquet binary column) decoded, a list of
    paragraphs joined by blank lines; None for anything else that is not a scalar."""
    if isinstance(value, bytes):
        return decode_page(value)
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    if isinstance(value, (dict, list, tuple)):
        return None
    return str(value)


def _metadata_value(field: str, value):
    """A collection's value for ``field`` as the table builder takes it, or None when it
    cannot be one: a nested object or list where a single text is expected."""
    if field == "authors":
        return _author_names(value)
    if isinstance(value, (list, tuple)) and len(value) == 1:  # ["en"], as list-valued exports write one value
        value = value[0]
    if isinstance(value, (dict, list, tuple, bytes)):
        return None
    if field in ("published", "modified"):
        return _timestamp(value)
    return value if isinstance(value, str) else str(value)


def _author_names(value):
    """Authors as a list of names, or as one string the table builder splits: schema.org
    ``Person`` objects (``{"name": ...}``), as JSON exports of JSON-LD hold them, become
    their names."""
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, (list, tuple)):
        names = (item.get("name") if isinstance(item, dict) else item for item in value)
        return [str(name) for name in names if _present(name)]
    return str(value)


def _timestamp(value):
    """A Unix timestamp (seconds, or milliseconds as JavaScript exports write them, as a
    number or a string of digits) as a UTC ``Timestamp``; any other value as it is."""
    digits = str(value).strip()
    if isinstance(value, bool) or not (isinstance(value, (int, float)) or re.fullmatch(r"[0-9]+", digits)):
        return value
    import pandas as pd

    seconds = float(value)
    if UNIX_SECONDS.start <= seconds < UNIX_SECONDS.stop:
        return pd.Timestamp(seconds, unit="s", tz="UTC")
    if UNIX_SECONDS.start * 1000 <= seconds < UNIX_SECONDS.stop * 1000:
        return pd.Timestamp(seconds, unit="ms", tz="UTC")
    return value


def _present(value) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and value != value:  # NaN from a CSV or Parquet null
        return False
    return not (isinstance(value, str) and not value.strip())
