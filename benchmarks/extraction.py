"""Article body extraction benchmark: newspaper4k, trafilatura and the workbench.

Scores the body text each extractor gets from the pages of the Zyte/ScrapingHub
article-extraction-benchmark (``../shared/eval/extraction``), with the benchmark's
own metric as its README defines it (4-token shingles of ``\\w+`` tokens, per-page
TP/FP/FN normalised to sum 1, macro precision and recall, F1 = harmonic mean of
the two, exact-token accuracy, +/- = std over 1000 bootstrap resamples of pages).

The set is held out in the sense that ``workbench.extract.html`` has no rule for any
of its sites or pages. There is no separate dev split, though: the general rules of
``combine_bodies`` were chosen while looking at per-page errors on these pages, so
the workbench's figure is an optimistic estimate of its accuracy on unseen pages.

Usage::

    .venv/bin/python benchmarks/extraction.py [--limit N] [--jobs J]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import time
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Callable, NamedTuple

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # newspaper4k warns that the optional nltk is missing
    import newspaper  # noqa: E402
import trafilatura  # noqa: E402

from workbench.extract.html import extract_html  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction"
SHINGLE_SIZE = 4
BOOTSTRAP_RESAMPLES = 1000
TOKEN = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- the metric


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter:
    """Multiset of ``n``-token shingles; a text shorter than ``n`` tokens is one short shingle
    and an empty text has none."""
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(truth: str, prediction: str) -> tuple[float, float, float]:
    """Shingle TP/FP/FN of one page, divided by their sum so that every page weighs the same."""
    expected, predicted = shingles(truth), shingles(prediction)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_recall(counts: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Macro precision over pages with TP+FP > 0 and macro recall over pages with TP+FN > 0;
    a page with FP = FN = 0 counts 1 for both."""
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    # A resample with no page to average over (possible with --limit) scores 0.
    return statistics.fmean(precisions or [0.0]), statistics.fmean(recalls or [0.0])


def f1(counts: list[tuple[float, float, float]]) -> float:
    precision, recall = precision_recall(counts)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class Score(NamedTuple):
    f1: float
    f1_std: float
    precision: float
    recall: float
    accuracy: float


def score(truths: list[str], predictions: list[str], seed: int = 0) -> Score:
    counts = [tp_fp_fn(t, p) for t, p in zip(truths, predictions)]
    precision, recall = precision_recall(counts)
    accuracy = statistics.fmean(TOKEN.findall(t) == TOKEN.findall(p) for t, p in zip(truths, predictions))
    rng = random.Random(seed)
    resampled = [f1(rng.choices(counts, k=len(counts))) for _ in range(BOOTSTRAP_RESAMPLES)]
    return Score(f1(counts), statistics.stdev(resampled), precision, recall, accuracy)


# ---------------------------------------------------------------- the extractors


def newspaper4k_body(html: str, url: str) -> str:
    config = newspaper.Config()
    config.fetch_images = False
    article = newspaper.Article(url, config=config)
    article.download(input_html=html)
    article.parse()
    return article.text


def trafilatura_body(html: str, url: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def workbench_body(html: str, url: str) -> str:
    return "\n\n".join(p.text for p in extract_html(html, url).paragraphs)


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    f"newspaper4k {version('newspaper4k')}": newspaper4k_body,
    f"trafilatura {version('trafilatura')} (include_comments=False)": trafilatura_body,
    "workbench extract_html (newspaper4k + trafilatura)": workbench_body,
}


def load_pages(limit: int | None) -> list[tuple[str, str, str]]:
    """``(html, url, ground-truth body)`` per page, in key order."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf8"))
    keys = sorted(truth)[:limit]
    pages = []
    for key in keys:
        with gzip.open(DATA / "html" / f"{key}.html.gz", "rt", encoding="utf8") as handle:
            pages.append((handle.read(), truth[key]["url"], truth[key]["articleBody"]))
    return pages


def run_one(name: str, html: str, url: str) -> tuple[str | None, float]:
    """Body text (None when the extractor failed or rejected the page) and wall time in ms."""
    start = time.perf_counter()
    try:
        body = EXTRACTORS[name](html, url)
    except Exception:  # noqa: BLE001 -- counted, and scored as an empty body
        body = None
    return body, (time.perf_counter() - start) * 1000


def _run_chunk(name: str, pages: list[tuple[str, str]]) -> list[tuple[str | None, float]]:
    warnings.filterwarnings("ignore")
    return [run_one(name, html, url) for html, url in pages]


def run(name: str, pages: list[tuple[str, str, str]], jobs: int) -> list[tuple[str | None, float]]:
    inputs = [(html, url) for html, url, _ in pages]
    if jobs <= 1:
        return _run_chunk(name, inputs)
    chunks = [inputs[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(jobs) as pool:
        parts = list(pool.map(_run_chunk, [name] * jobs, chunks))
    results: list[tuple[str | None, float]] = [(None, 0.0)] * len(inputs)
    for offset, part in enumerate(parts):
        results[offset::jobs] = part
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (by key)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timings are per page either way)")
    args = parser.parse_args(argv)

    pages = load_pages(args.limit)
    truths = [truth for _, _, truth in pages]
    print(f"{len(pages)} pages from {DATA}\n")
    print("| extractor | F1 | precision | recall | accuracy | failed or rejected | ms/page mean | ms/page median |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in EXTRACTORS:
        results = run(name, pages, args.jobs)
        result = score(truths, [body or "" for body, _ in results])
        failed = sum(body is None for body, _ in results)
        times = [ms for _, ms in results]
        print(
            f"| {name} | {result.f1:.3f} ± {result.f1_std:.3f} | {result.precision:.3f} | {result.recall:.3f} "
            f"| {result.accuracy:.3f} | {failed} | {statistics.fmean(times):.0f} | {statistics.median(times):.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
