"""Load stage: turn the sources a user points at into a stream of raw inputs.

``iter_inputs(sources)`` expands paths, folders (recursively), globs, URLs, web
archives (WARC) and collections (JSONL, JSON, CSV, Parquet) lazily, one :class:`RawInput`
at a time, so a newsroom archive never sits in memory as a whole. An input that cannot
be read becomes a :class:`LoadFailure` in the same stream instead of stopping it.

URLs are fetched here, with a timeout, a size cap, a limit on redirects, the http
and https schemes only and a polite User-Agent; several at once, but one at a time
from any one host, and the stream keeps the order the sources gave. A URL that turns
out to be a feed or a sitemap stands for the pages it lists (:mod:`workbench.feeds`).
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple
from urllib.parse import urlparse

import charset_normalizer
import requests
from w3lib.encoding import html_to_unicode, read_bom

from . import __version__
from .feeds import listed_links

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
JSON_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")
COLLECTION_SUFFIXES = JSON_SUFFIXES + (".csv", ".csv.gz", ".parquet")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Every file type ``load`` reads; a folder's other files are passed over.
LOADABLE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + COLLECTION_SUFFIXES + WARC_SUFFIXES
#: How much of a file is looked at to tell its encoding, its CSV delimiter or whether it is binary.
SNIFF_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
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
    "authors": "authors",
    "author": "authors",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "source_domain": "outlet",
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


class _Listing(NamedTuple):
    """A downloaded feed or sitemap: its inputs are the links it lists."""

    source: str
    url: str  # where it was downloaded from, after redirects
    links: list[str]


def _iter_raw_inputs(sources, fetch: FetchOptions) -> Iterator[RawInput | LoadFailure]:
    """The inputs in order, downloads running ahead in a pool of threads (at most
    ``4 * fetch.connections`` inputs held back while the first one waits); the pages that
    a downloaded feed or sitemap lists come in its place."""
    pool = ThreadPoolExecutor(max_workers=max(fetch.connections, 1), thread_name_prefix="workbench-fetch")
    hosts = _HostSlots(fetch.per_host, fetch.host_delay)

    def submit(download: _Download) -> Future:
        return pool.submit(hosts.run, urlparse(download.url).netloc, _fetch_input, download, fetch)

    try:
        yield from _in_order(_iter_unfetched(sources), submit, 4 * max(fetch.connections, 1), {})
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _in_order(items: Iterable, submit, window: int, listings: dict[str, str]) -> Iterator[RawInput | LoadFailure]:
    """``items`` with their downloads submitted up to ``window`` ahead of the first one
    still running, and each feed or sitemap replaced by the inputs it lists (``listings``
    maps the URL of each one read to its source, so that a sitemap listing itself ends)."""
    ahead: deque[RawInput | LoadFailure | Future] = deque()
    for item in items:
        ahead.append(submit(item) if isinstance(item, _Download) else item)
        while ahead and (len(ahead) > window or _ready(ahead[0])):
            yield from _listed(_result(ahead.popleft()), submit, window, listings)
    while ahead:
        yield from _listed(_result(ahead.popleft()), submit, window, listings)


def _listed(result, submit, window: int, listings: dict[str, str]) -> Iterator[RawInput | LoadFailure]:
    if not isinstance(result, _Listing):
        yield result
    elif result.url in listings:
        yield LoadFailure(result.source, "fetch", "DuplicateInput", f"the same feed or sitemap as {listings[result.url]}")
    elif not result.links:
        yield LoadFailure(result.source, "fetch", "ValueError", f"{result.url} is a feed or sitemap that lists no links")
    else:
        listings[result.url] = result.source
        yield from _in_order((_Download(link, {}, link) for link in result.links), submit, window, listings)


def _ready(item) -> bool:
    return not isinstance(item, Future) or item.done()


def _result(item) -> RawInput | LoadFailure | _Listing:
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
        elif _has_suffix(locator, WARC_SUFFIXES):
            yield from _iter_web_archive(locator)
        else:
            yield _read_file(locator)


def count_inputs(sources) -> int | None:
    """How many inputs ``sources`` names, or None when that would mean parsing a CSV file,
    JSON that is not one object per line or a web archive."""
    total = 0
    for locator in iter_locators(sources):
        if isinstance(locator, str) and _has_suffix(locator, WARC_SUFFIXES):
            return None
        if isinstance(locator, str) and _has_suffix(locator, COLLECTION_SUFFIXES):
            try:
                rows = _count_collection_rows(locator)
            except Exception:  # it will surface as a LoadFailure when it is read
                rows = 1
            if rows is None:
                return None
            total += rows
        else:
            total += 1
    return total


def fetch_url(url: str, options: FetchOptions = FetchOptions()) -> tuple[str, str]:
    """Download ``url`` and return ``(final_url, html)``.

    newspaper4k's own ``download()`` has no size cap and no total deadline, so this
    makes the same request it would (with requests) but streams the body and stops at
    the cap; the body is decoded as saved pages are (:func:`decode_page`).
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
            data = bytes(body)
            if data.startswith(GZIP_MAGIC):
                # a file stored gzipped, as large sitemaps are (sitemap-2024.xml.gz), not a
                # Content-Encoding, which requests undoes; its Content-Type names the archive
                data, content_type = _gunzip(data, options.max_bytes, url), ""
            if content_type and not any(t in content_type for t in ("html", "xml", "text/plain")):
                raise FetchError(f"{url} is {content_type}, not an HTML page")
            return response.url, decode_page(data, content_type)


