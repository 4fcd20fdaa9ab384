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


class RobotsDisallowed(Exception):
    """The site's robots.txt asks crawlers like this one not to fetch the URL."""


class Robots:
    """The robots.txt rules of each site a run downloads from, fetched on first use.

    A robots.txt that is missing (any 4xx) allows everything; one the server fails to give
    (5xx, a network error, a timeout) disallows everything, as RFC 9309 §2.3.1.4 asks.
    """

    def __init__(self, user_agent: str, timeout: float):
        self.user_agent = user_agent
        self.timeout = timeout
        self._rules: dict[str, RobotFileParser | str] = {}  # a str: why the whole site is refused
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise :class:`RobotsDisallowed` unless the site's robots.txt allows ``url``
        (a URL that is not http(s), or not a URL, is left for the download to refuse)."""
        site = _site(url)
        if site is None:
            return
        rules = self._rules_of(site)
        if isinstance(rules, str):
            raise RobotsDisallowed(f"{url} is not fetched: {rules}")
        if not rules.can_fetch(self.user_agent, url):
            raise RobotsDisallowed(
                f"{url} is disallowed for this crawler by {site}/robots.txt; "
                "pass FetchOptions(obey_robots=False) or --ignore-robots to fetch it anyway"
            )

    def crawl_delay(self, host_url: str) -> float:
        """The Crawl-delay the site asks of this crawler, in seconds (0 when none or not read yet)."""
        rules = self._rules.get(_site(host_url) or "")
        delay = rules.crawl_delay(self.user_agent) if isinstance(rules, RobotFileParser) else None
        return float(delay or 0)

    def _rules_of(self, site: str) -> RobotFileParser | str:
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one download per site, however many of its pages are fetched at once
            if site not in self._rules:
                self._rules[site] = self._download(site)
            return self._rules[site]

    def _download(self, site: str) -> RobotFileParser | str:
        robots_url = f"{site}/robots.txt"
        rules = RobotFileParser(robots_url)
        deadline = time.monotonic() + self.timeout
        try:
            with requests.get(robots_url, timeout=self.timeout, stream=True, headers={"User-Agent": self.user_agent}) as response:
                if 400 <= response.status_code < 500:
                    rules.parse([])  # no robots.txt: everything is allowed
                    return rules
                if response.status_code >= 500:
                    return f"{robots_url} answered HTTP {response.status_code}, and a site whose robots.txt cannot be read is not crawled (RFC 9309)"
                body = bytearray()
                while len(body) < MAX_ROBOTS_BYTES and (chunk := response.raw.read1(64 * 1024, decode_content=True)):
                    body += chunk
                    if time.monotonic() > deadline:
                        raise requests.Timeout(f"took longer than {self.timeout:g} s")
        except requests.RequestException as exc:
            return f"{robots_url} could not be read ({type(exc).__name__}: {exc}), and a site whose robots.txt cannot be read is not crawled (RFC 9309)"
        rules.parse(bytes(body[:MAX_ROBOTS_BYTES]).decode("utf-8", errors="replace").splitlines())
        return rules


def _site(url: str) -> str | None:
    try:
        parts = urlparse(url)
    except ValueError:  # "http://[::1"
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None
