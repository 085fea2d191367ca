"""Body blocks of a press release: the shared ones plus what a newsroom needs."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from building_blocks.blocks import BLOCK_TEMPLATES, BaseStreamBlock
from building_blocks.constants import RICH_TEXT_FEATURES


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=255, help_text=_("Defaults to the document's title.")
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        template = f"{BLOCK_TEMPLATES}/document_download_block.html"
        description = _("A file to download, such as a report or a press kit")


class VideoLinkBlock(blocks.StructBlock):
    """A video hosted elsewhere, linked to rather than embedded: the site makes no third-party requests."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Video title"), max_length=255)
    duration = blocks.CharBlock(label=_("Duration"), required=False, max_length=20, help_text=_("e.g. 3:20"))

    class Meta:
        icon = "media"
        template = f"{BLOCK_TEMPLATES}/video_link_block.html"
        description = _("A link to a video on another site; nothing is embedded or loaded from it")
        preview_value = {"url": "https://example.org/video", "title": "The centre opens", "duration": "3:20"}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=255)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=100)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "pick"
        template = f"{BLOCK_TEMPLATES}/call_to_action_block.html"
        description = _("An invitation to act, with one link")
        preview_value = {"text": "Need help?", "link_text": "Contact us", "url": "https://example.org/"}


class NotesToEditorsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=100, default="")
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "info-circle"
        template = f"{BLOCK_TEMPLATES}/notes_to_editors_block.html"
        description = _("Background for journalists about the organisations, printed after the release")
        preview_value = {"title": "", "text": "<p>Atina is a non-governmental organization in Belgrade.</p>"}


class PressReleaseStreamBlock(BaseStreamBlock):
    document = DocumentDownloadBlock()
    video_link = VideoLinkBlock()
    call_to_action = CallToActionBlock()
    notes_to_editors = NotesToEditorsBlock()


class PressRoomDocumentsBlock(blocks.StreamBlock):
    document = DocumentDownloadBlock()
