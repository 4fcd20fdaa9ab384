"""Every chart gives a valid Vega-Lite spec on a normal, an empty and a 1-million-quote corpus."""

from __future__ import annotations

import json

import altair as alt
import jsonschema
import numpy as np
import pandas as pd
import pytest
from altair.vegalite.v6.schema.core import load_schema

from workbench import charts, notebook, schema
from workbench.corpus import Corpus

EVIL_TITLE = "Evil <script>document.title='pwned'</script>"
EVIL_QUOTE = '<img src=x onerror="document.title=\'pwned\'">'
EVIL_SPEAKER = "</script><script>alert(1)</script>"

CHART_FUNCTIONS = {
    "timeline": charts.timeline,
    "timeline_by_article": lambda c: charts.timeline(c, by="article"),
    "quotes_by_speaker": charts.quotes_by_speaker,
    "speakers_over_time": charts.speakers_over_time,
    "reporting_verbs": charts.reporting_verbs,
    "actor_cooccurrence": charts.actor_cooccurrence,
    "actor_cooccurrence_article": lambda c: charts.actor_cooccurrence(c, level="article"),
    "actor_network": lambda c: charts.actor_cooccurrence(c, view="network"),
    "articles_over_time": charts.articles_over_time,
}


def small_corpus() -> Corpus:
    """Three articles shaped like the founding sample, with web text that tries to inject HTML."""
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "title": ["Training Role for NATO Troops in Baghdad", EVIL_TITLE, "Third story"],
            "outlet": ["DW", "DW", None],
            "published": pd.to_datetime(["2004-08-01", "2004-07-20", None]),
        }
    )
    quotes = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1", "a2", "a2", "a3"],
            "quote_id": ["a1:q0", "a1:q1", "a1:q2", "a2:q0", "a2:q1", "a3:q0"],
            "text": ["This alliance is united on Iraq.", "nucleus", "the force will grow", EVIL_QUOTE, "soon", "no"],
            "kind": ["direct", "partial", "indirect", "direct", "indirect", "direct"],
            "speaker": ["Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer", "Nicholas Burns", EVIL_SPEAKER, None, "NATO"],
            "cue": ["declare", "call", "say", "say", "according to", "say"],
        }
    )
    actors = pd.DataFrame(
        {
            "article_id": ["a1"] * 5 + ["a2"] * 2,
            "actor": ["NATO", "United States", "France", "Jaap de Hoop Scheffer", "Nicholas Burns", "NATO", "France"],
            "type": ["ORG", "GPE", "GPE", "PERSON", "PERSON", "ORG", "GPE"],
            "mentions": [12, 5, 4, 3, 2, 1, 1],
        }
    )
    mentions = pd.DataFrame(
        {
            "article_id": ["a1"] * 8 + ["a2"] * 2,
            "actor": ["NATO", "United States", "France", "NATO", "France", "Jaap de Hoop Scheffer", "NATO", "Nicholas Burns", "NATO", "France"],
            "sentence": [0, 0, 1, 1, 1, 2, 3, 3, 0, 0],
        }
    )
    timeline = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1", "a1", "a2"],
            "expression": ["August 1, 2004", "early August", "June", "three days", "July 20"],
            "type": ["DATE", "DATE", "DATE", "DURATION", "DATE"],
            "value": ["2004-08-01", "2004-08", "2004-06", "P3D", "2004-07-20"],
            "start_date": pd.to_datetime(["2004-08-01", "2004-08-01", "2004-06-01", None, "2004-07-20"]),
            "end_date": pd.to_datetime(["2004-08-01", "2004-08-10", "2004-06-30", None, "2004-07-20"]),
            "granularity": ["day", "month", "month", None, "day"],
            "sentence": ["August 1, 2004", "leave for Iraq in early August", "a NATO summit in Istanbul in June", "three days", EVIL_QUOTE],
            "actors": [[], ["NATO", "Iraq"], ["NATO"], ["NATO"], []],
            "kind": ["published", "mentioned", "mentioned", "mentioned", "published"],
        }
    )
    errors = pd.DataFrame({"source": ["bad.html"], "stage": ["extract"], "error": ["NotAnArticle"], "message": ["no body"]})
    return Corpus({"articles": articles, "quotes": quotes, "actors": actors, "mentions": mentions, "timeline": timeline, "errors": errors})


