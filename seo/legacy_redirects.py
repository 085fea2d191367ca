"""Redirects from the previous site's addresses, read from a CSV file:
old_path,new_path_or_url[,permanent]. New paths of this site point at the page itself, so the
redirect follows it when it is moved or renamed."""

import csv
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

TRUE_VALUES = {"", "1", "true", "yes", "permanent", "301"}
FALSE_VALUES = {"0", "false", "no", "temporary", "302"}
HEADER = ["old_path", "new_path_or_url"]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line number, message)


def import_redirects(lines):
    """Creates or updates one site-wide redirect per valid row; bad rows are reported by line number."""
    report = ImportReport()
    for line_number, row in enumerate(csv.reader(lines), start=1):
        if not row or (line_number == 1 and [cell.strip().lower() for cell in row[:2]] == HEADER):
            continue
        try:
            old_path, target, permanent = _parse(row)
        except ValidationError as error:
            report.errors.append((line_number, " ".join(error.messages)))
            continue
        _save(report, old_path, target, permanent)
    return report


def _parse(row):
    if len(row) not in (2, 3):
        raise ValidationError(_("Expected 2 or 3 columns: old_path,new_path_or_url[,permanent]."))
    old, new = row[0].strip(), row[1].strip()
    if not old.startswith("/") or "\x00" in old:
        raise ValidationError(_("The old path must start with “/”."))
    old_path = Redirect.normalise_path(old)
    if f"{old_path}/".startswith("/admin/") or len(old_path) > 255:
        raise ValidationError(_("The old path is not one that can be redirected."))
    permanent_text = row[2].strip().lower() if len(row) == 3 else ""
    if permanent_text not in TRUE_VALUES | FALSE_VALUES:
        raise ValidationError(_("The third column must be true or false."))
    return old_path, _target(new), permanent_text in TRUE_VALUES


def _target(new):
    """A Page of this site for one of its paths, else the external address itself."""
    if new.startswith("/") and not new.startswith("//"):
        page = _page_at(new)
        if page is None:
            raise ValidationError(_("No live page of this site has the path %(path)s.") % {"path": new})
        return page
    try:
        URLValidator(schemes=["http", "https"])(new)
    except ValidationError:
        raise ValidationError(_("The new address must be a path of this site or an http(s) URL.")) from None
    if len(new) > 255:
        raise ValidationError(_("The new address is longer than 255 characters."))
    return new


def _page_at(path):
    path = path.split("?")[0].split("#")[0]
    path = path if path.endswith("/") else f"{path}/"
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if not path.startswith(prefix):
            continue
        content_code = get_supported_content_language_variant(code)
        for root in Site.get_site_root_paths():
            if root.language_code == content_code:
                page = Page.objects.live().filter(url_path=root.root_path + path[len(prefix) :]).first()
                if page is not None:
                    return page
    return None


def _save(report, old_path, target, permanent):
    values = {
        "is_permanent": permanent,
        "redirect_page": target if isinstance(target, Page) else None,
        "redirect_link": "" if isinstance(target, Page) else target,
    }
    existing = Redirect.objects.filter(old_path=old_path, site=None).first()
    if existing is None:
        Redirect.objects.create(old_path=old_path, site=None, **values)
        report.created += 1
    elif all(getattr(existing, name) == value for name, value in values.items()):
        report.unchanged += 1
    else:
        for name, value in values.items():
            setattr(existing, name, value)
        existing.save()
        report.updated += 1
