"""Snippets public pages show now have drafts: moderators get their publish, lock and unlock
permissions, everyone who edits snippets gets the site texts too, and the documented moderation
workflow covers them, so that editors submit changes and moderators approve them."""

from django.db import migrations

from editorial_roles import roles


def _permission(apps, app_label, codename):
    # Wagtail creates publish_*, lock_* and unlock_* after migrating (post_migrate); this needs them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = codename.split("_", 1)[1]
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    verbose_name = apps.get_model(app_label, model)._meta.verbose_name_raw
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.split('_', 1)[0]} {verbose_name}"},
    )
    return permission


def grant_snippet_publishing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for name, permissions in roles.SNIPPET_PUBLISHING.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, *permission) for permission in permissions))
    workflow = Workflow.objects.filter(name=roles.MODERATION_WORKFLOW).first()
    if workflow is None:
        return
    for app_label, model in roles.PUBLISHED_SNIPPETS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial_roles", "0003_documented_groups_and_workflow_only"),
        ("contact", "0008_drafts_revisions_and_moderation"),
        ("news", "0007_drafts_revisions_and_moderation"),
        ("partners", "0002_drafts_revisions_and_moderation"),
        ("site_settings", "0004_drafts_revisions_and_moderation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Reversing leaves the permissions and the workflow: staff may already rely on them.
    operations = [migrations.RunPython(grant_snippet_publishing, migrations.RunPython.noop)]