def large_corpus(n_quotes: int = 1_000_000, seed: int = 0) -> Corpus:
    """A million quotes (and as many mentions) over 20,000 articles and 3,000 actors, built with numpy."""
    rng = np.random.default_rng(seed)
    n_articles, n_actors = 20_000, 3_000
    ids = np.array([f"art{i:05d}" for i in range(n_articles)], dtype=object)
    names = np.array([f"Actor {i:04d}" for i in range(n_actors)], dtype=object)
    # A skewed speaker distribution, as in news: a few voices dominate.
    popularity = 1.0 / np.arange(1, n_actors + 1)
    popularity /= popularity.sum()
    published = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365, n_articles), unit="D")
    articles = pd.DataFrame({"article_id": ids, "title": [f"Story {i}" for i in range(n_articles)],
                             "outlet": rng.choice(np.array([f"Outlet {i}" for i in range(12)], dtype=object), n_articles),
                             "published": published})
    quote_articles = ids[rng.integers(0, n_articles, n_quotes)]
    quotes = pd.DataFrame({
        "article_id": quote_articles,
        "quote_id": np.char.add(quote_articles.astype(str), np.char.add(":q", np.arange(n_quotes).astype(str))),
        "kind": rng.choice(np.array(charts.QUOTE_KINDS, dtype=object), n_quotes),
        "speaker": rng.choice(names, n_quotes, p=popularity),
        "cue": rng.choice(np.array(["say", "tell", "add", "according to", "claim", "warn", "note"] + [f"verb{i}" for i in range(40)], dtype=object), n_quotes),
        "text": "words",
    })
    mention_sentence = rng.integers(0, 30, n_quotes)
    mentions = pd.DataFrame({"article_id": quote_articles, "actor": rng.choice(names, n_quotes, p=popularity), "sentence": mention_sentence})
    actors = mentions.groupby(["article_id", "actor"]).size().rename("mentions").reset_index()
    n_dates = 200_000
    start = pd.Timestamp("2000-01-01") + pd.to_timedelta(rng.integers(0, 25 * 365, n_dates), unit="D")
    timeline = pd.DataFrame({
        "article_id": ids[rng.integers(0, n_articles, n_dates)],
        "expression": "that day", "type": "DATE", "value": start.strftime("%Y-%m-%d"),
        "start_date": start, "end_date": start, "granularity": "day", "sentence": "On that day it happened.",
        "actors": [[a] for a in rng.choice(names[:50], n_dates)], "kind": "mentioned",
    })
    return Corpus({"articles": articles, "quotes": quotes, "mentions": mentions, "actors": actors, "timeline": timeline})


@pytest.fixture(scope="module")
def corpora() -> dict[str, Corpus]:
    return {"normal": small_corpus(), "empty": Corpus({}), "large": large_corpus()}


@pytest.fixture(scope="module")
def vega_lite_validator() -> jsonschema.Draft7Validator:
    # Altair's bundled schema; its "$ref"s are not RFC URI references, so the schema
    # itself is not re-checked against the metaschema.
    return jsonschema.Draft7Validator(load_schema())


def _rows(spec: dict) -> int:
    return sum(len(rows) for rows in spec.get("datasets", {}).values())


def _marks(spec: dict) -> list[str]:
    found = []
    if "mark" in spec:
        mark = spec["mark"]
        found.append(mark["type"] if isinstance(mark, dict) else mark)
    for child in spec.get("layer", []):
        found += _marks(child)
    return found


