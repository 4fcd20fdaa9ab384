"""Adversarial text through the NLP stage: no crash, offsets that hold, and no super-linear
work on pages of thousands of quotes, dates or punctuation marks.

Speed is measured in benchmarks, not here: each regression input below would take minutes
(or hours) with the quadratic or cubic code it guards against and takes well under a second
of extraction now; the timeout marker turns a regression into a failure instead of a hang.
"""

from __future__ import annotations

import datetime as dt
import json
import random

import pandas as pd
import pytest
from spacy.tokens import Doc

import workbench as wb
from workbench import nlp as wb_nlp
from workbench.nlp import actors as nlp_actors
from workbench.nlp import quotes as nlp_quotes
from workbench.nlp import timex as nlp_timex
from workbench.nlp.actors import ActorIndex, Mention


@pytest.fixture(scope="module")
def nlp():
    return wb_nlp.load_model()


NORMAL = (
    "NATO Secretary General Jaap de Hoop Scheffer said on Monday that the alliance would send "
    'trainers to Iraq in early August. "We will not leave," he said. Officials in Washington '
    "said last year that France had objected."
)


def _signature(doc: Doc) -> list[tuple]:
    return [(t.idx, t.text, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc]


# --- long texts and long runs without spaces ---------------------------------------------------


def test_text_pieces_join_back_and_cut_at_paragraphs_then_spaces():
    text = "\n\n".join(["alpha beta gamma"] * 6)
    pieces = wb_nlp.text_pieces(text, 40)
    assert "".join(pieces) == text and all(len(p) <= 40 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # every cut after a paragraph break
    long_paragraph = " ".join(["word"] * 30)
    pieces = wb_nlp.text_pieces(long_paragraph, 22)
    assert "".join(pieces) == long_paragraph and all(p.endswith(" ") for p in pieces[:-1])
    assert wb_nlp.text_pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert wb_nlp.text_pieces("", 10) == [""]


def test_a_text_parsed_in_pieces_equals_the_text_parsed_whole(nlp, monkeypatch):
    text = "\n\n".join([NORMAL] * 8)
    whole = next(wb_nlp.parse([text], nlp))
    monkeypatch.setattr(wb_nlp, "PIECE_LENGTH", 700)  # three paragraphs a piece
    texts = [text, "", "Short one."]
    docs = list(wb_nlp.parse(texts, nlp))
    assert [d.text for d in docs] == texts
    assert _signature(docs[0]) == _signature(whole)
    assert [s.start for s in docs[0].sents] == [s.start for s in whole.sents]


def test_a_book_length_article_keeps_its_rows_instead_of_failing(tmp_path, monkeypatch):
    """Texts over spaCy's default max_length (1,000,000) are analysed in pieces; this stands in
    for one with small pieces, so the test stays fast."""
    assert wb_nlp.load_model().max_length == wb_nlp.LONGEST_TEXT > 1_000_000
    monkeypatch.setattr(wb_nlp, "PIECE_LENGTH", 500)
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "\n\n".join([NORMAL] * 12), "language": "en", "published": "2004-07-20"}))
    corpus = wb.load(path, progress=False)
    assert corpus.errors.empty and len(corpus.articles) == 1
    assert len(corpus.quotes) >= 12 and len(corpus.mentions) >= 12 * 4
    _assert_offsets(corpus)


@pytest.mark.timeout(60)
def test_a_long_run_of_punctuation_is_tokenized_in_linear_time(nlp):
    """spaCy's tokenizer is quadratic on a run without whitespace (16,000 quote marks take half
    a minute, these 60,000 would take several minutes); the run is tokenized in pieces."""
    text = "He said " + '"' * 60_000 + " and (" + "(" * 2000 + ") left."
    doc = wb_nlp._tokenize(nlp, text)
    assert doc.text == text
    assert all(len(t) <= wb_nlp.LONGEST_RUN for t in doc)
    assert [t.text for t in doc[:2]] == ["He", "said"] and doc[-1].text == "."


def test_ordinary_long_words_are_tokenized_as_usual(nlp):
    url = "https://example.org/" + "a" * 300
    text = f"See {url} for details."
    assert [t.text for t in wb_nlp._tokenize(nlp, text)] == [t.text for t in nlp.make_doc(text)]


# --- timex: thousands of dates in one "sentence" ------------------------------------------------


def _one_sentence(nlp, text: str) -> Doc:
    """A Doc of one sentence without a parse: tokens and a sentence start only."""
    words = nlp.make_doc(text)
    return Doc(nlp.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words], sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.timeout(60)
