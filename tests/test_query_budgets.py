"""Every public page costs a fixed number of SQL queries, within its budget, however much content
the site holds: measured with a small and a large data set (releases with images, topics and press
contacts, their Serbian translations, programmes with partners, more press contacts), on the first
visit after a publish and on the visits after it.

The table is the specification: add a row for each new public URL (search, sitemap, API, …)."""

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_factories import ImageFactory

from contact.factories import PressContactFactory
from news.factories import PressReleasePageFactory, TopicFactory
from news.models import PressReleaseContact
from page_cache.versions import move_content_version_on
from partners.factories import PartnerFactory
from programmes.factories import ProgrammePageFactory
from programmes.models import ProgrammePartner

pytestmark = pytest.mark.django_db

MOST_QUERIES_FOR_ANY_PAGE = 26
SMALL, LARGE = 1, 5


@dataclass(frozen=True)
class Budget:
    """A public URL and the most SQL queries it may cost: on the first visit after content changed
    (``first``) and on the visits after it (``then``). ``seed`` names a seeded page (its URL in
    ``language`` is the start of the address), ``path`` follows it or stands alone."""

    name: str
    first: int
    then: int
    seed: str = ""
    language: str = "en"
    path: str = ""

    def url(self, seeded):
        start = seeded(self.seed, self.language).url if self.seed else ""
        return start + self.path


BUDGETS = [
    Budget("home", 17, 4, seed="home"),  # +1 first: the newsroom, for its feed links
    Budget("home, Serbian", 18, 5, seed="home", language="sr-latn"),
    Budget("home, Cyrillic", 18, 5, path="/sr/"),
    Budget("news index", 21, 4, seed="news"),
    Budget("news index, a year", 21, 4, seed="news", path="?year=2020"),
    Budget("news index, a topic", 21, 4, seed="news", path="?topic=counter-trafficking"),
    Budget("news index, page 2", 21, 4, seed="news", path="?page=2"),
    Budget("press release", 25, 4, seed="release:first-reintegration-centre"),
    Budget("press release, Serbian", 26, 5, seed="release:first-reintegration-centre", language="sr-latn"),
    Budget("RSS feed", 9, 4, seed="news", path="feed/rss/"),
    Budget("Atom feed", 9, 4, seed="news", path="feed/atom/"),
    Budget("topic feed", 10, 5, seed="news", path="feed/rss/counter-trafficking/"),
    Budget("programmes", 17, 6, seed="programmes"),
    Budget("programme", 21, 6, seed="programme:reintegration-centre"),  # +1 first: feed links, +1 press pictures
    Budget("contact", 17, 6, seed="contact"),
    Budget("press room", 18, 5, seed="press-room"),  # media kits
    Budget("press room, media kits page 2", 18, 5, seed="press-room", path="?page=2"),
    Budget("privacy notice", 15, 4, seed="privacy"),
    Budget("standard page", 18, 7, seed="who-we-are"),
    Budget("search", 17, 9, path="/en/search/?q=centre"),
    Budget("search, Cyrillic query", 17, 9, path="/sr-latn/search/?q=%D1%86%D0%B5%D0%BD%D1%82%D0%B0%D1%80"),
    Budget("press alerts form", 13, 5, path="/en/press-alerts/"),
    Budget("sitemap", 3, 3, path="/sitemap.xml"),
    Budget("API page list", 12, 12, path="/api/v2/pages/?type=news.PressReleasePage&fields=date,dateline"),
    Budget("API page list, Serbian", 13, 13, path="/api/v2/pages/?locale=sr-latn"),
]


def queries_to_render(client, url):
    """(queries of the first visit after content changed, queries of the next visit). The first fills
    what is cached until content changes (the menu, the settings, the newsroom's years) and
    per-process caches (site root paths, renditions); the next is what nearly every reader costs."""
    move_content_version_on()  # as a publish does
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(first), len(queries)


def add_content(seeded, how_many):
    """More of everything a public page lists or links to."""
    english, serbian = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="sr-latn")
    news, programmes = seeded("news"), seeded("programmes")
    for _ in range(how_many):
        contact = PressContactFactory(locale=english)
        PressContactFactory(locale=serbian)
        release = PressReleasePageFactory(
            parent=news, topics=[TopicFactory()], hero_image=ImageFactory(), hero_image_alt="A picture"
        )
        PressReleaseContact.objects.create(page=release, contact=contact, locale=english)
        release.save_revision().publish()
        release.copy_for_translation(serbian).save_revision().publish()
        programme = ProgrammePageFactory(parent=programmes)
        ProgrammePartner.objects.create(page=programme, partner=PartnerFactory(), locale=english)
        programme.save_revision().publish()


def test_every_public_page_costs_a_fixed_number_of_queries_within_its_budget(client, seeded):
    """One test for the whole table, so the two data sets are built once: each row's figures are
    compared and every page over its budget or growing with the content is named."""
    urls = {budget.name: budget.url(seeded) for budget in BUDGETS}

    add_content(seeded, SMALL)
    for url in urls.values():  # this process's own caches (content types, site root paths) warmed, as on a server
        client.get(url)
    with_little = {name: queries_to_render(client, url) for name, url in urls.items()}
    add_content(seeded, LARGE - SMALL)
    with_much = {name: queries_to_render(client, url) for name, url in urls.items()}

    offenders = {
        f"{budget.name} ({urls[budget.name]})": (with_little[budget.name], with_much[budget.name], budget)
        for budget in BUDGETS
        if not (
            with_little[budget.name] == with_much[budget.name]
            and with_much[budget.name][0] <= budget.first <= MOST_QUERIES_FOR_ANY_PAGE
            and with_much[budget.name][1] <= budget.then
        )
    }
    assert offenders == {}, "(first, then) with little content, with much, budget"
