"""The tables of a corpus: every column's name, dtype and meaning, defined once.

Everything else refers to this module: the table builders cast to it, the Parquet
store round-trips it, the tests check against it and ``README.md`` documents it
(``workbench schema`` prints the Markdown used there).

The tables are tidy (Wickham 2014, "Tidy Data", J. Stat. Softw. 59(10)): one row per
observation, one column per variable. They link through ``article_id``, and every
row extracted from an article keeps character offsets ``start``/``end`` into
``articles.text`` so that ``text[start:end]`` is the words it came from.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

#: dtype names used below. ``object`` columns hold Python lists of ``str``.
STRING = "string"
INT = "Int64"
DATETIME = "datetime64[ns]"
LIST = "object"
DICT = "object"


class Column(NamedTuple):
    name: str
    dtype: str
    description: str


class Table(NamedTuple):
    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        return {c.name: c.dtype for c in self.columns}

    def list_columns(self) -> list[str]:
        """Columns whose cells are Python lists (Parquet returns arrays for them)."""
        return [c.name for c in self.columns if c.dtype == LIST and c.name not in _DICT_COLUMNS]

    def dict_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.name in _DICT_COLUMNS]

    def empty(self) -> pd.DataFrame:
        return conform(pd.DataFrame({name: [] for name in self.names}), self)


# Columns whose cells are dicts rather than lists.
_DICT_COLUMNS = {"provenance"}

ARTICLES = Table(
    "articles",
    "One row per article that was loaded.",
    (
        Column("article_id", STRING, "Stable id: a hash of the input's content, so the same page always gets the same id wherever it is stored."),
        Column("source", STRING, "Where the article came from: a file path, a URL, `collection.jsonl#row` or `archive.warc.gz#offset`."),
        Column("url", STRING, "The article's canonical URL when known."),
        Column("outlet", STRING, "The publication's name (og:site_name, JSON-LD publisher, or a collection's `source`/`outlet` column)."),
        Column("title", STRING, "Headline."),
        Column("description", STRING, "Teaser or standfirst."),
        Column("authors", LIST, "Byline, as a list of names."),
        Column("published", DATETIME, "Publication date and time as printed by the outlet (local wall-clock time, no time zone); NaT when unknown."),
        Column("modified", DATETIME, "When the outlet last updated the article (JSON-LD `dateModified`, `article:modified_time`, a collection's `modified`/`date_modify`), on the clock of `published`; NaT when unknown or earlier than `published`."),
        Column("language", STRING, "ISO 639-1 code of the body text, detected with py3langid."),
        Column("text", STRING, "The body: paragraphs joined by a blank line, subheadings included as their own paragraphs."),
        Column("n_words", INT, "Number of words in `text`."),
        Column("extractor", STRING, "Which extractor supplied the body text."),
        Column("provenance", DICT, "Which extractor supplied each field, e.g. {'title': 'newspaper4k', 'published': 'json-ld'}."),
        Column("input_sha1", STRING, "SHA-1 of the raw input (HTML, text or collection record) for provenance."),
    ),
)

PARAGRAPHS = Table(
    "paragraphs",
    "One row per paragraph of an article's body, in reading order.",
    (
        Column("article_id", STRING, "The article."),
        Column("paragraph", INT, "0-based position in the article."),
        Column("kind", STRING, "`body` or `heading` (a subheading)."),
        Column("text", STRING, "The paragraph's text."),
        Column("start", INT, "Offset of the paragraph in `articles.text`."),
        Column("end", INT, "End offset: `articles.text[start:end] == text`."),
    ),
)

QUOTES = Table(
    "quotes",
    "One row per quotation or piece of reported speech.",
    (
        Column("article_id", STRING, "The article."),
        Column("quote_id", STRING, "Id of the quote, unique in the corpus: `<article_id>:q<n>`."),
        Column("text", STRING, "The quoted or reported words, without quote marks."),
        Column("kind", STRING, "`direct` (a whole quoted sentence or more), `partial` (a quoted fragment inside the author's sentence) or `indirect` (reported speech)."),
        Column("speaker", STRING, "Canonical actor name of the speaker; NA when unknown."),
        Column("speaker_mention", STRING, "The speaker as written at the cue, e.g. `he`."),
        Column("cue", STRING, "Lemma of the reporting verb or phrase, e.g. `say`, `according to`."),
        Column("paragraph", INT, "Paragraph where the quote starts."),
        Column("start", INT, "Offset of the quote in `articles.text`: `text[start:end]` is the quote."),
        Column("end", INT, "End offset of the quote."),
        Column("speaker_start", INT, "Offset of `speaker_mention`; NA when there is none."),
        Column("speaker_end", INT, "End offset of `speaker_mention`."),
    ),
)

ACTORS = Table(
    "actors",
    "One row per actor (person, organisation, country, ...) per article.",
    (
        Column("article_id", STRING, "The article."),
        Column("actor", STRING, "Canonical name, the same key across the corpus (e.g. `United States` for U.S., US, Washington)."),
        Column("type", STRING, "Entity type: PERSON, ORG, GPE, NORP, LOC, ...; one per actor across the corpus, the one most of its mentions carry."),
        Column("role", STRING, "Title or apposition, e.g. `NATO Secretary General`; NA when none."),
        Column("aliases", LIST, "Every surface form used for the actor in the article."),
        Column("mentions", INT, "Number of mentions in the article."),
    ),
)

MENTIONS = Table(
    "mentions",
    "One row per mention of an actor in an article's text.",
    (
        Column("article_id", STRING, "The article."),
        Column("actor", STRING, "Canonical actor name (joins `actors.actor`)."),
        Column("text", STRING, "The mention as written."),
        Column("start", INT, "Offset in `articles.text`."),
        Column("end", INT, "End offset in `articles.text`."),
        Column("sentence", INT, "0-based index of the sentence in the article."),
    ),
)

TIMELINE = Table(
    "timeline",
    "One row per temporal expression (kind `mentioned`) plus one per article for its publication date (kind `published`).",
    (
        Column("article_id", STRING, "The article."),
        Column("expression", STRING, "The expression as written, e.g. `early August`."),
        Column("type", STRING, "TIMEX3 type: DATE, TIME, DURATION or SET."),
        Column("value", STRING, "TIMEX3 value, e.g. `2004-08`, `P3D`, `PAST_REF`; NA when it could not be resolved."),
        Column("mod", STRING, "TIMEX3 mod: START, MID, END, APPROX, ...; NA when none."),
        Column("start_date", DATETIME, "First day (or instant) the value covers; NaT for durations, sets and refs."),
        Column("end_date", DATETIME, "Last day (or instant) the value covers; NaT for durations, sets and refs."),
        Column("granularity", STRING, "Granularity of the value: century, decade, year, half, season, quarter, month, week, day, time; NA for durations and refs."),
        Column("start", INT, "Offset of the expression in `articles.text` (NA for `published` rows)."),
        Column("end", INT, "End offset of the expression."),
        Column("sentence", STRING, "The sentence the expression stands in."),
        Column("event", STRING, "The clause or noun phrase the expression dates, e.g. `NATO summit in Istanbul`."),
        Column("actors", LIST, "Canonical actors mentioned in the same sentence."),
        Column("quote_id", STRING, "The quote the expression sits in, if any."),
        Column("anchor", STRING, "What a relative value was resolved against: `dct` (publication date), `dateline`, `absolute` (needed none) or `unresolved`."),
        Column("kind", STRING, "`mentioned` (found in the text) or `published` (the article's publication date)."),
    ),
)

ERRORS = Table(
    "errors",
    "One row per input that did not become an article.",
    (
        Column("source", STRING, "The input, as in `articles.source`."),
        Column("stage", STRING, "Where it failed: `load`, `fetch`, `extract` or `nlp`."),
        Column("error", STRING, "Exception type, e.g. `HTTPError`, `NotAnArticle`."),
        Column("message", STRING, "What went wrong, for a human."),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, PARAGRAPHS, QUOTES, ACTORS, MENTIONS, TIMELINE, ERRORS)}

# Tables that functions compute from a corpus's tables on request; not stored with it.

NEAR_DUPLICATES = Table(
    "near_duplicates",
    "`wb.near_duplicates(corpus.articles)`: one row per article whose body nearly repeats an earlier article's.",
    (
        Column("article_id", STRING, "The repeating article."),
        Column("duplicate_of", STRING, "The first article of its story, in the order given, that it repeats."),
        Column("similarity", "float64", "Estimated resemblance of the two bodies' sets of word 5-shingles, 0-1."),
    ),
)

CONCORDANCE = Table(
    "concordance",
    "`wb.keyword_in_context(corpus.articles, pattern)`: one row per place a search pattern occurs in an article's text.",
    (
        Column("article_id", STRING, "The article."),
        Column("paragraph", INT, "The paragraph the hit starts in (joins `paragraphs.paragraph`)."),
        Column("start", INT, "Offset of the hit in `articles.text`."),
        Column("end", INT, "End offset of the hit."),
        Column("pattern", STRING, "The search pattern that found it."),
        Column("before", STRING, "Up to `window` words before the hit."),
        Column("match", STRING, "The words found, with line breaks shown as spaces."),
        Column("after", STRING, "Up to `window` words after the hit."),
    ),
)

RESULTS: dict[str, Table] = {t.name: t for t in (NEAR_DUPLICATES, CONCORDANCE)}


def conform(frame: pd.DataFrame, table: Table | str) -> pd.DataFrame:
    """Return ``frame`` with exactly ``table``'s columns, in order, cast to its dtypes.

    Missing columns are added as all-NA; unknown columns are an error, so a typo in a
    builder cannot silently add a column the docs do not know.
    """
    table = TABLES[table] if isinstance(table, str) else table
    unknown = set(frame.columns) - set(table.names)
    if unknown:
        raise ValueError(f"{table.name}: columns not in the schema: {sorted(unknown)}")
    out = pd.DataFrame(index=frame.index)
    for column in table.columns:
        values = frame[column.name] if column.name in frame else pd.Series([None] * len(frame), index=frame.index)
        if column.dtype == DATETIME:
            stamps = pd.to_datetime(values)
            # Nanosecond timestamps end at 1677 and 2262: a date beyond (a CMS placeholder
            # 0001-01-01, "the 14th century" on the timeline) becomes NaT instead of failing
            # the whole batch.
            out[column.name] = stamps.where(stamps.between(pd.Timestamp.min, pd.Timestamp.max)).astype(DATETIME)
        elif column.dtype in (LIST, DICT):
            out[column.name] = values.astype(object)
        else:
            out[column.name] = values.astype(column.dtype)
    return out.reset_index(drop=True)


def markdown() -> str:
    """The schema as Markdown, for the README: the corpus's tables, then the computed ones."""
    lines = []
    for table in (*TABLES.values(), *RESULTS.values()):
        lines += [f"#### `{table.name}`", "", table.description, "", "| column | dtype | meaning |", "| --- | --- | --- |"]
        for c in table.columns:
            dtype = {LIST: "list[str]"}.get(c.dtype, c.dtype) if c.name not in _DICT_COLUMNS else "dict[str, str]"
            lines.append(f"| `{c.name}` | {dtype} | {c.description} |")
        lines.append("")
    return "\n".join(lines)

