"""Everything editors write can be translated with wagtail-localize."""

from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields


def project_models(models):
    return [model for model in models if not model._meta.app_label.startswith(("wagtail", "django"))]


def test_every_registered_snippet_is_translatable():
    snippets = project_models(get_snippet_models())
    assert snippets  # topics, partners, press contacts, offices, site texts
    assert [model for model in snippets if not issubclass(model, TranslatableMixin)] == []


def test_every_page_and_snippet_has_text_for_translators():
    models = project_models([*get_page_models(), *get_snippet_models()])
    assert Page not in models
    untranslatable = [model for model in models if not get_translatable_fields(model)]
    assert untranslatable == []
