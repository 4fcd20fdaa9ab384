"""Actors (people, organisations, countries, groups) and their mentions in one article.

``find_actors`` turns spaCy's named entities into actors with one canonical name each, in
the spirit of the deterministic sieves of Lee et al. 2013 ("Deterministic coreference
resolution based on entity-centric, precision-ranked rules", Computational Linguistics
39(4)): exact string match first, then a person's short form ("Burns") merged into the one
full name it ends or starts with ("Nicholas Burns"), an acronym into the organisation it
abbreviates, and country names, abbreviations, demonyms and capitals used for governments
into one country (``workbench.nlp.countries``). Titles in front of a name and appositions
become the actor's ``role``. ``unify_actors`` does the same merging across the articles of
a corpus so the canonical key is shared (``actor_renames`` on per-article actors; the same on
the corpus tables).

No well-kept library does this without a neural coreference model (textacy has none, and no
such model is installed; nothing may be downloaded at run time), so the rules are hand-written.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pandas as pd
from spacy.tokens import Doc, Span, Token

from workbench.nlp.countries import capital_country, country_name
from workbench.schema import conform

__all__ = ["Actor", "Mention", "ActorIndex", "find_actors", "actor_renames", "CorpusActors", "corpus_actors", "rename_actors", "unify_actors", "PERSON_PRONOUNS"]

#: spaCy/OntoNotes entity labels that can act or speak.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Honorifics and titles that spaCy sometimes puts inside a PERSON entity ("President Obama").
_TITLES = frozenset(
    "mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen "
    "general col sir lord dame prof professor judge justice rev pope king queen prince princess "
    "mayor chancellor minister prime premier ambassador sheikh lt sgt capt".split()
)

#: Government departments, which spaCy often tags as organisations when they open a title
#: ("Defense Secretary Jane Roe", "Secretary of State Ann Lee"): there they are the role's words.
_DEPARTMENTS = frozenset(
    "defense defence treasury state finance interior trade justice foreign home energy commerce "
    "labor labour health education agriculture transport transportation economy environment".split()
)

#: Words allowed inside a pre-name title ("ambassador to NATO", "Secretary of State").
_TITLE_PREPOSITIONS = frozenset({"of", "to", "for", "at", "on"})

#: Entity labels that never belong to a role.
_NOT_ROLE = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

#: Nouns that only say a name belongs to a person ("the man who ..., Michael Webb"): no role.
_GENERIC_PERSON_NOUNS = frozenset(
    "man men woman women person people guy boy girl child kid individual someone somebody".split()
)

#: Pronouns that refer to one person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})

#: Dependencies by which a capital acts as its country's government ("Washington argued").
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj"})


class Actor(NamedTuple):
    actor: str
    type: str
    role: str | None
    aliases: list[str]
    mentions: int


class Mention(NamedTuple):
    actor: str
    text: str
    start: int
    end: int
    sentence: int


class ActorIndex(NamedTuple):
    """The actors of one article, their mentions in text order, and lookups over them."""

    actors: list[Actor]
    mentions: list[Mention]
    #: For each mention, the index of its syntactic head token in the Doc.
    heads: list[int]

    def types(self) -> dict[str, str]:
        return {actor.actor: actor.type for actor in self.actors}

    def roles(self) -> dict[str, str]:
        return {actor.actor: actor.role for actor in self.actors if actor.role}

    def mentions_within(self, start: int, end: int) -> list[int]:
        """Indices of mentions lying inside the character range [start, end)."""
        first = bisect.bisect_left(self.mentions, start, key=lambda m: m.start)
        last = bisect.bisect_left(self.mentions, end, key=lambda m: m.start)
        return [i for i in range(first, last) if self.mentions[i].end <= end]


def _sentence_starts(doc: Doc) -> list[int]:
    return [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]


def _clean_entity(ent: Span) -> tuple[Span, str | None]:
    """Drop a leading article, honorifics and a trailing possessive; return (span, honorific)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    honorific = None
    if ent.label_ == "PERSON":
        first = start
        while start < end - 1 and doc[start].lower_.rstrip(".") in _TITLES:
            start += 1
        honorific = doc[first:start].text if start > first else None
    return doc[start:end], honorific


