# %% [markdown]
# vanban — quickstart

Read a real district plan (the seed: Huyện ủy Phú Thiện, Gia Lai, 30/6/2021), look at its letterhead, its parts, the documents it cites and the errors in its citations.

# %%
import vanban
import pandas as pd
pd.set_option('display.max_colwidth', 80)

doc = vanban.read('../corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md')
doc

# %% [markdown]
The document shows itself: letterhead, outline, and the text with every reference highlighted (hover for the normalised reference) and every finding underlined.

# %%
h = doc.header
(h.doc_type, h.date, h.place, h.issuer, sorted(h.inferred))

# %% [markdown]
The seed lost its letterhead in conversion: the issuer is *inferred* from the preamble ("Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau") and the place, and marked so.

# %%
print(doc.outline())

# %%
doc.signature, len(doc.recipients), doc.unparsed

# %% [markdown]
## References

Every citation, with offsets into `doc.text`, normalised fields, the relation and the identity `key` (a code alone is not an identity).

# %%
refs = pd.DataFrame([{**{k: getattr(r, k) for k in ('start', 'end', 'doc_type', 'code', 'date', 'issuer', 'term', 'relation', 'key')},
                       'resolved': r.resolved.code if r.resolved else None, 'where': doc.where(r)} for r in doc.references])
refs

# %%
refs.groupby(['key', 'relation']).size().unstack(fill_value=0)

# %% [markdown]
The chain the text states: this plan implements Gia Lai's 25-KH/TU, which implements Kết luận 93-KL/TW, which continues Chỉ thị 42-CT/TW.

# %%
[(getattr(s, 'code', s), rel, t.code) for s, rel, t in vanban.find_relations(doc.text, refs=doc.references)]

# %% [markdown]
## Findings

# %%
pd.DataFrame([{'severity': f.severity, 'rule': f.rule, 'text': doc.text[f.start:f.end][:60], 'fix': f.suggestion, 'message': f.message} for f in doc.findings])

# %% [markdown]
## In a spaCy pipeline

`nlp.add_pipe('vanban_references')` puts the references in `doc.spans['vanban']`, with codes and dates merged into single tokens.

# %%
import spacy
from spacy import displacy

nlp = spacy.blank('vi')
nlp.add_pipe('vanban_references')
sdoc = nlp(doc.text[:700])
print([t.text for t in sdoc][:40])
displacy.render(sdoc, style='span', options={'spans_key': 'vanban'}, jupyter=True)