def _gunzip(data: bytes, max_bytes: int, url: str) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        content = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise FetchError(f"{url} is a damaged gzip file: {exc}") from exc
    if len(content) > max_bytes:
        raise TooLarge(f"{url} unpacks to over the cap of {max_bytes:,} bytes")
    return content


def _fetch_input(download: _Download, options: FetchOptions) -> RawInput | LoadFailure:
    try:
        final_url, html = fetch_url(download.url, options)
    except (requests.RequestException, FetchError) as exc:
        return LoadFailure(download.source, "fetch", type(exc).__name__, str(exc))
    links = listed_links(html, final_url)
    if links is not None:
        return _Listing(download.source, final_url, links)
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


def _walk_folder(folder: str) -> Iterator[str | LoadFailure]:
    """Page and collection files under ``folder``, in name order, and a :class:`LoadFailure`
    for each folder that cannot be listed (``os.walk`` would skip it without a word).

    Hidden files and folders (``.git``, ``.ipynb_checkpoints``, the ``._name`` copies
    macOS leaves in archives) are skipped, as ``ls`` does. Links to folders are followed,
    each real folder once, so that a link loop ends.
    """
    visited = set()
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append, followlinks=True):
        yield from _unlisted_folders(unlisted)
        real = os.path.realpath(root)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _has_suffix(name, LOADABLE_SUFFIXES):
                yield os.path.join(root, name)
    yield from _unlisted_folders(unlisted)


def _unlisted_folders(errors: list[OSError]) -> Iterator[LoadFailure]:
    while errors:
        error = errors.pop(0)
        yield LoadFailure(str(error.filename), "load", type(error).__name__, f"cannot list the folder: {error.strerror or error}")


def _read_file(path: str) -> RawInput | LoadFailure:
    try:
        data = _read_bytes(path)
        if b"\0" in data[:SNIFF_BYTES] and read_bom(data)[0] is None:
            wide = _wide_encoding(data[:SNIFF_BYTES])
            if wide is None:
                raise ValueError("binary file, not a page")
            text = data.decode(wide, errors="replace")
        else:
            text = decode_page(data)
        if not text.strip():
            raise ValueError("empty file" if not data else "the file holds only white space")
        start = text.lstrip()[:14].lower()
        # A page saved from a browser as "Text" is sometimes the HTML source under a .txt name.
        if _has_suffix(path, HTML_SUFFIXES) or start.startswith(("<!doctype html", "<html")):
            return RawInput.of(path, "html", text)
        if _has_suffix(path, TEXT_SUFFIXES):
            return RawInput.of(path, "page", text)
        if start.startswith("<"):
            return RawInput.of(path, "html", text)
        raise ValueError(f"unsupported file type; expected one of {', '.join(LOADABLE_SUFFIXES)}")
    except FileNotFoundError as exc:
        message = f"broken symbolic link to {os.readlink(path)!r}" if os.path.islink(path) else str(exc)
        return LoadFailure(path, "load", type(exc).__name__, message)
    except (OSError, ValueError) as exc:
        return LoadFailure(path, "load", type(exc).__name__, str(exc))


