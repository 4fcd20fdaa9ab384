"""Load stage: turn the sources a user points at into a stream of raw inputs.

``iter_inputs(sources)`` expands paths, folders (recursively), globs, URLs, web
archives (WARC) and collections (JSONL, JSON, CSV, Parquet) lazily, one :class:`RawInput`
at a time, so a newsroom archive never sits in memory as a whole. An input that cannot
be read becomes a :class:`LoadFailure` in the same stream instead of stopping it.

URLs are fetched here, with a timeout, a size cap, a limit on redirects, the http
and https schemes only and a polite User-Agent, as each site's robots.txt allows
(:mod:`workbench.robots`); several at once, but one at a time from any one host, and the
stream keeps the order the sources gave. A URL that turns
out to be a feed or a sitemap stands for the pages it lists (:mod:`workbench.feeds`).
"""

from __future__ import annotations

import errno
import glob
import math
import os
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import requests
import urllib3

from . import __version__, schema
from .decoding import GZIP_MAGIC, decode_page, page_text, read_body, read_bytes
from .feeds import listed_links
from .inputs import Download, LoadFailure, RawInput, has_suffix, without_lone_surrogates
from .records import COLLECTION_SUFFIXES, count_collection_rows, iter_collection
from .robots import Robots, RobotsRefusal
from .web_archives import WARC_SUFFIXES, iter_web_archive

