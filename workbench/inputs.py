"""What the load stage hands on: one input to extract, or one that failed, and a URL still to
download."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

class RawInput(NamedTuple):
    """One page to extract: its locator, its content and any metadata overrides."""

    source: str  # a path, a URL or `collection#row`
    kind: str  # "html", "page" (a plain-text page dump) or "body" (ready-made article text)
    content: str
    url: str | None
    metadata: dict  # field -> value, from a collection's columns
    sha1: str  # of the content; names the article and spots duplicates

    @classmethod
    def of(cls, source: str, kind: str, content: str, url: str | None = None, metadata: dict | None = None) -> "RawInput":
        digest = hashlib.sha1(content.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(source, kind, content, url, metadata or {}, digest)


class LoadFailure(NamedTuple):
    """An input that could not be read or fetched."""

    source: str
    stage: str  # "load" or "fetch"
    error: str
    message: str


class Download(NamedTuple):
    """A URL to fetch, with the collection metadata and source name its input will carry."""

    url: str
    metadata: dict
    source: str


def has_suffix(path: str, suffixes: tuple[str, ...]) -> bool:
    return path.lower().endswith(suffixes)
