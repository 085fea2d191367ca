"""Serbian Latin → Cyrillic on hard cases: digraphs and their exceptions, case, addresses, HTML."""

import pytest

from serbian_script.transliteration import latin_to_cyrillic, transliterate_html


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Međunarodna organizacija za migracije", "Међународна организација за миграције"),
        ("žrtve trgovine ljudima", "жртве трговине људима"),
        ("Ljubljana, NJIVA, Džak, LJUBAV", "Љубљана, ЊИВА, Џак, ЉУБАВ"),
        ("odžak, džep, njegov, ljiljan", "оџак, џеп, његов, љиљан"),
    ],
)
def test_letters_and_digraphs(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("injekcija", "инјекција"),
        ("konjugacija", "конјугација"),
        ("konjunkcija", "конјункција"),
        ("vanjezički", "ванјезички"),
        ("nadživeti", "надживети"),
        ("podžanr", "поджанр"),
        ("Nadživeo", "Надживео"),
    ],
)
def test_prefix_words_keep_the_two_letters_apart(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


def test_addresses_and_foreign_words_stay_latin():
    text = "Piši na jskrnjug@iom.int ili idi na www.atina.org.yu i http://www.atina.org.yu/o-nama?a=1. Kraj."
    assert latin_to_cyrillic(text) == (
        "Пиши на jskrnjug@iom.int или иди на www.atina.org.yu и http://www.atina.org.yu/o-nama?a=1. Крај."
    )
    assert latin_to_cyrillic("Washington Express i Sida") == "Washington Express и Сида"
    assert latin_to_cyrillic("Preuzmite vCard za iPhone") == "Преузмите vCard за iPhone"


def test_mixed_scripts_and_numbers_pass_through():
    assert latin_to_cyrillic("Od 348 osoba, 71 — већ ћирилица.") == "Од 348 особа, 71 — већ ћирилица."


def test_html_changes_text_and_readable_attributes_only():
    html = (
        '<a href="/sr/vesti/zrtve/" title="Vesti">Vesti &raquo;</a>'
        '<img src="/media/zena.jpg" alt="Žena u centru">'
        '<meta name="description" content="Pomoć i smeštaj">'
        '<meta property="og:url" content="https://example.org/sr/vesti/">'
    )
    assert transliterate_html(html) == (
        '<a href="/sr/vesti/zrtve/" title="Вести">Вести &raquo;</a>'
        '<img src="/media/zena.jpg" alt="Жена у центру">'
        '<meta name="description" content="Помоћ и смештај">'
        '<meta property="og:url" content="https://example.org/sr/vesti/">'
    )


def test_html_leaves_code_scripts_other_languages_and_marked_words():
    html = (
        '<p>Reči <span lang="en">in English</span>, <a lang="sr-Latn">Srpski</a>, <span class="latin">Atina</span>, '
        '<span translate="no">Beograd</span>, <code>manage.py migrate</code></p>'
        '<script type="application/ld+json">{"headline": "Vesti"}</script><p>kraj</p>'
    )
    assert transliterate_html(html) == (
        '<p>Речи <span lang="en">in English</span>, <a lang="sr-Latn">Srpski</a>, <span class="latin">Atina</span>, '
        '<span translate="no">Beograd</span>, <code>manage.py migrate</code></p>'
        '<script type="application/ld+json">{"headline": "Vesti"}</script><p>крај</p>'
    )


def test_html_keeps_entities_comments_and_doctype():
    html = "<!DOCTYPE html><!-- napomena --><p>A &amp; B &#8211; č</p>"
    assert transliterate_html(html) == "<!DOCTYPE html><!-- napomena --><p>А &amp; Б &#8211; ч</p>"


def test_html_attribute_values_may_hold_a_closing_bracket():
    html = '<img src="/media/a.png" alt="Više od 1 > 0 žena"><p title=\'a > b\'>Kraj</p>'
    assert transliterate_html(html) == (
        '<img src="/media/a.png" alt="Више од 1 &gt; 0 жена"><p title="а &gt; б">Крај</p>'
    )


def test_html_scripts_are_copied_up_to_their_end_tag():
    html = '<script type="application/ld+json">{"a": "<p>Vesti</p>"}</script><p>Vesti</p>'
    assert transliterate_html(html) == '<script type="application/ld+json">{"a": "<p>Vesti</p>"}</script><p>Вести</p>'
