"""Near-duplicate articles: the same story under several URLs or outlets.

Wire copy runs in many papers, and outlets republish and update their own stories, so
counting quotes or actors over a news archive counts one story many times. ``load`` already
turns byte-identical inputs into ``DuplicateInput`` errors; :func:`near_duplicates` finds
articles whose bodies are nearly the same: the resemblance of their sets of word 5-shingles
(Broder 1997, "On the resemblance and containment of documents", SEQUENCES), estimated with
MinHash signatures and looked up with locality-sensitive hashing (datasketch's ``MinHash``
and ``MinHashLSH``), so that an archive is compared in one pass, not pair by pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
from datasketch import LeanMinHash, MinHash, MinHashLSH

from . import schema

__all__ = ["near_duplicates", "SHINGLE_WORDS"]

#: Words per shingle: long enough that shared shingles mean shared sentences, not phrases.
SHINGLE_WORDS = 5
_NUM_PERM = 128
_SEED = 1
_WORD = re.compile(r"\w+")


def near_duplicates(articles: pd.DataFrame | Iterable[pd.DataFrame], threshold: float = 0.8) -> pd.DataFrame:
    """One row per article whose body nearly repeats an earlier one's, the
    :data:`workbench.schema.NEAR_DUPLICATES` table: ``article_id``,
    ``duplicate_of`` (the first article of its story, in the order given, that it repeats)
    and ``similarity`` (the estimated resemblance of the two bodies' word 5-shingles, 0-1).

    ``articles`` has ``article_id`` and ``text`` columns: ``corpus.articles``, or, for a
    folder too large to load, chunks of it:
    ``wb.read_chunks(folder, "articles", ["article_id", "text"])``. Articles shorter than one
    shingle are never duplicates. Keep the others with
    ``articles[~articles.article_id.isin(near_duplicates(articles).article_id)]``.
    """
    chunks = [articles] if isinstance(articles, pd.DataFrame) else articles
    index = MinHashLSH(threshold=threshold, num_perm=_NUM_PERM)
    seen: set[str] = set()
    originals: dict[str, tuple[int, LeanMinHash]] = {}  # article_id -> (position, signature)
    rows = []
    for chunk in chunks:
        shingled = [(a, sh) for a, t in zip(chunk["article_id"], chunk["text"]) if (sh := _shingles(t))]
        # MinHash.generator draws the hash permutations once for the whole chunk.
        signatures = MinHash.generator((sh for _, sh in shingled), num_perm=_NUM_PERM, seed=_SEED)
        for (article_id, _), signature in zip(shingled, signatures):
            if article_id in seen:
                continue
            signature = LeanMinHash(signature)
            seen.add(article_id)
            matches = [
                (similarity, -originals[other][0], other)
                for other in index.query(signature)
                if (similarity := originals[other][1].jaccard(signature)) >= threshold
            ]
            if matches:
                similarity, _, original = max(matches)  # the most similar, the earliest of equals
                rows.append((article_id, original, similarity))
            else:
                # Only the first article of a story is indexed, so a story copied a thousand
                # times costs a thousand lookups, not half a million comparisons.
                index.insert(article_id, signature)
                originals[article_id] = (len(originals), signature)
    return schema.conform(pd.DataFrame(rows, columns=schema.NEAR_DUPLICATES.names), schema.NEAR_DUPLICATES)


def _shingles(text) -> set[bytes]:
    """The word 5-shingles of ``text``, lower-cased; none for a shorter text."""
    words = _WORD.findall(text.lower()) if isinstance(text, str) else []
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
