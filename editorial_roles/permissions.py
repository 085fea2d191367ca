"""Who may edit which page beyond Wagtail's per-subtree page permissions."""

from wagtail.models import GroupPagePermission

from partners.models import PartnerRole
from programmes.models import ProgrammePage, ProgrammePartner

from .models import PartnerEditors


def may_edit_page(user, page):
    """False only for partner editors (e.g. Atina editors) opening a page that is not a programme
    their partner runs, unless another of their groups lets them edit it."""
    if user.is_superuser:
        return True
    partners = list(PartnerEditors.objects.filter(group__user=user).values_list("partner__translation_key", flat=True))
    if not partners or _edits_through_other_groups(user, page):
        return True
    # The stored roles, not a draft's: a partner editor cannot claim a programme by editing it.
    return (
        issubclass(page.specific_class, ProgrammePage)
        and ProgrammePartner.objects.filter(
            page_id=page.pk, role=PartnerRole.RUNS, partner__translation_key__in=partners
        ).exists()
    )


def _edits_through_other_groups(user, page):
    return GroupPagePermission.objects.filter(
        group__user=user,
        group__partner_editing__isnull=True,
        page__in=page.get_ancestors(inclusive=True),
        permission__codename="change_page",
    ).exists()
