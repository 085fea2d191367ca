"""The Wagtail admin in Serbian, Latin and Cyrillic: offered in Account → Preferences, and the screens
staff use show no interface text left in English; the catalogues are complete and current."""

import json
import re
import subprocess
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_factories import ImageFactory

from serbian_script import admin_catalogue
from serbian_script.catalogue import ADMIN_LOCALE, catalogue_pairs, derive_cyrillic_catalogue
from serbian_script.transliteration import cyrillic_to_latin

pytestmark = pytest.mark.django_db

SERBIAN = ["sr-latn", "sr"]
# Names and technical terms that Serbian screens show as they are.
ALLOWED = {
    "Wagtail", "API", "URL", "ID", "CSV", "XLSX", "JSON", "HTML", "PO", "Embedly", "English", "OK",
    "Srpski", "Srpski (latinica)", "Српски (ћирилица)", "Српски", "IOM", "Atina", "Sida", "Wagtail API v2",
    "Facebook", "Instagram", "X (Twitter)", "YouTube", "LinkedIn",
}  # fmt: skip
# English that Wagtail 8.0 writes without gettext, by screen: a form field labelled from its name
# (workflow pages' "Page", read by screen readers only) and an empty value printed as "None".
NOT_TRANSLATABLE_UPSTREAM = {"/admin/workflows/add/": {"Page"}, "/admin/reports/aging-pages/": {"None"}}


