"""Creates the groups "Press officers" and "Subscriber list managers" with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from press_alerts import roles


def create_groups(apps, schema_editor):
    # Django creates permissions after all migrations (post_migrate); this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in roles.MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
                for app_label, codename in permissions
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("press_alerts", "0001_alerts_and_advance_copies"),
        ("wagtailadmin", "0006_formstate"),
    ]

    # Reversing leaves the groups: staff may already belong to them.
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
