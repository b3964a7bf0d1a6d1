"""L2: the grammar — vocabulary and its variants (:mod:`.vocab`), the compiled
reference patterns (:mod:`.patterns`), the letterhead and signature cues shared by
the readers and the structure parser (:mod:`.cues`), and the parsing of matched
codes, dates, terms and issuers (:mod:`.fields`).

>>> from vanban.grammar import grammar, parse_code
>>> parse_code("03-CT/T.Ư").canonical
'03-CT/TW'
"""

from .fields import (
    glued_in,
    glued_words,
    issuer_of_match,
    parse_code,
    parse_date,
    parse_issuer,
    parse_term,
    read_issuer,
    read_issuer_either,
    read_issuer_line,
    spelled_as_written,
    type_of_abbr,
    with_type_part,
)
from .patterns import (
    Grammar,
    anchor_at,
    anchor_start,
    code_anchor_starts,
    ends_with_object_verb,
    grammar,
    last_match,
    last_word,
    may_end_not_a_title,
    object_verb_ends,
    opens_preamble_item,
    reported_issuing,
    type_without_page,
)
from .vocab import ISSUING_FOLDED, ITEM_GAP

__all__ = [
    "Grammar",
    "anchor_at",
    "anchor_start",
    "code_anchor_starts",
    "ISSUING_FOLDED",
    "ITEM_GAP",
    "reported_issuing",
    "grammar",
    "glued_in",
    "glued_words",
    "issuer_of_match",
    "last_match",
    "last_word",
    "may_end_not_a_title",
    "object_verb_ends",
    "opens_preamble_item",
    "ends_with_object_verb",
    "parse_code",
    "parse_date",
    "parse_issuer",
    "parse_term",
    "read_issuer",
    "read_issuer_either",
    "read_issuer_line",
    "spelled_as_written",
    "type_of_abbr",
    "type_without_page",
    "with_type_part",
]
