"""How a Document shows itself in Jupyter (``Document._repr_html_``).

A summary of the letterhead, the section outline, and the text with every
reference highlighted (colour by relation, a tooltip with the normalised
reference) and every finding underlined (red: error, orange: warning, grey: info).
Self-contained HTML: no script, no stylesheet fetched.

Example::

    >>> html = document_html(read("corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"))   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .palette import RELATION_COLORS
from .text import escape_html as _e

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document, Finding, Reference

__all__ = ["document_html", "reference_title"]

REL_COLORS = RELATION_COLORS  # one table with spacy_component's (palette.py)
SEV_COLORS = {"error": "#d7191c", "warning": "#f28e2b", "info": "#9e9e9e"}


def reference_title(r: Reference) -> str:
    """The tooltip text of a reference."""
    bits = [f"{r.doc_type or 'văn bản'} {r.code or r.number or r.name or ''}".strip()]
    if r.date:
        bits.append(f"ngày {r.date:%d/%m/%Y}")
    if r.issuer:
        bits.append(r.issuer)
    if r.term:
        bits.append(f"khóa {r.term}")
    bits.append(f"relation: {r.relation}" + (f" ({r.trigger})" if r.trigger else ""))
    if r.resolved is not None:
        bits.append(f"stands for {r.resolved.code or r.resolved.text}")
    if r.key:
        bits.append(f"key: {r.key}")
    if r.subject:
        bits.append(f"về {r.subject[:120]}")
    return "\n".join(bits)


def _marks(doc: Document, findings: list[Finding]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, open tag, close tag) over the text."""
    out = []
    for r in doc.references:
        color = REL_COLORS.get(r.relation, "#eee")
        out.append(
            (r.start, r.end, f'<span style="background:{color};border-radius:3px" title="{_e(reference_title(r))}">', "</span>")
        )
    for f in findings:
        if f.end <= f.start:
            continue
        c = SEV_COLORS[f.severity]
        tip = f"{f.severity}: {f.rule}\n{f.message}\n{f.message_vi}" + (f"\n→ {f.suggestion}" if f.suggestion else "")
        out.append(
            (
                f.start,
                f.end,
                f'<span style="text-decoration:underline wavy {c};text-decoration-thickness:2px" title="{_e(tip)}">',
                "</span>",
            )
        )
    return out


def _highlight(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """Text with the marks: cut at every boundary, each piece wrapped in the marks
    that cover it, so the HTML is well formed whatever overlaps."""
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        on = [m for m in marks if m[0] <= a and b <= m[1]]
        out.append("".join(m[2] for m in on) + _e(text[a:b]) + "".join(m[3] for m in reversed(on)))
    return "".join(out)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def document_html(doc: Document, *, max_chars: Optional[int] = 60000) -> str:
    h = doc.header
    findings = doc.findings
    head = "".join(
        f"<tr><th style='text-align:left;padding-right:12px'>{_e(r.label)}</th>"
        f"<td>{_e(r.value)}{' <i>(inferred)</i>' if r.inferred else ''}</td></tr>"
        for r in h.rows()
    )
    n_err = sum(f.severity == "error" for f in findings)
    n_warn = sum(f.severity == "warning" for f in findings)
    outline = "".join(
        f"<div style='margin-left:{(s.level - 1) * 16}px'>{_e(s.label or '')} {_e(s.heading[:90])}</div>" for s in doc.walk()
    )
    text = doc.text if max_chars is None or len(doc.text) <= max_chars else doc.text[:max_chars]
    body = _highlight(text, [m for m in _marks(doc, findings) if m[1] <= len(text)])
    legend = " ".join(f"<span style='background:{c};padding:0 4px;border-radius:3px'>{k}</span>" for k, c in REL_COLORS.items())
    sev = " ".join(f"<span style='text-decoration:underline wavy {c}'>{k}</span>" for k, c in SEV_COLORS.items())
    sig = doc.signature
    return (
        "<div style='font-family:system-ui,sans-serif;font-size:13px;line-height:1.45;max-width:1100px'>"
        f"<div><b>{_e(h.doc_type or 'Document')}</b> {_e(doc.path or '')} — {_count(len(doc.references), 'reference')}, "
        f"<span style='color:{SEV_COLORS['error']}'>{_count(n_err, 'error')}</span>, "
        f"<span style='color:{SEV_COLORS['warning']}'>{_count(n_warn, 'warning')}</span></div>"
        f"<table style='margin:6px 0'>{head}</table>"
        + (
            f"<div><b>Signed</b>: {_e(sig.authority)} {_e(sig.on_behalf)} / {_e(sig.position)} / {_e(sig.name)}; "
            f"{len(doc.recipients)} recipients</div>"
            if sig
            else ""
        )
        + (f"<div><b>Not parsed</b>: {', '.join(_e(u.text) for u in doc.unparsed)}</div>" if doc.unparsed else "")
        + f"<details><summary><b>Outline</b> ({sum(1 for _ in doc.walk())} parts)</summary>{outline}</details>"
        f"<div style='margin:6px 0'>{legend} &nbsp; {sev}</div>"
        f"<div style='white-space:pre-wrap;border:1px solid #ddd;padding:8px;max-height:600px;overflow:auto'>{body}</div>"
        + ("<div><i>text cut for display</i></div>" if len(text) < len(doc.text) else "")
        + "</div>"
    )
