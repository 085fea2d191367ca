"""Test factories for press contacts and the contact page (wagtail_factories / factory_boy)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from contact.models import ContactPage, PressContact


class PressContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press Contact {n}")
    organisation = "IOM Belgrade"
    email = factory.Sequence(lambda n: f"press{n}@example.org")

    class Meta:
        model = PressContact


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"

    class Meta:
        model = ContactPage
