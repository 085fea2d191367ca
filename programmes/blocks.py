from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from building_blocks.blocks import KeyFigureBlock


class ServiceBlock(blocks.StructBlock):
    """One service a programme offers, such as legal help; both fields are translated with the page."""

    name = blocks.CharBlock(label=_("Service"), max_length=120, help_text=_("e.g. Legal help"))
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=600, default="")

    class Meta:
        icon = "tick"
        template = "programmes/blocks/service_block.html"
        description = _("A service the programme offers, with a short description")
        preview_value = {"name": "Legal help", "description": "Advice and representation."}


class ServicesBlock(blocks.StreamBlock):
    service = ServiceBlock()


class KeyFiguresListBlock(blocks.StreamBlock):
    figure = KeyFigureBlock(
        icon="table",
        template="programmes/blocks/key_figure_block.html",
        description=_("A number that matters and what it counts"),
        preview_value={"figure": "348", "label": "people assisted"},
    )
