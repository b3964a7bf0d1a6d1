"""The import rule of ARCHITECTURE.md: every relative import in src/vanban (module level
and inside functions) points down a layer or stays inside its own package, and the
import graph has no circle. The one written exception is Jupyter's display hook.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "vanban"

#: room -> rank; a module may import rooms of a lower rank, and modules of its own room
LAYERS = {
    "vanban.errors": 0.0,
    "vanban._version": 0.0,
    "vanban.text": 0.0,
    "vanban.model": 0.0,
    "vanban.source": 0.1,
    "vanban.cache": 0.1,
    "vanban.palette": 0.0,
    "vanban.facts": 1.0,
    "vanban.similar": 1.5,
    "vanban.parallel": 1.5,
    "vanban.grammar": 2.0,
    "vanban.readers": 3.0,
    "vanban.structure": 3.0,
    "vanban.references": 4.0,
    "vanban.checks": 5.0,
    "vanban.read": 6.0,
    "vanban.frames": 7.0,
    "vanban.graph": 7.0,
    "vanban.cluster": 7.1,
    "vanban.store": 7.2,
    "vanban.corpus": 7.5,
    "vanban.export": 8.0,
    "vanban.display": 8.0,
    "vanban.spacy_component": 8.0,
    "vanban.viz": 8.1,
    "vanban.report": 8.2,
    "vanban.cli": 8.3,
    "vanban._compat": 8.9,
    "vanban": 9.0,  # the package's __init__: re-exports
}
#: the one import that points up (model.Document._repr_html_ for Jupyter)
EXCEPTIONS = {("vanban.model", "vanban.display")}


def modules() -> dict[str, Path]:
    out = {}
    for p in SRC.rglob("*.py"):
        parts = p.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts).removesuffix(".__init__")
        out[name] = p
    return out


def imports() -> Iterator[tuple[str, str, str]]:
    """(module, the module or package it imports from, the name imported) for every relative import of
    src/vanban, anywhere in a file; an absolute ``import vanban…`` fails."""
    for m, p in modules().items():
        pkg = m if p.name == "__init__.py" else m.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = pkg.rsplit(".", node.level - 1)[0] if node.level > 1 else pkg
                target = f"{base}.{node.module}" if node.module else base
                for alias in node.names:
                    yield m, target, alias.name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("vanban") for a in node.names), (
                    f"{m}: import vanban… absolutely; use a relative import"
                )


def edges() -> dict[str, set[str]]:
    """module -> the vanban modules it imports (relative imports, anywhere in the file)."""
    mods = modules()
    out: dict[str, set[str]] = {m: set() for m in mods}
    for m, target, name in imports():
        cand = f"{target}.{name}"
        out[m].add(cand if cand in mods else target)
    return {m: {t for t in ts if t in mods and t != m} for m, ts in out.items()}


def room(module: str) -> str:
    """The entry of LAYERS a module belongs to (its package, or itself)."""
    best = max((r for r in LAYERS if module == r or module.startswith(r + ".")), key=len)
    return best


def test_every_module_has_a_layer():
    assert all(room(m) for m in modules())


def test_imports_point_down_or_stay_in_their_package():
    bad = []
    for m, targets in edges().items():
        for t in targets:
            rm, rt = room(m), room(t)
            if rm == rt or LAYERS[rt] < LAYERS[rm] or (m, t) in EXCEPTIONS:
                continue
            bad.append(f"{m} (layer {LAYERS[rm]}) imports {t} (layer {LAYERS[rt]})")
    assert not bad, "\n".join(sorted(bad))


def test_no_import_circle():
    import networkx as nx

    G = nx.DiGraph([(m, t) for m, ts in edges().items() for t in ts if (m, t) not in EXCEPTIONS])
    cycles = list(nx.simple_cycles(G))
    assert not cycles, cycles[:5]


def test_the_model_imports_nothing_of_vanban():
    assert edges()["vanban.model"] <= {t for m, t in EXCEPTIONS if m == "vanban.model"}


def test_graph_queries_never_import_graph_build():
    assert "vanban.graph.build" not in edges()["vanban.graph.queries"]


def test_no_private_name_is_imported_across_modules():
    """``from .x import _name`` only within one module's package for its own helpers, never across rooms."""
    bad = [
        f"{m} imports {target}.{name}"
        for m, target, name in imports()
        if name.startswith("_") and not name.startswith("__") and room(target) != room(m)
    ]
    assert not bad, bad


@pytest.mark.parametrize("limit", [60])
def test_no_long_function(limit):
    """No function in src/ runs over ~60 lines (the builders and readers are split into small steps)."""
    long = []
    for m, p in modules().items():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > limit:
                    long.append(f"{m}.{node.name}: {n} lines")
    assert not long, long


def test_architecture_names_every_module():
    """The layer diagram of ARCHITECTURE.md names each top-level module and, for each package
    (``graph/ (steps -> build -> queries; encoding)``), exactly the modules in it."""
    import re

    text = (SRC.parent.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    diagram = text.split("```")[1]
    words = set(re.findall(r"[\w.]+", diagram))
    top = {p.stem for p in SRC.glob("*.py")} - {"__init__", "_compat"}
    assert top <= words, sorted(top - words)
    listed = dict(re.findall(r"(\w+)/ \(([^)]*)\)", diagram))
    packages = {p.parent.name for p in SRC.glob("*/__init__.py")}
    assert set(listed) == packages, (sorted(listed), sorted(packages))
    for pkg, inside in listed.items():
        named = {w for w in re.findall(r"[\w*./]+", inside) if "/" not in w and "*" not in w}
        modules = {p.stem for p in (SRC / pkg).glob("*.py")} - {"__init__"}
        assert named == modules, (pkg, sorted(named ^ modules))


def _bound_twice(body: list[ast.stmt]) -> list[str]:
    """The names a module's or class's body binds more than once (an ``@overload`` aside): the later one shadows the
    earlier for every use, even the uses written before it."""
    lines: dict[str, list[int]] = {}
    for node in body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            overload = any("overload" in ast.unparse(d) for d in node.decorator_list)
            names = [] if overload else [node.name]
        else:
            names = []
        for name in names:
            lines.setdefault(name, []).append(node.lineno)
    return [f"{name} (lines {ls})" for name, ls in lines.items() if len(ls) > 1]


def test_no_name_is_bound_twice():
    """No module or class of src/ defines one name twice: scan.py once had two ``_NUMBER_LIST`` patterns, the second
    read by both uses, the first by none."""
    twice = []
    for m, p in modules().items():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        twice += [f"{m}: {x}" for x in _bound_twice(tree.body)]
        twice += [f"{m}.{c.name}: {x}" for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for x in _bound_twice(c.body)]
    assert not twice, twice