@pytest.mark.parametrize("size", ["normal", "empty", "large"])
@pytest.mark.parametrize("name", sorted(CHART_FUNCTIONS))
def test_chart_is_valid_vega_lite(name, size, corpora, vega_lite_validator):
    chart = CHART_FUNCTIONS[name](corpora[size])
    assert isinstance(chart, alt.TopLevelMixin)
    spec = chart.to_dict(validate=True)  # raises on a schema error or MaxRowsError
    vega_lite_validator.validate(spec)
    assert spec["title"]["text"], "every chart has a title"
    assert 0 < _rows(spec) <= alt.data_transformers.options.get("max_rows", charts.MAX_ROWS)
    if size == "empty":
        assert _marks(spec) == ["text"]
        assert spec["datasets"][next(iter(spec["datasets"]))][0]["message"].startswith("No ")
    else:
        assert "text" not in _marks(spec) or name == "actor_network"


def test_empty_state_names_what_is_missing():
    spec = charts.quotes_by_speaker(Corpus({})).to_dict()
    assert list(spec["datasets"].values()) == [[{"message": "No quotes in this corpus"}]]


def test_max_rows_limit_stays_on(corpora):
    assert alt.data_transformers.options.get("max_rows", charts.MAX_ROWS) == charts.MAX_ROWS
    with pytest.raises(alt.MaxRowsError):  # the raw table would not fit: the charts aggregate
        alt.Chart(corpora["large"].quotes[["speaker"]]).mark_bar().encode(y="speaker:N").to_dict()


def _data(chart) -> pd.DataFrame:
    spec = chart.to_dict()
    (rows,) = spec["datasets"].values()
    return pd.DataFrame(rows)


def test_quotes_by_speaker_counts_every_quote_in_top_other_and_unknown(corpora):
    large = corpora["large"]
    data = _data(charts.quotes_by_speaker(large, top=5))
    assert data["quotes"].sum() == len(large.quotes)
    top5 = large.quotes["speaker"].value_counts().index[:5]
    assert set(data["speaker"]) == set(top5) | {charts.OTHER_SPEAKERS}
    small = _data(charts.quotes_by_speaker(small_corpus()))
    assert small.loc[small["speaker"] == charts.UNKNOWN_SPEAKER, "quotes"].sum() == 1
    scheffer = small[small["speaker"] == "Jaap de Hoop Scheffer"].set_index("kind")["quotes"].to_dict()
    assert scheffer == {"direct": 1, "partial": 1}


def test_speakers_over_time_shares_sum_to_one_per_period(corpora):
    data = _data(charts.speakers_over_time(corpora["large"], period="month"))
    totals = data.groupby("start")["share"].sum()
    assert np.allclose(totals, 1.0)
    assert len(totals) == 36  # three years of months
    assert np.allclose(data.groupby("start")["high"].max(), 1.0)


def test_speakers_over_time_needs_articles_with_a_bare_table():
    with pytest.raises(ValueError, match="articles"):
        charts.speakers_over_time(small_corpus().quotes)
    chart = charts.speakers_over_time(small_corpus().quotes, articles=small_corpus().articles)
    assert _data(chart)["quotes"].sum() == 5  # the quote of the undated article is left out


def test_actor_colours_are_deterministic_and_shared_between_charts():
    corpus = small_corpus()
    scale = charts.actor_colors(corpus)
    assert scale.to_dict() == charts.actor_colors(small_corpus()).to_dict()
    colour = dict(zip(scale.domain, scale.range))
    assert colour["Jaap de Hoop Scheffer"] == charts.OKABE_ITO[0]  # most quoted first
    assert set(scale.range) <= set(charts.OKABE_ITO) | {charts.OTHER_COLOR, charts.UNKNOWN_COLOR}

    def legend(chart) -> dict[str, str]:
        spec = chart.to_dict()
        layers = spec.get("layer", [spec])
        found = {}
        for layer in layers:
            color = layer.get("encoding", {}).get("color", {})
            if "scale" in color and "domain" in color["scale"] and color["field"] in ("speaker", "color_key"):
                found.update(zip(color["scale"]["domain"], color["scale"]["range"]))
        return found

    voice = legend(charts.speakers_over_time(corpus))
    network = legend(charts.actor_cooccurrence(corpus, view="network"))
    for actor in set(voice) & set(network) - {charts.OTHER_SPEAKERS, charts.OTHER_ACTORS}:
        assert voice[actor] == network[actor] == colour[actor]
    assert set(voice) & set(network), "the two charts share coloured actors"


