"""Plain-text page dumps: how many invented news pages the page-dump parser reads right.

No public benchmark holds whole news pages saved as text with the article's fields marked,
so the three sets in ``benchmarks/page_dumps/`` were written for this project (invented
articles, no text from any benchmark), each as realistic dumps with the expected headline,
byline, date, standfirst, subheadings, first and last paragraph and the site chrome that
must not stay, and each with its own checker (``cases.py``):

- ``audit``: 39 dumps of the audit that found the parser's faults (a development set);
- ``second``: 25 dumps written without seeing the parser or the first set, which measured
  the first round of fixes and then became a second development set;
- ``blind``: 30 dumps written the same way, kept from whoever changed the parser, and run
  only to measure the result (held out).

A case passes when every hard check holds (what any reader expects); soft checks, on
debatable conventions, are printed by the checkers but not counted. ``--against REV`` runs
the sets on another commit as well, in a git worktree, as the baseline of the same run.

    .venv/bin/python benchmarks/page_dumps.py --against 223702f
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SETS = {"audit": "development", "second": "development", "blind": "held out"}
_PASSED = re.compile(r"(\d+)\s*/\s*(\d+) cases pass all hard expectations|cases passing every hard check:\s*(\d+)\s*/\s*(\d+)")


def run_set(name: str, code: Path | None) -> tuple[int, int, str]:
    """(cases passed, cases, the checker's per-field table) for set ``name``, on the
    workbench in ``code`` (a checkout) or the installed one."""
    env = dict(os.environ, PYTHONPATH=str(code)) if code else dict(os.environ)
    output = subprocess.run(
        [sys.executable, str(HERE / "page_dumps" / name / "cases.py")], capture_output=True, text=True, env=env, check=True
    ).stdout
    match = _PASSED.search(output)
    passed, total = (int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4)))
    table = output[output.rfind("\nfield") + 1 : match.start()].strip() if "\nfield" in output else ""
    return passed, total, table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="REV", help="also run the sets on this git revision, as the baseline")
    parser.add_argument("--tables", action="store_true", help="print each set's per-field table too")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        baseline = None
        if args.against:
            baseline = Path(scratch) / "baseline"
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(baseline), args.against], check=True)
        try:
            print("| set | role | cases | " + (f"passed at {args.against} | " if baseline else "") + "passed now |")
            print("| --- | --- | --- | " + ("--- | " if baseline else "") + "--- |")
            tables = []
            for name, role in SETS.items():
                before = run_set(name, baseline) if baseline else None
                passed, total, table = run_set(name, None)
                print(f"| {name} | {role} | {total} | " + (f"{before[0]} | " if before else "") + f"{passed} |", flush=True)
                tables.append((name, before, table))
        finally:
            if baseline:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(baseline)], check=True)
    if args.tables:
        for name, before, table in tables:
            if before and before[2]:
                print(f"\n{name}, at {args.against}:\n{before[2]}")
            if table:
                print(f"\n{name}, now:\n{table}")


if __name__ == "__main__":
    main()
