"""What the load stage hands on: one input to extract, or one that failed, and a URL still to
download."""

from __future__ import annotations

import hashlib
import re
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
        # a file name with bytes that are not UTF-8, a URL or a text with half an emoji: no
        # table can hold them
        content = without_lone_surrogates(content)
        metadata = {field: _without_lone_surrogates_in(value) for field, value in (metadata or {}).items()}
        digest = hashlib.sha1(content.encode("utf-8")).hexdigest()
        return cls(without_lone_surrogates(source), kind, content, url and without_lone_surrogates(url), metadata, digest)


# Half of a surrogate pair, as JSON written by JavaScript holds when it cut an emoji in two
# ("\ud83d"): Python reads it into a str, but no UTF-8 table (Arrow, Parquet) can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


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


def _without_lone_surrogates_in(value):
    if isinstance(value, str):
        return without_lone_surrogates(value)
    if isinstance(value, list):
        return [without_lone_surrogates(item) if isinstance(item, str) else item for item in value]
    return value
