"""robots.txt: which pages a site asks crawlers to leave alone, read once per site.

Follows the Robots Exclusion Protocol (RFC 9309, Koster et al. 2022). The rules are matched
by the standard library's ``urllib.robotparser``; the file is downloaded here, because
``RobotFileParser.read()`` has no deadline, no size cap and no User-Agent of ours, and treats
401 and 403 as "disallow all", where RFC 9309 §2.3.1.3 says "allow all".
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlparse
from urllib.robotparser import RobotFileParser

import requests

# RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt and may stop there.
MAX_ROBOTS_BYTES = 500 * 1024


class RobotsRefusal(Exception):
    """A URL is not fetched because of its site's robots.txt. ``error`` names why, as the
    errors table does: ``RobotsDisallowed`` when the rules forbid it; when the file could not
    be read, the failure that stopped it (``ConnectionError``, ``ReadTimeout``, ``HTTPError``
    for a 5xx), so that a site that is down is counted as down."""

    def __init__(self, error: str, message: str):
        super().__init__(message)
        self.error = error


class Robots:
    """The robots.txt rules of each site a run downloads from, fetched on first use.

    A robots.txt that is missing (any 4xx) allows everything; one the server fails to give
    (5xx, a network error, a timeout) disallows everything, as RFC 9309 §2.3.1.4 asks.
    """

    def __init__(self, user_agent: str, timeout: float):
        self.user_agent = user_agent
        self.timeout = timeout
        self._rules: dict[str, RobotFileParser | RobotsRefusal] = {}  # a refusal: the file could not be read
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
        if not rules.can_fetch(self.user_agent, url):
            raise RobotsRefusal(
                "RobotsDisallowed",
                f"{url} is disallowed for this crawler by {site}/robots.txt; "
                "pass FetchOptions(obey_robots=False) or --ignore-robots to fetch it anyway"
            )

    def crawl_delay(self, host_url: str) -> float:
        """The Crawl-delay the site asks of this crawler, in seconds (0 when none or not read yet)."""
        rules = self._rules.get(_site(host_url) or "")
        delay = rules.crawl_delay(self.user_agent) if isinstance(rules, RobotFileParser) else None
        return float(delay or 0)

    def _rules_of(self, site: str) -> RobotFileParser | RobotsRefusal:
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one download per site, however many of its pages are fetched at once
            if site not in self._rules:
                self._rules[site] = self._download(site)
            return self._rules[site]

    def _download(self, site: str) -> RobotFileParser | RobotsRefusal:
        robots_url = f"{site}/robots.txt"
        rules = RobotFileParser(robots_url)
        deadline = time.monotonic() + self.timeout
        try:
            with requests.get(robots_url, timeout=self.timeout, stream=True, headers={"User-Agent": self.user_agent}) as response:
                if 400 <= response.status_code < 500:
                    rules.parse([])  # no robots.txt: everything is allowed
                    return rules
                if response.status_code >= 500:
                    return RobotsRefusal("HTTPError", f"{robots_url} answered HTTP {response.status_code}{_NOT_CRAWLED}")
                body = bytearray()
                while len(body) < MAX_ROBOTS_BYTES and (chunk := response.raw.read1(64 * 1024, decode_content=True)):
                    body += chunk
                    if time.monotonic() > deadline:
                        raise requests.Timeout(f"took longer than {self.timeout:g} s")
        except requests.RequestException as exc:
            return RobotsRefusal(type(exc).__name__, f"{robots_url} could not be read ({exc}){_NOT_CRAWLED}")
        rules.parse(bytes(body[:MAX_ROBOTS_BYTES]).decode("utf-8", errors="replace").splitlines())
        return rules


_NOT_CRAWLED = "; nothing is fetched from a site whose robots.txt cannot be read (RFC 9309)"


def _site(url: str) -> str | None:
    try:
        parts = urlparse(url)
    except ValueError:  # "http://[::1"
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None
