"""Reports every stored revision and page of a confidential programme that holds a location (an
address, postcode, coordinates or a map link), as the editors' guard would see it, and the texts
translators typed for it (wagtail-localize keeps them, even when publishing refused them). Changes
nothing."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Revision
from wagtail_localize.models import StringTranslation

from programmes.locations import find_location, find_location_in_html
from programmes.models import ProgrammePage


class Command(BaseCommand):
    help = __doc__

    def handle(self, **options):
        confidential = {
            str(pk): title
            for pk, title in ProgrammePage.objects.filter(confidential_location=True).values_list("pk", "title")
        }
        found = 0

        for page in ProgrammePage.objects.filter(confidential_location=True).order_by("pk"):
            found += self.report(
                f"page {page.pk} “{page.title}” ({page.locale_id and page.locale.language_code}), as stored",
                page.location_errors(),
            )

        revisions = Revision.objects.filter(content_type=ContentType.objects.get_for_model(ProgrammePage))
        checked = 0
        for revision in revisions.order_by("object_id", "pk").iterator():
            checked += 1
            if not (revision.content.get("confidential_location") or revision.object_id in confidential):
                continue
            page = ProgrammePage.from_serializable_data(revision.content, check_fks=False, strict_fks=False)
            page.confidential_location = True  # a page confidential now must not keep an older location
            title = confidential.get(revision.object_id, page.title)
            found += self.report(
                f"page {revision.object_id} “{title}”, revision {revision.pk} of {revision.created_at:%Y-%m-%d %H:%M}",
                page.location_errors(),
            )

        translation_keys = ProgrammePage.objects.filter(confidential_location=True).values("translation_key")
        typed = StringTranslation.objects.filter(context__object__translation_key__in=translation_keys)
        for string in typed.select_related("context", "locale").order_by("pk").iterator():
            finding = (find_location_in_html if "<" in string.data else find_location)(string.data)
            if finding:
                found += 1
                self.stdout.write(
                    f"translation {string.pk} ({string.locale.language_code}) of “{string.context.path}”: "
                    f"looks like {finding.label}: “{finding.text}”"
                )

        summary = (
            f"Checked {len(confidential)} confidential programme pages, {checked} revisions and their translations."
        )
        if found:
            self.stdout.write(summary)
            raise CommandError(
                f"{found} stored versions hold a location. Nothing was changed: correct the page in the admin, "
                "and delete the listed revisions (Revision.objects.filter(pk__in=[…]).delete()) if they must go."
            )
        self.stdout.write(f"{summary} No location found.")

    def report(self, where, errors):
        for field_name, message in errors.items():
            self.stdout.write(f"{where}: {field_name}: {message}")
        return 1 if errors else 0