def test_timeline_draws_days_as_points_months_as_intervals_and_counts_undated():
    chart = charts.timeline(small_corpus())
    data = _data(chart)
    june = data[data["expression"] == "June"].iloc[0]
    assert june["shape"] == "interval"
    assert june["start"].startswith("2004-06-01") and june["end"].startswith("2004-07-01")
    published = data[data["kind"] == "published"]
    assert set(published["shape"]) == {"point"} and set(published["row"]) == {charts.PUBLISHED_ROW}
    assert set(data.loc[data["kind"] == "mentioned", "row"]) == {"NATO", "Iraq"}
    subtitle = " ".join(chart.to_dict()["title"]["subtitle"])
    assert "1 expression without a calendar date" in subtitle
    by_article = _data(charts.timeline(small_corpus(), by="article"))
    assert EVIL_TITLE in set(by_article["row"])
    assert {"expression", "value", "sentence", "article_note"} <= {t["field"] for t in chart.to_dict()["layer"][0]["encoding"]["tooltip"]}


def test_timeline_by_article_gives_articles_sharing_a_title_their_own_rows():
    corpus = small_corpus()
    headline = corpus.articles.loc[0, "title"]
    # Two more stories under a1's headline, published the same later day, mentioning June too.
    articles = pd.concat([corpus.articles, pd.DataFrame({
        "article_id": ["a4", "a5"], "title": [headline, headline], "outlet": ["BBC", "RFI"],
        "published": pd.to_datetime(["2004-08-02", "2004-08-02"]),
    })], ignore_index=True)
    june = corpus.timeline[corpus.timeline["expression"] == "June"]
    timeline = pd.concat([corpus.timeline, june.assign(article_id="a4"), june.assign(article_id="a5")], ignore_index=True)
    chart = charts.timeline(Corpus({"articles": articles, "timeline": timeline}), by="article")
    data = _data(chart)

    june_rows = data[data["expression"] == "June"]
    assert len(june_rows) == 3 and june_rows["n"].tolist() == [1, 1, 1], "one June per article, not one merged row"
    labels = set(data.loc[data["title"] == headline, "row"])
    assert labels == {f"{headline[:19]}… (2004-08-01)", f"{headline[:19]}… (a4)", f"{headline[:19]}… (a5)"}
    assert set(data.loc[data["title"] == EVIL_TITLE, "row"]) == {EVIL_TITLE}  # a unique title is left whole
    encoding = chart.to_dict()["layer"][0]["encoding"]
    assert sorted(encoding["y"]["sort"]) == sorted(labels | {EVIL_TITLE})
    assert sorted(june_rows["published"]) == ["2004-08-01", "2004-08-02", "2004-08-02"]
    assert "article_note" in {t["field"] for t in encoding["tooltip"]}

    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_dict())
    for label in labels:  # the suffix that tells the rows apart is not cut off by the axis' label limit
        assert f">{label}</text>" in svg


def test_timeline_caps_points_on_a_large_corpus(corpora):
    chart = charts.timeline(corpora["large"], max_points=1000)
    assert len(_data(chart)) == 1000
    assert any("most frequent of" in line for line in chart.to_dict()["title"]["subtitle"])


