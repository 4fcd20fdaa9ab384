"""Charts of a corpus as Altair (Vega-Lite) objects.

Every function takes a ``Corpus`` (or the one table it needs, with any other table
passed by keyword) and returns an Altair chart, i.e. a Vega-Lite specification
(Satyanarayan et al. 2017, "Vega-Lite: A Grammar of Interactive Graphics", IEEE TVCG
23(1)), that the caller can restyle, compose and save.
They follow the same rules:

* the tables are aggregated in pandas first, so the spec holds at most a few thousand
  rows whatever the corpus size and Altair's ``MaxRowsError`` limit is never reached
  (the limit stays on);
* an empty table gives a valid chart with a text mark saying so, not an error;
* colours come from colour-blind-safe palettes (Okabe & Ito 2008, "Color Universal
  Design", https://jfly.uni-koeln.de/color/); an actor keeps one colour across charts
  built from the same corpus (:func:`actor_colors`);
* text from the web (titles, quotes, names) is only ever data or a literal title: Vega
  draws it as SVG text, and tooltips go through vega-tooltip's HTML escaping.

``python -m workbench.charts --sample-pictures docs/img/`` renders the bundled sample's
charts to SVG and PNG for the README.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any, NamedTuple

import altair as alt
import numpy as np
import pandas as pd

__all__ = [
    "actor_colors",
    "actor_cooccurrence",
    "actor_ranking",
    "all_charts",
    "article_labels",
    "articles_over_time",
    "choose_period",
    "cooccurrence_counts",
    "empty_chart",
    "quotes_by_speaker",
    "reporting_verbs",
    "save_pictures",
    "speakers_over_time",
    "timeline",
]

#: Okabe-Ito colours in the order actors get them. Their yellow is left out: it is
#: nearly invisible on white for points and thin marks. Greys are kept for the
#: "other"/"unknown" buckets.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"]
OTHER_COLOR = "#999999"
UNKNOWN_COLOR = "#DDDDDD"

OTHER_SPEAKERS = "(other speakers)"
UNKNOWN_SPEAKER = "(unknown speaker)"
OTHER_ACTORS = "(other actors)"
OTHER_CUES = "(other cues)"
NO_CUE = "(no cue)"
OTHER_OUTLETS = "(other outlets)"
UNKNOWN_OUTLET = "(unknown outlet)"
NO_ACTOR = "(no actor)"
PUBLISHED_ROW = "(publication dates)"

QUOTE_KINDS = ["direct", "partial", "indirect"]
# Dark to light blue for direct to partial, then orange so reported speech stands apart.
QUOTE_KIND_COLORS = ["#0072B2", "#56B4E9", "#E69F00"]
TIMELINE_KINDS = ["mentioned", "published"]
TIMELINE_KIND_COLORS = ["#0072B2", "#D55E00"]

#: Altair's own row limit; aggregated data stays under it.
MAX_ROWS = 5000
WIDTH = 560
TOOLTIP_CHARS = 240
#: A repeated title is cut to this many characters before its date or id, so that the
#: suffix telling the rows apart stays inside the axis' 260-pixel label limit.
ROW_TITLE_CHARS = 20
SHORT_ID_CHARS = 8
#: Network node labels are cut to this many characters (about 130 pixels) so that the
#: labels on the right of the circle stay clear of the legend.
NODE_LABEL_CHARS = 20
#: A time axis gets at most this many labelled ticks ("13 Mar 2023" is ~70 pixels wide),
#: and the timeline's axis a unit giving at least ``MIN_TIME_TICKS`` of them.
MAX_TIME_TICKS = 7
MIN_TIME_TICKS = 4
#: A count axis up to this maximum gets a tick at every whole number.
MAX_EVERY_COUNT_TICK = 10

# Granularities drawn as a point; coarser ones are drawn as the interval they span.
_POINT_GRANULARITIES = {"day", "time"}


class Period(NamedTuple):
    """A time bucket size: pandas frequency, d3 axis format and a human name.

    The format is shared by pandas (``Period.strftime``) and d3-time-format, and always
    shows the year, so that no axis label leaves the reader guessing it.
    """

    freq: str
    axis_format: str
    name: str


PERIODS = {
    "day": Period("D", "%d %b %Y", "day"),
    "week": Period("W-SUN", "%d %b %Y", "week"),
    "month": Period("M", "%b %Y", "month"),
    "quarter": Period("Q", "%Y Q%q", "quarter"),
    "year": Period("Y", "%Y", "year"),
}
#: Tick units of the timeline's axis, coarsest first; quarters are left out as a
#: reader finds a month on a date axis faster than a quarter.
_TIMELINE_TICK_PERIODS = ("year", "month", "week", "day")
#: Steps between ticks that land on round dates (quarter and year starts, round years),
#: by pandas frequency; other frequencies take the smallest step that fits.
_ROUND_TICK_STEPS = {"M": (1, 2, 3, 6, 12, 24, 36, 60, 120), "Q": (1, 2, 4, 8, 12, 20, 40), "Y": (1, 2, 5, 10, 20, 25, 50, 100)}


@alt.theme.register("workbench", enable=False)
def workbench_theme() -> alt.theme.ThemeConfig:
    """Larger type and left-aligned titles; enabled by ``setup_notebook()`` and the report."""
    return alt.theme.ThemeConfig(
        config={
            "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            "title": {"fontSize": 16, "subtitleFontSize": 12, "subtitleColor": "#555555", "anchor": "start", "offset": 12},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260, "gridColor": "#EEEEEE"},
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 240},
            "view": {"stroke": None},
        }
    )


# --------------------------------------------------------------------------- helpers


def _table(data: Any, name: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """``data`` itself when it is a DataFrame, else its ``name`` table (a Corpus).

    Checks that the table has the ``columns`` the chart reads, so that passing the wrong
    table (``timeline(corpus.quotes)``) says which table is needed, not ``KeyError``.
    """
    table = data if isinstance(data, pd.DataFrame) else getattr(data, name, None)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"expected a Corpus or a {name} DataFrame, got {type(data).__name__}")
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(
            f"this chart needs the {name} table (corpus.{name}, with columns {', '.join(columns)}); "
            f"the table given lacks {', '.join(missing)} and has columns {', '.join(map(str, table.columns)) or 'none'}"
        )
    return table


def _companion(data: Any, name: str, columns: tuple[str, ...], given: pd.DataFrame | None, needed_by: str) -> pd.DataFrame:
    """A second table a chart needs: passed explicitly, or taken from the Corpus."""
    if given is None and isinstance(data, pd.DataFrame):
        raise ValueError(f"{needed_by}() needs the {name} table: pass a Corpus, or {name}=corpus.{name}")
    return _table(given if given is not None else data, name, columns)


def _title(text: str, subtitle: str | list[str] | None = None) -> alt.TitleParams:
    lines = [subtitle] if isinstance(subtitle, str) else list(subtitle or [])
    return alt.TitleParams(text=text, subtitle=lines, anchor="start")


def empty_chart(title: str, message: str) -> alt.Chart:
    """A valid chart whose only mark is ``message``: the empty state of every chart."""
    return (
        alt.Chart(pd.DataFrame({"message": [message]}))
        .mark_text(fontSize=14, color="#555555")
        .encode(text="message:N")
        .properties(title=_title(title), width=WIDTH, height=80)
    )


def _labels(values: pd.Series, missing: str) -> pd.Series:
    """Strings with NA/blank replaced by ``missing``, as plain Python ``object`` strings."""
    text = values.astype("string").str.strip()
    return text.mask(text.isna() | (text == ""), missing).astype(object)


def _clip(values: pd.Series, limit: int = TOOLTIP_CHARS) -> pd.Series:
    text = values.astype("string").fillna("")
    long = text.str.len() > limit
    return text.where(~long, text.str.slice(0, limit - 1) + "…").astype(object)


def _counts_by_kind(keys: pd.Series, kinds: pd.Series, *, top: int, missing: str, other: str) -> tuple[pd.DataFrame, list[str], int]:
    """Quotes per (key, kind), keys past the ``top`` most frequent summed as ``other``.

    Groups the raw columns before labelling them, so a million quotes cost one groupby.
    Returns the counts (``key``, ``kind``, ``quotes``, ``share``, ``kind_order``), the bar
    order (top keys, then ``other``, then ``missing``) and the number of distinct keys.
    """
    raw = (
        pd.DataFrame({"key": keys, "kind": kinds})
        .groupby(["key", "kind"], dropna=False, observed=True).size().rename("quotes").reset_index()
    )
    raw["key"] = _labels(raw["key"], missing)
    raw["kind"] = _labels(raw["kind"], "indirect")
    totals = raw[raw["key"] != missing].groupby("key")["quotes"].sum()
    totals = totals.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    keep = totals.index[:top].tolist()
    raw["key"] = raw["key"].where(raw["key"].isin(keep) | (raw["key"] == missing), other)
    counts = raw.groupby(["key", "kind"])["quotes"].sum().reset_index()
    counts["share"] = counts["quotes"] / counts["quotes"].sum()
    counts["kind_order"] = counts["kind"].map({k: i for i, k in enumerate(QUOTE_KINDS)}).fillna(len(QUOTE_KINDS))
    order = keep + [bucket for bucket in (other, missing) if bucket in set(counts["key"])]
    return counts, order, len(totals)


def article_labels(article_ids: pd.Series, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Title, publication day and a distinct row label for each article id, indexed by id.

    The label is the title (the id when there is none). Where labels repeat, the
    repeated ones get the title cut to :data:`ROW_TITLE_CHARS` plus the publication
    day, then plus a short id, then plus the full id, until no two articles share a
    label: rows keyed by label are rows keyed by article.
    """
    ids = pd.Index(pd.unique(article_ids.astype(object)), name="article_id")
    info = (articles if articles is not None else pd.DataFrame()).reindex(columns=["article_id", "title", "published"])
    info = info.drop_duplicates("article_id").set_index("article_id").reindex(ids)
    key = pd.Series(ids.astype(str), index=ids)
    title = _labels(info["title"], "")
    title = title.where(title != "", key)
    day = pd.to_datetime(info["published"]).dt.strftime("%Y-%m-%d")
    short = key.str[:SHORT_ID_CHARS]
    label = _clip(title)
    for suffix in (day.fillna(short), short, key):
        repeated = label.duplicated(keep=False)
        if not repeated.any():
            break
        label = label.where(~repeated, _clip(title, ROW_TITLE_CHARS) + " (" + suffix + ")")
    return pd.DataFrame({"title": _clip(title), "published": day.fillna("").astype(object), "label": label.astype(object)})


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def choose_period(dates: pd.Series, period: str = "auto") -> Period:
    """The period to bucket ``dates`` by: given by name, or by the span they cover."""
    if period != "auto":
        if period not in PERIODS:
            raise ValueError(f"period must be 'auto' or one of {sorted(PERIODS)}, got {period!r}")
        return PERIODS[period]
    span = dates.max() - dates.min() if dates.notna().any() else pd.Timedelta(0)
    days = span.days if not pd.isna(span) else 0
    for name, limit in (("day", 92), ("week", 2 * 365), ("month", 15 * 365)):
        if days <= limit:
            return PERIODS[name]
    return PERIODS["year"]