def test_thousands_of_dates_in_one_sentence_take_linear_time(nlp):
    """Each date used to rebuild its 40,000-token sentence and test every date taken before it:
    hours here; now each sentence text is cut once and overlaps are found by bisection."""
    doc = _one_sentence(nlp, "Monday " * 20_000)
    found = nlp_timex.find_timexes(doc, dt.date(2004, 8, 4))
    assert len(found) == 20_000
    text = doc.text  # spaCy rebuilds it on every call
    assert all(text[t.start : t.end] == t.expression == "Monday" for t in found)
    assert found[0].sentence == text.strip()


def test_sentence_text_is_the_sentence_span_text(nlp):
    doc = next(wb_nlp.parse(["It rained on Monday.  Then it snowed on Tuesday evening. \n\nDone in May."], nlp))
    ctx = nlp_timex._Context(doc, None, "unresolved")
    for sentence in doc.sents:
        for token in sentence:
            assert ctx.sentence_at(token.idx) == sentence.text.strip()


def test_event_words_near_a_large_head_match_the_full_walk(nlp):
    """_phrase_near_head, used under heads whose subtree is too large to walk per date, finds
    the same words within reach of the head as the full walk."""
    doc = next(wb_nlp.parse([NORMAL + " The minister, who arrived late on Tuesday after talks in Paris, said the plan agreed in June by the members of the alliance would go ahead."], nlp))
    for head in doc:
        for parts in (nlp_timex._NOUN_PARTS, nlp_timex._CLAUSE_PARTS):
            full = [head]
            for child in head.children:
                if parts is nlp_timex._CLAUSE_PARTS and child.dep_ in ("nsubj", "nsubjpass", "expl"):
                    full.append(child)
                elif child.dep_ in parts:
                    full += nlp_timex._phrase(child, -1)
            near = {t.i for t in full if abs(t.i - head.i) <= nlp_timex._EVENT_REACH}
            assert {t.i for t in nlp_timex._phrase_near_head(head, parts, -1)} == near, head


@pytest.mark.timeout(120)
def test_a_date_table_parsed_as_one_sentence_keeps_its_events_short(nlp):
    text = " ".join(f"{i % 28 + 1} August 2004 | 12:30 | {i % 9}.5%" for i in range(400))
    doc = next(wb_nlp.parse([text], nlp))
    found = nlp_timex.find_timexes(doc, dt.date(2004, 8, 4))
    text = doc.text
    assert found and all(text[t.start : t.end] == t.expression for t in found)
    assert all(t.event is None or len(t.event.split()) <= 2 * nlp_timex._EVENT_WORDS for t in found)


# --- quotes: thousands of quotes in one article -------------------------------------------------


def test_merged_spans_and_membership_match_the_brute_force(nlp):
    rng = random.Random(7)
    spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 500) for _ in range(60))]
    merged = nlp_quotes._merged(spans)
    assert all(a[1] < b[0] for a, b in zip(merged, merged[1:]))
    doc = nlp.make_doc("x " * 300)
    context = nlp_quotes._Context(doc, doc.text, ActorIndex([], [], []), merged, [0], {})
    text = "".join(rng.choice("ab .,") for _ in range(600))
    for offset in range(600):
        assert context.in_quote(offset) == any(s <= offset < e for s, e in spans), offset
    for start in range(0, 560, 7):
        paragraph = (start, start + rng.randint(0, 40))
        brute = not any(c.isalnum() for i, c in enumerate(text[paragraph[0] : paragraph[1]], paragraph[0]) if not any(s <= i < e for s, e in spans))
        assert nlp_quotes._only_quotation(text, paragraph, merged) == brute, paragraph


def test_mentions_within_matches_the_brute_force():
    mentions = [Mention("A", "a", start, start + 3, 0) for start in range(0, 300, 5)]
    index = ActorIndex([], mentions, [0] * len(mentions))
    for start, end in [(0, 0), (0, 3), (2, 40), (5, 9), (100, 301), (299, 400)]:
        assert index.mentions_within(start, end) == [i for i, m in enumerate(mentions) if start <= m.start and m.end <= end]


@pytest.mark.timeout(120)
def test_an_article_of_a_thousand_quotes_takes_linear_time(nlp):
    """Each quote used to test every character of its paragraph against every quote (cubic:
    600 quotes took ten minutes) and rebuild doc.text and the sentence list."""
    text = " ".join(f'"Word {i}," said Smith{i % 50}.' for i in range(1000))
    doc = next(wb_nlp.parse([text], nlp))
    found = nlp_quotes.find_quotes(doc, nlp_actors.find_actors(doc))
    text = doc.text
    assert len(found) == 1000
    assert all(text[q.start : q.end] == q.text for q in found)
    assert sum(q.speaker_mention is not None for q in found) >= 990


