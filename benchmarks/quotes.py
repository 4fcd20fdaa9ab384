"""Quote extraction and speaker attribution on PolNeAR, next to textacy's direct_quotations.

Usage::

    .venv/bin/python benchmarks/quotes.py --split dev    # tune here
    .venv/bin/python benchmarks/quotes.py --split dev --cross-validate   # dev, lexicon learned on the other half
    .venv/bin/python benchmarks/quotes.py --split test   # report here (held out)
    # relearn LEARNED_CUES from dev only (via a temporary file: the module imports the lexicon)
    .venv/bin/python benchmarks/quotes.py --split dev --derive-cues > cues.py && mv cues.py workbench/nlp/cue_lexicon.py

Data: ``../shared/eval/quotes/polnear/<split>/`` (PolNeAR v1.0.0, Newell et al., LREC 2018),
read in place and never copied. Each article's text file is parsed whole (headline included,
so gold offsets apply unchanged); gold comes from one annotation file per article, the
alphabetically first. A gold relation is its Content (all pieces) and its Source span, if any.

Systems, both run here on the same texts with the same spaCy pipeline:

* ``workbench``: ``find_quotes(doc, find_actors(doc))``. A quote lying inside another of the
  same article (a partial quote inside reported speech) is folded into the outer one, because
  PolNeAR gives every token at most one relation, and quotes in marks that follow each other
  in one paragraph with the same speaker mention and cue ("A," she said. "B.") become one
  prediction, as PolNeAR keeps such a split quote as one relation (discontinuous Content).
  Prediction = (quote spans, speaker span).
* ``textacy``: ``textacy.extract.triples.direct_quotations`` (0.13.0), run on each paragraph
  separately; paragraphs where it raises ``ValueError`` (odd number of quote marks) are
  skipped, as in the README's baseline (§5). Prediction = (content span, speaker tokens' span),
  split quotes joined as for the workbench. The README's §5 figures had no such joining; the
  rows "textacy, unjoined (README §5)" repeat them for checking.

Matching (greedy one-to-one per article: candidate pairs sorted by score, best first, each
prediction and gold relation used once). "Characters" are alphanumeric characters only, so
quote marks, punctuation and spaces never count; "words" are ``\\w+`` tokens.

* content exact: the prediction's characters equal the gold Content's characters.
* content overlap: shared words are >= 50% of the gold Content's words AND >= 50% of the
  prediction's words (score: the smaller of the two shares).
* source mention: predicted speaker spans against gold Source spans (distinct spans per article),
  matched by the same >= 50%-both-ways word overlap; a pronoun counts as written ("he").
* quote+speaker: content overlap as above AND the predicted speaker span shares >= 1 character
  with the gold Source (or the prediction has no speaker and the gold relation has no Source).
* README rule (§5, only for checking textacy's published 67.0): >= 30% of the prediction's
  characters lie inside the gold Content; quote+speaker adds the >= 1 shared character rule.

Scores: P = matched predictions / predictions, R = matched gold / gold, F1 their harmonic mean.
"all relations" uses every prediction and every gold relation. "direct/mixed" keeps the gold
relations whose Content holds >= 2 quote-mark characters (README §1 rule) and the predictions
in quote marks (workbench kinds direct/partial, or reported speech containing >= 2 marks; every
textacy prediction); predictions are still matched against all gold relations, so a quote that
PolNeAR files under an indirect relation is not counted as false (as the README's baseline does).

PolNeAR annotates attribution in general (beliefs, intentions, findings of polls), so recall
over "all relations" is bounded by what a quotes table should hold; the direct/mixed subset is
the quotation task proper.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.nlp import load_model, parse  # noqa: E402
from workbench.nlp.actors import find_actors  # noqa: E402
from workbench.nlp.quotes import find_quotes, cue_complements  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear"
QUOTE_MARKS = set('"“”„‟«»')
WORD = re.compile(r"\w+")

Spans = tuple[tuple[int, int], ...]


class Relation(NamedTuple):
    content: Spans
    source: Spans | None
    direct: bool


class Prediction(NamedTuple):
    content: Spans
    speaker: Spans | None
    direct: bool
    cue: str | None = None  # the cue's lemma, so that "A," she said, adding, "B." stays two


class Article(NamedTuple):
    name: str
    text: str
    gold: list[Relation]


def _spans(field: str) -> Spans:
    return tuple((int(a), int(b)) for a, b in (piece.split() for piece in field.split(";")))


def read_gold(text: str, ann: Path) -> list[Relation]:
    spans, relations = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(offsets))
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("E"):
            continue
        roles = dict(role.split(":") for role in line.split("\t")[1].split())
        content = tuple(p for key in ("Content", "Content2") if key in roles for p in spans[roles[key]][1])
        if not content:
            continue
        source = spans[roles["Source"]][1] if "Source" in roles else None
        marks = sum(text[s:e].count(m) for s, e in content for m in QUOTE_MARKS)
        relations.append(Relation(content, source, marks >= 2))
    return relations


def read_split(split: str) -> list[Article]:
    articles = []
    annotations = sorted((DATA / split / "attributions").glob("*.ann"))
    for path in sorted((DATA / split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ann = next(a for a in annotations if a.name.startswith(path.stem + "_"))
        articles.append(Article(path.stem, text, read_gold(text, ann)))
    return articles


def _chars(text: str, spans: Spans | None) -> set[int]:
    return {i for s, e in spans or () for i in range(s, e) if text[i].isalnum()}


def _words(text: str, spans: Spans | None) -> set[int]:
    return {s + m.start() for s, e in spans or () for m in WORD.finditer(text[s:e])}


def _share(part: set, whole: set) -> float:
    return len(part & whole) / len(whole) if whole else 0.0


def merge_split_quotes(text: str, predictions: list[Prediction]) -> list[Prediction]:
    """Join quotes in marks that follow each other in one paragraph with the same speaker
    span and cue into one prediction, as PolNeAR annotates a split quote (applied to both
    systems); a new cue ("she said, adding, ...") starts a new relation, as in PolNeAR."""
    merged: list[Prediction] = []
    for prediction in predictions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.direct
            and prediction.direct
            and prediction.speaker is not None
            and previous.speaker == prediction.speaker
            and previous.cue == prediction.cue
            and "\n\n" not in text[previous.content[-1][1] : prediction.content[0][0]]
        ):
            merged[-1] = previous._replace(content=previous.content + prediction.content)
        else:
            merged.append(prediction)
    return merged


def workbench_predictions(docs: Iterable, cues: dict[str, frozenset[str]] | None = None) -> list[list[Prediction]]:
    out = []
    for doc in docs:
        quotes = find_quotes(doc, find_actors(doc)) if cues is None else find_quotes(doc, find_actors(doc), cues)
        outer = [q for q in quotes if not any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end) for o in quotes)]
        predictions = []
        for q in outer:
            marked = q.kind != "indirect" or sum(q.text.count(m) for m in QUOTE_MARKS) >= 2
            speaker = ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None else None
            predictions.append(Prediction(((q.start, q.end),), speaker, marked, q.cue))
        out.append(merge_split_quotes(doc.text, predictions))
    return out


def textacy_predictions(articles: list[Article], nlp) -> tuple[list[list[Prediction]], int]:
    """textacy's predictions per article, unjoined (as in README §5), and the skipped paragraphs."""
    from textacy.extract.triples import direct_quotations

    out, skipped = [], 0
    for article in articles:
        starts, paragraphs = [], []
        for match in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", article.text):
            if match.group().strip():
                starts.append(match.start())
                paragraphs.append(match.group())
        predictions = []
        for offset, doc in zip(starts, nlp.pipe(paragraphs)):
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                skipped += 1
                continue
            for triple in triples:
                content = ((offset + triple.content.start_char, offset + triple.content.end_char),)
                speaker = ((offset + min(t.idx for t in triple.speaker), offset + max(t.idx + len(t) for t in triple.speaker)),)
                predictions.append(Prediction(content, speaker, True, " ".join(t.lemma_.lower() for t in triple.cue)))
        out.append(sorted(predictions))
    return out, skipped


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_p, used_g, matched = set(), set(), []
    for _score, p, g in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            matched.append((p, g))
    return matched


