"""Quotations and reported speech in one article, each with its speaker resolved to an actor.

``find_quotes`` follows the rule-based design of textacy's ``extract.triples.direct_quotations``
(pair quote marks, look for a reporting verb in or next to the quote's sentence, take its
subject) and of the SFU Gender Gap Tracker quote extractor (Asr et al. 2021, "The Gender Gap
Tracker", PLOS ONE 16(1): e0245533): indirect quotes are ``ccomp`` clauses of reporting verbs
plus "according to" phrases, and a paragraph that is only a quotation continues the previous
speaker. On top of that it

* finds quote marks per paragraph itself (``workbench.nlp.quote_marks``: straight, curly,
  „German“, «French» and single marks, quotes running over several paragraphs, an unclosed
  mark degraded to the end of its paragraph instead of raising);
* classifies each quote as ``direct``, ``partial`` or ``indirect``; besides ``ccomp`` clauses,
  reported speech includes demands ("called for ..."), speech acts with a "to" clause
  ("promised to ...", "decided not to ..."), speech acts with an object ("denied the
  report"), parenthetical cues ("X, he said, Y"), sentences citing a document ("In a new poll, Clinton leads ..."),
  transcript lines ("PENCE: ...") and headlines naming a poll ("Poll: ..."), words after a
  cue and a colon without marks ("She added: ..."), judgements ("portrayed the plan as
  ..."), attitudes ("is afraid that ..."), the topic after "about" of any verb or noun
  ("talked about ...", "questions about ..."), the "that" clause of a noun ("reports that ..."), the subject
  of a passive cue with an agent ("was first reported by X"), the main clause of an "as"
  clause of reporting ("As experts have noted, ..."), words before a closing cue ("People
  like Scott, he said.") and, without a speaker, what seems or is expected to be ("The bill
  is expected to pass"); sister complement clauses of one cue are one report, and a
  quoted Title Case paragraph is a subheading, not a quote;
* attributes a quote without a cue of its own to a dash and name after it ("..." ― Jane Doe),
  to a cue sentence ending in ':' before it, to the previous quote of its paragraph, or to
  the speaker the sentence before it introduces (the Gender Gap Tracker's floating quotes);
* takes as source of a quoted fragment the possessor of a speech noun governing it ("Trump's
  claim that there were "thousands of shootings""), and of a sentence opening with a speech
  or statement its subject ("In an August speech, Trump attacked ...");
* resolves the speaker to a canonical actor: the subject's actor mention, a person pronoun's
  most salient antecedent (the subject, else the first person, of the nearest preceding
  sentence that names one, as in Hobbs 1978 and centering theory), or a definite description
  matching an actor's role ("the ambassador");
* takes a quote's speaker, when no reporting verb is found, from the subject of whatever verb
  governs the quote ("Cruz exhorted Republicans to "vote your conscience""), "be" and "have"
  excepted;
* keeps as ``speaker_mention`` the subject's whole noun phrase, appositions and relative
  clauses included ("Jane Doe, a spokeswoman for the campaign"), as PolNeAR marks a Source,
  but not an aside that reports something itself or sets the scene ("Jane Doe, speaking
  to reporters, said"), while ``speaker`` stays the canonical actor.

What counts as reported speech follows attribution as PolNeAR (Newell et al., LREC 2018) and
PARC 3.0 (Pareti 2016) annotate it: besides speech, the beliefs, intentions and findings that a
source holds ("Clinton believes that ...", "she wants to ...", "polls show ...", "Trump's claim
that ..."). They go into the quotes table as ``indirect`` quotes with their holder as speaker,
because for a reader "who holds which position" is the same question as "who said what". The
verbs and nouns beyond the hand-written lists, and which of their complements they report
("wants [to ...]", "endorsed [Clinton]"), are ``LEARNED_CUES`` (``workbench.nlp.cue_lexicon``),
learned from the PolNeAR dev split only by ``benchmarks/quotes.py --derive-cues``; they apply
only where the cue has a holder (a subject, or a noun's possessor). A fragment in marks that
no one is said to have said is a scare quote or a title and is left out.

No maintained library does all of this for spaCy 3 (textacy finds direct quotes only and
raises on unbalanced marks), so it is hand-written.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from workbench.nlp.actors import PERSON_PRONOUNS, ActorIndex
from workbench.nlp.cue_lexicon import LEARNED_CUES
from workbench.nlp.quote_marks import DOUBLE_CLOSERS, PARAGRAPH_BREAK, SINGLE_OPENERS, QuoteMarks, paragraph_spans, quote_marks

__all__ = ["Quote", "find_quotes", "complements", "cue_complements", "REPORTING_VERBS"]

#: Reporting verbs that introduce a direct quote (textacy's list, trimmed, plus common news verbs).
REPORTING_VERBS = frozenset(
    """accuse acknowledge add admit advise agree allege announce answer argue ask assert assure
    believe boast caution charge cite claim comment complain concede conclude confirm contend
    continue cry declare decline demand deny describe disclose dismiss emphasize estimate
    exclaim explain fear feel find hint hope indicate inform insist instruct joke know maintain
    mention note object observe offer order point post predict proclaim promise propose
    quip reaffirm recall recommend reiterate reject remark remind reply report respond reveal
    say scream shout signal speculate state stress suggest tell testify think threaten
    tweet urge vow warn worry write yell""".split()
)

#: Verbs that quote a fragment: "called the mission a "nucleus"".
_FRAGMENT_VERBS = REPORTING_VERBS | frozenset("call dub label term brand deride praise slam blast agree".split())

_CLOSING_MARKS = '"”“»’\''
_SENTENCE_END = ".!?…"
_DASHES = "―—–-"
_CLAUSE_PUNCT = _SENTENCE_END + ",;:—–-"

#: Documents that a sentence cites as its source by opening with "In ..." (hand-written).
_DOCUMENTS = frozenset(
    "poll survey study report statement interview letter speech memo email tweet post column editorial "
    "book filing complaint lawsuit ruling testimony analysis video ad op-ed article".split()
)

#: Of those, what a person delivers, so that its author is the source ("In his speech, Trump ...").
_DELIVERED = frozenset("statement interview letter speech memo email tweet post column editorial testimony video ad op-ed".split())

#: Documents that a headline names as its source before a colon ("Poll: Voters back the levy").
_HEADLINE_SOURCES = frozenset("poll survey study report".split())

#: Verbs whose "for"/"on" phrase is the demand reported ("called for a ban").
_CALL_FOR_VERBS = frozenset({"call", "press", "push", "plead", "argue", "lobby", "appeal"})

#: Speech acts whose "to" clause is what was said ("promised to resign", "urged X to act").
_SPEECH_ACTS = frozenset(
    "promise pledge vow threaten refuse agree urge ask tell warn offer demand propose decline".split()
)

#: Speech acts whose object is what was said ("denied [the allegations]", "cited [X as Y]").
_OBJECT_CUES = frozenset(
    "cite accuse criticize describe deny reject acknowledge confirm announce reveal mention praise blame condemn question defend".split()
)

#: Verbs by which someone judges or depicts a thing as something, whose object and "as" phrase
#: are the view reported ("portrayed [the levy as a gift to insiders]", "judged [the plan a
#: failure]"):
#: Levin's (1993) characterize verbs (class 29.2) that voice a view, and verbs of praise and blame.
_REGARD_VERBS = frozenset(
    "regard view see consider deem judge rate characterize depict portray paint cast brand label "
    "hail herald tout dismiss deride denounce attack blast slam mock ridicule".split()
)

#: Adjectives of belief and feeling whose "that" clause is what their holder thinks ("Farmers
#: are afraid [that the rain will not come]"), the holder being the subject of "be".
_ATTITUDE_ADJECTIVES = frozenset(
    "afraid sure certain confident convinced concerned worried aware hopeful optimistic pessimistic "
    "skeptical adamant frustrated satisfied disappointed upset angry glad happy pleased".split()
)

#: Verbs that report how something appears, or, passive, what is expected or believed, with no
#: one named as the source ("Turnout seems to be rising", "The bill is expected to pass").
_RAISING_VERBS = frozenset({"seem", "appear"})
_RAISING_PASSIVES = frozenset("expect think believe say report rumor consider know estimate project predict allege".split())

#: Verbs whose clause, object or "to" clause is reported speech or belief (no marks needed):
#: the reporting verbs except those that only introduce words in marks, plus verbs of finding
#: and knowing ("the report shows that", "she learned that").
_INDIRECT_VERBS = (
    (REPORTING_VERBS - frozenset("continue cry dismiss order post quip scream shout yell object answer".split()))
    | _CALL_FOR_VERBS
    | _SPEECH_ACTS
    | _OBJECT_CUES
    | frozenset(
        "show learn understand realize realise doubt suspect recognize recognise assume wonder decide rule "
        "determine demonstrate prove emphasise criticise".split()
    )
)

#: Verbs whose "to" clause is what their subject said, wanted or decided ("declined [to
#: comment]", "decided [not to recommend charges]"): all of the above but "prove", whose "to"
#: clause describes its subject ("proved to be a safe space"), as "seem" does.
_TO_CLAUSE_CUES = _INDIRECT_VERBS - {"prove"}

#: Verbs by which evidence reports a finding, and the evidence ("Polls show [a close race]").
_FINDING_VERBS = frozenset({"show", "find", "suggest", "indicate", "reveal"})
_EVIDENCE = _DOCUMENTS | frozenset("poll average data figure number record footage photo tape image result".split())

#: Verbs whose passive subject is the speaker ("She was quoted as saying ...", "was heard saying").
_PASSIVE_SOURCE_VERBS = frozenset({"quote", "hear", "overhear", "record"})

#: Nouns naming something said or held, whose possessor is its source ("Trump's claim that ...").
_SPEECH_NOUNS = frozenset(
    "claim statement remark comment promise pledge warning assertion allegation accusation argument "
    "suggestion prediction insistence contention message description".split()
)

#: Words opening the author's concession after a reported clause ("..., although he again
#: refused to ..."; "..., despite weeks of dipping poll numbers").
_CONCESSIVE = frozenset({"although", "though", "despite", "even"})

#: Dependents of a reporting verb that carry what was said ("called [Putin] [a "strong leader"]").
_COMPLEMENTS = frozenset({"dobj", "oprd", "attr", "acomp", "xcomp", "dative"})

#: A comma closing a quote belongs to the author's sentence (American style), not to the quote.
_TRAILING = ", \n"

#: "NAME: what they said" at the start of a line, the name at most five words.
#: A transcript quoted whole opens each line with a mark: '"PENCE: Well, ...'.
_SPEAKER_LINE = re.compile(r"^(?P<mark>[\"“]?)(?P<name>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}):[ \t]+(?P<content>\S[^\n]*?)[\"”]?\s*$", re.M)
#: A stop, perhaps a closing mark, then a capital: a sentence ends (or an abbreviation).
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’']?\s+[A-Z“\"]")


class Quote(NamedTuple):
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    return bisect.bisect_right(paragraphs, offset, key=lambda span: span[0]) - 1


def _is_direct(text: str, marks: QuoteMarks, paragraph: tuple[int, int], previous: Quote | None) -> bool:
    """A whole quoted sentence: it starts a line or sentence or follows ':'/',', and ends one or
    a clause or holds more than one sentence; or it goes on with the direct quote just before
    it ("A," he said, "b.")."""
    if len(marks.pieces) > 1:
        return True
    gap = text[previous.end : marks.opening] if previous is not None and paragraph[0] <= previous.start else None
    if previous is not None and previous.kind == "direct" and gap is not None and _continues(gap):
        return True
    start, end = marks.pieces[0]
    line_start = max(paragraph[0], text.rfind("\n", paragraph[0], marks.opening) + 1)
    before = text[line_start : marks.opening].rstrip()
    content = text[start:end].strip()
    starts_sentence = not before or before[-1] in _SENTENCE_END + ":" + "\"”’'" or (before[-1] == "," and not content[:1].islower())
    after = text[end + 1 : paragraph[1]].lstrip()
    # A quote inside the quote may close first: "... he said, 'we want to work with you,'"
    ends_clause = content.rstrip(_CLOSING_MARKS)[-1:] in _CLAUSE_PUNCT or not after or after[0] in _CLAUSE_PUNCT
    # Whole sentences in marks are direct speech even when the author's words run on after
    # the closing mark (""We tried. It did not work" in the first year.").
    return starts_sentence and (ends_clause or _SENTENCE_BREAK.search(content) is not None)


def _continues(gap: str) -> bool:
    """True for the words between the two parts of a split quote: a short cue clause ending in
    a comma, with no sentence break (""A," Trump said during a rally in Kenansville, N.C., "b.")."""
    if len(gap.split()) > 12 or not gap.rstrip().endswith(","):
        return False
    # A stop after a short capitalised word is an abbreviation ("Mr.", "N.C."), not a sentence end.
    return all(_is_abbreviation(gap[: m.start() + 1]) for m in _SENTENCE_BREAK.finditer(gap))


def _is_abbreviation(text: str) -> bool:
    """True when ``text`` ends with a short capitalised word ("Mr.", "N.C.")."""
    words = text.split()
    return bool(words) and words[-1][:1].isupper() and len(words[-1]) <= 4


def _follows_cue(span: Span, words: str) -> bool:
    """A capitalised quote right after its reporting verb, with no comma ("Trump declared "I think ...")."""
    before = span.start - 2  # the token before the opening mark
    if before < 0 or not words[:1].isupper():
        return False
    token = span.doc[before]
    return token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS


def _is_title(span: Span) -> bool:
    """Quoted titles and names ("The Apprentice", "Miss Piggy") are not quotations (textacy's
    filter); a paragraph that is nothing but one is a subheading ("'Legend of the Coal Fields.'")."""
    words = [t for t in span if t.is_alpha and not t.is_stop]
    return bool(words) and all(t.is_title or t.is_upper for t in words)


def _subtree(token: Token, stop: int | None = None) -> list[Token]:
    """``token.subtree`` in text order (before the token index ``stop``, if given). spaCy yields
    it through one generator per level of the tree, a cost of the tree's depth per token:
    quadratic in a chain of clauses ("said said said ..."). Here each token between the
    subtree's edges walks up only until it meets a token already known to be inside or outside."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    last = end if stop is None else max(start, min(end, stop))
    inside = {token.i: True}
    for i in range(start, last):
        path: list[int] = []
        while i is not None and i not in inside:
            path.append(i)
            head = doc[i].head.i
            i = head if head != i and start <= head < end else None
        inside.update(dict.fromkeys(path, i is not None and inside[i]))
    return [doc[i] for i in range(start, last) if inside[i]]


def _noun_phrase(token: Token) -> Span:
    """The token's phrase without relative clauses, appositions or trailing punctuation."""
    excluded = set()
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj") and child.i > token.i:
            excluded.update(t.i for t in _subtree(child))
    indices = {t.i for t in _subtree(token) if t.i not in excluded and not t.is_space}
    start, end = token.i, token.i
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    doc = token.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start : end + 1]


