"""Who may do what to a page beyond Wagtail's per-subtree page permissions.

Each rule takes the page permission tester (editorial_roles.page_permissions) and returns the actions
it withholds, so every screen that asks ``page.permissions_for_user()`` (explorer, edit, bulk actions,
wagtail-localize's translation editor) gets the same answer.
"""

from django.conf import settings
from django.contrib.auth.models import Group

from partners.models import PartnerRole
from programmes.models import ProgrammePage, ProgrammePartner

from . import roles
from .models import PartnerEditors

EDITING = {"add", "change"}


def _groups_granting(tester, codenames):
    """The user's groups whose page permissions give one of ``codenames`` on the tester's page."""
    return {
        perm.group_id
        for perm in tester.permission_policy.get_cached_permissions_for_user(tester.user)
        if tester.page.path.startswith(perm.page.path) and perm.permission.codename in codenames
    }


def translators_read_the_default_language(tester):
    """Translators see the default language's tree (to find "Translate this page" on the English page)
    but add and edit only translations, unless another of their groups grants more."""
    if not tester.permissions & EDITING or tester.page.locale.language_code != settings.LANGUAGE_CODE:
        return set()
    granting = _groups_granting(tester, {"add_page", "change_page"})
    if Group.objects.filter(pk__in=granting).exclude(name=roles.TRANSLATORS).exists():
        return set()
    return EDITING


def partner_editors_edit_their_programmes(tester):
    """Partner editors (e.g. Atina editors) act only on the programmes their partner runs, in every
    language: elsewhere their group's page permissions count for nothing, other groups' still do."""
    actions_by_group = {}
    for perm in tester.permission_policy.get_cached_permissions_for_user(tester.user):
        if tester.page.path.startswith(perm.page.path):
            actions_by_group.setdefault(perm.group_id, set()).add(perm.permission.codename.rsplit("_", 1)[0])
    if not actions_by_group:
        return set()
    partner_groups = dict(
        PartnerEditors.objects.filter(group_id__in=actions_by_group).values_list("group_id", "partner__translation_key")
    )
    if not partner_groups:
        return set()
    # The stored roles, not a draft's: a partner editor cannot claim a programme by editing it.
    runs = (
        issubclass(tester.page.specific_class, ProgrammePage)
        and ProgrammePartner.objects.filter(
            page_id=tester.page.pk, role=PartnerRole.RUNS, partner__translation_key__in=partner_groups.values()
        ).exists()
    )
    if runs:
        return set()
    partner_actions = set().union(*(actions_by_group[group] for group in partner_groups))
    other_actions = set().union(*(a for group, a in actions_by_group.items() if group not in partner_groups))
    return partner_actions - other_actions
