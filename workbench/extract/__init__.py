"""Extract stage: turn one raw input (HTML or a plain-text page dump) into an article.

``extract(raw)`` dispatches on the input's content type:

* HTML goes to :mod:`workbench.extract.html` (newspaper4k, cross-checked with
  trafilatura, htmldate and JSON-LD);
* plain-text page dumps go to :mod:`workbench.extract.page_dump`.

Both return an :class:`Extracted` named tuple; the table builders turn it into rows.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple


class NotAnArticle(ValueError):
    """The input parsed, but holds no article body (an index page, a login wall, ...)."""


class Paragraph(NamedTuple):
    kind: str  # "body" or "heading"
    text: str


class Extracted(NamedTuple):
    """What the extractors recovered from one page. Unknown fields are None or empty."""

    title: str | None
    description: str | None
    authors: list[str]
    published: datetime | None
    url: str | None
    outlet: str | None
    paragraphs: list[Paragraph]
    extractor: str  # which extractor supplied the body
    provenance: dict[str, str]  # field name -> extractor that supplied it
    modified: datetime | None = None  # when the outlet last updated it


def extract(raw) -> Extracted:
    """Extract the article from one :class:`workbench.sources.RawInput`.

    ``kind`` says what the content is: ``html`` (a saved or fetched page),
    ``page`` (a plain-text dump of a whole page, site chrome included) or
    ``body`` (a collection's ``text`` column, taken as the article body as it is).
    Raises :class:`NotAnArticle` when no body can be found.
    """
    if raw.kind == "html":
        from .html import extract_html

        return extract_html(raw.content, raw.url)
    if raw.kind == "page":
        from .page_dump import parse_page_dump

        return parse_page_dump(raw.content)
    if raw.kind == "body":
        return _body_text(raw.content, raw.url)
    raise ValueError(f"unknown input kind {raw.kind!r}")


def _body_text(text: str, url: str | None) -> Extracted:
    """A collection's ready-made body: paragraphs are blocks separated by blank lines,
    or single lines when the text has no blank lines."""
    blocks = re.split(r"\n\s*\n", text.strip()) if re.search(r"\n\s*\n", text) else text.strip().splitlines()
    paragraphs = [Paragraph("body", " ".join(block.split())) for block in blocks if block.strip()]
    if not paragraphs:
        raise NotAnArticle("the text column is empty")
    return Extracted(None, None, [], None, url, None, paragraphs, "collection", {"text": "collection"})