def _stacked(counts: pd.DataFrame, value: str, order: list[str], key: str, normalize: bool = False) -> pd.DataFrame:
    """Add ``low``/``high`` stack bounds per period, in ``order`` of ``key`` from the axis up.

    Stacked in pandas because Vega-Lite does not stack bars that carry their own ``x2``.
    """
    rank = {label: i for i, label in enumerate(order)}
    counts = counts.assign(_rank=counts[key].map(rank)).sort_values(["start", "_rank"]).drop(columns="_rank")
    high = counts.groupby("start")[value].cumsum()
    scale = counts.groupby("start")[value].transform("sum") if normalize else 1
    return counts.assign(low=(high - counts[value]) / scale, high=high / scale)


def _bucket(dates: pd.Series, period: Period) -> tuple[pd.Series, pd.Series]:
    """Start and (exclusive) end of the period each date falls in."""
    periods = dates.dt.to_period(period.freq)
    return periods.dt.start_time, (periods + 1).dt.start_time


def _period_labels(starts: pd.Series, period: Period) -> pd.Series:
    """``starts`` written as the axis writes them ("13 Mar 2023", "2021 Q1").

    Formatted as one-day Periods because their ``strftime`` knows d3's ``%q`` (quarter)
    and a Timestamp's does not.
    """
    return starts.dt.to_period("D").dt.strftime(period.axis_format)


