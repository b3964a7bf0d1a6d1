"""Precision, recall and field accuracy on the hand-labelled real excerpts.

The acceptance bar is P, R >= 0.97 (self-mentions aside) and date/issuer right on
>= 0.95 of the matched references; a plain ``type + số + code`` regex scores F1 ~ 0.74.
"""

from __future__ import annotations

import re

import gold

#: the figures the code reaches today on each split (a regression test: raise them as the code improves).
#: ``dev`` is tuned on; ``heldout`` never is (its pages were set aside by URL hash before labelling);
#: ``heldout2`` (corpus-real-3) was gathered and labelled after the rules of 2026-12-02, without running vanban;
#: corpus-real-4, -5 and -6 (gathered and labelled without running vanban) were each split by URL hash before
#: labelling into ``dev4``/``dev5``/``dev6`` (tuned on) and ``heldout4``/``heldout5``/``heldout6`` (never read);
#: corpus-real-7 to -58 likewise into ``dev7``…``dev58`` and ``heldout7``…``heldout58``.
FLOOR = {
    # (session 15: a plan named in the subject of a document known by no number is found, "dự thảo Nghị quyết về Kế hoạch
    # phát triển kinh tế - xã hội năm 2023"; R .981 -> .984 on dev, .972 -> .981 on dev5; the new matches' issuers, the
    # sentence's agent or the congress a report goes to, are not read: issuers .967 -> .964 and .971 -> .962, dev5's
    # relations .952 -> .943)
    "dev": {"f1": 0.97, "date": 0.99, "issuer": 0.96, "relation": 0.88},
    # (issuers and relations on 2026-12-02, session 5: lower-case plans named by what they carry out or by their years
    # are found now, recall up on held out 1/2/4/7, and the new finds' issuers are mostly the agent of the sentence and
    # their relations the page's, not read; the rates fall with the larger denominators: floors lowered, F1 raised)
    # (session 7: lower-case types after a verb whose object is a document, "nghe qua báo cáo sơ kết …", "ký kết chương
    # trình phối hợp …", are found; on held out 1 precision .955 -> .940 and relations .778 -> .762, not read; recall
    # rose on held out 4, 5 and 8 and relations on held out 2 and 8; the rule was chosen on the dev splits: +8 matched,
    # no new spurious find, relations +3)
    # (and the whole Party and nation as a cue's agent is the setting, cites: relations .762 -> .754)
    # (session 8: a sentence whose subject is a nominalised cue, "Việc triển khai …", cites (dev +4 relations, -1 on dev);
    # held out 1 lost one relation to it, .754 -> .746: the labellers split on this form)
    # (session 12: a plan joined by "và" to a document's subject and named by what it carries out is found, written on
    # dev11 (+2): held out 1 one more found, R .890 -> .897; the right issuers stay 102, now of 130 matched: .791 -> .785)
    "heldout": {"f1": 0.90, "date": 0.96, "issuer": 0.78, "relation": 0.745},
    # (held out 2 on 2026-12-02, session 6: a capitalised plan named by what it carries out is found, recall .871 ->
    # .885; its issuer is the sentence's agent or the page's, not read: the issuer rate .841 -> .827 over more matches)
    # (session 7: "Chiến lược" is a titled type; recall rose on held out 6, 7 and 9, and relations fell on 6 (.688 -> .660)
    # and 7 (.694 -> .651): strategies are named beside what a cue governs, labelled cites; precision on held out 2 -.005)
    "heldout2": {"f1": 0.92, "date": 0.99, "issuer": 0.825, "relation": 0.795},
    "dev4": {"f1": 0.97, "date": 0.98, "issuer": 0.91, "relation": 0.91},
    # (session 8: state symbols with a lost or spaced separator are read, held out 4 P .875 -> .900, R .778 -> .800; the new
    # match's relation is not the labellers': relations 26 of 35 -> 26 of 36, .743 -> .722)
    "heldout4": {"f1": 0.82, "date": 0.96, "issuer": 0.795, "relation": 0.72},
    "dev5": {"f1": 0.97, "date": 0.985, "issuer": 0.96, "relation": 0.94},
    # (session 10: planning documents named by title, "Quy hoạch tỉnh Đắk Nông thời kỳ 2021-2030", written on dev12 (+2,
    # no spurious on dev): held out 5 two more spurious, P .981 -> .944, F1 .936 -> .919; held out 4 one more found)
    # (session 11: a lower-case report of a body, "báo cáo [thẩm tra] của <body>", written on dev12 (+2): held out 5 one
    # more found, R .895 -> .912, its issuer read in part: issuers .922 -> .904 over more matches)
    "heldout5": {"f1": 0.915, "date": 0.995, "issuer": 0.90, "relation": 0.815},
    "dev6": {"f1": 0.98, "date": 0.985, "issuer": 0.985, "relation": 0.845},
    # (session 8: resolutions and decisions named by their titles as the object of passing or signing are found, recall
    # .847 -> .864; the new match carries no issuer the labellers give: issuers .860 -> .843)
    "heldout6": {"f1": 0.92, "date": 0.975, "issuer": 0.915, "relation": 0.66},
    # corpus-real-7 (2026-12-02, session 5), split by URL hash before labelling; first scored on the session's code
    # (session 8: local mass organisations are issuers; a new match, "thông qua kết hoạch tổ chức thực hiện chương trình
    # hành động của Hội CCB", takes the cue of a misspelt plan: relation .854 -> .844)
    "dev7": {"f1": 0.94, "date": 0.99, "issuer": 0.93, "relation": 0.84},
    "heldout7": {"f1": 0.87, "date": 0.98, "issuer": 0.85, "relation": 0.65},
    # corpus-real-8 (2026-12-02, session 6), split the same way; first scored on the code of 2e0bb01, before any rule
    # read dev8 (dev8 P .919 R .810, held out 8 P .974 R .927)
    # (dev8 after its rules: F1 .861 -> .925; the issuer and relation rates fall over the new matched mentions)
    # (session 8: the resolutions a sitting passes are found, recall .905 -> .929; the labellers give them the sitting's
    # council, which the sentence names only as "Kỳ họp": issuers .934 -> .910)
    "dev8": {"f1": 0.95, "date": 0.99, "issuer": 0.905, "relation": 0.815},
    "heldout8": {"f1": 0.95, "date": 0.97, "issuer": 0.89, "relation": 0.825},
    # corpus-real-9 (2026-12-02, session 7), split the same way; first scored on d2d73c7, before any rule read dev9 (dev9 P
    # .896 R .784, dates .957, issuers .899, relations .783; held out 9 P .976 R .845, dates .915, issuers .878, relations
    # .610), and on 6dedb46 (this session's first rules, written before it was read): dev9 R .795, held out 9 the same
    "dev9": {"f1": 0.87, "date": 0.95, "issuer": 0.92, "relation": 0.84},
    "heldout9": {"f1": 0.92, "date": 0.935, "issuer": 0.91, "relation": 0.63},
    # corpus-real-10 (2026-12-02, session 8), split the same way; first scored on 1cf9efb (the session's start: dev10 P .962
    # R .840, dates .984, issuers .937, relations .889; held out 10 P .931 R .835, dates .975, issuers .889, relations
    # .790) and on the session's rules written before it was read (dev10 R .847; held out 10 P .933 R .856, dates .988,
    # issuers .904, relations .795)
    # (then read: a lower-case type heading a list of numbers is found, dev10 recall .860 -> .887; the labellers give
    # "nắm bắt … các quyết định 217, 218" implements: relations .891 -> .880)
    # (a resolution by an Assembly sitting is found, "Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX (tháng 11 năm 1996)" on a
    # history page: labelled cites and dated by its month, which a Reference cannot hold: relations .875 -> .869)
    "dev10": {"f1": 0.935, "date": 0.965, "issuer": 0.945, "relation": 0.905},
    # (session 10: the body after "được … thông qua" is the issuer, "Luật Đất đai được Quốc hội khóa XI thông qua ngày
    # 26/11/2003", written on dev12 (dates .978 -> .989, issuers .888 -> .899): held out 10 one issuer fewer, .905 -> .893)
    # (session 24: a plan named by the law it carries out, "ban hành kế hoạch triển khai thi hành Luật …", written on
    # dev26: held out 10 one more found, R .907 -> .918, its issuer not read: issuers .920 -> .910 over more matches)
    # (session 46: gold.py compares codes as symbols, OPEN-QUESTIONS A12: one more matched, its issuer not read: issuers
    # .910 -> .900 over more matches, F1 .927 -> .937; dev55 likewise .914 -> .904)
    "heldout10": {"f1": 0.885, "date": 0.98, "issuer": 0.895, "relation": 0.79},
    # corpus-real-11 (2026-12-02, session 9: 59 pages, 25 dev11 / 34 held out 11 by URL hash), first scored on main
    # 182da70 (dev11 P .980 R .934, dates .939, issuers .899, relations .828; held out 11 P .806 R .857, dates .944,
    # issuers .806, relations .787) and on the session's rules written before it was read: held out 11 the same
    # (session 9: floors raised where this session's rules moved the figures: the signer between a date and the act
    # and a national body's signer's name, held out 5-9 dates and issuers; lower-case documents an earlier one issues,
    # law names the registry knows, short forms before "như" and a headline's dash, a report at a meeting, dev)
    "dev11": {"f1": 0.965, "date": 0.955, "issuer": 0.915, "relation": 0.845},
    "heldout11": {"f1": 0.83, "date": 0.94, "issuer": 0.80, "relation": 0.78},
    # corpus-real-12 (2026-12-02, session 10: 49 pages, 24 dev12 / 25 held out 12 by URL hash), first scored on main
    # da4d970 and on the session's rules written before it was read, the same figures on both: dev12 P .935 R .784,
    # dates .977, issuers .862, relations .782; held out 12 P .918 R .848, dates .955, issuers .896, relations .716
    "dev12": {"f1": 0.945, "date": 0.97, "issuer": 0.91, "relation": 0.78},  # D21 (A37 relabelled, s49): F1 0.940 -> 0.962
    # (session 11: a titled document at a text's start is no subject of a reference before it, for there is none, recall
    # .848 -> .861; the new match's issuer is not the labellers': issuers .896 -> .882)
    "heldout12": {"f1": 0.88, "date": 0.95, "issuer": 0.875, "relation": 0.71},
    # corpus-real-13 (2026-12-03, session 11: 58 pages, 36 dev13 / 22 held out 13 by URL hash), first scored on main
    # 58e2812 (dev13 P .934 R .813, dates .965, issuers .850, relations .876; held out 13 P .902 R .847, dates 1.000,
    # issuers .952, relations .783) and on the session's rules written before it was read (dev13 P .934 R .820, dates
    # .965, issuers .851, relations .877; held out 13 P .894 R .857, dates 1.000, issuers .952, relations .762: the core
    # content rule, 2ae5ec6, costs held out 13 two relations its labeller gives cites)
    "dev13": {"f1": 0.87, "date": 0.96, "issuer": 0.93, "relation": 0.87},
    "heldout13": {"f1": 0.87, "date": 0.99, "issuer": 0.945, "relation": 0.755},
    # corpus-real-14 (2026-12-03, session 13: 55 pages, 35 dev14 / 20 held out 14 by URL hash, labels frozen before
    # vanban was run on them), first scored on main e588059 (dev14 P .918 R .882, dates .978, issuers .844, relations
    # .789; held out 14 P .897 R .743, dates 1.000, issuers .808, relations .827) and with the session's rules (dev14 P
    # .919 R .892, dates .978, issuers .868, relations .780; held out 14 the same but relations .808: the plan-owner rule,
    # f4e6fec, costs it one its labeller gives cites); session 14's rules: dev14 P .929 R .892, issuers .890, relations .824
    "dev14": {"f1": 0.90, "date": 0.97, "issuer": 0.88, "relation": 0.815},
    "heldout14": {"f1": 0.81, "date": 0.99, "issuer": 0.80, "relation": 0.80},
    # corpus-real-15 (2026-12-03, session 14: 58 pages, 31 dev15 / 27 held out 15 by URL hash, labels frozen before
    # vanban was run on them), first scored on main dc6077b (dev15 P .852 R .775, dates 1.000, issuers .841, relations
    # .797; held out 15 P .964 R .833, dates .950, issuers .863, relations .812) and with the session's rules (dev15 P
    # .926 R .843, dates 1.000, issuers .867, relations .813; held out 15 the same as on main); session 15's rules: dev15
    # P .939 R .865, issuers .870, relations .870; held out 15 dates .963
    # (session 21: a signer is no issuer, the board named in full, dev15 issuers .921 -> .947)
    "dev15": {"f1": 0.94, "date": 0.99, "issuer": 0.92, "relation": 0.855},  # D21 (A37 relabelled, s49): F1 0.932 -> 0.959
    "heldout15": {"f1": 0.885, "date": 0.94, "issuer": 0.855, "relation": 0.80},
    # corpus-real-16 (2026-12-03, session 15: 60 pages, 18 dev16 / 42 held out 16 by URL hash, labels frozen before
    # vanban was run on them, b464247), first scored on main 7616a2e (dev16 P .922 R .887 F1 .904, dates 1.000, issuers
    # .894, relations .745; held out 16 P .940 R .839 F1 .887, dates .984, issuers .864, relations .768); with the
    # session's rules (none read held out 16): dev16 relations .851; held out 16 P .933 (one spurious more, from the rule
    # that finds a plan in the subject of a document with no number, d25f0dc: it found 3 more on held out 2, 11 and 14)
    # (session 23: a document a body named before "ban hành" is reported issued, "Ngày 20/9, Thủ tướng Chính phủ ban hành
    # Kế hoạch tổ chứcthực hiện Phong trào thi đua …": found, dev16 R .925 -> .943; its date is the day before the body,
    # its year only the page's: dates 1.000 -> .980)
    "dev16": {"f1": 0.89, "date": 0.975, "issuer": 0.88, "relation": 0.835},
    "heldout16": {"f1": 0.875, "date": 0.97, "issuer": 0.85, "relation": 0.755},
    # corpus-real-17 (2026-12-03, session 16: 60 pages, 34 dev17 / 26 held out 17 by URL hash, labels frozen before
    # vanban was run on them, 166c00e), first scored on main 1cd41cc (dev17 P .889 R .853 F1 .871, dates .922, issuers
    # .734, relations .875; held out 17 P .944 R .859 F1 .900, dates .955, issuers .806, relations .881)
    "dev17": {"f1": 0.86, "date": 0.91, "issuer": 0.72, "relation": 0.86},
    # (session 19: web tags' titles are read as unaccented text and their slug symbols found, held out 17 R .859 -> .897;
    # corpus-real-16/-17/-18 label a slug's issuer as its organ, "232 qd ttg": Thủ tướng Chính phủ, corpus-real-19/-20
    # and the written-form convention leave it out, so vanban leaves it out: held out 17 issuers .806 -> .771)
    "heldout17": {"f1": 0.885, "date": 0.94, "issuer": 0.76, "relation": 0.865},
    # corpus-real-18 (2026-12-03, session 17: 60 pages, 34 dev18 / 26 held out 18 by URL hash, labels frozen before
    # vanban was run on them, 3d78ec5), first scored on main f4795b3 (dev18 P .875 R .857 F1 .866, dates .976, issuers
    # .631, relations .833; held out 18 P .863 R .759 F1 .807, dates 1.000, issuers .591, relations .750)
    # (session 21: the national congress compared in one spelling, dev18 issuers .663 -> .698)
    "dev18": {"f1": 0.855, "date": 0.96, "issuer": 0.67, "relation": 0.82},
    "heldout18": {"f1": 0.795, "date": 0.98, "issuer": 0.58, "relation": 0.74},
    # corpus-real-19 (2026-12-03, session 18: 59 pages, 28 dev19 / 31 held out 19 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, acc84aa), first scored on main 18e7ec9 (dev19 P .919 R .888
    # F1 .903, dates .975, issuers .886, relations .899; held out 19 P .844 R .818 F1 .831, dates .988, issuers .802,
    # relations .753)
    # (session 21: a signer is no issuer, "Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký …", dev19 issuers .927 -> .939)
    "dev19": {"f1": 0.89, "date": 0.96, "issuer": 0.92, "relation": 0.885},
    "heldout19": {"f1": 0.82, "date": 0.975, "issuer": 0.79, "relation": 0.74},
    # corpus-real-20 (2026-12-04, session 19: 60 pages, 25 dev20 / 35 held out 20 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 254af39), first scored on 1e946d6's code (dev20 P .855
    # R .839 F1 .847, dates .957, issuers .766, relations .489; held out 20 P .899 R .848 F1 .873, dates .966, issuers
    # .831, relations .854)
    "dev20": {"f1": 0.835, "date": 0.945, "issuer": 0.75, "relation": 0.475},
    "heldout20": {"f1": 0.86, "date": 0.955, "issuer": 0.82, "relation": 0.84},
    # corpus-real-21 (2026-12-04, session 21: 60 pages, 27 dev21 / 33 held out 21 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, dc33ae5), first scored on main f1c49e2's code (dev21 P .964
    # R .891 F1 .926, dates 1.000, issuers .868, relations .849; held out 21 P .965 R .937 F1 .951, dates .970, issuers
    # .909, relations .909); session 21 (d21): the periodic resolution a committee "ra" (issues) is cited, dev21 F1 .944
    "dev21": {"f1": 0.93, "date": 0.99, "issuer": 0.855, "relation": 0.835},
    "heldout21": {"f1": 0.94, "date": 0.96, "issuer": 0.895, "relation": 0.895},
    # corpus-real-22 (2026-12-04, session 22: 51 pages, 29 dev22 / 22 held out 22 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, a5cf579), first scored on main 5924955's code (dev22 P .891
    # R .855 F1 .873, dates .973, issuers .912, relations .918; after one dev22 row added by agreement D17, P .897 F1 .876;
    # held out 22 P .922 R .904 F1 .913, dates .958, issuers .923, relations .761)
    "dev22": {"f1": 0.865, "date": 0.96, "issuer": 0.9, "relation": 0.905},
    "heldout22": {"f1": 0.9, "date": 0.945, "issuer": 0.91, "relation": 0.75},
    # corpus-real-23 (2026-12-04, session 23: 52 pages, 21 dev23 / 31 held out 23 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, a6f9d88), first scored on main f630c95's code (dev23 P .864
    # R .896 F1 .880, dates .968, issuers .811, relations .874; held out 23 P .865 R .865 F1 .865, dates .972, issuers
    # .823, relations .865)
    "dev23": {"f1": 0.87, "date": 0.955, "issuer": 0.8, "relation": 0.86},
    "heldout23": {"f1": 0.855, "date": 0.96, "issuer": 0.81, "relation": 0.85},
    # corpus-real-24 (2026-12-04, session 23: 42 pages, 20 dev24 / 22 held out 24 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, d798a0a), first scored on the code of 0995fcb (dev24 P .944
    # R .863 F1 .902, dates .960, issuers .891, relations .871; held out 24 P .915 R .967 F1 .941, dates .966, issuers
    # .941, relations .882)
    # (session 24: "NQ 32", "Nghị quyết NQ 32", "Nghị quyết (NQ) 32" read, dev24 R .880 -> .906; inside an organ's name
    # ("Ban chỉ đạo ... về xây dựng Đề án tổng kết 15 năm thực hiện …") they take cites, as the same sentence written with
    # full symbols does on 8bd9d4b, where the labels say reviews: relations .874 -> .858)
    "dev24": {"f1": 0.9, "date": 0.95, "issuer": 0.88, "relation": 0.85},
    "heldout24": {"f1": 0.93, "date": 0.955, "issuer": 0.93, "relation": 0.87},
    # corpus-real-25 (2026-12-04, session 24: 48 pages, 27 dev25 / 21 held out 25 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 53a5cb1), first scored on the code of 8bd9d4b (dev25 P .961
    # R .879 F1 .918, dates .968, issuers .863, relations .855; held out 25 P .909 R .902 F1 .905, dates .964, issuers
    # .873, relations .882)
    # (s24-d25: relation floor .845 -> .83: the codes by abbreviation and Sắc lệnh found since add 6 matches, 3 with
    # the relation of the gold; right relations 106 -> 109 of 124 -> 130 matches)
    "dev25": {"f1": 0.905, "date": 0.955, "issuer": 0.85, "relation": 0.83},
    "heldout25": {"f1": 0.895, "date": 0.955, "issuer": 0.86, "relation": 0.87},
    # corpus-real-26 (2026-12-04, session 24: 45 pages, 19 dev26 / 26 held out 26 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 372d23f), first scored on the code of 9127271 (dev26 P .874
    # R .817 F1 .845, held out 26 P .887 R .869 F1 .878); after approved or issued documents of cited decisions were
    # labelled (corpus-real-9 rule 4): dev26 P .897 R .796 F1 .844, dates .923, issuers .846, relations .756; held out
    # 26 P .923 R .868 F1 .895, dates .954, issuers .763, relations .779
    "dev26": {"f1": 0.83, "date": 0.91, "issuer": 0.83, "relation": 0.74},
    "heldout26": {"f1": 0.88, "date": 0.94, "issuer": 0.75, "relation": 0.765},
    # corpus-real-27 (2026-12-04, session 25: 50 pages, 25 dev27 / 25 held out 27 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, b85bd7a), first scored on the code of c91899b (src/
    # unchanged): dev27 P .947 R .861 F1 .902, dates .976, issuers .847, relations .871; held out 27 P .939 R .932 F1
    # .936, dates .984, issuers .911, relations .903
    "dev27": {"f1": 0.89, "date": 0.965, "issuer": 0.835, "relation": 0.86},
    "heldout27": {"f1": 0.925, "date": 0.975, "issuer": 0.90, "relation": 0.89},
    # corpus-real-28 (2026-12-05, session 26: 48 pages, 20 dev28 / 28 held out 28 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 877dc81), first scored on the code of 5210072 (src/
    # unchanged): dev28 P .953 R .902 F1 .927, dates .970, issuers .842, relations .881; held out 28 P .887 R .929 F1
    # .908, dates .975, issuers .898, relations .856
    "dev28": {"f1": 0.915, "date": 0.96, "issuer": 0.83, "relation": 0.87},
    "heldout28": {"f1": 0.895, "date": 0.965, "issuer": 0.885, "relation": 0.845},
    # corpus-real-29 (2026-12-05, session 27: 37 pages, 18 dev29 / 19 held out 29 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 077c4e7), first scored on the code of afba149 (src/
    # unchanged): dev29 P .991 R .924 F1 .956, dates 1.000, issuers .936, relations .844; held out 29 P .906 R .946 F1
    # .926, dates .977, issuers .897, relations .885
    "dev29": {"f1": 0.945, "date": 0.99, "issuer": 0.925, "relation": 0.83},
    "heldout29": {"f1": 0.915, "date": 0.965, "issuer": 0.885, "relation": 0.875},
    # corpus-real-30 (2026-12-05, session 28: 31 pages, 19 dev30 / 12 held out 30 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, d6832f2), first scored on the code of 265a624 (src/
    # unchanged): dev30 P .941 R .926 F1 .933, dates .982, issuers .920, relations .768; held out 30 P .920 R .896 F1
    # .908, dates .986, issuers .870, relations .797
    "dev30": {"f1": 0.92, "date": 0.97, "issuer": 0.905, "relation": 0.755},
    "heldout30": {"f1": 0.895, "date": 0.975, "issuer": 0.855, "relation": 0.785},
    # corpus-real-31 (2026-12-05, session 29: 35 pages, 17 dev31 / 18 held out 31 by URL hash, issuers labelled as
    # written, labels frozen before vanban was run on them, 1b40fb4), first scored on the code of ba67b82 (src/
    # unchanged): dev31 P .914 R .902 F1 .908, dates .973, issuers .865, relations .865; held out 31 P .972 R .908 F1
    # .939, dates .971, issuers .841, relations .797
    "dev31": {"f1": 0.895, "date": 0.96, "issuer": 0.85, "relation": 0.85},
    "heldout31": {"f1": 0.925, "date": 0.96, "issuer": 0.825, "relation": 0.785},
    # corpus-real-32 (2026-12-05, session 30: 33 pages, 16 dev32 / 17 held out 32 by URL hash, labels frozen before
    # vanban was run on them, 31ca20b), first scored on the code of 582e46b (src/ unchanged): dev32 F1 .894, held out
    # 32 F1 .792; after one class of label correction by written convention (spaced symbols normalised in code,
    # corpus-real-20/-21 decision 3): dev32 P .950 R .938 F1 .944, dates .987, issuers .882, relations .842; held out
    # 32 P .925 R 1.000 F1 .961, dates .932, issuers .865, relations .838
    "dev32": {"f1": 0.93, "date": 0.975, "issuer": 0.865, "relation": 0.825},
    "heldout32": {"f1": 0.945, "date": 0.915, "issuer": 0.85, "relation": 0.82},
    # corpus-real-33 (2026-12-05, session 31: 36 pages, 17 dev33 / 19 held out 33 by URL hash, labels frozen before
    # vanban was run on them, ce49987), first scored on the code of e975dec (src/ unchanged): dev33 P .955 R .914 F1
    # .934, held out 33 P .931 R .944 F1 .937; after two classes of label correction by written convention (party codes
    # in state order normalised in code as the owners' "12/CT-TW"; "hướng dẫn của X (tại [symbol])" as two mentions,
    # the letter without issuer, -31 decision 1), all on dev33 rows: dev33 P 1.000 R .944 F1 .971, dates 1.000, issuers
    # .955, relations .866; held out 33 unchanged: dates 1.000, issuers .985, relations .821
    "dev33": {"f1": 0.955, "date": 0.985, "issuer": 0.94, "relation": 0.85},
    "heldout33": {"f1": 0.92, "date": 0.985, "issuer": 0.97, "relation": 0.805},
    # corpus-real-34 (2026-12-05, session 31: 33 pages, 16 dev34 / 17 held out 34 by URL hash, labels frozen before
    # vanban was run on them, 4ffdeb2), first scored on the code of e975dec (src/ unchanged): dev34 P .922 R .904 F1
    # .913, dates .979, issuers .957, relations .596 (news pages relaying "Quy định này thay thế ..." are labelled cites
    # with an asserted edge, -32 decision 4; commentary cites); held out 34 P .966 R .977 F1 .971, dates 1.000, issuers
    # .929, relations .881. dev34's output showed no label breaking a written convention (no correction).
    "dev34": {"f1": 0.90, "date": 0.965, "issuer": 0.94, "relation": 0.58},
    "heldout34": {"f1": 0.955, "date": 0.985, "issuer": 0.91, "relation": 0.865},
    # corpus-real-35 (2026-12-05, session 32: 35 pages, 16 dev35 / 19 held out 35 by URL hash, labels frozen before
    # vanban was run on them, 01e73e3), first scored on the code of a40fc5e (src/ unchanged): dev35 P .916 R .974 F1
    # .944, dates .987, issuers .974, relations .934; held out 35 P .942 R .942 F1 .942, dates .969, issuers .954,
    # relations .769. dev35's output showed no label breaking a written convention (no correction).
    "dev35": {"f1": 0.93, "date": 0.975, "issuer": 0.96, "relation": 0.92},
    # (s42-recall: issuer floor .94 -> .935: a type word and a date alone, "Quyết định ngày 29/8/2025", find one more
    # held-out 35 mention, R .942 -> .957, F1 -> .950; its label gives an issuer the text near it does not write,
    # gold_questions' label-from-page: issuers .954 -> .939)
    "heldout35": {"f1": 0.93, "date": 0.955, "issuer": 0.935, "relation": 0.755},
    # corpus-real-36 (2026-12-05, session 33: 34 pages, 16 dev36 / 18 held out 36 by URL hash, labels frozen before
    # vanban was run on them, 81e87e3), first scored on the code of 04c1897 (src/ unchanged): dev36 P .985 R .889 F1
    # .934, dates 1.000, issuers .922, relations .734; held out 36 P .947 R .911 F1 .929, dates .958, issuers .833,
    # relations .847. dev36's output showed no label breaking a written convention (no correction).
    "dev36": {"f1": 0.92, "date": 0.985, "issuer": 0.91, "relation": 0.72},
    "heldout36": {"f1": 0.915, "date": 0.945, "issuer": 0.82, "relation": 0.835},
    # corpus-real-37 (2026-12-05, session 34: 35 pages, 13 dev37 / 22 held out 37 by URL hash, labels frozen before
    # vanban was run on them, be37690), first scored on the code of 4f1360f (src/ unchanged): dev37 P 1.000 R .980 F1
    # .990, dates 1.000, issuers 1.000, relations .857; held out 37 P .979 R .886 F1 .930, dates .968, issuers .968,
    # relations .849. dev37's output showed no label breaking a written convention (no correction).
    "dev37": {"f1": 0.975, "date": 0.985, "issuer": 0.985, "relation": 0.84},
    "heldout37": {"f1": 0.915, "date": 0.955, "issuer": 0.955, "relation": 0.835},
    # corpus-real-38 (2026-12-05, session 34: 37 pages, 26 dev38 / 11 held out 38 by URL hash, labels frozen before
    # vanban was run on them, ad76c46), first scored on the code of 4f1360f (src/ unchanged): dev38 P .899 R .978 F1
    # .937, dates .966, issuers .787 (.775 before one label was corrected by the written convention: a programme issued
    # by a resolution takes no issuer when its name has none), relations .910; held out 38 P .949 R .933 F1 .941, dates
    # 1.000, issuers .875, relations .786.
    "dev38": {"f1": 0.925, "date": 0.955, "issuer": 0.775, "relation": 0.895},
    "heldout38": {"f1": 0.95, "date": 0.985, "issuer": 0.86, "relation": 0.77},  # D21 (A37 relabelled, s49): F1 0.941 -> 0.965
    # corpus-real-39 (2026-12-06, session 35: 37 pages, 20 dev39 / 17 held out 39 by URL hash, labels frozen before
    # vanban was run on them, f072402), first scored on the code of ba1b0ee (src/ unchanged): dev39 P .907 R .926 F1
    # .917, dates .989, issuers .955, relations .852 (one relation corrected by the written convention afterwards, an
    # outcome statement at a review conference cites: figures unchanged); held out 39 P .914 R .946 F1 .930, dates
    # 1.000, issuers .925, relations .811.
    "dev39": {"f1": 0.905, "date": 0.975, "issuer": 0.94, "relation": 0.84},
    "heldout39": {"f1": 0.915, "date": 0.985, "issuer": 0.91, "relation": 0.80},
    # corpus-real-40 (2026-12-06, session 35: 29 pages, 14 dev40 / 15 held out 40 by URL hash, labels frozen before
    # vanban was run on them, ed1aa1a), first scored on the code of 8e23229 (src/ unchanged): dev40 P .958 R .971 F1
    # .965, dates .971, issuers .926, relations .824; held out 40 P .988 R .942 F1 .964, dates 1.000, issuers .975,
    # relations .704. Then five labels added by the written convention (what a decision issues, named in its own
    # upper-case heading or Điều 1, cites; names by subject stop before "về"): dev40 R .932 F1 .944, held out 40 R .920
    # F1 .953, the other figures unchanged.
    "dev40": {"f1": 0.93, "date": 0.96, "issuer": 0.91, "relation": 0.81},
    "heldout40": {"f1": 0.94, "date": 0.985, "issuer": 0.96, "relation": 0.69},
    # corpus-real-41 (2026-12-06, session 36: 32 pages, 18 dev41 / 14 held out 41 by URL hash, labels frozen before
    # vanban was run on them, e98b655), first scored on the code of 257612c (src/ unchanged): dev41 P .905 R .938 F1
    # .921, dates .961, issuers .947, relations .684; held out 41 P .903 R .970 F1 .935, dates 1.000, issuers .892,
    # relations .831. No label was corrected after the first scoring (no slip of offset or code found in dev41).
    "dev41": {"f1": 0.91, "date": 0.95, "issuer": 0.935, "relation": 0.67},
    "heldout41": {"f1": 0.925, "date": 0.985, "issuer": 0.88, "relation": 0.82},
    # corpus-real-42 (2026-12-06, session 36: 26 pages, 13 dev42 / 13 held out 42 by URL hash, labels frozen before
    # vanban was run on them, 992d9ff), first scored on the code of 257612c (src/ unchanged): dev42 P .886 R .907 F1
    # .896, dates .974, issuers .859, relations .923; held out 42 P .978 R .864 F1 .917, dates .966, issuers .966,
    # relations .876. No label was corrected after the first scoring (no slip of offset or code found in dev42).
    "dev42": {"f1": 0.88, "date": 0.96, "issuer": 0.845, "relation": 0.91},
    "heldout42": {"f1": 0.945, "date": 0.955, "issuer": 0.955, "relation": 0.86},  # D21 (A37 relabelled, s49): F1 0.917 -> 0.962
    # corpus-real-43 (2026-12-06, session 37: 31 pages, 15 dev43 / 16 held out 43 by URL hash, labels frozen before
    # vanban was run on them, 68de76c), first scored on the code of 6073a42 (src/ unchanged): dev43 P .938 R .955 F1
    # .946, dates .962, issuers .914, relations .905; held out 43 P .934 R .908 F1 .921, dates .977, issuers .969,
    # relations .797. No label was corrected after the first scoring (no slip of offset or code found in dev43).
    "dev43": {"f1": 0.935, "date": 0.95, "issuer": 0.90, "relation": 0.89},
    "heldout43": {"f1": 0.91, "date": 0.965, "issuer": 0.955, "relation": 0.78},
    # corpus-real-44 (2026-12-06, session 37: 29 pages, 14 dev44 / 15 held out 44 by URL hash, labels frozen before
    # vanban was run on them, fec2d6e), first scored on the code of a9dd9f5 (src/ unchanged): dev44 P .965 R .889 F1
    # .925, dates .971, issuers .949, relations .978; held out 44 P .946 R .862 F1 .902, dates .981, issuers .934,
    # relations .906. No label was corrected after the first scoring (no slip of offset or code found in dev44).
    "dev44": {"f1": 0.915, "date": 0.96, "issuer": 0.94, "relation": 0.965},
    "heldout44": {"f1": 0.915, "date": 0.97, "issuer": 0.92, "relation": 0.895},  # D21 (A37 relabelled, s49): F1 0.902 -> 0.933
    # corpus-real-45 (2026-12-06, session 38: 30 pages, 16 dev45 / 14 held out 45 by URL hash, labels frozen before
    # vanban was run on them, 6607e7d), first scored on the code of 09bd09c (src/ unchanged): dev45 P .993 R .865 F1
    # .924, dates .985, issuers .940, relations .948; held out 45 P .984 R .933 F1 .958, dates .984, issuers .944,
    # relations .929. No label was corrected after the first scoring (no slip of offset or code found in dev45).
    "dev45": {"f1": 0.95, "date": 0.975, "issuer": 0.93, "relation": 0.935},  # D21 (A37 relabelled, s49): F1 0.939 -> 0.965
    "heldout45": {"f1": 0.945, "date": 0.975, "issuer": 0.93, "relation": 0.915},
    # corpus-real-46 (2026-12-06, session 38: 27 pages, 9 dev46 / 18 held out 46 by URL hash, labels frozen before
    # vanban was run on them, a4e38d4), first scored on the code of bfcf1b1 (src/ unchanged): dev46 P .929 R .929 F1
    # .929, dates 1.000, issuers .942, relations .769; held out 46 P .923 R .903 F1 .913, dates 1.000, issuers .917,
    # relations .893. No label was corrected after the first scoring (no slip of offset or code found in dev46).
    "dev46": {"f1": 0.92, "date": 0.985, "issuer": 0.93, "relation": 0.755},
    "heldout46": {"f1": 0.915, "date": 0.985, "issuer": 0.905, "relation": 0.88},  # D21 (A37 relabelled, s49): F1 0.913 -> 0.933
    # corpus-real-47 (2026-12-06, session 39: 25 pages, 14 dev47 / 11 held out 47 by URL hash, labels frozen before
    # vanban was run on them, 1d180121), first scored on the code of 15d94f3e (src/ unchanged): dev47 P .967 R .908 F1
    # .937, dates .992, issuers .966, relations .975; held out 47 P .973 R .887 F1 .928, dates .972, issuers .930,
    # relations .944. No label was corrected after the first scoring (no slip of offset or code found in dev47).
    "dev47": {"f1": 0.955, "date": 0.985, "issuer": 0.955, "relation": 0.965},  # D21 (A37 relabelled, s49): F1 0.941 -> 0.972
    "heldout47": {"f1": 0.935, "date": 0.965, "issuer": 0.92, "relation": 0.935},  # D21 (A37 relabelled, s49): F1 0.928 -> 0.953
    # corpus-real-48 (2026-12-06, session 39: 27 pages, 13 dev48 / 14 held out 48 by URL hash, labels frozen before
    # vanban was run on them, 0803a186), first scored on the code of 15d94f3e (src/ unchanged): dev48 P .975 R .929 F1
    # .952, dates .992, issuers .941, relations .839; held out 48 P .959 R .929 F1 .944, dates .975, issuers .949,
    # relations .898. No label was corrected after the first scoring (no slip of offset or code found in dev48).
    "dev48": {"f1": 0.945, "date": 0.985, "issuer": 0.93, "relation": 0.83},
    "heldout48": {"f1": 0.935, "date": 0.965, "issuer": 0.94, "relation": 0.89},
    # corpus-real-49 (2026-12-06, session 40: 26 pages, 14 dev49 / 12 held out 49 by URL hash, labels frozen before
    # vanban was run on them, c18f421d), first scored on the code of bdedf47e (src/ unchanged): dev49 P .921 R .921 F1
    # .921, dates .991, issuers .940, relations .897; held out 49 P .919 R .892 F1 .906, dates 1.000, issuers .901,
    # relations .846. No label was corrected after the first scoring (no slip of offset or code found in dev49).
    "dev49": {"f1": 0.91, "date": 0.985, "issuer": 0.93, "relation": 0.885},
    "heldout49": {"f1": 0.895, "date": 0.99, "issuer": 0.89, "relation": 0.835},
    # corpus-real-50 (2026-12-06, session 41: 26 pages, 13 dev50 / 13 held out 50 by URL hash, labels frozen before
    # vanban was run on them, 3a191615), first scored on the code of 8769ffb1 (src/ unchanged): dev50 P .938 R .833 F1
    # .882, dates .987, issuers .893, relations .973; held out 50 P .960 R .952 F1 .956, dates .992, issuers .933,
    # relations .891. No label was corrected after the first scoring (no slip of offset or code found in dev50).
    "dev50": {"f1": 0.92, "date": 0.98, "issuer": 0.88, "relation": 0.96},  # D21 (A37 relabelled, s49): F1 0.882 -> 0.938
    "heldout50": {"f1": 0.945, "date": 0.985, "issuer": 0.92, "relation": 0.88},
    # corpus-real-51 (2026-12-06, session 42: 26 pages, 13 dev51 / 13 held out 51 by URL hash, labels frozen before
    # vanban was run on them, bd0e45d0), first scored on the code of 5fcc05ba (src/ unchanged): dev51 P .956 R .916 F1
    # .935, dates 1.000, issuers .966, relations .931; held out 51 P .990 R .896 F1 .941, dates .990, issuers .942,
    # relations .932. No label was corrected after the first scoring (no slip of offset or code found in dev51).
    "dev51": {"f1": 0.925, "date": 0.99, "issuer": 0.955, "relation": 0.92},
    "heldout51": {"f1": 0.95, "date": 0.98, "issuer": 0.93, "relation": 0.92},  # D21 (A37 relabelled, s49): F1 0.941 -> 0.967
    # corpus-real-52 (2026-12-06, session 43: 30 pages, 11 dev52 / 19 held out 52 by URL hash, labels frozen before
    # vanban was run on them, dfcafa08), first scored on the code of 2a74592d (src/ unchanged): dev52 P .989 R .838 F1
    # .907, dates .989, issuers .935, relations .935; held out 52 P .966 R .896 F1 .930, dates .977, issuers .884,
    # relations .861. No label was corrected after the first scoring (no slip of offset or code found in dev52).
    "dev52": {"f1": 0.915, "date": 0.98, "issuer": 0.925, "relation": 0.925},  # D21 (A37 relabelled, s49): F1 0.907 -> 0.933
    "heldout52": {"f1": 0.935, "date": 0.965, "issuer": 0.875, "relation": 0.85},  # D21 (A37 relabelled, s49): F1 0.930 -> 0.953
    # corpus-real-53 (2026-12-07, session 44: 25 pages, 14 dev53 / 11 held out 53 by URL hash, labels frozen before
    # vanban was run on them, 97df2c21), first scored on the code of 7bb2a101 (src/ unchanged): dev53 P .960 R .871 F1
    # .913, dates .975, issuers .959, relations .736 (24 of its 32 relation differences are the laws a law amends,
    # labelled `amends` from its enacting clause); held out 53 P .970 R .890 F1 .928, dates .979, issuers .959,
    # relations .918. No label was corrected after the first scoring (no slip of offset or code found in dev53).
    "dev53": {"f1": 0.945, "date": 0.965, "issuer": 0.95, "relation": 0.725},  # D21 (A37 relabelled, s49): F1 0.924 -> 0.960
    "heldout53": {"f1": 0.94, "date": 0.97, "issuer": 0.95, "relation": 0.91},  # D21 (A37 relabelled, s49): F1 0.928 -> 0.956
    # corpus-real-54 (2026-12-07, session 45: 28 pages, 15 dev54 / 13 held out 54 by URL hash, labels frozen before
    # vanban was run on them, a6c5f73d), first scored on the code of 4f1f77bf (src/ unchanged): dev54 P .962 R .912 F1
    # .936, dates .976, issuers .944, relations .944; held out 54 P .918 R .927 F1 .922, dates .960, issuers .891,
    # relations .990. No label was corrected after the first scoring (no slip of offset or code found in dev54).
    "dev54": {"f1": 0.93, "date": 0.97, "issuer": 0.935, "relation": 0.935},
    "heldout54": {"f1": 0.915, "date": 0.95, "issuer": 0.88, "relation": 0.98},
    # corpus-real-55 (2026-12-07, session 46: 26 pages, 14 dev55 / 12 held out 55 by URL hash, labels frozen before
    # vanban was run on them, 54be5509), first scored on the code of 3d3fe46c (src/ unchanged): dev55 P .880 R .931 F1
    # .905, dates .975, issuers .914, relations .840; held out 55 P .820 R .911 F1 .863, dates .915, issuers .939,
    # relations .817. No label was corrected after the first scoring (no slip of offset or code found in dev55).
    "dev55": {"f1": 0.90, "date": 0.97, "issuer": 0.90, "relation": 0.835},
    "heldout55": {"f1": 0.86, "date": 0.91, "issuer": 0.935, "relation": 0.81},
    # corpus-real-56 (2026-12-07, session 47: 28 pages, 12 dev56 / 16 held out 56 by URL hash, labels frozen before
    # vanban was run on them, 7e90bcd7), first scored on the code of cc59ab39 (src/ unchanged): dev56 P .790 R .875 F1
    # .830, dates .918, issuers .939, relations .776; held out 56 P .919 R .978 F1 .948, dates .956, issuers .967,
    # relations .835. No label was corrected after the first scoring (no slip of offset or code found in dev56).
    "dev56": {"f1": 0.825, "date": 0.91, "issuer": 0.935, "relation": 0.77},
    "heldout56": {"f1": 0.94, "date": 0.95, "issuer": 0.96, "relation": 0.83},
    # corpus-real-57 (2026-12-07, session 47: 26 pages, 10 dev57 / 16 held out 57 by URL hash, labels frozen before
    # vanban was run on them, dccd3af7), first scored on the code of 631f0b1b (src/ unchanged): dev57 P .947 R .910 F1
    # .928, dates .986, issuers .944, relations .831; held out 57 P .848 R .947 F1 .894, dates .910, issuers .955,
    # relations .944. No label was corrected after the first scoring (no slip of offset or code found in dev57).
    "dev57": {"f1": 0.92, "date": 0.98, "issuer": 0.94, "relation": 0.825},
    "heldout57": {"f1": 0.89, "date": 0.905, "issuer": 0.95, "relation": 0.94},
    # corpus-real-58 (2026-12-07, session 48: 28 pages, 16 dev58 / 12 held out 58 by URL hash, labels frozen before
    # vanban was run on them, 8c30f60e), first scored on the code of 27e62fc8 (src/ unchanged): dev58 P .894 R .950 F1
    # .921, dates .947, issuers .895, relations .921; held out 58 P .973 R .936 F1 .954, dates 1.000, issuers .918,
    # relations .890. No label was corrected after the first scoring (no slip of offset or code found in dev58).
    "dev58": {"f1": 0.915, "date": 0.94, "issuer": 0.89, "relation": 0.915},
    # (session 49, s49-riss: the measuring stick moved, not the code. D24 relabels by its written rule one held-out 58
    # row of A29's form, "đề nghị … của X tại <X's own numbered document>", from none to X, without reading it; vanban's
    # issuer for it differs, issuers .918 -> .904 (1 of 73). The only floor the relabel puts a split under: lowered
    # .91 -> .90 here, to be confirmed or dropped at integration; every other split's issuer rate rose or held.)
    "heldout58": {"f1": 0.96, "date": 0.995, "issuer": 0.90, "relation": 0.885},  # D21 (A37 relabelled, s49): F1 0.954 -> 0.979
    # corpus-real-59 (2026-12-07, session 48: 30 pages, 19 dev59 / 11 held out 59 by URL hash, labels frozen before
    # vanban was run on them, f0980092), first scored on the code of 27e62fc8 (src/ unchanged): dev59 P .937 R .902 F1
    # .919, dates .899, issuers .924, relations .916; held out 59 P .983 R .905 F1 .942, dates .947, issuers .912,
    # relations .947. No label was corrected after the first scoring (no slip of offset or code found in dev59).
    "dev59": {"f1": 0.91, "date": 0.89, "issuer": 0.92, "relation": 0.91},
    "heldout59": {"f1": 0.935, "date": 0.94, "issuer": 0.905, "relation": 0.94},
    # corpus-real-60 (2026-12-07, session 49: 28 pages, 14 dev60 / 14 held out 60 by URL hash, labels frozen before
    # vanban was run on them, 436feb57; A37 reading 2: the document the page's own decision issues is not labelled),
    # first scored on the code of 0a7cd1b2 (src/ unchanged): dev60 P .973 R .973 F1 .973, dates .986, issuers .958,
    # relations .875; held out 60 P .936 R .978 F1 .957, dates .943, issuers .909, relations .898. No label was
    # corrected after the first scoring (no slip of offset or code found in dev60).
    "dev60": {"f1": 0.965, "date": 0.98, "issuer": 0.95, "relation": 0.87},
    "heldout60": {"f1": 0.95, "date": 0.935, "issuer": 0.9, "relation": 0.89},
    # corpus-real-61 (2026-12-07, session 50: 29 pages, 11 dev61 / 18 held out 61 by URL hash, labels frozen before
    # vanban was run on them, da9300f7; labelled in DECISIONS.md's readings as they stood, D21 … D47; one held-out row
    # relabelled by relabel_owners.py, D29), first scored on the code of 5b830173 (src/ unchanged): dev61 P .966 R .983
    # F1 .974, dates .965, issuers .930, relations .842; held out 61 P .972 R .954 F1 .963, dates .990, issuers .922,
    # relations .893. No label was corrected after the first scoring (no slip of offset or code found in dev61).
    "dev61": {"f1": 0.965, "date": 0.955, "issuer": 0.92, "relation": 0.83},
    "heldout61": {"f1": 0.955, "date": 0.98, "issuer": 0.91, "relation": 0.885},
    # corpus-real-62 (2026-12-07, session 51: 25 pages, 16 dev62 / 9 held out 62 by URL hash, labels frozen before
    # vanban was run on them, 7eaf04b8; labelled in DECISIONS.md's readings as they stood, D21 … D73; one dev row
    # relabelled by relabel_owners_rel.py, D31), first scored on the code of a956f81f (src/ unchanged): dev62 P .918
    # R .981 F1 .948, dates .970, issuers .970, relations .931; held out 62 P .964 R .964 F1 .964, dates .981, issuers
    # .981, relations .907. No label was corrected after the first scoring (no slip of offset or code found in dev62).
    "dev62": {"f1": 0.94, "date": 0.96, "issuer": 0.96, "relation": 0.92},
    "heldout62": {"f1": 0.955, "date": 0.97, "issuer": 0.97, "relation": 0.895},
    # corpus-real-63 (2026-12-08, session 52: 33 pages, 21 dev63 / 12 held out 63 by URL hash, labels frozen before
    # vanban was run on them, 65594d47; labelled in DECISIONS.md's readings as they stood, D21 … D88; 4 dev rows and 1
    # held-out row relabelled by relabel_owners.py, D22 / D23, 2 dev rows by relabel_owners_rel.py, D31 / D48), first
    # scored on the code of 9bed2e6e (src/ unchanged): dev63 P .869 R .969 F1 .916, dates .968, issuers .957, relations
    # .731; held out 63 P .839 R .959 F1 .895, dates 1.000, issuers 1.000, relations .830. No label was corrected after
    # the first scoring (no slip of offset or code found in dev63).
    "dev63": {"f1": 0.91, "date": 0.96, "issuer": 0.95, "relation": 0.72},
    "heldout63": {"f1": 0.885, "date": 0.99, "issuer": 0.99, "relation": 0.82},
    # corpus-real-64 (2026-12-08, session 53: 37 pages, 26 dev64 / 11 held out 64 by URL hash, labels frozen before
    # vanban was run on them, ec1415bd; labelled in DECISIONS.md's readings as they stood, D21 … D94; 1 dev row and 1
    # held-out row relabelled by relabel_owners.py, D24), first scored on the code of d0e9627e (src/ unchanged): dev64
    # P .859 R .940 F1 .898, dates .964, issuers .955, relations .945; held out 64 P .865 R .900 F1 .882, dates 1.000,
    # issuers .822, relations .978. No label was corrected after the first scoring (no slip of offset or code found in
    # dev64).
    "dev64": {"f1": 0.89, "date": 0.955, "issuer": 0.945, "relation": 0.935},
    "heldout64": {"f1": 0.87, "date": 0.99, "issuer": 0.81, "relation": 0.965},
}


