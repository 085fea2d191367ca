"""Test factories for the home app's pages (wagtail_factories). Pass ``parent=`` to place a page."""

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from home.models import HomePage, SectionPage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Section {n}")
    show_in_menus = True

    class Meta:
        model = SectionPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = factory.LazyAttribute(lambda page: f"What {page.title} is about.")
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Some text.</p>"))])

    class Meta:
        model = StandardPage
