"""Loading: every kind of source, URL fetching against a local server, and errors."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import Counter

import pandas as pd
import pytest

import workbench as wb
from http_helpers import respond, serve
from workbench.sources import FetchOptions, RawInput, count_inputs, iter_inputs
from workbench.tables import InputError

PARAGRAPHS = [
    "The harbour authority of Port Elmstead approved a plan on Monday to dredge the old shipping channel, ending a dispute that had stalled the project for three years.",
    "Engineers say the work will let larger ferries dock at the town's northern pier and cut the crossing time to the islands by almost half an hour.",
    "Local fishermen had opposed the plan, arguing that the dredging would disturb the mussel beds that their families have worked for generations.",
    "The authority promised a fund to compensate any losses and said independent biologists would monitor the beds throughout the work.",
]


def article_html(title: str = "Harbour authority backs channel dredging", paragraphs=PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta name="author" content="Mara Quist">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", "datePublished": "2024-03-12T09:30:00+01:00"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>{body}</article>
<footer>Copyright Elmstead Gazette</footer></body></html>"""


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "a.html").write_text(article_html("First story"), encoding="utf-8")
    nested = tmp_path / "nested" / "deeper"
    nested.mkdir(parents=True)
    with gzip.open(nested / "b.html.gz", "wt", encoding="utf-8") as f:
        f.write(article_html("Second story"))
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    return tmp_path


def test_folder_is_read_recursively_and_ignores_other_files(pages):
    corpus = wb.load(pages, nlp=False)
    assert sorted(corpus.articles.title) == ["First story", "Second story"]
    assert corpus.errors.empty


def test_glob_and_list_of_sources(pages):
    corpus = wb.load([str(pages / "*.html"), str(pages / "nested" / "**" / "*.gz")], nlp=False)
    assert len(corpus.articles) == 2


def test_sources_given_as_a_generator_all_load(pages):
    corpus = wb.load(pages.glob("*.html"), nlp=False, progress=False)
    assert corpus.articles.title.tolist() == ["First story"]


def test_a_glob_names_each_file_once(pages):
    """``dir/**`` matches the folders and the files in them; a link to a folder above makes
    ``**`` reach a file by ever longer paths. Each file is still one input, not a duplicate of itself."""
    (pages / "nested" / "deeper" / "up").symlink_to("..")
    for pattern in (pages / "nested" / "**", pages / "**" / "*.gz"):
        corpus = wb.load(str(pattern), nlp=False)
        assert corpus.articles.title.tolist() == ["Second story"]
        assert corpus.errors.empty


def test_links_named_by_a_glob_are_inputs_as_in_a_folder(tmp_path):
    """A link to a page, a broken link and a link to itself are rows of their own whether a
    folder or a glob names them; only folder paths that lead to the same place are merged."""
    (tmp_path / "p.html").write_text(article_html("Linked story"), encoding="utf-8")
    (tmp_path / "q.html").symlink_to("p.html")
    (tmp_path / "broken.html").symlink_to("missing.html")
    (tmp_path / "self.html").symlink_to("self.html")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    rows = []
    for source in (tmp_path, str(tmp_path / "*.html"), str(tmp_path / "**" / "*.html")):
        corpus = wb.load(source, nlp=False, progress=False)
        rows.append((corpus.articles.title.tolist(), sorted(corpus.errors.error)))
    assert rows == [(["Linked story"], ["DuplicateInput", "FileNotFoundError", "OSError"])] * 3


def test_the_tables_of_a_run_are_not_read_as_articles(pages):
    """An output folder or a batch cache inside the folder loaded again: its paragraphs.parquet
    has a `text` column and would load as a collection of articles. The pages beside them
    still load (a folder parsed into itself, `--out` the same folder, can be rebuilt)."""
    wb.load(pages, nlp=False, progress=False, cache=pages / "cache").to_parquet(pages / "run1")
    wb.load(pages, nlp=False, progress=False).to_parquet(pages)  # tables beside the pages
    (pages / "partial").mkdir()
    (pages / "run1" / "paragraphs.parquet").rename(pages / "partial" / "paragraphs.parquet")  # one table alone
    corpus = wb.load(pages, nlp=False, progress=False)
    assert sorted(corpus.articles.title) == ["First story", "Second story"]
    assert corpus.errors.empty

    [error] = wb.load(pages / "run1", nlp=False).errors.itertuples(index=False)
    assert error.error == "ValueError" and "wb.read_parquet" in error.message
    [error] = wb.load(pages / "partial" / "paragraphs.parquet", nlp=False).errors.itertuples(index=False)
    assert "is a table of a workbench run" in error.message


