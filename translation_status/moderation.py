"""Translations go through moderation like English pages.

wagtail-localize's editor offers "Publish" to those who may publish and nothing else: a translator,
who may not, had no way to hand a finished translation to the moderators. Its template gets a
"Submit for moderation" form (templates/wagtail_localize/admin/edit_translation.html), answered here:
the finished translation is written as the page's newest revision, without changing what readers see
of a live page, and the page's workflow starts on it, so moderators find it on their dashboard and
get the same e-mail as for English pages.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .integrity import wagtail_localize_translation


def write_finished_revision(record, page, user):
    """Saves the translation as a new revision of the page; a live page keeps showing its approved
    text (wagtail-localize would write the page itself, so its write is undone and only the revision
    it made is kept)."""
    if not page.live:
        record.save_target(user=user, publish=False)
        return
    with transaction.atomic():
        savepoint = transaction.savepoint()
        record.save_target(user=user, publish=False)
        content = Page.objects.get(pk=page.pk).get_latest_revision().content
        transaction.savepoint_rollback(savepoint)
    page.refresh_from_db()
    page.with_content_json(content).save_revision(user=user)


@require_POST
def submit_translation_for_moderation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    record = wagtail_localize_translation(page)
    if record is None:
        raise Http404
    total, translated = record.get_progress()
    if translated < total:
        messages.error(
            request,
            _("Not submitted: %(missing)d of %(total)d texts have no translation yet. Translate them all first.")
            % {"missing": total - translated, "total": total},
        )
    elif not permissions.can_submit_for_moderation():
        messages.error(request, _("This translation cannot be submitted for moderation now."))
    else:
        write_finished_revision(record, page, request.user)
        page.refresh_from_db()
        page.get_workflow().start(page, request.user)
        messages.success(request, _("Submitted for moderation: the moderators have been told."))
    return redirect("wagtailadmin_pages:edit", page.pk)
