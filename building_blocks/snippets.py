"""Snippets that public pages show (offices, press contacts, site texts, topics, partners) are edited
like the pages they appear on: drafts, revisions, preview, locking and the moderation workflow.
Readers see only the published row (``live=True``); a draft lives in its revision until published."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import translation
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)


class PublishedSnippetQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class PublishedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model
):
    """Abstract base of the snippets readers see on pages. Each model names its preview template."""

    # Revisions and workflow states are deleted with the snippet.
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    objects = PublishedSnippetQuerySet.as_manager()

    preview_template = None

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def serve_preview(self, request, mode_name):
        """The snippet as it appears on the site, in the snippet's own language (not the editor's)."""
        with translation.override(self.locale.language_code):
            response = super().serve_preview(request, mode_name)
            response.render()
        return response
