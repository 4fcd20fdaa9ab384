"""Web archives for the load stage: the HTML pages a WARC file holds, as inputs."""

from __future__ import annotations

import os
from collections.abc import Iterator

from .decoding import decode_page, open_binary
from .inputs import LoadFailure, RawInput

WARC_SUFFIXES = (".warc", ".warc.gz")


# The content types of archived responses that are pages; others (images, scripts, style
# sheets, feeds) are passed over.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def iter_web_archive(path: str) -> Iterator[RawInput | LoadFailure]:
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
        with open_binary(path) as head:
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
                code = headers.get_statuscode() if headers else None
                status = int(code) if code and code.isdigit() else 200  # a garbled status line: the body decides
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
