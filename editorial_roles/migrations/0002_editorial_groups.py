"""Creates the editorial groups with their model, collection and root-page permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial_roles import roles


def _ensure_permissions_exist(apps):
    # Django creates permissions after all migrations (post_migrate); this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_groups(apps, schema_editor):
    _ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    root_collection = Collection.objects.get(depth=1)
    root_page = Page.objects.get(depth=1)
    for name, permissions in roles.MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, *permission) for permission in permissions))
        for permission in roles.COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, *permission)
            )
        for codename in roles.ROOT_PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(apps, "wagtailcore", codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial_roles", "0001_partner_editors"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("news", "0003_newsroom_topics_and_press_room"),
        ("partners", "0001_initial"),
        ("contact", "0003_contact_message_language_choices"),
    ]

    # Reversing leaves the groups: staff may already belong to them.
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
