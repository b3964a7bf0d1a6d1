# %% [markdown]
# vanban — audit

Citation errors across the corpus: which are most common, and where a wrong code travelled down from a provincial plan to its districts.

# %%
import vanban
import pandas as pd
pd.set_option('display.max_colwidth', 90)

corpus = vanban.Corpus.from_dir('../corpus', progress=False)
findings = corpus.findings_frame()
findings['file'] = findings['path'].str.rsplit('/', n=1).str[-1]
findings.groupby(['severity', 'rule']).size().sort_values(ascending=False)

# %%
findings[findings.severity == 'error'][['file', 'rule', 'text', 'suggestion', 'message_vi']]

# %% [markdown]
## A wrong code that propagated

The same mistaken citation in several documents: who wrote it first, and did the others copy it from the plan they implement?

# %%
G = corpus.graph()
wrong = findings[findings.rule == 'type-code-mismatch'].groupby('text')['path'].apply(list)
wrong

# %%
from vanban.corpus import document_key
key_of = {d.path: document_key(d) for d in corpus.documents}
for text, paths in wrong.items():
    if len(paths) < 2:
        continue
    nodes = {key_of[p] for p in paths}
    print(f'{text!r} written in {len(paths)} documents:')
    for n in sorted(nodes, key=lambda n: G.nodes[n]['date']):
        ups = [t for _, t, k in G.out_edges(n, keys=True) if k == 'implements' and t in nodes]
        a = G.nodes[n]
        print(f"  {a['date']}  {a['code']:<10} {a['issuer']:<25} " + (f'copies it from {ups[0]}' if ups else 'first'))

# %% [markdown]
The graph still links those citations to the right document: the edge carries the repair.

# %%
[(s, t, e['repaired']) for s, t, k, d in G.edges(keys=True, data=True) for e in d['evidence'] if 'repaired' in e]

# %% [markdown]
## Warnings worth a look

# %%
findings[findings.severity == 'warning'][['file', 'rule', 'text', 'suggestion', 'message']]