def _vega_time(moment: pd.Timestamp) -> alt.DateTime:
    """``moment`` as a Vega-Lite DateTime, in local time like the ISO strings Altair writes for the data."""
    return alt.DateTime(year=moment.year, month=moment.month, date=moment.day,
                        hours=moment.hour, minutes=moment.minute, seconds=moment.second)


def _time_ticks(first: pd.Timestamp, last: pd.Timestamp, period: Period) -> list[alt.DateTime]:
    """Starts of ``period`` from ``first`` to ``last``, thinned to at most :data:`MAX_TIME_TICKS`.

    Every ``step``-th start is kept, counted from the epoch (the Period ordinal) with a
    step from :data:`_ROUND_TICK_STEPS`, so that the ticks fall on round dates (every
    third month is a quarter start). Ticks are chosen here rather than by Vega because
    d3 picks ticks finer than the format (one day drawn with six "13 Mar 2023" ticks)
    and its overlap removal drops the January ticks that carry the year.
    """
    periods = pd.period_range(first, last, freq=period.freq)
    periods = periods[periods.start_time >= first]
    fitting = max(1, math.ceil(len(periods) / MAX_TIME_TICKS))
    step = next((step for step in _ROUND_TICK_STEPS.get(period.freq, ()) if step >= fitting), fitting)
    return [_vega_time(start) for start in periods[periods.asi8 % step == 0].start_time]


def _tick_period(first: pd.Timestamp, last: pd.Timestamp) -> Period:
    """The coarsest of :data:`_TIMELINE_TICK_PERIODS` starting at least :data:`MIN_TIME_TICKS` times in ``first``..``last``."""
    for name in _TIMELINE_TICK_PERIODS:
        period = PERIODS[name]
        starts = pd.period_range(first, last, freq=period.freq).start_time
        if (starts >= first).sum() >= MIN_TIME_TICKS:
            return period
    return PERIODS["day"]


def _count_axis(maximum: int) -> alt.Axis:
    """A count axis with whole-number ticks only.

    Up to :data:`MAX_EVERY_COUNT_TICK` the ticks are given one per count: ``tickMinStep``
    alone still let Vega put ticks at 0.5 and 1.5 for a maximum of 2.
    """
    values = list(range(int(maximum) + 1)) if maximum <= MAX_EVERY_COUNT_TICK else alt.Undefined
    return alt.Axis(values=values, format="d", tickMinStep=1)


# ------------------------------------------------------------------------- colours


def _period_counts(dates: pd.Series, keys: pd.Series, period: Period, *, key: str, value: str) -> pd.DataFrame:
    """Rows per (period, key): columns ``start``, ``end``, ``key``, ``value`` and a ``period`` label."""
    start, end = _bucket(dates, period)
    counts = (
        pd.DataFrame({"start": start.values, "end": end.values, key: keys.values})
        .groupby(["start", "end", key]).size().rename(value).reset_index()
    )
    counts["period"] = _period_labels(counts["start"], period)
    return counts


def actor_ranking(data: Any) -> list[str]:
    """Actors from most to least prominent: by quotes as speaker, then mentions, then name.

    Takes a Corpus (quotes + actors) or either table alone; every chart that colours
    actors ranks them this way, so the same corpus gives the same order everywhere.
    """
    counts = []
    if isinstance(data, pd.DataFrame):
        quotes = data if "speaker" in data else None
        actors = data if {"actor", "mentions"} <= set(data.columns) else None
    else:
        quotes, actors = _table(data, "quotes", ("speaker",)), _table(data, "actors", ("actor", "mentions"))
    if quotes is not None and len(quotes):
        counts.append(quotes["speaker"].dropna().value_counts().rename("quotes"))
    if actors is not None and len(actors):
        counts.append(actors.groupby("actor")["mentions"].sum().rename("mentions"))
    if not counts:
        return []
    score = pd.concat(counts, axis=1).fillna(0)
    for column in ("quotes", "mentions"):
        if column not in score:
            score[column] = 0
    score.index = score.index.astype(object)
    score = score.rename_axis("actor").reset_index()
    score = score[score["actor"].astype(str).str.strip() != ""]
    return score.sort_values(["quotes", "mentions", "actor"], ascending=[False, False, True])["actor"].tolist()


