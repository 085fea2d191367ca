from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.models import Locale

from building_blocks.subpages import subpage_slug
from serbian_script.transliteration import in_active_script

from .models import PressRoomPage
from .vcard import vcard_for


def vcard_segments():
    """The segment before a vCard's name in every language ("contacts", "kontakti")."""
    return sorted({subpage_slug(code, "contacts") for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES})


def press_contact_vcard(request, room_path, segment, contact_id):
    """A press contact's vCard, at <press room URL>contacts/<id>.vcf (kontakti/ in Serbian), in the press
    room's language.

    Wagtail's page URLs cannot end in ".vcf", so this is a plain Django view that finds the press
    room of the active language and checks the address really is below it."""
    room = PressRoomPage.objects.live().public().filter(locale=Locale.get_active()).first()
    if (
        room is None
        or segment != subpage_slug(room.locale.language_code, "contacts")
        or room.get_url(request) != request.path[: -len(f"{segment}/{contact_id}.vcf")]
    ):
        raise Http404
    contact = get_object_or_404(room.contacts(), pk=contact_id)
    response = HttpResponse(vcard_for(contact, text=in_active_script), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="contact-{contact.pk}.vcf"'
    return response
