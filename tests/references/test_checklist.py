"""Perturbation invariance per class (tests/checklist.py, after CheckList, Ribeiro et al. 2020).

A reference found in a real sentence must keep its code, date, issuer and relation when the
text is damaged the way real text is. The floors are today's figures (a regression test:
raise them as the code improves); the goal the issue sets is 0.97 for every class and
field (unaccented text: code and date 0.97, issuer 0.90). ``python tests/checklist.py -v``
prints the table and every failure.
"""

from __future__ import annotations

import pytest

import checklist

#: class -> (code, date, issuer, relation) floors
FLOOR = {
    # (glued issuer .968 -> .980 on 2026-12-02, session 6: names in unaccented text glued as in exact mode; code .99 ->
    # .985 in session 9: perturbations are now drawn per reference and class, not from one stream, and main at 182da70
    # measures .989/.991/.977/.992 under that draw, against .991/.993/.977/.994 under the old one: the same code)
    "glued": (0.99, 0.99, 0.98, 0.99),  # (session 9: glued state organs, lower-case type words, "vănbản số")
    "doubled-space": (0.99, 0.99, 0.99, 0.99),
    # the issue asks code and date ≥ 0.97, issuer ≥ 0.90 (session 11: issuer .957 -> .954 by new case rows whose issuer is
    # an organisation named in full, "Tiểu ban Văn kiện Đại hội VIII", "Sở Nông nghiệp & Phát triển nông thôn": the
    # grammar reads those in accented text only, its name words told from the sentence's by their capitals)
    # (session 12: code .975 -> .989: a symbol's organ glued to a word ends where the text's capitals end, read on its
    # folded form, and the organs a text without diacritics writes with D for Đ are spelled from vocabulary extra_abbr;
    # issuer .953 -> .960, relation .979 -> .985: names glued to the next syllable, a list's words written without marks)
    "no-diacritics": (0.985, 0.985, 0.955, 0.98),
    "ocr": (0.995, 0.99, 0.985, 0.995),  # (session 9: lower-case type words with ư, ơ, ă, đ unmarked)
    "line-break": (0.995, 0.995, 0.995, 0.995),  # (session 10: a line break inside an issuer's place)
    # (session 24: issuer .991 -> .989 by new case rows whose issuer is a body named in full that the tables do not
    # list, "CỦA BAN CHỈ ĐẠO CÁC NGÀY LỄ TỈNH", "CỦA HỘI ĐỒNG CHÍNH PHỦ": a name after "của" is read by its capitals in
    # mixed case only, so a text wholly in capitals loses it; the old rows' figures did not move) (session 24, later:
    # .989 -> .996, the grammar reads such a name after "CỦA" in capitals as in mixed case; the floor back to .99)
    "upper": (0.99, 0.99, 0.99, 0.99),
    "nfd": (0.99, 0.99, 0.99, 0.99),
    "emphasis": (0.99, 0.99, 0.99, 0.99),
    "separators": (0.985, 0.99, 0.99, 0.995),  # (session 9: every party body's code in the state's order)
    "TƯ": (0.99, 0.99, 0.99, 0.99),
    # (session 18: the dirty forms the corpus-real-16/17 notes list; zero-width .872/.705/.428/.874 -> 1.0 by taking the
    # invisible characters out, eth issuer .979 -> 1.0 by spelling the look-alike as the letter)
    # (session 19: .956/.965/.971/.999 -> .990/.991/.993/.999: blanks beside a state symbol's dash and a party symbol's
    # second hyphen; a blank before the dash only is read before an organ wholly in capitals, not "QĐ -TTg")
    "spaced-code": (0.985, 0.99, 0.99, 0.995),
    "en-dash": (0.995, 0.995, 0.995, 0.995),
    "eth": (0.995, 0.995, 0.995, 0.995),
    "nbsp": (0.995, 0.995, 0.995, 0.995),  # (session 19: .996/.995/.987/.996 -> 1.0: another blank is a space in clean)
    "zero-width": (0.995, 0.995, 0.995, 0.995),
    # (session 22: every non-ASCII letter deleted, corpus-real-22/qd-58-2010-…-mat-dau.txt and corpus-real-20's hospital
    # page: .853/.890/.691/.735 through references.stripped's restored copy; without it almost nothing is found. What is
    # left: words outside the restored vocabulary ("v" for "và"/"về"), places below a district, damaged dev spellings)
    # (session 22, s22-strip2: .855/.890/.692/.737 -> .952/.965/.888/.878: a sentence told apart by its words without a
    # vowel, a title in capitals by its dates, the words around an issuer and a cue and a party symbol's organ written
    # back)
    # (session 25, s25-strip: .952/.966/.888/.881 -> .971/.976/.910/.899: either placement of a tone on "oa"/"uy" ("Tỉnh
    # uỷ"), "tháng" only before a number, a symbol's separators with blanks, "Đề án" without its first word, the word after
    # a type and its bare number, "xã" before a commune, "về" after a reference, an adverb before "ban hành"; later
    # .977/.916/.901: a phrase glued at its capital, "có" before "văn bản", "và" before a name; relation .908: "Trích
    # yếu", "Trên đây là", "bằng" from the vocabulary; .976/.981/.921/.913: a type word two of whose words are glued;
    # relation .920: "và" between two cues, "những năm qua"; issuer .922: a longer phrase started by a phrase's last word;
    # .976/.983/.925/.927: "tại" before a document)
    # (session 38, s38-partial: main measured .978/.985/.941/.946; relation .948: a document's core content, "ni dung c
    # bn ca", "Ni dung trng tm, ct li ca", written back; floors raised to a little under)
    # (session 40, s40-strip: issuer .941 -> .945: issuers.csv names the body "Đảng ủy các cơ quan Đảng Trung ương", whose
    # "c quan ng" was left unread, corpus-real/news-kimbang-ct45-2025.txt; .948: "Đảng ủy ĐHQGHN", "ng u HQGHN" stripped)
    # (session 41, s41-strip: an issuer's name that lost a word whole inside it ("Trung ng Hi Ch thp  Vit Nam"), a place
    # after its unit word on the next line ("Tnh y⏎Lng Sn"), a place two provinces share read in the province the page
    # names ("Huyn y Ph Ninh"), "v" after a bare number "về" ("K hoch s 79 v t chc"): .978/.985/.948/.948 ->
    # .978/.985/.952/.951)
    # (session 42, s42-letters: an example's lead whose inner word was lost whole ("trong  c K hoch", "trong đó có"), an
    # ordinal after "thứ" ("ln th by", "lần thứ bảy"): .978/.985/.952/.951 -> .978/.985/.953/.954)
    # (session 43, s43-stripped: a state office's field after another organisation's head ("Phng T php", "Phòng Tư
    # pháp"), "Đề án" lost whole before its review ("  n tng kt"), "và" before a body's direction ("v ch o ca UBND"),
    # "ý kiến chỉ đạo" that lost "ý" whole: .978/.985/.953/.956 -> .978/.985/.956/.963)
    # (session 44, s44-stripped: "vẫn còn" after a bare number, "về" after a term or a name's last capitals, "và" before a
    # capital type, a nominalised cue and between a review's leadings, "hai năm", "đánh giá toàn diện", "đã ban hành"
    # after the blanks "đã" leaves, "nhiều" before a type: .978/.985/.956/.964 -> .978/.985/.959/.971)
    # (session 45, s45-stripped: the compound words of pyvi's word list, and the issuers' capitalised names ("Việt Nam"),
    # written back where nothing else did ("c quan chnh quyn", "Du kh Quc gia", "i hi i biu cc dn tc thiu s"), a
    # spelling several words share by the lexicon's texts; a lone "v" between two capitalised compounds "và":
    # .978/.985/.959/.971 -> .978/.986/.970/.972; the lead's mend: a spelling's words counted in the lexicon's names
    # and phrases, not in the sentences its source column quotes (the checklist damages those same sentences), and the
    # lone "v" rule gone with the one page it read (its "H tr" rested on such a quote): .967; s45-strip2: a place's name
    # glued at its capital after a unit word ("Thnh y HNi"), a committee's "ủy" glued to its unit word ("Tnhy"), the
    # issuer Hội đồng Bộ trưởng, the organ word "Công ty cổ phần": .967 -> .972)
    "stripped-letters": (0.975, 0.98, 0.97, 0.97),
    # (session 26: a line end at a space in the words before the reference, where its cue or the phrase that nests it is
    # written; .994/.994/.991/.981 -> 1.0/1.0/.998/.991: a plan opening a line a cue ends, "(gọi tắt là" after a line
    # end, a report's cue, numbers listed and an enumeration's items across lines, ":" ending a line no boundary, an
    # agent's place over a line end)
    "cue-break": (0.995, 0.995, 0.99, 0.985),
    # (session 26, s26-d2: the dirty forms AUDIT-26 (D) found on corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-
    # luatminhkhue.txt and congbao-tiengiang-129-2011-mucluc-123docz.txt. cue-glued .795/.770/.725/.392 -> .962/.957/.945/
    # .919: a capitalised type word after a small letter, an agent verb and a title's last word glued to it; what is
    # left is a lower-case type word or capitals glued to the word before ("theoquyết định", "THỰC HIỆNNGHỊ QUYẾT").
    # partial-letters .817/.716/.470/.743 -> .843/.865/.571/.797: "s" before a symbol is "số", "ngy", "thng", "nm" in a
    # date; the restored copy of `stripped` reads only text that lost every such letter (issuers' names, cues).
    # page-number .878/.855/.405/.781, not worked on: a number between the words of a type word or an issuer's name)
    # (session 34, s34-partial5 with s33-partial3/4: the restore's phrases one trie, a letter asked only where the page
    # holds a word its gaps change: .842/.867/.572/.797 -> .951/.958/.843/.936; session 36, s36-partial: "ca" before an
    # issuer's first word tells a lost "ủ", seven rarer letters asked on a long page by literal signs: -> .972/.980/.915/.969;
    # session 37, s37-partial: the signs vocabulary (lost_letter_sign) with thirteen more letters' signs, a heading that
    # lost a capital ("CA BAN BÍ THƯ"), a province's name and a lower-case type word as gaps: -> .982/.990/.948/.984)
    # (session 38, s38-partial: a unit word after an issuer that names a place ("nhân dân tnh Quảng Ninh") and the tone
    # on the other vowel of "uy" ("Tỉnh u") as gaps, "ã ban hành" written back, a document's core content: -> .982/.990/
    # .953/.985; s38-partial2: 16 more signs of vocabulary lost_letter_sign for a long page whose issuer's word told
    # nothing ("của Tnh ủy", "của ảng ủy Khối", "Ban Thưng vụ"), a heading's syllable left without a vowel a gap ("NGH
    # QUYẾT", "BỘ CHNH TRỊ"), "Ban Chỉ đạo" written back: -> .987/.992/.962/.989; with the capitals' signs too, "CA BAN",
    # "của y ban", .987/.993/.965/.989, dropped for the sparse bench's x1.009)
    # (session 39, s39-caps: four capital vowels' signs, "CA BAN", "BÍ TH ", "KẾ HOCH", "THỦ TƯNG", asked only of a page
    # lacking no other capital vowel with signs, at their capital: .987/.992/.962/.989 -> .987/.993/.964/.989)
    # (session 40, s40-caps: a heading's word a lost capital leaves short told by its two neighbours ("CỦA B CHÍNH TRỊ",
    # "BAN B THƯ", "BAN BÍ TH"), a district's name after its unit word ("huyện Vnh Linh"),
    # the signs "Hội ồng", " X hội" and, ungated, " y ban " ("của y ban nhân dân tỉnh"):
    # .987/.992/.962/.989 -> .987/.993/.968/.989; left: places that lost a letter on long pages, "Lạng Sn", "Thanh Ha")
    # (session 41, s41-strip: an issuer's name in sentence case ("Ban thưng vụ", "Ban tuyên gio tỉnh ủy") and a unit word
    # before a district's name ("huyn Vĩnh Linh") as gaps: .987/.993/.968/.989 -> .987/.993/.969/.989; the provinces'
    # names as signs on long pages ("Lạng Sn") dropped for their cost, every page lacking "ẵ" or "ĩ" searched for them)
    # (session 42, s42-letters: a near word that lost the page's letter but keeps a vowel, beside a whole word of its
    # phrase ("Gim đốc", "Bộ trởng", "Hi nghị"), "và" between two cues written whole ("quán triệt v thực hiện"):
    # .987/.993/.969/.989 -> .987/.993/.972/.990)
    "partial-letters": (0.985, 0.99, 0.97, 0.988),
    # (session 29, s29-dirty: cue-glued issuer .946 -> .949, relation .919 -> .951: a text a reference starts in glued
    # to a letter is read again with a space there; left: capitals glued, "THỰC HIỆNKẾ HOẠCH", and a lower-case type word)
    # (session 31, s31-ckl: .962/.956/.949/.951 -> .992/.988/.980/.991: a capitalised type word after a capital and a
    # lower-case one after a small letter start a reference, read again with the space)
    "cue-glued": (0.99, 0.985, 0.975, 0.99),
    # (session 31, s31-pn2: .880/.884/.694/.879 -> .975/.978/.788/.974: a capitalised type split by the number, "Nghị 127
    # quyết số 57", and a bare number before "số" and the type's number, "Chỉ thị 41 số 17", read by the type words' scan;
    # left: the same in lower case or without diacritics, "quy 198 định 144", and an issuer read through the number)
    # (sessions 33-34, s33-pn4/pn5, s34-pn6: .989/.993/.971/.989 on the default sample)
    "page-number": (0.985, 0.99, 0.965, 0.985),
}


