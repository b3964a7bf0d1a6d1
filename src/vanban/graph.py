"""The cascade graph: who implements what, and the queries analysts ask of it.

One node per document identity (a :attr:`Reference.key` or a document's own
letterhead), never per code: Gia Lai's and Yên Bái's ``25-KH/TU`` are two nodes,
and so are the 2010 and the 2015 ``42-CT/TW``. Edges go from the citing to the
cited document, with the ``relation`` and the ``evidence`` (file, span, sentence).

Example::

    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> [G.nodes[n]["code"] for n in lineage(G, "45-KH/HU@Phú Thiện, Gia Lai#2021")[0]]
    ['45-KH/HU', '25-KH/TU', '93-KL/TW', '42-CT/TW', '27-NQ/TW']
    >>> G.nodes["45-KH/HU@Phú Thiện, Gia Lai#2021"]["code_from"]  # the seed has no number; its citers give it
    'citations'
"""

from __future__ import annotations

import datetime as _dt
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Optional, Union

from . import fields, gazetteer, tables
from .errors import VanbanError
from .model import Document, Reference
from .text import fold_key

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from .corpus import Corpus

__all__ = [
    "build_graph",
    "lineage",
    "cascade",
    "coverage",
    "lag",
    "chain",
    "node_for",
    "CASCADE_RELATIONS",
    "LEVELS",
    "Coverage",
    "Lag",
    "AmbiguousNodeError",
]

#: the relations that make a cascade (a "cites" is a mention, not a step down)
CASCADE_RELATIONS = ("implements", "continues", "basis", "reviews", "amends", "replaces")
LEVELS = ("central", "provincial", "district", "grassroots", "state")


class AmbiguousNodeError(VanbanError, KeyError):
    """A code names several nodes: say which (the candidates are in ``candidates``)."""

    def __init__(self, what: str, candidates: list[str]):
        self.candidates = candidates
        super().__init__(f"{what!r} names {len(candidates)} documents: {', '.join(candidates)}" if candidates else f"no node for {what!r}")


# --- building ----------------------------------------------------------------------------


def _doc_node_attrs(doc: Document, key: str) -> dict:
    h = doc.header
    cp = fields.parse_code(h.code) if h.code else None
    return {
        "key": key,
        "code": h.code,
        "doc_type": h.doc_type,
        "number": h.number,
        "issuer": h.issuer,
        "issuer_code": (cp.issuer_code if cp else h.issuer_code),
        "level": _level(cp.issuer_code if cp else h.issuer_code, h.issuer, h.level),
        "date": h.date,
        "term": tables.term_for_date(h.date) if h.date and h.level == "central" else None,
        "title": h.title,
        "province": h.province,
        "district": h.district,
        "commune": h.commune,
        "in_corpus": True,
        "path": doc.path,
        "inferred": sorted(h.inferred),
        "conflicts": {},
    }


def _level(issuer_code: Optional[str], issuer: Optional[str], fallback: Optional[str] = None) -> Optional[str]:
    if issuer_code:
        return tables.level_of_code(issuer_code)
    if issuer:
        iss = tables.issuer_by_form(issuer.split(",")[0])
        if iss is not None:
            return iss.level
    return fallback


def _sentence(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), a - 240) + 1
    m = re.compile(r"[.;](?=\s)|\n").search(text, b)
    hi = min(m.end() if m else len(text), b + 240)
    return " ".join(text[max(0, lo) : hi].split())


def _doc_id(doc: Document) -> str:
    """A key for a document whose letterhead gives no code (the seed): its type,
    issuer and date, which the citations of it may later replace."""
    h = doc.header
    parts = [h.doc_type or "?", h.issuer or "?", h.date.isoformat() if h.date else (doc.path or "?")]
    return "doc:" + "|".join(parts)


