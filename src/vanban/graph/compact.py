"""Attribute dicts of the graph in less memory: the same ``dict``, keys, values and order.

A large graph holds a dict for every piece of evidence (637k at 100k generated documents), every
edge and every node, most with the same keys in the same order. CPython lets the attribute dicts of
the instances of one class share one table of keys (PEP 412, "key-sharing dictionaries"): each
dict keeps only its values. :func:`small_dict` makes such a dict, ``type(d) is dict``, equal to
``dict(pairs)`` in every way a program can see (``==``, order, ``repr``, JSON, pickle); a piece of
evidence takes 154 bytes so, 280 as a dict made otherwise (CPython 3.11). An interpreter without
key sharing, a key that is not a string, or a key added later out of the shared order gives an
ordinary dict: the same values, only larger.

Example::

    >>> ev = small_dict({"path": "gialai/45-KH-HU.txt", "start": 134, "text": "Kế hoạch số 25-KH/TU"})
    >>> type(ev) is dict, ev == {"path": "gialai/45-KH-HU.txt", "start": 134, "text": "Kế hoạch số 25-KH/TU"}
    (True, True)
    >>> list(ev)
    ['path', 'start', 'text']
"""

from __future__ import annotations

from typing import Callable, Optional

__all__ = ["small_dict", "maker"]

#: the keys of a dict, in order -> the class whose instances' dicts share them
_LAYOUTS: dict[tuple, type] = {}

#: layouts at most (a graph has a few: evidence with or without ``repaired``, nodes of a document or a stub, …)
MAX_LAYOUTS = 256


def small_dict(values: dict) -> dict:
    """A copy of ``values`` whose keys are shared with every other made of the same keys in the same order. A key
    added afterwards is kept as an ordinary dict keeps it, in the order added (an edge's ``cascade``, written by
    :func:`.steps.mark_steps` once all edges are in).

    >>> e = small_dict({"relation": "cites", "inferred": False})
    >>> e["cascade"] = True
    >>> e == {"relation": "cites", "inferred": False, "cascade": True}, list(e)
    (True, ['relation', 'inferred', 'cascade'])
    """
    cls = _layout(tuple(values))
    if cls is None:
        return dict(values)
    d = cls().__dict__  # an empty dict sharing the class's keys, filled pair by pair (from a dict it would copy its keys)
    d.update(values.items())
    return d


def maker(keys: tuple) -> Callable[[], dict]:
    """A function giving a new empty dict that, its ``keys`` assigned in their order, is the :func:`small_dict` of the
    same values, made without a dict to copy first (a piece of evidence of a graph read back: 0.7 against 1.9 µs).
    (Not a copy of one such dict: CPython gives each a table of values the size the first instances had, larger.)

    >>> new = maker(("path", "start"))
    >>> e = new()
    >>> e["path"], e["start"] = "gialai/45-KH-HU.txt", 134
    >>> e == small_dict({"path": "gialai/45-KH-HU.txt", "start": 134}), list(e)
    (True, ['path', 'start'])
    """
    cls = _layout(tuple(keys))
    return dict if cls is None else lambda: cls().__dict__


def _layout(names: tuple) -> Optional[type]:
    """The class whose instances' dicts share the keys ``names`` (made the first time), or None: too many
    layouts, or a key that is not a string."""
    cls = _LAYOUTS.get(names)
    if cls is None:
        if len(_LAYOUTS) >= MAX_LAYOUTS or not all(type(k) is str for k in names):
            return None
        cls = _LAYOUTS[names] = type("_Attributes", (), {})
        cls().__dict__.update(dict.fromkeys(names).items())  # the first instance's keys are the class's shared keys
    return cls