@pytest.fixture(scope="module")
def tallies():
    return checklist.evaluate()


def test_every_class_is_measured(tallies):
    assert set(FLOOR) == set(checklist.CLASSES)
    for cls, t in tallies.items():
        assert t.n >= 500, (cls, t.n)  # every class perturbs hundreds of references


@pytest.mark.parametrize("cls", list(FLOOR))
def test_invariance(tallies, cls):
    t = tallies[cls]
    got = tuple(round(t.rate(f), 3) for f in checklist.FIELDS)
    low = [(f, g, want) for f, g, want in zip(checklist.FIELDS, got, FLOOR[cls]) if g < want]
    shown = "\n".join(" | ".join(map(str, x)) for x in t.failures[:15])
    assert not low, f"{cls}: {low}\nfirst failures:\n{shown}"


def test_perturbations_change_the_text():
    """Each class really damages the reference (a class that returned the text unchanged would pass for nothing)."""
    import random

    text = "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về tiếp tục thực hiện"
    a = text.index("Kết luận")
    b = text.index(" về tiếp")
    for cls, fn in checklist.CLASSES.items():
        variants = list(fn(text, a, b, random.Random(1)))
        assert variants, cls
        assert all(v[0] != text for v in variants), cls


def test_the_wide_sample_reads_every_dev_split_and_no_held_out_page():
    """``--sample all-dev`` reads the default sample's pages first, then every dev split's (dev4 … dev35), and never a
    page a manifest puts in a held-out split."""
    import json

    splits = checklist.dev_splits()
    assert splits[:3] == ["dev", "dev4", "dev5"] and "dev35" in splits
    assert not any(s.startswith("heldout") for s in splits)
    narrow, wide = checklist.dev_pages(), checklist.dev_pages("all-dev")
    assert wide[: len(narrow)] == narrow and len(wide) > len(narrow) + 700
    held = {
        m.parent / json.loads(line)["file"]
        for m in (checklist.HERE / "fixtures").glob("corpus-real-*/manifest.jsonl")
        for line in m.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["split"].startswith("heldout")
    }
    assert held and not held & set(wide)