def _content_exact(text, pred: Prediction, gold: Relation) -> float:
    chars = _chars(text, pred.content)
    return 1.0 if chars and chars == _chars(text, gold.content) else 0.0


def _content_overlap(text, pred: Prediction, gold: Relation) -> float:
    p, g = _words(text, pred.content), _words(text, gold.content)
    score = min(_share(p, g), _share(g, p))
    return score if score >= 0.5 else 0.0


def _speaker_agrees(text, pred: Prediction, gold: Relation) -> bool:
    if pred.speaker is None or gold.source is None:
        return pred.speaker is None and gold.source is None
    return bool(_chars(text, pred.speaker) & _chars(text, gold.source))


def _quote_speaker(text, pred, gold) -> float:
    return _content_overlap(text, pred, gold) if _speaker_agrees(text, pred, gold) else 0.0


def _readme_content(text, pred, gold) -> float:
    score = _share(_chars(text, gold.content), _chars(text, pred.content))
    return score if score >= 0.3 else 0.0


def _readme_speaker(text, pred, gold) -> float:
    return _readme_content(text, pred, gold) if _speaker_agrees(text, pred, gold) else 0.0


class Counts(NamedTuple):
    matched_predictions: int
    predictions: int
    matched_gold: int
    gold: int

    def prf(self) -> tuple[float, float, float]:
        p = self.matched_predictions / self.predictions if self.predictions else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_relations(articles, predictions, rule: Callable, subset: bool) -> Counts:
    mp = np = mg = ng = 0
    for article, preds in zip(articles, predictions):
        pairs = [(s, i, j) for i, p in enumerate(preds) for j, g in enumerate(article.gold) if (s := rule(article.text, p, g)) > 0]
        matched = _greedy(pairs)
        keep_p = [i for i, p in enumerate(preds) if p.direct or not subset]
        keep_g = [j for j, g in enumerate(article.gold) if g.direct or not subset]
        mp += sum(1 for i, _ in matched if i in keep_p)
        mg += sum(1 for _, j in matched if j in keep_g)
        np += len(keep_p)
        ng += len(keep_g)
    return Counts(mp, np, mg, ng)


