"""vanban in a spaCy pipeline: ``nlp.add_pipe("vanban_references")``.

The component is registered through the ``spacy_factories`` entry point, so it
works after ``pip install vanban`` without importing vanban first::

    import spacy
    nlp = spacy.blank("vi")                 # Vietnamese word segmentation by pyvi
    nlp.add_pipe("vanban_references")
    doc = nlp("Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy")
    [(s.text, s.label_, s._.reference.code) for s in doc.spans["vanban"]]
    # [('Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy', 'Kế hoạch', '25-KH/TU')]

It writes ``doc.spans["vanban"]`` (label: the document type), gives each span
``span._.reference`` (the :class:`~vanban.model.Reference`), and merges each code
and date into one token (pyvi otherwise cuts ``25-KH/TU`` into five tokens and
``19/4/2021`` into five). A token that runs past a reference ("93-KL/TW." at the end
of a sentence) is split there first, so every span is exactly the reference's
``[start, end)``. With ``ents=True`` (``nlp.add_pipe("vanban_references", config={"ents": True})``)
the references are ``doc.ents`` too. References are stored in ``doc.user_data`` as
plain dicts, so a ``DocBin(store_user_data=True)`` keeps them.

:func:`render` shows them with displaCy, coloured by relation (``by="relation"``),
by the error found in them (``by="error"``) or by type; :func:`displacy_options`
gives the options for your own ``displacy.render`` call.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Optional

from .palette import RELATION_COLORS  # displaCy colours of the relations, the Jupyter view's

__all__ = ["VanbanReferences", "create_component", "nlp", "render", "displacy_options", "RELATION_COLORS", "ERROR_COLORS"]

SPAN_KEY = "vanban"
_UD = "vanban_ref"

#: displaCy colours of the references with a finding, by severity, and of those without
ERROR_COLORS = {"error": "#f4a6a6", "warning": "#fdd49e", "info": "#e0e0e0", "ok": "#d9f0d3"}


def _ref_from_dict(d: dict):
    from .model import Flag, Note, Reference

    kw = {k: v for k, v in d.items() if k in Reference.__dataclass_fields__ and k not in ("resolved", "nested_in", "notes")}
    kw["notes"] = [Note(Flag[f], detail, tuple(span) if span else None) for f, detail, span in d.get("flags", [])]
    if kw.get("date"):
        kw["date"] = _dt.date.fromisoformat(kw["date"])
    for k in ("code_span", "date_span", "issuer_span", "term_span", "subject_span"):
        if kw.get(k) is not None:
            kw[k] = tuple(kw[k])
    r = Reference(**kw)
    if d.get("resolved"):
        r.resolved = Reference(
            d["resolved"]["start"], d["resolved"]["end"], "", code=d["resolved"]["code"], key=d["resolved"]["key"]
        )
    return r


def _get_reference(span):
    raw = span.doc.user_data.get((_UD, span.start_char, span.end_char))
    return _ref_from_dict(raw) if raw is not None else None


def _ensure_extensions() -> None:
    from spacy.tokens import Span

    if not Span.has_extension("reference"):
        Span.set_extension("reference", getter=_get_reference)


class VanbanReferences:
    """The pipeline component (see the module doc)."""

    def __init__(
        self,
        nlp,
        name: str = "vanban_references",
        span_key: str = SPAN_KEY,
        merge_tokens: bool = True,
        lexicon=None,
        ents: bool = False,
    ):
        from .facts.lexicon import current

        _ensure_extensions()
        self.name = name
        self.span_key = span_key
        self.merge_tokens = merge_tokens
        self.ents = ents
        #: the facts the component reads with (a Lexicon); saved by to_disk
        self.lexicon = lexicon if lexicon is not None else current()

    def __call__(self, doc):
        from .references import find_references

        refs = find_references(doc.text, lexicon=self.lexicon)
        _split_at(doc, {x for r in refs for x in (r.start, r.end)})
        if self.merge_tokens:
            self._merge(doc, refs)
        spans = []
        for r in refs:
            span = doc.char_span(r.start, r.end, label=r.doc_type or "Văn bản", alignment_mode="expand")
            if span is None:
                continue
            doc.user_data[(_UD, span.start_char, span.end_char)] = {
                **r.as_dict(),
                "flags": [(n.flag.name, n.detail, n.span) for n in r.notes],
            }
            spans.append(span)
        doc.spans[self.span_key] = spans
        if self.ents:
            from spacy.util import filter_spans

            doc.ents = filter_spans(spans)
        return doc

    @staticmethod
    def _merge(doc, refs) -> None:
        """Each code and date of a reference as one token."""
        with doc.retokenize() as retok:
            merged: list[tuple[int, int]] = []
            for r in refs:
                for sp in (r.code_span, r.date_span):
                    if sp is None or sp[1] - sp[0] < 2:
                        continue
                    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
                    if span is None or len(span) < 2 or any(not (span.end <= a or b <= span.start) for a, b in merged):
                        continue
                    merged.append((span.start, span.end))
                    retok.merge(span)

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    # serialisation: the settings and what the lexicon adds to the bundled one
    def _state(self) -> dict:
        return {
            "span_key": self.span_key,
            "merge_tokens": self.merge_tokens,
            "ents": self.ents,
            "lexicon": self.lexicon.additions_json(),
        }

    def _set_state(self, s: dict) -> None:
        from .facts import Lexicon

        self.span_key, self.merge_tokens, self.ents = s["span_key"], s["merge_tokens"], s.get("ents", False)
        self.lexicon = Lexicon.from_json(s.get("lexicon", []))

    def to_disk(self, path, exclude=()):
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        (p / "settings.json").write_text(json.dumps(self._state(), ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=()):
        p = Path(path) / "settings.json"
        if p.exists():
            self._set_state(json.loads(p.read_text(encoding="utf-8")))
        return self

    def to_bytes(self, exclude=()):
        return json.dumps(self._state(), ensure_ascii=False).encode()

    def from_bytes(self, data: bytes, exclude=()):
        self._set_state(json.loads(data))
        return self


def create_component(nlp, name: str, span_key: str, merge_tokens: bool, ents: bool = False):
    return VanbanReferences(nlp, name, span_key=span_key, merge_tokens=merge_tokens, ents=ents)


def _split_at(doc, cuts: set[int]) -> None:
    """Split every token that a cut falls inside ("93-KL/TW." at a reference's end -> "93-KL/TW", ".")."""
    import bisect

    order = sorted(cuts)
    with doc.retokenize() as retok:
        for t in doc:
            a, b = t.idx, t.idx + len(t.text)
            i, j = bisect.bisect_right(order, a), bisect.bisect_left(order, b)
            if i >= j:
                continue
            bounds = [a, *order[i:j], b]
            orths = [doc.text[x:y] for x, y in zip(bounds, bounds[1:])]
            retok.split(t, orths, heads=[(t, 0)] * len(orths))


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("vanban_references"):
        Language.factory(
            "vanban_references",
            default_config={"span_key": SPAN_KEY, "merge_tokens": True, "ents": False},
            func=create_component,
        )


# spaCy imports this module through the "spacy_factories" entry point: registering here
# is what makes nlp.add_pipe("vanban_references") work without importing vanban
_register()


def nlp(pyvi: bool = True):
    """A blank Vietnamese pipeline (word segmentation by pyvi unless ``pyvi=False``)
    with the vanban component."""
    import spacy

    _register()
    pipe = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": pyvi}}})
    pipe.add_pipe("vanban_references")
    return pipe


def displacy_options(doc=None, by: str = "relation") -> dict:
    """The options of ``displacy.render(doc, style="span", options=...)`` that colour the references
    ``by`` relation (``"relation"``), by the worst finding in them (``"error"``) or by type (``"type"``).
    With a ``doc``, the span group they need (``doc.spans["vanban_relation"]``, …) is written first.

    >>> import vanban
    >>> nlp = vanban.nlp(pyvi=False)
    >>> doc = nlp("Thực hiện Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư")
    >>> opts = displacy_options(doc, by="error")
    >>> [s.label_ for s in doc.spans[opts["spans_key"]]], opts["colors"]["error"]
    (['error: type-code-mismatch'], '#f4a6a6')
    """
    if by == "type":
        return {"spans_key": SPAN_KEY}
    if by not in ("relation", "error"):
        raise ValueError(f"by={by!r}: 'relation', 'error' or 'type'")
    key = f"{SPAN_KEY}_{by}"
    if doc is not None:
        _relabel(doc, key, by)
    labels = [s.label_ for s in doc.spans[key]] if doc is not None else []
    table = RELATION_COLORS if by == "relation" else ERROR_COLORS
    colors = dict(table)
    for lab in labels:  # "error: type-code-mismatch" takes its severity's colour
        colors.setdefault(lab, table.get(lab.split(":")[0], "#e0e0e0"))
    return {"spans_key": key, "colors": colors}


def _relabel(doc, key: str, by: str) -> None:
    from spacy.tokens import Span

    spans = list(doc.spans[SPAN_KEY])
    if by == "relation":
        labels = [s._.reference.relation if s._.reference is not None else "cites" for s in spans]
    else:
        from .read import check

        rank = {"error": 0, "warning": 1, "info": 2}
        found = sorted(check(doc.text), key=lambda f: rank[f.severity])
        labels = []
        for s in spans:
            hit = next((f for f in found if f.start < s.end_char and s.start_char < f.end), None)
            labels.append(f"{hit.severity}: {hit.rule}" if hit else "ok")
    doc.spans[key] = [Span(doc, s.start, s.end, label=lab) for s, lab in zip(spans, labels)]


def render(doc, jupyter: Optional[bool] = None, by: str = "relation", **options):
    """displaCy span rendering of the component's output, coloured ``by`` relation, error or type."""
    from spacy import displacy

    opts = displacy_options(doc, by)
    opts.update(options)
    return displacy.render(doc, style="span", options=opts, jupyter=jupyter)