def test_cooccurrence_counts_shared_sentences_and_articles():
    counts = charts.cooccurrence_counts(small_corpus()).set_index(["a", "b"])["units"]
    assert counts[("NATO", "France")] == 2  # a1 sentence 1 and a2 sentence 0
    assert counts[("France", "NATO")] == 2
    assert counts[("NATO", "Nicholas Burns")] == 1
    assert ("Jaap de Hoop Scheffer", "NATO") not in counts.index
    by_article = charts.cooccurrence_counts(small_corpus(), level="article").set_index(["a", "b"])["units"]
    assert by_article[("NATO", "France")] == 2 and by_article[("NATO", "Nicholas Burns")] == 1


def test_articles_over_time_counts_dated_articles_by_outlet(corpora):
    chart = charts.articles_over_time(corpora["large"], period="year")
    data = _data(chart)
    assert data["articles"].sum() == len(corpora["large"].articles)
    assert set(data["outlet"]) - {charts.OTHER_OUTLETS} <= set(corpora["large"].articles["outlet"])
    small = charts.articles_over_time(small_corpus())
    assert _data(small)["articles"].sum() == 2
    assert "1 article without a publication date not shown." in small.to_dict()["title"]["subtitle"]


def test_choose_period_follows_the_span():
    days = pd.Series(pd.to_datetime(["2004-08-01", "2004-08-20"]))
    years = pd.Series(pd.to_datetime(["1990-01-01", "2024-01-01"]))
    assert charts.choose_period(days).name == "day"
    assert charts.choose_period(years).name == "year"
    with pytest.raises(ValueError, match="period"):
        charts.choose_period(days, "fortnight")


def test_web_text_stays_data_in_specs_and_svg():
    import vl_convert as vlc

    for chart in (charts.timeline(small_corpus(), by="article"), charts.quotes_by_speaker(small_corpus())):
        spec = chart.to_dict()
        svg = vlc.vegalite_to_svg(spec)
        assert "<script" not in svg.lower()
        assert "&lt;" in svg  # the injected names are drawn as escaped text


def test_chart_html_cannot_be_broken_out_of():
    spec = charts.quotes_by_speaker(small_corpus()).to_dict()
    page = notebook.chart_html(spec)
    assert page.lower().count("<script") == 1, "only the renderer's own script element"
    assert EVIL_SPEAKER not in page
    embedded = page.split("var spec = ", 1)[1].split(";\n  function render", 1)[0]
    assert json.loads(embedded) == spec


def test_setup_notebook_enables_an_offline_renderer_and_the_theme():
    try:
        assert notebook.setup_notebook() == notebook.HTML_RENDERER  # no Jupyter server here
        assert alt.renderers.active == notebook.HTML_RENDERER
        assert alt.theme.active == "workbench"
        bundle = alt.renderers.get()(charts.quotes_by_speaker(small_corpus()).to_dict())
        assert "<svg" in bundle["text/html"]
        assert notebook.setup_notebook("jupyter") == "jupyter"
        assert alt.renderers.active == "jupyter" and alt.renderers.options.get("offline") is True
        with pytest.raises(ValueError, match="renderer"):
            notebook.setup_notebook("cdn")
    finally:
        alt.renderers.enable("default")
        alt.theme.enable("default")


def test_head_script_bundles_vega_embed_without_a_cdn():
    script = notebook.head_script()
    assert "window.vegaEmbed" in script and "wbEmbedOptions" in script
    assert script.lower().count("</script") == 1
    assert "sanitize" in script


def test_sample_pictures_are_written(tmp_path):
    written = charts.save_pictures(small_corpus(), tmp_path)
    assert sorted(p.name for p in written) == ["quotes_by_speaker.png", "quotes_by_speaker.svg", "timeline.png", "timeline.svg"]
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "timeline.svg").read_text().startswith("<svg")


# ------------------------------------------------------------- fixes after the audit


def _day(value: dict) -> str:
    """A Vega-Lite DateTime of the spec as YYYY-MM-DD."""
    return f"{value['year']:04d}-{value['month']:02d}-{value['date']:02d}"


def _x(spec: dict) -> dict:
    """The x encoding of a chart or of its first layer (the layers share it)."""
    return (spec["layer"][0] if "layer" in spec else spec)["encoding"]["x"]