def score_sources(articles, predictions, subset: bool) -> Counts:
    mp = np = mg = ng = 0
    for article, preds in zip(articles, predictions):
        text = article.text
        pred_spans = sorted({p.speaker for p in preds if p.speaker and (p.direct or not subset)})
        gold_spans = sorted({g.source for g in article.gold if g.source and (g.direct or not subset)})
        pairs = []
        for i, ps in enumerate(pred_spans):
            for j, gs in enumerate(gold_spans):
                p, g = _words(text, ps), _words(text, gs)
                score = min(_share(p, g), _share(g, p))
                if score >= 0.5:
                    pairs.append((score, i, j))
        matched = _greedy(pairs)
        mp += len(matched)
        mg += len(matched)
        np += len(pred_spans)
        ng += len(gold_spans)
    return Counts(mp, np, mg, ng)


#: A (lemma, attachment) pair enters ``LEARNED_CUES`` when at least this many of its dev
#: candidates match a gold Content and at least this share of them do.
CUE_MIN_HITS, CUE_MIN_PRECISION = 3, 0.5


CUE_LEXICON_HEADER = '''"""Verbs and nouns whose complements PolNeAR annotates as attributed Content, learned from dev.

Generated by ``.venv/bin/python benchmarks/quotes.py --split dev --derive-cues``; do not edit by
hand. For every verb or noun outside quote marks with a holder (a verb's subject, a noun's
possessor), each complement that ``workbench.nlp.quotes.complements`` yields is a candidate,
keyed by (lemma, attachment). A key is kept when >= {hits} of its candidates overlap a gold
Content of PolNeAR dev (>= 50% of the words both ways) and they are >= {share:.0%} of its
candidates. Only the dev split was used; the test split stays held out. {n} lemmas.
"""

LEARNED_CUES: dict[str, frozenset[str]] = {{'''


def derive_cues(articles: list[Article], docs: Iterable) -> dict[str, list[str]]:
    """The cue lexicon learned from PolNeAR dev: every (cue lemma, attachment) among
    ``cue_complements`` whose complements overlap a gold Content (the content-overlap rule,
    against any gold relation of the article) often enough and precisely enough."""
    hits: dict[tuple[str, str], int] = {}
    total: dict[tuple[str, str], int] = {}
    for article, doc in zip(articles, docs):
        for cue, _holder, attachment, content in cue_complements(doc):
            key = (cue.lemma_.lower(), attachment)
            candidate = Prediction(((content.start_char, content.end_char),), None, False)
            total[key] = total.get(key, 0) + 1
            hits[key] = hits.get(key, 0) + any(_content_overlap(article.text, candidate, g) for g in article.gold)
    lexicon: dict[str, list[str]] = {}
    for (lemma, attachment), n in sorted(total.items()):
        if hits[lemma, attachment] >= CUE_MIN_HITS and hits[lemma, attachment] >= CUE_MIN_PRECISION * n:
            lexicon.setdefault(lemma, []).append(attachment)
    return lexicon


