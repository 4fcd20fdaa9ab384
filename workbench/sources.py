"""Load stage: turn the sources a user points at into a stream of raw inputs.

``iter_inputs(sources)`` expands paths, folders (recursively), globs, URLs and
collections (JSONL, CSV, Parquet) lazily, one :class:`RawInput` at a time, so a
newsroom archive never sits in memory as a whole. An input that cannot be read
becomes a :class:`LoadFailure` in the same stream instead of stopping it.

URLs are fetched here, with a timeout, a size cap, a limit on redirects, the http
and https schemes only and a polite User-Agent; several at once, but one at a time
from any one host, and the stream keeps the order the sources gave.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import requests
from w3lib.encoding import html_to_unicode

from . import __version__

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
COLLECTION_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".csv", ".csv.gz", ".parquet")
#: Collection columns that hold the page itself, in order of preference.
CONTENT_COLUMNS = ("html", "text", "url")
#: Collection columns that override what the extractors find, and the field they set.
METADATA_COLUMNS = {
    "title": "title",
    "published": "published",
    "date": "published",
    "authors": "authors",
    "author": "authors",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "description": "description",
    "language": "language",
}

USER_AGENT = f"news-workbench/{__version__} (research tool; +https://pypi.org/project/news-workbench/)"


class FetchOptions(NamedTuple):
    timeout: float = 20.0  # seconds for the whole download, not per read
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    connections: int = 8  # downloads at once, over all hosts
    per_host: int = 1  # downloads at once from one host, to be polite to it
    host_delay: float = 0.0  # seconds between the end of one download from a host and the start of the next


class RawInput(NamedTuple):
    """One page to extract: its locator, its content and any metadata overrides."""

    source: str  # a path, a URL or `collection#row`
    kind: str  # "html", "page" (a plain-text page dump) or "body" (ready-made article text)
    content: str
    url: str | None
    metadata: dict  # field -> value, from a collection's columns
    sha1: str  # of the content; names the article and spots duplicates

    @classmethod
    def of(cls, source: str, kind: str, content: str, url: str | None = None, metadata: dict | None = None) -> "RawInput":
        digest = hashlib.sha1(content.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(source, kind, content, url, metadata or {}, digest)


class LoadFailure(NamedTuple):
    """An input that could not be read or fetched."""

    source: str
    stage: str  # "load" or "fetch"
    error: str
    message: str


class FetchError(Exception):
    """A URL could not be downloaded as an HTML page."""


class TooLarge(FetchError):
    pass


def iter_inputs(sources: str | os.PathLike | Iterable[str | os.PathLike], fetch: FetchOptions = FetchOptions()) -> Iterator[RawInput | LoadFailure]:
    """Yield every input named by ``sources`` in order, reading each lazily.

    A page whose content was already seen in this run (the same file saved twice, a
    URL listed twice) becomes a ``DuplicateInput`` failure naming the first copy, so
    each article appears once and every input is still accounted for.
    """
    first_source: dict[str, str] = {}
    for item in _iter_raw_inputs(sources, fetch):
        if isinstance(item, RawInput):
            seen = first_source.setdefault(item.sha1, item.source)
            if seen != item.source:
                item = LoadFailure(item.source, "load", "DuplicateInput", f"same content as {seen}")
        yield item


class _Download(NamedTuple):
    """A URL to fetch, with the collection metadata and source name its input will carry."""

    url: str
    metadata: dict
    source: str


def _iter_raw_inputs(sources, fetch: FetchOptions) -> Iterator[RawInput | LoadFailure]:
    """The inputs in order, downloads running ahead in a pool of threads (at most
    ``4 * fetch.connections`` inputs held back while the first one waits)."""
    pool = ThreadPoolExecutor(max_workers=max(fetch.connections, 1), thread_name_prefix="workbench-fetch")
    hosts = _HostSlots(fetch.per_host, fetch.host_delay)
    ahead: deque[RawInput | LoadFailure | Future] = deque()
    try:
        for item in _iter_unfetched(sources):
            if isinstance(item, _Download):
                item = pool.submit(hosts.run, urlparse(item.url).netloc, _fetch_input, item, fetch)
            ahead.append(item)
            while ahead and (len(ahead) > 4 * max(fetch.connections, 1) or _ready(ahead[0])):
                yield _result(ahead.popleft())
        while ahead:
            yield _result(ahead.popleft())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _ready(item) -> bool:
    return not isinstance(item, Future) or item.done()


def _result(item) -> RawInput | LoadFailure:
    return item.result() if isinstance(item, Future) else item


class _HostSlots:
    """At most ``per_host`` calls at once for each host (a semaphore per host name), each
    starting at least ``delay`` seconds after the host's last call ended."""

    def __init__(self, per_host: int, delay: float = 0.0):
        self.per_host = max(per_host, 1)
        self.delay = delay
        self._slots: dict[str, threading.Semaphore] = {}
        self._last_end: dict[str, float] = {}
        self._lock = threading.Lock()

    def run(self, host: str, function, *args):
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with slot:
            with self._lock:
                wait = self._last_end.get(host, -float("inf")) + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return function(*args)
            finally:
                with self._lock:
                    self._last_end[host] = time.monotonic()


