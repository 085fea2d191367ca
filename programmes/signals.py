"""No path stores a location on a confidential programme. The admin's forms (draft, autosave,
publish, workflow) and ``Page.save()`` run ``ProgrammePage.clean()``; these guards refuse the same
on the paths that skip it: a page saved with ``clean=False`` (copies, alias conversions, code) and
every revision (``save_revision(clean=False)``, wagtail-localize's translations, imports)."""

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from wagtail.models import Revision

from .models import ProgrammePage


def refuse_location_on_page(sender, instance, raw=False, update_fields=None, **kwargs):
    # Raw saves (fixtures, database restores) store rows as they were.
    if raw:
        return
    errors = instance.location_errors(only=update_fields)
    if errors:
        raise ValidationError(errors)


def refuse_location_in_revision(sender, instance, raw=False, **kwargs):
    if raw or not instance.content_type_id:
        return
    model = instance.content_type.model_class()
    if model is None or not issubclass(model, ProgrammePage) or not instance.content.get("confidential_location"):
        return
    page = model.from_serializable_data(instance.content, check_fks=False, strict_fks=False)
    errors = page.location_errors() if page is not None else {}
    if errors:
        raise ValidationError(errors)


def connect():
    pre_save.connect(refuse_location_on_page, sender=ProgrammePage, dispatch_uid="programmes.location_on_page")
    pre_save.connect(refuse_location_in_revision, sender=Revision, dispatch_uid="programmes.location_in_revision")