def _f1(s) -> float:
    return 2 * s.precision * s.recall / (s.precision + s.recall)


def test_gold_scores():
    for split, floor in FLOOR.items():
        s = gold.evaluate(split=split)
        # (a held-out split's failure shows its figures only: its misses are not to be read)
        report = gold.report(s, details=not split.startswith("heldout"))
        print(split, report.splitlines()[1])
        assert _f1(s) >= floor["f1"], (split, report)
        assert s.date_rate >= floor["date"] and s.issuer_rate >= floor["issuer"], (split, report)
        assert s.relation_rate >= floor["relation"], (split, report)


def test_plain_regex_baseline_is_much_worse():
    """The naive extractor the issue compares against, scored the same way."""
    import vanban

    naive = re.compile(
        r"(Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Quy định|Quyết định|Hướng dẫn|Thông báo|Công văn|Chương trình|Đề án) "
        r"số (\d+-[A-ZĐa-z]+/[A-ZĐ]+)"
    )
    real = vanban.find_references
    try:

        def fake(text, context=None):
            return [vanban.Reference(m.start(), m.end(), m.group(), code=m.group(2)) for m in naive.finditer(text)]

        vanban.find_references = fake
        s = gold.evaluate()
    finally:
        vanban.find_references = real
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
    assert f1 < 0.85
    ours = gold.evaluate()
    assert 2 * ours.precision * ours.recall / (ours.precision + ours.recall) > f1 + 0.15


