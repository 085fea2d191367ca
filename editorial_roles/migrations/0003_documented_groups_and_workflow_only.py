"""Leaves exactly the documented groups and workflow: removes Wagtail's default "Editors" group and
its "Moderators approval" workflow and task (an administrator could otherwise pick the wrong one),
and puts the documented workflow on the tree's root in their place, so that every page, in every
language, still goes to the moderators."""

from django.db import migrations

from editorial_roles import roles

WAGTAIL_DEFAULT_GROUP = "Editors"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def documented_groups_and_workflow_only(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")

    Group.objects.filter(name=WAGTAIL_DEFAULT_GROUP).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).delete()

    workflow, _created = Workflow.objects.get_or_create(name=roles.MODERATION_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=roles.MODERATION_TASK).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=roles.MODERATION_TASK, content_type=content_type)
        task.groups.add(Group.objects.get(name=roles.MODERATORS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial_roles", "0002_editorial_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Reversing leaves things as they are: the removed defaults were never documented.
    operations = [migrations.RunPython(documented_groups_and_workflow_only, migrations.RunPython.noop)]
