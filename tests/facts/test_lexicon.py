"""The lexicon: teaching makes a new lexicon, nothing goes stale, workers get it whatever the start method."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import pickle

import pytest

import vanban
from vanban.facts import Lexicon, legacy
from vanban.grammar import parse_issuer

TEXT = "Thực hiện Kế hoạch số 12-KH/HKH, ngày 03/3/2021 của Ban Thường vụ Hội Khuyến học tỉnh về công tác tuyên truyền."
FORM = "Ban Thường vụ Hội Khuyến học tỉnh"


@pytest.fixture(scope="module")
def taught():
    return Lexicon.default().with_issuer(FORM, [FORM], "HKH", "provincial")


def test_teaching_makes_a_new_lexicon(taught):
    # the default lexicon reads the body after the date as written only (scan's organ_after_date): no identity, no level
    before = vanban.find_references(TEXT)[0]
    assert before.issuer == FORM and before.issuer_parts is None and before.level == "state"
    r = vanban.find_references(TEXT, lexicon=taught)[0]
    assert r.issuer == FORM and r.subject == "công tác tuyên truyền" and r.end == TEXT.index(" về công tác")
    assert r.issuer_parts.code == "HKH" and r.level == "provincial" and taught.level_of_code("HKH") == "provincial"
    # the default lexicon has not changed
    assert vanban.find_references(TEXT)[0].issuer_parts is None and Lexicon.default().level_of_code("HKH") == "state"


def test_no_cache_goes_stale(taught):
    """parse_issuer is cached per lexicon: asking the default first does not hide what the taught one knows."""
    assert parse_issuer(FORM).code is None
    assert parse_issuer(FORM, lex=taught).code == "HKH"
    assert parse_issuer(FORM).code is None
    assert taught.issuer_by_form(FORM.upper()).code == "HKH"


def test_the_kept_bodies_and_registry_look_ups_do_not_go_stale(taught, tmp_path):
    """body_of and documents are kept per lexicon: what the default said of a form or a code it does not know does not
    hide what a taught lexicon knows, nor the other way round."""
    lex = Lexicon.default()
    assert lex.body_of(FORM + ", Ban Thường vụ Tỉnh đoàn") is None and taught.body_of(FORM + ", Ban Thường vụ Tỉnh đoàn") == FORM
    assert lex.body_of(FORM) is None and FORM in lex._body_memo
    assert lex.body_of("BTV Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"
    p = tmp_path / "mine.csv"
    p.write_text(
        "code,doc_type,number,date,issuer,term,subject,relation_to,source,status\n"
        "998-KL/TW,Kết luận,998,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,test,verified\n",
        encoding="utf-8",
    )
    day = dt.date(2024, 1, 2)
    assert lex.documents("998-KL/TW", date=day) == () and ("998-KL/TW", day, None, None, None) in lex._documents_memo
    assert [k.date for k in lex.with_registry(p).documents("998-KL/TW", date=day)] == [day]
    # the one kept look-up is the one made: "Chỉ thị số 42-CT/TW ngày 24/3/2015" is the Ban Bí thư's of khóa XI
    rows = lex.documents("42-CT/TW", date=dt.date(2015, 3, 24))
    assert [k.issuer for k in rows] == ["Ban Bí thư"] and lex.documents("42-CT/TW", date=dt.date(2015, 3, 24)) is rows
    assert (
        len(lex.documents("42-CT/TW")) > 1
        and lex.documents("42-CT/TW", date=dt.date(2015, 3, 24), not_after=dt.date(2015, 3, 23)) == ()
    )


def test_registry_addition(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(
        "code,doc_type,number,date,issuer,term,subject,relation_to,source,status\n"
        "999-KL/TW,Kết luận,999,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,test,verified\n",
        encoding="utf-8",
    )
    lex = Lexicon.default().with_registry(p)
    assert lex.known("999-KL/TW")[0].date == dt.date(2024, 1, 2)
    assert Lexicon.default().known("999-KL/TW") == ()
    # the key of an undated citation takes the term from the added row
    r = vanban.find_references("Thực hiện Kết luận số 999-KL/TW của Ban Bí thư", lexicon=lex)[0]
    assert r.key == "999-KL/TW#XIII"


def test_a_lexicon_pickles_as_its_additions(taught, tmp_path):
    data = pickle.dumps(taught)
    assert len(data) < 1000  # the additions, not the tables
    back = pickle.loads(data)
    assert back.issuer_by_form(FORM).code == "HKH" and back.additions == taught.additions
    assert pickle.loads(pickle.dumps(Lexicon.default())) is Lexicon.default()
    assert Lexicon.from_json(taught.additions_json()).issuer_by_form(FORM).code == "HKH"


def test_the_module_api_of_one_release_still_teaches():
    from vanban.facts.lexicon import current, set_current

    try:
        legacy.add_issuer_forms(FORM, [FORM], "HKH", "provincial")
        assert vanban.find_references(TEXT)[0].issuer_parts.code == "HKH"
    finally:
        set_current(None)
    assert current() is Lexicon.default() and vanban.find_references(TEXT)[0].issuer_parts is None


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_workers_get_the_lexicon_whatever_the_start_method(taught, method):
    """Serial and parallel parsing agree with a taught issuer (spawned workers re-import vanban)."""
    old = mp.get_start_method(allow_none=True)
    mp.set_start_method(method, force=True)
    try:
        serial = vanban.Corpus.from_texts([TEXT] * 4, workers=1, lexicon=taught)
        parallel = vanban.Corpus.from_texts([TEXT] * 4, workers=2, lexicon=taught)
    finally:
        mp.set_start_method(old, force=True)
    assert [d.references[0].issuer for d in serial] == [FORM] * 4
    assert [d.references[0].issuer for d in parallel] == [FORM] * 4


def test_one_item_with_several_workers_is_read_with_the_lexicon(taught, tmp_path):
    """One text or file and ``workers=2``: ``pimap`` starts no pool for one item and runs it here, so the lexicon is
    bound here too (it was not: the text was read with the default lexicon, no issuer found)."""
    from vanban.cluster import map_files

    (tmp_path / "kh.txt").write_text(TEXT, encoding="utf-8")
    (parsed,) = vanban.Corpus.from_texts([TEXT], workers=2, lexicon=taught)
    (read,) = vanban.Corpus.from_paths([tmp_path / "kh.txt"], workers=2, progress=False, lexicon=taught)
    ((*_, record),) = map_files([tmp_path / "kh.txt"], workers=2, progress=False, lexicon=taught)
    assert [d.references[0].issuer for d in (parsed, read, record)] == [FORM] * 3


def test_state_issuer_codes_are_the_state_bodies_codes():
    codes = Lexicon.default().state_issuer_codes
    assert {"CP", "UBND", "BYT", "VPCP", "TTg"} <= codes
    assert "TW" not in codes and "ĐU" not in codes  # (party bodies' codes)


@pytest.mark.parametrize(
    "written, name",
    [
        ("Chương trình hànhđộng", "Chương trình"),  # (corpus-real/news-lhh-ninhbinh-ct42-2012.txt, one space lost)
        ("Chươngtrình hành động", "Chương trình"),
        ("Thông báo Kếtluận", "Thông báo"),  # (corpus-real-2/news-baokontum-hd151-2020.txt, one space lost)
        ("Thôngbáo Kết luận", "Thông báo"),
        ("Thông báo Kết1uận", "Thông báo"),  # (and an OCR digit for a letter, as spaced: "Kết 1uận")
        ("Nghịquyết", "Nghị quyết"),  # (all of them glued, as before)
    ],
)
def test_a_type_phrase_with_some_syllables_glued_is_its_type(written, name):
    assert Lexicon.default().type_by_name(written).name == name
    assert Lexicon.default().type_by_name("Chương trình hànhđộngx") is None
    # (spaces lost, none added: a syllable split by OCR is not read so, kl-445-tu-thuathienhue-2022-ocr.txt's type line)
    assert Lexicon.default().type_by_name("K ÉT LUẬN") is None


def test_a_cached_build_may_ask_for_another_cached_object_not_yet_built():
    """A build that reads another cached object (references/stripped.py: the glued names read the tables) gets it built
    on the spot; with a plain lock the nested call waited on the lock its own thread held, for ever."""
    import threading

    lex = Lexicon.default().with_registry([])  # a lexicon of its own: its cache starts empty
    inner = lambda: ("inner", len(lex.cache))  # noqa: E731
    done = []
    t = threading.Thread(
        target=lambda: done.append(lex.cached("test-outer-cache", lambda: ("outer", lex.cached("test-inner-cache", inner)))),
        daemon=True,  # (a thread waiting for ever must not keep the test run from ending)
    )
    t.start()
    t.join(timeout=10)
    assert done and done[0][0] == "outer" and lex.cache["test-inner-cache"][0] == "inner"


def test_a_party_issuer_codes_end_is_read_from_the_vocabulary():
    # "Công văn số 571-CV-ĐUB ngày 10/4/2023 của Đảng ủy Bộ Giáo dục và Đào tạo" (corpus-real/danguy-naem-kh-107-duk-
    # 2023.txt), "Nghị quyết số 57-NQ/TƯ" (corpus-real-14/news-baophunuthudo-twdoan-nq57-tu-ctrhd-2025.txt): the ends of
    # vocabulary ``code_suffix_level`` and ``party_code_end``, with and without the mark of Đ; near misses: a state
    # body's code ("UBND", "BCT" the Bộ Công Thương's), an end inside the code ("TUH" is no TU's)
    from vanban.facts.tables import Word

    lex = Lexicon.default()
    for code in ("TW", "BTGTU", "HU", "ĐUB", "DUB", "DUK", "TƯ", "T.Ư", "TWĐTN-CTTN"):
        assert lex.is_party_issuer_code(code), code
    assert not any(lex.is_party_issuer_code(c) for c in ("UBND", "BCT", "TTg", "TUH"))
    without = tuple(w for w in lex.vocabulary if w.list != "party_code_end")
    bare = Lexicon(lex.doc_types, lex.issuer_rows, lex.terms, lex.registry, without)
    assert not any(bare.is_party_issuer_code(c) for c in ("ĐUB", "DUB", "TƯ", "T.Ư")) and bare.is_party_issuer_code("DUK")
    more = Lexicon(lex.doc_types, lex.issuer_rows, lex.terms, lex.registry, (*without, Word("party_code_end", "ĐUX", "", "")))
    assert more.is_party_issuer_code("ĐUX") and more.is_party_issuer_code("DUX") and not more.is_party_issuer_code("ĐUB")


def test_a_memo_builds_a_key_once_keeps_none_and_is_bounded():
    """Memo: "BTV Tỉnh ủy" is read once however often a text writes it; a form naming no body (None) is kept too; past
    its limit a key is built and answered, not kept (near miss: asked again, it is built again)."""
    from vanban.facts import Memo

    built = []
    lex = Lexicon.default()
    memo = Memo(lambda form: built.append(form) or lex.body_of(form), 2)
    assert [memo["BTV Tỉnh ủy"], memo["BTV Tỉnh ủy"], memo[FORM], memo[FORM]] == [
        "Ban Thường vụ Tỉnh ủy",
        "Ban Thường vụ Tỉnh ủy",
        None,
        None,
    ]
    assert built == ["BTV Tỉnh ủy", FORM] and FORM in memo
    assert memo["Ban Bí thư"] == memo["Ban Bí thư"] == "Ban Bí thư" and built[2:] == ["Ban Bí thư", "Ban Bí thư"]
    assert len(memo) == 2


def test_a_lexicons_memo_is_its_own_and_built_with_the_lexicon():
    """lex.memo(name, build, limit)[key] is build(lex, key), one memo a name and a lexicon: the taught lexicon's answer
    for the Hội Khuyến học's form is not the default one's (near miss)."""
    lex = Lexicon.default()
    taught = lex.with_issuer(FORM, [FORM], "HKH", "provincial")

    def body(x, form):
        return x.body_of(form)

    assert lex.memo("test.bodies", body, 10)[FORM] is None and taught.memo("test.bodies", body, 10)[FORM] == FORM
    assert lex.memo("test.bodies", body, 10) is lex.memo("test.bodies", body, 10) is lex.cached("test.bodies", dict)


def test_a_lists_folded_words_are_its_phrases_keyed_in_file_order_made_once():
    """folded_words: "ký", "ký ban hành" -> ("ky", "ky ban hanh") in file order, the same tuple each time; the lists read
    this way have single blanks and no ".", so fold and fold_key give one key (near miss: "letterhead_prefix" keeps a
    trailing blank, "BAN ", and is not read so)."""
    from vanban.text import fold, fold_key

    lex = Lexicon.default()
    assert lex.folded_words("signing_verb") == ("ky", "ky ban hanh") and lex.folded_words("act_before_at")[0] == "phe duyet"
    assert lex.folded_words("signing_verb") is lex.folded_words("signing_verb") and lex.folded_words("no such list") == ()
    for name in ("basis_title_cue", "act_before_at", "signing_verb", "hyphen_party_order"):
        assert all(fold(w) == fold_key(w) for w in lex.words(name)), name
    assert fold("BAN ") != fold_key("BAN ")
