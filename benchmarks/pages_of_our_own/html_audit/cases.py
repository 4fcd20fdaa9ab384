"""Audit of workbench/extract/html.py on invented CMS pages (pages.py, pages_more.py and
stories.py hold the pages and what each should give); they are written to a temporary
folder and loaded with wb.load(folder, nlp=False).
Run: .venv/bin/python benchmarks/pages_of_our_own/html_audit/cases.py [name-filter]"""
import sys, re, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pandas as pd
import workbench as wb
from pages import CASES
import pages_more  # noqa: F401  (registers more cases)

OUT = Path(tempfile.mkdtemp(prefix="html_audit-"))
only = sys.argv[1] if len(sys.argv) > 1 else None
selected = [c for c in CASES if not only or re.search(only, c[0])]
for name, html, _ in selected:
    (OUT / f"{name}.html").write_text(html, encoding="utf-8")

corpus = wb.load(str(OUT), nlp=False, progress=False)
arts, paras, errs = corpus.articles, corpus.paragraphs, corpus.errors

def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()

def stamp(value):
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")

results = []  # (case, field, ok, expected, actual, debatable)
for name, html, exp in selected:
    rows = arts[arts.source.str.endswith(f"/{name}.html")]
    if not exp.get("article", True):
        ok = rows.empty
        err = errs[errs.source.str.endswith(f"/{name}.html")]
        results.append((name, "not_an_article", ok, "error row (NotAnArticle)",
                        "error: " + "; ".join(err.error.astype(str)) if ok else f"article: {rows.title.iloc[0]!r} text={rows.text.iloc[0][:150]!r}", exp.get("debatable", {}).get("not_an_article", False)))
        continue
    if rows.empty:
        err = errs[errs.source.str.endswith(f"/{name}.html")]
        results.append((name, "loaded", False, "an article", err[["error", "message"]].to_dict("records") if len(err) else "nothing", False))
        continue
    row = rows.iloc[0]
    aid = row.article_id
    ps = paras[paras.article_id == aid].sort_values("paragraph")
    body = ps[ps.kind == "body"]
    deb = exp.get("debatable", {})
    def check(field, ok, expected, actual):
        results.append((name, field, bool(ok), expected, actual, deb.get(field, False)))
    if "title" in exp:
        check("title", norm(row.title) == exp["title"], exp["title"], row.title)
    if "authors" in exp:
        check("authors", list(row.authors) == exp["authors"], exp["authors"], list(row.authors))
    if "published" in exp:
        e, a = exp["published"], stamp(row.published)
        check("published", (a is None) if e is None else (a is not None and (a == e if len(e) > 10 else a[:10] == e)), e, a)
    if "modified" in exp:
        e, a = exp["modified"], stamp(row.modified)
        check("modified", (a is None) if e is None else (a is not None and (a == e if len(e) > 10 else a[:10] == e)), e, a)
    if "language" in exp:
        check("language", row.language == exp["language"], exp["language"], row.language)
    if "outlet" in exp:
        check("outlet", row.outlet == exp["outlet"], exp["outlet"], row.outlet)
    if "url" in exp:
        check("url", row.url == exp["url"], exp["url"], row.url)
    if "headings" in exp:
        hs = list(ps[ps.kind == "heading"].text)
        check("headings", len(hs) == exp["headings"], exp["headings"], f"{len(hs)}: {hs}")
    if "first" in exp:
        a = body.text.iloc[0] if len(body) else None
        check("first_body", norm(a) == norm(exp["first"]), exp["first"][:90], (a or "")[:160])
    if "last" in exp:
        a = body.text.iloc[-1] if len(body) else None
        check("last_body", norm(a) == norm(exp["last"]), exp["last"][:90], (a or "")[:160])
    for s in exp.get("absent", []):
        text = row.text or ""
        check(f"absent:{s[:40]}", s.lower() not in text.lower(), "absent", "present" if s.lower() in text.lower() else "absent")
    for s in exp.get("present", []):
        check(f"present:{s[:40]}", s.lower() in (row.text or "").lower(), "present", "missing")
    for s, n in exp.get("max_count", {}).items():
        k = (row.text or "").lower().count(s.lower())
        check(f"count<={n}:{s[:40]}", k <= n, f"<= {n}", k)
    if "description" in exp:
        check("description", norm(row.description) == exp["description"], exp["description"], row.description)
    if exp.get("show"):
        print(name, row.provenance, row.extractor)

cases_failed = sorted({r[0] for r in results if not r[2]})
n_ok = sum(r[2] for r in results)
print(f"{len(selected)} cases, {len(results)} checks: {n_ok} passed, {len(results) - n_ok} failed; "
      f"cases with any failure: {len(cases_failed)}/{len(selected)}")
for name, field, ok, e, a, d in results:
    if not ok:
        print(f"FAIL{' (debatable)' if d else ''} {name} :: {field}\n    expected: {e}\n    actual:   {a}")
hard_failed = {r[0] for r in results if not r[2] and not r[5]}
print(f"\ncases passing every hard check: {len(selected) - len(hard_failed)} / {len(selected)}")
