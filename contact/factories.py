import factory
from wagtail.models import Locale

from .models import ContactMessage, Office, PressContact, Topic


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
    organisation = "IOM Belgrade"


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMessage

    language = "en"
    name = "Ana Test"
    email = "ana@example.org"
    topic = Topic.GENERAL
    message = "A question about the programmes."
    consent = True
