"""Bytes, and bytes to text, for the load stage: a downloaded body read within a cap and a
deadline; the encoding of a saved page, a page dump or a collection file; and gzip told by
its content rather than its name."""

from __future__ import annotations

import codecs
import gzip
import io
import time
import zlib

import charset_normalizer
from w3lib.encoding import html_to_unicode, read_bom

#: How much of a file is looked at to tell its encoding, its CSV delimiter or whether it is binary.
SNIFF_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"


def open_binary(path: str):
    """``path`` opened for reading bytes, through gzip when its content is gzipped: the
    magic number decides, not the name, since a tool may save a page gzipped as ``.html``
    or already unpacked as ``.html.gz``."""
    with open(path, "rb") as file:
        gzipped = file.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else open(path, "rb")


def read_body(response, limit: int, deadline: float) -> bytes:
    """The body of a streamed ``requests`` response, its Content-Encoding undone, read until
    it passes ``limit`` bytes (the caller decides what more means) or ends; TimeoutError once
    ``time.monotonic()`` passes ``deadline``. ``read1`` hands over what has arrived, where
    ``iter_content`` waits for a whole chunk before the clock can be looked at, which a
    server sending a byte a second draws out."""
    body = bytearray()
    while len(body) <= limit and (chunk := response.raw.read1(64 * 1024, decode_content=True)):
        body += chunk
        if time.monotonic() > deadline:
            raise TimeoutError(f"took longer than the deadline to download ({len(body):,} bytes read)")
    return bytes(body)


def read_bytes(path: str) -> bytes:
    with open_binary(path) as file:
        try:
            return file.read()
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise ValueError(f"truncated or corrupt gzip file: {exc}") from exc


def page_text(data: bytes, content_type: str | None = None) -> str:
    """The text of a page given as bytes (see :func:`decode_page`); UTF-16 or UTF-32 without
    a byte-order mark is recognised by its zero bytes, and ValueError raised for binary data,
    whose zero bytes they do not explain."""
    head = data[:SNIFF_BYTES]
    if b"\0" in head and read_bom(data)[0] is None:
        wide = wide_encoding(head)
        if wide is None:
            raise ValueError("binary data, not a page")
        return data.decode(wide, errors="replace")
    return decode_page(data, content_type)


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


def open_text(path: str) -> io.TextIOWrapper:
    """A collection file (gzipped or not) as text, in the encoding its first bytes show
    (see :func:`_text_encoding`), with line endings left for the CSV and JSON readers."""
    binary = open_binary(path)
    head = bytearray()
    try:
        while len(head) < SNIFF_BYTES and (chunk := binary.read1(SNIFF_BYTES - len(head))):
            head += chunk
    except (EOFError, zlib.error):  # a truncated gzip: the records before the cut are still read
        pass
    binary.seek(0)
    # bytes past the head that its encoding cannot read (a file written in two encodings)
    # become U+FFFD: one odd byte must not end a collection of thousands of rows
    return io.TextIOWrapper(binary, encoding=_text_encoding(bytes(head)), errors="replace", newline="")


def _text_encoding(head: bytes) -> str:
    """The codec for a file that starts with ``head``: by its byte-order mark, else UTF-16 or
    UTF-32 when it has zero bytes and reads as such, else UTF-8 when the head is valid UTF-8,
    else charset-normalizer's guess."""
    bom_encoding = read_bom(head)[0]
    if bom_encoding:
        # These codecs consume the byte-order mark, so it does not end up in the first column's name.
        return "utf-8-sig" if bom_encoding == "utf-8" else bom_encoding.rsplit("-", 1)[0]
    if b"\0" in head and (wide := wide_encoding(head)):
        return wide
    if _is_utf8(head, final=False):
        return "utf-8"
    return _guess_encoding(head) or "utf-8"


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 for text saved without a byte-order mark (zero bytes in every other
    place), as charset-normalizer reads it; None for binary data, which has zero bytes too."""
    best = charset_normalizer.from_bytes(head).best()
    return best.encoding if best is not None and best.encoding.startswith(("utf_16", "utf_32")) else None
