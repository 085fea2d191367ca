"""A rich-text style for words that stay in Latin script at /sr/ (names, foreign titles): stored as
<span class="latin">, which the Cyrillic transliterator leaves alone."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features

from .transliteration import NO_TRANSLITERATION_CLASS

LATIN_FEATURE = "latin"
LATIN_STYLE = "LATIN"


@hooks.register("register_rich_text_features")
def register_latin_script_feature(features):
    control = {
        "type": LATIN_STYLE,
        "label": "Lat",
        "description": _("Latin script only (foreign words and names)"),
        "style": {"textDecoration": "underline dotted"},
    }
    features.register_editor_plugin("draftail", LATIN_FEATURE, draftail_features.InlineStyleFeature(control))
    features.register_converter_rule(
        "contentstate",
        LATIN_FEATURE,
        {
            "from_database_format": {
                f'span[class="{NO_TRANSLITERATION_CLASS}"]': InlineStyleElementHandler(LATIN_STYLE)
            },
            "to_database_format": {
                "style_map": {LATIN_STYLE: {"element": "span", "props": {"class": NO_TRANSLITERATION_CLASS}}}
            },
        },
    )
