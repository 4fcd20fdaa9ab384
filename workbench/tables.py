"""Tables stage: turn a batch of raw inputs into rows of every table.

:func:`process_batch` is the one unit of work: it extracts each input, runs the
NLP pass over the batch's English articles and returns one DataFrame per table
(conformed to :mod:`workbench.schema`). The in-memory loader, the CLI and, later,
parallel and Dask engines all call it batch by batch, so raw HTML never outlives
its batch.

Every input ends as exactly one ``articles`` row or one ``errors`` row: an input
that fails at any stage is caught here, recorded with its stage, and the batch
goes on (unless ``strict``).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

import pandas as pd

from . import schema
from .extract import Extracted, Paragraph, extract
from .sources import LoadFailure, RawInput

PARAGRAPH_SEPARATOR = "\n\n"
#: Languages the NLP pass (quotes, actors, timeline) understands.
NLP_LANGUAGES = {"en"}


class Options(NamedTuple):
    nlp: bool = True  # run quotes, actors and timeline
    model: str | None = None  # spaCy pipeline; see workbench.nlp.load_model
    strict: bool = False  # raise on the first bad input instead of recording it


class InputError(RuntimeError):
    """Raised in strict mode: an input could not become an article."""


class _Article(NamedTuple):
    row: dict
    paragraphs: list[dict]


def process_batch(inputs: Iterable[RawInput | LoadFailure], options: Options = Options()) -> dict[str, pd.DataFrame]:
    """Extract and analyse one batch; return ``{table name: DataFrame}``."""
    rows: dict[str, list[dict]] = {name: [] for name in schema.TABLES}
    articles: list[_Article] = []
    for item in inputs:
        if isinstance(item, LoadFailure):
            _fail(rows, options, item.source, item.stage, item.error, item.message)
            continue
        try:
            articles.append(_article(item, extract(item)))
        except Exception as exc:  # one bad page must not stop the batch
            _fail(rows, options, item.source, "extract", type(exc).__name__, str(exc) or repr(exc))
    if options.nlp:
        articles = _analyse(articles, rows, options)
    for article in articles:
        rows["articles"].append(article.row)
        rows["paragraphs"].extend(article.paragraphs)
    tables = {name: schema.conform(pd.DataFrame(table_rows, columns=schema.TABLES[name].names), name) for name, table_rows in rows.items()}
    return in_article_order(tables, [article.row["article_id"] for article in articles])


def in_article_order(tables: dict[str, pd.DataFrame], article_ids: list[str]) -> dict[str, pd.DataFrame]:
    """Each table's rows grouped by article, articles in the order of ``article_ids``, and
    an article's rows in their own order: the same rows always come out in the same order,
    however a batch was put together (see the cache in :mod:`workbench.store`)."""
    rank = {aid: n for n, aid in enumerate(article_ids)}
    ordered = {}
    for name, frame in tables.items():
        if "article_id" in frame.columns and len(frame):
            frame = frame.iloc[frame["article_id"].map(rank).argsort(kind="stable")].reset_index(drop=True)
        ordered[name] = frame
    return ordered


def _fail(rows, options: Options, source: str, stage: str, error: str, message: str) -> None:
    if options.strict:
        raise InputError(f"{source}: {stage} failed: {error}: {message}")
    rows["errors"].append({"source": source, "stage": stage, "error": error, "message": message})


def article_id(raw: RawInput) -> str:
    """A stable id from the input's content alone, so it survives moving or renaming files."""
    return raw.sha1[:16]


def _article(raw: RawInput, found: Extracted) -> _Article:
    meta = raw.metadata
    provenance = dict(found.provenance)
    text, paragraph_rows = _join_paragraphs(found.paragraphs)
    aid = article_id(raw)
    # A collection's values win over what was extracted, when they can be read: a date
    # column holding "yesterday" or a language column holding "Klingon" falls back to the
    # extractor's date and the detected language, and provenance says so.
    fields = {
        "outlet": meta.get("outlet"),
        "title": meta.get("title"),
        "description": meta.get("description"),
        "authors": _authors(meta["authors"]) if "authors" in meta else None,
        "language": _language_code(meta["language"]) if "language" in meta else None,
    }
    language = fields["language"] or _detect_language(text)
    published_at = _collection_time(meta["published"], language) if "published" in meta else None
    fields["published"] = _wall_clock(published_at)
    fields["modified"] = _collection_time(meta["modified"], language) if "modified" in meta else None
    provenance.update({field: "collection" for field, value in fields.items() if value is not None})
    provenance.setdefault("language", "py3langid")
    modified = _modified(
        fields["modified"] if fields["modified"] is not None else found.modified,
        fields["published"] or found.published,
        published_at.tzinfo if published_at is not None else None,
    )
    if modified is None:
        provenance.pop("modified", None)
    row = {
        "article_id": aid,
        "source": raw.source,
        "url": found.url or raw.url,
        "outlet": fields["outlet"] or found.outlet,
        "title": fields["title"] or found.title,
        "description": fields["description"] or found.description,
        "authors": fields["authors"] if fields["authors"] is not None else list(found.authors),
        "published": fields["published"] or found.published,
        "modified": modified,
        "language": language,
        "text": text,
        "n_words": _count_words(text),
        "extractor": found.extractor,
        "provenance": provenance,
        "input_sha1": raw.sha1,
    }
    for paragraph in paragraph_rows:
        paragraph["article_id"] = aid
    return _Article(row, paragraph_rows)


