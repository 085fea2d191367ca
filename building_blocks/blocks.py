from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .constants import RICH_TEXT_FEATURES

BLOCK_TEMPLATES = "components/streamfield/blocks"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = f"{BLOCK_TEMPLATES}/heading_block.html"
        description = _("A heading that starts a section of the text")
        preview_value = {"text": "Assistance in rural areas", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("What the picture shows, for people who cannot see it. Translated with the page."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = f"{BLOCK_TEMPLATES}/captioned_image_block.html"
        description = _("A picture with alternative text, caption and the image's credit")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = f"{BLOCK_TEMPLATES}/quote_block.html"
        description = _("A quotation and who said it")
        preview_value = {"quote": "Every person assisted is a life rebuilt.", "attribution": "A caseworker"}


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("e.g. 348"))
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=255,
        help_text=_("e.g. people assisted by IOM between 2001 and October 2006"),
    )


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "table"
        template = f"{BLOCK_TEMPLATES}/key_figures_block.html"
        description = _("Numbers that matter, shown large with what they count")
        preview_value = {
            "title": "In numbers",
            "figures": [{"figure": "348", "label": "people assisted between 2001 and October 2006"}],
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page type shares; apps add their own on top."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template=f"{BLOCK_TEMPLATES}/paragraph_block.html",
        description=_("Text with links and lists"),
        preview_value="<p>A reintegration centre for victims of trafficking has opened in Belgrade.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