class _SpanIndex:
    """Character spans sorted by start, with the running maximum of their ends, so that the
    spans meeting a range are found by bisection rather than by a pass over all of them: a
    book-length page holds tens of thousands of quotes and reports. Hand-written; the standard
    library has no interval index, and this is the small part of one that the rules need."""

    def __init__(self, spans: list[tuple[int, int]]):
        order = sorted(range(len(spans)), key=lambda i: spans[i])
        self._positions = order  # each sorted span's place in ``spans``
        self._spans = [spans[i] for i in order]
        self._starts = [start for start, _ in self._spans]
        self._reach = list(itertools.accumulate((end for _, end in self._spans), max))

    def meeting(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(place in the given list, start, end) of the spans sharing a character with [start, end)."""
        first = bisect.bisect_right(self._reach, start)  # every span before it ends by ``start``
        last = bisect.bisect_left(self._starts, end)
        return [(self._positions[i], *self._spans[i]) for i in range(first, last) if min(self._spans[i][1], end) > max(self._spans[i][0], start)]

    def holding(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(place in the given list, start, end) of the spans that hold all of [start, end)."""
        first = bisect.bisect_left(self._reach, end)  # every span before it ends before ``end``
        last = bisect.bisect_right(self._starts, start)
        return [(self._positions[i], *self._spans[i]) for i in range(first, last) if self._spans[i][1] >= end]

    def encloses(self, start: int, end: int) -> bool:
        """Whether a span with other bounds holds all of [start, end)."""
        same = bisect.bisect_left(self._starts, start)
        if same and self._reach[same - 1] >= end:
            return True  # one starting earlier reaches far enough
        after = bisect.bisect_right(self._starts, start)
        return after > same and self._spans[after - 1][1] > end  # one starting here ends later


class _Context(NamedTuple):
    doc: Doc
    text: str  # doc.text, which spaCy rebuilds from the tokens on every call
    actors: ActorIndex
    quoted: list[tuple[int, int]]  # character spans inside quote marks, merged and sorted (``_merged``)
    sentence_starts: list[int]
    #: (token index, deps) -> the token's subjects outside marks, and whether it has any at all:
    #: many cues climb to one head, and a head of thousands of children (a flat parse of a
    #: list) would otherwise be read once per cue.
    subjects: dict[tuple[int, tuple[str, ...]], tuple[list[Token], bool]]
    cues: Mapping[str, frozenset[str]] = LEARNED_CUES  # lemma -> attachments whose complement is reported

    def in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted, offset, key=lambda span: span[0]) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def sentence(self, token_index: int) -> int:
        return bisect.bisect_right(self.sentence_starts, token_index) - 1

    def sentence_of(self, token_index: int) -> Span:
        """The sentence holding the token: ``Token.sent``, without its walk over the whole
        Doc per call (spaCy's ``has_annotation`` check), which is quadratic over many quotes."""
        k = self.sentence(token_index)
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.doc)
        return self.doc[self.sentence_starts[k] : end]


