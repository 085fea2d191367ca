"""The Serbian translation's state for every English page and snippet, computed in a fixed number of
queries however many objects there are (a handful per snippet model, never one per object).

States:
- missing: there is no Serbian page or snippet;
- draft: the Serbian page exists but is not published;
- out of date: the English changed after its text was last sent for translation (an English revision
  newer than wagtail-localize's TranslationSource), after the Serbian was last written from it (a
  TranslationSource newer than the last TranslationLog), or some segments have no Serbian yet;
- up to date: none of the above.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, Max, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog, TranslationSource

MISSING, DRAFT, OUT_OF_DATE, UP_TO_DATE = "missing", "draft", "out-of-date", "up-to-date"
STATE_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "sr-latn"


@dataclass
class Row:
    title: str
    kind: str
    state: str
    edit_url: str

    @property
    def state_label(self):
        return STATE_LABELS[self.state]


@dataclass
class Source:
    """What the state of one English object depends on."""

    translation_key: object
    title: str
    kind: str
    changed_at: object  # the English object's latest revision, if it keeps revisions
    edit_url: str
    translate_url: str


def _may_edit_snippet(model):
    permission = f"{model._meta.app_label}.change_{model._meta.model_name}"
    return lambda user: user.has_perm(permission)


def translation_rows(user=None):
    """One Row per English page (below the tree's root) and translatable snippet; with a user, each
    row links only to a screen that user may open (else to nothing)."""
    english = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    serbian = Locale.objects.get(language_code=TARGET_LANGUAGE)
    progress = _SourceProgress(english, serbian)
    rows = []
    for sources, targets in [_pages(english, serbian), *_snippets(english, serbian)]:
        for source in sources:
            target = targets.get(source.translation_key)
            url = target_url(source, target) if user is None else _url_for(user, source, target)
            rows.append(Row(source.title, source.kind, progress.state(source, target), url))
    return rows


def totals(rows):
    """{state: count} for every state, in the report's order."""
    counts = dict.fromkeys(STATE_LABELS, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


def target_url(source, target):
    """Where an editor goes to act: the Serbian object's editor, or the English one to translate it."""
    return target["edit_url"] if target else source.edit_url


def _url_for(user, source, target):
    """Translating a missing object (wagtail-localize's "Translate" screen, for those who may submit
    translations), else the Serbian object's editor if the user may edit it."""
    if target is None:
        return source.translate_url if user.has_perm("wagtail_localize.submit_translation") else ""
    return target["edit_url"] if target["may_edit"](user) else ""


def _pages(english, serbian):
    pages = Page.objects.filter(depth__gt=1)
    sources = [
        Source(
            page.translation_key,
            page.title,
            str(page.content_type.model_class()._meta.verbose_name),
            page.latest_revision_created_at,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        )
        for page in pages.filter(locale=english).select_related("content_type").order_by("path")
    ]
    targets = {
        page.translation_key: {
            "live": page.live,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "may_edit": lambda user, page=page: page.permissions_for_user(user).can_edit(),
        }
        for page in pages.filter(locale=serbian)
    }
    return sources, targets


def _snippets(english, serbian):
    finder = AdminURLFinder()
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        kind = str(model._meta.verbose_name)
        sources = [
            Source(
                instance.translation_key,
                str(instance),
                kind,
                None,
                finder.get_edit_url(instance),
                reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[model._meta.app_label, model._meta.model_name, instance.pk],
                ),
            )
            for instance in model.objects.filter(locale=english)
        ]
        may_edit = _may_edit_snippet(model)
        targets = {
            instance.translation_key: {
                "live": getattr(instance, "live", True),
                "edit_url": finder.get_edit_url(instance),
                "may_edit": may_edit,
            }
            for instance in model.objects.filter(locale=serbian)
        }
        yield sources, targets


class _SourceProgress:
    """wagtail-localize's records for every English source, read in four queries."""

    def __init__(self, english, serbian):
        self.sources = {
            source["object_id"]: source
            for source in TranslationSource.objects.filter(locale=english).values("id", "object_id", "last_updated_at")
        }
        segments = StringSegment.objects.filter(source__locale=english)
        self.total = dict(segments.values_list("source_id").annotate(count=Count("id")).order_by())
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=serbian, has_error=False
        )
        self.translated = dict(
            segments.filter(Exists(translated)).values_list("source_id").annotate(count=Count("id")).order_by()
        )
        self.last_written = dict(
            TranslationLog.objects.filter(locale=serbian, source__locale=english)
            .values_list("source_id")
            .annotate(latest=Max("created_at"))
            .order_by()
        )

    def state(self, source, target):
        if target is None:
            return MISSING
        if not target["live"]:
            return DRAFT
        return OUT_OF_DATE if self._out_of_date(source) else UP_TO_DATE

    def _out_of_date(self, source):
        record = self.sources.get(source.translation_key)
        if record is None:
            return False  # translated by hand, outside wagtail-localize: nothing to compare with
        source_id, extracted_at = record["id"], record["last_updated_at"]
        written_at = self.last_written.get(source_id)
        return (
            (source.changed_at is not None and source.changed_at > extracted_at)
            or (written_at is not None and extracted_at > written_at)
            or self.translated.get(source_id, 0) < self.total.get(source_id, 0)
        )
