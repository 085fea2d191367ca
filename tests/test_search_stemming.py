"""Serbian stemming measured on inflected words and phrases (Latin, Cyrillic, without diacritics):
each query must find a page holding the other form. Snowball's Serbian stemmer (with the fleeting-a
rule, see site_search.normalise) against the light suffix stripping the search had before."""

from site_search.normalise import light_stem, normalise, query_terms, text_index_words

PAIRS = [
    # nouns whose stem changes inside the word (fleeting a, consonant changes)
    ("centra", "Centar za žrtve"),
    ("centar", "u centru grada"),
    ("centrima", "novi centar"),
    ("žrtava", "žrtve trgovine"),
    ("zrtava", "pomoć žrtvama"),
    ("жртава", "žrtva je"),
    ("žrtve", "zaštita žrtava"),
    ("zrtve", "broj žrtava"),
    ("жртве", "Žrtava je sve više"),
    ("žrtvama", "za žrtve"),
    ("zrtvi", "pomoć žrtvi"),
    ("Beogradu", "grad Beograd"),
    ("beograda", "u Beogradu"),
    ("Београду", "iz Beograda"),
    ("Srbiji", "IOM u Srbiji"),
    ("srbije", "Vlada Srbije"),
    ("Србија", "u Srbiji"),
    ("međunarodnoj", "Međunarodna organizacija"),
    ("medjunarodna", "međunarodnoj saradnji"),
    ("међународне", "Međunarodna organizacija za migracije"),
    ("organizacija", "organizacije civilnog društva"),
    ("organizaciji", "Međunarodna organizacija"),
    ("организације", "organizacijom"),
    ("trgovina", "trgovine ljudima"),
    ("trgovini", "borba protiv trgovine"),
    ("трговине", "trgovinom ljudima"),
    ("ljudi", "trgovina ljudima"),
    ("ljudima", "prava ljudi"),
    ("људима", "trgovina ljudima"),
    ("podrška", "pružamo podršku"),
    ("podrske", "vid podrške"),
    ("подршку", "podrška žrtvama"),
    ("kuća", "prihvatna kuća"),
    ("kuce", "u kući"),
    ("кући", "sigurne kuće"),
    ("migranti", "migranata i izbeglica"),
    ("migranata", "prava migranta"),
    ("мигрантима", "migranti u Srbiji"),
    ("izbeglice", "prihvat izbeglica"),
    ("izbeglicama", "izbeglice iz"),
    ("deca", "zaštita dece"),
    ("dece", "deca bez pratnje"),
    ("деци", "deca i mladi"),
    ("devojke", "devojaka i žena"),
    ("žene", "zaštita žena"),
    ("zenama", "podrška ženama"),
    ("жена", "prava žene"),
    ("reintegracija", "programi reintegracije"),
    ("reintegraciji", "reintegracioni centar"),
    ("реинтеграцију", "reintegracija žrtava"),
    ("programa", "program podrške"),
    ("programi", "programima"),
    ("програму", "programa reintegracije"),
    ("zaštite", "zaštita žrtava"),
    ("zastiti", "mere zaštite"),
    ("заштиту", "zaštita prava"),
    ("saradnja", "u saradnji sa"),
    ("saradnje", "saradnju"),
    ("сарадњи", "saradnja sa"),
    ("otvoren", "otvorena je kuća"),
    ("otvaranje", "otvaranja centra"),
    ("migracije", "Međunarodna organizacija za migracije"),
    ("migracijama", "o migracijama"),
    ("граница", "na granici"),
    ("granici", "granica Srbije"),
    ("obuka", "obuke za policiju"),
    ("obuke", "obuka"),
    ("обуку", "obuka policije"),
    ("policija", "policije"),
    ("policiji", "policija"),
    ("zemlje", "zemlja porekla"),
    ("zemljama", "zemlje porekla"),
    ("savetovanje", "savetovanja"),
    ("pravna pomoć", "besplatna pravna pomoć"),
    ("pravnu pomoc", "pravna pomoć"),
    ("правној помоћи", "pravna pomoć"),
    ("trgovina ljudima", "borba protiv trgovine ljudima"),
    ("zrtve trgovine", "žrtava trgovine ljudima"),
    ("sigurnoj kuci", "sigurna kuća"),
    ("centru za reintegraciju", "Centar za reintegraciju"),
    ("ženama", "žene i devojke"),
    ("međunarodnih", "međunarodna"),
    ("prihvatnoj kući", "prihvatna kuća"),
    ("društva", "civilno društvo"),
]
# Not one word in two forms: an adjective and a noun of the same root.
KNOWN_MISSES = {("reintegraciji", "reintegracioni centar")}


def finds(query, text):
    """What the search does: every query term has an alternative that begins an index word of the text."""
    words = text_index_words(text)
    return all(any(word.startswith(beginning) for word in words for beginning in term) for term in query_terms(query))


def found_before(query, text):
    """The search before Snowball: light suffix stripping of the query, matched against the written words."""
    words = normalise(text).split()
    terms = [light_stem(word) for word in normalise(query).split()]
    return all(any(word.startswith(term) for word in words) for term in terms if len(term) >= 2)


def test_the_list_is_long_and_covers_both_scripts_and_missing_diacritics():
    queries = [query for query, _text in PAIRS]
    assert len(PAIRS) >= 60
    assert sum(any("\u0400" <= c <= "\u04ff" for c in query) for query in queries) >= 15
    assert sum(query.isascii() for query in queries) >= 15 and sum(any(c in "čćđšž" for c in q) for q in queries) >= 10


def test_snowball_finds_every_inflection_of_the_list_but_the_known_misses():
    missed = {pair for pair in PAIRS if not finds(*pair)}
    assert missed == KNOWN_MISSES


def test_snowball_finds_all_that_the_light_stemmer_found_and_more():
    before = {pair for pair in PAIRS if found_before(*pair)}
    now = {pair for pair in PAIRS if finds(*pair)}
    assert before <= now
    # Measured: 59 of 84 before, 83 of 84 now.
    assert len(before) == 59 and len(now) == 83


def test_inflections_that_change_inside_the_word():
    assert finds("centra", "Centar za žrtve") and finds("centar", "u centru")
    assert finds("žrtava", "žrtva") and finds("zrtve", "Otvoren centar za žrtava")
    assert finds("Beogradu", "Beograd") and finds("devojke", "devojaka")