def test_the_national_congress_is_compared_in_one_spelling():
    """vanban gives a congress as written ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII"); corpus-real-18 labels it
    "Đại hội XIII của Đảng" (army-qdnd-dienbien-dqs-quantriet-nq-daihoi-xiii-nq-tinh-xiv-2021.txt): one body, compared in
    one spelling; a province's congress and a bare "Đại hội XIII" are not the Party's."""
    assert gold.issuer_equiv("Đại hội Đảng toàn quốc lần thứ XIII", "Đại hội XIII của Đảng")
    assert gold.issuer_equiv("Đại hội lần thứ XIV của Đảng", "Đại hội XIV của Đảng")
    assert gold.issuer_equiv("Đại hội của Đảng lần thứ XIII", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
    assert not gold.issuer_equiv("Đại hội lần thứ XIV của Đảng", "Đại hội XIII của Đảng")
    assert not gold.issuer_equiv("Đại hội Đảng bộ tỉnh lần thứ XIV", "Đại hội XIV của Đảng")
    assert gold.national_congress("Đại hội XIII") is None


def test_a_label_written_as_a_stripped_page_writes_it_agrees_with_the_restored_name():
    """corpus-real-20/hospital-ttyt-lamha-lamdong-hd-binhxet-thidua-cv-64-cdyt-2021-damaged.txt lost every non-ASCII
    letter and its label keeps the damage ("Cng on Ngnh Y t Lm ng"); vanban reads it through a restored copy
    (vanban.references.stripped) and gives "Công đoàn Ngnh Y t Lâm Đồng": the same words. Another body is not."""
    assert gold.issuer_equiv("Công đoàn Ngnh Y t Lâm Đồng", "Cng on Ngnh Y t Lm ng")
    assert gold.issuer_equiv("Bộ trưởng Bộ Giáo dục và Đào tạo", "B trng B Gio dc v o to")
    assert not gold.issuer_equiv("Bộ Tài chính", "B trng B Gio dc v o to")
    assert not gold.issuer_equiv("Ban Chấp hành", "B Chp hnh Trung ng")  # (a different name, stripped or not)


def test_a_code_spelt_with_other_separators_is_the_same_symbol():
    """corpus-real-32 labels "Nghị quyết 20/NQ-TW năm 2017" with the code as written, 20/NQ-TW; a reader that writes
    the canonical 20-NQ/TW found that mention (OPEN-QUESTIONS A12). Another type letter or number is another symbol:
    "93-NQ/TW" is not the 93-KL/TW it may stand for unless the label says so (``resolves_to``)."""
    row = {"code": "20/NQ-TW", "start": 354, "end": 382, "relation": "cites"}
    ref = type("R", (), {"code": "20-NQ/TW", "start": 354, "end": 382, "relation": "cites"})
    assert gold.match([row], [ref])[0] == [(row, ref)]
    assert gold.symbol("01/QĐ-BCĐTW") == gold.symbol("01/QĐBCĐTW") == gold.symbol("01/qđ - bcđtw")
    assert not gold._same_code({"code": "93-NQ/TW"}, "93-KL/TW")
    assert gold._same_code({"code": "93-NQ/TW", "resolves_to": "93-KL/TW"}, "93-KL/TW")