def _join_paragraphs(paragraphs: list[Paragraph]) -> tuple[str, list[dict]]:
    rows, start = [], 0
    for index, paragraph in enumerate(paragraphs):
        end = start + len(paragraph.text)
        rows.append({"paragraph": index, "kind": paragraph.kind, "text": paragraph.text, "start": start, "end": end})
        start = end + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(p.text for p in paragraphs), rows


# A byline of several names: "A; B", "A, B", "A and B", "A & B".
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b)\s*")


def _authors(value) -> list[str]:
    """A collection's authors as a list of names: a list as it is, a string split at
    semicolons (when it has any, so "Doe, Jane; Roe, Richard" keeps its names whole) or
    else at commas, "and" and "&"."""
    if isinstance(value, str):
        parts = value.split(";") if ";" in value else _AUTHOR_SEPARATORS.split(value)
        return [name.strip() for name in parts if name.strip()]
    return [str(name) for name in value]


# Scripts written without spaces between words: each character counts as a word, as word
# processors count Chinese and Japanese text, and their punctuation (U+3000-U+303F) as none.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORDS = re.compile(f"[{_UNSPACED}]|[^\\s{_UNSPACED}\u3000-\u303f]+")


def _count_words(text: str) -> int:
    """Words in ``text``: runs of non-space characters, and each Chinese or Japanese character."""
    return len(_WORDS.findall(text))


def _language_code(value) -> str | None:
    """The ISO 639-1 code of a collection's language, written as a code ("en", "en-US",
    "eng") or a name ("English"); None when it names no language pycountry knows."""
    import pycountry

    text = str(value).strip()
    code = re.split(r"[-_]", text, maxsplit=1)[0].lower()
    if len(code) == 2 and pycountry.languages.get(alpha_2=code):
        return code
    found = (
        (pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)) if len(code) == 3 else None
    ) or pycountry.languages.get(name=text)
    return getattr(found, "alpha_2", None)


# A numeric date with the year last: "12/11/2024", "12.11.2024", "12-11-24".
_NUMERIC_DATE = re.compile(r"\s*\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})\b")


def _wall_clock(stamp: pd.Timestamp | None) -> pd.Timestamp | None:
    """The time as the outlet's clock showed it: any zone dropped, not converted."""
    return stamp.tz_localize(None) if stamp is not None and stamp.tzinfo else stamp


def _collection_time(value, language: str | None = None) -> pd.Timestamp | None:
    """A collection's date as a Timestamp, with its zone when it has one.

    A numeric date with the year last is read day first when written with dots, and else
    in the order of the article's language ("12/11/2024" is 11 December in English, 12
    November in German; see :func:`~workbench.extract.page_dump.day_first`)."""
    from .extract.page_dump import day_first

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # a number that is no Unix time (sources.records reads those): 20241112 as written
        # out, anything else unreadable, not nanoseconds after 1970
        value = str(int(value)) if math.isfinite(value) and value == int(value) and len(str(int(value))) == 8 else None
    dayfirst = False
    if isinstance(value, str) and (numeric := _NUMERIC_DATE.match(value)):
        dayfirst = numeric.group(1) == "." or day_first(language)
    stamp = pd.to_datetime(value, errors="coerce", dayfirst=dayfirst)
    return None if pd.isna(stamp) else stamp


def _modified(modified, published, zone_of_published) -> datetime | None:
    """The update time on the wall clock of the publication date (converted from its own
    zone when both have one), or None when it comes before publication: a placeholder, or
    the dates of another page. A bare date on the day of publication is kept."""
    if modified is None:
        return None
    modified = pd.Timestamp(modified)
    if modified.tzinfo is not None and zone_of_published is not None:
        modified = modified.tz_convert(zone_of_published)
    modified = _wall_clock(modified)
    if published is not None and modified < pd.Timestamp(published):
        bare_date = modified == modified.normalize()
        if not (bare_date and modified.date() == pd.Timestamp(published).date()):
            return None
    return modified


def _detect_language(text: str) -> str | None:
    if not text.strip():
        return None
    import py3langid  # loads its model on first use, so only runs that need it pay

    return py3langid.classify(text[:5000])[0]