def actor_colors(data: Any, *, top: int = len(OKABE_ITO)) -> alt.Scale:
    """A colour scale giving the ``top`` most prominent actors one Okabe-Ito colour each.

    The order is :func:`actor_ranking`'s, so charts built from the same corpus agree;
    every other actor and the "other"/"unknown" buckets are grey. Pass the result as
    ``colors=`` to keep charts from different subsets of a corpus consistent.
    """
    named = actor_ranking(data)[: min(top, len(OKABE_ITO))]
    domain = named + [OTHER_SPEAKERS, OTHER_ACTORS, UNKNOWN_SPEAKER]
    return alt.Scale(domain=domain, range=OKABE_ITO[: len(named)] + [OTHER_COLOR, OTHER_COLOR, UNKNOWN_COLOR])


def _named_actors(scale: alt.Scale) -> list[str]:
    return [a for a in scale.domain if a not in (OTHER_SPEAKERS, OTHER_ACTORS, UNKNOWN_SPEAKER)]


def _restricted(scale: alt.Scale, present: pd.Series) -> alt.Scale:
    """``scale`` limited to the labels in ``present``, each keeping its colour, so the legend lists only those."""
    shown = set(present)
    pairs = [(label, color) for label, color in zip(scale.domain, scale.range) if label in shown]
    return alt.Scale(domain=[label for label, _ in pairs], range=[color for _, color in pairs])


# -------------------------------------------------------------------------- charts


