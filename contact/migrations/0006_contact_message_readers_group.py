"""Creates the "Contact message readers" group: admin access, and viewing and exporting contact
messages only (contact.readers)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from contact import readers


def create_group(apps, schema_editor):
    # Django creates permissions after all migrations (post_migrate); this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=readers.CONTACT_MESSAGE_READERS)
    group.permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in readers.PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0005_contact_message_readers_and_belgrade_times"),
        ("wagtailadmin", "0006_formstate"),
        # After Wagtail's migrations that give every admin group the image and document choosers:
        # contact message readers choose neither.
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Reversing leaves the group: staff may already belong to it.
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
