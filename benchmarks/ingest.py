"""Throughput of ``wb.load`` on real pages, one process against a pool of workers.

Usage::

    .venv/bin/python benchmarks/ingest.py               # workers 1 and 2, with NLP
    .venv/bin/python benchmarks/ingest.py --workers 1 2 4 --no-nlp

Data: the 181 saved pages of the article-extraction benchmark
(``../shared/eval/extraction/html/*.html.gz``), read in place. Each configuration loads the
whole folder in a fresh process and reports wall time, articles per second and the peak
resident memory of that process and of its workers. The one-process run is the baseline,
measured in the same run; the tables of every run are checked to be equal to it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "eval" / "extraction" / "html"

# Runs in a fresh interpreter so that the model load and the peak memory of each
# configuration are its own.
CHILD = """
import hashlib, json, resource, sys, time
import workbench as wb
pages, workers, nlp = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
started = time.perf_counter()
corpus = wb.load(pages, nlp=nlp, workers=workers, progress=False)
seconds = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pool = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
digest = {name: hashlib.sha1(table.to_csv(index=False).encode()).hexdigest() for name, table in corpus.tables.items()}
print(json.dumps({"seconds": seconds, "articles": len(corpus.articles), "errors": len(corpus.errors),
                  "rss_mb": own / 1024, "worker_rss_mb": pool / 1024, "digest": digest}))
"""


def run(workers: int, nlp: bool) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(PAGES), str(workers), "1" if nlp else "0"],
        capture_output=True, text=True, cwd=ROOT,
    )
    if out.returncode:
        raise SystemExit(f"the run with {workers} worker(s) failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="pool sizes to compare (1 is always run first)")
    parser.add_argument("--no-nlp", dest="nlp", action="store_false", help="extraction only")
    args = parser.parse_args(argv)
    sizes = [1] + [w for w in args.workers if w != 1]
    n_pages = len(list(PAGES.glob("*.html.gz")))
    print(f"{n_pages} pages from {PAGES.relative_to(ROOT.parent)}; NLP {'on' if args.nlp else 'off'}; "
          f"{len(os.sched_getaffinity(0))} CPUs available\n")
    print("| workers | seconds | articles/s | speed-up | articles | errors | peak RSS main / worker (MB) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    baseline = None
    for workers in sizes:
        result = run(workers, args.nlp)
        baseline = baseline or result
        same = result["digest"] == baseline["digest"]
        rate = result["articles"] / result["seconds"]
        speedup = baseline["seconds"] / result["seconds"]
        print(f"| {workers} | {result['seconds']:.1f} | {rate:.2f} | {speedup:.2f}x | {result['articles']} | {result['errors']} | "
              f"{result['rss_mb']:.0f} / {result['worker_rss_mb']:.0f} |" + ("" if same else " tables DIFFER from 1 worker |"))


if __name__ == "__main__":
    main()
