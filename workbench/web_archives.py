"""Web archives for the load stage: the HTML pages a WARC file holds, as inputs."""

from __future__ import annotations

import os
from collections.abc import Iterator

import brotli

from .decoding import open_binary, page_text
from .inputs import LoadFailure, RawInput

WARC_SUFFIXES = (".warc", ".warc.gz")


# The content types of archived responses that are pages; others (images, scripts, style
# sheets, feeds) are passed over.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
#: The largest archived page read, as for downloads (``FetchOptions.max_bytes``).
MAX_PAGE_BYTES = 10_000_000


def iter_web_archive(path: str) -> Iterator[RawInput | LoadFailure]:
    """The HTML pages in a web archive (WARC, ISO 28500, as crawlers, Webrecorder and the
    Internet Archive write it; gzipped or not), read one record at a time with warcio.

    Each ``response`` or ``resource`` record of an HTML page becomes an input named
    ``archive.warc.gz#offset`` (the record's byte offset, as CDX indexes give it) with the
    URI it was archived from. Other records (requests, metadata, revisits of a page stored
    earlier) and responses that are not pages (images, scripts) are not inputs, as files of
    other types in a folder are not; nor are redirects, whose target has a record of its
    own. An archived error response (404, 500), a page over ``MAX_PAGE_BYTES``, one whose
    encoding cannot be undone or whose bytes are binary is an error row of its own.
    """
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    try:
        with open_binary(path) as head:
            if head.read(5) != b"WARC/":  # warcio would take some text for an old ARC file
                raise ValueError("not a WARC file: it does not start with 'WARC/'")
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                page = _page(record)
                if page is None:
                    continue
                pages += 1
                uri, status, content_type = page
                body, problem = b"", None
                if status >= 400:
                    problem = ("HTTPError", f"the archived response for {uri} is HTTP {status}")
                else:
                    body, problem = _body(record, uri)
                source = f"{path}#{records.get_record_offset()}"  # known once the record is read to its end
                if problem is None:
                    try:
                        html = page_text(body, content_type)
                    except ValueError as exc:
                        problem = ("ValueError", f"the archived page {uri} is {exc}")
                    else:
                        if not html.strip():
                            problem = ("ValueError", f"the archived page {uri} is empty")
                yield LoadFailure(source, "load", *problem) if problem else RawInput.of(source, "html", html, uri)
            # warcio ends quietly at a record cut short; what follows it would be lost unsaid
            if records.offset < (size := os.path.getsize(path)):
                raise ValueError(f"a damaged or cut-off record at byte {records.offset:,}; the last {size - records.offset:,} bytes are not read")
    except Exception as exc:  # a corrupt archive fails alone, after the pages it gave
        yield LoadFailure(path, "load", type(exc).__name__, f"cannot read web archive: {exc}")
    else:
        if not pages:
            yield LoadFailure(path, "load", "ValueError", "the web archive holds no HTML pages")


def _page(record) -> tuple[str | None, int, str] | None:
    """The URI, HTTP status and content type of a record that archives an HTML page; None
    for any other record, and for a redirect."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_headers.get_header("Content-Length") is None:
        # without it warcio reads on into the records that follow, as if they were this one's
        raise ValueError(f"the record of {record.rec_headers.get_header('WARC-Target-URI')} has no Content-Length")
    headers = record.http_headers if record.rec_type == "response" else None
    if record.rec_type == "response" and headers is None:
        return None  # a response to a protocol other than HTTP (DNS lookups in Heritrix's crawls)
    content_type = (headers or record.rec_headers).get_header("Content-Type") or ""
    # "text/html,text/html" when a server sent the header twice
    if content_type.split(";")[0].split(",")[0].strip().lower() not in _PAGE_TYPES:
        return None
    code = headers.get_statuscode() if headers else None
    status = int(code) if code and code.isdigit() else 200  # a garbled status line: the body decides
    if 300 <= status < 400:
        return None
    return record.rec_headers.get_header("WARC-Target-URI"), status, content_type


def _body(record, uri: str | None) -> tuple[bytes, tuple[str, str] | None]:
    """The record's payload, its transfer and content encodings undone, or the problem."""
    brotli_encoded = _content_encoding(record) == "br"
    try:
        stream = _undecoded_payload(record) if brotli_encoded else record.content_stream()
        body = stream.read(MAX_PAGE_BYTES + 1)
    except Exception as exc:  # warcio's gzip and deflate decoders
        return b"", _undecodable(record, uri, exc)
    # brotli adds at most a few bytes to what it cannot compress, so a brotli body over the
    # cap holds a page over it, give or take those bytes
    if len(body) > MAX_PAGE_BYTES:
        return b"", _too_large(uri)
    if missing := getattr(record.raw_stream, "limit", 0):
        # the file ends inside the record: warcio hands over what there is without a word
        raise ValueError(f"the record of {uri} is cut off, {missing:,} of its bytes missing")
    if brotli_encoded and body:  # an empty body is an empty page, as for other encodings
        try:
            body = _unbrotli(body)
        except brotli.error as exc:
            return b"", _undecodable(record, uri, exc)
        if len(body) > MAX_PAGE_BYTES:
            return b"", _too_large(uri)
    return body, None


def _content_encoding(record) -> str:
    return ((record.http_headers.get_header("Content-Encoding") if record.http_headers else None) or "").strip().lower()


def _undecoded_payload(record):
    """The record's payload with its chunked transfer encoding undone but not its content
    encoding, as warcio's ``content_stream`` would give it without a decoder."""
    from warcio.bufferedreaders import ChunkedDataReader

    if (record.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        return ChunkedDataReader(record.raw_stream)
    return record.raw_stream


def _unbrotli(encoded: bytes) -> bytes:
    """A brotli-encoded body (RFC 7932) decoded by hand, stopping soon after MAX_PAGE_BYTES.

    Hand-written because warcio's own ``br`` decoder (warcio 1.8.1,
    ``bufferedreaders.try_brotli_init``) is written against brotlipy's API: it sets
    ``unused_data`` on the decompressor and calls ``decompress()``. Google's Brotli, which
    is what PyPI's ``Brotli`` installs as ``brotli`` (1.2.1 here), has a decompressor that
    takes no new attributes and decodes with ``process()``, so every ``br`` record fails
    with "AttributeError: 'brotli.Decompressor' object has no attribute 'unused_data'"
    (warcio issue #73). The output limit (Brotli >= 1.2.0) keeps a small "brotli bomb"
    from being inflated whole in memory.
    """
    decompressor = brotli.Decompressor()
    body = decompressor.process(encoded, output_buffer_limit=MAX_PAGE_BYTES + 1)
    if len(body) <= MAX_PAGE_BYTES and not decompressor.is_finished():
        raise brotli.error("the brotli data ends early")
    return body


def _undecodable(record, uri: str | None, exc: Exception) -> tuple[str, str]:
    encoding = record.http_headers.get_header("Content-Encoding") if record.http_headers else "no encoding"
    return "ContentDecodingError", f"the archived page {uri} cannot be decoded ({encoding}): {exc}"


def _too_large(uri: str | None) -> tuple[str, str]:
    return "TooLarge", f"the archived page {uri} is over the cap of {MAX_PAGE_BYTES:,} bytes"