def cross_validated_predictions(articles: list[Article], docs: list) -> list[list[Prediction]]:
    """Workbench predictions on dev with the cue lexicon learned from the other half of dev
    (two folds: even- and odd-numbered articles), so that dev figures do not credit the
    lexicon for the very relations it was learned from: an estimate of held-out quality."""
    predictions: list[list[Prediction]] = [[] for _ in articles]
    folds = [range(0, len(articles), 2), range(1, len(articles), 2)]
    for learn, apply in (folds, folds[::-1]):
        lexicon = derive_cues([articles[i] for i in learn], [docs[i] for i in learn])
        cues = {lemma: frozenset(attachments) for lemma, attachments in lexicon.items()}
        for i, found in zip(apply, workbench_predictions([docs[i] for i in apply], cues)):
            predictions[i] = found
    return predictions


def _row(label: str, counts: Counts) -> str:
    p, r, f = counts.prf()
    return f"| {label} | {100 * p:.1f} / {100 * r:.1f} / {100 * f:.1f} | {counts.matched_gold}/{counts.gold} gold, {counts.predictions} pred |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: workbench.nlp.load_model's choice)")
    parser.add_argument("--derive-cues", action="store_true", help="print workbench/nlp/cue_lexicon.py learned from dev")
    parser.add_argument("--cross-validate", action="store_true",
                        help="on dev, learn the cue lexicon on one half and score the other (2 folds)")
    args = parser.parse_args(argv)

    articles = read_split(args.split)
    nlp = load_model(args.model)
    if args.derive_cues:
        if args.split != "dev":
            parser.error("--derive-cues learns from dev only; the test split stays held out")
        lexicon = derive_cues(articles, parse((a.text for a in articles), nlp=nlp))
        print(CUE_LEXICON_HEADER.format(hits=CUE_MIN_HITS, share=CUE_MIN_PRECISION, n=len(lexicon)))
        for lemma, attachments in lexicon.items():
            print(f"    {lemma!r}: frozenset({attachments!r}),")
        print("}")
        return
    if args.cross_validate and args.split != "dev":
        parser.error("--cross-validate learns from dev only; the test split stays held out")
    started = time.perf_counter()
    docs = list(parse((a.text for a in articles), nlp=nlp))
    ours = cross_validated_predictions(articles, docs) if args.cross_validate else workbench_predictions(docs)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs_unjoined, skipped = textacy_predictions(articles, nlp)
    theirs = [merge_split_quotes(a.text, p) for a, p in zip(articles, theirs_unjoined)]
    theirs_seconds = time.perf_counter() - started

    relations = sum(len(a.gold) for a in articles)
    direct = sum(g.direct for a in articles for g in a.gold)
    lexicon = "2-fold cross-validated cue lexicon" if args.cross_validate else "cue lexicon learned from all of dev"
    print(f"PolNeAR {args.split} ({lexicon}): {len(articles)} articles, {relations} gold relations ({direct} direct/mixed); "
          f"pipeline {nlp.meta['name']} {nlp.meta['version']}")
    print(f"workbench {ours_seconds:.1f} s; textacy {theirs_seconds:.1f} s ({skipped} paragraphs skipped on ValueError)\n")
    metrics = [
        ("content exact", lambda a, p, s: score_relations(a, p, _content_exact, s)),
        ("content overlap >=50%", lambda a, p, s: score_relations(a, p, _content_overlap, s)),
        ("source mention", score_sources),
        ("quote+speaker", lambda a, p, s: score_relations(a, p, _quote_speaker, s)),
        ("README 30% rule: quote", lambda a, p, s: score_relations(a, p, _readme_content, s)),
        ("README 30% rule: quote+speaker", lambda a, p, s: score_relations(a, p, _readme_speaker, s)),
    ]
    for subset, title in ((True, "direct/mixed subset"), (False, "all relations")):
        print(f"### {title}\n")
        print("| metric | system | P / R / F1 | counts |")
        print("| --- | --- | --- | --- |")
        for label, metric in metrics:
            systems = [("workbench", ours), ("textacy", theirs)]
            if label.startswith("README"):
                systems.append(("textacy, unjoined (README §5)", theirs_unjoined))
            for system, predictions in systems:
                print(_row(f"{label} | {system}", metric(articles, predictions, subset)))
        print()


if __name__ == "__main__":
    main()