def _open_binary(path: str):
    """``path`` opened for reading bytes, through gzip when its content is gzipped: the
    magic number decides, not the name, since a tool may save a page gzipped as ``.html``
    or already unpacked as ``.html.gz``."""
    with open(path, "rb") as file:
        gzipped = file.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else open(path, "rb")


def _read_bytes(path: str) -> bytes:
    with _open_binary(path) as file:
        try:
            return file.read()
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise ValueError(f"truncated or corrupt gzip file: {exc}") from exc


def decode_page(data: bytes, content_type: str | None = None) -> str:
    """The text of a page or page dump given as bytes, in the encoding it most likely has.

    A byte-order mark decides first. Bytes that are valid UTF-8 (and not plain ASCII) are
    read as UTF-8 whatever the page declares, since legacy text is almost never valid
    UTF-8 by chance while "latin-1" declarations on UTF-8 pages are common. Otherwise
    the HTTP ``Content-Type`` or the page's own declaration is used (w3lib's
    ``html_to_unicode``, as newspaper4k does) if the bytes decode in it; failing that,
    the encoding is guessed with charset-normalizer (see :func:`_guess_encoding`).
    """
    has_bom = read_bom(data)[0] is not None
    if not has_bom and not data.isascii() and _is_utf8(data):
        return data.decode("utf-8")
    encoding, text = html_to_unicode(content_type, data, auto_detect_fun=_guess_encoding)
    if not has_bom and encoding.startswith(("utf-16", "utf-32")) and b"\0" not in data:
        # A declaration that could be read as ASCII was not written in UTF-16: browsers
        # take it for UTF-8 (WHATWG Encoding Standard, "prescan a byte stream"), w3lib does not.
        encoding, text = "utf-8", data.decode("utf-8", errors="replace")
    if has_bom or _decodes(data, encoding):
        return text
    guess = _guess_encoding(data)
    return data.decode(guess, errors="replace") if guess else text


def _is_utf8(data: bytes, final: bool = True) -> bool:
    """Whether ``data`` is valid UTF-8; with ``final=False`` a character cut at the end
    (``data`` being the head of a file) does not count against it."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess at the encoding of ``data``, None for plain ASCII.

    Two adjustments to its ranking, hand-written as no library makes them: among the
    guesses that score best, windows-1252 wins whenever it is one of the encodings that
    read the bytes alike, being the fallback for undeclared legacy pages in the WHATWG
    Encoding Standard (charset-normalizer may rank windows-1250 first for French or
    Spanish, which reads "à" as "ŕ"); and a UTF-16 or UTF-32 guess is dropped when there
    is no zero byte, which real UTF-16 text always has but short Latin text can pass for.
    """
    if data.isascii():
        return None
    matches = list(charset_normalizer.from_bytes(data))
    best = [m for m in matches if (m.chaos, m.coherence) == (matches[0].chaos, matches[0].coherence)]
    if any("cp1252" in m.could_be_from_charset for m in best):
        return "cp1252"
    wide = b"\0" in data
    return next((m.encoding for m in matches if wide or not m.encoding.startswith(("utf_16", "utf_32"))), None)


def _open_text(path: str) -> io.TextIOWrapper:
    """A collection file (gzipped or not) as text, in the encoding its first bytes show
    (see :func:`_text_encoding`), with line endings left for the CSV and JSON readers."""
    binary = _open_binary(path)
    head = bytearray()
    try:
        while len(head) < SNIFF_BYTES and (chunk := binary.read1(SNIFF_BYTES - len(head))):
            head += chunk
    except (EOFError, zlib.error):  # a truncated gzip: the records before the cut are still read
        pass
    binary.seek(0)
    return io.TextIOWrapper(binary, encoding=_text_encoding(bytes(head)), newline="")


