"""What a cascade drawing shows: one box per document, or per group of documents at scale.

:func:`select` takes the root, the documents of its cascade (:func:`~vanban.graph.cascade`)
and the chain above it (:func:`~vanban.graph.lineage`), and splits the citations between them
into the *chain* (the edges of :func:`~vanban.graph.cascade_view`, the one view that
``lineage``, ``cascade`` and ``chain`` follow, so the picture says what they say) and the
*shortcuts* (a citation of a higher document that is not a step: a district plan citing the
central directive directly as well, a plan citing a provincial plan dated after it). Above
:data:`AGGREGATE_OVER` documents (or with ``aggregate=True``) the documents below the central
level are counted per province (``province=None``) or, inside one province, the commune
documents per district.

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> sel = select(G, "42-CT/TW#X")
    >>> sel.items["18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021"].lines
    ('18-KH/ĐU', 'Ia Sol 2021')
    >>> any(l.source.startswith("45-KH/HU") and l.target == "93-KL/TW#XII" for l in sel.links)  # a shortcut
    False
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..facts import gazetteer
from ..frames import node_labels
from ..graph import CASCADE_RELATIONS, cascade, cascade_view, lineage, node_for
from ..text import fold_key

__all__ = ["select", "Selection", "Item", "Link", "ROWS", "AGGREGATE_OVER", "row_of"]

#: the rows of a drawing, from the directive down
ROWS = ("central", "provincial", "district", "grassroots")
ROW_NAMES = {"central": "Central", "provincial": "Province", "district": "District", "grassroots": "Commune"}
#: above this many documents a cascade is drawn per province (drill down with ``province=``)
AGGREGATE_OVER = 200
#: relations drawn as a full line; the others are dashed
SOLID = ("implements", "continues")


@dataclass
class Item:
    """One box: a document, or a group of documents (``members``)."""

    id: str
    row: str
    members: list[str]
    province: Optional[str]
    district: Optional[str]
    lines: tuple[str, str]
    style: str  # "party", "state", "cited" (only cited, not in the corpus), "group"
    info: dict = field(default_factory=dict)  # what a tooltip shows


@dataclass
class Link:
    source: str  # the citing box
    target: str  # the cited box
    relations: tuple[str, ...]
    chain: bool  # a step of the implementation chain (else a shortcut)
    count: int = 1  # documents' edges it stands for

    @property
    def solid(self) -> bool:
        return any(r in SOLID for r in self.relations)


@dataclass
class Selection:
    root: str
    items: dict[str, Item]
    links: list[Link]
    aggregated: bool
    province: Optional[str]
    documents: int
    hidden: int = 0  # shortcuts not drawn (pairs of documents)


def row_of(a: dict) -> str:
    """The row of a node: its level; a State document sits with the party documents of its locality."""
    lv = a.get("level")
    if lv in ROWS:
        return lv
    if a.get("commune"):
        return "grassroots"
    if a.get("district"):
        return "district"
    return "provincial" if a.get("province") else "central"


def _nodes(G, r: str, province: Optional[str], ancestors: bool) -> list[str]:
    nodes = [r] + [c.node for c in cascade(G, r)]
    if province:
        want = fold_key(gazetteer.province(province) or province)
        nodes = [n for n in nodes if n == r or fold_key(G.nodes[n].get("province") or "") == want]
    if ancestors:
        for path in lineage(G, r)[:1]:
            nodes = list(dict.fromkeys(path[1:][::-1] + nodes))
    return nodes


def _pairs(G, nodes: list[str]) -> tuple[dict, dict]:
    """The citations between drawn documents, each pair with its relations: the steps (edges of
    :func:`~vanban.graph.cascade_view`), and the other citations of a document of a higher row (the shortcuts)."""
    V = cascade_view(G)
    keep = set(nodes)
    steps: dict[tuple[str, str], set] = defaultdict(set)
    others: dict[tuple[str, str], set] = defaultdict(set)
    for n in nodes:
        for _s, t, k in G.out_edges(n, keys=True):
            if t in keep and t != n:
                (steps if V.has_edge(n, t, k) else others)[n, t].add(k)
    higher = {(s, t): rels for (s, t), rels in others.items() if (s, t) not in steps and _above(G, t, s)}
    return dict(steps), higher


def _above(G, t: str, s: str) -> bool:
    """Is ``t`` drawn in a row above ``s``'s (nearer the centre)?"""
    return ROWS.index(row_of(G.nodes[t])) < ROWS.index(row_of(G.nodes[s]))


def _ordered(rels) -> tuple[str, ...]:
    return tuple(
        sorted(rels, key=lambda r: (CASCADE_RELATIONS.index(r) if r in CASCADE_RELATIONS else len(CASCADE_RELATIONS), r))
    )


