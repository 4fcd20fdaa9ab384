"""Tests for loading web archives (WARC files): which records become inputs, how their
bodies are decoded, and that a damaged archive loses only what follows the damage."""

from __future__ import annotations

import gzip
import io

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import workbench as wb
from workbench.sources import LoadFailure, RawInput, count_inputs, iter_inputs
from workbench.web_archives import MAX_PAGE_BYTES

PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, which has been closed since a storm damaged it.",
    "The mayor said the work would start in the spring and should be finished within two years.",
    "Opponents argued that the money would be better spent on the bus network, which carries more people every day.",
]


def article(title: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def response(writer: WARCWriter, uri: str, status: str, content_type: str, body: bytes, *extra: tuple[str, str]):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)


def write_archive(path, build) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "workbench tests"}))
        for record in build(writer):
            writer.write_record(record)


def crawl(writer: WARCWriter):
    """What a crawler stores around two articles: a request, a redirect, an image, a 404."""
    request = StatusAndHeaders("GET /harbour HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
    yield writer.create_warc_record("https://news.example.org/harbour", "request", payload=io.BytesIO(b""), http_headers=request)
    yield response(writer, "https://news.example.org/harbour", "200 OK", "text/html; charset=utf-8", article("Harbour bridge – Köln").encode("utf-8"))
    yield response(writer, "https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
    yield response(writer, "http://news.example.org/harbour", "301 Moved Permanently", "text/html", b"<a href='https://news.example.org/harbour'>moved</a>")
    yield response(writer, "https://news.example.org/gone", "404 Not Found", "text/html", b"<html><body>Not found</body></html>")
    # a legacy page, sent gzipped in windows-1252
    legacy = gzip.compress(article("Café owners protest", charset="windows-1252").encode("cp1252"))
    yield response(writer, "https://news.example.org/cafe", "200 OK", "text/html; charset=windows-1252", legacy, ("Content-Encoding", "gzip"))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_the_pages_of_an_archive_are_its_inputs(tmp_path, name):
    path = tmp_path / name
    write_archive(path, crawl)
    harbour, gone, cafe = iter_inputs(path)
    assert isinstance(harbour, RawInput) and harbour.url == "https://news.example.org/harbour"
    assert "Harbour bridge – Köln" in harbour.content
    assert isinstance(gone, LoadFailure) and (gone.error, gone.message) == (
        "HTTPError", "the archived response for https://news.example.org/gone is HTTP 404")
    assert isinstance(cafe, RawInput) and "Café owners protest" in cafe.content
    # each input is named by its record's byte offset, as CDX indexes locate records
    offsets = [int(item.source.rsplit("#", 1)[1]) for item in (harbour, gone, cafe)]
    assert all(item.source.startswith(f"{path}#") for item in (harbour, gone, cafe)) and offsets == sorted(set(offsets))
    assert count_inputs(path) is None


def test_an_archive_loads_into_the_tables_with_one_row_per_page(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, crawl)
    corpus = wb.load(path, nlp=False)
    assert sorted(corpus.articles.url) == ["https://news.example.org/cafe", "https://news.example.org/harbour"]
    assert list(corpus.errors.error) == ["HTTPError"]


def test_an_archive_ending_inside_its_last_page_says_so(tmp_path):
    path = tmp_path / "cut-at-the-end.warc"
    write_archive(path, lambda writer: [response(writer, "https://e.org/a", "200 OK", "text/html", article("A").encode()),
                                        response(writer, "https://e.org/b", "200 OK", "text/html", article("B").encode())])
    path.write_bytes(path.read_bytes()[:-300])
    a, failure = iter_inputs(path)
    assert a.url == "https://e.org/a"
    assert failure.message.startswith("cannot read web archive: the record of https://e.org/b is cut off")


@pytest.mark.parametrize("name, tail", [("cut.warc.gz", b""), ("cut.warc.gz", b"not gzip at all"), ("cut.warc", b"")])
def test_a_damaged_archive_keeps_the_pages_before_the_damage(tmp_path, name, tail):
    path = tmp_path / name
    write_archive(path, crawl)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + tail)  # cut inside the record of the image
    items = list(iter_inputs(path))
    assert [item.url for item in items if isinstance(item, RawInput)] == ["https://news.example.org/harbour"]
    last = items[-1]
    assert isinstance(last, LoadFailure) and last.source == str(path) and last.message.startswith("cannot read web archive: ")


def test_an_archive_without_pages_and_a_file_that_is_no_archive_are_errors(tmp_path):
    images = tmp_path / "images.warc.gz"
    write_archive(images, lambda writer: [response(writer, "https://example.org/a.png", "200 OK", "image/png", b"\x89PNG")])
    [none] = iter_inputs(images)
    assert (none.error, none.message) == ("ValueError", "the web archive holds no HTML pages")
    bogus = tmp_path / "bogus.warc"
    bogus.write_text("<html><body>a page saved under the wrong name</body></html>", encoding="utf-8")
    [failure] = iter_inputs(bogus)
    assert isinstance(failure, LoadFailure) and failure.message.startswith("cannot read web archive: ")


def test_a_page_that_cannot_be_decoded_is_an_error_of_its_own(tmp_path):
    path = tmp_path / "odd.warc.gz"
    write_archive(path, lambda writer: [
        response(writer, "https://e.org/bad-gzip", "200 OK", "text/html", b"\x1f\x8b\x08\x00garbage" * 10, ("Content-Encoding", "gzip")),
        response(writer, "https://e.org/zstd", "200 OK", "text/html", bytes(range(256)) * 4, ("Content-Encoding", "zstd")),
        response(writer, "https://e.org/typed-twice", "200 OK", "text/html,text/html", article("Typed twice").encode()),
        response(writer, "https://e.org/huge", "200 OK", "text/html", b"<p>" + b"x" * 10_000_000 + b"</p>"),
        response(writer, "https://e.org/last", "200 OK", "text/html", article("Last").encode()),
    ])
    gzip_error, zstd, typed_twice, huge, last = iter_inputs(path)
    assert gzip_error.message == zstd.message.replace("zstd", "bad-gzip") == "the archived page https://e.org/bad-gzip is binary data, not a page"
    assert typed_twice.url == "https://e.org/typed-twice" and last.url == "https://e.org/last"
    assert (huge.error, huge.message) == ("TooLarge", "the archived page https://e.org/huge is over the cap of 10,000,000 bytes")


def chunked(body: bytes, size: int = 100) -> bytes:
    """The body in HTTP/1.1 chunked transfer encoding, as some crawlers store it."""
    chunks = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n\r\n"


def test_a_brotli_encoded_page_loads_like_a_gzipped_one(tmp_path):
    path = tmp_path / "br.warc.gz"
    titles = {"https://e.org/br": "Bridge vote – Köln", "https://e.org/br-chunked": "Bus network – Zürich"}
    encoded = {uri: brotli.compress(article(title).encode("utf-8")) for uri, title in titles.items()}
    write_archive(path, lambda writer: [
        response(writer, "https://e.org/br", "200 OK", "text/html; charset=utf-8", encoded["https://e.org/br"], ("Content-Encoding", "br")),
        response(writer, "https://e.org/br-chunked", "200 OK", "text/html; charset=utf-8", chunked(encoded["https://e.org/br-chunked"]),
                 ("Content-Encoding", "br"), ("Transfer-Encoding", "chunked")),
    ])
    pages = list(iter_inputs(path))
    assert [page.url for page in pages] == list(titles)
    assert all(isinstance(page, RawInput) and page.content == article(titles[page.url]) for page in pages)
    corpus = wb.load(path, nlp=False)
    assert corpus.errors.empty
    assert dict(zip(corpus.articles.url, corpus.articles.title)) == titles
    for text in corpus.articles.text:
        assert text.split("\n\n")[-3:] == PARAGRAPHS


def test_a_brotli_body_that_cannot_be_decoded_is_an_error_of_its_own(tmp_path):
    path = tmp_path / "bad-br.warc"
    encoded = brotli.compress(article("Cut short").encode())
    write_archive(path, lambda writer: [
        response(writer, "https://e.org/not-br", "200 OK", "text/html", article("Not brotli").encode(), ("Content-Encoding", "br")),
        response(writer, "https://e.org/cut-br", "200 OK", "text/html", encoded[: len(encoded) // 2], ("Content-Encoding", "br")),
        response(writer, "https://e.org/after", "200 OK", "text/html", brotli.compress(article("After").encode()), ("Content-Encoding", "br")),
    ])
    not_br, cut_br, after = iter_inputs(path)
    assert (not_br.error, not_br.message) == ("ContentDecodingError", "the archived page https://e.org/not-br cannot be decoded (br): brotli: decoder failed")
    assert (cut_br.error, cut_br.message) == ("ContentDecodingError", "the archived page https://e.org/cut-br cannot be decoded (br): the brotli data ends early")
    assert isinstance(after, RawInput) and after.url == "https://e.org/after" and "<title>After</title>" in after.content


def test_a_small_brotli_body_that_decodes_past_the_cap_is_too_large(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    bomb = brotli.compress(b"<p>" + b"x" * MAX_PAGE_BYTES + b"</p>", quality=1)
    assert len(bomb) < 100_000  # the cap is on the page decoded, not on what the archive stores
    write_archive(path, lambda writer: [
        response(writer, "https://e.org/bomb", "200 OK", "text/html", bomb, ("Content-Encoding", "br")),
        response(writer, "https://e.org/last", "200 OK", "text/html", brotli.compress(article("Last").encode()), ("Content-Encoding", "br")),
    ])
    bomb_row, last = iter_inputs(path)
    assert (bomb_row.error, bomb_row.message) == ("TooLarge", "the archived page https://e.org/bomb is over the cap of 10,000,000 bytes")
    assert last.url == "https://e.org/last"


def test_a_record_without_its_length_ends_the_archive_with_an_error(tmp_path):
    def record(uri: str, body: bytes, length: bool = True) -> bytes:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
        head += f"Content-Length: {len(http)}\r\n" if length else ""
        return head.encode() + b"\r\n" + http + b"\r\n\r\n"

    path = tmp_path / "hand-made.warc"
    path.write_bytes(record("https://e.org/a", article("First").encode()) + record("https://e.org/b", article("No length").encode(), False)
                     + record("https://e.org/c", article("After").encode()))
    first, failure = iter_inputs(path)
    assert first.url == "https://e.org/a"
    assert failure.message == "cannot read web archive: the record of https://e.org/b has no Content-Length"


def test_archives_in_a_folder_are_read(tmp_path):
    (tmp_path / "crawls").mkdir()
    write_archive(tmp_path / "crawls" / "day1.warc.gz", crawl)
    urls = [item.url for item in iter_inputs(tmp_path) if isinstance(item, RawInput)]
    assert urls == ["https://news.example.org/harbour", "https://news.example.org/cafe"]
