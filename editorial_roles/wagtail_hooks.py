from django.conf import settings
from django.contrib import messages
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from .embargo import embargo_until, translations_going_live


@hooks.register("register_page_listing_buttons")
def embargo_marker(page, user, next_url=None):
    """Marks an approved page that is not live yet in the page explorer with its exact go-live time."""
    # The explorer annotates approved_schedule, so unscheduled rows cost no query.
    if page.live or not page.approved_schedule:
        return
    until = embargo_until(page)
    if until is not None:
        label = _("Embargoed until %(time)s (Belgrade time)") % {
            "time": formats.date_format(timezone.localtime(until), "DATETIME_FORMAT")
        }
        yield ListingButton(label, url=reverse("wagtailadmin_pages:history", args=[page.id]), priority=5)


@hooks.register("before_edit_page", order=-2)
def tell_moderators_which_languages_go_live(request, page):
    """Before approving, a moderator reads on the page's edit screen which languages go live with it
    and which stay behind (an unfinished translation never goes live)."""
    if request.method != "GET" or page.locale.language_code != settings.LANGUAGE_CODE:
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None
    if page.current_workflow_state is None and page.scheduled_revision is None:
        return None
    going, staying = translations_going_live(page)
    if not going and not staying:
        return None
    messages.info(
        request,
        _("When approved, goes live in: %(going)s. Stays unpublished (translation unfinished): %(staying)s.")
        % {
            "going": ", ".join([page.locale.get_display_name(), *going]),
            "staying": ", ".join(staying) or _("none"),
        },
    )
    return None