def _subject(context: _Context, verb: Token) -> Token | None:
    """The verb's subject outside quote marks, inherited through conjunctions and adverbial
    clauses ("and said", ", arguing"). A participle right after a named person or an object
    pronoun is that person's ("footage of Clinton asking, ..."; "heard him saying ..."); one
    on a document is its author's, or the document's ("a statement calling ...")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "acl") and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if (before.pos_ == "PROPN" or before.lower_ in ("him", "her", "them")) and before.dep_ in ("pobj", "dobj") and not context.in_quote(before.idx):
            return before
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.lemma_.lower() in _DOCUMENTS | _SPEECH_NOUNS:
        # "the council issued a statement calling the test ...": the statement's issuer.
        return _holder(context, verb.head) or verb.head
    for _ in range(5):
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp":
            # "X said Y, arguing Z": the parser hangs the participle on what X said.
            verb = verb.head.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and context.in_quote(verb.head.idx):
            # '"...," X said, going on to say "..."': hung on a verb inside the quote, the
            # participle goes with the cue before it.
            before = [t for t in _cue_tokens(context, [context.sentence_of(verb.i)]) if t.i < verb.i]
            if before:
                verb = before[-1]
        deps = ("nsubj", "csubj", "nsubjpass") if verb.lemma_.lower() in _PASSIVE_SOURCE_VERBS else ("nsubj", "csubj")
        if (verb.i, deps) not in context.subjects:
            children = [c for c in verb.children if c.dep_ in deps]
            context.subjects[verb.i, deps] = ([c for c in children if not context.in_quote(c.idx)], bool(children))
        subjects, has_subject = context.subjects[verb.i, deps]
        if subjects:
            return subjects[0]
        if has_subject:
            return None
        if verb.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _antecedent(context: _Context, pronoun: Token) -> int | None:
    """Mention index of the person a pronoun most likely refers to.

    Walks back sentence by sentence (at most five) from the pronoun; in the first sentence
    naming a person outside quotes it prefers a subject, else the first person named.
    """
    actors = context.actors
    types = actors.types()
    here = context.sentence(pronoun.i)
    for sentence in range(here, max(here - 5, -1), -1):
        # mentions are in text order: the sentence's are found by bisection, not by a pass over
        # every mention of the article for every pronoun
        first = bisect.bisect_left(actors.mentions, sentence, key=lambda m: m.sentence)
        last = bisect.bisect_right(actors.mentions, sentence, key=lambda m: m.sentence)
        candidates = [
            n
            for n, mention in enumerate(actors.mentions[first:last], first)
            if mention.start < pronoun.idx
            and types.get(mention.actor) == "PERSON"
            and not context.in_quote(mention.start)
        ]
        if candidates:
            subjects = [n for n in candidates if context.doc[actors.heads[n]].dep_ in ("nsubj", "nsubjpass")]
            return (subjects or candidates)[0]
    return None


def _by_role(context: _Context, head: Token) -> str | None:
    """The actor whose role names this description ("the ambassador" -> role "U.S. ambassador to NATO")."""
    word = head.lemma_.lower()
    matches = [actor for actor, role in context.actors.roles().items() if word in role.lower().split()]
    if not matches:
        return None
    last = {m.actor: m.start for m in context.actors.mentions if m.start < head.idx}
    return max(matches, key=lambda actor: last.get(actor, -1))


def _by_surname(context: _Context, phrase: Span) -> str | None:
    """The one person actor whose name ends with the phrase's proper nouns (NER missed "Okafor")."""
    words = [t.text for t in phrase if t.pos_ == "PROPN"]
    if not words:
        return None
    matches = [a.actor for a in context.actors.actors if a.type == "PERSON" and a.actor.split()[-len(words):] == words]
    return matches[0] if len(matches) == 1 else None


class _Speaker(NamedTuple):
    actor: str | None
    mention: str | None
    start: int | None
    end: int | None


_NO_SPEAKER = _Speaker(None, None, None, None)


def _within_line(head: Token, start: int, end: int) -> tuple[int, int]:
    """The part of token range [start, end) around ``head`` that crosses no line break or
    quote mark: a phrase the parser ran on into the next line or a quotation is cut back."""
    doc = head.doc

    def stops(token: Token) -> bool:
        return token.is_quote or "\n" in token.text

    left, right = head.i, head.i + 1
    while left > start and not stops(doc[left - 1]):
        left -= 1
    while right < end and not stops(doc[right]):
        right += 1
    return left, right


def _speaker(context: _Context, subject: Token | None) -> _Speaker:
    """Resolve a cue's subject to (actor, surface mention, offsets)."""
    if subject is None:
        return _NO_SPEAKER
    phrase = _noun_phrase(subject)
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        # "Clinton, who said ...": the mention is "who", the speaker the noun it stands for.
        return _speaker(context, subject.head.head)._replace(mention=phrase.text, start=phrase.start_char, end=phrase.end_char)
    actors = context.actors
    inside = actors.mentions_within(phrase.start_char, phrase.end_char)
    actor = None
    named = _person_in_apposition(context, subject)
    if inside:
        own = [n for n in inside if actors.heads[n] == subject.i]
        persons = [n for n in inside if actors.types().get(actors.mentions[n].actor) == "PERSON"]
        actor = actors.mentions[(persons or [named] if named is not None else own or persons or inside)[0]].actor
    elif named is not None:
        actor = actors.mentions[named].actor  # "a ministry spokeswoman, Lena Kraus, said"
    elif subject.pos_ == "PROPN" and _by_surname(context, phrase):
        actor = _by_surname(context, phrase)
    elif subject.lower_ in PERSON_PRONOUNS:
        antecedent = _antecedent(context, subject)
        actor = actors.mentions[antecedent].actor if antecedent is not None else None
    elif subject.pos_ == "NOUN" and any(t.lower_ == "the" for t in phrase):
        actor = _by_role(context, subject)
    end = _phrase_end(subject) if subject.dep_ == "pobj" else subject.right_edge.i + 1
    whole = _trim(subject.doc, *_within_line(subject, subject.left_edge.i, min(end, max(subject.i + 1, _aside_start(context, subject)))))
    return _Speaker(actor, whole.text, whole.start_char, whole.end_char)


def _person_in_apposition(context: _Context, subject: Token) -> int | None:
    """The mention of the person an apposition names after a description of them: "a
    ministry spokeswoman, Lena Kraus,", "Germany's foreign minister, Anna Berg," (the
    description's own words name the ministry or the country, not who spoke)."""
    for child in subject.children:
        if child.dep_ == "appos" and child.i > subject.i:
            tokens = _subtree(child)
            for n in context.actors.mentions_within(tokens[0].idx, tokens[-1].idx + len(tokens[-1])):
                if context.actors.types().get(context.actors.mentions[n].actor) == "PERSON":
                    return n
    return None


def _aside_start(context: _Context, subject: Token) -> int:
    """The token index where the speaker's phrase stops before an aside set off by a comma: a
    relative clause that reports something itself ("Jane Doe, who argued that ..., said")
    or a participle ("Jane Doe, speaking to reporters, said"). PolNeAR gives each
    token at most one relation, so the first is a relation of its own, and the second tells
    the occasion, not who spoke; an aside that only describes the speaker ("Jane Doe, who
    heads the agency,") stays in the mention. ``len(doc)`` when there is no such aside."""
    doc = subject.doc
    cut = len(doc)
    for child in subject.children:
        if child.i < subject.i or child.dep_ not in ("relcl", "acl") or child.left_edge.i == 0 or doc[child.left_edge.i - 1].text != ",":
            continue
        reports = any(
            t.pos_ == "VERB"
            and (t.lemma_.lower() in _INDIRECT_VERBS or t.lemma_.lower() in context.cues)
            and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children)
            for t in _subtree(child)
        )
        if reports or child.tag_ == "VBG":
            cut = min(cut, child.left_edge.i - 1)
    return cut


def _cue_tokens(context: _Context, sentences: list[Span]) -> list[Token]:
    """Reporting verbs of the sentences that stand outside quote marks."""
    return [
        token
        for sentence in sentences
        for token in sentence
        if token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS and not context.in_quote(token.idx)
    ]


