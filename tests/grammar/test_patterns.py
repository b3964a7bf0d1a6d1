"""Helpers of ``vanban.grammar.patterns`` that the scan and the relation passes share."""


def test_last_word_is_folded_and_passes_over_cac():
    from vanban.facts import Lexicon
    from vanban.grammar import last_word, object_verb_ends

    assert last_word("các đại biểu đã được nghe qua") == "qua"
    assert last_word("Hội nghị cũng cho ý kiến với các ") == "voi"
    assert last_word("các") == "cac" and last_word("  ") == ""
    # every object verb's last word is an end, so a window ending with one is never skipped
    ends = object_verb_ends(Lexicon.default())
    assert {"qua", "ket", "voi", "vao", "nghe", "bay", "luan"} <= set(ends)