def english_interface_strings():
    """Every English string of the admin's catalogues (Wagtail's, wagtail-localize's, the site's):
    the texts that, seen on a Serbian screen, are interface left untranslated."""
    msgids = set()
    for domain in admin_catalogue.ADMIN_DOMAINS:
        for path in admin_catalogue.upstream_catalogues(domain):
            msgids.update(entry.msgid for entry in polib.pofile(str(path)))
    msgids.update(
        entry.msgid for entry in polib.pofile(str(Path(settings.BASE_DIR) / "locale/sr_Latn/LC_MESSAGES/django.po"))
    )
    # Words Serbian writes the same way (Status, Format, Link) are not English left behind.
    for domain in admin_catalogue.ADMIN_DOMAINS:
        msgids -= {e.msgid for e in polib.pofile(str(admin_catalogue.latin_catalogue(domain))) if e.msgstr == e.msgid}
    exact, patterns = set(), []
    for msgid in msgids:
        text = re.sub(r"<[^>]+>", "", msgid).strip()
        if len(text) < 3 or not re.search(r"[A-Za-z]{3}", text) or text in ALLOWED:
            continue
        if re.search(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", text):
            parts = re.split(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", text)
            if sum(len(part.strip()) for part in parts) >= 8:
                patterns.append(".+?".join(re.escape(part) for part in parts))
        else:
            exact.add(text)
    return exact, re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


ENGLISH_EXACT, ENGLISH_PATTERNS = english_interface_strings()


def content_strings():
    """What editors wrote (titles, names), shown as written in any interface language."""
    names = set()
    for page in Page.objects.all():
        names.update({page.title, page.draft_title, page.get_admin_display_title()})
    for model in get_snippet_models():
        names.update(str(item) for item in model.objects.all())
    for model in (Group, Collection, Site, get_image_model(), get_document_model()):
        names.update(str(item) for item in model.objects.all())
    return {name.strip() for name in names}


def visible_texts(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "noscript"]):
        element.decompose()
    for element in soup.select("[hidden]"):
        element.decompose()
    texts = [text.strip() for text in soup.find_all(string=True)]
    for element in soup.find_all(True):
        texts += [element.get(attribute, "").strip() for attribute in ("title", "aria-label", "placeholder")]
    return [re.sub(r"\s+", " ", text) for text in texts if text]


def english_left(html, content):
    found = []
    for text in visible_texts(html):
        if text in content or text in ALLOWED:
            continue
        if text in ENGLISH_EXACT or (ENGLISH_PATTERNS.pattern and ENGLISH_PATTERNS.fullmatch(text)):
            found.append(text)
    return found


def set_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_superuser(username="urednica", password="urednica-lozinka-1")
    client = Client()
    client.force_login(user)
    return client, user


def admin_screens(english_home, serbian_home):
    """The admin screens staff use, as paths."""
    release = Page.objects.filter(locale=serbian_home.locale, depth__gt=serbian_home.depth).last()
    screens = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[english_home.pk]),
        reverse("wagtailadmin_explore", args=[serbian_home.pk]),
        reverse("wagtailadmin_pages:history", args=[english_home.pk]),
        reverse("wagtailadmin_pages:delete", args=[release.pk]),
        reverse("wagtailadmin_pages:move", args=[release.pk]),
        reverse("wagtailadmin_pages:copy", args=[release.pk]),
        reverse("wagtailadmin_account"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:add_multiple"),
        # No "Snippets" index: every snippet is in the "Site content" menu (their screens are below).
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:add"),
        reverse("wagtailadmin_workflows:task_index"),
        reverse("wagtailadmin_workflows:select_task_type"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailsites:index"),
        reverse("wagtaillocales:index"),
        reverse("wagtailredirects:index"),
        reverse("wagtailsearchpromotions:index"),
        reverse("wagtailadmin_collections:index"),
    ]
    image = ImageFactory(title="Centar")
    screens.append(reverse("wagtailimages:edit", args=[image.pk]))
    for model in get_snippet_models():
        screens += [
            reverse(model.snippet_viewset.get_url_name("list")),
            reverse(model.snippet_viewset.get_url_name("add")),
        ]
    for model in settings_registry:
        screens.append(reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name]))
    for model in get_page_models():
        page = model.objects.filter(locale=english_home.locale, depth__gte=english_home.depth).first()
        if model is Page or page is None:
            continue
        screens.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        parent = page.get_parent()
        if model.can_create_at(parent):
            screens.append(
                reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
            )
        # the Serbian translation opens in wagtail-localize's translation editor
        translated = page.get_translation_or_none(serbian_home.locale)
        if translated is not None:
            screens.append(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    return screens


@pytest.mark.parametrize("language", SERBIAN)
def test_admin_screens_show_no_english_interface_text(staff_client, home_en, home_sr, language):
    client, user = staff_client
    set_language(user, language)
    content = content_strings()
    content |= {cyrillic_to_latin(name) for name in content}
    left = {}
    for path in admin_screens(home_en, home_sr):
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert f'<html lang="{language}"' in response.content.decode(), path
        english = set(english_left(response.content.decode(), content)) - NOT_TRANSLATABLE_UPSTREAM.get(path, set())
        if english:
            left[path] = english
    assert not left, left


@pytest.mark.parametrize(
    ("language", "expected"), [("sr-latn", ["Sačuvaj nacrt", "Objavi"]), ("sr", ["Сачувај нацрт", "Објави"])]
)
def test_page_editor_and_its_javascript_strings_are_serbian(staff_client, home_en, language, expected):
    client, user = staff_client
    set_language(user, language)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[home_en.pk])).content.decode()
    for text in expected:
        assert text in editor
    # the date picker's month and weekday names, and the bulk actions' strings
    config = json.loads(BeautifulSoup(editor, "html.parser").find("script", id="wagtail-config").string)
    assert config["STRINGS"]["MONTHS"][0].lower() in ("januar", "јануар")
    assert config["STRINGS"]["BULK_ACTIONS"]["PAGE"]["SINGULAR"] in ("Izabrana je 1 stranica", "Изабрана је 1 страница")
    # Draftail's and the side panels' strings (JavaScript catalogues: Wagtail's and wagtail-localize's)
    catalogue = json_catalogue(client, reverse("wagtailadmin_javascript_catalog"))
    assert catalogue["Insert a block"] in ("Umetni blok", "Уметни блок")
    assert catalogue["Character count:"] in ("Broj znakova:", "Број знакова:")
    localize = json_catalogue(client, "/admin/localize/jsi18n/")
    assert localize["Translate"] in ("Prevedi", "Преведи")


def json_catalogue(client, path):
    """The messages of a Django JavaScript catalogue, as a dict."""
    source = client.get(path).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", source, re.DOTALL).group(1))


