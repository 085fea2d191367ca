"""Who may edit which page beyond Wagtail's per-subtree page permissions."""

from wagtail.models import GroupPagePermission

from partners.models import PartnerRole
from programmes.models import ProgrammePage

from .models import PartnerEditors


def may_edit_page(user, page):
    """False only for partner editors (e.g. Atina editors) opening a page that is not a programme
    their partner runs, unless another of their groups lets them edit it."""
    if user.is_superuser:
        return True
    partners = PartnerEditors.objects.filter(group__user=user).values("partner__translation_key")
    if not partners.exists() or _edits_through_other_groups(user, page):
        return True
    programme = page.specific
    return (
        isinstance(programme, ProgrammePage)
        and programme.partner_roles.filter(role=PartnerRole.RUNS, partner__translation_key__in=partners).exists()
    )


def _edits_through_other_groups(user, page):
    return GroupPagePermission.objects.filter(
        group__user=user,
        group__partner_editing__isnull=True,
        page__in=page.get_ancestors(inclusive=True),
        permission__codename="change_page",
    ).exists()
