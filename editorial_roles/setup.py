"""Grants the editorial roles their page permissions and moderation where the pages exist.

The data migration runs before any content page exists, so the subtrees (programme and news
indexes, the Serbian home page) are granted here, after the seed content is loaded, by
``load_initial_content`` and by ``manage.py grant_editorial_permissions``. Every step is
idempotent: running it again changes nothing.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from news.models import NewsIndexPage
from partners.models import Partner
from programmes.models import ProgrammeIndexPage

from . import roles
from .models import PartnerEditors


def grant_editorial_permissions(log):
    grant_atina_editors(log)
    grant_translators(log)
    assign_moderation_workflow(log)


def _grant(group, page, codename, log):
    permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
    _grant_record, created = GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    if created:
        log(f"{group.name}: {codename} on {page.url_path}")


def grant_atina_editors(log):
    """Edit (never add or publish) in every language's programme index; which programmes is
    narrowed to those Atina runs by editorial_roles.permissions (the page permission tester)."""
    group = Group.objects.get(name=roles.ATINA_EDITORS)
    for index in ProgrammeIndexPage.objects.all():
        _grant(group, index, "change_page", log)
    partner = Partner.objects.filter(
        name=roles.ATINA_PARTNER_NAME, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if partner is not None and not PartnerEditors.objects.filter(group=group).exists():
        PartnerEditors.objects.create(group=group, partner=partner)
        log(f"{group.name}: edit the programmes {partner.name} runs")


def grant_translators(log):
    """Edit in the translated trees only (the default site's home page in the other languages), and
    see the default language's tree: the permission on its home page opens the explorer there, and
    editorial_roles.permissions keeps it read-only (no add, no edit)."""
    group = Group.objects.get(name=roles.TRANSLATORS)
    home = Site.objects.get(is_default_site=True).root_page
    _grant(group, home, "change_page", log)
    for translated_home in home.get_translations():
        _grant(group, translated_home, "change_page", log)


def moderation_workflow():
    workflow, _created = Workflow.objects.get_or_create(name=roles.MODERATION_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=roles.MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=roles.MODERATION_TASK)
        task.groups.add(Group.objects.get(name=roles.MODERATORS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_moderation_workflow(log):
    """Nothing under a news or programme index, in any language, and no snippet public pages show,
    goes live without a moderator."""
    workflow = moderation_workflow()
    for index in [*NewsIndexPage.objects.all(), *ProgrammeIndexPage.objects.all()]:
        _assignment, created = WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
        if created:
            log(f"{workflow.name}: {index.url_path}")
    for app_label, model in roles.PUBLISHED_SNIPPETS:
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
        _assignment, created = WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
        if created:
            log(f"{workflow.name}: {app_label}.{model}")
