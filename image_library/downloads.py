"""The originals of the pictures a page shows, for journalists: ``<page address>media/<image id>/``.

Only a picture the live page itself shows can be downloaded there (never any other image of the
library), only while its consent lasts, and with the page's own view restrictions (Wagtail checks
them before any route of the page answers). The stored original is served as it is: uploads are
stripped of their metadata when they are saved. Downloads are never kept by any cache, so a
withdrawn picture stops downloading at once."""

import os

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model

from .consent import image_ids_used_by


class PressImagesMixin(RoutablePageMixin):
    """For page types whose pictures journalists may download (press releases, programmes)."""

    @path("media/<int:image_id>/", name="press_image_download")
    def press_image_download(self, request, image_id):
        if image_id not in image_ids_used_by(self):
            raise Http404
        image = get_image_model().objects.filter(pk=image_id).first()
        if image is None or not image.consent_is_valid():
            raise Http404
        try:
            original = image.file.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        response = FileResponse(original, as_attachment=True, filename=os.path.basename(image.file.name))
        patch_cache_control(response, private=True, no_store=True)
        return response

    def press_image_url(self, image, request=None):
        """Where the original of one of this page's pictures downloads from."""
        page_url = self.get_url(request)
        if not page_url:
            return ""
        return page_url + self.reverse_subpage("press_image_download", args=[image.pk])
