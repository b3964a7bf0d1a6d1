"""Building the cascade graph of a set of documents.

One node per document identity (a :attr:`Reference.key` or a document's own key),
never per code: Gia Lai's and Yên Bái's ``25-KH/TU`` are two nodes, and so are the
2010 and the 2015 ``42-CT/TW``. Edges go from the citing to the cited document,
with the ``relation`` and the ``evidence`` (file, span, sentence). :func:`node_attrs`
owns the node schema.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..grammar import parse_code
from ..model import Document, Key, Reference
from ..parallel import bulk_gc
from ..references import document_key, make_key, relation_of_cue
from ..text import fold_key
from .queries import CASCADE_RELATIONS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["build_graph", "node_attrs", "REPAIRABLE"]

#: the rules whose fix says which document a citation means
REPAIRABLE = ("type-code-mismatch", "issuer-code-mismatch", "date-conflict")

#: the attributes every node has (DESIGN.md), in order
NODE_ATTRS = (
    "key",
    "code",
    "doc_type",
    "number",
    "issuer",
    "issuer_code",
    "level",
    "date",
    "term",
    "title",
    "province",
    "district",
    "commune",
    "in_corpus",
    "path",
    "inferred",
    "conflicts",
)


def node_attrs(key: str, **values) -> dict:
    """The attributes of a node: every name of :data:`NODE_ATTRS` (None when not given), then the extras."""
    out = {name: None for name in NODE_ATTRS}
    out.update(key=key, in_corpus=False, inferred=[], conflicts={})
    out.update(values)
    return out


def build_graph(
    documents: Iterable[Document],
    *,
    registry: bool = True,
    guess_terms: bool = True,
    repair: bool = True,
    lexicon: Optional[Lexicon] = None,
) -> nx.MultiDiGraph:
    """The cascade graph of ``documents`` (a Corpus or any iterable of Documents).

    Stubs (documents only cited) take their attributes from the citations; when
    citations disagree the most common value wins and the others are kept in the
    node's ``conflicts``. A citation whose term or year the text does not give
    (``42-CT/TW#?``) is linked to the one known document with that code (and
    locality) when there is exactly one (edge attribute ``inferred=True``), else
    kept apart. With ``repair``, a citation the checks correct ("Kết luận số
    93-NQ/TW" -> 93-KL/TW; a date contradicted by the rest of the document) points
    to the corrected document when that document is otherwise known; the edge
    keeps ``repaired`` = {"rule", "written"} and the finding stays.
    """
    docs = list(documents)
    lex = lexicon if lexicon is not None else current()
    with bulk_gc():
        return _Builder(docs, lex).build(registry=registry, guess_terms=guess_terms, repair=repair)


def _level(lex: Lexicon, issuer_code: Optional[str], issuer: Optional[str], fallback: Optional[str] = None) -> Optional[str]:
    if issuer_code:
        return lex.level_of_code(issuer_code)
    return lex.level_of_issuer(issuer) or fallback


def _sentence(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), a - 240) + 1
    m = _SENTENCE_END.search(text, b)
    hi = min(m.end() if m else len(text), b + 240)
    return " ".join(text[max(0, lo) : hi].split())


_SENTENCE_END = re.compile(r"[.;](?=\s)|\n")


def _doc_id(doc: Document) -> str:
    """A key for a document whose letterhead gives no code (the seed): its type,
    issuer and date, which the citations of it may later replace."""
    h = doc.header
    parts = [h.doc_type or "?", h.issuer or "?", h.date.isoformat() if h.date else (doc.path or "?")]
    return "doc:" + "|".join(parts)


def _most(values: Iterable) -> tuple[object, dict]:
    c = Counter(v for v in values if v is not None)
    if not c:
        return None, {}
    best = c.most_common(1)[0][0]
    return best, ({str(k): n for k, n in c.items()} if len(c) > 1 else {})


class _Builder:
    def __init__(self, docs: list[Document], lex: Lexicon):
        import networkx as nx

        self.docs, self.lex = docs, lex
        self.G = nx.MultiDiGraph()
        self.G.graph["aliases"] = {}
        self.doc_keys: dict[int, str] = {}
        self.cited: dict[str, list[Reference]] = defaultdict(list)
        self.edges: list[tuple[str, str, str, dict, bool]] = []

    def build(self, *, registry: bool, guess_terms: bool, repair: bool):
        self.add_documents()
        self.add_citations(self.repairs() if repair else {})
        self.add_stubs(registry)
        self.adopt_codes()
        if guess_terms:
            self.link_unknown_terms()
            self.link_named()
        self.add_edges()
        return self.G

    def add_documents(self) -> None:
        G = self.G
        for d in self.docs:
            k = d.key or document_key(d, self.lex) or _doc_id(d)
            self.doc_keys[id(d)] = k
            if k in G:  # two files of one document (a copy, another format): one node, all paths kept
                G.nodes[k].setdefault("paths", [G.nodes[k]["path"]]).append(d.path)
                continue
            h = d.header
            cp = parse_code(h.code, self.lex) if h.code else None
            ic = cp.issuer_code if cp else h.issuer_code
            G.add_node(
                k,
                **node_attrs(
                    k,
                    code=h.code,
                    doc_type=h.doc_type,
                    number=h.number,
                    issuer=h.issuer,
                    issuer_code=ic,
                    level=_level(self.lex, ic, h.issuer, h.level),
                    date=h.date,
                    term=self.lex.term_for_date(h.date) if h.date and h.level == "central" else None,
                    title=h.title,
                    province=h.province,
                    district=h.district,
                    commune=h.commune,
                    in_corpus=True,
                    path=d.path,
                    inferred=sorted(h.inferred),
                ),
            )

    def add_citations(self, fixes: dict[int, tuple[str, str]]) -> None:
        for d in self.docs:
            src = self.doc_keys[id(d)]
            for r in d.references:
                if r.relation == "self" or r.key is None:
                    continue
                tgt = r.key
                ev = {
                    "path": d.path,
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "sentence": _sentence(d.text, r.start, r.end),
                }
                fix = fixes.get(id(r))
                if fix is not None:
                    tgt = fix[0]
                    ev["repaired"] = {"rule": fix[1], "written": r.key}
                else:
                    self.cited[tgt].append(r)
                if r.nested_in is not None:
                    holder = r.nested_in.target
                    if holder.key and holder.key != tgt:
                        rel = relation_of_cue(r.trigger, holder.doc_type, self.lex) if r.trigger else "cites"
                        self.edges.append((holder.key, tgt, rel, ev, False))
                        self.cited[holder.key].append(holder)
                    self.edges.append((src, tgt, "cites", ev, False))
                else:
                    self.edges.append((src, tgt, r.relation, ev, False))

    def repairs(self) -> dict[int, tuple[str, str]]:
        """id(reference) -> (corrected key, rule) for citations the checks correct, when the
        corrected key names a document the corpus otherwise knows (its own, or cited
        correctly elsewhere)."""
        known = set(self.doc_keys.values())
        for d in self.docs:
            known.update(r.key for r in d.references if r.key and r.relation != "self")
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for x in known:
            if not x.endswith("#?"):
                by_prefix[x.rsplit("#", 1)[0] + "#"].append(x)
        out: dict[int, tuple[str, str]] = {}
        for d in self.docs:
            ctx = d.header.context()
            for f in d.findings:
                r = f.reference
                if f.rule not in REPAIRABLE or r is None or f.fix is None:
                    continue
                if f.fix.field == "date":
                    dd = f.fix.value
                    fixed = Reference(
                        0, 0, "", code=r.code, date=dd, year=dd.year, issuer=r.issuer, term=r.term, locality=r.locality
                    )
                else:
                    fixed = Reference(
                        0, 0, "", code=f.fix.value, date=r.date, year=r.year, issuer=r.issuer, term=r.term, locality=r.locality
                    )
                k = make_key(fixed, ctx, lex=self.lex)
                if k and k.endswith("#?"):  # undated: the one known document with that code (and place)
                    same = by_prefix.get(k[:-1], [])
                    k = same[0] if len(same) == 1 else k
                if k and k != r.key and k in known:
                    out[id(r)] = (k, f.rule)
        return out

    def add_stubs(self, registry: bool) -> None:
        """A node for each document only cited, from what its citations say (and the registry)."""
        G, lex = self.G, self.lex
        for key, refs in self.cited.items():
            if key in G:
                continue
            conflicts = {}
            attrs = {}
            for name in ("code", "doc_type", "issuer", "date", "term", "subject"):
                attrs[name], var = _most(getattr(r, name) for r in refs)
                if var:
                    conflicts[name] = var
            cp = next((r.code_parts for r in refs if r.code_parts is not None and r.code == attrs["code"]), None)
            attrs["number"] = cp.number if cp else next((r.number for r in refs if r.number), None)
            attrs["issuer_code"] = cp.issuer_code if cp else next((r.issuer_code for r in refs if r.issuer_code), None)
            attrs["level"] = _level(lex, attrs["issuer_code"], attrs["issuer"])
            attrs["title"] = attrs.pop("subject")
            k = Key.parse(key)
            places = k.places
            if places:
                attrs["province"] = gazetteer.province(places[-1]) or places[-1]
                attrs["district"] = places[-2] if len(places) >= 2 else None
                attrs["commune"] = places[0] if len(places) == 3 else None
            if attrs["term"] is None and k.period not in (None, "?") and not k.period.isdigit():
                attrs["term"] = k.period
            if registry and attrs["code"]:
                self.from_registry(attrs)
            G.add_node(key, **node_attrs(key, conflicts=conflicts, **attrs))

    def from_registry(self, attrs: dict) -> None:
        for k in self.lex.known(attrs["code"]):
            if attrs["term"] and k.term == attrs["term"] or (attrs["date"] and k.date == attrs["date"]):
                attrs["date"] = attrs["date"] or k.date
                attrs["issuer"] = attrs["issuer"] or k.issuer
                attrs["title"] = attrs["title"] or k.subject
                attrs["registry"] = k.source

    def adopt_codes(self) -> None:
        """A corpus document without a printed code (the seed) is the stub its citations
        describe when exactly one stub matches its type, level, locality and date."""
        G = self.G
        aliases = G.graph["aliases"]
        codeless = [(n, a) for n, a in G.nodes(data=True) if a.get("in_corpus") and not a.get("code") and a.get("date")]
        if not codeless:
            return
        stubs: dict[tuple, list[str]] = defaultdict(list)
        for s, b in G.nodes(data=True):
            if not b.get("in_corpus") and b.get("date"):
                stubs[(b["date"], b.get("doc_type"), b.get("level"))].append(s)
        for n, a in codeless:
            cands = [
                s for s in stubs.get((a["date"], a.get("doc_type"), a.get("level")), []) if s in G and _same_place(a, G.nodes[s])
            ]
            if len(cands) == 1:
                stub = cands[0]
                b = G.nodes[stub]
                new = dict(a)
                new.update(
                    {
                        "key": stub,
                        "code": b["code"],
                        "number": b.get("number"),
                        "issuer_code": b.get("issuer_code") or a.get("issuer_code"),
                        "inferred": sorted(set(a.get("inferred", [])) | {"code"}),
                        "code_from": "citations",
                    }
                )
                G.remove_node(stub)
                G.add_node(stub, **new)
                G.remove_node(n)
                aliases[n] = stub

    def link_unknown_terms(self) -> None:
        """ "42-CT/TW#?": link to the one node (or registry entry) with that code, marked inferred."""
        G = self.G
        aliases = G.graph["aliases"]
        linked: set[str] = set()
        by_code: dict[str, list[str]] = defaultdict(list)
        for n, a in G.nodes(data=True):
            if a.get("code") and not n.endswith("#?"):
                by_code[a["code"]].append(n)
        for n in [n for n in G.nodes if n.endswith("#?") and not n.endswith("@?#?")]:
            code = G.nodes[n].get("code")
            cands = set(by_code.get(code, []))
            k = Key.parse(n)
            if k.locality is not None:  # a local document: the same code in the same place
                cands = {c for c in cands if Key.parse(c).locality == k.locality}
            if not cands and k.locality is None:
                known = self.lex.known(code or "")
                if len(known) == 1:
                    cands = {str(Key(code, period=known[0].term))}
            if len(cands) == 1:
                target = cands.pop()
                if target not in G:
                    G.add_node(target, **{**G.nodes[n], "key": target})
                aliases[n] = target
                G.remove_node(n)
                linked.add(n)
        self.repoint(linked)

    def repoint(self, linked: set[str]) -> None:
        """Edges to or from a node merged into another go to that one, marked inferred."""
        aliases = self.G.graph["aliases"]
        if linked:
            for i, (s, t, rel, ev, _inf) in enumerate(self.edges):
                if s in linked or t in linked:
                    self.edges[i] = (aliases.get(s, s), aliases.get(t, t), rel, ev, True)

    def link_named(self) -> None:
        """ "Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức …": a named
        central reference whose subject matches the title of exactly one known document
        of that term (the corpus's, or the registry's) is that document."""
        from ..similar import similar_titles

        G, lex = self.G, self.lex
        named = [n for n, a in G.nodes(data=True) if n.startswith("named:") and a.get("title") and a.get("level") == "central"]
        if not named:
            return
        cands: dict[str, str] = {}
        for k in lex.registry:  # the registry's subjects first: a citation's subject may run on
            if k.code.endswith("/TW") and k.subject:
                cands[str(Key(k.code, period=k.term))] = k.subject
        for n, a in G.nodes(data=True):
            if (
                a.get("level") == "central"
                and a.get("title")
                and not n.startswith("named:")
                and (n not in cands or a.get("in_corpus"))
            ):
                cands[n] = a["title"]
        linked: set[str] = set()
        for n in named:
            term = Key.parse(n).period
            pool = [k for k in cands if term is None or Key.parse(k).period == term]
            if not pool:
                continue
            ranked = similar_titles(G.nodes[n]["title"], [cands[k] for k in pool], k=2)
            if not ranked or ranked[0][1] < 0.5 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.15):
                continue
            target = pool[ranked[0][0]]
            if target not in G:
                self.registry_node(target, G.nodes[n])
            G.nodes[target].setdefault("names", []).append(Key.parse(n).name)
            G.graph["aliases"][n] = target
            G.remove_node(n)
            linked.add(n)
        self.repoint(linked)

    def registry_node(self, target: str, named: dict) -> None:
        k = Key.parse(target)
        kd = next((x for x in self.lex.known(k.code) if x.term == k.period), None)
        self.G.add_node(
            target,
            **node_attrs(
                target,
                code=k.code,
                doc_type=kd.doc_type if kd else named.get("doc_type"),
                number=kd.number if kd else None,
                issuer=kd.issuer if kd else None,
                issuer_code="TW",
                level="central",
                date=kd.date if kd else None,
                term=kd.term if kd else k.period,
                title=kd.subject if kd else None,
                registry=kd.source if kd else None,
            ),
        )

    def add_edges(self) -> None:
        G = self.G
        aliases = G.graph["aliases"]
        for s, t, rel, ev, inferred in self.edges:
            s, t = aliases.get(s, s), aliases.get(t, t)
            if s == t:
                continue
            if G.has_edge(s, t, key=rel):
                G.edges[s, t, rel]["evidence"].append(ev)
            else:
                G.add_edge(s, t, key=rel, relation=rel, evidence=[ev], inferred=inferred)
        # a "cites" next to a stronger relation between the same pair says nothing more
        for s, t, k in list(G.edges(keys=True)):
            if k == "cites" and any(k2 in CASCADE_RELATIONS for k2 in G[s][t]):
                G[s][t][next(k2 for k2 in G[s][t] if k2 in CASCADE_RELATIONS)]["evidence"].extend(G.edges[s, t, k]["evidence"])
                G.remove_edge(s, t, key=k)


def _same_place(a: dict, b: dict) -> bool:
    for k in ("district", "province"):
        if a.get(k) and b.get(k) and fold_key(a[k]) != fold_key(b[k]):
            return False
    return bool(a.get("province") or a.get("district"))
