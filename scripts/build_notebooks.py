"""Write the notebooks of notebooks/ from their cells and run them, saving the outputs.

    python scripts/build_notebooks.py            # all three
    python scripts/build_notebooks.py 02         # the ones whose name starts so

The notebooks are the analysts' entry point; their cells live here so that a
change of API shows in one diff. tests/test_notebooks.py runs the saved notebooks
top to bottom in a fresh kernel.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NB = ROOT / "notebooks"

QUICKSTART = [
    (
        "md",
        "# vanban — quickstart\n\nRead a real district plan (the seed: Huyện ủy Phú Thiện, Gia Lai, 30/6/2021), look at its letterhead, its parts, the documents it cites and the errors in its citations.",
    ),
    (
        "code",
        "import vanban\nimport pandas as pd\npd.set_option('display.max_colwidth', 80)\n\ndoc = vanban.read('../corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md')\ndoc",
    ),
    (
        "md",
        "The document shows itself: letterhead, outline, and the text with every reference highlighted (hover for the normalised reference) and every finding underlined.",
    ),
    ("code", "h = doc.header\n(h.doc_type, h.date, h.place, h.issuer, sorted(h.inferred))"),
    (
        "md",
        'The seed lost its letterhead in conversion: the issuer is *inferred* from the preamble ("Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau") and the place, and marked so.',
    ),
    ("code", "print(doc.outline())"),
    ("code", "doc.signature, len(doc.recipients), doc.unparsed"),
    (
        "md",
        "## References\n\nEvery citation, with offsets into `doc.text`, normalised fields, the relation and the identity `key` (a code alone is not an identity).",
    ),
    (
        "code",
        "refs = pd.DataFrame([{**{k: getattr(r, k) for k in ('start', 'end', 'doc_type', 'code', 'date', 'issuer', 'term', 'relation', 'key')},\n                       'resolved': r.resolved.code if r.resolved else None, 'where': doc.where(r)} for r in doc.references])\nrefs",
    ),
    ("code", "refs.groupby(['key', 'relation']).size().unstack(fill_value=0)"),
    (
        "md",
        "The chain the text states: this plan implements Gia Lai's 25-KH/TU, which implements Kết luận 93-KL/TW, which continues Chỉ thị 42-CT/TW.",
    ),
    ("code", "[(getattr(s, 'code', s), rel, t.code) for s, rel, t in vanban.find_relations(doc.text, refs=doc.references)]"),
    ("md", "## Findings"),
    (
        "code",
        "pd.DataFrame([{'severity': f.severity, 'rule': f.rule, 'text': doc.text[f.start:f.end][:60], 'fix': f.suggestion, 'message': f.message} for f in doc.findings])",
    ),
    (
        "md",
        "## In a spaCy pipeline\n\n`nlp.add_pipe('vanban_references')` puts the references in `doc.spans['vanban']`, with codes and dates merged into single tokens.",
    ),
    (
        "code",
        "import spacy\nfrom spacy import displacy\n\nnlp = spacy.blank('vi')\nnlp.add_pipe('vanban_references')\nsdoc = nlp(doc.text[:700])\nprint([t.text for t in sdoc][:40])\ndisplacy.render(sdoc, style='span', options={'spans_key': 'vanban'}, jupyter=True)",
    ),
]

CASCADE = [
    (
        "md",
        "# vanban — the cascade\n\nThe bundled corpus: the central documents of the seed's chain, plans of three provinces, of their districts and communes, and state plans. How did Chỉ thị 42-CT/TW travel down?",
    ),
    (
        "code",
        "import vanban\nimport pandas as pd\n\ncorpus = vanban.Corpus.from_dir('../corpus', progress=False)\nG = corpus.graph()\ncorpus, G.number_of_nodes(), G.number_of_edges()",
    ),
    ("code", "corpus.documents_frame()[['path', 'kind', 'doc_type', 'code', 'issuer', 'level', 'date', 'references', 'errors']]"),
    (
        "md",
        "A code is not an identity: the two `42-CT/TW` (2010, Bộ Chính trị; 2015, Ban Bí thư) and the two `25-KH/TU` (Gia Lai, Yên Bái) are separate nodes.",
    ),
    ("code", "[(n, G.nodes[n]['date'], G.nodes[n]['issuer']) for n in G if G.nodes[n].get('code') in ('42-CT/TW', '25-KH/TU')]"),
    ("md", "## From Chỉ thị 42-CT/TW down to a commune of Phú Thiện"),
    (
        "code",
        "for path in vanban.chain(G, '42-CT/TW#X', '18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021'):\n    for n in reversed(path):\n        a = G.nodes[n]\n        print(f\"{a['level']:>11}  {a.get('code') or '':<12} {a.get('issuer') or '':<35} {a.get('date')}\")",
    ),
    (
        "md",
        "The seed prints no number of its own; the communes cite it as *Kế hoạch số 45-KH/HU*, and the graph recognises it from those citations:",
    ),
    (
        "code",
        "seed = vanban.graph.node_for(G, corpus.documents[[d.kind for d in corpus.documents].index('md')])\nseed, G.nodes[seed]['code_from'], vanban.lineage(G, seed)[0]",
    ),
    ("md", "## Who implemented Kết luận 93-KL/TW, who did not, and how fast"),
    (
        "code",
        "cov = vanban.coverage(G, '93-KL/TW', province='Gia Lai')\nprint(cov)\nprint('covered:', ', '.join(cov.covered))\nprint('missing:', ', '.join(cov.missing))",
    ),
    ("code", "lag = vanban.lag(G, '93-KL/TW')\npd.DataFrame(lag.by_level).T"),
    ("code", "lag.frame().sort_values('days')[['node', 'level', 'date', 'days', 'via']]"),
    ("md", "## The picture"),
    ("code", "%matplotlib inline\nfrom vanban.viz import plot_cascade, write_html\nfig = plot_cascade(G, '42-CT/TW#X')"),
    ("code", "write_html(G, '42-CT/TW#X', 'cascade-42.html')  # interactive: hover, click a node for its chain, drag, zoom"),
    ("md", "Exports keep every attribute (dates, the evidence of each edge) and read back:"),
    (
        "code",
        "from vanban import export\nexport.write_graphml(G, 'cascade.graphml'); export.write_gexf(G, 'cascade.gexf')\nH = export.read_graphml('cascade.graphml')\nH.nodes['93-KL/TW#XII']['date'], H.edges['45-KH/HU@Phú Thiện, Gia Lai#2021', '25-KH/TU@Gia Lai#2021', 'implements']['evidence'][0]['sentence'][:120]",
    ),
]

AUDIT = [
    (
        "md",
        "# vanban — audit\n\nCitation errors across the corpus: which are most common, and where a wrong code travelled down from a provincial plan to its districts.",
    ),
    (
        "code",
        "import vanban\nimport pandas as pd\npd.set_option('display.max_colwidth', 90)\n\ncorpus = vanban.Corpus.from_dir('../corpus', progress=False)\nfindings = corpus.findings_frame()\nfindings['file'] = findings['path'].str.rsplit('/', n=1).str[-1]\nfindings.groupby(['severity', 'rule']).size().sort_values(ascending=False)",
    ),
    ("code", "findings[findings.severity == 'error'][['file', 'rule', 'text', 'suggestion', 'message_vi']]"),
    (
        "md",
        "## A wrong code that propagated\n\nThe same mistaken citation in several documents: who wrote it first, and did the others copy it from the plan they implement?",
    ),
    (
        "code",
        "G = corpus.graph()\nwrong = findings[findings.rule == 'type-code-mismatch'].groupby('text')['path'].apply(list)\nwrong",
    ),
    (
        "code",
        "from vanban.corpus import document_key\nkey_of = {d.path: document_key(d) for d in corpus.documents}\nfor text, paths in wrong.items():\n    if len(paths) < 2:\n        continue\n    nodes = {key_of[p] for p in paths}\n    print(f'{text!r} written in {len(paths)} documents:')\n    for n in sorted(nodes, key=lambda n: G.nodes[n]['date']):\n        ups = [t for _, t, k in G.out_edges(n, keys=True) if k == 'implements' and t in nodes]\n        a = G.nodes[n]\n        print(f\"  {a['date']}  {a['code']:<10} {a['issuer']:<25} \" + (f'copies it from {ups[0]}' if ups else 'first'))",
    ),
    ("md", "The graph still links those citations to the right document: the edge carries the repair."),
    ("code", "[(s, t, e['repaired']) for s, t, k, d in G.edges(keys=True, data=True) for e in d['evidence'] if 'repaired' in e]"),
    ("md", "## Warnings worth a look"),
    ("code", "findings[findings.severity == 'warning'][['file', 'rule', 'text', 'suggestion', 'message']]"),
]


def build(name: str, cells, run: bool = True) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, src in cells:
        nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
    path = NB / name
    if run:
        NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NB)}}).execute()
    nbformat.write(nb, path)
    return path


def main() -> None:
    NB.mkdir(exist_ok=True)
    want = sys.argv[1:] or [""]
    for name, cells in (("01-quickstart.ipynb", QUICKSTART), ("02-cascade.ipynb", CASCADE), ("03-audit.ipynb", AUDIT)):
        if any(name.startswith(w) for w in want):
            print(build(name, cells))
    for junk in ("cascade-42.html", "cascade.graphml", "cascade.gexf"):
        (NB / junk).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
