"""Downloads ask each site's robots.txt first (RFC 9309), against a local server."""

from __future__ import annotations

import socket
import time

import workbench as wb
from http_helpers import respond, serve
from test_sources import article_html
from workbench.sources import FetchOptions


def serve_robots(routes: dict, text: str, status: int = 200) -> list[float]:
    """Answer /robots.txt with ``text``; the returned list gets the time of each request."""
    requests = []

    def robots(request):
        requests.append(time.monotonic())
        respond(request, text.encode(), "text/plain", status=status)

    routes["/robots.txt"] = robots
    return requests


def test_what_robots_txt_disallows_is_an_error_row_and_the_rest_loads(http_server):
    base, routes = http_server
    asked = serve_robots(routes, "User-agent: *\nDisallow: /private/\n")
    for path in ("/news/a", "/news/b", "/private/c"):
        serve(routes, path, article_html(f"Story {path}").encode(), "text/html")
    urls = [f"{base}/news/a", f"{base}/private/c", f"{base}/news/b"]

    corpus = wb.load(urls, nlp=False)

    assert corpus.articles.source.tolist() == [f"{base}/news/a", f"{base}/news/b"]
    [error] = corpus.errors.itertuples(index=False)
    assert (error.source, error.stage, error.error) == (f"{base}/private/c", "fetch", "RobotsDisallowed")
    assert f"{base}/robots.txt" in error.message and "obey_robots=False" in error.message
    assert len(asked) == 1  # read once per site

    assert len(wb.load(urls, nlp=False, fetch=FetchOptions(obey_robots=False)).articles) == 3


def test_a_group_for_this_crawler_overrides_the_default(http_server):
    base, routes = http_server
    serve_robots(routes, "User-agent: news-workbench\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    serve(routes, "/a", article_html().encode(), "text/html")
    assert wb.load(f"{base}/a", nlp=False).errors.error.tolist() == ["RobotsDisallowed"]


def test_a_missing_or_forbidden_robots_txt_allows_everything(http_server):
    base, routes = http_server
    serve(routes, "/a", article_html().encode(), "text/html")
    assert len(wb.load(f"{base}/a", nlp=False).articles) == 1  # 404
    serve_robots(routes, "go away", status=403)  # RFC 9309: any 4xx means no rules
    assert len(wb.load(f"{base}/a", nlp=False).articles) == 1


def test_a_robots_txt_the_server_fails_to_give_stops_the_site(http_server):
    base, routes = http_server
    serve_robots(routes, "busy", status=503)
    serve(routes, "/a", article_html().encode(), "text/html")
    [error] = wb.load(f"{base}/a", nlp=False).errors.itertuples(index=False)
    assert error.error == "HTTPError"
    assert "robots.txt answered HTTP 503" in error.message


def test_a_site_that_is_down_is_counted_as_down():
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    [error] = wb.load(f"http://127.0.0.1:{port}/story", nlp=False).errors.itertuples(index=False)
    assert error.error == "ConnectionError"
    assert "robots.txt could not be read" in error.message


def test_the_crawl_delay_spaces_the_downloads_from_a_site(http_server):
    base, routes = http_server
    serve_robots(routes, "User-agent: *\nCrawl-delay: 1\n")
    served = []

    def story(request):
        served.append(time.monotonic())
        respond(request, article_html(f"Story {request.path}").encode(), "text/html")

    for n in range(3):
        routes[f"/{n}"] = story
    corpus = wb.load([f"{base}/{n}" for n in range(3)], nlp=False, fetch=FetchOptions(connections=3))
    assert len(corpus.articles) == 3
    assert all(later - earlier >= 1 for earlier, later in zip(served, served[1:]))