def _according_to(sentence: Span) -> Token | None:
    """The object of "according to" in the sentence, if any."""
    for token in sentence[:-1]:
        if token.lower_ == "according" and token.nbor().lower_ == "to":
            objects = [child for child in token.nbor().children if child.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _in_document(sentence: Span) -> Token | None:
    """The document a sentence opens by citing ("In the latest Post-ABC poll, Clinton led
    ..."; "In a statement, the party ..."): the object of a first "in" naming one."""
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "in":
        return None
    objects = [child for child in first.children if child.dep_ == "pobj" and child.lemma_.lower() in _DOCUMENTS]
    return objects[0] if objects else None


def _author_of(context: _Context, sentence: Span, document: Token) -> Token | None:
    """The subject of a sentence opening with a document that someone delivers ("In an August
    speech, Trump attacked ..."): its author, the source of what follows. Documents that
    report findings ("In the latest poll, Clinton leads ...") are their own source."""
    root = sentence.root
    if document.lemma_.lower() not in _DELIVERED or root.pos_ != "VERB":
        return None
    subject = _subject(context, root)
    return subject if subject is not None and subject.i > document.i else None


def _phrase_end(source: Token) -> int:
    """Where a prepositional source phrase ("according to X", "in X") ends: at its object's
    last word, or at the comma after it when the parser hung the rest of the sentence on the
    object ("According to X, the move reeks of ...")."""
    commas = [t.i for t in source.doc[source.i : source.right_edge.i + 1] if t.text == ","]
    return commas[0] if commas else source.right_edge.i + 1


def _direct_cue(context: _Context, span: Span, marks: QuoteMarks, paragraph: tuple[int, int]) -> tuple[Token | None, Token | None]:
    """(cue, subject) for a direct quote, looked for in this order: a reporting verb in the
    quote's sentences (nearest to the quote, as textacy does), "according to", a dash and a
    name after the quote ("..." ― Pamela Padilla), a cue in the sentence before that ends
    with ':' or ',' (also across a paragraph break: "Caddell continued:"), and a bare cue
    sentence ("she said on Monday.") right before or after it in the paragraph."""
    doc, text = context.doc, context.text
    first, last = context.sentence_of(span.start), context.sentence_of(span.end - 1)
    own = [first] if first == last else [first, last]
    cues = _cue_tokens(context, own)
    if cues:
        # A cue the quote hangs on beats a nearer one in a clause of its own ("told a woman
        # who suggested that ..., that "...""), as the parse links the quote to its cue.
        governing = [t for t in cues if t in span.root.ancestors]
        verb = min(governing or cues, key=lambda t: min(abs(t.idx - marks.start), abs(t.idx - marks.end)))
        # '"...," she said, adding later, "..."': a participle of that cue between it and the quote
        # is the cue of this quote (a relation of its own in PolNeAR), with the same subject.
        participles = [t for t in cues if t.head == verb and t.tag_ == "VBG" and verb.i < t.i and t.idx < marks.start]
        if participles:
            verb = participles[-1]
        return verb, _subject(context, verb) or _name_next_to(context, verb, marks)
    for sentence in own:
        source = _according_to(sentence)
        if source is not None:
            return source.head.head, source
    after = text[marks.end + 1 : paragraph[1]]
    dash = after.lstrip()[:1]
    if dash and dash in _DASHES:
        tail = doc.char_span(paragraph[1] - len(after.lstrip()) + 1, paragraph[1], alignment_mode="expand")
        names = list(tail or ())
        first_name = next((n for n, t in enumerate(names) if t.pos_ == "PROPN"), None)
        if first_name is not None:
            run = names[first_name:]
            last = next((n for n, t in enumerate(run) if t.pos_ != "PROPN"), len(run))
            return None, run[last - 1]
    before = context.sentence_of(first.start - 1) if first.start > 0 else None
    while before is not None and before.text.strip() == "" and before.start > 0:
        before = context.sentence_of(before.start - 1)
    if before is not None and before.text.rstrip()[-1:] in ":," and (before.start_char >= paragraph[0] or first.start_char == paragraph[0]):
        cues = _cue_tokens(context, [before])
        if cues:
            return cues[-1], _subject(context, cues[-1])
    neighbours = []
    if before is not None and before.start_char >= paragraph[0]:
        neighbours.append(before)
    if last.end < len(doc) and doc[last.end].idx < paragraph[1]:
        neighbours.append(context.sentence_of(last.end))
    for sentence in neighbours:
        bare = [t for t in _cue_tokens(context, [sentence]) if not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children)]
        # A bare cue whose subject the parse lost (hung on a verb inside the quote before it)
        # says nothing about this quote; the previous quote's speaker is the better guess.
        subjects = [(cue, subject) for cue in bare if (subject := _subject(context, cue)) is not None]
        if subjects:
            return subjects[0]
    return None, None


def _name_next_to(context: _Context, verb: Token, marks: QuoteMarks) -> Token | None:
    """The first named actor between the quote and its cue, or right after the cue ("..." Chief
    Chuck Jordan said; "..." said Jordan): the fallback when the parse gives the cue no subject."""
    actors = context.actors
    if verb.idx >= marks.end:
        window = (marks.end, verb.idx)
    else:
        window = (verb.idx + len(verb), min(marks.start, context.sentence_of(verb.i).end_char))
    inside = actors.mentions_within(*window)
    if not inside:
        return None
    # The speaker's name comes first on either side; later names sit in their apposition
    # (""..." Flynn, a top Trump surrogate, said").
    return context.doc[actors.heads[inside[0]]]


def _preceding_source(context: _Context, span: Span, paragraph: tuple[int, int]) -> tuple[Token | None, Token | None]:
    """(cue, subject) for a quote with no cue of its own from the sentence before it in its
    paragraph: the subject of its last reporting verb ("The agency may wait, Schiff said.
    "The other factor ..."), else of its main verb when that is a person ("Sanders
    identified ... . "The younger people ...""): the floating-quote rule of the Gender Gap
    Tracker (Asr et al. 2021), which gives such a quote the speaker just introduced."""
    first = context.sentence_of(span.start)
    if first.start == 0:
        return None, None
    before = context.sentence_of(first.start - 1)
    if before.start_char < paragraph[0]:
        return None, None
    for verb in reversed(_cue_tokens(context, [before])):
        subject = _subject(context, verb)
        if subject is not None:
            return verb, subject
    subject = _subject(context, before.root) if before.root.pos_ in ("VERB", "AUX") else None
    if subject is not None and _is_person(context, subject):
        return before.root, subject
    return None, None


def _is_person(context: _Context, token: Token) -> bool:
    """A person pronoun or the head of a person actor's mention."""
    if token.lower_ in PERSON_PRONOUNS:
        return True
    types = context.actors.types()
    return any(head == token.i and types.get(context.actors.mentions[n].actor) == "PERSON" for n, head in enumerate(context.actors.heads))


def _fragment_cue(context: _Context, span: Span) -> Token | None:
    """The nearest reporting verb governing a quoted fragment ("called the mission a "nucleus"")."""
    return next(
        (a for a in span.root.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _FRAGMENT_VERBS and not context.in_quote(a.idx)),
        None,
    )


def _governing_cue(context: _Context, span: Span) -> Token | None:
    """The nearest verb outside quote marks that governs the quote and has a subject
    ("Cruz exhorted Republicans to "vote your conscience""; "Trump attacked "the ideology""):
    whoever puts words in marks as the object of their own act is their source, as PolNeAR
    annotates it, whatever the verb. A speech noun with a possessor on the way is nearer
    ("Politifact checked Trump's claim that there were "thousands of shootings"": Trump's).
    "Be" and "have" are no acts of a speaker ("urged them to check that all is "in order"";
    "the agency has a "zero tolerance" rule"): their subject is what the words describe, so
    the search goes on above them."""
    for ancestor in span.root.ancestors:
        if context.in_quote(ancestor.idx) or ancestor.lemma_.lower() in ("be", "have"):
            continue
        if ancestor.pos_ in ("VERB", "AUX") and _subject(context, ancestor) is not None:
            return ancestor
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _SPEECH_NOUNS and any(c.dep_ == "poss" for c in ancestor.children):
            return ancestor
    return None


