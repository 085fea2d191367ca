import factory
from wagtail.models import Locale

from .models import Partner


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Partner {n}")
    link = factory.Sequence(lambda n: f"https://partner{n}.example.org/")
    description = "A partner organisation."
