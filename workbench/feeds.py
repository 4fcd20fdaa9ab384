"""The links that news feeds and sitemaps list, so that loading a feed's or a sitemap's URL
loads the articles it announces (part of the load stage; :mod:`workbench.sources` calls it
on every page it downloads).

Feeds (RSS 0.9x, 1.0 and 2.0, Atom) are read with feedparser. Sitemaps (the sitemaps.org
protocol, which Google News sitemaps extend), a plain XML list of ``<loc>`` elements that
feedparser does not read, are read with lxml, entities left unresolved and nothing fetched.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urljoin

# What may stand before an XML document's root element, one piece at a time: white space,
# the declaration or another processing instruction, a comment, the doctype (with its
# internal subset). Matched piece by piece, not by one pattern with a repeated group, which
# backtracks exponentially on a page that opens with many comments.
_PROLOGUE_PIECE = re.compile(r"\s++|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*+(?:\[.*?\])?+\s*+>", re.S | re.I)  # possessive: no backtracking
_ROOT = re.compile(r"<(?:[\w.-]+:)?(rss|feed|RDF|urlset|sitemapindex)[\s>]")
_DECLARATION = re.compile(r"\ufeff?\s*<\?xml[^>]*\?>")
# What each kind of sitemap calls the entries whose <loc> it lists.
_SITEMAP_ENTRIES = {"urlset": "url", "sitemapindex": "sitemap"}


def listed_links(text: str, base_url: str | None = None) -> list[str] | None:
    """The links that ``text`` lists, in document order and made absolute against
    ``base_url``, when it is a feed (its items' links) or a sitemap (its pages, or for a
    sitemap index its sitemaps); None when it is neither, as for any HTML page.
    """
    at = 1 if text.startswith("\ufeff") else 0
    while piece := _PROLOGUE_PIECE.match(text, at):
        at = piece.end()
    root = _ROOT.match(text, at)
    if root is None:
        return None
    # The text is decoded already: a declared encoding ("ISO-8859-1") would mislead the parsers.
    declaration = _DECLARATION.match(text)
    data = ('<?xml version="1.0" encoding="utf-8"?>' + text[declaration.end() if declaration else 0:]).encode("utf-8")
    try:
        return _links(root.group(1), data, base_url)
    except UnicodeError as exc:  # "&#xD83D;": half a surrogate pair, which no parser decodes
        raise ValueError(f"it names a character that does not exist ({exc.reason})") from exc


def _links(kind: str, data: bytes, base_url: str | None) -> list[str]:
    if kind in _SITEMAP_ENTRIES:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=True)
        tree = etree.fromstring(data, parser)
        links = [] if tree is None else [loc.text for loc in tree.iterfind(f"{{*}}{_SITEMAP_ENTRIES[kind]}/{{*}}loc")]
    else:
        import feedparser

        # a file object, not a string: feedparser fetches a string that looks like a URL
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url or ""})
        links = [entry.get("link") for entry in parsed.entries]
    return [_absolute(base_url, link.strip()) for link in links if link and link.strip()]


def _absolute(base_url: str | None, link: str) -> str:
    try:
        return urljoin(base_url or "", link)
    except ValueError:  # "http://[::1": fetching it says what is wrong
        return link