def _cue_lemma(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.lemma_.lower()


def _marked_quotes(context: _Context, paragraphs: list[tuple[int, int]], marks_list: list[QuoteMarks]) -> list[Quote]:
    doc, text = context.doc, context.text
    quotes: list[Quote] = []
    last_attributed: dict[int, Quote] = {}  # paragraph -> its last quote in marks with a speaker
    for marks in marks_list:
        paragraph_index = _paragraph_of(paragraphs, marks.start)
        paragraph = paragraphs[paragraph_index]
        span = doc.char_span(marks.start, marks.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = "\n\n".join(text[s:e] for s, e in marks.pieces).strip()
        kind = "direct" if _is_direct(text, marks, paragraph, quotes[-1] if quotes else None) or _follows_cue(span, words) else "partial"
        if _is_title(span) and (kind == "partial" or _only_quotation(text, paragraph, context.quoted)):
            continue
        if kind == "direct":
            cue, subject = _direct_cue(context, span, marks, paragraph)
        else:
            cue = _fragment_cue(context, span)
            subject = _subject(context, cue) if cue is not None else None
        governing = _governing_cue(context, span) if subject is None else None
        if governing is not None:
            cue, subject = governing, _holder(context, governing)
        speaker = _speaker(context, subject)
        cue_lemma = _cue_lemma(cue)
        if kind == "direct" and cue is None and subject is None:
            previous = last_attributed.get(paragraph_index)
            if previous is None and _only_quotation(text, paragraph, context.quoted):
                previous = last_attributed.get(paragraph_index - 1)
            if previous is not None:
                speaker = _Speaker(previous.speaker, previous.speaker_mention, previous.speaker_start, previous.speaker_end)
                cue_lemma = previous.cue
            else:
                cue, subject = _preceding_source(context, span, paragraph)
                speaker, cue_lemma = _speaker(context, subject), _cue_lemma(cue)
        end = marks.end
        while end > marks.start and text[end - 1] in _TRAILING:
            end -= 1
        words = words.rstrip(_TRAILING)
        quote = Quote(words, kind, speaker.actor, speaker.mention, cue_lemma, marks.start, end, speaker.start, speaker.end)
        quotes.append(quote)
        if quote.speaker or quote.speaker_mention:
            for n in range(paragraph_index, _paragraph_of(paragraphs, marks.end) + 1):
                last_attributed[n] = quote
    return quotes


def _only_quotation(text: str, paragraph: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """True when everything in the paragraph outside quote marks is punctuation or space
    (``quoted`` merged and sorted: the gaps between its spans are walked, not every character
    tested against every span, which was cubic in a page of thousands of quotes)."""
    start, end = paragraph
    position = start
    first = max(0, bisect.bisect_right(quoted, start, key=lambda span: span[0]) - 1)
    for quote_start, quote_end in quoted[first:]:
        if quote_start >= end:
            break
        if any(c.isalnum() for c in text[position:quote_start]):
            return False
        position = max(position, quote_end)
    return not any(c.isalnum() for c in text[position:end])


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of character spans as sorted, disjoint spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _trim(doc: Doc, start: int, end: int) -> Span:
    """Token span [start, end) without space or punctuation at either end, keeping quote
    marks (and a final stop before them) that close a quote opened inside the span."""

    def loose(token: Token) -> bool:
        return token.is_space or (token.is_punct and not token.is_quote)

    if end < len(doc) and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 1:
        end += 1
    while start < end and (loose(doc[start]) or doc[start].is_quote):
        start += 1
    # counted once and updated as the end moves: recounting per step is quadratic in a
    # span that ends in thousands of marks
    marks = sum(t.is_quote for t in doc[start:end])
    opened = sum(t.text == "(" for t in doc[start:end])
    closed = sum(t.text == ")" for t in doc[start:end])
    while end > start and (loose(doc[end - 1]) or doc[end - 1].is_quote):
        last = doc[end - 1]
        if last.is_quote and marks % 2 == 0:
            break
        if last.text == ")" and opened > closed - 1:
            break  # closes a bracket opened inside: "Sen. Harry Reid (D-Nev.)"
        end -= 1
        marks -= last.is_quote
        opened -= last.text == "("
        closed -= last.text == ")"
    return doc[start:end]


#: Reported clauses are read over at most this many tokens. Longer ones are tables or lists
#: the parser took for one sentence; reading each of their nested clauses whole was quadratic.
_LONGEST_CLAUSE = 400


def _clause_until_next_cue(clause: Token) -> Span:
    """The clause's span, cut before a coordinated reporting verb without a subject of its own
    ("[X promised Y] and said Z") or a participle reporting more ("[Y], arguing that Z";
    "[Y], citing Z"), which report something else (a relation of its own in PolNeAR), and
    before the author's asides: a closing apposition or participle after a comma, or a
    clause after a semicolon."""
    doc = clause.doc
    end = min(clause.right_edge.i + 1, clause.left_edge.i + _LONGEST_CLAUSE)
    outside_marks, marks = set(), 0  # semicolons after an even number of quote marks, counted once
    for token in doc[clause.left_edge.i : end]:
        if token.text == ";" and marks % 2 == 0:
            outside_marks.add(token.i)
        marks += token.is_quote
    for token in _subtree(clause, end):
        if token.i in outside_marks and token.i > clause.left_edge.i:
            # Outside marks, a semicolon joins the author's next clause ("...; they only learned").
            end = min(end, token.i)
        if token.i <= clause.i:
            continue
        # A verb only: "his remark" or "the comment" coordinated in the clause report nothing.
        coordinated = (
            token.dep_ == "conj"
            and token.pos_ == "VERB"
            and token.lemma_.lower() in REPORTING_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        )
        participle = token.dep_ == "advcl" and token.tag_ == "VBG" and (token.lemma_.lower() in _INDIRECT_VERBS or _aside_closing(token, clause))
        apposition = token.dep_ == "appos" and _aside_closing(token, clause)
        concession = token.dep_ in ("advcl", "prep") and token.left_edge.lower_ in _CONCESSIVE and _aside_closing(token, clause)
        if coordinated or participle or apposition or concession:
            end = min(end, token.left_edge.i)
    while end > clause.left_edge.i + 1 and doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return _trim(doc, clause.left_edge.i, end)


def _aside_closing(token: Token, clause: Token) -> bool:
    """True when the token's phrase follows a comma and closes the clause: where the author
    adds an aside ("..., the alliance that includes ..."; "..., implicitly putting ...")."""
    doc = token.doc
    if token.left_edge.i == 0 or doc[token.left_edge.i - 1].text != ",":
        return False
    return not doc[token.right_edge.i + 1 : clause.right_edge.i + 1].text.strip(" .\"”'’")


def _judgements(context: _Context) -> Iterator[tuple[Span, Token, Token | None]]:
    """(content, cue, holder) for views held without a speech verb: the "that" clause of an
    attitude adjective (``_ATTITUDE_ADJECTIVES``) and the object and "as" phrase of a verb of
    judging (``_regarded_as``), each with its holder, and what seems or is expected to be,
    with none (``_raised_clause``)."""
    for token in context.doc:
        if context.in_quote(token.idx):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma in _ATTITUDE_ADJECTIVES:
            subject = _subject(context, token.head)
            if subject is not None:
                yield from ((_clause_until_next_cue(c), token, subject) for c in token.children if c.dep_ == "ccomp" and c.i > token.i)
        elif token.pos_ == "VERB":
            if lemma in _REGARD_VERBS and (subject := _subject(context, token)) is not None:
                yield from ((content, token, subject) for content in _regarded_as(token))
            yield from ((content, token, None) for content in _raised_clause(context, token))


def _noun_clauses(context: _Context) -> Iterator[tuple[Span, Token, Token | None]]:
    """(content, noun, holder) for the "that" clause of a noun ("the claim [that ...]",
    "concerns [that ...]", "Trump's charge [that ...]"): only nouns of saying, believing and
    knowing take a complement clause, so the clause is what the noun reports, whatever the
    noun (Pareti 2016 on nominal cues in PARC). The holder is the noun's possessor or the
    subject of the verb it is the object of, else there is none ("amid reports that ...")."""
    for noun in context.doc:
        if noun.pos_ != "NOUN" or context.in_quote(noun.idx):
            continue
        for clause in noun.children:
            # "that" as a complementiser (mark), not as the relative pronoun of "the areas that he won".
            if clause.i > noun.i and clause.dep_ in ("acl", "ccomp") and clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark":
                yield _clause_until_next_cue(clause), noun, _holder(context, noun)


def _topics(context: _Context) -> Iterator[tuple[Span, Token, Token | None]]:
    """(content, cue, holder) for the topic after "about" of any verb or noun ("Park talked
    [about] the shortage", "her concerns [about] the budget", "questions [about] his
    health"), with the cue's holder if it has one: "about" names the topic of speech or
    thought, and PolNeAR annotates its object as the Content of such a cue whatever the word
    (Newell et al. 2018), sourceless where no one holds it. In an error analysis of dev it
    was Content about half the time where no other rule applied, against 5-25% for "in",
    "on", "for" or "with", which therefore stay with the learned lexicon."""
    for prep in context.doc:
        cue = prep.head
        if prep.lower_ != "about" or prep.dep_ != "prep" or cue.i > prep.i or cue.pos_ not in ("VERB", "NOUN") or context.in_quote(cue.idx):
            continue
        content = _prep_object(prep)
        if content is not None and len(content):
            yield content, cue, _holder(context, cue)


def _passive_reports(context: _Context) -> Iterator[tuple[Span, Token, Token]]:
    """(content, cue, agent) for a cue in the passive with its agent ("[The registration
    issue] was first reported by [The Washington Post]", "[the plan] is backed by [unions]"):
    the passive subject is what the agent said, thought or backed, and the agent of "by" its
    source, as PARC (Pareti 2016) and PolNeAR annotate passives of attribution verbs."""
    for verb in context.doc:
        if verb.pos_ != "VERB" or context.in_quote(verb.idx) or not _is_cue(context, verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects and agents and not context.in_quote(agents[0].idx):
            yield _trim(context.doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1), verb, agents[0]


def _fronted_reports(context: _Context) -> Iterator[tuple[Span, Token, Token]]:
    """(content, cue, subject) for reported words put before a closing cue without marks
    ("People like Scott, he said."), where the parse links nothing to the cue: what stands before the comma that opens the cue clause
    (PARC's content-cue-source order, Pareti 2016). A cue with a complement of its own is
    left to the other rules, as is a sentence opening with an adverbial clause or phrase."""
    doc = context.doc
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in REPORTING_VERBS or context.in_quote(verb.idx):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.left_edge.i > context.sentence_of(verb.i).start and doc[c.left_edge.i - 1].text == ","]
        if not subjects:
            continue
        comma = subjects[-1].left_edge.i - 1
        # A fronted adverbial ("If it has no weapons yet, it said") sets the scene instead.
        if any(c.i < comma and c.dep_ in ("advcl", "prep", "advmod", "cc", "mark", "intj") for c in verb.children):
            continue
        content = _trim(doc, context.sentence_of(verb.i).start, comma)
        if len(content) >= 3:
            yield content, verb, subjects[-1]


def _raised_clause(context: _Context, verb: Token) -> Iterator[Span]:
    """A subject and its "to" clause around a verb of seeming or a passive verb of expecting
    or believing (``_RAISING_VERBS``, ``_RAISING_PASSIVES``): "[Turnout seems to be rising in
    the suburbs]", "[The bill is expected to pass next week]". PolNeAR annotates these as
    attributions without a source (PARC's "is said to" likewise), Content being the subject
    and the "to" clause, so the span runs from one to the other; no speaker is given. A "to"
    clause that is itself a cue ("the minister appeared to suggest that ...") is left to that
    cue, whose subject is then the source."""
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or not (lemma in _RAISING_VERBS and subjects[0].dep_ == "nsubj" or lemma in _RAISING_PASSIVES and subjects[0].dep_ == "nsubjpass"):
        return
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if clauses and not _is_cue(context, clauses[0]):
        yield _trim(verb.doc, subjects[0].left_edge.i, _clause_until_next_cue(clauses[0]).end)


def _is_cue(context: _Context, verb: Token) -> bool:
    """True for a verb whose complement is reported speech or belief by some rule here."""
    lemma = verb.lemma_.lower()
    return lemma in _INDIRECT_VERBS or lemma in _REGARD_VERBS or lemma in context.cues


def _regarded_as(verb: Token) -> Iterator[Span]:
    """The object and what it is regarded as, for a verb of judging (``_REGARD_VERBS``):
    "portrayed [the levy as a gift to insiders]", "judged [the plan a failure]". PolNeAR's
    Content is that whole phrase; a date after it ("... as a failure on Tuesday") is the
    author's and is cut off."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return
    roles = [
        c
        for c in verb.children
        if c.i > objects[0].i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)))
    ]
    if not roles:
        return
    end = roles[-1].right_edge.i + 1
    dates = [t.i for t in doc[roles[-1].i + 1 : end] if t.ent_type_ in ("DATE", "TIME")]
    if dates:
        end = dates[0]
        while end > roles[-1].i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            end -= 1  # "... as a gift to insiders [on Tuesday]"
    yield _trim(doc, objects[0].left_edge.i, end)


def _reported_clauses(verb: Token) -> Iterator[Span]:
    """What a reporting verb reports: its ``ccomp`` clauses ("said [that ...]", sister
    clauses joined, ``_joined_clauses``, or ``_misparsed_clauses``); the main clause of an
    "as" clause (``_as_reported``); the demand after "for"/"on" ("called for [a ban]",
    "called on [X to resign]"); the "to" clause of a speech act or decision ("promised [to
    resign]", "urged Congress [to act]", ``_TO_CLAUSE_CUES``); what "call" names ("called
    [the charges unfounded]"); or, for a parenthetical cue ("X, he said, Y"; spaCy's
    ``parataxis``), the clause it interrupts, cue included."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    clauses = [child for child in verb.children if child.dep_ == "ccomp"] or _misparsed_clauses(verb)
    yield from _joined_clauses(clauses)
    if clauses:
        return
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        yield from _as_reported(verb)
    if lemma in _CALL_FOR_VERBS:
        for prep in (child for child in verb.children if child.dep_ == "prep" and child.lower_ in ("for", "on")):
            then = [c.right_edge.i for c in verb.children if c.dep_ == "xcomp" and c.i > prep.i]
            yield _trim(doc, prep.i + 1, max([prep.right_edge.i, *then]) + 1)
    if lemma in _TO_CLAUSE_CUES:
        for clause in (child for child in verb.children if child.dep_ == "xcomp" and child.i > verb.i):
            yield _to_clause(verb, clause)
    if lemma in _OBJECT_CUES and not any(c.dep_ == "xcomp" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if objects:
            role = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "of", "for") and c.i > objects[0].i]
            yield _trim(doc, objects[0].left_edge.i, max([objects[0].right_edge.i, *(c.right_edge.i for c in role)]) + 1)
    if lemma == "call":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        names = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and objects and c.i > objects[0].i]
        if objects and names:
            yield _trim(doc, objects[0].left_edge.i, names[-1].right_edge.i + 1)
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        yield _trim(doc, verb.head.left_edge.i, verb.head.right_edge.i + 1)
    if lemma in _FINDING_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in _EVIDENCE for c in verb.children):
        # "Polls show [a close contest in the state]": what a poll or a video shows is its finding.
        after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
        if after:
            yield _trim(doc, after[0].left_edge.i, after[-1].right_edge.i + 1)