def one_article_corpus(published: str = "2023-03-13") -> Corpus:
    """One dated article with two quotes: the smallest corpus a time chart can draw."""
    articles = pd.DataFrame({"article_id": ["a1"], "title": ["Only story"], "outlet": ["Baltic Courier"],
                             "published": pd.to_datetime([published])})
    quotes = pd.DataFrame({"article_id": ["a1", "a1"], "quote_id": ["a1:q0", "a1:q1"], "text": ["yes", "no"],
                           "kind": ["direct", "indirect"], "speaker": ["Jacinda Ardern", "Jacinda Ardern"], "cue": ["say", "say"]})
    return Corpus({"articles": articles, "quotes": quotes})


def spread_timeline(days: list[str], *, articles: list[str] | None = None, actor: str = "NATO") -> pd.DataFrame:
    """Mentioned day expressions on ``days``, each naming ``actor``, in ``articles`` (default one each)."""
    n = len(days)
    dates = pd.to_datetime(days)
    return pd.DataFrame({
        "article_id": articles or [f"a{i}" for i in range(n)], "expression": days, "type": "DATE", "value": days,
        "start_date": dates, "end_date": dates, "granularity": "day", "sentence": [f"On {d}." for d in days],
        "actors": [[actor]] * n, "kind": "mentioned",
    })


@pytest.mark.parametrize("days, axis_format", [
    (["2019-01-10", "2024-06-01"], "%Y"),  # years
    (["2021-08-01", "2023-04-20"], "%b %Y"),  # months: the audit's "April / October" axis
    (["2023-03-01", "2023-03-20"], "%d %b %Y"),  # days
])
def test_timeline_axis_labels_carry_the_year(days, axis_format):
    x = _x(charts.timeline(spread_timeline(days)).to_dict())
    assert x["axis"]["format"] == axis_format and "%Y" in axis_format
    ticks = [_day(v) for v in x["axis"]["values"]]
    assert charts.MIN_TIME_TICKS <= len(ticks) <= charts.MAX_TIME_TICKS
    first, last = (_day(v) for v in x["scale"]["domain"])
    assert (first, last) == (days[0], str((pd.Timestamp(days[1]) + pd.Timedelta(days=1)).date()))
    assert first <= min(ticks) and max(ticks) <= last


@pytest.mark.parametrize("period", sorted(charts.PERIODS))
def test_period_bar_axes_label_every_tick_with_its_year(period):
    # 300 articles over ten months across a new year, each with one quote.
    days = pd.Timestamp("2022-06-01") + pd.to_timedelta(np.random.default_rng(1).integers(0, 300, 300), unit="D")
    ids = [f"a{i}" for i in range(300)]
    corpus = Corpus({"articles": pd.DataFrame({"article_id": ids, "title": ids, "outlet": "DW", "published": days}),
                     "quotes": pd.DataFrame({"article_id": ids, "quote_id": ids, "text": "yes", "kind": "direct",
                                             "speaker": "Jacinda Ardern", "cue": "say"})})
    for chart in (charts.articles_over_time(corpus, period=period), charts.speakers_over_time(corpus, period=period)):
        axis = _x(chart.to_dict())["axis"]
        assert "%Y" in axis["format"] and axis["format"] == charts.PERIODS[period].axis_format
        assert 1 < len(axis["values"]) <= charts.MAX_TIME_TICKS


@pytest.mark.parametrize("make", [charts.articles_over_time, charts.speakers_over_time])
def test_one_day_of_articles_is_one_bar_on_a_padded_axis_of_distinct_days(make):
    spec = make(one_article_corpus()).to_dict()
    x = _x(spec)
    assert x["scale"]["nice"] is False
    assert [_day(v) for v in x["scale"]["domain"]] == ["2023-03-12", "2023-03-15"]  # a day either side
    assert [_day(v) for v in x["axis"]["values"]] == ["2023-03-12", "2023-03-13", "2023-03-14", "2023-03-15"]
    bars = _data(make(one_article_corpus()))
    assert set(bars["start"].str[:10]) == {"2023-03-13"} and set(bars["end"].str[:10]) == {"2023-03-14"}


