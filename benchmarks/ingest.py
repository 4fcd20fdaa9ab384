"""Throughput of ``wb.load`` on real pages: one process, a pool of workers, a Dask cluster.

Usage::

    .venv/bin/python benchmarks/ingest.py               # 1 process, 2 workers, Dask with 2 workers; NLP on
    .venv/bin/python benchmarks/ingest.py --workers 1 2 4 --dask 4 --no-nlp
    .venv/bin/python benchmarks/ingest.py --warc        # and the same pages from one web archive

Data: the 181 saved pages of the article-extraction benchmark
(``../shared/eval/extraction/html/*.html.gz``), read in place. Each configuration loads the
whole folder in a fresh process and reports wall time, articles per second and the peak
resident memory of that process and of its largest worker (pool or local Dask cluster,
whose start-up is not timed). The one-process run is the baseline, measured in the same
run; the tables of every run are checked to be equal to it.

``--warc`` also loads the same pages from one web archive (written to a temporary file
with warcio, each page under its URL from ``ground-truth.json``) in one process; its
``source`` and ``url`` columns differ by nature, so only the article texts are compared.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "eval" / "extraction" / "html"

# Runs in a fresh interpreter so that the model load and the peak memory of each
# configuration are its own.
CHILD = """
import hashlib, json, resource, sys, time
import workbench as wb
pages, engine, nlp = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
if engine.startswith("dask:"):
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=int(engine[5:]), threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(lambda: None)  # workers up before the clock starts, as a running cluster would be
        started = time.perf_counter()
        corpus = wb.load(pages, nlp=nlp, client=client, progress=False)
        seconds = time.perf_counter() - started
else:
    started = time.perf_counter()
    corpus = wb.load(pages, nlp=nlp, workers=int(engine), progress=False)
    seconds = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pool = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
digest = {name: hashlib.sha1(table.to_csv(index=False).encode()).hexdigest() for name, table in corpus.tables.items()}
texts = hashlib.sha1("\\0".join(sorted(corpus.articles.text)).encode()).hexdigest()
print(json.dumps({"seconds": seconds, "articles": len(corpus.articles), "errors": len(corpus.errors),
                  "rss_mb": own / 1024, "worker_rss_mb": pool / 1024, "digest": digest, "texts": texts}))
"""


def run(engine: str, nlp: bool, pages: Path = PAGES) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pages), engine, "1" if nlp else "0"],
        capture_output=True, text=True, cwd=ROOT,
    )
    if out.returncode:
        raise SystemExit(f"the run on {engine} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_archive(path: Path) -> None:
    """The benchmark's pages as response records of one gzipped WARC file."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = {key: entry["url"] for key, entry in json.loads((PAGES.parent / "ground-truth.json").read_text()).items()}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in sorted(PAGES.glob("*.html.gz")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = io.BytesIO(gzip.decompress(page.read_bytes()))
            writer.write_record(writer.create_warc_record(urls[page.name.split(".")[0]], "response", payload=body, http_headers=headers))


def row(label: str, result: dict, baseline: dict, same: bool) -> str:
    rate = result["articles"] / result["seconds"]
    speedup = baseline["seconds"] / result["seconds"]
    return (f"| {label} | {result['seconds']:.1f} | {rate:.2f} | {speedup:.2f}x | {result['articles']} | {result['errors']} | "
            f"{result['rss_mb']:.0f} / {result['worker_rss_mb']:.0f} |" + ("" if same else " tables DIFFER from 1 process |"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="pool sizes to compare (1 is always run first)")
    parser.add_argument("--dask", type=int, nargs="*", default=[2], metavar="N", help="also run on a local Dask cluster of N worker processes")
    parser.add_argument("--no-nlp", dest="nlp", action="store_false", help="extraction only")
    parser.add_argument("--warc", action="store_true", help="also load the same pages from one web archive, in one process")
    args = parser.parse_args(argv)
    engines = [("1", "1 process")] + [(str(w), f"{w} worker processes") for w in args.workers if w != 1]
    engines += [(f"dask:{n}", f"Dask LocalCluster, {n} workers") for n in args.dask]
    n_pages = len(list(PAGES.glob("*.html.gz")))
    print(f"{n_pages} pages from {PAGES.relative_to(ROOT.parent)}; NLP {'on' if args.nlp else 'off'}; "
          f"{len(os.sched_getaffinity(0))} CPUs available\n")
    print("| engine | seconds | articles/s | speed-up | articles | errors | peak RSS main / largest worker (MB) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    baseline = None
    for engine, label in engines:
        result = run(engine, args.nlp)
        baseline = baseline or result
        print(row(label, result, baseline, result["digest"] == baseline["digest"]))
    if args.warc:
        with tempfile.TemporaryDirectory() as folder:
            archive = Path(folder) / "pages.warc.gz"
            write_archive(archive)
            result = run("1", args.nlp, archive)
        print(row("1 process, from one WARC file", result, baseline, result["texts"] == baseline["texts"]))


if __name__ == "__main__":
    main()