def _misparsed_clauses(verb: Token) -> list[Token]:
    """Clauses with a subject of their own that the parser hung on a reporting verb as an
    adverbial clause without a conjunction, mostly when a phrase comes between them ("said
    after the convention [he would not accept ...]"): complement clauses in fact."""
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(d.dep_ in ("nsubj", "nsubjpass") for d in clause.children)
        and not any(d.dep_ == "mark" for d in clause.children)
    ]


def _as_reported(verb: Token) -> Iterator[Span]:
    """What an "as" clause of reporting attributes ("[As] experts have pointed out, [the
    returns can be released]"; "[turnout fell], as the poll predicted"): the clause it
    modifies, without it. PARC (Pareti 2016) annotates the "as" clause's verb as the cue and
    the main clause as Content; an "as" clause with an object or clause of its own ("as he
    said he would") reports that instead."""
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children) or verb.head.pos_ not in ("VERB", "AUX"):
        return
    aside = {t.i for t in _subtree(verb)}
    rest = [t.i for t in _subtree(verb.head) if t.i not in aside and not t.is_space]
    side = [i for i in rest if i > verb.i] if verb.i < verb.head.i else [i for i in rest if i < verb.i]
    if side:
        yield _trim(verb.doc, side[0], side[-1] + 1)


def _joined_clauses(clauses: list[Token]) -> Iterator[Span]:
    """The complement clauses of one cue, those next to each other with only a conjunction
    or comma between them joined into one ("said [Trump has respect for the military and
    his comment was an expression of frustration]"): spaCy often parses coordinated
    complement clauses as sister ``ccomp``s of the verb, while PARC (Pareti 2016) and
    PolNeAR annotate them as the one Content of the one cue."""
    group: Span | None = None
    for clause in clauses:
        span = _clause_until_next_cue(clause)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "advcl" and subjects:
            # A misparsed complement (``_misparsed_clauses``) starts at its subject: the phrase
            # before it ("said [after the hearing] she would ...") belongs to the cue.
            span = span.doc[max(span.start, subjects[0].left_edge.i) : span.end]
        if group is not None and group.end <= span.start and all(t.dep_ in ("cc", "punct") or t.is_space for t in span.doc[group.end : span.start]):
            group = span.doc[group.start : span.end]
            continue
        if group is not None:
            yield group
        group = span
    if group is not None:
        yield group


def _to_clause(cue: Token, clause: Token) -> Span:
    """A cue's "to" clause, with the object before it ("urged [Congress to act]") and the
    bare infinitives the parser hangs on the cue instead of coordinating them in the clause
    ("agreed [to share a currency and rely on each other]", "wants [to triple X, grow Y and
    create Z]"): PolNeAR's Content spans all the aims named."""
    doc = cue.doc
    before = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    more = [c.right_edge.i for c in cue.children if c.dep_ in ("conj", "dep") and c.tag_ == "VB" and c.i > clause.i and not any(d.dep_ == "nsubj" for d in c.children)]
    if before or more:
        return _trim(doc, (before[0] if before else clause).left_edge.i, max([clause.right_edge.i, *more]) + 1)
    return _clause_until_next_cue(clause)