def timeline(
    data: Any,
    *,
    articles: pd.DataFrame | None = None,
    by: str = "actor",
    top: int = 15,
    max_points: int = MAX_ROWS,
) -> alt.LayerChart | alt.Chart:
    """Dated expressions on a time axis, one row per actor (``by="actor"``) or article.

    Each TIMEX3 value (Pustejovsky et al. 2003, "TimeML", IWCS-5) is drawn as the span
    it covers, ``start_date``..``end_date``: a point for a day or an instant, a bar for
    a coarser granularity ("August 2004" spans the month). Publication dates (timeline
    kind ``published``) are orange diamonds, mentioned dates blue. Durations, sets and
    unresolved expressions have no place on the axis and are counted in the subtitle.
    Identical spans in a row are merged with a count, and at most ``max_points`` of the
    most frequent are kept, so any corpus size fits; the tooltip of a merged mark counts
    its articles and names the first. ``articles`` (taken from a Corpus) supplies the
    titles and publication days shown in the tooltips; without it articles are named by
    their id. With ``by="article"`` each article has its own row, labelled by
    :func:`article_labels` (repeated titles get their day or id appended), the rows in
    order of publication. The axis ticks at year, month, week or day starts, whichever
    gives a few, and every label shows the year.
    """
    title = "Timeline: dates mentioned in the articles"
    frame = _table(data, "timeline", ("article_id", "kind", "start_date", "end_date", "granularity", "expression", "value", "sentence", "actors"))
    if by not in ("actor", "article"):
        raise ValueError(f"by must be 'actor' or 'article', got {by!r}")
    dated = frame[frame["start_date"].notna()]
    if dated.empty:
        return empty_chart(title, "No dated expressions in this corpus")
    undated = len(frame) - len(dated)
    if articles is None and not isinstance(data, pd.DataFrame):
        articles = _table(data, "articles", ("article_id",))

    rows = pd.DataFrame(
        {
            "article_id": dated["article_id"].astype(object),
            "kind": _labels(dated["kind"], "mentioned"),
            "start": dated["start_date"],
            "end": dated["end_date"].fillna(dated["start_date"]),
            "granularity": _labels(dated["granularity"], "day"),
            "expression": _clip(dated["expression"]),
            "value": _labels(dated["value"], ""),
            "sentence": _clip(dated["sentence"]),
            "actors": dated["actors"],
        }
    )
    rows = rows.join(article_labels(rows["article_id"], articles), on="article_id")
    if by == "article":
        rows["row"] = rows["label"]
    else:
        # One row per actor; publication dates belong to no actor and get a row of their own.
        rows["row"] = rows["actors"].map(lambda a: list(a) if isinstance(a, (list, tuple, np.ndarray)) and len(a) else [NO_ACTOR])
        rows = rows.explode("row")
        rows.loc[rows["kind"] == "published", "row"] = PUBLISHED_ROW
        rows = rows.drop_duplicates(subset=["row", "kind", "start", "end", "expression", "sentence", "article_id"])
    rows = rows.drop(columns="actors")

    row_size = rows.groupby("row").size().sort_values(ascending=False, kind="stable")
    pinned = [r for r in (PUBLISHED_ROW,) if r in row_size.index]
    ranked = [r for r in row_size.index if r not in pinned and r != NO_ACTOR]
    shown = pinned + ranked[:top] + ([NO_ACTOR] if NO_ACTOR in row_size.index and len(ranked) < top else [])
    hidden_rows = len(row_size) - len(shown)
    rows = rows[rows["row"].isin(shown)]
    if by == "article":
        # Article rows read in time order: by publication day, undated last, ties by title.
        in_time = rows.drop_duplicates("row").assign(undated=lambda r: r["published"] == "")
        shown = in_time.sort_values(["undated", "published", "title", "row"])["row"].tolist()

    spans = (
        rows.groupby(["row", "kind", "start", "end", "granularity"], sort=False, observed=True)
        .agg(n=("expression", "size"), articles=("article_id", "nunique"), expression=("expression", "first"),
             value=("value", "first"), sentence=("sentence", "first"), title=("title", "first"),
             published=("published", "first"))
        .reset_index()
    )
    total_spans = len(spans)
    spans = spans.nlargest(max_points, "n", keep="first") if total_spans > max_points else spans
    point = spans["granularity"].isin(_POINT_GRANULARITIES) | (spans["end"] <= spans["start"])
    spans["shape"] = np.where(point, "point", "interval")
    # end_date is the last day covered: the bar runs to the end of that day.
    spans["end"] = np.where(spans["granularity"] == "time", spans["end"], spans["end"] + pd.Timedelta(days=1))
    spans["dates"] = spans["start"].dt.strftime("%Y-%m-%d") + np.where(
        point, "", " – " + (spans["end"] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    )
    # A merged mark can stand for several articles; the sentence and title are the first's.
    article = spans["title"] + np.where(spans["published"] != "", ", published " + spans["published"], "")
    spans["article_note"] = spans["articles"].astype(str) + np.where(spans["articles"] > 1, " (first: ", " (") + article + ")"
    # Publication dates are drawn after (over) the mentioned dates of the same day.
    spans["draw_order"] = spans["kind"].map({kind: i for i, kind in enumerate(TIMELINE_KINDS)}).fillna(0)

    notes = [f"One row per {by}; points are days, bars span a month, season or year. Hover for the sentence."]
    if hidden_rows:
        notes.append(f"Showing {len(shown)} of {len(row_size)} rows (the {by}s with most dates).")
    if undated:
        notes.append(f"{_plural(undated, 'expression')} without a calendar date (durations, sets, unresolved) not shown.")
    if total_spans > max_points:
        notes.append(f"Showing the {max_points:,} most frequent of {total_spans:,} distinct dates.")

    base = alt.Chart(spans).encode(
        y=alt.Y("row:N", sort=shown, title=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("kind:N", title="Date", scale=alt.Scale(domain=TIMELINE_KINDS, range=TIMELINE_KIND_COLORS)),
        tooltip=[
            alt.Tooltip("expression:N", title="Expression"),
            alt.Tooltip("value:N", title="TIMEX3 value"),
            alt.Tooltip("dates:N", title="Covers"),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("sentence:N", title="Sentence"),
            alt.Tooltip("article_note:N", title="Articles"),
            alt.Tooltip("n:Q", title="Times mentioned"),
        ],
    )
    # The domain is the data's, at least a day wide; the padding keeps the marks at its
    # ends whole and off the row labels.
    first = spans["start"].min()
    last = max(spans["end"].max(), first + pd.Timedelta(days=1))
    tick_period = _tick_period(first, last)
    x = alt.X(
        "start:T", title="Date covered by the expression",
        scale=alt.Scale(domain=[_vega_time(first), _vega_time(last)], nice=False, padding=16),
        axis=alt.Axis(format=tick_period.axis_format, values=_time_ticks(first, last, tick_period), labelOverlap=True),
    )
    intervals = (
        base.transform_filter(alt.datum.shape == "interval")
        .mark_bar(height=10, opacity=0.55, cornerRadius=2)
        .encode(x=x, x2="end:T")
    )
    points = (
        base.transform_filter(alt.datum.shape == "point")
        .mark_point(filled=True, opacity=0.85, stroke="white")
        .encode(
            x=x,
            shape=alt.Shape("kind:N", title="Date", scale=alt.Scale(domain=TIMELINE_KINDS, range=["circle", "diamond"])),
            size=alt.Size("n:Q", title="Times mentioned", scale=alt.Scale(range=[50, 220]), legend=None),
            order=alt.Order("draw_order:Q"),
            # An outline sets a publication diamond apart from a circle it overlaps.
            strokeWidth=alt.condition(alt.datum.kind == "published", alt.value(1.5), alt.value(0)),
        )
    )
    return alt.layer(intervals, points).properties(
        title=_title(title, notes), width=WIDTH, height=max(60, 26 * len(shown))
    )


def quotes_by_speaker(data: Any, *, top: int = 10) -> alt.Chart:
    """Who is quoted how often: quotes per speaker, stacked by kind, top ``top`` + other.

    Counts the quotes table's ``speaker`` column (attribution after Pareti 2016,
    "PARC 3.0", LREC); speakers past the ``top`` most quoted are summed in one
    "other" bar, quotes without a speaker in an "unknown" bar.
    """
    title = "Who is quoted"
    quotes = _table(data, "quotes", ("speaker", "kind"))
    if quotes.empty:
        return empty_chart(title, "No quotes in this corpus")
    counts, order, n_speakers = _counts_by_kind(
        quotes["speaker"], quotes["kind"], top=top, missing=UNKNOWN_SPEAKER, other=OTHER_SPEAKERS
    )
    counts = counts.rename(columns={"key": "speaker"})
    subtitle = f"{_plural(len(quotes), 'quote')} by {_plural(n_speakers, 'named speaker')}"
    if n_speakers > top:
        subtitle += f"; the {top} most quoted shown, the rest summed as {OTHER_SPEAKERS}"
    return _bars_by_kind(counts, "speaker", order, key_title="Speaker", share_title="Share of all quotes", title=_title(title, subtitle))


def speakers_over_time(
    data: Any,
    *,
    articles: pd.DataFrame | None = None,
    period: str = "auto",
    colors: alt.Scale | None = None,
) -> alt.Chart:
    """Share of voice: each speaker's share of the quotes per period.

    Quotes are dated by their article's ``published`` date and bucketed by ``period``
    (``auto`` picks day, week, month or year from the span). The named speakers are
    the coloured actors of ``colors`` (default :func:`actor_colors` of ``data``);
    every other speaker is summed as "other".
    """
    title = "Share of voice over time"
    quotes = _table(data, "quotes", ("article_id", "speaker"))
    if quotes.empty:
        return empty_chart(title, "No quotes in this corpus")
    articles = _companion(data, "articles", ("article_id", "published"), articles, "speakers_over_time")
    colors = colors if colors is not None else actor_colors(data)
    published = quotes["article_id"].map(articles.set_index("article_id")["published"]) if len(articles) else None
    dated = quotes.assign(published=published)
    dated = dated[dated["published"].notna()] if published is not None else dated.iloc[0:0]
    if dated.empty:
        return empty_chart(title, "No quotes from a dated article in this corpus")
    chosen = choose_period(dated["published"], period)
    speaker = _labels(dated["speaker"], UNKNOWN_SPEAKER)
    speaker = speaker.where(speaker.isin(_named_actors(colors)) | (speaker == UNKNOWN_SPEAKER), OTHER_SPEAKERS)
    counts = _period_counts(dated["published"], speaker, chosen, key="speaker", value="quotes")
    counts["share"] = counts["quotes"] / counts.groupby("start")["quotes"].transform("sum")
    counts = _stacked(counts, "quotes", list(colors.domain), key="speaker", normalize=True)
    subtitle = [f"Share of the quotes in each {chosen.name}, by the date the article was published."]
    if len(dated) < len(quotes):
        subtitle.append(f"{_plural(len(quotes) - len(dated), 'quote')} from undated articles not shown.")
    return _bars_per_period(
        counts, chosen, "speaker", "Speaker", _restricted(colors, counts["speaker"]),
        y=alt.Y("low:Q", title="Share of quotes", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        values=[alt.Tooltip("quotes:Q", title="Quotes", format=","), alt.Tooltip("share:Q", title="Share", format=".1%")],
        title=_title(title, subtitle), height=260,
    )


def reporting_verbs(data: Any, *, top: int = 12) -> alt.Chart:
    """The mix of reporting cues ("say", "according to", ...), stacked by kind of quote.

    Counts the lemmatised ``cue`` of each quote (cue as in PARC, Pareti 2016); cues
    past the ``top`` most frequent are summed as "other".
    """
    title = "How speech is reported"
    quotes = _table(data, "quotes", ("cue", "kind"))
    cues = quotes[quotes["cue"].notna()] if len(quotes) else quotes
    if cues.empty:
        return empty_chart(title, "No quotes with a reporting verb in this corpus")
    counts, order, n_cues = _counts_by_kind(cues["cue"].str.lower(), cues["kind"], top=top, missing=NO_CUE, other=OTHER_CUES)
    counts = counts.rename(columns={"key": "cue"})
    subtitle = f"Reporting verb or phrase of {_plural(len(cues), 'quote')}, {_plural(n_cues, 'distinct cue')}"
    return _bars_by_kind(counts, "cue", order, key_title="Reporting verb (lemma)", share_title="Share of quotes with a cue", title=_title(title, subtitle))


def _bars_by_kind(counts: pd.DataFrame, key: str, order: list[str], *, key_title: str, share_title: str, title: alt.TitleParams) -> alt.Chart:
    """Horizontal bars of quote counts per ``key``, stacked by kind of quote."""
    longest = counts.groupby(key)["quotes"].sum().max()
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", title="Number of quotes", stack="zero", axis=_count_axis(longest)),
            y=alt.Y(f"{key}:N", sort=order, title=key_title),
            color=alt.Color("kind:N", title="Kind of quote", scale=alt.Scale(domain=QUOTE_KINDS, range=QUOTE_KIND_COLORS)),
            order=alt.Order("kind_order:Q"),
            tooltip=[
                alt.Tooltip(f"{key}:N", title=key_title),
                alt.Tooltip("kind:N", title="Kind"),
                alt.Tooltip("quotes:Q", title="Quotes", format=","),
                alt.Tooltip("share:Q", title=share_title, format=".1%"),
            ],
        )
        .properties(title=title, width=WIDTH, height=max(60, 24 * len(order)))
    )


def cooccurrence_counts(data: Any, *, level: str = "sentence", top: int = 15) -> pd.DataFrame:
    """Pairs of the ``top`` actors and how many sentences (or articles) they share.

    Co-occurrence frequency within a fixed span, as in collocation analysis (Evert 2008,
    "Corpora and collocations", Corpus Linguistics: An International Handbook, ch. 58),
    with the sentence or the article as the span: ``level="sentence"`` groups
    ``mentions`` by (article, ``sentence``), ``"article"`` groups ``actors`` by article. Returns columns ``a``, ``b`` (both orders, a != b),
    ``units`` and ``rank_a``/``rank_b`` (position of the actor by number of units).
    """
    if level not in ("sentence", "article"):
        raise ValueError(f"level must be 'sentence' or 'article', got {level!r}")
    if level == "sentence":
        frame = _table(data, "mentions", ("article_id", "sentence", "actor"))
        units = frame[["article_id", "sentence", "actor"]].dropna()
        keys = ["article_id", "sentence"]
    else:
        frame = _table(data, "actors", ("article_id", "actor"))
        units = frame[["article_id", "actor"]].dropna()
        keys = ["article_id"]
    units = units.astype({"actor": object}).drop_duplicates()
    prominence = units["actor"].value_counts()
    prominence = prominence.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    keep = prominence.index[:top]
    units = units[units["actor"].isin(keep)]
    pairs = units.merge(units, on=keys, suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_a"] != pairs["actor_b"]]
    counts = pairs.groupby(["actor_a", "actor_b"]).size().rename("units").reset_index()
    counts = counts.rename(columns={"actor_a": "a", "actor_b": "b"})
    rank = {actor: i for i, actor in enumerate(keep)}
    counts["rank_a"] = counts["a"].map(rank)
    counts["rank_b"] = counts["b"].map(rank)
    return counts


def actor_cooccurrence(
    data: Any,
    *,
    level: str = "sentence",
    top: int = 15,
    view: str = "heatmap",
    colors: alt.Scale | None = None,
) -> alt.Chart | alt.LayerChart:
    """Which actors appear together, in the same sentence (``level="sentence"``) or article.

    ``view="heatmap"`` is a symmetric matrix of the ``top`` actors (by number of
    sentences/articles they appear in); ``view="network"`` draws the same counts as a
    graph with the actors on a circle (a fixed circular layout, computed here because
    Vega-Lite has no graph layout), edges as thick as their count and the most prominent
    actors in their :func:`actor_colors` colour.
    """
    unit = "sentences" if level == "sentence" else "articles"
    title = f"Actors mentioned in the same {unit[:-1]}"
    if view not in ("heatmap", "network"):
        raise ValueError(f"view must be 'heatmap' or 'network', got {view!r}")
    counts = cooccurrence_counts(data, level=level, top=top)
    if counts.empty:
        return empty_chart(title, f"No two actors share a {unit[:-1]} in this corpus")
    order = counts.drop_duplicates("a").sort_values("rank_a")["a"].tolist()
    tooltip = [
        alt.Tooltip("a:N", title="Actor"),
        alt.Tooltip("b:N", title="With"),
        alt.Tooltip("units:Q", title=f"Shared {unit}", format=","),
    ]
    subtitle = f"Number of {unit} mentioning both actors; the {len(order)} actors in most {unit} shown."
    if view == "heatmap":
        return (
            alt.Chart(counts)
            .mark_rect()
            .encode(
                x=alt.X("a:N", sort=order, title=None, axis=alt.Axis(labelAngle=-40, orient="top")),
                y=alt.Y("b:N", sort=order, title=None),
                # The scale starts at 1 with a visible blue, so white cells (pairs never
                # together) are not read as the lightest count.
                color=alt.Color(
                    "units:Q", title=[f"Shared {unit}", "(white: never together)"],
                    scale=alt.Scale(scheme={"name": "blues", "extent": [0.25, 1]}, domainMin=1, zero=False),
                    legend=alt.Legend(tickMinStep=1, format="d"),
                ),
                tooltip=tooltip,
            )
            .properties(title=_title(title, subtitle), width=min(WIDTH, 30 * len(order)), height=min(WIDTH, 30 * len(order)))
        )

    colors = colors if colors is not None else actor_colors(data)
    angle = 2 * math.pi * np.arange(len(order)) / len(order)
    nodes = pd.DataFrame({"actor": order, "x": np.cos(angle), "y": np.sin(angle)})
    nodes["label"] = _clip(nodes["actor"], NODE_LABEL_CHARS)
    nodes["color_key"] = nodes["actor"].where(nodes["actor"].isin(_named_actors(colors)), OTHER_ACTORS)
    nodes["align"] = np.where(nodes["x"] >= 0, "left", "right")
    edges = counts[counts["rank_a"] < counts["rank_b"]].merge(nodes, left_on="a", right_on="actor").merge(
        nodes, left_on="b", right_on="actor", suffixes=("", "_b")
    )
    scale_x = alt.Scale(domain=[-1.6, 1.6])
    scale_y = alt.Scale(domain=[-1.25, 1.25])
    no_axis = {"axis": None}
    edge_layer = (
        alt.Chart(edges[["a", "b", "units", "x", "y", "x_b", "y_b"]])
        .mark_rule(color="#777777", opacity=0.6)
        .encode(
            x=alt.X("x:Q", scale=scale_x, **no_axis), y=alt.Y("y:Q", scale=scale_y, **no_axis),
            x2="x_b:Q", y2="y_b:Q",
            strokeWidth=alt.StrokeWidth(
                "units:Q", title=f"Shared {unit}", scale=alt.Scale(range=[1, 8]),
                legend=alt.Legend(values=sorted({int(v) for v in np.linspace(edges["units"].min(), edges["units"].max(), 4).round()})),
            ),
            tooltip=tooltip,
        )
    )
    node_base = alt.Chart(nodes).encode(x=alt.X("x:Q", scale=scale_x, **no_axis), y=alt.Y("y:Q", scale=scale_y, **no_axis))
    node_layer = node_base.mark_circle(size=260, opacity=1, stroke="white").encode(
        color=alt.Color("color_key:N", title="Actor", scale=_restricted(colors, nodes["color_key"])),
        tooltip=[alt.Tooltip("actor:N", title="Actor")],
    )
    # Labels sit outside the circle: after the node on the right half, before it on the left.
    label_layer = alt.layer(
        *(
            node_base.mark_text(dx=dx, fontSize=11, align=align)
            .encode(text="label:N", tooltip=[alt.Tooltip("actor:N", title="Actor")])
            .transform_filter(alt.datum.align == align)
            for align, dx in (("left", 12), ("right", -12))
        )
    )
    return alt.layer(edge_layer, node_layer, label_layer).properties(
        title=_title(title, subtitle), width=WIDTH, height=440
    )


def articles_over_time(data: Any, *, period: str = "auto", top_outlets: int = len(OKABE_ITO)) -> alt.Chart:
    """Coverage volume: articles per period by publication date, coloured by outlet.

    ``period="auto"`` picks day, week, month or year from the span; outlets past the
    ``top_outlets`` largest are summed as "other"; undated articles are counted in
    the subtitle.
    """
    title = "Coverage over time"
    articles = _table(data, "articles", ("published", "outlet"))
    dated = articles[articles["published"].notna()] if len(articles) else articles
    if dated.empty:
        message = "No articles in this corpus" if articles.empty else "No article in this corpus has a publication date"
        return empty_chart(title, message)
    chosen = choose_period(dated["published"], period)
    outlet = _labels(dated["outlet"], UNKNOWN_OUTLET)
    ranked = outlet[outlet != UNKNOWN_OUTLET].value_counts()
    ranked = ranked.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    keep = ranked.index[:top_outlets].tolist()
    outlet = outlet.where(outlet.isin(keep) | (outlet == UNKNOWN_OUTLET), OTHER_OUTLETS)
    counts = _period_counts(dated["published"], outlet, chosen, key="outlet", value="articles")
    domain = keep + [OTHER_OUTLETS, UNKNOWN_OUTLET]
    palette = OKABE_ITO[: len(keep)] + [OTHER_COLOR, UNKNOWN_COLOR]
    counts = _stacked(counts, "articles", domain, key="outlet")
    subtitle = [f"Articles per {chosen.name} of publication: {_plural(len(dated), 'dated article')}."]
    if len(dated) < len(articles):
        subtitle.append(f"{_plural(len(articles) - len(dated), 'article')} without a publication date not shown.")
    return _bars_per_period(
        counts, chosen, "outlet", "Outlet", _restricted(alt.Scale(domain=domain, range=palette), counts["outlet"]),
        y=alt.Y("low:Q", title="Articles", axis=_count_axis(counts["high"].max())),
        values=[alt.Tooltip("articles:Q", title="Articles", format=",")],
        title=_title(title, subtitle), height=220,
    )


def _bars_per_period(
    counts: pd.DataFrame, chosen: Period, key: str, key_title: str, scale: alt.Scale, *, y: alt.Y, values: list, title, height: int
) -> alt.Chart:
    """Stacked bars of ``_stacked`` counts, one per period of ``chosen``, coloured by ``key``.

    The time domain runs from one period before the first bar to one after the last,
    so that a single bar is one period wide rather than the whole chart, with ticks at
    period starts (:func:`_time_ticks`).
    """
    if len(counts) > alt.data_transformers.options.get("max_rows", 5000):
        raise ValueError(
            f"{len(counts):,} bars ({chosen.name}s × {key_title.lower()}) are more than one chart can carry "
            "(Altair's row limit); choose a longer period, or period='auto'"
        )
    first = (counts["start"].min().to_period(chosen.freq) - 1).start_time
    last = (counts["end"].max().to_period(chosen.freq) + 1).start_time
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X(
                "start:T", title=f"Publication {chosen.name}",
                scale=alt.Scale(domain=[_vega_time(first), _vega_time(last)], nice=False),
                axis=alt.Axis(format=chosen.axis_format, values=_time_ticks(first, last, chosen), labelOverlap=True),
            ),
            x2="end:T",
            y=y,
            y2="high:Q",
            color=alt.Color(f"{key}:N", title=key_title, scale=scale),
            tooltip=[alt.Tooltip("period:N", title=chosen.name.capitalize()), alt.Tooltip(f"{key}:N", title=key_title), *values],
        )
        .properties(title=title, width=WIDTH, height=height)
    )


