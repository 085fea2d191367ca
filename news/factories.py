"""Test factories for news pages (wagtail_factories). Pass ``parent=`` to place a page in the tree."""

import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, PressReleasePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Press release number {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    dateline = "Belgrade"
    introduction = factory.LazyAttribute(lambda page: f"What {page.title} announces.")
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>The text of the release.</p>"))])

    class Meta:
        model = PressReleasePage