def _analyse(articles: list[_Article], rows, options: Options) -> list[_Article]:
    """Run spaCy once over the batch's English articles and add their NLP rows.

    An article whose analysis fails leaves every table and becomes an error, so the
    invariant "one articles row or one errors row per input" holds.
    """
    from . import nlp
    from .nlp import actors as nlp_actors
    from .nlp import quotes as nlp_quotes
    from .nlp import timex as nlp_timex

    rows["timeline"].extend(_published_row(a.row, nlp_timex) for a in articles if not pd.isna(a.row["published"]))
    english = [a for a in articles if a.row["language"] in NLP_LANGUAGES and a.row["text"]]
    if not english:
        return articles
    model = nlp.load_model(options.model)
    failed: set[str] = set()
    for article, doc in zip(english, _parse_each(nlp, model, [a.row["text"] for a in english])):
        aid = article.row["article_id"]
        try:
            if isinstance(doc, Exception):
                raise doc
            found = _analyse_doc(doc, article, nlp_actors, nlp_quotes, nlp_timex)
        except Exception as exc:
            _fail(rows, options, article.row["source"], "nlp", type(exc).__name__, str(exc) or repr(exc))
            failed.add(aid)
            continue
        for name, new_rows in found.items():
            rows[name].extend(new_rows)
    if failed:
        rows["timeline"] = [r for r in rows["timeline"] if r["article_id"] not in failed]
    return [a for a in articles if a.row["article_id"] not in failed]


class TextTooLong(ValueError):
    """An article is longer than the spaCy pipeline's ``max_length``."""


def _parse_each(nlp, model, texts: list[str]) -> list:
    """Parse the batch with ``nlp.pipe``; if spaCy fails on it, parse text by text so the
    failure stays with the one article that caused it (returned as its exception)."""
    too_long = {i for i, text in enumerate(texts) if len(text) > model.max_length}
    try:
        docs = iter(nlp.parse([t for i, t in enumerate(texts) if i not in too_long], nlp=model))
        return [_too_long(model) if i in too_long else next(docs) for i in range(len(texts))]
    except Exception:
        return [_parse_one(nlp, model, text) for text in texts]


def _parse_one(nlp, model, text: str):
    if len(text) > model.max_length:
        return _too_long(model)
    try:
        return next(nlp.parse([text], nlp=model))
    except Exception as exc:
        return exc


def _too_long(model) -> TextTooLong:
    return TextTooLong(f"the text is longer than the spaCy pipeline's max_length ({model.max_length:,} characters); raise nlp.max_length to analyse it")


def _analyse_doc(doc, article: _Article, nlp_actors, nlp_quotes, nlp_timex) -> dict[str, list[dict]]:
    row = article.row
    aid = row["article_id"]
    paragraph_starts = [p["start"] for p in article.paragraphs]
    sentence_starts = [s.start_char for s in doc.sents]

    index = nlp_actors.find_actors(doc)
    actors = [{"article_id": aid, **a._asdict()} for a in index.actors]
    mentions = [{"article_id": aid, **m._asdict()} for m in index.mentions]
    actors_by_sentence: dict[int, list[str]] = {}
    for m in index.mentions:
        names = actors_by_sentence.setdefault(m.sentence, [])
        if m.actor not in names:
            names.append(m.actor)

    quotes = []
    for n, q in enumerate(nlp_quotes.find_quotes(doc, index)):
        quote = {"article_id": aid, "quote_id": f"{aid}:q{n}", **q._asdict()}
        quote["paragraph"] = bisect.bisect_right(paragraph_starts, q.start) - 1
        quotes.append(quote)

    # The quote a timex sits in: the first quote, in text order, whose span holds it. Quotes
    # come sorted by start; the first whose end passes a position is found by bisecting the
    # running maximum of the ends, so a page of thousands of quotes and dates stays fast.
    quote_starts = [q["start"] for q in quotes]
    furthest_ends = list(itertools.accumulate((q["end"] for q in quotes), max))

    def quote_at(position: int) -> dict | None:
        first = bisect.bisect_right(furthest_ends, position)
        return quotes[first] if first < bisect.bisect_right(quote_starts, position) else None

    timeline = []
    for t in nlp_timex.find_timexes(doc, row["published"]):
        entry = {"article_id": aid, **t._asdict(), "kind": "mentioned"}
        quote = quote_at(t.start)
        actors_here = list(actors_by_sentence.get(bisect.bisect_right(sentence_starts, t.start) - 1, []))
        # Inside a quote, the speaker is an actor of the sentence even when only "we" names them.
        if quote is not None and quote["speaker"] and quote["speaker"] not in actors_here:
            actors_here.append(quote["speaker"])
        entry["actors"] = actors_here
        entry["quote_id"] = quote["quote_id"] if quote is not None else None
        timeline.append(entry)
    return {"actors": actors, "mentions": mentions, "quotes": quotes, "timeline": timeline}


def _published_row(row: dict, nlp_timex) -> dict:
    published = pd.Timestamp(row["published"])
    value = published.strftime("%Y-%m-%d")
    start_date, end_date, granularity = nlp_timex.value_span(value)
    return {
        "article_id": row["article_id"],
        "expression": value,
        "type": "DATE",
        "value": value,
        "start_date": start_date,
        "end_date": end_date,
        "granularity": granularity,
        "event": row["title"],
        "actors": [],
        "anchor": "absolute",
        "kind": "published",
    }