def _pre_name_title(name: Span) -> str | None:
    """Title words right before a name that attach to it: "NATO Secretary General", "U.S. ambassador to NATO"."""
    doc = name.doc
    i = name.start - 1
    while i >= 0:
        token = doc[i]
        if token.is_space or "\n" in token.whitespace_:
            break
        if token.lower_ in _TITLE_PREPOSITIONS:
            i -= 1
            continue
        if token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.ent_type_ in _NOT_ROLE or token.tag_ == "POS":
            break
        i -= 1
    start = i + 1
    while start < name.start and doc[start].lower_ in _TITLE_PREPOSITIONS:
        start += 1
    if start >= name.start:
        return None
    adjacent = doc[name.start - 1]
    if adjacent.lower_ in _TITLE_PREPOSITIONS:
        return None
    root = name.root
    # The title must be syntactically tied to the name, which rules out "After the debate Trump ...".
    linked = adjacent.head.i in range(name.start, name.end) or any(a.i == adjacent.i for a in root.ancestors) or any(
        a.i in range(name.start, name.end) for a in adjacent.ancestors
    )
    if not linked or all(t.ent_type_ for t in doc[start : name.start]):
        return None
    return doc[start : name.start].text


def _apposition(name: Span) -> str | None:
    """An apposition describing the name: "Burns, the U.S. ambassador," or "the ambassador, Burns,"."""
    root = name.root
    doc = name.doc
    candidates = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        head = root.head
        # "A spokesman for the companies, Weiss": the parser hangs Weiss on "companies".
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        if head.pos_ == "NOUN" and not head.ent_type_:
            candidates.append(head)
    for head in candidates:
        if head.ent_type_ in _NOT_ROLE | {"GPE"} or head.pos_ not in ("NOUN", "PROPN"):
            continue
        clauses = {t.i for child in head.subtree if child.dep_ in ("relcl", "acl") for t in child.subtree}
        tokens = [t for t in head.subtree if not (name.start <= t.i < name.end) and t.i not in clauses]
        span_tokens = _contiguous_around(tokens, head)
        while span_tokens and (span_tokens[0].pos_ in ("DET", "PUNCT") or span_tokens[0].tag_ == "PRP$" or span_tokens[0].is_space):
            span_tokens = span_tokens[1:]
        while span_tokens and (span_tokens[-1].is_punct or span_tokens[-1].is_space):
            span_tokens = span_tokens[:-1]
        if span_tokens and any(t.ent_type_ != "PERSON" for t in span_tokens):
            return doc[span_tokens[0].i : span_tokens[-1].i + 1].text
    return None


def _is_role(text: str | None) -> bool:
    """Whether a title or apposition can stand as a role: one real word at least ("A: Bob
    Marley" in an interview is no role) and more than a word for "a person"."""
    words = [w for w in (text or "").split() if sum(c.isalpha() for c in w) >= 2]
    return bool(words) and not all(w.lower() in _GENERIC_PERSON_NOUNS for w in words)


def _contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    """The run of ``tokens`` (sorted) that contains ``head`` without gaps or commas."""
    indices = sorted(t.i for t in tokens)
    doc = head.doc
    keep = [head.i]
    for i in reversed([x for x in indices if x < head.i]):
        if i != keep[0] - 1 or doc[i].text == ",":
            break
        keep.insert(0, i)
    for i in [x for x in indices if x > head.i]:
        if i != keep[-1] + 1 or doc[i].text == ",":
            break
        keep.append(i)
    return [doc[i] for i in keep]


def _acronym(words: str) -> str:
    """Initials of the capitalised words: "North Atlantic Treaty Organization" -> "NATO"."""
    return "".join(w[0] for w in words.replace("-", " ").split() if w[0].isupper())


class _Raw(NamedTuple):
    span: Span
    key: str
    label: str
    role: str | None


def _raw_mentions(doc: Doc) -> list[_Raw]:
    """Each actor entity, cleaned, with its country key if it names one and a person's role."""
    raws = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        span, honorific = _clean_entity(ent)
        if not span.text or not any(c.isalpha() for c in span.text) or span.text.lower() in _TITLES or _names_a_title(span):
            continue
        label, key, role = ent.label_, span.text, None
        if label == "PERSON":
            role = next((r for r in (_pre_name_title(span), _apposition(span), honorific) if _is_role(r)), None)
        else:
            # Datelines shout ("OTTAWA —"); spaCy then often calls a city an ORG.
            name = span.text.title() if span.text.isupper() and capital_country(span.text.title()) else span.text
            country = country_name(name)
            if country is None and capital_country(name):
                country = capital_country(name) if span.root.dep_ in _ACTING_DEPS else None
                key, label = name, "GPE"
            if country is not None:
                key, label = country, "GPE"
        raws.append(_Raw(span, " ".join(key.split()), label, role))
    return raws + _missed_surnames(doc, raws)