def test_padded_month_axis_ticks_at_month_starts():
    spec = charts.articles_over_time(one_article_corpus(), period="month").to_dict()
    x = _x(spec)
    assert [_day(v) for v in x["scale"]["domain"]] == ["2023-02-01", "2023-05-01"]
    assert [_day(v) for v in x["axis"]["values"]] == ["2023-02-01", "2023-03-01", "2023-04-01", "2023-05-01"]


def test_count_axes_have_whole_number_ticks(corpora):
    # Two articles in one month: the audit's axis read 0, 0.5, 1, 1.5, 2.
    corpus = one_article_corpus()
    articles = pd.concat([corpus.articles, corpus.articles.assign(article_id="a2")], ignore_index=True)
    y = charts.articles_over_time(Corpus({"articles": articles}), period="month").to_dict()["encoding"]["y"]["axis"]
    assert y["values"] == [0, 1, 2] and y["format"] == "d"
    x = charts.quotes_by_speaker(corpus).to_dict()["encoding"]["x"]["axis"]
    assert x["values"] == [0, 1, 2] and x["format"] == "d"
    large = charts.articles_over_time(corpora["large"], period="month").to_dict()["encoding"]["y"]["axis"]
    assert "values" not in large and large["format"] == "d" and large["tickMinStep"] == 1


@pytest.mark.parametrize("chart, table, wrong", [
    (charts.timeline, "timeline", "quotes"),
    (charts.quotes_by_speaker, "quotes", "articles"),
    (charts.reporting_verbs, "quotes", "timeline"),
    (charts.articles_over_time, "articles", "quotes"),
    (charts.actor_cooccurrence, "mentions", "articles"),
])
def test_a_wrong_table_names_the_table_needed_and_the_columns_given(chart, table, wrong):
    given = getattr(small_corpus(), wrong)
    with pytest.raises(ValueError, match=f"needs the {table} table") as error:
        chart(given)
    assert ", ".join(given.columns) in str(error.value)


def test_speakers_over_time_checks_the_articles_table_it_is_given():
    corpus = small_corpus()
    with pytest.raises(ValueError, match="needs the articles table"):
        charts.speakers_over_time(corpus.quotes, articles=corpus.timeline)


def test_merged_timeline_mark_counts_its_articles():
    titles = pd.DataFrame({"article_id": ["a0", "a1", "a2"], "title": ["First", "Second", "Third"],
                           "published": pd.to_datetime(["2022-09-01", "2022-09-02", "2022-09-03"])})
    timeline = spread_timeline(["2022-08-15"] * 3 + ["2022-01-05"], articles=["a0", "a1", "a2", "a0"])
    data = _data(charts.timeline(timeline, articles=titles)).set_index("expression")
    merged = data.loc["2022-08-15"]
    assert merged["n"] == 3 and merged["articles"] == 3
    assert merged["article_note"] == "3 (first: First, published 2022-09-01)"
    assert data.loc["2022-01-05", "article_note"] == "1 (First, published 2022-09-01)"


def test_publication_dates_are_drawn_last_with_an_outline():
    spec = charts.timeline(small_corpus(), by="article").to_dict()
    points = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "point")
    assert points["encoding"]["order"]["field"] == "draw_order"
    data = _data(charts.timeline(small_corpus(), by="article"))
    order = data.groupby("kind")["draw_order"].agg(["min", "max"])
    assert order.loc["published", "min"] > order.loc["mentioned", "max"]
    outline = points["encoding"]["strokeWidth"]
    assert "published" in outline["condition"]["test"] and outline["condition"]["value"] > 0 == outline["value"]
    assert points["mark"]["stroke"] == "white"


