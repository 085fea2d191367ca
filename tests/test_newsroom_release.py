"""A press release as readers, journalists and search engines see it."""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from newsroom_helpers import make_release, make_topic, seed_topic
from wagtail.images.tests.utils import get_test_image_file

from image_library.models import CreditedImage
from news.models import PressReleasePage

pytestmark = pytest.mark.django_db

SEED_EN = "/en/news/first-reintegration-centre-for-trafficking-victims-opens/"
SEED_SR = "/sr-latn/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/"


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self._in_ld, self.h1 = {}, [], [], False, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs.get("name"), attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and "src" not in attrs:
            assert attrs.get("type") == "application/ld+json", "no inline script other than JSON-LD data"
            self._in_ld = True
            self.json_ld.append("")
        elif tag == "h1":
            self.h1 += 1
        assert "style" not in attrs, f"inline style on <{tag}>"

    def handle_endtag(self, tag):
        if tag == "script" and self._in_ld:
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld[-1] += data


def parse(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_seed_release_shows_everything_in_english(client):
    response = client.get(SEED_EN)
    body = response.content.decode()
    assert response.status_code == 200
    assert '<time datetime="2006-11-01">Nov. 1, 2006</time>' in body
    assert '<span class="dateline">Belgrade</span>' in body
    assert "In figures" in body
    assert "Notes to editors" in body
    assert '<a href="http://www.atina.org.yu">www.atina.org.yu</a>' in body
    assert "For further information please contact:" in body
    assert 'href="mailto:jskrnjug@iom.int"' in body
    assert "Counter-trafficking" in body
    assert parse(response).h1 == 1


def test_seed_release_shows_everything_in_serbian(client):
    response = client.get(SEED_SR)
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sr-Latn">' in body
    assert "1. novembra 2006." in body
    assert "Borba protiv trgovine ljudima" in body
    assert "Napomene za urednike" in body
    assert "Za dodatne informacije obratite se:" in body
    assert re.search(r'href="/sr-latn/za-medije/kontakti/\d+\.vcf"', body)


def test_release_links_its_contacts_vcards(client):
    body = client.get(SEED_EN).content.decode()
    assert re.search(r'href="/en/press-room/contacts/\d+\.vcf"', body)


def test_open_graph_twitter_and_canonical(client):
    page = parse(client.get(SEED_EN))
    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] == "First Reintegration Centre for Trafficking Victims Opens"
    assert page.meta["og:url"].endswith(SEED_EN)
    assert page.meta["og:url"].startswith("http")
    assert page.meta["og:locale"] == "en_GB"  # Facebook's language_TERRITORY form
    assert page.meta["description"].startswith("A reintegration centre")
    assert page.meta["twitter:card"] == "summary"
    assert page.meta["twitter:title"] == page.meta["og:title"]
    canonical = [link["href"] for link in page.links if link.get("rel") == "canonical"]
    assert canonical == [page.meta["og:url"]]


def test_json_ld_news_article(client):
    data = json.loads(parse(client.get(SEED_SR)).json_ld[0])
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Otvoren prvi centar za reintegraciju žrtava trgovine ljudima"
    assert data["datePublished"] == "2006-11-01T00:00:00+01:00"  # with its time zone (Google)
    assert data["dateModified"]
    assert data["inLanguage"] == "sr-Latn"
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"] == "IOM u Srbiji"
    assert "image" not in data


def test_json_ld_cannot_be_broken_out_of(client):
    hostile = "</script><script>alert(1)</script> & <!--"
    release = make_release(title=hostile, introduction=hostile)
    response = client.get(release.url)
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    page = parse(response)
    assert len(page.json_ld) == 1
    assert json.loads(page.json_ld[0])["headline"] == hostile


def test_hero_image_with_credit_caption_alt_and_share_tags(client):
    image = CreditedImage.objects.create(title="Centre", file=get_test_image_file(), credit="© IOM 2006")
    release = make_release(hero_image=image, hero_image_alt="The centre's door", hero_image_caption="The centre")
    response = client.get(release.url)
    body = response.content.decode()
    assert 'alt="The centre&#x27;s door"' in body
    assert "The centre" in body and "© IOM 2006" in body
    page = parse(response)
    assert page.meta["og:image"].startswith("http")
    assert page.meta["twitter:card"] == "summary_large_image"
    assert json.loads(page.json_ld[0])["image"] == [page.meta["og:image"]]


def test_release_announces_its_language_feeds(client):
    links = parse(client.get(SEED_SR)).links
    types = {link["type"]: link["href"] for link in links if link.get("rel") == "alternate" and "type" in link}
    assert types["application/rss+xml"].endswith("/sr-latn/vesti/kanal/rss/")
    assert types["application/atom+xml"].endswith("/sr-latn/vesti/kanal/atom/")


def test_previous_and_next_release_in_the_same_language():
    first = make_release(date=datetime.date(2040, 1, 1))
    make_release("sr-latn", date=datetime.date(2040, 1, 2))
    second = make_release(date=datetime.date(2040, 1, 3))
    assert second.previous_release().pk == first.pk
    assert first.next_release().pk == second.pk
    assert second.next_release() is None


def test_previous_and_next_links_render(client):
    first = make_release(title="First in line", date=datetime.date(2040, 2, 1))
    second = make_release(title="Second in line", date=datetime.date(2040, 2, 2))
    body = client.get(first.url).content.decode()
    assert f'href="{second.url}" rel="next"' in body
    body = client.get(second.url).content.decode()
    assert f'href="{first.url}" rel="prev"' in body


def test_related_releases_share_a_topic_and_exclude_the_release_itself(client):
    topic = make_topic(slug="shared")
    release = make_release(title="Main", topics=[topic])
    related = make_release(title="Sharing the topic", topics=[topic])
    make_release(title="Unrelated one")
    make_release("sr-latn", title="Srpsko srodno", topics=[make_topic("sr-latn", slug="shared")])
    body = client.get(release.url).content.decode()
    section = body.split('id="related-releases-title"', 1)[1].split("</section>", 1)[0]
    assert related.title in section
    assert "Unrelated one" not in section
    assert "Srpsko srodno" not in section
    assert f'href="{release.url}"' not in section


def test_seed_release_is_related_to_releases_of_its_topic_in_its_language(client):
    other = make_release("en", title="Also counter-trafficking", topics=[seed_topic()])
    body = client.get(SEED_EN).content.decode()
    assert other.title in body


def test_print_stylesheet_is_linked_and_hides_navigation(client):
    body = client.get(SEED_EN).content.decode()
    assert 'href="/static/css/site.css"' in body
    css = open(finders.find("css/site.css"), encoding="utf-8").read()
    assert "/* ==" in css and "Newsroom" in css
    newsroom_print = css.split("Newsroom", 1)[1].split("@media print", 1)[1]
    assert ".release-nav" in newsroom_print and ".news-filters" in newsroom_print
    assert ".press-contacts" in newsroom_print


def test_video_is_a_link_out_never_an_embed(client):
    release = make_release(
        body=[("video_link", {"url": "https://video.example.org/v/1", "title": "Opening", "duration": "2:00"})]
    )
    body = client.get(release.url).content.decode()
    assert 'href="https://video.example.org/v/1"' in body
    assert "<iframe" not in body


def test_release_requires_alt_text_with_an_image():
    from django.core.exceptions import ValidationError

    image = CreditedImage.objects.create(title="x", file=get_test_image_file())
    page = PressReleasePage(title="x", slug="x", date=datetime.date(2020, 1, 1), hero_image=image)
    with pytest.raises(ValidationError):
        page.clean()
