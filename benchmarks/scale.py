"""Memory and time of an archive-sized run: ``wb.load`` in memory against ``wb.load_to_parquet``.

Usage::

    .venv/bin/python benchmarks/scale.py                  # 100,000 articles
    .venv/bin/python benchmarks/scale.py --articles 20000

Data: a synthetic JSONL collection made from the bundled sample corpus (``wb.samples_dir()``):
each record is one of the sample articles' title, date and body, with a numbered last
paragraph so that no two records are duplicates. Nothing is extracted from HTML and NLP
is off, so the run measures what grows with the size of a corpus (reading, batching, the
tables, writing them) rather than the per-article parsing, whose rate
``benchmarks/ingest.py`` measures and which does not depend on the corpus size.

Each configuration runs in a fresh process that writes the same Parquet folder:

- baseline: ``wb.load(collection).to_parquet(folder)``, the whole corpus in memory;
- ``wb.load_to_parquet(collection, folder)``, batch by batch to disk.

It reports wall time, articles per second and peak resident memory, checks that the two
folders hold equal tables, and times one DuckDB query over the folder (``wb.sql``) and the
near-duplicate search over its articles (``wb.near_duplicates``; every record repeats one
of a few stories, its worst case) and a keyword-in-context search (``wb.keyword_in_context``),
both reading the folder's articles in chunks (``wb.read_chunks``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, resource, sys, time
import workbench as wb
collection, folder, mode = sys.argv[1:4]
started = time.perf_counter()
if mode == "in memory":
    wb.load(collection, nlp=False, progress=False).to_parquet(folder)
else:
    wb.load_to_parquet(collection, folder, nlp=False, progress=False)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def write_collection(path: Path, n_articles: int) -> int:
    """The synthetic collection; returns the size of its article texts in bytes."""
    import pandas as pd

    import workbench as wb

    samples = wb.load(wb.samples_dir(), nlp=False, progress=False).articles
    text_bytes = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(n_articles):
            article = samples.iloc[n % len(samples)]
            record = {
                "title": f"{article.title} ({n})",
                "published": article.published.isoformat() if pd.notna(article.published) else None,
                "text": f"{article.text}\n\nArchive record {n}.",
            }
            out.write(json.dumps(record) + "\n")
            text_bytes += len(record["text"].encode("utf-8"))
    return text_bytes


def run(collection: Path, folder: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(collection), str(folder), mode], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"the {mode} run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="size of the synthetic collection (default: 100000)")
    args = parser.parse_args(argv)

    import pandas as pd

    import workbench as wb

    with tempfile.TemporaryDirectory(prefix="workbench-scale-") as tmp:
        tmp = Path(tmp)
        collection = tmp / "archive.jsonl.gz"
        text_bytes = write_collection(collection, args.articles)
        print(f"{args.articles} synthetic articles from the bundled samples, {text_bytes / 2**20:.0f} MB of article text; NLP off\n")
        print("| run | seconds | articles/s | peak RSS (MB) | Parquet folder (MB) |")
        print("| --- | --- | --- | --- | --- |")
        folders = {}
        for mode in ("in memory", "to disk"):
            folder = folders[mode] = tmp / mode.replace(" ", "-")
            result = run(collection, folder, mode)
            label = "wb.load(...).to_parquet(...) (baseline)" if mode == "in memory" else "wb.load_to_parquet(...)"
            megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            print(f"| {label} | {result['seconds']:.1f} | {args.articles / result['seconds']:.0f} | {result['rss_mb']:.0f} | {megabytes:.0f} |")

        same = all(
            pd.read_parquet(folders["in memory"] / f"{name}.parquet").equals(pd.read_parquet(folders["to disk"] / f"{name}.parquet"))
            for name in ("articles", "paragraphs", "errors")
        )
        print(f"\nthe two folders hold {'equal' if same else 'DIFFERENT'} tables")
        started = time.perf_counter()
        per_year = wb.sql("SELECT year(published) AS year, count(*) AS articles, sum(n_words) AS words FROM articles GROUP BY year ORDER BY year", folders["to disk"])
        print(f"wb.sql, articles and words per year over the folder: {time.perf_counter() - started:.2f} s, {len(per_year)} rows")
        # Every record repeats one of a few sample stories: the worst case for near-duplicates.
        started = time.perf_counter()
        duplicates = wb.near_duplicates(wb.read_chunks(folders["to disk"], "articles", ["article_id", "text"]))
        print(f"wb.near_duplicates over the folder's articles, 10,000 at a time: {time.perf_counter() - started:.1f} s, "
              f"{len(duplicates)} near-duplicates of {duplicates.duplicate_of.nunique()} stories")
        started = time.perf_counter()
        hits = wb.keyword_in_context(wb.read_chunks(folders["to disk"], "articles", ["article_id", "text"]), ["NATO", "minist*"])
        print(f"wb.keyword_in_context over the folder's articles, 10,000 at a time: {time.perf_counter() - started:.1f} s, "
              f"{len(hits)} hits in {hits.article_id.nunique()} articles")


if __name__ == "__main__":
    main()