def _names_a_title(span: Span) -> bool:
    """Whether ``span`` is a department inside a person's title: "Defense" in "Defense
    Secretary Jane Roe", "State" in "Secretary of State Ann Lee", "Trade" in "Trade and
    Interior Minister Omar Aziz" (not "NATO" in "NATO Secretary General ...": no department)."""
    if len(span) != 1 or span.text.lower() not in _DEPARTMENTS:
        return False
    doc = span.doc
    title_after = any(t.lower_.rstrip(".") in _TITLES for t in doc[span.end : span.end + 3])
    title_before = span.start >= 2 and doc[span.start - 2].lower_ in _TITLES and doc[span.start - 1].lower_ == "of"
    return title_after or title_before


def _missed_surnames(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """Further mentions of a named person's surname that the entity recogniser missed ("Burns
    agreed." at a sentence start): the same proper noun, untagged, elsewhere in the article."""
    surnames = {r.key.split()[-1] for r in raws if r.label == "PERSON"}
    return [
        _Raw(doc[token.i : token.i + 1], token.text, "PERSON", None)
        for token in doc
        if token.text in surnames and token.pos_ == "PROPN" and not token.ent_type_
    ]


def _longer_names(short: str, full_names: list[str]) -> list[str]:
    """Full names a short form stands for: it ends them ("de Hoop Scheffer") or is their first name."""
    words = short.lower().split()
    return [
        full
        for full in full_names
        if len(full.split()) > len(words)
        and (full.lower().split()[-len(words) :] == words or (len(words) == 1 and full.split()[0] == short))
    ]


def _merge_keys(raws: list[_Raw]) -> list[str]:
    """Canonical key for each raw mention after the within-article sieves."""
    full_names = sorted({r.key for r in raws if r.label == "PERSON" and len(r.key.split()) > 1})
    acronyms = {r.key for r in raws if r.label == "ORG" and r.key.isupper() and len(r.key) > 1}
    keys = []
    for i, raw in enumerate(raws):
        key = raw.key
        if raw.label == "ORG" and len(key.split()) > 1 and _acronym(key) in acronyms:
            key = _acronym(key)
        elif raw.label != "GPE" or country_name(key) is None:
            longer = _longer_names(key, full_names)
            # Other labels only merge on a surname: spaCy often tags a lone surname ORG or GPE.
            if longer and (raw.label == "PERSON" or key in {name.split()[-1] for name in longer}):
                key = _nearest_full_name(longer, raws, i)
        keys.append(key)
    return keys


def _nearest_full_name(candidates: list[str], raws: list[_Raw], position: int) -> str:
    """Of several full names a short form could stand for, the one last mentioned before it."""
    if len({c.split()[-1] for c in candidates}) == 1 and len(candidates) > 1:
        for raw in reversed(raws[:position]):
            if raw.key in candidates:
                return raw.key
    longest = max(len(c.split()) for c in candidates)
    return sorted(c for c in candidates if len(c.split()) == longest)[0]


def find_actors(doc: Doc) -> ActorIndex:
    """Return the actors of ``doc`` and their mentions, in text order.

    Actors come from spaCy's PERSON, ORG, GPE and NORP entities, merged into canonical names
    by deterministic sieves (Lee et al. 2013, see the module docstring). Each mention records
    its 0-based sentence index in the article.
    """
    raws = sorted(_raw_mentions(doc), key=lambda raw: raw.span.start)
    keys = _merge_keys(raws)
    starts = _sentence_starts(doc)
    mentions, heads = [], []
    aliases: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, Counter] = defaultdict(Counter)
    roles: dict[str, str] = {}
    for raw, key in zip(raws, keys):
        span = raw.span
        mentions.append(Mention(key, span.text, span.start_char, span.end_char, bisect.bisect_right(starts, span.start) - 1))
        heads.append(span.root.i)
        if span.text not in aliases[key]:
            aliases[key].append(span.text)
        labels[key][raw.label] += 1
        if raw.role and key not in roles:
            roles[key] = raw.role
    counts = Counter(m.actor for m in mentions)
    actors = [
        Actor(key, labels[key].most_common(1)[0][0], roles.get(key), aliases[key], counts[key])
        for key in dict.fromkeys(m.actor for m in mentions)
    ]
    return ActorIndex(actors, mentions, heads)


