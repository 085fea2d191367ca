"""Factories for the newsroom's tests: topics, news index and press releases. Pass ``parent=`` to
place a page in the tree."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail.rich_text import RichText

from .models import NewsIndexPage, PressReleasePage, PressReleaseTopic, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PressReleasePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Test release {n}")
    slug = factory.Sequence(lambda n: f"test-release-{n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    dateline = "Belgrade"
    introduction = "A test release."
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Body text.</p>"))])

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        for topic in extracted or []:
            PressReleaseTopic.objects.create(page=self, topic=topic, locale=self.locale)
