"""Test factories for press contacts and the contact page (wagtail_factories / factory_boy)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from contact.models import ContactPage, PressContact


class PressContactFactory(DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))
    name = factory.Sequence(lambda n: f"Press Contact {n}")
    role = "Communications officer"
    organisation = "IOM Belgrade"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    phone = "+381 11 123 4567"

    class Meta:
        model = PressContact


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"

    class Meta:
        model = ContactPage