def actor_renames(articles: Iterable[Sequence[Actor]]) -> dict[str, str]:
    """Map canonical names that differ between articles onto one corpus-wide name.

    A name that one article uses as an alias of exactly one other canonical actor of the same
    type ("Burns" for "Nicholas Burns", "North Atlantic Treaty Organization" for "NATO") is
    renamed to that actor everywhere; ambiguous aliases (two Clintons) are left alone. This is
    the cross-document step of the sieve approach (Lee et al. 2013) on the per-article results.
    Returns ``{old: new}``.
    """
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actors in articles:
        for actor in actors:
            for alias in actor.aliases:
                if alias != actor.actor:
                    targets[(alias, actor.type)].add(actor.actor)
    renames = {alias: next(iter(names)) for (alias, _type), names in targets.items() if len(names) == 1}
    # Follow chains (A -> B -> C) so every name maps straight to its final key.
    for old in list(renames):
        seen = {old}
        while renames[old] in renames and renames[old] not in seen:
            seen.add(renames[old])
            renames[old] = renames[renames[old]]
    return {old: new for old, new in renames.items() if old != new}


class CorpusActors(NamedTuple):
    """How a corpus's per-article actors become corpus-wide ones."""

    renames: dict[str, str]  # a name -> the corpus-wide name it stands for
    types: dict[str, str]  # a corpus-wide name -> the type most of its mentions carry


def corpus_actors(actors: pd.DataFrame) -> CorpusActors:
    """The corpus-wide names (:func:`actor_renames`) and types of a corpus ``actors`` table.

    An actor gets one type across the corpus, the one most of its mentions carry, as an
    entity's attributes are pooled over its mentions in the entity-centric sieves of Lee et
    al. 2013; this overrules the small model's odd article ("Donald Trump" as an ORG).
    """
    per_article: dict[str, list[Actor]] = defaultdict(list)
    columns = (actors[c] for c in ("article_id", "actor", "type", "role", "aliases", "mentions"))
    for article, *fields in zip(*columns):  # plain iteration: a corpus has millions of rows
        per_article[article].append(Actor(*fields))
    renames = actor_renames(per_article.values())
    weights: dict[str, Counter] = defaultdict(Counter)
    for name, type_, mentions in zip(actors["actor"], actors["type"], actors["mentions"]):
        weights[renames.get(name, name)][type_] += int(mentions)
    types = {name: min(counts, key=lambda t: (-counts[t], t)) for name, counts in weights.items()}
    return CorpusActors(renames, types)


def unify_actors(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Return the corpus ``tables`` with every actor under its corpus-wide name and type
    (:func:`corpus_actors`, then :func:`rename_actors`)."""
    return rename_actors(tables, corpus_actors(tables["actors"]))


def rename_actors(tables: dict[str, pd.DataFrame], corpus: CorpusActors) -> dict[str, pd.DataFrame]:
    """Return ``tables`` with the actor names of ``corpus.renames`` replaced and each actor's
    corpus-wide type.

    Renames ``actors.actor``, ``mentions.actor``, ``quotes.speaker`` and the names in
    ``timeline.actors``, for whichever of these tables are given; two actor rows of one
    article that now share a name become one row (aliases joined, mentions added up). Rows
    are independent except for that, so a corpus can be renamed a batch at a time as long as
    each article's actor rows stay together. Other tables are returned unchanged.
    """
    renames = corpus.renames
    out = dict(tables)
    if "mentions" in tables:
        out["mentions"] = tables["mentions"].assign(actor=tables["mentions"]["actor"].replace(renames))
    if "quotes" in tables:
        out["quotes"] = tables["quotes"].assign(speaker=tables["quotes"]["speaker"].replace(renames))
    if "timeline" in tables and len(tables["timeline"]):
        names = tables["timeline"]["actors"].map(lambda values: list(dict.fromkeys(renames.get(v, v) for v in values)))
        out["timeline"] = tables["timeline"].assign(actors=names)
    if "actors" in tables:
        merged = _merge_renamed_actors(tables["actors"], renames)
        out["actors"] = merged.assign(type=[corpus.types.get(name, type_) for name, type_ in zip(merged["actor"], merged["type"])])
    return {name: conform(frame, name) for name, frame in out.items()}


def _merge_renamed_actors(actors: pd.DataFrame, renames: dict[str, str]) -> pd.DataFrame:
    renamed = actors.assign(actor=actors["actor"].replace(renames))
    if not renamed.duplicated(["article_id", "actor"]).any():
        return renamed  # nothing to merge: the common case, without a loop over the rows
    rows: dict[tuple[str, str], dict] = {}
    for row in renamed.to_dict("records"):
        key = (row["article_id"], row["actor"])
        if key not in rows:
            rows[key] = {**row, "aliases": list(row["aliases"])}
            continue
        merged = rows[key]
        merged["aliases"] += [a for a in row["aliases"] if a not in merged["aliases"]]
        merged["mentions"] += row["mentions"]
        if pd.isna(merged["role"]) and not pd.isna(row["role"]):
            merged["role"] = row["role"]
    return pd.DataFrame(list(rows.values()), columns=actors.columns)