def _text_encoding(head: bytes) -> str:
    """The codec for a file that starts with ``head``: by its byte-order mark, else UTF-16 or
    UTF-32 when it has zero bytes and reads as such, else UTF-8 when the head is valid UTF-8,
    else charset-normalizer's guess."""
    bom_encoding = read_bom(head)[0]
    if bom_encoding:
        # These codecs consume the byte-order mark, so it does not end up in the first column's name.
        return "utf-8-sig" if bom_encoding == "utf-8" else bom_encoding.rsplit("-", 1)[0]
    if b"\0" in head and (wide := _wide_encoding(head)):
        return wide
    if _is_utf8(head, final=False):
        return "utf-8"
    return _guess_encoding(head) or "utf-8"


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 for text saved without a byte-order mark (zero bytes in every other
    place), as charset-normalizer reads it; None for binary data, which has zero bytes too."""
    best = charset_normalizer.from_bytes(head).best()
    return best.encoding if best is not None and best.encoding.startswith(("utf_16", "utf_32")) else None


class _BadRecord(NamedTuple):
    """A row of a collection that is not a record: its error type and message."""

    error: str
    message: str


def _iter_collection(path: str) -> Iterator[RawInput | LoadFailure | _Download]:
    empty = True
    try:
        for row, record in _iter_records(path):
            empty = False
            yield _record_input(f"{path}#{row}", record)
    except Exception as exc:  # a corrupt collection fails alone, after the rows it gave
        yield LoadFailure(path, "load", type(exc).__name__, f"cannot read collection: {exc}")
    else:
        if empty:
            yield LoadFailure(path, "load", "ValueError", "the collection holds no records")


def _iter_records(path: str) -> Iterator[tuple[int, dict | _BadRecord]]:
    if _has_suffix(path, JSON_SUFFIXES):
        yield from _iter_json_records(path)
    elif _has_suffix(path, (".csv", ".csv.gz")):
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
    printed over several lines each, as ``jq`` and news-please write them, is streamed with
    ijson, so that an archive exported as one array is never held in memory whole."""
    with _open_text(path) as lines:
        first = lines.readline()
        if first.lstrip().startswith("[") or first.strip() == "{":
            values = enumerate(_streamed_json(first, lines))
        else:
            values = ((row, _json_line(row, line)) for row, line in enumerate(itertools.chain([first], lines)) if line.strip())
        for row, value in values:
            if isinstance(value, (dict, _BadRecord)):
                yield row, value
            else:
                yield row, _BadRecord("TypeError", f"item {row + 1} is a JSON {_JSON_TYPES.get(type(value), 'value')}, not an object")


def _streamed_json(first: str, rest: io.TextIOWrapper) -> Iterator:
    """The items of the JSON array, or the JSON values written one after another, that
    ``first`` and then ``rest`` hold; a value that does not parse is a bad record and the
    last, since where the next one starts is then unknown."""
    import ijson

    reader = _Utf8Reader(first, rest)
    items = ijson.items(reader, "item", use_float=True) if first.lstrip().startswith("[") else ijson.items(reader, "", multiple_values=True, use_float=True)
    read = 0
    try:
        for read, item in enumerate(items, 1):
            yield item
    except ijson.JSONError as exc:
        # yajl's message draws the place under the text on further lines; its first line says what is wrong
        yield _BadRecord("JSONDecodeError", f"invalid JSON in item {read + 1}: {str(exc).splitlines()[0].strip()}")


class _Utf8Reader:
    """A text stream, after a first line already read from it, as the UTF-8 bytes ijson
    reads (the file itself may be UTF-16 or windows-1252; :func:`_open_text` decodes it)."""

    def __init__(self, first: str, rest: io.TextIOWrapper):
        self._pending = first
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson reads nothing first, to see whether it gets bytes or str
        text, self._pending = self._pending + self._rest.read(size), ""
        return text.encode("utf-8")