@pytest.mark.timeout(120)
def test_a_clause_full_of_semicolons_is_cut_in_linear_time(nlp):
    text = "He said &amp;quot;hello&amp;quot; &quot;world&quot; &#8220;there&#8221; &lt;b&gt; " * 400  # minutes before
    doc = next(wb_nlp.parse([text], nlp))
    found = nlp_quotes.find_quotes(doc, nlp_actors.find_actors(doc))
    text = doc.text
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.timeout(120)
def test_cues_hung_on_one_head_of_thousands_of_children_read_it_once(nlp):
    """A flat parse ("According to According to ... him.") hangs thousands of cues on one head;
    its children used to be listed again for each cue (13 s for 4,000, minutes for these)."""
    doc = next(wb_nlp.parse([" ".join(["According to"] * 10_000) + " him."], nlp))
    found = nlp_quotes.find_quotes(doc, nlp_actors.find_actors(doc))
    text = doc.text
    assert all(text[q.start : q.end] == q.text for q in found)


# --- one batch of odd articles ------------------------------------------------------------------

ODD_TEXTS = {
    "one character": "a",
    "two characters": '"a',
    "marks only": "“”„«»‘’'\"" * 200,
    "control characters": 'He said\x00 \x01\x07 \x1b[31m "a quote\x00" \x7f ' * 20,
    "emoji and RTL": "👨‍👩‍👧‍👦 שלום مرحبا \u200f\u200d e\u0301\u0301 \ufffd " * 50,
    "run of quote marks": 'He said "' + '"' * 3000 + '" and left.',
    "said said said": "said " * 500,
    "headings": "\n\n".join(f"Section {i}: Overview Of The Thing" for i in range(50)),
    "html leftovers": "He said &amp;quot;hello&amp;quot; &quot;world&quot; &lt;b&gt; " * 40,
    "code": 'def f(x):\n    return "he said" + \'she\' # "unterminated\n\nprint("""triple""")\n\n' * 20,
    "repeated dates": "the day before " * 100 + "yesterday, last " * 50 + "year, Monday " * 100 + "early " * 50 + "August.",
    "digit runs": "-".join(["12"] * 2000) + " " + "/".join(["1"] * 2000),
}


def _assert_offsets(corpus) -> None:
    texts = corpus.articles.set_index("article_id").text
    for row in corpus.mentions.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text
    for row in corpus.timeline[corpus.timeline.kind == "mentioned"].itertuples():
        assert texts[row.article_id][row.start : row.end] == row.expression
    for row in corpus.quotes.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text
        if pd.notna(row.speaker_start):
            assert texts[row.article_id][row.speaker_start : row.speaker_end] == row.speaker_mention


def test_odd_articles_in_one_batch_all_load_with_valid_offsets(tmp_path):
    path = tmp_path / "odd.jsonl"
    rows = [{"title": name, "text": text, "language": "en", "published": "2004-08-04"} for name, text in ODD_TEXTS.items()]
    rows.append({"title": "normal", "text": NORMAL, "language": "en", "published": "2004-08-04"})
    path.write_text("\n".join(json.dumps(row) for row in rows))
    corpus = wb.load(path, progress=False)
    assert corpus.errors.empty, corpus.errors.to_dict("records")
    assert sorted(corpus.articles.title) == sorted(row["title"] for row in rows)
    _assert_offsets(corpus)
    normal = corpus.articles.set_index("title").article_id["normal"]
    assert (corpus.quotes.article_id == normal).sum() >= 1


def test_subtree_matches_spacys_and_is_linear_in_a_chain_of_clauses(nlp):
    doc = next(wb_nlp.parse([NORMAL + " The minister, who arrived late after talks in Paris, said the plan would go ahead."], nlp))
    for token in doc:
        assert nlp_quotes._subtree(token) == list(token.subtree), token
    chain = Doc(nlp.vocab, words=["said"] * 30_000, heads=[max(i - 1, 0) for i in range(30_000)], deps=["ROOT"] + ["ccomp"] * 29_999)
    assert len(nlp_quotes._subtree(chain[0])) == 30_000  # spaCy's recursive generator: one level per token


def test_span_index_answers_as_a_pass_over_every_span():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 30)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 25)))]
        index = nlp_quotes._SpanIndex(spans)
        for start in range(0, 130, 3):
            for end in range(start, start + 40, 4):
                meeting = {(i, s, e) for i, (s, e) in enumerate(spans) if min(e, end) > max(s, start)}
                holding = {(i, s, e) for i, (s, e) in enumerate(spans) if s <= start and end <= e}
                encloses = any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
                assert set(index.meeting(start, end)) == meeting
                assert set(index.holding(start, end)) == holding
                assert index.encloses(start, end) == encloses