def test_timeline_x_scale_is_the_data_span_with_padding():
    x = _x(charts.timeline(small_corpus()).to_dict())
    assert x["scale"]["padding"] > 0 and x["scale"]["nice"] is False
    # June (a month bar) to the day after the last day, 10 August ("early August").
    assert [_day(v) for v in x["scale"]["domain"]] == ["2004-06-01", "2004-08-11"]


def test_timeline_by_article_rows_follow_publication_dates():
    corpus = small_corpus()
    # a1 (1 Aug) has four dates, a2 (20 Jul) one; an undated a3 with two dates goes last.
    extra = spread_timeline(["2004-05-01", "2004-05-02"], articles=["a3", "a3"])
    chart = charts.timeline(Corpus({"articles": corpus.articles, "timeline": pd.concat([corpus.timeline, extra])}), by="article")
    rows = chart.to_dict()["layer"][0]["encoding"]["y"]["sort"]
    assert rows == [EVIL_TITLE, "Training Role for NATO Troops in Baghdad", "Third story"]


def test_quarters_are_labelled_year_and_quarter():
    chart = charts.articles_over_time(small_corpus(), period="quarter")
    spec = chart.to_dict()
    assert spec["encoding"]["x"]["axis"]["format"] == "%Y Q%q"
    assert set(_data(chart)["period"]) == {"2004 Q3"}
    tooltip = {t["field"]: t["title"] for t in spec["encoding"]["tooltip"]}
    assert tooltip["period"] == "Quarter"
    import vl_convert as vlc

    assert ">2004 Q3</text>" in vlc.vegalite_to_svg(spec)  # d3 knows %q as pandas does


def test_network_labels_are_clipped_and_tooltips_keep_the_full_name():
    long_name = "International Organisation for the Coordination of Long-Named Intergovernmental Bodies"
    corpus = small_corpus()
    mentions = corpus.mentions.replace({"actor": {"France": long_name}})
    chart = charts.actor_cooccurrence(Corpus({"mentions": mentions, "quotes": corpus.quotes, "actors": corpus.actors}), view="network")
    spec = chart.to_dict()
    nodes = next(rows for rows in spec["datasets"].values() if "label" in rows[0])
    node = next(row for row in nodes if row["actor"] == long_name)
    assert len(node["label"]) == charts.NODE_LABEL_CHARS and node["label"].endswith("…")
    labels = spec["layer"][2]["layer"]
    for layer in labels:
        assert layer["encoding"]["text"]["field"] == "label"
        assert layer["encoding"]["tooltip"] == [{"field": "actor", "title": "Actor", "type": "nominal"}]


def test_heatmap_colour_scale_starts_at_one():
    color = charts.actor_cooccurrence(small_corpus()).to_dict()["encoding"]["color"]
    assert color["scale"]["domainMin"] == 1 and color["scale"]["zero"] is False
    assert color["scale"]["scheme"]["extent"][0] > 0  # one shared sentence is a visible blue, not white
    assert "never" in " ".join(color["title"])


def test_all_lists_the_public_functions():
    import inspect

    public = {name for name, value in vars(charts).items()
              if inspect.isfunction(value) and value.__module__ == charts.__name__ and not name.startswith("_")}
    assert set(charts.__all__) == public - {"main", "workbench_theme"}
    assert len(charts.__all__) == len(set(charts.__all__))


def test_more_bars_than_a_chart_can_carry_is_a_clear_error():
    n = 8000
    articles = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(n)],
        "published": pd.Timestamp("2020-01-01") + pd.to_timedelta(np.arange(n) % 1100, unit="D"),
        "outlet": [f"Outlet {i % 7}" for i in range(n)],
    })
    corpus = Corpus({"articles": schema.conform(articles, "articles")})
    with pytest.raises(ValueError, match="7,700 bars .* choose a longer period"):
        charts.articles_over_time(corpus, period="day")
    assert charts.articles_over_time(corpus).to_dict()  # the period chosen from the span fits