def build_graph(corpus: Corpus, *, registry: bool = True, guess_terms: bool = True, repair: bool = True) -> nx.MultiDiGraph:
    """Build the cascade graph of a corpus (see the module doc).

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
    from .corpus import _bulk_gc

    with _bulk_gc():
        return _build_graph(corpus, registry=registry, guess_terms=guess_terms, repair=repair)


def _build_graph(corpus: Corpus, *, registry: bool, guess_terms: bool, repair: bool) -> nx.MultiDiGraph:
    import networkx as nx

    from .corpus import document_key

    G = nx.MultiDiGraph()
    doc_keys: dict[int, str] = {}
    for d in corpus.documents:
        k = document_key(d) or _doc_id(d)
        if k in G:  # two files of one document (a copy, another format): one node, all paths kept
            G.nodes[k].setdefault("paths", [G.nodes[k]["path"]]).append(d.path)
            doc_keys[id(d)] = k
            continue
        G.add_node(k, **_doc_node_attrs(d, k))
        doc_keys[id(d)] = k
    cited: dict[str, list[Reference]] = defaultdict(list)
    edges: list[tuple[str, str, str, dict, bool]] = []
    fixes = _repairs(corpus, set(G.nodes)) if repair else {}
    for d in corpus.documents:
        src = doc_keys[id(d)]
        for r in d.references:
            if r.relation == "self" or r.key is None:
                continue
            tgt = r.key
            ev = {"path": d.path, "start": r.start, "end": r.end, "text": r.text, "sentence": _sentence(d.text, r.start, r.end)}
            fix = fixes.get(id(r))
            if fix is not None:
                tgt = fix[0]
                ev["repaired"] = {"rule": fix[1], "written": r.key}
            else:
                cited[tgt].append(r)
            if r.nested_in is not None:
                holder = r.nested_in.target
                if holder.key and holder.key != tgt:
                    from .relate import relation_of_cue

                    rel = relation_of_cue(r.trigger, holder.doc_type) if r.trigger else "cites"
                    edges.append((holder.key, tgt, rel, ev, False))
                    cited[holder.key].append(holder)
                edges.append((src, tgt, "cites", ev, False))
            else:
                edges.append((src, tgt, r.relation, ev, False))
    _add_stubs(G, cited, registry)
    _adopt_codes(G, cited)
    _link_unknown_terms(G, edges, guess_terms)
    if guess_terms:
        _link_named(G, edges)
    for s, t, rel, ev, inferred in edges:
        s, t = _alias(G, s), _alias(G, t)
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
    G.graph["aliases"] = dict(G.graph.get("aliases", {}))
    return G


def _repairs(corpus: Corpus, doc_nodes: set[str]) -> dict[int, tuple[str, str]]:
    """id(reference) -> (corrected key, rule) for citations the checks correct, when the
    corrected key names a document the corpus otherwise knows (its own, or cited
    correctly elsewhere)."""
    from .checks import check
    from .resolve import make_key

    known = set(doc_nodes)
    for d in corpus.documents:
        known.update(r.key for r in d.references if r.key and r.relation != "self")
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for x in known:
        if not x.endswith("#?"):
            by_prefix[x.rsplit("#", 1)[0] + "#"].append(x)
    out: dict[int, tuple[str, str]] = {}
    for d in corpus.documents:
        ctx = d.header.context()
        for f in check(d, rules=("type-code-mismatch", "issuer-code-mismatch", "date-conflict")):
            r = f.reference
            if r is None or not f.suggestion:
                continue
            if f.rule == "date-conflict":
                dd, _ = fields.parse_date(f.suggestion)
                if dd is None:
                    continue
                fixed = Reference(0, 0, "", code=r.code, date=dd, year=dd.year, issuer=r.issuer, term=r.term, locality=r.locality)
            else:
                fixed = Reference(0, 0, "", code=f.suggestion, date=r.date, year=r.year, issuer=r.issuer, term=r.term, locality=r.locality)
            k = make_key(fixed, ctx)
            if k and k.endswith("#?"):  # undated: the one known document with that code (and place)
                same = by_prefix.get(k[:-1], [])
                k = same[0] if len(same) == 1 else k
            if k and k != r.key and k in known:
                out[id(r)] = (k, f.rule)
    return out


def _alias(G, k: str) -> str:
    return G.graph.get("aliases", {}).get(k, k)


def _most(values: Iterable) -> tuple[object, dict]:
    c = Counter(v for v in values if v is not None)
    if not c:
        return None, {}
    best = c.most_common(1)[0][0]
    return best, ({str(k): n for k, n in c.items()} if len(c) > 1 else {})


def _add_stubs(G, cited: dict[str, list[Reference]], registry: bool) -> None:
    for key, refs in cited.items():
        if key in G:
            continue
        conflicts = {}
        attrs = {"key": key, "in_corpus": False, "path": None}
        for name in ("code", "doc_type", "issuer", "date", "term", "subject"):
            best, var = _most(getattr(r, name) for r in refs)
            attrs[name] = best
            if var:
                conflicts[name] = var
        cp = fields.parse_code(attrs["code"]) if attrs["code"] else None
        attrs["number"] = cp.number if cp else next((r.number for r in refs if r.number), None)
        attrs["issuer_code"] = cp.issuer_code if cp else next((r.issuer_code for r in refs if r.issuer_code), None)
        attrs["level"] = _level(attrs["issuer_code"], attrs["issuer"])
        attrs["title"] = attrs.pop("subject")
        m = re.search(r"@([^#]+)", key)
        loc = m.group(1) if m and m.group(1) != "?" else None
        attrs["province"] = attrs["district"] = attrs["commune"] = None
        if loc:
            parts = [p.strip() for p in loc.split(",")]
            attrs["province"] = gazetteer.province(parts[-1]) or parts[-1]
            if len(parts) >= 2:
                attrs["district"] = parts[-2]
            if len(parts) == 3:
                attrs["commune"] = parts[0]
        if attrs["term"] is None and "#" in key and key.rsplit("#", 1)[1] not in ("?",) and not key.rsplit("#", 1)[1].isdigit():
            attrs["term"] = key.rsplit("#", 1)[1]
        if registry and attrs["code"]:
            for k in tables.known(attrs["code"]):
                if attrs["term"] and k.term == attrs["term"] or (attrs["date"] and k.date == attrs["date"]):
                    attrs["date"] = attrs["date"] or k.date
                    attrs["issuer"] = attrs["issuer"] or k.issuer
                    attrs["title"] = attrs["title"] or k.subject
                    attrs["registry"] = k.source
        attrs["conflicts"] = conflicts
        attrs["inferred"] = []
        G.add_node(key, **attrs)


def _adopt_codes(G, cited) -> None:
    """A corpus document without a printed code (the seed) is the stub its citations
    describe when exactly one stub matches its type, level, locality and date."""
    aliases = G.graph.setdefault("aliases", {})
    codeless = [(n, a) for n, a in G.nodes(data=True) if a.get("in_corpus") and not a.get("code") and a.get("date")]
    if not codeless:
        return
    stubs: dict[tuple, list[str]] = defaultdict(list)
    for s, b in G.nodes(data=True):
        if not b.get("in_corpus") and b.get("date"):
            stubs[(b["date"], b.get("doc_type"), b.get("level"))].append(s)
    for n, a in codeless:
        cands = [s for s in stubs.get((a["date"], a.get("doc_type"), a.get("level")), []) if s in G and _same_place(a, G.nodes[s])]
        if len(cands) == 1:
            stub = cands[0]
            b = G.nodes[stub]
            new = dict(a)
            new.update({"key": stub, "code": b["code"], "number": b.get("number"), "issuer_code": b.get("issuer_code") or a.get("issuer_code"),
                        "inferred": sorted(set(a.get("inferred", [])) | {"code"}), "code_from": "citations"})
            G.remove_node(stub)
            G.add_node(stub, **new)
            G.remove_node(n)
            aliases[n] = stub


def _same_place(a: dict, b: dict) -> bool:
    for k in ("district", "province"):
        if a.get(k) and b.get(k) and fold_key(a[k]) != fold_key(b[k]):
            return False
    return bool(a.get("province") or a.get("district"))


def _link_unknown_terms(G, edges: list, guess: bool) -> None:
    """"42-CT/TW#?": link to the one node (or registry entry) with that code, marked inferred."""
    if not guess:
        return
    aliases = G.graph.setdefault("aliases", {})
    linked: set[str] = set()
    by_code: dict[str, list[str]] = defaultdict(list)
    for n, a in G.nodes(data=True):
        if a.get("code") and not n.endswith("#?"):
            by_code[a["code"]].append(n)
    for n in [n for n in G.nodes if n.endswith("#?") and not n.endswith("@?#?")]:
        code = G.nodes[n].get("code")
        cands = set(by_code.get(code, []))
        if "@" in n:  # a local document: the same code in the same place
            loc = n.split("@", 1)[1].rsplit("#", 1)[0]
            cands = {c for c in cands if "@" in c and c.split("@", 1)[1].rsplit("#", 1)[0] == loc}
        if not cands and "@" not in n:
            known = tables.known(code or "")
            if len(known) == 1:
                cands = {f"{code}#{known[0].term}"}
        if len(cands) == 1:
            target = cands.pop()
            if target not in G:
                attrs = dict(G.nodes[n])
                attrs["key"] = target
                G.add_node(target, **attrs)
            aliases[n] = target
            G.remove_node(n)
            linked.add(n)
    _repoint(edges, linked, aliases)


def _repoint(edges: list, linked: set[str], aliases: dict[str, str]) -> None:
    """Edges to or from a node merged into another go to that one, marked inferred."""
    if linked:
        for i, (s, t, rel, ev, _inf) in enumerate(edges):
            if s in linked or t in linked:
                edges[i] = (aliases.get(s, s), aliases.get(t, t), rel, ev, True)


def _link_named(G, edges: list) -> None:
    """"Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức …": a named
    central reference whose subject matches the title of exactly one known document
    of that term (the corpus's, or the registry's) is that document."""
    from .similar import similar_titles

    named = [n for n, a in G.nodes(data=True) if n.startswith("named:") and a.get("title") and a.get("level") == "central"]
    if not named:
        return
    cands: dict[str, str] = {}
    for k in tables.registry():  # the registry's subjects first: a citation's subject may run on
        if k.code.endswith("/TW") and k.subject:
            cands[f"{k.code}#{k.term}"] = k.subject
    for n, a in G.nodes(data=True):
        if a.get("level") == "central" and a.get("title") and not n.startswith("named:") and (n not in cands or a.get("in_corpus")):
            cands[n] = a["title"]
    aliases = G.graph.setdefault("aliases", {})
    linked: set[str] = set()
    for n in named:
        term = n.rsplit("#", 1)[1] if "#" in n else None
        pool = [k for k in cands if term is None or k.endswith("#" + term)]
        if not pool:
            continue
        ranked = similar_titles(G.nodes[n]["title"], [cands[k] for k in pool], k=2)
        if not ranked or ranked[0][1] < 0.5 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.15):
            continue
        target = pool[ranked[0][0]]
        if target not in G:
            kd = next((x for x in tables.known(target.split("#")[0]) if x.term == target.rsplit("#", 1)[1]), None)
            G.add_node(target, key=target, code=target.split("#")[0], doc_type=kd.doc_type if kd else G.nodes[n].get("doc_type"),
                       number=kd.number if kd else None, issuer=kd.issuer if kd else None, issuer_code="TW", level="central",
                       date=kd.date if kd else None, term=kd.term if kd else term, title=kd.subject if kd else None, in_corpus=False, path=None,
                       province=None, district=None, commune=None, conflicts={}, inferred=[], registry=kd.source if kd else None)
        G.nodes[target].setdefault("names", []).append(n.split(":", 1)[1].split("#")[0])
        aliases[n] = target
        G.remove_node(n)
        linked.add(n)
    _repoint(edges, linked, aliases)


# --- queries -----------------------------------------------------------------------------


def node_for(G, x: Union[str, Document, Reference]) -> str:
    """The node a key, a code ("93-KL/TW"), a Document or a Reference stands for."""
    if isinstance(x, Document):
        from .corpus import document_key

        for cand in (document_key(x), x.path and next((n for n, a in G.nodes(data=True) if a.get("path") == x.path), None)):
            if cand and cand in G:
                return cand
        raise AmbiguousNodeError(repr(x), [])
    if isinstance(x, Reference):
        x = x.target.key or ""
    if x in G:
        return x
    x2 = G.graph.get("aliases", {}).get(x)
    if x2 in G:
        return x2
    cands = [n for n, a in G.nodes(data=True) if a.get("code") == x]
    if len(cands) == 1:
        return cands[0]
    raise AmbiguousNodeError(x, sorted(cands))


def _up(G, n: str) -> list[str]:
    return sorted({t for _, t, k in G.out_edges(n, keys=True) if k in CASCADE_RELATIONS})


def _down(G, n: str) -> list[str]:
    return sorted({s for s, _, k in G.in_edges(n, keys=True) if k in CASCADE_RELATIONS})


def lineage(G, node) -> list[list[str]]:
    """The chains upward from a document to the directive(s) it cascades from,
    longest first; a chain that is a shortcut of a longer one (the plan citing the
    central directive directly as well as through the provincial plan) is left out.

    For the seed: ``[[seed, 25-KH/TU@Gia Lai#2021, 93-KL/TW#XII, 42-CT/TW#X]]``.
    """
    start = node_for(G, node)
    paths: list[list[str]] = []

    def walk(n: str, path: list[str]) -> None:
        ups = [u for u in _up(G, n) if u not in path]
        if not ups:
            paths.append(path)
            return
        for u in ups:
            walk(u, path + [u])

    walk(start, [start])
    paths.sort(key=len, reverse=True)
    out: list[list[str]] = []
    for p in paths:
        if not any(_is_subsequence(p, q) for q in out):
            out.append(p)
    return out


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(x in it for x in short) and len(short) < len(long)


def chain(G, top, bottom) -> list[list[str]]:
    """The chains from ``bottom`` up to ``top`` (e.g. from a district plan to Chỉ thị 42-CT/TW)."""
    t, b = node_for(G, top), node_for(G, bottom)
    return [p[: p.index(t) + 1] for p in lineage(G, b) if t in p]


@dataclass
class Cascaded:
    node: str
    depth: int
    level: Optional[str]
    date: Optional[_dt.date]
    via: Optional[str]  # the node it implements on the way


def cascade(G, node) -> list[Cascaded]:
    """Everything that implements a document, transitively, breadth first: the
    provincial plans, the district plans citing them, the communes' …"""
    root = node_for(G, node)
    seen = {root}
    out: list[Cascaded] = []
    frontier = [(root, 0)]
    while frontier:
        nxt = []
        for n, depth in frontier:
            for d in _down(G, n):
                if d in seen:
                    continue
                seen.add(d)
                a = G.nodes[d]
                out.append(Cascaded(d, depth + 1, a.get("level"), a.get("date"), n))
                nxt.append((d, depth + 1))
        frontier = nxt
    return out


@dataclass
class Coverage:
    """Which expected units have a document implementing the directive."""

    node: str
    level: str
    covered: dict[str, list[str]] = field(default_factory=dict)  # unit -> implementing nodes
    missing: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        n = len(self.covered) + len(self.missing)
        return len(self.covered) / n if n else 1.0

    def __repr__(self) -> str:
        return f"<Coverage {self.node}: {len(self.covered)} covered, {len(self.missing)} missing ({self.rate:.0%})>"


def coverage(G, node, units: Optional[Iterable[str]] = None, *, province: Optional[str] = None, level: str = "district") -> Coverage:
    """Which of ``units`` (district names by default; ``level="province"`` for
    provinces) have a document in the cascade of ``node``. Without ``units``,
    ``province`` gives all its districts from the gazetteer.

    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> cov = coverage(G, "93-KL/TW", province="Gia Lai")
    >>> cov.missing[:3], sorted(cov.covered)[:2]
    (['Pleiku', 'An Khê', 'Ayun Pa'], ['Chư Sê', 'Ia Grai'])
    """
    root = node_for(G, node)
    if units is None:
        if level == "district" and province:
            units = gazetteer.districts_of(province)
        elif level == "province":
            units = sorted({p.name for p in gazetteer._index().provinces.values()})
        else:
            raise VanbanError("coverage needs the expected units, or a province for its districts")
    units = list(units)
    attr = {"district": "district", "province": "province", "commune": "commune"}[level]
    by_unit: dict[str, list[str]] = defaultdict(list)
    for c in cascade(G, root):
        a = G.nodes[c.node]
        val = a.get(attr)
        if val and (not province or level != "district" or fold_key(a.get("province") or "") == fold_key(gazetteer.province(province) or province)):
            by_unit[fold_key(val)].append(c.node)
    cov = Coverage(root, level)
    for u in units:
        hits = by_unit.get(fold_key(u))
        if hits:
            cov.covered[u] = hits
        else:
            cov.missing.append(u)
    return cov


@dataclass
class Lag:
    """Days from a directive to each document implementing it, and per level."""

    node: str
    date: Optional[_dt.date]
    rows: list[dict] = field(default_factory=list)  # node, level, date, days, depth, via
    by_level: dict[str, dict] = field(default_factory=dict)  # level -> n, min, median, mean, max

    def frame(self):
        import pandas as pd

        return pd.DataFrame(self.rows)

    def __repr__(self) -> str:
        parts = [f"{lv}: n={s['n']} median={s['median']}d" for lv, s in self.by_level.items()]
        return f"<Lag {self.node} {'; '.join(parts)}>"


def lag(G, node) -> Lag:
    """Days from ``node``'s date to each document in its cascade, with a summary
    per level (central, provincial, district, grassroots, state)."""
    root = node_for(G, node)
    d0 = G.nodes[root].get("date")
    out = Lag(root, d0)
    per: dict[str, list[int]] = defaultdict(list)
    for c in cascade(G, root):
        days = (c.date - d0).days if (c.date and d0) else None
        out.rows.append({"node": c.node, "level": c.level, "date": c.date, "days": days, "depth": c.depth, "via": c.via,
                         "in_corpus": G.nodes[c.node].get("in_corpus", False)})
        if days is not None:
            per[c.level or "?"].append(days)
    for lv in list(LEVELS) + ["?"]:
        v = per.get(lv)
        if v:
            out.by_level[lv] = {"n": len(v), "min": min(v), "median": statistics.median(v), "mean": round(statistics.fmean(v), 1), "max": max(v)}
    return out