def _link(links: dict, us: str, ut: str, rels: set, step: bool) -> None:
    """Add a pair of documents to the link between their boxes; a shortcut onto a chain link adds nothing."""
    ln = links.setdefault((us, ut), Link(us, ut, (), step, 0))
    if ln.chain and not step:
        return
    ln.relations = _ordered(set(ln.relations) | rels)
    ln.count += 1


def select(
    G,
    root,
    *,
    province: Optional[str] = None,
    aggregate: Optional[bool] = None,
    ancestors: bool = True,
    shortcuts: bool = False,
) -> Selection:
    """The boxes and links of the drawing of ``root``'s cascade (see the module doc)."""
    r = node_for(G, root)
    nodes = _nodes(G, r, province, ancestors)
    keep = set(nodes)
    steps, higher = _pairs(G, nodes)
    agg = len(nodes) > AGGREGATE_OVER if aggregate is None else aggregate
    labels = node_labels(G.subgraph(nodes))
    unit = {n: _unit(G.nodes[n], n, agg, province) for n in nodes}
    members: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        members[unit[n]].append(n)
    for u, ms in list(members.items()):  # a group of one is that document
        if u not in keep and len(ms) == 1:
            unit[ms[0]] = ms[0]
            members[ms[0]] = members.pop(u)
    items = {u: _item(G, u, ms, labels, r) if u in keep else _group(G, u, ms) for u, ms in members.items()}
    links: dict[tuple[str, str], Link] = {}
    hidden = 0
    for step, pairs in ((True, steps), (False, higher)):
        for (s, t), rels in pairs.items():
            if unit[s] == unit[t]:
                continue
            if step or shortcuts:
                _link(links, unit[s], unit[t], rels, step)
            else:
                hidden += 1
    return Selection(r, items, list(links.values()), agg, province, len(nodes), hidden)


def _unit(a: dict, n: str, agg: bool, province: Optional[str]) -> str:
    """The box a node is drawn in: itself, or its group."""
    row = row_of(a)
    if not agg or row == "central":
        return n
    if province is None:
        return f"group:{row}|{a.get('province') or '?'}"
    if row == "grassroots":
        return f"group:{row}|{a.get('province') or '?'}|{a.get('district') or '?'}"
    return n


def _year(a: dict) -> str:
    return str(a["date"].year) if a.get("date") else (f"khóa {a['term']}" if a.get("term") else "")


def _item(G, n: str, ms: list[str], labels: dict, root: str) -> Item:
    a = G.nodes[n]
    row = row_of(a)
    place = {"grassroots": a.get("commune") or a.get("district"), "district": a.get("district"), "provincial": a.get("province")}
    where = place.get(row) or ""
    when = a["date"].strftime("%d/%m/%Y") if row == "central" and a.get("date") else _year(a)
    code = a.get("code") or a.get("doc_type") or "?"
    style = "cited" if not a.get("in_corpus") else ("state" if a.get("level") == "state" else "party")
    info = {
        "document": labels.get(n, n),
        "type": a.get("doc_type"),
        "issuer": a.get("issuer"),
        "date": a["date"].strftime("%d/%m/%Y") if a.get("date") else None,
        "place": ", ".join(x for x in (a.get("commune"), a.get("district"), a.get("province")) if x) or None,
        "title": (a.get("title") or "")[:240] or None,
        "in corpus": "yes" if a.get("in_corpus") else "no (only cited)",
        "root": "yes" if n == root else None,
    }
    lines = (str(code), f"{where} {when}".strip())
    return Item(n, row, ms, a.get("province"), a.get("district"), lines, style, {k: v for k, v in info.items() if v})


def _group(G, u: str, ms: list[str]) -> Item:
    a = G.nodes[ms[0]]
    row = row_of(a)
    prov = a.get("province")
    dist = a.get("district") if row == "grassroots" and u.count("|") == 2 else None
    if row == "district":
        units = {G.nodes[m].get("district") for m in ms} - {None}
        total = len(gazetteer.districts_of(prov)) if prov else 0
        second = f"{len(units)} of {total} districts" if total else f"{len(units)} districts"
    elif row == "grassroots":
        units = {G.nodes[m].get("commune") for m in ms} - {None}
        second = f"{len(units)} communes"
    else:
        second = prov or "?"
    where = ", ".join(x for x in (dist, prov) if x)
    info = {"documents": f"{len(ms)} {ROW_NAMES[row].lower()} documents", "place": where or None, "coverage": second}
    first = f"{len(ms)} documents"
    return Item(u, row, ms, prov, dist, (first, second), "group", {k: v for k, v in info.items() if v})
