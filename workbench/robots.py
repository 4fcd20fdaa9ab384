"""robots.txt: which pages a site asks crawlers to leave alone, read once per site.

Follows the Robots Exclusion Protocol (RFC 9309, Koster et al. 2022). The rules are matched
by Protego, the parser Scrapy uses, which implements RFC 9309's longest match and its ``*``
and ``$`` wildcards (the standard library's ``urllib.robotparser`` takes the first matching
line and knows no wildcards). The file is downloaded here, with the run's User-Agent,
deadline and a size cap.
"""

from __future__ import annotations

import math
import threading
import time
from urllib.parse import urlparse

import requests
import urllib3
from protego import Protego

from .decoding import read_body

# RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt and may stop there.
MAX_ROBOTS_BYTES = 500 * 1024


class RobotsRefusal(Exception):
    """A URL is not fetched because of its site's robots.txt. ``error`` names why, as the
    errors table does: ``RobotsDisallowed`` when the rules forbid it or ask for a longer
    Crawl-delay than the run allows; when the file could not be read, the failure that
    stopped it (``ConnectionError``, ``ReadTimeout``, ``HTTPError`` for a 5xx or a 429), so
    that a site that is down is counted as down."""

    def __init__(self, error: str, message: str):
        super().__init__(message)
        self.error = error


class Robots:
    """The robots.txt rules of each site a run downloads from, fetched on first use.

    A robots.txt that is missing (a 4xx other than 429) allows everything; one the server
    fails to give (5xx, 429 "too many requests", a network error, a timeout) disallows
    everything, as RFC 9309 §2.3.1.4 asks. A site whose Crawl-delay is over
    ``max_crawl_delay`` seconds is not crawled: waiting that long between pages would
    stall the run for hours.
    """

    def __init__(self, user_agent: str, timeout: float, max_crawl_delay: float):
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_crawl_delay = max_crawl_delay
        self._rules: dict[str, Protego | RobotsRefusal] = {}  # a refusal: the file could not be read
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise :class:`RobotsRefusal` unless the site's robots.txt allows ``url``
        (a URL that is not http(s), or not a URL, is left for the download to refuse)."""
        site = _site(url)
        if site is None:
            return
        rules = self._rules_of(site)
        if isinstance(rules, RobotsRefusal):
            raise rules
        delay = _delay(rules, self.user_agent)
        if delay > self.max_crawl_delay:
            raise RobotsRefusal(
                "RobotsDisallowed",
                f"{site}/robots.txt asks for {delay:g} s between pages, over the {self.max_crawl_delay:g} s "
                "this run waits; pass FetchOptions(max_crawl_delay=...) to crawl it that slowly",
            )
        if not rules.can_fetch(url, self.user_agent):
            raise RobotsRefusal(
                "RobotsDisallowed",
                f"{url} is disallowed for this crawler by {site}/robots.txt; "
                "pass FetchOptions(obey_robots=False) or --ignore-robots to fetch it anyway",
            )

    def crawl_delay(self, url: str) -> float:
        """The Crawl-delay the site of ``url`` asks of this crawler, in seconds: 0 when it
        asks none, has not been read yet, or asks more than ``max_crawl_delay`` (its pages
        are refused at once, with no wait)."""
        rules = self._rules.get(_site(url) or "")
        delay = _delay(rules, self.user_agent) if isinstance(rules, Protego) else 0.0
        return delay if delay <= self.max_crawl_delay else 0.0

    def _rules_of(self, site: str) -> Protego | RobotsRefusal:
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one download per site, however many of its pages are fetched at once
            if site not in self._rules:
                self._rules[site] = self._download(site)
            return self._rules[site]

    def _download(self, site: str) -> Protego | RobotsRefusal:
        robots_url = f"{site}/robots.txt"
        deadline = time.monotonic() + self.timeout
        try:
            with requests.get(robots_url, timeout=self.timeout, stream=True, headers={"User-Agent": self.user_agent}) as response:
                if response.status_code >= 500 or response.status_code == 429:
                    return RobotsRefusal("HTTPError", f"{robots_url} answered HTTP {response.status_code}{_NOT_CRAWLED}")
                if response.status_code >= 400:
                    return Protego.parse("")  # no robots.txt: everything is allowed
                body = read_body(response, MAX_ROBOTS_BYTES, deadline)
        # urllib3's own errors (a body cut short, a broken Content-Encoding, a stalled read, a
        # host name it cannot parse) reach here unwrapped from raw reads
        except (requests.RequestException, urllib3.exceptions.HTTPError, ValueError, TimeoutError) as exc:
            return RobotsRefusal(type(exc).__name__, f"{robots_url} could not be read ({exc}){_NOT_CRAWLED}")
        # a byte-order mark would hide the first line, often "User-agent: *"
        return Protego.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8-sig", errors="replace"))


_NOT_CRAWLED = "; nothing is fetched from a site whose robots.txt cannot be read (RFC 9309)"


def _delay(rules: Protego, user_agent: str) -> float:
    delay = rules.crawl_delay(user_agent)
    return float(delay) if delay is not None and math.isfinite(delay) and delay > 0 else 0.0


def _site(url: str) -> str | None:
    try:
        parts = urlparse(url)
    except ValueError:  # "http://[::1"
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None