# Re-exported: the load stage's public names, wherever they are defined.
__all__ = ["FetchOptions", "LoadFailure", "RawInput", "count_inputs", "decode_page", "fetch_url", "iter_inputs", "iter_locators", "source_list"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
#: Every file type ``load`` reads; a folder's other files are passed over.
LOADABLE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + COLLECTION_SUFFIXES + WARC_SUFFIXES

USER_AGENT = f"news-workbench/{__version__} (research tool; +https://pypi.org/project/news-workbench/)"


class FetchOptions(NamedTuple):
    timeout: float = 20.0  # seconds for the whole download, not per read
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    connections: int = 8  # downloads at once, over all hosts
    per_host: int = 1  # downloads at once from one host, to be polite to it
    host_delay: float = 0.0  # seconds between the end of one download from a host and the start of the next
    obey_robots: bool = True  # skip what a site's robots.txt disallows, and wait its Crawl-delay
    max_crawl_delay: float = 60.0  # seconds; a site asking for more between pages is not crawled

    def check(self) -> None:
        """Raise ValueError for options no run can go by (before any input is read)."""
        for name in ("timeout", "host_delay", "max_crawl_delay"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0):
                raise ValueError(f"FetchOptions.{name} must be a finite number of seconds, at least 0, got {value!r}")
        for name in ("max_bytes", "connections", "per_host"):
            if not (isinstance(getattr(self, name), int) and getattr(self, name) >= 1):
                raise ValueError(f"FetchOptions.{name} must be a whole number of at least 1, got {getattr(self, name)!r}")


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
    # keyed by 64 bits of the content's hash, not the 40-character hex string: an archive of
    # millions of pages keeps one small entry per page
    first_source: dict[int, str] = {}
    for item in _iter_raw_inputs(sources, fetch):
        if isinstance(item, RawInput):
            key = int(item.sha1[:16], 16)
            if key in first_source:
                item = LoadFailure(item.source, "load", "DuplicateInput", f"same content as {first_source[key]}")
            else:
                first_source[key] = item.source
        if isinstance(item, LoadFailure):  # its source may be a file name that is not UTF-8 too
            item = item._replace(source=without_lone_surrogates(item.source), message=_one_line(item.message))
        yield item


def _one_line(message: str, limit: int = 500) -> str:
    """A message as one line of at most ``limit`` characters: libraries' messages may
    quote the text they failed on, line breaks and zero bytes included."""
    line = " ".join("".join(c if c.isprintable() else " " for c in message[: 4 * limit]).split()) or "(no message)"
    return without_lone_surrogates(line if len(line) <= limit else line[: limit - 1] + "…")


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
    robots = Robots(fetch.user_agent, fetch.timeout, fetch.max_crawl_delay) if fetch.obey_robots else None
    hosts = _HostSlots(fetch.per_host, fetch.host_delay, robots.crawl_delay if robots else None)

    def submit(download: Download) -> Future:
        return pool.submit(hosts.run, _host(download.url), _fetch_input, download, fetch, robots)

    try:
        yield from _in_order(_iter_unfetched(sources), submit, 4 * max(fetch.connections, 1), {}, 0)
    finally:
        hosts.close()  # wakes downloads waiting out a host's delay, so that nothing holds up the exit
        pool.shutdown(wait=False, cancel_futures=True)


# How deep sitemaps may list sitemaps: an index of indexes is as deep as real sites go, and a
# server that makes up a new index at every level must not exhaust the stack.
MAX_LISTING_DEPTH = 4


def _in_order(items: Iterable, submit, window: int, listings: dict[str, str], depth: int) -> Iterator[RawInput | LoadFailure]:
    """``items`` with their downloads submitted up to ``window`` ahead of the first one
    still running, and each feed or sitemap replaced by the inputs it lists (``listings``
    maps the URL of each one read to its source, so that a sitemap listing itself ends;
    ``depth`` counts the listings these items come from)."""
    ahead: deque[RawInput | LoadFailure | Future] = deque()
    for item in items:
        ahead.append(submit(item) if isinstance(item, Download) else item)
        while ahead and (len(ahead) > window or _ready(ahead[0])):
            yield from _listed(_result(ahead.popleft()), submit, window, listings, depth)
    while ahead:
        yield from _listed(_result(ahead.popleft()), submit, window, listings, depth)


def _listed(result, submit, window: int, listings: dict[str, str], depth: int) -> Iterator[RawInput | LoadFailure]:
    if not isinstance(result, _Listing):
        yield result
    elif result.url in listings:
        first = listings[result.url]
        yield LoadFailure(result.source, "fetch", "DuplicateInput", f"a feed or sitemap read already in this run{'' if first == result.source else f' (as {first})'}")
    elif not result.links:
        yield LoadFailure(result.source, "fetch", "ValueError", f"{result.url} is a feed or sitemap that lists no links")
    elif depth >= MAX_LISTING_DEPTH:
        yield LoadFailure(result.source, "fetch", "ValueError", f"{result.url} is a sitemap listed by {MAX_LISTING_DEPTH} others in turn; it is not followed")
    else:
        listings[result.url] = result.source
        yield from _in_order((Download(link, {}, link) for link in result.links), submit, window, listings, depth + 1)


def _ready(item) -> bool:
    return not isinstance(item, Future) or item.done()


def _result(item) -> RawInput | LoadFailure | _Listing:
    return item.result() if isinstance(item, Future) else item


class _HostSlots:
    """At most ``per_host`` calls at once for each host (a semaphore per host name), each
    starting at least ``delay`` seconds after the host's last call ended, or longer when
    ``delay_of(url)`` says so for the host of that URL (the site's robots.txt Crawl-delay)."""

    def __init__(self, per_host: int, delay: float = 0.0, delay_of=None):
        self.per_host = max(per_host, 1)
        self.delay = delay
        self.delay_of = delay_of
        self._slots: dict[str, threading.Semaphore] = {}
        self._last_end: dict[str, float] = {}
        self._lock = threading.Lock()
        self._closed = threading.Event()

    def close(self) -> None:
        self._closed.set()

    def run(self, host: str, function, download: Download, *args):
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with slot:
            delay = max(self.delay, self.delay_of(download.url)) if self.delay_of else self.delay
            with self._lock:
                wait = self._last_end.get(host, -float("inf")) + delay - time.monotonic()
            if wait > 0 and self._closed.wait(wait):
                return None  # the run ended while this download waited: nobody reads it
            try:
                return function(download, *args)
            finally:
                with self._lock:
                    self._last_end[host] = time.monotonic()


def _iter_unfetched(sources) -> Iterator[RawInput | LoadFailure | Download]:
    for locator in iter_locators(sources):
        if isinstance(locator, LoadFailure):
            yield locator
        elif _is_url(locator):
            yield Download(locator, {}, locator)
        elif has_suffix(locator, COLLECTION_SUFFIXES):
            yield from iter_collection(locator)
        elif has_suffix(locator, WARC_SUFFIXES):
            yield from iter_web_archive(locator)
        else:
            yield from _read_local(locator)


def _read_local(path: str) -> Iterator[RawInput | LoadFailure | Download]:
    """A saved page, or the pages a saved feed or sitemap lists (downloaded as any URL)."""
    item = _read_file(path)
    if isinstance(item, RawInput) and item.kind == "html":
        try:
            links = listed_links(item.content)
        except ValueError as exc:
            yield LoadFailure(path, "load", "ValueError", f"{path} is a feed or sitemap that cannot be read: {exc}")
            return
        if links == []:
            yield LoadFailure(path, "load", "ValueError", f"{path} is a feed or sitemap that lists no links")
            return
        if links is not None:
            yield from (Download(link, {}, link) for link in links)
            return
    yield item


def count_inputs(sources) -> int | None:
    """How many inputs ``sources`` names, or None when that would mean parsing a CSV file,
    JSON that is not one object per line or a web archive."""
    total = 0
    for locator in iter_locators(sources):
        if isinstance(locator, str) and has_suffix(locator, WARC_SUFFIXES):
            return None
        if isinstance(locator, str) and has_suffix(locator, COLLECTION_SUFFIXES):
            try:
                rows = count_collection_rows(locator)
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
    the cap; the body is decoded as saved pages are (:func:`workbench.decoding.page_text`).
    """
    try:
        scheme = urlparse(url).scheme
    except ValueError as exc:  # "http://[::1": brackets that open an IPv6 address and never close
        raise FetchError(f"not a valid URL: {url!r} ({exc})") from exc
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {url!r}")
    deadline = time.monotonic() + options.timeout
    with requests.Session() as session:
        session.max_redirects = options.max_redirects
        session.headers.update({"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
        with session.get(url, timeout=options.timeout, stream=True) as response:
            if urlparse(response.url).scheme not in ("http", "https"):
                raise FetchError(f"redirected to a non-http URL {response.url!r}")
            response.raise_for_status()
            length = response.headers.get("Content-Length") or ""
            declared = int(length) if length.isdigit() else 0  # a garbled length: the cap below still holds
            if declared > options.max_bytes:
                raise TooLarge(f"{url} is {declared:,} bytes, over the cap of {options.max_bytes:,}")
            try:
                data = read_body(response, options.max_bytes, deadline)
            except TimeoutError as exc:
                raise FetchError(f"{url} took longer than {options.timeout:g} s to download") from exc
            if len(data) > options.max_bytes:
                raise TooLarge(f"{url} is over the cap of {options.max_bytes:,} bytes")
            content_type = response.headers.get("Content-Type", "")
            if data.startswith(GZIP_MAGIC):
                # a file stored gzipped, as large sitemaps are (sitemap-2024.xml.gz), not a
                # Content-Encoding, which requests undoes; its Content-Type names the archive
                data, content_type = _gunzip(data, options.max_bytes, url), ""
            if content_type and not any(t in content_type for t in ("html", "xml", "text/plain")):
                raise FetchError(f"{url} is {content_type}, not an HTML page")
            try:
                return response.url, page_text(data, content_type)
            except ValueError as exc:
                raise FetchError(f"{url} is {exc}") from exc


def _gunzip(data: bytes, max_bytes: int, url: str) -> bytes:
    """``data`` unpacked, every gzip member of it (pigz and appending tools write several),
    within ``max_bytes``; a file cut short is an error, not a shorter sitemap."""
    content = bytearray()
    while data:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            content += inflater.decompress(data, max_bytes + 1 - len(content))
        except zlib.error as exc:
            raise FetchError(f"{url} is a damaged gzip file: {exc}") from exc
        if len(content) > max_bytes:
            raise TooLarge(f"{url} unpacks to over the cap of {max_bytes:,} bytes")
        if not inflater.eof:
            raise FetchError(f"{url} is a gzip file cut short")
        data = inflater.unused_data
    return bytes(content)


def _fetch_input(download: Download, options: FetchOptions, robots: Robots | None) -> RawInput | LoadFailure:
    try:
        if robots is not None:
            robots.check(download.url)
    except RobotsRefusal as exc:
        return LoadFailure(download.source, "fetch", exc.error, str(exc))
    try:
        final_url, html = fetch_url(download.url, options)
    except (requests.RequestException, urllib3.exceptions.HTTPError, FetchError) as exc:
        # urllib3 gives its messages as a tuple of text and the error below it
        message = exc.args[0] if isinstance(exc, urllib3.exceptions.HTTPError) and exc.args and isinstance(exc.args[0], str) else str(exc)
        return LoadFailure(download.source, "fetch", type(exc).__name__, message)
    try:
        links = listed_links(html, final_url)
    except ValueError as exc:
        return LoadFailure(download.source, "fetch", "ValueError", f"{final_url} is a feed or sitemap that cannot be read: {exc}")
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
            found = False
            for item in _walk_folder(source):
                found = True
                yield item
            if not found and _run_files(source):
                yield LoadFailure(source, "load", "ValueError", f"{source} holds the tables of a workbench run, not articles: read it with wb.read_parquet")
        elif os.path.exists(source) and _run_files(os.path.dirname(source) or ".", [os.path.basename(source)]):
            yield LoadFailure(source, "load", "ValueError", f"{source} is a table of a workbench run, not articles: read its folder with wb.read_parquet")
        elif os.path.exists(source):
            yield source
        elif glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield LoadFailure(source, "load", "FileNotFoundError", f"no file matches the pattern {source!r}")
            yield from _glob_files(matches)
        else:
            yield LoadFailure(source, "load", "FileNotFoundError", f"no such file, folder or URL: {source!r}")


def _glob_files(matches: list[str]) -> Iterator[str | LoadFailure]:
    """The files a glob's matches name, each once however many folder paths lead to it:
    ``dir/**`` matches a folder and the files in it, and a link to a folder above makes
    ``**`` reach a file by ever longer paths (down to one whose folders the system refuses
    to resolve, "too many levels of symbolic links", which names no file of its own). A
    file that is itself a link stays an input of its own, a duplicate or an error row."""
    seen: set[tuple[str, str]] = set()
    visited: set[str] = set()  # folders walked, shared so that no folder is walked twice
    for match in matches:
        if _winds_through_links(match):
            continue
        for path in _walk_folder(match, visited) if os.path.isdir(match) else [match]:
            if isinstance(path, str):
                place = (os.path.realpath(os.path.dirname(path) or "."), os.path.basename(path))
                if place in seen:
                    continue
                seen.add(place)
            yield path


def _winds_through_links(path: str) -> bool:
    """Whether ``path`` cannot be resolved for "too many levels of symbolic links" and runs
    through several links to get there, as ``**`` makes a path through a link to a folder
    above (a file that links to itself is one link: an error row of its own)."""
    try:
        os.stat(path)
        return False
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return False
    parts = Path(path).parts
    return sum(os.path.islink(os.path.join(*parts[: k + 1])) for k in range(len(parts))) > 1


def _walk_folder(folder: str, visited: set[str] | None = None) -> Iterator[str | LoadFailure]:
    """Page and collection files under ``folder``, in name order, and a :class:`LoadFailure`
    for each folder that cannot be listed (``os.walk`` would skip it without a word).

    Hidden files and folders (``.git``, ``.ipynb_checkpoints``, the ``._name`` copies
    macOS leaves in archives) are skipped, as ``ls`` does, and so are the tables of a
    workbench run (in an output folder, the batches of a cache; :func:`_run_files`): their
    ``paragraphs.parquet`` would otherwise load as a collection of articles. Links to folders are followed,
    each real folder once (``visited`` holds their real paths), so that a link loop ends.
    """
    visited = set() if visited is None else visited
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append, followlinks=True):
        yield from _unlisted_folders(unlisted)
        real = os.path.realpath(root)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        ours = _run_files(root, files)
        for name in sorted(files):
            if not name.startswith(".") and has_suffix(name, LOADABLE_SUFFIXES) and name not in ours:
                yield os.path.join(root, name)
    yield from _unlisted_folders(unlisted)


# The files a run writes besides the tables: a batch cache's index, a folder's manifest.
_RUN_TABLES = {f"{name}.parquet": table.names for name, table in schema.TABLES.items()} | {"keys.parquet": ["key", "article_id"]}


def _run_files(folder: str, names: Iterable[str] | None = None) -> set[str]:
    """Which of ``names`` (the folder's files, by default) a workbench run wrote: a table
    named as one of the schema's, with the table's first column (``article_id``, or
    ``source`` for errors) and no column the schema lacks (folders written before a column
    was added have fewer), and the ``manifest.json`` beside such tables. A user's own
    ``articles.parquet`` collection has no ``article_id``."""
    import pyarrow.parquet as pq

    try:
        names = os.listdir(folder) if names is None else list(names)
    except OSError:
        return set()
    ours = set()
    for name in names:
        if name in _RUN_TABLES:
            try:
                columns = set(pq.read_schema(os.path.join(folder, name)).names)
            except (OSError, ValueError):  # not Parquet after all: the collection reader says so
                continue
            if _RUN_TABLES[name][0] in columns and columns <= set(_RUN_TABLES[name]):
                ours.add(name)
    if ours and "manifest.json" in names:
        ours.add("manifest.json")
    return ours


def _unlisted_folders(errors: list[OSError]) -> Iterator[LoadFailure]:
    while errors:
        error = errors.pop(0)
        yield LoadFailure(str(error.filename), "load", type(error).__name__, f"cannot list the folder: {error.strerror or error}")


def _read_file(path: str) -> RawInput | LoadFailure:
    try:
        data = read_bytes(path)
        text = page_text(data)
        if not text.strip():
            raise ValueError("empty file" if not data else "the file holds only white space")
        start = text.lstrip()[:14].lower()
        # A page saved from a browser as "Text" is sometimes the HTML source under a .txt name.
        if has_suffix(path, HTML_SUFFIXES) or start.startswith(("<!doctype html", "<html")):
            return RawInput.of(path, "html", text)
        if has_suffix(path, TEXT_SUFFIXES):
            return RawInput.of(path, "page", text)
        if start.startswith("<"):
            return RawInput.of(path, "html", text)
        raise ValueError(f"unsupported file type; expected one of {', '.join(LOADABLE_SUFFIXES)}")
    except FileNotFoundError as exc:
        message = f"broken symbolic link to {os.readlink(path)!r}" if os.path.islink(path) else str(exc)
        return LoadFailure(path, "load", type(exc).__name__, message)
    except (OSError, ValueError) as exc:
        return LoadFailure(path, "load", type(exc).__name__, str(exc))


def _is_url(source: str) -> bool:
    if "://" not in source or os.path.exists(source):
        return False
    try:
        return urlparse(source).scheme.isalpha()
    except ValueError:  # a URL too broken to parse is still meant as one: fetching says why it fails
        return True


def _host(url: str) -> str:
    try:
        return urlparse(url).netloc
    except ValueError:
        return ""


def source_list(sources: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str]:
    """``sources`` as a list of locator strings, as given (a generator is read once, here)."""
    return [str(sources)] if isinstance(sources, (str, os.PathLike)) else [str(s) for s in sources]
