from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .consent import check_images_may_be_published, consents_ending_soon


class ConsentEndingPanel(Component):
    """On the dashboard of everyone who may change images: pictures whose consent ends within two
    weeks, and pictures already withdrawn because it ended."""

    name = "image_consent"
    template_name = "image_library/consent_panel.html"
    order = 50  # above Wagtail's own panels: a picture about to disappear needs acting on

    def __init__(self, ending, withdrawn):
        self.ending, self.withdrawn = ending, withdrawn

    def render_html(self, parent_context=None):
        if not self.ending and not self.withdrawn:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {"ending": self.ending, "withdrawn": self.withdrawn, "today": timezone.localdate()}


@hooks.register("construct_homepage_panels")
def add_consent_ending_panel(request, panels):
    if not policy_registry.get_by_type(get_image_model()).user_has_permission(request.user, "change"):
        return
    withdrawn = list(
        get_image_model()
        .objects.filter(shows_identifiable_person=True, consent_withdrawn_at__isnull=False)
        .order_by("-consent_withdrawn_at")[:20]
    )
    panels.append(ConsentEndingPanel(list(consents_ending_soon()[:50]), withdrawn))


def refuse_publishing_without_consent(request, page):
    """The editor's Publish (and scheduling) of a page showing a picture without valid consent: the
    draft is kept, the page is not published, and the editor is told which picture to fix."""
    try:
        check_images_may_be_published(page)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


hooks.register("before_publish_page", refuse_publishing_without_consent, order=-10)
