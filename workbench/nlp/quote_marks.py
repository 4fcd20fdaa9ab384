"""Quote marks in plain text: which spans of an article stand between quotation marks.

``quote_marks`` pairs straight, curly, „German“, «French» and single marks paragraph by
paragraph, follows the news convention for quotes running over several paragraphs (each
paragraph opens with a mark, only the last closes) and degrades an unclosed mark to the end
of its paragraph instead of raising. It works on the text alone, before and without any
parse. textacy's ``direct_quotations`` raises on unbalanced marks and knows only some of
these, so this is hand-written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["QuoteMarks", "quote_marks", "paragraph_spans", "DOUBLE_CLOSERS", "SINGLE_OPENERS", "PARAGRAPH_BREAK"]

#: Each opening double mark and the marks that may close it.
DOUBLE_CLOSERS = {'"': '"”', "“": '”"', "„": '“”"', "«": "»", "”": '”"'}
SINGLE_OPENERS = "‘'"
_SINGLE_CLOSERS = "’'"
#: A blank line between paragraphs, as ``articles.text`` joins them.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class QuoteMarks(NamedTuple):
    """Words between quote marks: ``pieces`` are (start, end) per paragraph, marks excluded."""

    pieces: tuple[tuple[int, int], ...]
    opening: int  # offset of the opening mark
    closed: bool

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph of ``text``."""
    spans, start = [], 0
    for gap in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_opening(text: str, i: int, end: int) -> bool:
    """A double mark opens a quote unless it is followed by a space (then it is a stray closer).
    A closing mark typed as an opener (”Fear. I am afraid ...”) opens only after a space or at
    a line start, as a closer always follows a word or punctuation."""
    if text[i] == "”" and i > 0 and not text[i - 1].isspace():
        return False
    return i + 1 < end and not text[i + 1].isspace()


def _single_quotes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pairs of single quote marks in text[start:end], told apart from apostrophes by their neighbours."""
    i = start
    while i < end:
        if text[i] in SINGLE_OPENERS and (i == start or not text[i - 1].isalnum()) and i + 1 < end and text[i + 1].isalpha():
            for j in range(i + 2, end):
                after = text[j + 1] if j + 1 < end else " "
                if text[j] in _SINGLE_CLOSERS and not text[j - 1].isspace() and not after.isalnum():
                    yield i, j
                    i = j
                    break
        i += 1


def _same_style(mark: str, opener: str) -> bool:
    """A paragraph continues an open quote only with an opening mark of the same kind: a
    straight mark never continues a curly quote (a block quote opened with '"' in a story set
    with curly marks is a different quotation)."""
    return mark in DOUBLE_CLOSERS and (mark == opener or {mark, opener} <= set("“”"))


def quote_marks(text: str) -> list[QuoteMarks]:
    """Every span of ``text`` between quote marks, in order.

    Double marks are paired per paragraph (an opener is closed only by its own closers, so
    „…“ and «…» work). A quote left open at the end of a paragraph continues when the next
    paragraph starts with an opening mark of the same kind, and ends where it is finally
    closed; if it is never closed, each paragraph's piece becomes its own quote ending at its
    paragraph's end. Single
    marks are paired only outside double quotes and within one paragraph.
    """
    found: list[QuoteMarks] = []
    pending: list[tuple[int, int]] = []  # pieces of a quote still open at a paragraph end
    pending_opening, pending_mark = -1, ""
    for para_start, para_end in paragraph_spans(text):
        i, opener, opening, piece_start = para_start, "", -1, -1
        if pending:
            if _same_style(text[para_start], pending_mark):
                opener, opening, piece_start, i = pending_mark, pending_opening, para_start + 1, para_start + 1
            else:
                found.extend(QuoteMarks((piece,), pending_opening if n == 0 else piece[0] - 1, False) for n, piece in enumerate(pending))
                pending = []
        outside_start = i
        while i < para_end:
            char = text[i]
            if opener and char in DOUBLE_CLOSERS[opener]:
                found.append(QuoteMarks(tuple(pending) + ((piece_start, i),), opening, True))
                pending, opener = [], ""
                outside_start = i + 1
            elif not opener and char in DOUBLE_CLOSERS and _is_opening(text, i, para_end):
                found.extend(QuoteMarks(((s + 1, e),), s, True) for s, e in _single_quotes(text, outside_start, i))
                opener, opening, piece_start = char, i, i + 1
            i += 1
        if opener:
            pending.append((piece_start, para_end))
            pending_opening, pending_mark = opening, opener
        else:
            found.extend(QuoteMarks(((s + 1, e),), s, True) for s, e in _single_quotes(text, outside_start, para_end))
    found.extend(QuoteMarks((piece,), pending_opening if n == 0 else piece[0] - 1, False) for n, piece in enumerate(pending))
    return sorted((q for q in found if any(text[s:e].strip() for s, e in q.pieces)), key=lambda q: q.start)
