"""L1: the facts vanban reads with — data files with sources, the lexicon built on
them, and the gazetteer of administrative units.

>>> from vanban.facts import Lexicon
>>> Lexicon.default().level_of_code("TU")
'provincial'
"""

from .lexicon import Lexicon, Memo, current, set_current

__all__ = ["Lexicon", "Memo", "current", "set_current"]
