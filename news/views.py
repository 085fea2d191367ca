from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.models import Locale

from serbian_script.transliteration import in_active_script

from .models import PressRoomPage
from .vcard import vcard_for


def press_contact_vcard(request, room_path, contact_id):
    """A press contact's vCard, at <press room URL>contacts/<id>.vcf, in the press room's language.

    Wagtail's page URLs cannot end in ".vcf", so this is a plain Django view that finds the press
    room of the active language and checks the address really is below it."""
    room = PressRoomPage.objects.live().public().filter(locale=Locale.get_active()).first()
    if room is None or room.get_url(request) != request.path[: -len(f"contacts/{contact_id}.vcf")]:
        raise Http404
    contact = get_object_or_404(room.contacts(), pk=contact_id)
    response = HttpResponse(vcard_for(contact, text=in_active_script), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="contact-{contact.pk}.vcf"'
    return response
