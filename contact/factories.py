"""Factories for contact tests: press contacts, offices, contact messages and the contact page."""

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import ContactMessage, ContactPage, MessageSubject, Office, PressContact


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Office {n}")


class PressContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PressContact

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Press Person {n}")
    role = "Communications officer"
    organisation = "IOM Belgrade"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    phone = "+381 11 123 4567"


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMessage

    language = "en"
    name = "Ana Test"
    email = "ana@example.org"
    topic = MessageSubject.GENERAL
    message = "A question about the programmes."
    consent = True


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"

    class Meta:
        model = ContactPage
