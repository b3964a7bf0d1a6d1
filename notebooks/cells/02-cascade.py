# %% [markdown]
# vanban — the cascade

The bundled corpus: the central documents of the seed's chain, plans of three provinces, of their districts and communes, and state plans. How did Chỉ thị 42-CT/TW travel down?

# %%
import tempfile
from pathlib import Path

import vanban
import pandas as pd
from vanban.frames import coverage_frame, lag_frames, node_labels

out = Path(tempfile.mkdtemp(prefix='vanban-cascade-'))  # the files this notebook writes go here, not into notebooks/
corpus = vanban.Corpus.from_dir('../corpus', progress=False)
G = corpus.graph()
corpus, G.number_of_nodes(), G.number_of_edges()

# %%
docs = corpus.documents_frame()
docs['year'] = docs.date.dt.year  # dates are datetime64
docs[['path', 'kind', 'doc_type', 'code', 'issuer', 'level', 'date', 'year', 'references', 'errors']]

# %% [markdown]
A code is not an identity: the two `42-CT/TW` (2010, Bộ Chính trị; 2015, Ban Bí thư) and the two `25-KH/TU` (Gia Lai, Yên Bái) are separate nodes.

# %%
labels = node_labels(G)  # human and unique: '25-KH/TU (Gia Lai, 2021)'
[(labels[n], G.nodes[n]['date'], G.nodes[n]['issuer']) for n in G if G.nodes[n].get('code') in ('42-CT/TW', '25-KH/TU')]

# %% [markdown]
## From Chỉ thị 42-CT/TW down to a commune of Phú Thiện

# %%
for path in vanban.chain(G, '18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021', '42-CT/TW#X'):  # source (the citing commune plan) -> target
    for n in reversed(path):  # printed from the directive down
        a = G.nodes[n]
        print(f"{a['level']:>11}  {a.get('code') or '':<12} {a.get('issuer') or '':<35} {a.get('date')}")

# %% [markdown]
The seed prints no number of its own; the communes cite it as *Kế hoạch số 45-KH/HU*, and the graph recognises it from those citations:

# %%
seed = vanban.graph.node_for(G, corpus.documents[[d.kind for d in corpus.documents].index('md')])
seed, G.nodes[seed]['code_from'], vanban.lineage(G, seed)[0]

# %% [markdown]
## Who implemented Kết luận 93-KL/TW, who did not, and how fast

# %%
cov = vanban.coverage(G, '93-KL/TW', province='Gia Lai')
print(cov)
coverage_frame(cov)

# %%
rows, per_level = lag_frames(vanban.lag(G, '93-KL/TW'))
per_level

# %%
rows['label'] = rows.node.map(labels)
rows.sort_values('days')[['label', 'level', 'date', 'days']]

# %% [markdown]
## The picture

Levels are columns, documents are grouped by province and district, the implementation chain is drawn (a district plan's direct citation of the central directive is left out: `shortcuts=True` draws it, faded). Above 200 documents the drawing counts documents per province; `province='Gia Lai'` drills down.

# %%
%matplotlib inline
from vanban.viz import plot_cascade, write_html
fig = plot_cascade(G, '42-CT/TW#X')

# %%
fig = plot_cascade(G, '42-CT/TW#X', aggregate=True)  # the counted view, as drawn for a national cascade

# %%
write_html(G, '42-CT/TW#X', out / 'cascade-42.html')  # interactive: hover, click a box for its chain, drag, zoom

# %% [markdown]
Exports keep every attribute (dates, the evidence of each edge) and read back:

# %%
from vanban import export
export.write_graphml(G, out / 'cascade.graphml'); export.write_gexf(G, out / 'cascade.gexf')
H = export.read_graphml(out / 'cascade.graphml')
H.nodes['93-KL/TW#XII']['date'], H.edges['45-KH/HU@Phú Thiện, Gia Lai#2021', '25-KH/TU@Gia Lai#2021', 'implements']['evidence'][0]['sentence'][:120]