def _prep_object(prep: Token) -> Span | None:
    """The object of a preposition, without an aside closing it ("about [the plan]")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    return _without_closing_aside(_trim(prep.doc, objects[0].left_edge.i, objects[0].right_edge.i + 1))


def complements(cue: Token) -> Iterator[tuple[str, Span]]:
    """Each phrase after a verb or noun that can hold what someone said, thought or wanted,
    with how it attaches. For a verb: ``"ccomp"`` ("believes [that ...]"), ``"xcomp"``
    ("wants [to run]", "urged [Congress to act]"), ``"dobj"`` ("endorsed [Clinton]") or
    ``"prep:<word>"`` ("pointed to [the vote]"); for a noun: ``"noun-clause"`` ("the claim
    [that ...]") or ``"noun-prep:<word>"`` ("criticism of [the bill]"). PolNeAR's Content
    spans start at the complementiser or "to" and include an object before a "to" clause, so
    these spans do too."""
    doc = cue.doc
    noun = cue.pos_ == "NOUN"
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    for child in cue.children:
        if child.i < cue.i:
            continue
        if noun and child.dep_ in ("acl", "ccomp") and child.left_edge.lower_ == "that":
            yield "noun-clause", _clause_until_next_cue(child)
        elif noun:
            if child.dep_ == "prep" and (phrase := _prep_object(child)) is not None:
                yield f"noun-prep:{child.lower_}", phrase
        elif child.dep_ == "ccomp":
            if child == clauses[0]:
                yield from (("ccomp", span) for span in _joined_clauses(clauses))
        elif child.dep_ == "xcomp":
            yield "xcomp", _to_clause(cue, child)
        elif child.dep_ == "dobj":
            yield "dobj", _without_closing_aside(_trim(doc, child.left_edge.i, child.right_edge.i + 1))
        elif child.dep_ == "prep" and (phrase := _prep_object(child)) is not None:
            yield f"prep:{child.lower_}", phrase


def _holder(context: _Context, cue: Token) -> Token | None:
    """Who says or thinks what a cue reports: a verb's subject; for a noun its possessor
    ("Trump's claim"), or the subject of the verb it is the object of ("she made the claim")."""
    if cue.pos_ != "NOUN":
        return _subject(context, cue)
    owners = [c for c in cue.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    return _subject(context, cue.head) if cue.dep_ == "dobj" and cue.head.pos_ == "VERB" else None


def _cue_complements(context: _Context) -> Iterator[tuple[Token, Token, str, Span]]:
    for cue in context.doc:
        if cue.pos_ not in ("VERB", "NOUN") or context.in_quote(cue.idx):
            continue
        holder = _holder(context, cue)
        if holder is None:
            continue
        for attachment, content in complements(cue):
            if len(content):
                yield cue, holder, attachment, content


def cue_complements(doc: Doc) -> Iterator[tuple[Token, Token, str, Span]]:
    """(cue, holder, attachment, complement) for every verb or noun outside quote marks with
    a holder (``_holder``), over its ``complements``: the candidates from which
    ``LEARNED_CUES`` was chosen."""
    quoted = _merged([piece for marks in quote_marks(doc.text) for piece in marks.pieces])
    context = _Context(doc, doc.text, ActorIndex([], [], []), quoted, [sentence.start for sentence in doc.sents], {})
    yield from _cue_complements(context)


def _indirect_quotes(context: _Context, marked: list[Quote]) -> list[Quote]:
    """Reported speech: what reporting verbs report (``_reported_clauses``), judgements,
    noun complement clauses, passives with an agent and words before a closing cue
    (``_judgements``, ``_noun_clauses``, ``_passive_reports``, ``_fronted_reports``), learned
    cues (``_cue_complements``), topics after "about" (``_topics``), the phrase around a quoted
    fragment's verb ("called [the mission a "nucleus"]") and sentences with "according to".
    Only the outermost of nested reports is kept, as is a report not already one quote in
    marks."""
    doc = context.doc
    direct_spans = [(q.start, q.end) for q in marked if q.kind == "direct"]
    marked_spans = [(q.start, q.end) for q in marked]
    found: list[tuple[Span, Token, Token | None]] = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _INDIRECT_VERBS or context.in_quote(token.idx):
            continue
        for content in _reported_clauses(token):
            if len(content) >= 3:
                found.append((content, token, _subject(context, token)))
    found.extend(_judgements(context))
    found.extend(_noun_clauses(context))
    found.extend(_topics(context))
    found.extend(_passive_reports(context))
    found.extend(_fronted_reports(context))
    for cue, holder, attachment, content in _cue_complements(context):
        if attachment in context.cues.get(cue.lemma_.lower(), ()):
            found.append((content, cue, holder))
    for partial in (q for q in marked if q.kind == "partial"):
        span = doc.char_span(partial.start, partial.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = _fragment_cue(context, span) or _governing_cue(context, span)
        if cue is None:
            continue
        if cue.pos_ == "NOUN":
            around = [c for _, c in complements(cue) if c.start <= span.start and span.end <= c.end]
            if around:
                found.append((around[0], cue, _holder(context, cue)))
            continue
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i <= span.start and span.end <= c.right_edge.i + 1]
        if clauses:
            content = _clause_until_next_cue(clauses[0])
        elif any(c.dep_ == "ccomp" for c in cue.children):
            continue
        else:
            dependents = [c for c in cue.children if c.i > cue.i and (c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.i <= span.start < c.right_edge.i + 1))]
            if not dependents:
                continue
            content = _trim(doc, dependents[0].left_edge.i, dependents[-1].right_edge.i + 1)
        if content.start_char < partial.start or content.end_char > partial.end:
            found.append((content, cue, _subject(context, cue)))
    # The sentences holding a report found so far (the ones added below lie in their own sentence).
    reported_in = {context.sentence(c.start) for c, _, _ in found if c.end <= context.sentence_of(c.start).end}
    for k, sentence in enumerate(doc.sents):
        source = _according_to(sentence)
        if source is None and k not in reported_in:
            source = _in_document(sentence)
            author = _author_of(context, sentence, source) if source is not None else None
            if author is not None:
                # "In his speech, Trump proclaimed a goal of ...": what the author did in it.
                start = sentence.root.i + 1
                while start < sentence.end and doc[start].dep_ == "prt":
                    start += 1
                content = _trim(doc, start, sentence.end)
                if len(content) >= 3:
                    found.append((content, sentence.root, author))
                continue
        if source is None or context.in_quote(source.idx):
            continue
        cue = source.head.head if source.head.lower_ == "to" else source.head
        # Cut the phrase at its comma only where the parser hung the whole sentence on it.
        end = _phrase_end(source) if cue.left_edge.i <= sentence.root.i <= cue.right_edge.i else cue.right_edge.i + 1
        phrase = {t.i for t in _subtree(cue) if t.i < end}
        rest = [t.i for t in sentence if t.i not in phrase and not t.is_space]
        before = [i for i in rest if i < min(phrase)]
        after = [i for i in rest if i > max(phrase)]
        longer = before if len(before) >= len(after) else after
        if longer:
            content = _trim(doc, longer[0], longer[-1] + 1)
            if len(content) >= 3:
                found.append((content, cue, source))
    direct_index, marked_index = _SpanIndex(direct_spans), _SpanIndex(marked_spans)
    found_index = _SpanIndex([(c.start_char, c.end_char) for c, _, _ in found])
    quotes, seen = [], set()
    for content, cue, subject in found:
        if _addresses_the_reader(context, subject):
            continue
        bounds = (content.start_char, content.end_char)
        overlap = sum(min(e, bounds[1]) - max(s, bounds[0]) for _, s, e in direct_index.meeting(*bounds))
        # Reported speech that is (nearly) all one quote in marks is that quote, not a second row.
        covered = max((min(e, bounds[1]) - max(s, bounds[0]) for _, s, e in marked_index.meeting(*bounds)), default=0)
        if overlap > 0.5 * len(content.text) or covered > 0.9 * len(content.text) or bounds in seen:
            continue
        seen.add(bounds)
        if found_index.encloses(*bounds):
            continue
        content = _without_closing_aside(_after_quote_ending_inside(content, marked_index))
        if not len(content):
            continue
        speaker = _speaker(context, subject)
        end = content.end_char
        # A quote in marks that starts inside the clause ends with it: "saying anybody "is not
        # having a good night."" reports up to the closing mark.
        for _, start, stop in sorted(marked_index.meeting(content.start_char, end)):
            if content.start_char <= start < end <= stop:
                end = _through_closing_mark(context.text, stop)
        text = context.text[content.start_char : end]
        quotes.append(Quote(text, "indirect", speaker.actor, speaker.mention, _cue_lemma(cue), content.start_char, end, speaker.start, speaker.end))
    return quotes


def _addresses_the_reader(context: _Context, holder: Token | None) -> bool:
    """Whether the holder is "you" in the author's own words ("if you want the bundle, use
    code ..."): the generic reader of service and shopping copy, who attributes nothing."""
    return holder is not None and holder.lower_ in ("you", "your", "yourself") and not context.in_quote(holder.idx)


def _without_closing_aside(content: Span) -> Span:
    """A reported noun phrase without an aside of the author that closes it: a relative
    clause set off by a comma or dash, or an apposition set off by a dash ("praised the new
    levy[, which passed in May]"; "dismissed the report as partisan[ — a familiar line]").
    PolNeAR leaves such additions to what someone named
    out of the Content, but keeps them in a reported clause ("she said X, which Y"), where
    they may be the speaker's own; inside quote marks they always stay."""
    doc = content.doc
    words = [t.i for t in content if not (t.is_punct or t.is_space)]
    if not words or content.root.pos_ in ("VERB", "AUX"):
        return content
    for token in content:
        if token.dep_ not in ("relcl", "appos") or token.left_edge.i <= content.start or token.head.i >= token.left_edge.i:
            continue
        before = doc[token.left_edge.i - 1]
        # A comma before an apposition more often joins a list ("lower fees, the end of ...").
        set_off = (before.text == "," and token.dep_ == "relcl") or before.text == "--" or before.text in _DASHES
        opened = sum(t.is_quote for t in doc[content.start : before.i]) % 2 == 1
        if set_off and token.right_edge.i >= words[-1] and not opened:
            return _trim(doc, content.start, before.i)
    return content


def _through_closing_mark(text: str, end: int) -> int:
    """The offset after the mark closing a quote that ends at ``end`` (past a comma the quote
    was trimmed of: "...pointing a gun," he said), or ``end`` if no mark follows."""
    close = end
    while close < len(text) and text[close] == ",":
        close += 1
    return close + 1 if close < len(text) and text[close] in _CLOSING_MARKS else end


def _after_quote_ending_inside(content: Span, marked: _SpanIndex) -> Span:
    """The content without the tail of a quote in marks that it starts inside of: a report
    by a cue outside the marks begins after them (the parser sometimes hangs words of a
    quote on what follows it)."""
    for _, start, stop in sorted(marked.meeting(content.start_char, content.start_char + 1)):
        if start < content.start_char < stop <= content.end_char:
            after = [t.i for t in content if t.idx >= stop and not (t.is_punct or t.is_space)]
            return _trim(content.doc, after[0], content.end) if after else content[:0]
    return content


def _speaker_lines(context: _Context, marked: list[Quote]) -> list[Quote]:
    """Lines of a transcript or interview, "PENCE: Well, the question ...": the name before the
    colon is the speaker and the rest of the line is what they said, verbatim (``direct``).

    The name must be an actor of the article (an entity, or a person's surname in capitals), so
    "UPDATE:" or "Photo:" never make a speaker. Lines inside a quote in marks are left to the
    quote-mark rules, except lines that open with the mark ('"PENCE: ...', a transcript quoted
    whole, each paragraph opening with a mark).
    """
    doc, actors = context.doc, context.actors
    surnames = {a.actor.split()[-1].upper(): a.actor for a in actors.actors if a.type == "PERSON"}
    quotes = []
    for line in _SPEAKER_LINE.finditer(context.text):
        name_start, name_end = line.span("name")
        content_start, content_end = line.span("content")
        inside_marks = not line.group("mark") and any(q.start <= content_start < q.end + 1 for q in marked)
        if inside_marks or len(line.group("content").split()) < 3:
            continue
        name = doc.char_span(name_start, name_end, alignment_mode="expand")
        if name is not None and any(t.pos_ == "VERB" for t in name):
            continue  # "Park added: ..." is a cue sentence, not a transcript line
        inside = actors.mentions_within(name_start, name_end)
        speaker = actors.mentions[inside[-1]].actor if inside else surnames.get(line.group("name").split()[-1].upper())
        if speaker is not None:
            pieces = [line.group("content")]
            if line.group("mark"):
                pieces, content_end = _turn(context.text, line, content_end)
            quotes.append(Quote("\n\n".join(pieces), "direct", speaker, line.group("name"), None, content_start, content_end, name_start, name_end))
        elif line.group("name").lower() in _HEADLINE_SOURCES and not line.group("mark") and not _opens_quote(line.group("content")):
            # "Poll: Voters back the levy": a headline giving a finding and its source.
            quotes.append(Quote(line.group("content"), "indirect", None, line.group("name"), None, content_start, content_end, name_start, name_end))
    return quotes


def _turn(text: str, line: re.Match, end: int) -> tuple[list[str], int]:
    """The pieces and end of a speaker's turn in a transcript quoted whole: the line, then each
    following paragraph that opens with the same mark and no name of its own ('"After that,
    ...'), up to a stage direction ('"(LAUGHTER.)') or the next speaker's line."""
    pieces = [line.group("content")]
    for gap in PARAGRAPH_BREAK.finditer(text, end):
        if gap.start() > end + 2:  # only the break right after the turn so far
            break
        stop = text.find("\n", gap.end())
        paragraph = text[gap.end() : len(text) if stop < 0 else stop].rstrip()
        words = paragraph[1:].rstrip("\"”").strip()
        if paragraph[:1] != line.group("mark") or _SPEAKER_LINE.match(paragraph) or words[:1] in "([" or not words:
            break
        pieces.append(words)
        end = gap.end() + 1 + paragraph[1:].find(words) + len(words)
    return pieces, end


def _opens_quote(words: str) -> bool:
    """True when ``words`` start with a quote mark: the quote-mark rules take them."""
    return words[:1] in DOUBLE_CLOSERS or words[:1] in SINGLE_OPENERS


def _colon_speech(context: _Context, taken: list[Quote]) -> list[Quote]:
    """Words after a reporting verb and a colon, without quote marks, to the end of the
    paragraph ("The mayor added: We will not raise taxes."): what the subject said, set out as
    in a transcript (``direct``). Words in marks after the colon are left to the quote-mark
    rules, and a span another rule already reports is not repeated."""
    doc, text = context.doc, context.text
    paragraphs = paragraph_spans(text)
    quotes = []
    for verb in doc[:-1]:
        colon = doc[verb.i + 1]
        if colon.text != ":" or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS or context.in_quote(verb.idx):
            continue
        index = _paragraph_of(paragraphs, colon.idx)
        paragraph = paragraphs[index]
        if not text[colon.idx + 1 : paragraph[1]].strip() and index + 1 < len(paragraphs):
            # "The mayor added:" closing its paragraph introduces the next one.
            paragraph = paragraphs[index + 1]
        start = max(colon.idx + 1, paragraph[0])
        while start < paragraph[1] and text[start].isspace():
            start += 1
        words = text[start : paragraph[1]].rstrip()
        end = start + len(words)
        if len(words.split()) < 3 or _opens_quote(words):
            continue
        if any(q.start < end and start < q.end for q in taken):
            continue
        subject = _subject(context, verb)
        if subject is None:
            continue
        speaker = _speaker(context, subject)
        quotes.append(Quote(words, "direct", speaker.actor, speaker.mention, _cue_lemma(verb), start, end, speaker.start, speaker.end))
    return quotes


def find_quotes(doc: Doc, actors: ActorIndex, cues: Mapping[str, frozenset[str]] = LEARNED_CUES) -> list[Quote]:
    """Return the quotes of ``doc`` in text order: direct, partial and indirect, with speakers.

    ``actors`` is ``find_actors(doc)``. ``cues`` maps a verb or noun lemma to the attachments
    (``complements``) that report what its holder said or thought; the default is the lexicon
    learned from PolNeAR dev (``workbench.nlp.cue_lexicon``). Offsets are character offsets into ``doc.text``; for a
    quote in marks, ``doc.text[start:end]`` is the words between the marks (for a quote
    running over several paragraphs, the marks opening the later paragraphs stay inside and
    are left out of ``text``). Partial quotes without a cue of their own inside reported
    speech take its speaker; partial quotes left without a speaker (scare quotes, titles)
    are dropped. Never raises on unbalanced or odd quote marks.
    """
    text = doc.text
    paragraphs = paragraph_spans(text)
    marks_list = quote_marks(text)
    quoted = _merged([piece for marks in marks_list for piece in marks.pieces])
    context = _Context(doc, text, actors, quoted, [sentence.start for sentence in doc.sents], {}, cues)
    marked = _marked_quotes(context, paragraphs, marks_list)
    transcript = _speaker_lines(context, marked)
    # The lines of a transcript quoted whole are its quotes, not the marks around them.
    marked = [q for q in marked if not any(q.start <= line.speaker_start < q.end or line.start <= q.start < line.end for line in transcript)]
    reported = _indirect_quotes(context, marked) + transcript
    reported += _colon_speech(context, marked + reported)
    resolved = []
    reported_index = _SpanIndex([(q.start, q.end) for q in reported])
    for quote in marked:
        holders = reported_index.holding(quote.start, quote.end)
        container = reported[min(holders)[0]] if holders else None  # the first in ``reported``
        if quote.kind == "partial" and quote.cue is None and container is not None:
            quote = quote._replace(
                speaker=container.speaker,
                speaker_mention=container.speaker_mention,
                cue=container.cue,
                speaker_start=container.speaker_start,
                speaker_end=container.speaker_end,
            )
        # A fragment in marks that nobody is said to have said is a scare quote or a title.
        if quote.kind != "partial" or quote.speaker_mention is not None:
            resolved.append(quote)
    return sorted(resolved + reported, key=lambda q: (q.start, q.end))
