from __future__ import annotations

from coachdesk.core.folding import fold, fold_find, fold_words, spelling_pattern
from coachdesk.core.snippets import make_snippet


def test_fold_drops_case_and_accents_and_writes_out_special_letters():
    assert fold("Zoë ÖZTÜRK") == "zoe ozturk"
    assert fold("Fryslân") == "fryslan" and fold("Søren") == "soren"
    assert fold("Straße ÆRØ Łódź Đorđe Œuvre ıstanbul İzmir") == (
        "strasse aero lodz dorde oeuvre istanbul izmir"
    )
    assert fold("coo\u0308rdinatie") == "coordinatie"  # decomposed (as pasted on a Mac)
    assert fold("ﬁne ĳs ℌ") == "fine ijs h"
    assert fold_words("  Søren   Jansen ") == ["soren", "jansen"]
    for text in ("Søren", "ÆRØ", "Straße", "ℌ", "İ", "ǅ"):
        assert fold(fold(text)) == fold(text), text


def test_fold_find_gives_the_span_in_the_original_text():
    assert fold_find("Hallo Søren!", "soren") == (6, 11)
    assert fold_find("Hallo Søren!", "sor") == (6, 11)  # the whole word that starts so
    assert fold_find("De Straße is lang", "strasse") == (3, 9)
    assert fold_find("De Straße is lang", "stras") == (3, 9)
    assert fold_find("ÆRØ", "aero") == (0, 3)
    assert fold_find("Over coo\u0308rdinatie", "coördinatie") == (5, 17)
    assert fold_find("samenwerkingsteam", "team") is None  # a word start only
    assert fold_find("niets", "") is None and fold_find("", "x") is None


def test_snippet_marks_soren_in_soren():
    snippet = make_snippet("Gesprek met Søren en Soren", ["soren"], "[", "]")
    assert snippet == "Gesprek met [Søren] en [Soren]"


def test_a_pattern_stays_small_for_many_letters_that_fold_to_two():
    pattern = spelling_pattern(["s" * 64], "sß")
    assert pattern is not None and pattern.search("s" * 64)
