import sys

from django.db import DatabaseError, migrations, models, transaction


def rebuild_index(apps, schema_editor):
    """Every existing entry is indexed again: words gain their Snowball stems, entries their lead's
    words and paragraph breaks, and only news keeps a date. Uses the indexer itself (the current page
    models), since the words come from the pages' own fields; on an empty database it does nothing.
    Should a page model be ahead of the database at this point, the old entries stay and the
    operator is told to run the rebuild after migrating."""
    from site_search.indexer import rebuild

    try:
        with transaction.atomic():
            rebuild()
    except DatabaseError as error:
        sys.stderr.write(f"\nThe search index was not rebuilt ({error}): run manage.py update_index.\n")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0004_drop_normalised_text"),
        # The page models the rebuild reads must have their columns.
        ("news", "0006_press_room_duty_contact"),
        ("programmes", "0003_alter_programmepage_body"),
        ("home", "0003_alter_homepage_body_alter_sectionpage_body_and_more"),
        ("contact", "0007_press_contact_last_changed"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="normalised_lead",
            field=models.TextField(
                default="", help_text="The introduction's index words, each after a space (for ranking)."
            ),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="normalised_title",
            field=models.TextField(help_text="The title's index words, each after a space (for ranking)."),
        ),
        migrations.RunPython(rebuild_index, migrations.RunPython.noop),
    ]