def test_preferences_offer_serbian_in_both_scripts(staff_client):
    client, _user = staff_client
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    options = {
        option.get("value"): option.get_text(strip=True)
        for option in BeautifulSoup(html, "html.parser").select('select[name="locale-preferred_language"] option')
    }
    # Wagtail labels each language with Django's own name for it, in that language and script
    assert options.get("sr-latn") == "srpski (latinica)"
    assert options.get("sr") == "српски"


def test_choosing_serbian_in_preferences_switches_the_admin(staff_client):
    client, user = staff_client
    form = {
        "name_email-first_name": "Ana",
        "name_email-last_name": "Anić",
        "name_email-email": "ana@example.org",
        "locale-preferred_language": "sr",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-contrast": "system",
        "theme-density": "default",
    }
    response = client.post(reverse("wagtailadmin_account"), form, follow=True)
    assert UserProfile.get_for_user(user).preferred_language == "sr"
    assert "Контролна табла" in client.get(reverse("wagtailadmin_home")).content.decode()
    assert response.status_code == 200


# --- The catalogues --------------------------------------------------------------------------------


@pytest.mark.parametrize("domain", admin_catalogue.ADMIN_DOMAINS)
def test_admin_catalogue_is_complete_and_compiles(domain):
    path = admin_catalogue.latin_catalogue(domain)
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    translated = int(re.search(r"(\d+) translated", result.stderr).group(1))
    fuzzy = re.search(r"(\d+) fuzzy", result.stderr)
    untranslated = re.search(r"(\d+) untranslated", result.stderr)
    assert fuzzy is None
    total = translated + (int(untranslated.group(1)) if untranslated else 0)
    assert translated / total >= 0.98
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Plural-Forms"] == admin_catalogue.PLURAL_FORMS
    # every string of the installed Wagtail is in it (make messages merged the current version's)
    upstream = {(e.msgctxt, e.msgid) for p in admin_catalogue.upstream_catalogues(domain) for e in polib.pofile(str(p))}
    assert upstream - {("", "")} - {(None, "")} <= {(e.msgctxt, e.msgid) for e in catalogue}


def test_plural_forms_follow_serbian_grammar():
    image = ("%(count)s image", "%(count)s images")  # Wagtail's strings (variables: makemessages skips them)
    with translation.override("sr-latn"):
        words = [translation.ngettext(*image, n) % {"count": n} for n in (1, 3, 5, 21, 12, 22)]
    assert words == ["1 slika", "3 slike", "5 slika", "21 slika", "12 slika", "22 slike"]
    document = ("%(count)s document", "%(count)s documents")
    with translation.override("sr"):
        assert translation.ngettext(*document, 4) % {"count": 4} == "4 документа"


def test_cyrillic_admin_catalogues_are_derived_from_the_latin_ones():
    pairs = [pair for pair in catalogue_pairs() if ADMIN_LOCALE in pair[0].parents]
    assert len(pairs) == 2
    for latin, cyrillic in pairs:
        committed = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.pofile(str(cyrillic))}
        derived = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in derive_cyrillic_catalogue(latin)}
        assert committed == derived


def test_update_lists_new_upstream_strings_instead_of_leaving_them_english(tmp_path, monkeypatch):
    """A Wagtail upgrade: a new string in an installed app's catalogue is merged in untranslated,
    listed by make messages, and counted by the statistics (so the 98 % test notices)."""
    upstream = admin_catalogue.upstream_catalogues("djangojs")
    extra = tmp_path / "en.po"
    catalogue = polib.pofile(str(upstream[0]))
    catalogue.append(polib.POEntry(msgid="A string added by the next Wagtail", msgstr=""))
    catalogue.save(str(extra))
    target = tmp_path / "sr_Latn" / "LC_MESSAGES" / "djangojs.po"
    target.parent.mkdir(parents=True)
    target.write_bytes(admin_catalogue.latin_catalogue("djangojs").read_bytes())
    monkeypatch.setattr(admin_catalogue, "LATIN_DIRECTORY", target.parent)
    monkeypatch.setattr(admin_catalogue, "upstream_catalogues", lambda domain: [extra, *upstream[1:]])
    assert admin_catalogue.update("djangojs") == ["A string added by the next Wagtail"]
    translated, fuzzy, untranslated = admin_catalogue.statistics("djangojs")
    assert untranslated == 1 and fuzzy == 0 and translated > 100
