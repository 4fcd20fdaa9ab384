"""Awkward inputs researchers have: odd encodings, odd names, odd collections.

Each input must end as one article or one error with a clear message; none may raise
out of a run, lose text silently or come out garbled.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import workbench as wb
from workbench.extract.html import extract_html
from workbench.sources import LoadFailure, RawInput, count_inputs, decode_page, iter_inputs

GERMAN = "Der Bürgermeister von Köln sagte am Montag, die Straßenbahn werde „bald“ wieder fahren – die Reparatur koste 3 € pro Einwohner."
FRENCH = "Les élus ont voté à l’unanimité le plan de rénovation du pont, dont le coût dépasse désormais les prévisions."
SPANISH = "El señor Muñoz dijo que el año próximo habrá más inversión en la región."
PARAGRAPHS = [
    GERMAN,
    FRENCH,
    "Officials said the café’s owner — who asked not to be named — had “no idea” the façade was unsafe until inspectors arrived.",
    "The harbour authority promised a fund to compensate any losses and said independent biologists would monitor the beds throughout the work.",
]
DUMP = "Tram repairs in Köln\n\nBy Anna Berg\nPublished 12 November 2024\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def page(title: str = "Tram repairs in Köln", head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def read_one(path) -> RawInput | LoadFailure:
    [item] = list(iter_inputs(path))
    return item


# --- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("cp1252, nothing declared", page().encode("cp1252")),
        ("cp1252 declared as UTF-8", page(head='<meta charset="utf-8">').encode("cp1252")),
        ("UTF-8 declared as latin-1", page(head='<meta charset="iso-8859-1">').encode("utf-8")),
        ("UTF-8 with a BOM", b"\xef\xbb\xbf" + page().encode("utf-8")),
        ("UTF-16 with a BOM", page().encode("utf-16")),
    ],
)
def test_html_in_any_common_encoding_reads_without_mojibake(tmp_path, name, data):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, RawInput), item
    assert item.kind == "html"
    for paragraph in PARAGRAPHS:
        assert paragraph in item.content
    assert "\ufffd" not in item.content and "\ufeff" not in item.content


@pytest.mark.parametrize("encoding", ["shift_jis", "gb2312"])
def test_east_asian_pages_are_decoded_by_their_meta_charset(tmp_path, encoding):
    text = "東京都は月曜日、新しい防災計画を発表した。" if encoding == "shift_jis" else "北京市政府周一宣布了新的交通计划。"
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'.encode(encoding))
    assert text in read_one(path).content


@pytest.mark.parametrize("text", [FRENCH, SPANISH])
def test_undeclared_western_legacy_text_is_read_as_windows_1252(text):
    # charset-normalizer alone ranks windows-1250 first here, which reads "à" as "ŕ".
    assert decode_page(text.encode("cp1252")) == text


def test_a_utf16_declaration_in_an_ascii_readable_page_means_utf8():
    html = '<html><head><meta charset="utf-16"></head><body><p>Plain ASCII text.</p></body></html>'
    assert decode_page(html.encode("ascii")) == html


def test_short_latin_text_is_not_mistaken_for_utf16():
    assert decode_page("Straße".encode("cp1252")) == "Straße"


def test_an_http_charset_that_contradicts_a_utf8_body_loses(http_server):
    base, routes = http_server

    def serve(request):
        body = page(head='<meta charset="utf-8">').encode("utf-8")
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=ISO-8859-1")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    routes["/a"] = serve
    item = read_one(f"{base}/a")
    assert GERMAN in item.content


@pytest.mark.parametrize(
    "name, data",
    [
        ("UTF-8 with a BOM", b"\xef\xbb\xbf" + DUMP.encode("utf-8")),
        ("UTF-16 with a BOM", DUMP.encode("utf-16")),
        ("cp1252", DUMP.encode("cp1252")),
    ],
)
def test_page_dumps_in_any_common_encoding_are_the_same_page(tmp_path, name, data):
    """Decoded alike, a dump saved in another encoding is a duplicate of the UTF-8 one."""
    (tmp_path / "a.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(data)
    first, second = iter_inputs(tmp_path)
    assert first.kind == "page" and first.content == DUMP
    assert second.error == "DuplicateInput"


def test_meta_tags_of_a_page_without_charset_are_not_garbled():
    html = page(head='<meta property="og:description" content="Jürgen Müller über die Straßenbahn in Köln">'
                     '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Jürgen Müller"}}</script>')
    found = extract_html(html)
    assert found.description == "Jürgen Müller über die Straßenbahn in Köln"
    assert found.authors == ["Jürgen Müller"]


def test_meta_tags_are_not_decoded_twice_by_the_declared_charset():
    html = page(head='<meta charset="shift_jis"><meta name="description" content="東京都の防災計画">')
    assert extract_html(html).description == "東京都の防災計画"


# --- files ---------------------------------------------------------------------------


def test_empty_and_blank_files_are_errors_not_duplicates_of_each_other(tmp_path):
    (tmp_path / "a.html").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("  \n\n\t\n")
    errors = {os.path.basename(f.source): f.message for f in iter_inputs(tmp_path)}
    assert errors == {"a.html": "empty file", "b.txt": "empty file", "c.txt": "the file holds only white space"}


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    (tmp_path / "saved.html").write_bytes(gzip.compress(page("Gzipped without .gz").encode()))
    (tmp_path / "unpacked.html.gz").write_text(page("Named .gz, not gzipped"), encoding="utf-8")
    (tmp_path / "upper.HTM.GZ").write_bytes(gzip.compress(page("Upper case").encode()))
    corpus = wb.load(tmp_path, nlp=False)
    assert sorted(corpus.articles.title) == ["Gzipped without .gz", "Named .gz, not gzipped", "Upper case"]
    assert corpus.errors.empty


def test_truncated_gzip_is_a_clear_error(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(DUMP.encode() * 5)[:-20])
    item = read_one(path)
    assert item.stage == "load" and item.message.startswith("truncated or corrupt gzip file")


def test_html_saved_under_a_txt_name_is_read_as_html(tmp_path):
    (tmp_path / "page.txt").write_text(page("Saved as text"), encoding="utf-8")
    corpus = wb.load(tmp_path, nlp=False)
    assert list(corpus.articles.title) == ["Saved as text"]
    assert "<p>" not in corpus.articles.text[0]


def test_binary_is_a_clear_error(tmp_path):
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8)
    (tmp_path / "story.txt").write_text(DUMP, encoding="utf-8")
    failures = [item for item in iter_inputs(tmp_path) if isinstance(item, LoadFailure)]
    assert [(Path(f.source).name, f.message) for f in failures] == [("image.html", "binary data, not a page")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, encoding):
    (tmp_path / "wide.txt").write_bytes(DUMP.encode(encoding))
    (tmp_path / "wide.html").write_bytes(page("Köln im Winter").encode(encoding))
    (tmp_path / "wide.csv").write_bytes(f'text,title\n"{GERMAN}",München\n'.encode(encoding))
    corpus = wb.load(tmp_path, nlp=False)
    assert corpus.errors.empty, corpus.errors.to_dict("records")
    assert set(corpus.articles.title) >= {"Köln im Winter", "München"}
    assert any(GERMAN[:20] in text for text in corpus.articles.text)


def test_awkward_file_names_are_read(tmp_path):
    names = ["with spaces.html", "hash#1.html", "per%20cent.html", "ünïcødé_日本.html", "brackets[1].html", "star*?.html", "UPPER.HTML"]
    for n, name in enumerate(names):
        (tmp_path / name).write_text(page(f"Story {n}"), encoding="utf-8")
    for name in names:  # named one by one, glob characters and all
        assert isinstance(read_one(tmp_path / name), RawInput), name
    assert len(list(iter_inputs(tmp_path))) == len(names)


def test_folder_walk_skips_hidden_entries_and_survives_link_loops(tmp_path):
    (tmp_path / "a.html").write_text(page("Visible"), encoding="utf-8")
    (tmp_path / ".hidden.html").write_text(page("Hidden"), encoding="utf-8")
    (tmp_path / "._a.html").write_bytes(b"\0\5\26\7\0\2\0\0Mac OS X")  # macOS metadata twin
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "index.html").write_text(page("Git"), encoding="utf-8")
    (tmp_path / "folder.html").mkdir()  # a folder with a page's name is walked
    (tmp_path / "folder.html" / "inner.html").write_text(page("Inner"), encoding="utf-8")
    (tmp_path / "loop").mkdir()
    os.symlink("..", tmp_path / "loop" / "up")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-linked"
    elsewhere.mkdir()
    (elsewhere / "linked.html").write_text(page("Linked"), encoding="utf-8")
    os.symlink(elsewhere, tmp_path / "shortcut")
    os.symlink("missing.html", tmp_path / "broken.html")
    items = list(iter_inputs(tmp_path))
    names = sorted(os.path.relpath(item.source, tmp_path) for item in items)
    assert names == ["a.html", "broken.html", "folder.html/inner.html", "shortcut/linked.html"]
    [broken] = [item for item in items if isinstance(item, LoadFailure)]
    assert broken.message == "broken symbolic link to 'missing.html'"


def test_huge_single_line_dump_is_one_article(tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_text("A sentence of a long wall of text. " * 50_000, encoding="utf-8")
    corpus = wb.load(path, nlp=False)
    assert len(corpus.articles) == 1 and corpus.articles.n_words[0] == 8 * 50_000


# --- collections ---------------------------------------------------------------------


def records(path):
    return list(iter_inputs(path))


@pytest.mark.parametrize(
    "name, data",
    [
        ("semicolons", f'text;title\n"{GERMAN}";Köln\n'.encode()),
        ("tabs", f"text\ttitle\n{GERMAN}\tKöln\n".encode()),
        ("capitalised header with spaces", f' Text , Title \n"{GERMAN}",Köln\n'.encode()),
        ("UTF-8 BOM", f'\ufefftext,title\n"{GERMAN}",Köln\n'.encode()),
        ("cp1252", f'text,title\n"{GERMAN}",Köln\n'.encode("cp1252")),
        ("UTF-16", f'text,title\n"{GERMAN}",Köln\n'.encode("utf-16")),
    ],
)
def test_csv_dialects_and_encodings(tmp_path, name, data):
    path = tmp_path / "c.csv"
    path.write_bytes(data)
    [item] = records(path)
    assert isinstance(item, RawInput), item
    assert item.content == GERMAN and item.metadata == {"title": "Köln"}


def test_csv_cells_with_line_breaks_and_whole_pages(tmp_path):
    frame = pd.DataFrame({"text": ["First paragraph.\n\nSecond, with a \"quote\"."], "html": [None]})
    frame.loc[1] = [None, page() + "<!--" + "x" * 200_000 + "-->"]  # over the csv module's default cell cap
    path = tmp_path / "c.csv"
    frame.to_csv(path, index=False)
    first, second = records(path)
    assert first.kind == "body" and first.content == "First paragraph.\n\nSecond, with a \"quote\"."
    assert second.kind == "html" and len(second.content) > 200_000


def test_csv_rows_that_do_not_fit_the_header_are_errors_not_shifted(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"text,title\nThe mayor said, unquoted, yes,T1\n\"{GERMAN}\",T2\nonly one cell\n", encoding="utf-8")
    bad, good, short = records(path)
    assert bad.message == "line 2 has 4 cells but the header has 2 (an unquoted ',' or line break in a cell?)"
    assert good.content == GERMAN and good.source.endswith("c.csv#1")
    assert short.message.startswith("line 4 has 1 cells")


@pytest.mark.parametrize("content", ["", "text,title\n"])
def test_a_collection_without_records_is_an_error(tmp_path, content):
    path = tmp_path / "c.csv"
    path.write_text(content)
    [failure] = records(path)
    assert failure.message == "the collection holds no records"


def test_jsonl_oddities(tmp_path):
    lines = [
        json.dumps({"Text": GERMAN, "Title": "Capitalised"}),
        "",
        json.dumps({"text": FRENCH, "authors": [{"@type": "Person", "name": "Anna Berg"}, {"name": "Tom Lind"}]}),
        json.dumps({"text": ["First paragraph.", "Second paragraph."]}),
        json.dumps({"text": {"nested": "object"}}),
        json.dumps("a string"),
        json.dumps({"text": SPANISH, "published": 1700000000}),
        json.dumps({"text": SPANISH + " Otra vez.", "published": 1700000000000}),
    ]
    path = tmp_path / "c.jsonl"
    path.write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))  # BOM, CRLF, no final line break
    items = records(path)
    assert [item.source.rsplit("#", 1)[1] for item in items] == ["0", "2", "3", "4", "5", "6", "7"]
    caps, persons, paragraphs, nested, string, seconds, millis = items
    assert caps.content == GERMAN and caps.metadata == {"title": "Capitalised"}
    assert persons.metadata["authors"] == ["Anna Berg", "Tom Lind"]
    assert paragraphs.content == "First paragraph.\n\nSecond paragraph."
    assert nested.message == "the text column holds a dict, not text"
    assert string.message == "item 6 is a JSON string, not an object"
    expected = pd.Timestamp("2023-11-14 22:13:20", tz="UTC")
    assert seconds.metadata["published"] == expected and millis.metadata["published"] == expected


def test_a_json_array_named_jsonl_is_read_as_records(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps([{"text": GERMAN}, {"text": FRENCH}], indent=2), encoding="utf-8")
    assert [item.content for item in records(path)] == [GERMAN, FRENCH]


def test_a_json_export_is_a_collection_and_a_break_keeps_the_items_before_it(tmp_path):
    path = tmp_path / "export.json"
    text = json.dumps([{"text": GERMAN}, {"text": FRENCH}, {"text": SPANISH}], indent=2)
    path.write_text(text[: text.rindex("{")] + '{"text": "cut off', encoding="utf-8")
    german, french, bad = records(path)
    assert (german.content, french.content) == (GERMAN, FRENCH)
    assert (bad.source, bad.error) == (f"{path}#2", "JSONDecodeError")
    assert bad.message.startswith("invalid JSON in item 3: ") and "\n" not in bad.message
    assert count_inputs(path) is None  # only parsing can count the items of an array


@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_export_from_python_reads_whole_across_its_chunks(tmp_path, indent):
    # Python's json module writes NaN for a missing number and escapes every "ö" as \u00f6;
    # a file far longer than one chunk cuts strings, escapes and numbers at its edges.
    exported = [{"text": f"{GERMAN} {n} " + "ö" * (n * 37 % 3000), "score": float("nan") if n % 7 == 0 else n / 3}
                for n in range(1500)]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, indent=indent), encoding="utf-8")
    items = records(path)
    assert [item.content for item in items] == [record["text"] for record in exported]


@pytest.mark.parametrize("name, text", [
    ("blank-lines-first.json", "\n\n" + json.dumps([{"text": GERMAN}, {"text": FRENCH}], indent=2)),
    ("appended-exports.json", json.dumps([{"text": GERMAN}]) + "\n" + json.dumps([{"text": FRENCH}])),
    ("object-opened-on-line-one.jsonl", '{"text": "%s",\n "title": "Köln"}\n{"text": "%s"}\n' % (GERMAN, FRENCH)),
])
def test_json_written_in_more_ways_than_one_per_line(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert [item.content for item in records(path)] == [GERMAN, FRENCH]


def test_json_lines_with_a_broken_first_line_keep_the_lines_after_it(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": oops, "title": 1}\n' + json.dumps({"text": GERMAN}) + "\n", encoding="utf-8")
    broken, german = records(path)
    assert broken.message.startswith("invalid JSON on line 1: Expecting value") and german.content == GERMAN


def test_long_records_huge_numbers_and_a_stray_byte_late_in_a_collection(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"html": page("A long page") + "<!--" + "x" * 100_000 + "-->"}),  # longer than the first look
             '{"text": broken', json.dumps({"text": GERMAN}), '{"text": "x", "n": ' + "1" * 5000 + "}",
             json.dumps({"text": FRENCH})]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + json.dumps({"text": "Caf\u00e9"}, ensure_ascii=False).encode("latin-1")
                     + b"\n" + json.dumps({"text": SPANISH}).encode() + b"\n")
    long_page, broken, german, huge, french, latin, spanish = records(path)
    assert long_page.kind == "html" and german.content == GERMAN and french.content == FRENCH and spanish.content == SPANISH
    assert broken.message.startswith("invalid JSON on line 2") and huge.message.startswith("invalid JSON on line 4: Exceeds the limit")
    assert latin.content == "Caf\ufffd"  # a byte the file's encoding (UTF-8) cannot read, replaced


def test_odd_names_and_urls_end_as_rows(tmp_path):
    odd = tmp_path / os.fsdecode(b"caf\xe9.html")  # a name that is not UTF-8
    odd.write_text(page("Odd name"), encoding="utf-8")
    collection = tmp_path / "c.jsonl"
    collection.write_text(json.dumps({"text": GERMAN, "url": "https://example.org/\ud83d"}) + "\n"
                          + json.dumps({"url": "http://[::1"}) + "\n", encoding="utf-8")
    corpus = wb.load([str(odd), str(collection)], nlp=False)
    assert corpus.articles.source.iloc[0].endswith("caf\ufffd.html")
    assert corpus.articles.url.iloc[1] == "https://example.org/\ufffd"
    assert corpus.errors.message.iloc[0].startswith("not a valid URL: 'http://[::1'")


def test_a_record_that_breaks_a_reader_fails_alone(tmp_path):
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps({"text": GERMAN, "date": "²"}), "[" * 100_000 + "]" * 100_000, json.dumps({"text": FRENCH}),
             json.dumps({"text": SPANISH + " \ud83d"})]  # half an emoji, as JavaScript cuts them
    path.write_text("\n".join(lines), encoding="utf-8")
    german, deep, french, spanish = records(path)
    assert german.content == GERMAN and french.content == FRENCH and spanish.content == SPANISH + " \ufffd"
    assert deep.message == "invalid JSON on line 2: nested too deeply"
    corpus = wb.load(path, nlp=False)  # the tables hold the replacement character, not half a pair
    assert len(corpus.articles) == 3 and corpus.articles.text.str.endswith("\ufffd").sum() == 1


def test_a_json_array_is_streamed_not_read_whole(tmp_path):
    import tracemalloc

    path = tmp_path / "archive.json"
    with path.open("w", encoding="utf-8") as out:  # on one line, as json.dump writes it
        out.write("[")
        out.write(", ".join(json.dumps({"text": f"{GERMAN} {n} " + "x" * 4000}) for n in range(5000)))
        out.write("]")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        read = sum(1 for _ in iter_inputs(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read == 5000
    assert peak < size / 4, f"peak {peak} bytes for a file of {size}"
    # a broken first item is reported without reading the rest of the file
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('{"text"', '{"text" oops', 1), encoding="utf-8")
    tracemalloc.start()
    try:
        [failure] = iter_inputs(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert failure.message.startswith("invalid JSON in item 1: Expecting ':' delimiter")
    assert peak < size / 4, f"peak {peak} bytes for a file of {size}"


def test_a_news_please_output_folder_loads_with_its_metadata(tmp_path):
    # news-please writes one pretty-printed JSON object per article, the body in "maintext"
    article = {
        "authors": ["Anna Berg"], "date_publish": "2024-03-12 09:30:00", "date_modify": "2024-03-13 08:00:00", "description": None,
        "language": "de", "maintext": GERMAN, "source_domain": "www.example.de", "title": "Köln",
        "url": "https://www.example.de/koeln",
    }
    (tmp_path / "www.example.de").mkdir()
    (tmp_path / "www.example.de" / "koeln.json").write_text(json.dumps(article, indent=4), encoding="utf-8")
    row = wb.load(tmp_path, nlp=False).articles.iloc[0]
    assert (row.text, row.title, row.outlet, row.authors, row.url) == (GERMAN, "Köln", "www.example.de", ["Anna Berg"], "https://www.example.de/koeln")
    assert row.published == pd.Timestamp("2024-03-12 09:30:00")
    assert row.modified == pd.Timestamp("2024-03-13 08:00:00") and row.provenance["modified"] == "collection"


def test_modified_is_on_the_clock_of_published_and_never_before_it(tmp_path):
    rows = [
        # a Unix time (UTC) against a publication time in Tokyo: 30 minutes later, not 8.5 hours before
        {"text": GERMAN, "published": "2024-03-12T09:00:00+09:00", "modified": 1710203400},
        {"text": FRENCH, "published": "2024-03-12 09:30:00", "modified": "2020-01-01"},  # before: dropped
        {"text": SPANISH, "published": "2024-03-12 09:30:00", "modified": "2024-03-12"},  # the same day, no time: kept
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    articles = wb.load(path, nlp=False).articles
    assert articles.modified.tolist()[0] == pd.Timestamp("2024-03-12 09:30:00")
    assert pd.isna(articles.modified.tolist()[1]) and "modified" not in articles.provenance.tolist()[1]
    assert articles.modified.tolist()[2] == pd.Timestamp("2024-03-12")


def test_a_page_updated_before_it_appeared_has_no_modified_date(tmp_path):
    page = (Path(__file__).parent / "fixtures" / "html" / "jsonld_article.html").read_text(encoding="utf-8")
    (tmp_path / "p.html").write_text(page.replace('"dateModified": "2024-03-06T09:00:00+01:00"', '"dateModified": "2019-01-01T00:00:00+01:00"'), encoding="utf-8")
    row = wb.load(tmp_path / "p.html", nlp=False).articles.iloc[0]
    assert pd.isna(row.modified) and "modified" not in row.provenance
    assert row.published == pd.Timestamp("2024-03-05 14:30")


def test_collection_dates_as_unix_timestamps_land_on_the_right_day(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f'text,published\n"{GERMAN}",1700000000\n"{FRENCH}",20240312\n', encoding="utf-8")
    corpus = wb.load(path, nlp=False)
    assert list(corpus.articles.published) == [pd.Timestamp("2023-11-14 22:13:20"), pd.Timestamp("2024-03-12")]


def test_collection_dates_written_day_or_month_first_follow_the_article_language(tmp_path):
    english = "The mayor said on Monday that the bridge would reopen soon, after repairs that cost more than planned."
    path = tmp_path / "c.csv"
    path.write_text(
        f'text,published\n"{GERMAN}",12/11/2024\n"{english}",12/11/2024\n"{FRENCH}",12.11.2024\n"{SPANISH}",2024-11-12\n',
        encoding="utf-8",
    )
    published = wb.load(path, nlp=False).articles.set_index("language").published
    assert published.to_dict() == {
        "de": pd.Timestamp("2024-11-12"),  # German writes the day first
        "en": pd.Timestamp("2024-12-11"),  # English the month
        "fr": pd.Timestamp("2024-11-12"),
        "es": pd.Timestamp("2024-11-12"),
    }


def test_collection_dates_with_two_digit_years_and_as_plain_numbers(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"text": GERMAN, "published": "12.11.24"}, {"text": FRENCH, "published": 20241112}, {"text": SPANISH, "published": 2024}]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    articles = wb.load(path, nlp=False).articles
    assert articles.published.tolist()[:2] == [pd.Timestamp("2024-11-12"), pd.Timestamp("2024-11-12")]
    assert pd.isna(articles.published.iloc[2])  # a bare year is no date: not nanoseconds after 1970 either


def test_parquet_binary_and_capitalised_content_columns(tmp_path):
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"Text": pa.array([GERMAN.encode("utf-8"), None], pa.binary())}), path)
    good, empty = records(path)
    assert good.content == GERMAN
    assert empty.error == "KeyError"


def test_a_capitalised_html_column_is_used_not_fetched(tmp_path, no_network):
    path = tmp_path / "c.csv"
    pd.DataFrame({"HTML": [page()], "URL": ["https://example.org/a"]}).to_csv(path, index=False)
    [item] = records(path)
    assert item.kind == "html" and item.url == "https://example.org/a"


def test_nested_metadata_is_unwrapped_or_a_clear_error_and_never_stops_the_run(tmp_path):
    lines = [
        {"text": GERMAN, "language": ["de"], "title": 7},
        {"text": FRENCH, "title": {"main": "Le pont"}},
        {"text": SPANISH, "url": {"href": "https://example.org"}},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    corpus = wb.load(path, nlp=True)
    assert list(corpus.articles[["language", "title"]].itertuples(index=False, name=None)) == [("de", "7")]
    assert list(corpus.errors.message) == ["the title column holds a dict: {'main': 'Le pont'}", "the url column holds a dict, not a URL"]


def test_a_folder_that_cannot_be_listed_is_an_error(tmp_path, monkeypatch):
    # Permissions do not bite when the tests run as root, so listing is refused here instead.
    (tmp_path / "a.html").write_text(page("Readable"), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.html").write_text(page("Locked"), encoding="utf-8")
    scandir = os.scandir

    def refuse_locked(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    readable, locked = iter_inputs(tmp_path)
    assert readable.source.endswith("a.html")
    assert (locked.source, locked.error, locked.message) == (str(tmp_path / "locked"), "PermissionError", "cannot list the folder: Permission denied")


def test_objects_pretty_printed_as_jq_prints_them(tmp_path):
    path = tmp_path / "jq.jsonl"
    path.write_text("\n".join(json.dumps(item, indent=2) for item in ({"text": GERMAN}, {"text": FRENCH})) + "\n{\"text\": oops}\n", encoding="utf-8")
    german, french, bad = records(path)
    assert (german.content, french.content) == (GERMAN, FRENCH)
    assert bad.error == "JSONDecodeError" and bad.message.startswith("invalid JSON in item 3: ")


def test_a_truncated_gzipped_collection_keeps_the_records_before_the_cut(tmp_path):
    lines = "".join(json.dumps({"text": f"{GERMAN} Number {n}."}) + "\n" for n in range(200))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode())[:-200])
    items = records(path)
    assert all(isinstance(item, RawInput) for item in items[:-1]) and len(items) > 100
    assert items[-1].source == str(path) and "ended before the end-of-stream marker" in items[-1].message


def test_collection_values_that_cannot_be_read_fall_back_to_what_was_extracted(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [
        {"html": page(head='<meta property="article:published_time" content="2024-03-12T08:00:00">'), "published": "yesterday", "language": "English"},
        {"text": GERMAN, "published": "2024-03-13", "language": "Klingon"},
        {"text": FRENCH, "language": "fr-FR", "authors": "Anna Berg and Tom Lind & Jo Park"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    corpus = wb.load(path, nlp=False)
    page_row, german, french = corpus.articles.itertuples()
    assert page_row.published == pd.Timestamp("2024-03-12 08:00") and page_row.provenance["published"] != "collection"
    assert page_row.language == "en" and page_row.provenance["language"] == "collection"
    assert german.published == pd.Timestamp("2024-03-13") and german.provenance["published"] == "collection"
    assert german.language == "de" and german.provenance["language"] == "py3langid"  # "Klingon" names no ISO 639-1 code
    assert french.language == "fr" and list(french.authors) == ["Anna Berg", "Tom Lind", "Jo Park"]


def test_words_of_chinese_and_japanese_text_are_counted_per_character(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"text": "東京で会議が開かれた。 Tokyo summit"}, ensure_ascii=False), encoding="utf-8")
    assert wb.load(path, nlp=False).articles.n_words.tolist() == [12]