def _iter_unfetched(sources) -> Iterator[RawInput | LoadFailure | _Download]:
    for locator in iter_locators(sources):
        if isinstance(locator, LoadFailure):
            yield locator
        elif _is_url(locator):
            yield _Download(locator, {}, locator)
        elif _has_suffix(locator, COLLECTION_SUFFIXES):
            yield from _iter_collection(locator)
        else:
            yield _read_file(locator)


def count_inputs(sources) -> int | None:
    """How many inputs ``sources`` names, or None when that would mean parsing a CSV."""
    total = 0
    for locator in iter_locators(sources):
        if isinstance(locator, str) and _has_suffix(locator, (".csv", ".csv.gz")):
            return None
        if isinstance(locator, str) and _has_suffix(locator, COLLECTION_SUFFIXES):
            try:
                total += _count_collection_rows(locator)
            except Exception:  # it will surface as a LoadFailure when it is read
                total += 1
        else:
            total += 1
    return total


def fetch_url(url: str, options: FetchOptions = FetchOptions()) -> tuple[str, str]:
    """Download ``url`` and return ``(final_url, html)``.

    newspaper4k's own ``download()`` has no size cap and no total deadline, so this
    makes the same request it would (requests, then w3lib's ``html_to_unicode`` for
    the encoding, as newspaper4k does) but streams the body and stops at the cap.
    """
    if urlparse(url).scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {url!r}")
    deadline = time.monotonic() + options.timeout
    with requests.Session() as session:
        session.max_redirects = options.max_redirects
        session.headers.update({"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
        with session.get(url, timeout=options.timeout, stream=True) as response:
            if urlparse(response.url).scheme not in ("http", "https"):
                raise FetchError(f"redirected to a non-http URL {response.url!r}")
            response.raise_for_status()
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > options.max_bytes:
                raise TooLarge(f"{url} is {declared:,} bytes, over the cap of {options.max_bytes:,}")
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > options.max_bytes:
                    raise TooLarge(f"{url} is over the cap of {options.max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url} took longer than {options.timeout:g} s to download")
            content_type = response.headers.get("Content-Type", "")
            if content_type and not any(t in content_type for t in ("html", "xml", "text/plain")):
                raise FetchError(f"{url} is {content_type}, not an HTML page")
            _, html = html_to_unicode(content_type, bytes(body))
            return response.url, html


def _fetch_input(download: _Download, options: FetchOptions) -> RawInput | LoadFailure:
    try:
        final_url, html = fetch_url(download.url, options)
    except (requests.RequestException, FetchError) as exc:
        return LoadFailure(download.source, "fetch", type(exc).__name__, str(exc))
    return RawInput.of(download.source, "html", html, final_url, download.metadata)


def iter_locators(sources) -> Iterator[str | LoadFailure]:
    """Yield every file path and URL that ``sources`` names (folders walked, globs expanded),
    or a :class:`LoadFailure` for a name that matches nothing."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    for source in sources:
        source = os.fspath(source)
        if _is_url(source):
            yield source
        elif os.path.isdir(source):
            yield from _walk_folder(source)
        elif os.path.exists(source):
            yield source
        elif glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield LoadFailure(source, "load", "FileNotFoundError", f"no file matches the pattern {source!r}")
            for match in matches:
                yield from _walk_folder(match) if os.path.isdir(match) else [match]
        else:
            yield LoadFailure(source, "load", "FileNotFoundError", f"no such file, folder or URL: {source!r}")


def _walk_folder(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if _has_suffix(name, HTML_SUFFIXES + TEXT_SUFFIXES + COLLECTION_SUFFIXES):
                yield os.path.join(root, name)


def _read_file(path: str) -> RawInput | LoadFailure:
    try:
        data = _read_bytes(path)
        if b"\0" in data[:8192]:
            raise ValueError("binary file, not a page")
        if _has_suffix(path, TEXT_SUFFIXES):
            return RawInput.of(path, "page", data.decode("utf-8", errors="replace"))
        if _has_suffix(path, HTML_SUFFIXES) or data.lstrip()[:1] == b"<":
            _, html = html_to_unicode(None, data)
            return RawInput.of(path, "html", html)
        raise ValueError(f"unsupported file type; expected one of {', '.join(HTML_SUFFIXES + TEXT_SUFFIXES + COLLECTION_SUFFIXES)}")
    except (OSError, ValueError, EOFError) as exc:
        return LoadFailure(path, "load", type(exc).__name__, str(exc))


def _read_bytes(path: str) -> bytes:
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return f.read()
    return Path(path).read_bytes()


def _iter_collection(path: str) -> Iterator[RawInput | LoadFailure | _Download]:
    try:
        records = _iter_records(path)
        for row, record in records:
            yield _record_input(f"{path}#{row}", record)
    except Exception as exc:  # a corrupt collection fails alone, after the rows it gave
        yield LoadFailure(path, "load", type(exc).__name__, f"cannot read collection: {exc}")


def _iter_records(path: str) -> Iterator[tuple[int, dict]]:
    if _has_suffix(path, (".jsonl", ".jsonl.gz", ".ndjson")):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for row, line in enumerate(lines):
                if line.strip():
                    try:
                        yield row, json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield row, {"__error__": f"invalid JSON on line {row + 1}: {exc}"}
    elif _has_suffix(path, (".csv", ".csv.gz")):
        import pandas as pd

        row = 0
        for chunk in pd.read_csv(path, chunksize=256, dtype=str, keep_default_na=False):
            for record in chunk.to_dict("records"):
                yield row, record
                row += 1
    else:
        import pyarrow.parquet as pq

        row = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            for record in batch.to_pylist():
                yield row, record
                row += 1


def _count_collection_rows(path: str) -> int:
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return sum(1 for line in lines if line.strip())


def _record_input(source: str, record: dict) -> RawInput | LoadFailure | _Download:
    if "__error__" in record:
        return LoadFailure(source, "load", "JSONDecodeError", record["__error__"])
    metadata = {field: record[column] for column, field in METADATA_COLUMNS.items() if _present(record.get(column))}
    url = record.get("url") if _present(record.get("url")) else None
    if _present(record.get("html")):
        return RawInput.of(source, "html", str(record["html"]), url, metadata)
    if _present(record.get("text")):
        return RawInput.of(source, "body", str(record["text"]), url, metadata)
    if url:
        return _Download(url, metadata, source)
    return LoadFailure(source, "load", "KeyError", f"record has none of the columns {', '.join(CONTENT_COLUMNS)} (or they are empty)")


def _present(value) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and value != value:  # NaN from a CSV or Parquet null
        return False
    return not (isinstance(value, str) and not value.strip())


def _is_url(source: str) -> bool:
    return "://" in source and urlparse(source).scheme.isalpha() and not os.path.exists(source)


def _has_suffix(path: str, suffixes: tuple[str, ...]) -> bool:
    return path.lower().endswith(suffixes)


def recorded_sources(sources: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str]:
    """``sources`` as a list of locators that mean the same from any working directory:
    local paths and globs made absolute, URLs as they are (what a corpus folder's
    manifest records)."""
    items = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    return [str(s) if _is_url(str(s)) else os.path.abspath(s) for s in items]
