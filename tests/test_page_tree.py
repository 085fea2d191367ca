"""Which page can go where: the rules editors meet when they add a page in the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from contact.models import ContactPage
from home.factories import HomePageFactory
from home.models import HomePage, SectionPage, StandardPage
from news.models import NewsIndexPage, PressReleasePage, PressRoomPage
from programmes.models import ProgrammeIndexPage, ProgrammePage

ALL_PAGE_TYPES = {
    HomePage,
    SectionPage,
    StandardPage,
    NewsIndexPage,
    PressReleasePage,
    ProgrammeIndexPage,
    ProgrammePage,
    ContactPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_goes_only_directly_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        for model in ALL_PAGE_TYPES:
            self.assertCanNotCreateAt(model, HomePage)

    def test_home_page_holds_sections_pages_the_news_index_press_room_programmes_and_contact(self):
        self.assertAllowedSubpageTypes(
            HomePage, {SectionPage, StandardPage, NewsIndexPage, PressRoomPage, ProgrammeIndexPage, ContactPage}
        )
        self.assertCanNotCreateAt(HomePage, PressReleasePage)
        self.assertCanNotCreateAt(HomePage, ProgrammePage)

    def test_section_page_goes_under_the_home_page_and_holds_only_standard_pages(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedSubpageTypes(SectionPage, {StandardPage})
        self.assertCanNotCreateAt(SectionPage, SectionPage)

    def test_standard_page_goes_under_the_home_page_or_a_section_and_has_no_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(StandardPage, set())

    def test_news_index_goes_under_the_home_page_and_holds_only_press_releases(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {PressReleasePage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)

    def test_press_release_goes_only_in_the_news_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(PressReleasePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(PressReleasePage, set())
        self.assertCanNotCreateAt(SectionPage, PressReleasePage)

    def test_programme_index_goes_under_the_home_page_and_holds_only_programmes(self):
        self.assertAllowedParentPageTypes(ProgrammeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProgrammeIndexPage, {ProgrammePage})

    def test_programme_goes_only_in_the_programme_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {ProgrammeIndexPage})
        self.assertAllowedSubpageTypes(ProgrammePage, set())

    def test_contact_page_goes_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())


def test_a_home_page_holds_at_most_one_news_index_programme_index_and_contact_page(home_en, home_sr):
    for home in (home_en, home_sr):
        assert not NewsIndexPage.can_create_at(home)
        assert not ProgrammeIndexPage.can_create_at(home)
        assert not ContactPage.can_create_at(home)
        # Sections and plain pages have no limit.
        assert SectionPage.can_create_at(home)
        assert StandardPage.can_create_at(home)


def test_the_one_per_parent_limit_counts_each_home_page_separately(db):
    other_home = HomePageFactory(parent=Page.get_first_root_node())

    assert NewsIndexPage.can_create_at(other_home)
    assert ProgrammeIndexPage.can_create_at(other_home)
    assert ContactPage.can_create_at(other_home)


def test_a_news_index_takes_any_number_of_press_releases(seeded):
    news = seeded("news")
    assert news.get_children().count() == 1
    assert PressReleasePage.can_create_at(news)
    assert ProgrammePage.can_create_at(seeded("programmes"))
