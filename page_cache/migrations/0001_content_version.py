import time

from django.db import migrations, models


def create_the_row(apps, schema_editor):
    # From the clock: never a number some cache may already hold pages under.
    apps.get_model("page_cache", "ContentVersion").objects.get_or_create(pk=1, defaults={"version": time.time_ns()})


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.BigIntegerField(default=0)),
            ],
            options={"verbose_name": "content version"},
        ),
        migrations.RunPython(create_the_row, migrations.RunPython.noop),
    ]