def test_a_collection_named_like_a_table_still_loads(tmp_path):
    pd.DataFrame({"title": ["Own export"], "text": [PARAGRAPHS[0]]}).to_parquet(tmp_path / "articles.parquet")
    assert wb.load(tmp_path, nlp=False).articles.title.tolist() == ["Own export"]


def test_article_id_is_stable_and_offsets_index_the_text(pages):
    first = wb.load(pages / "a.html", nlp=False)
    second = wb.load(pages / "a.html", nlp=False)
    assert first.articles.article_id.tolist() == second.articles.article_id.tolist()
    text = first.articles.text.iloc[0]
    for row in first.paragraphs.itertuples():
        assert text[row.start : row.end] == row.text
    assert first.paragraphs.paragraph.tolist() == list(range(len(first.paragraphs)))


def test_every_input_is_an_article_or_an_error(pages):
    (pages / "broken.html.gz").write_bytes(b"\x1f\x8b" + b"gzip's magic number, then not gzip")
    (pages / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    corpus = wb.load([pages, str(pages / "missing.html"), str(pages / "nothing-*.html")], nlp=False)
    assert len(corpus.articles) == 2
    errors = corpus.errors.set_index("source")
    assert set(errors.index) == {str(pages / "broken.html.gz"), str(pages / "empty.html"), str(pages / "missing.html"), str(pages / "nothing-*.html")}
    assert errors.loc[str(pages / "broken.html.gz"), "stage"] == "load"
    assert errors.loc[str(pages / "empty.html"), "stage"] == "extract"
    assert errors.loc[str(pages / "missing.html"), "error"] == "FileNotFoundError"
    assert all(errors.message.str.len() > 0)


def test_strict_raises_on_the_first_bad_input(pages):
    with pytest.raises(InputError, match="missing.html"):
        wb.load([pages, str(pages / "missing.html")], nlp=False, strict=True)


def test_jsonl_collection_metadata_overrides_extraction(tmp_path):
    records = [
        {"html": article_html("Extracted title"), "title": "Given title", "published": "2020-05-06", "authors": ["A. One", "B. Two"], "source": "Gazette"},
        {"text": "First paragraph of a ready-made body.\n\nSecond paragraph of it.", "title": "Body only", "url": "https://example.org/x"},
        {"nothing": "here"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken json\n", encoding="utf-8")
    corpus = wb.load(path, nlp=False)
    articles = corpus.articles.set_index("source")
    given = articles.loc[f"{path}#0"]
    assert given.title == "Given title"
    assert given.published == pd.Timestamp("2020-05-06")
    assert given.authors == ["A. One", "B. Two"]
    assert given.outlet == "Gazette"
    assert given.provenance["title"] == "collection"
    body = articles.loc[f"{path}#1"]
    assert body.text == "First paragraph of a ready-made body.\n\nSecond paragraph of it."
    assert body.url == "https://example.org/x"
    assert sorted(corpus.errors.source) == [f"{path}#2", f"{path}#3"]


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_csv_and_parquet_collections(tmp_path, suffix):
    frame = pd.DataFrame({"html": [article_html("One"), article_html("Two")], "published": ["2021-01-02T10:00:00+05:00", None]})
    path = tmp_path / f"c.{suffix}"
    frame.to_csv(path, index=False) if suffix == "csv" else frame.to_parquet(path)
    corpus = wb.load(path, nlp=False)
    assert sorted(corpus.articles.title) == ["One", "Two"]
    one = corpus.articles.set_index("title").loc["One"]
    assert one.published == pd.Timestamp("2021-01-02 10:00:00")  # wall-clock time, zone dropped
    assert count_inputs(path) == (None if suffix == "csv" else 2)


def test_batches_stream_lazily(tmp_path):
    """The loader reads one input at a time: nothing is read before it is asked for."""
    for n in range(3):
        (tmp_path / f"{n}.html").write_text(article_html(f"Story {n}"), encoding="utf-8")
    stream = iter_inputs(tmp_path)
    first = next(stream)
    assert isinstance(first, RawInput) and first.source.endswith("0.html")
    (tmp_path / "2.html").unlink()  # removed before the stream reaches it
    rest = list(stream)
    assert rest[-1].stage == "load" and rest[-1].error == "FileNotFoundError"


def test_url_loading_from_local_server(http_server):
    base, routes = http_server
    page = article_html("Served story").encode()

    def ok(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(page)))
        request.end_headers()
        request.wfile.write(page)

    def slow(request):
        time.sleep(2)
        ok(request)

    def huge(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()  # no Content-Length: the cap must stop the stream itself
        for _ in range(64):
            request.wfile.write(b"<p>" + b"x" * 16_384 + b"</p>")

    def loop(request):
        request.send_response(302)
        request.send_header("Location", "/loop")
        request.end_headers()

    def image(request):
        request.send_response(200)
        request.send_header("Content-Type", "image/png")
        request.end_headers()
        request.wfile.write(b"\x89PNG\r\n")

    seen_agents = []

    def polite(request):
        seen_agents.append(request.headers["User-Agent"])
        ok(request)

    def redirect(request):
        request.send_response(301)
        request.send_header("Location", "/moved")
        request.end_headers()

    def moved(request):
        body = article_html("Moved story").encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        request.wfile.write(body)

    routes.update({"/ok": polite, "/slow": slow, "/huge": huge, "/loop": loop, "/image": image, "/redirect": redirect, "/moved": moved})
    options = FetchOptions(timeout=0.5, max_bytes=200_000, max_redirects=3)
    urls = [f"{base}/{name}" for name in ("ok", "missing", "slow", "huge", "loop", "image", "redirect")] + ["ftp://127.0.0.1/file"]
    corpus = wb.load(urls, nlp=False, fetch=options)

    assert corpus.articles.title.tolist() == ["Served story", "Moved story"]
    assert corpus.articles.source.tolist() == [f"{base}/ok", f"{base}/redirect"]
    assert corpus.articles.url.tolist() == [f"{base}/ok", f"{base}/moved"]  # the redirect's target
    assert seen_agents and all(agent.startswith("news-workbench/") for agent in seen_agents)
    errors = corpus.errors.set_index("source")
    assert errors.loc[f"{base}/missing", "error"] == "HTTPError" and "404" in errors.loc[f"{base}/missing", "message"]
    assert errors.loc[f"{base}/slow", "error"] in {"ReadTimeout", "ConnectionError"}
    assert errors.loc[f"{base}/huge", "error"] == "TooLarge"
    assert errors.loc[f"{base}/loop", "error"] == "TooManyRedirects"
    assert "image/png" in errors.loc[f"{base}/image", "message"]
    assert "only http and https" in errors.loc["ftp://127.0.0.1/file", "message"]
    assert set(errors.stage) == {"fetch"}


def test_urls_download_at_once_but_one_at_a_time_per_host_and_keep_their_order(http_server):
    """Two host names for the same server: downloads overlap across hosts, never on one."""
    base, routes = http_server
    port = base.rsplit(":", 1)[1]
    lock, busy, most = threading.Lock(), Counter(), Counter()

    def story(request):
        host = request.headers["Host"].split(":")[0]
        with lock:
            busy[host] += 1
            busy["all"] += 1
            most[host], most["all"] = max(most[host], busy[host]), max(most["all"], busy["all"])
        time.sleep(0.2)
        with lock:
            busy[host] -= 1
            busy["all"] -= 1
        body = article_html(f"Story {request.path}").encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        request.wfile.write(body)

    urls = []
    for n in range(4):
        routes[f"/{n}"] = story
        urls.append(f"http://{'127.0.0.1' if n % 2 else 'localhost'}:{port}/{n}")
    corpus = wb.load(urls, nlp=False, fetch=FetchOptions(connections=4, per_host=1))

    assert corpus.articles.source.tolist() == urls
    assert most["127.0.0.1"] == most["localhost"] == 1
    assert most["all"] == 2


def test_a_host_delay_spaces_the_downloads_from_one_host(http_server):
    base, routes = http_server
    served = []

    def story(request):
        served.append(time.monotonic())
        body = article_html(f"Story {request.path}").encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        request.wfile.write(body)

    for n in range(3):
        routes[f"/{n}"] = story
    corpus = wb.load([f"{base}/{n}" for n in range(3)], nlp=False, fetch=FetchOptions(host_delay=0.3))
    assert len(corpus.articles) == 3
    assert all(later - earlier >= 0.3 for earlier, later in zip(served, served[1:]))


def test_error_messages_are_one_printable_line():
    from workbench.sources import _one_line

    assert _one_line("Invalid WARC record, first line: junk\n\x00\x00 more") == "Invalid WARC record, first line: junk more"
    assert _one_line(" \n\t") == "(no message)"
    long = _one_line("x " * 1000)
    assert len(long) == 500 and long.endswith("…")


def test_a_url_listed_twice_is_one_article_and_one_duplicate(http_server):
    base, routes = http_server
    serve(routes, "/twice", article_html("Twice").encode(), "text/html")
    corpus = wb.load([f"{base}/twice", f"{base}/twice"], nlp=False)
    assert len(corpus.articles) == 1
    assert list(corpus.errors.itertuples(index=False, name=None)) == [(f"{base}/twice", "load", "DuplicateInput", f"same content as {base}/twice")]


def test_the_deadline_holds_against_a_server_that_trickles_and_bad_encodings_are_errors(http_server):
    base, routes = http_server
    page = article_html("Trickled story").encode()

    def trickle(request):
        respond(request, b"", "text/html")
        for byte in page:  # a byte every 0.2 s: each read is quick, the whole is not
            request.wfile.write(bytes([byte]))
            request.wfile.flush()
            time.sleep(0.2)

    routes["/trickle"] = trickle
    serve(routes, "/bad-gzip", b"\x1f\x8b\x08\x00not gzip" * 20, "text/html", ("Content-Encoding", "gzip"))
    errors = wb.load([f"{base}/trickle", f"{base}/bad-gzip"], nlp=False, fetch=FetchOptions(timeout=1)).errors
    assert list(errors.itertuples(index=False, name=None)) == [
        (f"{base}/trickle", "fetch", "FetchError", f"{base}/trickle took longer than 1 s to download"),
        (f"{base}/bad-gzip", "fetch", "DecodeError", "Received response with content-encoding: gzip, but failed to decode it."),
    ]


def test_declared_oversized_response_is_refused_before_download(http_server):
    base, routes = http_server

    def declared_huge(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", str(50_000_000))
        request.end_headers()

    routes["/declared"] = declared_huge
    corpus = wb.load(f"{base}/declared", nlp=False, fetch=FetchOptions(max_bytes=1_000_000))
    assert corpus.errors.error.tolist() == ["TooLarge"]
    assert "50,000,000" in corpus.errors.message.iloc[0]


def test_loading_local_files_makes_no_network_call(pages, no_network):
    """Extraction and the whole NLP pass run with every socket connection refused."""
    corpus = wb.load([pages, wb.samples_dir()])
    assert len(corpus.articles) == 7 and corpus.errors.empty
    assert len(corpus.quotes) and len(corpus.timeline)


def test_the_same_page_twice_is_one_article_and_one_duplicate_error(pages, tmp_path):
    copy = tmp_path / "copy-of-a.html"
    copy.write_bytes((pages / "a.html").read_bytes())
    corpus = wb.load([pages / "a.html", copy], nlp=False)
    assert len(corpus.articles) == 1
    assert corpus.errors[["source", "error"]].values.tolist() == [[str(copy), "DuplicateInput"]]
    assert str(pages / "a.html") in corpus.errors.message.iloc[0]


def test_article_id_survives_moving_the_file(pages, tmp_path):
    moved = tmp_path / "elsewhere" / "renamed.html"
    moved.parent.mkdir()
    moved.write_bytes((pages / "a.html").read_bytes())
    assert wb.load(moved, nlp=False).articles.article_id.tolist() == wb.load(pages / "a.html", nlp=False).articles.article_id.tolist()