def all_charts(corpus: Any) -> dict[str, alt.TopLevelMixin]:
    """Every chart of ``corpus`` by name, with one actor colour scale shared between them."""
    colors = actor_colors(corpus)
    return {
        "articles_over_time": articles_over_time(corpus),
        "timeline": timeline(corpus),
        "quotes_by_speaker": quotes_by_speaker(corpus),
        "speakers_over_time": speakers_over_time(corpus, colors=colors),
        "reporting_verbs": reporting_verbs(corpus),
        "actor_cooccurrence": actor_cooccurrence(corpus),
        "actor_network": actor_cooccurrence(corpus, view="network", colors=colors),
    }


def save_pictures(corpus: Any, folder: Path, names: tuple[str, ...] = ("timeline", "quotes_by_speaker")) -> list[Path]:
    """Render charts of ``corpus`` to ``folder/<name>.svg`` and ``.png`` with vl-convert."""
    import vl_convert as vlc

    folder.mkdir(parents=True, exist_ok=True)
    charts = all_charts(corpus)
    written = []
    with alt.theme.enable("workbench"):
        for name in names:
            spec = charts[name].to_dict(validate=True)
            svg_path, png_path = folder / f"{name}.svg", folder / f"{name}.png"
            svg_path.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
            png_path.write_bytes(vlc.vegalite_to_png(spec, scale=2))
            written += [svg_path, png_path]
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m workbench.charts", description=__doc__.split("\n")[0])
    parser.add_argument("--sample-pictures", type=Path, metavar="DIR", required=True,
                        help="render the bundled sample's timeline and quotes charts to DIR as SVG and PNG")
    args = parser.parse_args(argv)
    import workbench

    for path in save_pictures(workbench.load(workbench.samples_dir()), args.sample_pictures):
        print(path)


if __name__ == "__main__":
    main()