def _json_line(row: int, line: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return _BadRecord("JSONDecodeError", f"invalid JSON on line {row + 1}: {exc}")


# An HTML page in one cell easily passes the csv module's default cap of 128 KiB.
csv.field_size_limit(2**31 - 1)


def _iter_csv_records(path: str) -> Iterator[tuple[int, dict | _BadRecord]]:
    """The rows of a CSV file as records keyed by its header, the delimiter (comma,
    semicolon, tab or bar) sniffed from the header line; a row with more or fewer cells
    than the header (an unquoted delimiter or line break in a cell) is a bad record."""
    with _open_text(path) as lines:
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


# The content types of archived responses that are pages; others (images, scripts, style
# sheets, feeds) are passed over.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _iter_web_archive(path: str) -> Iterator[RawInput | LoadFailure]:
    """The HTML pages in a web archive (WARC, ISO 28500, as crawlers, Webrecorder and the
    Internet Archive write it; gzipped or not), read one record at a time with warcio.

    Each ``response`` or ``resource`` record of an HTML page becomes an input named
    ``archive.warc.gz#offset`` (the record's byte offset, as CDX indexes give it) with the
    URI it was archived from. Other records (requests, metadata, revisits of a page stored
    earlier) and responses that are not pages (images, scripts) are not inputs, as files of
    other types in a folder are not; nor are redirects, whose target has a record of its
    own. An archived error response (404, 500) is an error row, as it is when fetched.
    """
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    try:
        with _open_binary(path) as head:
            if head.read(5) != b"WARC/":  # warcio would take some text for an old ARC file
                raise ValueError("not a WARC file: it does not start with 'WARC/'")
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers if record.rec_type == "response" else None
                if record.rec_type == "response" and headers is None:
                    continue  # a response to a protocol other than HTTP (DNS lookups in Heritrix's crawls)
                content_type = (headers or record.rec_headers).get_header("Content-Type") or ""
                if content_type.split(";")[0].strip().lower() not in _PAGE_TYPES:
                    continue
                status = int(headers.get_statuscode() or 0) if headers else 200
                if 300 <= status < 400:
                    continue
                pages += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read() if status < 400 else b""  # decoded from gzip or chunks
                source = f"{path}#{records.get_record_offset()}"  # known once the record is read to its end
                if status >= 400:
                    yield LoadFailure(source, "load", "HTTPError", f"the archived response for {uri} is HTTP {status}")
                    continue
                html = decode_page(body, content_type)
                if not html.strip():
                    yield LoadFailure(source, "load", "ValueError", f"the archived page {uri} is empty")
                    continue
                yield RawInput.of(source, "html", html, uri)
            # warcio ends quietly at a record cut short; what follows it would be lost unsaid
            if records.offset < (size := os.path.getsize(path)):
                raise ValueError(f"a damaged or cut-off record at byte {records.offset:,}; the last {size - records.offset:,} bytes are not read")
    except Exception as exc:  # a corrupt archive fails alone, after the pages it gave
        yield LoadFailure(path, "load", type(exc).__name__, f"cannot read web archive: {exc}")
    else:
        if not pages:
            yield LoadFailure(path, "load", "ValueError", "the web archive holds no HTML pages")


def _count_collection_rows(path: str) -> int | None:
    """Rows in a collection; None for a CSV file or JSON that is not one object per line,
    whose rows only parsing can tell."""
    if _has_suffix(path, (".parquet",)):
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if _has_suffix(path, (".csv", ".csv.gz")):
        return None
    with _open_text(path) as lines:
        first = lines.readline()
        if first.lstrip().startswith("[") or first.strip() == "{":
            return None
        return bool(first.strip()) + sum(1 for line in lines if line.strip())


def _record_input(source: str, record: dict | _BadRecord) -> RawInput | LoadFailure | _Download:
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
        return _Download(url, metadata, source)
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
    if field == "published":
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
    if isinstance(value, bool) or not (isinstance(value, (int, float)) or digits.isdigit()):
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


def _is_url(source: str) -> bool:
    return "://" in source and urlparse(source).scheme.isalpha() and not os.path.exists(source)


def _has_suffix(path: str, suffixes: tuple[str, ...]) -> bool:
    return path.lower().endswith(suffixes)


def source_list(sources: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str]:
    """``sources`` as a list of locator strings, as given (a generator is read once, here)."""
    return [str(sources)] if isinstance(sources, (str, os.PathLike)) else [str(s) for s in sources]
