"""The rule every publishing path passes: a page under a Serbian address shows only Serbian text.

A translated page (one wagtail-localize made from an English source) holds an untranslated segment
when a text of it is still the English source's text at the same place and no translator gave that
text as its translation ("Atina" translated as "Atina" is a translation). wagtail-localize writes
such English "fallbacks" into the page whenever it saves a translation that is not finished: on
"Translate this page", on "Sync translated pages", on "Convert to alias page"; Wagtail then
publishes them from any path that publishes a revision (the workflow, the schedule, bulk actions,
reverting).

So the rule is checked on the model, by ``pre_save`` receivers that every path passes:
- a page in another language than the default is never saved live with an untranslated segment,
  nor as an alias of a page in another language (the error is a PermissionDenied: the admin answers
  403, nothing is written);
- a revision holding an untranslated segment is never scheduled: Wagtail's scheduling and the
  embargo (editorial_roles.embargo) leave it out, and ``publish_scheduled`` never meets it;
- a translated snippet with drafts (a topic, a press contact, ...) is never published with one.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page, Revision, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class UntranslatedContent(PermissionDenied):
    """Raised when a save would show English (or another language's) text under a translation's address."""


def is_translation(page):
    """True for a page in another language than the site's default one."""
    return page.locale.language_code != settings.LANGUAGE_CODE


def english_source(page):
    """wagtail-localize's record of the source the page (or snippet) was translated from, or None."""
    content_type_id = page.content_type_id if isinstance(page, Page) else ContentType.objects.get_for_model(page).pk
    return (
        TranslationSource.objects.filter(object_id=page.translation_key, specific_content_type_id=content_type_id)
        .exclude(locale_id=page.locale_id)
        .first()
    )


def wagtail_localize_translation(page):
    """wagtail-localize's enabled Translation that writes this page, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source")
        .first()
    )


def untranslated_segments(page):
    """The paths of the page's texts that are still its source's text, with no translation given."""
    if page.pk is None or not is_translation(page):
        return []
    source = english_source(page)
    if source is None:
        return []  # written in this language, not translated from another
    source_texts = dict(StringSegment.objects.filter(source=source).values_list("context__path", "string__data"))
    translated = set(
        StringTranslation.objects.filter(
            locale_id=page.locale_id, context__object_id=page.translation_key, has_error=False
        ).values_list("context__path", "data")
    )
    return [
        segment.path
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
        and source_texts.get(segment.path) == segment.string.data
        and (segment.path, segment.string.data) not in translated
    ]


def _content_of(revision):
    model = revision.content_type.model_class()
    if issubclass(model, Page) or (issubclass(model, DraftStateMixin) and issubclass(model, TranslatableMixin)):
        return revision.as_object()
    return None


def refuse_untranslated_live_page(sender, instance, raw=False, **kwargs):
    """A translated page is saved live only with every text translated, and never as another
    language's alias."""
    if raw or not isinstance(instance, Page) or not is_translation(instance):
        return
    if instance.alias_of_id is not None and instance.alias_of.locale_id != instance.locale_id:
        raise UntranslatedContent(_("A translation cannot show the page of another language. Translate it instead."))
    if instance.live and untranslated_segments(instance):
        raise UntranslatedContent(
            _("Not published: some texts of this translation have no translation yet. Translate them all first.")
        )


def refuse_untranslated_live_snippet(sender, instance, raw=False, update_fields=None, **kwargs):
    """A translated snippet with drafts is published only with every text translated (saving a draft
    or a lock writes only bookkeeping fields and is left alone)."""
    if raw or update_fields is not None or isinstance(instance, Page):
        return
    if not isinstance(instance, DraftStateMixin) or not isinstance(instance, TranslatableMixin):
        return
    if instance.live and is_translation(instance) and untranslated_segments(instance):
        raise UntranslatedContent(
            _("Not published: some texts of this translation have no translation yet. Translate them all first.")
        )


def refuse_to_schedule_untranslated_revision(sender, instance, raw=False, **kwargs):
    """A revision with an untranslated text never gets a go-live time: scheduling leaves it out."""
    if raw or instance.approved_go_live_at is None:
        return
    page = _content_of(instance)
    if page is not None and untranslated_segments(page):
        instance.approved_go_live_at = None


def connect_signals():
    pre_save.connect(refuse_untranslated_live_page, dispatch_uid="translation_integrity_page")
    pre_save.connect(refuse_untranslated_live_snippet, dispatch_uid="translation_integrity_snippet")
    pre_save.connect(
        refuse_to_schedule_untranslated_revision, sender=Revision, dispatch_uid="translation_integrity_revision"
    )
