import factory
import wagtail_factories

from .models import ProgrammePage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Programme {n}")
    introduction = "A programme for victims of trafficking."
