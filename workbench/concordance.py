"""Keyword in context: the words around a search hit or around any extracted row.

A chart counts rows; a researcher has to read what was counted. Every extracted row keeps
offsets into ``articles.text``, and these functions turn offsets back into words, in the
form of a key-word-in-context concordance (Luhn 1960, "Key Word-in-Context Index for
Technical Literature", American Documentation 11(4)) as quanteda's ``kwic()`` returns it
(Benoit et al. 2018, "quanteda: An R package for the quantitative analysis of textual
data", JOSS 3(30)): one row per hit, with the words before it, the hit and the words after.

Written here because no maintained Python package builds a concordance over character
offsets into a DataFrame of documents (NLTK's ``ConcordanceIndex`` works on token lists
and prints instead of returning rows).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import pandas as pd

from . import schema

__all__ = ["keyword_in_context", "in_context", "pattern_regex"]

#: Words shown on each side of a hit, as in quanteda's ``kwic(window = 5)``.
WINDOW = 5
_WORD = re.compile(r"\S+")
_PARAGRAPH_BREAK = "\n\n"  # how articles.text joins paragraphs (see schema.ARTICLES)


def pattern_regex(pattern: str, *, regex: bool = False, case_sensitive: bool = False) -> re.Pattern:
    """The compiled search for ``pattern``.

    By default ``pattern`` is a phrase matched on whole words, with the glob wildcards
    quanteda and most corpus tools use: ``*`` for any letters and ``?`` for one, so
    ``withdr*`` finds "withdraw", "withdrawal" and "withdrew"; any run of spaces in it
    matches any run of whitespace. With ``regex=True`` it is a Python regular expression,
    used as it is.
    """
    flags = 0 if case_sensitive else re.IGNORECASE
    if regex:
        return re.compile(pattern, flags)
    words = pattern.split()
    if not words:
        raise ValueError("an empty search pattern")
    glob = r"\s+".join(re.escape(w).replace(r"\*", r"\w*").replace(r"\?", r"\w") for w in words)
    return re.compile(rf"(?<!\w){glob}(?!\w)", flags)


def keyword_in_context(
    articles: pd.DataFrame | Iterable[pd.DataFrame],
    pattern: str | Iterable[str],
    *,
    window: int = WINDOW,
    regex: bool = False,
    case_sensitive: bool = False,
) -> pd.DataFrame:
    """One row per place where ``pattern`` occurs in an article's text: the
    :data:`workbench.schema.CONCORDANCE` table (``article_id``, ``paragraph``, ``start``,
    ``end``, ``pattern``, ``before``, ``match``, ``after``), in article order.

    ``pattern`` is one search or several (their hits are listed together, each row naming
    its ``pattern``); see :func:`pattern_regex` for what a search matches. ``before`` and
    ``after`` hold up to ``window`` words, with line and paragraph breaks shown as spaces.
    ``articles`` has ``article_id`` and ``text`` columns: ``corpus.articles``, or for a folder
    too large to load, chunks of it: ``wb.read_chunks(folder, "articles", ["article_id", "text"])``.
    """
    patterns = [pattern] if isinstance(pattern, str) else list(pattern)
    searches = [(p, pattern_regex(p, regex=regex, case_sensitive=case_sensitive)) for p in patterns]
    chunks = [articles] if isinstance(articles, pd.DataFrame) else articles
    rows = []
    for chunk in chunks:
        for article_id, text in zip(chunk["article_id"], chunk["text"]):
            if not isinstance(text, str):
                continue
            hits = sorted((m.start(), m.end(), p) for p, search in searches for m in search.finditer(text) if m.end() > m.start())
            breaks = _paragraph_starts(text) if hits else []
            for start, end, p in hits:
                before, match, after = _context(text, start, end, window)
                rows.append((article_id, bisect_right(breaks, start) - 1, start, end, p, before, match, after))
    return schema.conform(pd.DataFrame(rows, columns=schema.CONCORDANCE.names), schema.CONCORDANCE)


def in_context(
    rows: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    window: int = WINDOW,
    start: str = "start",
    end: str = "end",
) -> pd.DataFrame:
    """``rows`` with three columns added: ``before``, ``words`` and ``after``, the words at
    ``articles.text[start:end]`` and up to ``window`` words on each side.

    ``rows`` is any table with ``article_id`` and offsets, e.g. ``corpus.quotes`` (pass
    ``start="speaker_start", end="speaker_end"`` to read around the speaker instead),
    ``corpus.mentions`` or ``corpus.timeline``. Rows without offsets (a timeline's
    ``published`` rows) get NA.
    """
    texts = dict(zip(articles["article_id"], articles["text"]))
    contexts = []
    for article_id, first, last in zip(rows["article_id"], rows[start], rows[end]):
        text = texts.get(article_id)
        contexts.append(_context(text, int(first), int(last), window) if isinstance(text, str) and pd.notna(first) and pd.notna(last) else (pd.NA,) * 3)
    added = pd.DataFrame(contexts, columns=["before", "words", "after"], index=rows.index, dtype="string")
    return pd.concat([rows, added], axis=1)


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str, str]:
    # Words are looked for only in the stretch a window of long words could reach, so a
    # hit in a book-length text costs the same as one in a brief.
    reach = 40 * (window + 1)
    before = _whole_words(text, max(0, start - reach), start)
    after = _whole_words(text, end, min(len(text), end + reach))
    return " ".join(before[len(before) - window :] if window else []), " ".join(text[start:end].split()), " ".join(after[:window])


def _whole_words(text: str, lo: int, hi: int) -> list[str]:
    """The words of ``text[lo:hi]``, without a word cut by either end (a regex hit can
    begin or end inside a word)."""
    words = _WORD.findall(text, lo, hi)
    if words and 0 < lo < len(text) and not text[lo - 1].isspace() and not text[lo].isspace():
        words.pop(0)
    if words and 0 < hi < len(text) and not text[hi - 1].isspace() and not text[hi].isspace():
        words.pop()
    return words


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find(_PARAGRAPH_BREAK)
    while at != -1:
        starts.append(at + len(_PARAGRAPH_BREAK))
        at = text.find(_PARAGRAPH_BREAK, at + len(_PARAGRAPH_BREAK))
    return starts
