"""What quotes and actors cost on top of spaCy's ``nlp.pipe``, measured in one run.

Usage::

    .venv/bin/python benchmarks/nlp_speed.py [--repeat 3] [--model NAME] [--one-page]

Texts: every article of PolNeAR dev and test (``../shared/eval/quotes/polnear``, read in
place), 168 news articles of about 800 words. The baseline is ``workbench.nlp.parse`` alone
(``nlp.pipe`` with the workbench's components); the workbench adds ``find_actors`` and
``find_quotes`` on the parsed Docs. Both run on the same texts in the same process; each is
timed ``--repeat`` times and the fastest run is reported (the usual way to damp noise from
other processes, as ``timeit`` does). Target: quotes+actors add at most 25%.

``--one-page`` also joins all the articles into one page, as a book-length page or a scraped
archive page would reach the workbench, and times quotes and actors on it once, next to the
same texts as separate articles: the two should cost about the same if the quote rules scale
linearly with the page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.nlp import load_model, parse  # noqa: E402
from workbench.nlp.actors import find_actors  # noqa: E402
from workbench.nlp.quotes import find_quotes  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument("--one-page", action="store_true", help="also time quotes and actors on all the articles as one page")
    args = parser.parse_args(argv)

    texts = [p.read_text(encoding="utf-8") for split in ("dev", "test") for p in sorted((DATA / split / "text").glob("*.txt"))]
    nlp = load_model(args.model)
    list(parse(texts[:4], nlp=nlp))  # warm up

    parse_times, extract_times, docs, n_quotes = [], [], [], 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = list(parse(texts, nlp=nlp))
        parse_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        n_quotes = sum(len(find_quotes(doc, find_actors(doc))) for doc in docs)
        extract_times.append(time.perf_counter() - started)

    n = len(texts)
    parse_ms, extract_ms = 1000 * min(parse_times) / n, 1000 * min(extract_times) / n
    print(f"{n} articles, {sum(len(d) for d in docs)} tokens, {n_quotes} quotes; pipeline {nlp.meta['name']} "
          f"{nlp.meta['version']} ({', '.join(nlp.pipe_names)}); best of {args.repeat}\n")
    print("| step | ms/article |")
    print("| --- | --- |")
    print(f"| nlp.pipe alone (baseline) | {parse_ms:.1f} |")
    print(f"| find_actors + find_quotes | {extract_ms:.1f} |")
    print(f"| nlp.pipe + quotes + actors | {parse_ms + extract_ms:.1f} |")
    print(f"\nquotes+actors add {100 * extract_ms / parse_ms:.1f}% to nlp.pipe (target <= 25%)")
    if args.one_page:
        page = next(iter(parse(["\n\n".join(texts)], nlp=nlp)))
        started = time.perf_counter()
        n_page_quotes = len(find_quotes(page, find_actors(page)))
        page_s = time.perf_counter() - started
        print(f"\nOne page of all {n} articles ({len(page)} tokens, {n_page_quotes} quotes): quotes+actors "
              f"{page_s:.1f} s, against {min(extract_times):.1f} s for the same texts as separate articles")


if __name__ == "__main__":
    main()
