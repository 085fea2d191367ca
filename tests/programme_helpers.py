"""The programme edit form as the admin posts it, for tests that save a programme through the admin."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def programme_edit_form(page, **overrides):
    """The admin's edit form of a confidential programme with its fields as stored (StreamFields
    empty), then `overrides`; no "action-publish", so posting it is the editor's "Save draft"."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "confidential_location": "on",
        "who_it_is_for": "",
        "services": streamfield([]),
        "where_it_works": "",
        "public_address": "",
        "status": "active",
        "start_date": "",
        "end_date": "",
        "partner_roles": inline_formset([]),
        "key_figures": streamfield([]),
        "how_to_get_help": "",
        "body": streamfield([]),
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)
