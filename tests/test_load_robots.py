"""Downloads ask each site's robots.txt first (RFC 9309), against a local server."""

from __future__ import annotations

import socket
import threading
import time

import pytest

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


def test_rules_follow_rfc_9309_longest_match_wildcards_and_a_byte_order_mark(http_server):
    base, routes = http_server
    serve_robots(routes, "\ufeffUser-agent: *\nDisallow: /\nAllow: /news/\nDisallow: /*?print=\n")
    for path in ("/news/a", "/news/b?print=1", "/other"):
        serve(routes, path, article_html(f"Story {path}").encode(), "text/html")
    corpus = wb.load([f"{base}/news/a", f"{base}/news/b?print=1", f"{base}/other"], nlp=False)
    assert corpus.articles.source.tolist() == [f"{base}/news/a"]
    assert corpus.errors.error.tolist() == ["RobotsDisallowed", "RobotsDisallowed"]


def test_a_crawl_delay_over_the_limit_is_refused_not_waited(http_server):
    base, routes = http_server
    serve_robots(routes, "User-agent: *\nCrawl-delay: 10000000000\n")
    serve(routes, "/a", article_html().encode(), "text/html")
    serve(routes, "/b", article_html("Other").encode(), "text/html")
    [first, second] = wb.load([f"{base}/a", f"{base}/b"], nlp=False).errors.itertuples(index=False)
    assert first.error == second.error == "RobotsDisallowed"
    assert "asks for 1e+10 s between pages" in first.message and "max_crawl_delay" in first.message


def test_a_robots_txt_that_breaks_in_transfer_is_a_row_of_its_own(http_server):
    base, routes = http_server
    # says gzip, is plain text: urllib3 raises its own DecodeError from the raw read
    routes["/robots.txt"] = lambda request: respond(request, b"User-agent: *\nDisallow:\n", "text/plain", ("Content-Encoding", "gzip"))
    serve(routes, "/a", article_html().encode(), "text/html")
    [error] = wb.load(f"{base}/a", nlp=False).errors.itertuples(index=False)
    assert error.error == "DecodeError" and "robots.txt could not be read" in error.message


def test_too_many_requests_for_robots_txt_stops_the_site(http_server):
    base, routes = http_server
    serve_robots(routes, "slow down", status=429)
    serve(routes, "/a", article_html().encode(), "text/html")
    assert wb.load(f"{base}/a", nlp=False).errors.error.tolist() == ["HTTPError"]


def test_fetch_options_no_run_can_go_by_are_refused_at_the_call():
    for options in (FetchOptions(host_delay=float("inf")), FetchOptions(timeout=-1), FetchOptions(connections=0)):
        with pytest.raises(ValueError, match="FetchOptions"):
            wb.load("http://127.0.0.1/never-fetched", nlp=False, fetch=options)


def test_a_download_waiting_out_a_delay_ends_with_the_run():
    from workbench.sources import _HostSlots

    slots = _HostSlots(per_host=1, delay=3600)
    slots.run("host", lambda download: download, "first")
    waiting = threading.Thread(target=slots.run, args=("host", lambda download: download, "second"))
    waiting.start()
    slots.close()
    waiting.join(timeout=5)
    assert not waiting.is_alive()
