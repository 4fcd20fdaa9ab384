"""Tests for feeds and sitemaps: a URL that turns out to be one stands for the pages it
lists, in its place in the stream, each page an articles or an errors row of its own."""

from __future__ import annotations

import gzip

import workbench as wb
from http_helpers import respond, serve
from workbench.feeds import listed_links
from workbench.sources import FetchOptions

PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, which has been closed since a storm damaged it.",
    "The mayor said the work would start in the spring and should be finished within two years.",
    "Opponents argued that the money would be better spent on the bus network, which carries more people every day.",
]


def article(title: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{title}.</p>{body}</article></body></html>".encode()


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>Story</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def sitemap(*links: str, index: bool = False) -> bytes:
    root, entry = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    entries = "".join(f"<{entry}><loc>{link}</loc></{entry}>" for link in links)
    return f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{root}>'.encode()


def test_a_feed_stands_for_its_articles_in_its_place(http_server):
    base, routes = http_server
    for name in ("harbour", "tram", "ferry"):
        serve(routes, f"/news/{name}", article(name.title()), "text/html; charset=utf-8")
    # relative and absolute links; one that is gone
    serve(routes, "/rss", rss("/news/harbour", f"{base}/news/tram", "/news/gone"), "application/rss+xml")
    corpus = wb.load([f"{base}/rss", f"{base}/news/ferry"], nlp=False, fetch=FetchOptions(connections=4))
    assert corpus.articles.title.tolist() == ["Harbour", "Tram", "Ferry"]
    assert corpus.articles.source.tolist() == [f"{base}/news/harbour", f"{base}/news/tram", f"{base}/news/ferry"]
    assert list(corpus.errors[["source", "error"]].itertuples(index=False, name=None)) == [(f"{base}/news/gone", "HTTPError")]


def test_a_saved_feed_or_sitemap_stands_for_the_pages_it_lists(http_server, tmp_path):
    base, routes = http_server
    for name in ("harbour", "tram"):
        serve(routes, f"/news/{name}", article(name.title()), "text/html; charset=utf-8")
    (tmp_path / "feed.xml").write_bytes(rss(f"{base}/news/harbour"))
    (tmp_path / "sitemap.xml").write_bytes(sitemap(f"{base}/news/tram", "/news/relative"))
    (tmp_path / "empty.rss").write_bytes(rss())
    corpus = wb.load([tmp_path / "feed.xml", tmp_path / "sitemap.xml", tmp_path / "empty.rss"], nlp=False)
    assert corpus.articles.title.tolist() == ["Harbour", "Tram"]
    assert corpus.articles.source.tolist() == [f"{base}/news/harbour", f"{base}/news/tram"]
    assert [(e.source, e.error) for e in corpus.errors.itertuples()] == [
        ("/news/relative", "FetchError"),  # a local sitemap has no address to resolve a relative link against
        (str(tmp_path / "empty.rss"), "ValueError"),
    ]


def test_the_progress_bar_counts_the_pages_a_feed_lists(http_server, capsys):
    # the feed's URL is counted as one input; tqdm drops a total that the count passes
    base, routes = http_server
    for name in ("harbour", "tram", "ferry"):
        serve(routes, f"/news/{name}", article(name.title()), "text/html")
    serve(routes, "/rss", rss("/news/harbour", "/news/tram", "/news/ferry"), "application/rss+xml")
    assert len(wb.load(f"{base}/rss", nlp=False, progress=True, batch_size=1).articles) == 3
    bar = capsys.readouterr().err
    assert "3input" in bar and "3/1" not in bar


def test_a_sitemap_index_its_sitemaps_and_a_loop_among_them(http_server):
    base, routes = http_server
    for name in ("harbour", "tram"):
        serve(routes, f"/news/{name}", article(name.title()), "text/html")
    serve(routes, "/sitemap-1.xml", sitemap(f"{base}/news/harbour"), "application/xml")
    serve(routes, "/sitemap-2.xml", sitemap(f"{base}/news/tram"), "text/xml")
    # the index lists itself too, as misconfigured sites do; that must end
    serve(routes, "/sitemap.xml", sitemap(f"{base}/sitemap-1.xml", f"{base}/sitemap.xml", f"{base}/sitemap-2.xml", index=True), "application/xml")
    serve(routes, "/empty.xml", sitemap(), "application/xml")
    corpus = wb.load([f"{base}/sitemap.xml", f"{base}/empty.xml"], nlp=False)
    assert corpus.articles.title.tolist() == ["Harbour", "Tram"]
    errors = corpus.errors.set_index("source")
    assert errors.loc[f"{base}/sitemap.xml", "error"] == "DuplicateInput"
    assert errors.loc[f"{base}/empty.xml", "message"] == f"{base}/empty.xml is a feed or sitemap that lists no links"


def test_a_gzipped_sitemap_is_unpacked_within_the_size_cap(http_server):
    base, routes = http_server
    serve(routes, "/news/harbour", article("Harbour"), "text/html")
    serve(routes, "/sitemap-2024.xml.gz", gzip.compress(sitemap(f"{base}/news/harbour")), "application/x-gzip")
    serve(routes, "/bomb.xml.gz", gzip.compress(sitemap(*[f"{base}/news/{n}" for n in range(20_000)])), "application/x-gzip")
    corpus = wb.load([f"{base}/sitemap-2024.xml.gz", f"{base}/bomb.xml.gz"], nlp=False, fetch=FetchOptions(max_bytes=100_000))
    assert corpus.articles.title.tolist() == ["Harbour"]
    assert list(corpus.errors[["source", "error"]].itertuples(index=False, name=None)) == [(f"{base}/bomb.xml.gz", "TooLarge")]


def test_a_gzipped_sitemap_cut_short_or_in_several_members(http_server):
    base, routes = http_server
    for name in ("harbour", "tram"):
        serve(routes, f"/news/{name}", article(name.title()), "text/html")
    xml = sitemap(f"{base}/news/harbour", f"{base}/news/tram")
    members = gzip.compress(xml[:100]) + gzip.compress(xml[100:])  # one file in two members, as pigz writes it
    serve(routes, "/members.xml.gz", members, "application/x-gzip")
    cut = gzip.compress(sitemap(*[f"{base}/news/{n}" for n in range(2000)]))
    serve(routes, "/cut.xml.gz", cut[: len(cut) // 2], "application/x-gzip")
    corpus = wb.load([f"{base}/members.xml.gz", f"{base}/cut.xml.gz"], nlp=False)
    assert corpus.articles.title.tolist() == ["Harbour", "Tram"]
    assert list(corpus.errors.message) == [f"{base}/cut.xml.gz is a gzip file cut short"]


def test_sitemaps_listing_new_sitemaps_without_end_stop_at_a_depth(http_server):
    base, routes = http_server

    def endless(request):  # every index lists a new one
        depth = int(request.path.rsplit("/", 1)[1])
        respond(request, sitemap(f"{base}/chain/{depth + 1}", index=True), "application/xml")

    for depth in range(10):
        routes[f"/chain/{depth}"] = endless
    serve(routes, "/news/after", article("After"), "text/html")
    corpus = wb.load([f"{base}/chain/0", f"{base}/news/after"], nlp=False)
    assert corpus.articles.title.tolist() == ["After"]
    assert list(corpus.errors.source) == [f"{base}/chain/4"]
    assert corpus.errors.message[0] == f"{base}/chain/4 is a sitemap listed by 4 others in turn; it is not followed"


def test_a_page_opening_with_many_comments_is_told_from_a_feed_at_once():
    # one pattern with a repeated group backtracked exponentially here: minutes at 30 comments
    page = "<!DOCTYPE html>\n" + "".join(f"<!-- c{i} -->\n" for i in range(200)) + "<html><body>x</body></html>"
    assert listed_links(page) is None
    assert listed_links("<!DOCTYPE" + " " * 200_000) is None  # a doctype never closed
    assert listed_links("\ufeff" + "<!-- c -->" * 200 + '<rss version="2.0"><channel><item><link>https://e.org/a</link></item></channel></rss>') == ["https://e.org/a"]


def test_a_feed_naming_half_a_character_and_a_garbled_length_end_as_rows(http_server):
    base, routes = http_server
    serve(routes, "/bad.rss", rss(f"{base}/news/a&#xD83D;"), "application/rss+xml")
    body = article("Harbour")
    routes["/news/harbour"] = lambda request: respond(request, body, "text/html", ("Content-Length", "abc"))
    corpus = wb.load([f"{base}/bad.rss", f"{base}/news/harbour"], nlp=False)
    assert corpus.articles.title.tolist() == ["Harbour"]
    assert corpus.errors.message[0].startswith(f"{base}/bad.rss is a feed or sitemap that cannot be read: it names a character")


def test_feed_kinds_and_what_is_not_a_feed():
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            '<entry><title>A</title><link href="https://example.org/a"/></entry></feed>')
    rdf = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
           '<channel><title>T</title></channel><item><title>B</title><link>https://example.org/b</link></item></rdf:RDF>')
    # decoded already: the declared encoding must not be applied a second time
    latin = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Café</title><link>https://example.org/café</link></item></channel></rss>'
    assert listed_links(atom) == ["https://example.org/a"]
    assert listed_links(rdf) == ["https://example.org/b"]
    assert listed_links(latin) == ["https://example.org/café"]
    assert listed_links("<!DOCTYPE html><html><body><p>A page that mentions <rss> in its text.</p></body></html>") is None
    assert listed_links("<?xml version='1.0'?><TimeML><TEXT>not a feed</TEXT></TimeML>") is None


def test_a_sitemap_resolves_no_entities_and_fetches_nothing(no_network, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    hostile = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file://{secret}">]>'
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/&x;</loc></url></urlset>')
    assert listed_links(hostile) == ["https://example.org/"]
