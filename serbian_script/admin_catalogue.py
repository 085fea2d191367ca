"""The Wagtail admin in Serbian: one Latin catalogue per gettext domain (django, djangojs) in
locale/admin/sr_Latn, holding the strings of every installed Wagtail and wagtail-localize app, with
the Cyrillic derived from it (serbian_script.catalogue).

Wagtail ships no Serbian admin, so the project keeps its own, in a LOCALE_PATHS entry of its own
(locale/admin): `makemessages` for the site's strings never touches it. The template is built from
the English catalogues the installed packages ship; `make messages` merges it in with msgmerge, so a
Wagtail upgrade adds its new strings untranslated (and lists them), drops the ones no longer used,
and never leaves an English string looking translated."""

import subprocess
import tempfile
from pathlib import Path

import polib
from django.apps import apps

from .catalogue import ADMIN_DOMAINS, ADMIN_LOCALE

PACKAGES = ("wagtail", "wagtail_localize")  # whose apps' strings the admin catalogue holds
PLURAL_FORMS = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
LATIN_DIRECTORY = ADMIN_LOCALE / "sr_Latn" / "LC_MESSAGES"


def latin_catalogue(domain):
    return LATIN_DIRECTORY / f"{domain}.po"


def upstream_catalogues(domain):
    """The English catalogues of the installed Wagtail apps, for one domain."""
    found = []
    for config in apps.get_app_configs():
        if config.name.split(".")[0] not in PACKAGES:
            continue
        path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            found.append(path)
    return found


def build_template(domain, directory):
    """One .pot of every installed app's strings (the first app's wins where they repeat)."""
    template = Path(directory) / f"{domain}.pot"
    _run("msgcat", "--use-first", "--no-location", "--sort-output", "-o", template, *upstream_catalogues(domain))
    return template


def update(domain):
    """Merges the installed packages' strings into the Latin catalogue; returns the msgids that are
    new (untranslated) after the merge."""
    target = latin_catalogue(domain)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as directory:
        template = build_template(domain, directory)
        if not target.exists():
            new = polib.pofile(str(template))
            new.metadata.update(
                {
                    "Project-Id-Version": "iom-serbia-portal admin",
                    "Language": "sr_Latn",
                    "Language-Team": "Serbian (Latin)",
                    "Plural-Forms": PLURAL_FORMS,
                    "MIME-Version": "1.0",
                    "Content-Type": "text/plain; charset=UTF-8",
                    "Content-Transfer-Encoding": "8bit",
                }
            )
            new.save(str(target))
        else:
            _run(
                "msgmerge", "--quiet", "--no-fuzzy-matching", "--no-location", "--sort-output", "--update",
                "--backup=none", target, template,
            )  # fmt: skip
            _run("msgattrib", "--no-obsolete", "--sort-output", "-o", target, target)
    catalogue = polib.pofile(str(target))
    catalogue.save(str(target))  # polib's wrapping, the same as the site's catalogue
    return [entry.msgid for entry in catalogue.untranslated_entries()]


def statistics(domain):
    """(translated, fuzzy, untranslated) counts of the Latin catalogue, as msgfmt --statistics sees them."""
    catalogue = polib.pofile(str(latin_catalogue(domain)))
    return (
        len(catalogue.translated_entries()),
        len(catalogue.fuzzy_entries()),
        len(catalogue.untranslated_entries()),
    )


def _run(*command):
    subprocess.run([str(part) for part in command], check=True)


__all__ = ["ADMIN_DOMAINS", "statistics", "update", "upstream_catalogues"]
