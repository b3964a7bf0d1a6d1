"""Old module names, kept for one release after the layered redesign.

``vanban.find``, ``vanban.regexes``, ``vanban.fields``, ``vanban.tables``,
``vanban.gazetteer``, ``vanban.relate``, ``vanban.resolve`` and ``vanban.context``
moved into packages (ARCHITECTURE.md says where). Importing an old name gives a
module that looks its attributes up in the new places, with a :class:`~vanban.errors.VanbanDeprecationWarning`
(a DeprecationWarning) pointing at the import.

>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     from vanban.tables import term_for_date
>>> term_for_date(__import__("datetime").date(2021, 6, 30))
'XIII'
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types
import warnings

from .errors import VanbanDeprecationWarning

__all__ = ["MOVED", "install"]

#: old module -> the modules its names live in now (looked up in order)
MOVED = {
    "vanban.find": ("vanban.references", "vanban.references.scan"),
    "vanban.regexes": ("vanban.grammar.patterns", "vanban.grammar.vocab", "vanban.text"),
    "vanban.fields": ("vanban.grammar.fields", "vanban.text"),
    "vanban.tables": ("vanban.facts.legacy", "vanban.facts.tables", "vanban.text"),
    "vanban.gazetteer": ("vanban.facts.gazetteer",),
    "vanban.relate": ("vanban.references.relate", "vanban.references"),
    "vanban.resolve": ("vanban.references.resolve", "vanban.references.keys"),
    "vanban.context": ("vanban.structure.context",),
}


class _Moved(types.ModuleType):
    def __init__(self, name: str, targets: tuple[str, ...]):
        super().__init__(name, f"moved to {', '.join(targets)}")
        self._targets = targets

    def __getattr__(self, attr: str):
        for t in self._targets:
            mod = importlib.import_module(t)
            if hasattr(mod, attr):
                return getattr(mod, attr)
        raise AttributeError(f"module {self.__name__!r} (moved to {', '.join(self._targets)}) has no attribute {attr!r}")

    def __dir__(self):
        return sorted({a for t in self._targets for a in dir(importlib.import_module(t))})


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname in MOVED:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        warnings.warn(
            f"{spec.name} moved to {', '.join(MOVED[spec.name])}; the old name goes in the next release",
            VanbanDeprecationWarning,
            stacklevel=2,  # the import statement (importlib's own frames are skipped)
        )
        return _Moved(spec.name, MOVED[spec.name])

    def exec_module(self, module):
        return None


def install() -> None:
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
