"""Loads the seed content: English objects first, then their Serbian translations through
wagtail-localize, so translators later see real, synced translations rather than copies."""

import html
import re

from django.apps import apps
from django.conf import settings
from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from contact.models import PressContact
from news.models import PressReleaseContact, PressReleaseTopic, Topic
from partners.models import Partner
from programmes.models import ProgrammePartner
from site_settings.models import SiteSettings

from . import seed
from .models import LoadedSeedItem

LINK_OPENING = re.compile(r"<a\b[^>]*>")


def english(value):
    """The English side of a seed value (T, Rich, or a structure holding them)."""
    if isinstance(value, seed.T):
        return value.en
    if isinstance(value, seed.Rich):
        return "".join(f"<p>{paragraph.en}</p>" for paragraph in value.paragraphs)
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(english(item) for item in value)
    return value


def translation_pairs(value):
    """Every (English segment, Serbian segment) in a seed value, in wagtail-localize's segment form."""
    if isinstance(value, seed.T):
        yield _segment_key(html.escape(value.en, quote=False)), html.escape(value.sr, quote=False)
    elif isinstance(value, seed.Rich):
        for paragraph in value.paragraphs:
            yield _segment_key(paragraph.en), _numbered_links(paragraph.sr)
    elif isinstance(value, dict):
        for item in value.values():
            yield from translation_pairs(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from translation_pairs(item)


def _segment_key(text):
    return html.unescape(LINK_OPENING.sub("<a>", text))


def _numbered_links(text):
    """wagtail-localize keeps link targets out of segments and names links a1, a2, …"""
    counter = iter(range(1, 1000))
    return LINK_OPENING.sub(lambda _match: f'<a id="a{next(counter)}">', text)


def publish(snippet):
    """A seed snippet is published as an editor's would be: live, with its first revision."""
    snippet.save_revision().publish()


class SeedLoader:
    def __init__(self, log):
        self.log = log
        self.english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.serbian = Locale.objects.get(language_code="sr-latn")

    def load(self):
        # One transaction per item: wagtail-localize publishes translations when the transaction
        # commits, and a later publish from one long transaction would write stale tree counts.
        with transaction.atomic():
            self.load_press_contact(seed.PRESS_CONTACT)
        for item in seed.TOPICS:
            with transaction.atomic():
                self.load_topic(item)
        for item in seed.PARTNERS:
            with transaction.atomic():
                self.load_partner(item)
        with transaction.atomic():
            self.load_home(seed.HOME)
        for item in seed.PAGES:
            with transaction.atomic():
                self.load_page(item)

    # --- bookkeeping ---------------------------------------------------------------------------
    def _loaded(self, key, locale):
        return LoadedSeedItem.objects.filter(key=f"{key}:{locale.language_code}").exists()

    def _mark_loaded(self, key, locale, instance):
        LoadedSeedItem.objects.create(key=f"{key}:{locale.language_code}", translation_key=instance.translation_key)
        self.log(f"Loaded {key} ({locale.language_code})")

    def _english_page(self, key):
        record = LoadedSeedItem.objects.filter(key=f"{key}:{self.english.language_code}").first()
        if record is None:
            return None
        return Page.objects.filter(translation_key=record.translation_key, locale=self.english).first()

    # --- items -----------------------------------------------------------------------------------
    def load_press_contact(self, item):
        if not self._loaded(item["key"], self.english):
            contact = PressContact.objects.create(
                locale=self.english,
                name=item["name"],
                organisation=english(item["organisation"]),
                email=item["email"],
            )
            publish(contact)
            self._mark_loaded(item["key"], self.english, contact)
        self._translate(item, PressContact)

    def load_topic(self, item):
        if not self._loaded(item["key"], self.english):
            topic = Topic.objects.create(locale=self.english, name=english(item["name"]), slug=english(item["slug"]))
            publish(topic)
            self._mark_loaded(item["key"], self.english, topic)
        self._translate(item, Topic)

    def load_partner(self, item):
        if not self._loaded(item["key"], self.english):
            partner = Partner.objects.create(
                locale=self.english,
                name=english(item["name"]),
                link=item.get("link", ""),
                description=english(item.get("description", "")),
            )
            publish(partner)
            self._mark_loaded(item["key"], self.english, partner)
        self._translate(item, Partner)

    def load_home(self, item):
        if not self._loaded(item["key"], self.english):
            home = Site.objects.get(is_default_site=True).root_page.specific
            home.title = english(item["title"])
            home.introduction = english(item["introduction"])
            home.save_revision().publish()
            self._mark_loaded(item["key"], self.english, home)
        self._translate(item, Page)

    def load_page(self, item):
        if not self._loaded(item["key"], self.english):
            parent = self._english_page(item["parent"])
            if parent is None:
                self.log(f"Skipped {item['key']}: its parent {item['parent']} is gone")
                return
            page = self._build_page(item)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self._mark_loaded(item["key"], self.english, page)
            if item.get("privacy_notice"):
                self._link_from_settings("privacy_page", page)
            if item.get("cover_tracks_advice"):
                self._link_from_settings("cover_tracks_page", page)
        self._translate(item, Page)

    def _link_from_settings(self, field, page):
        """Pages every page links to (the privacy notice, the advice on covering one's tracks) are
        chosen in the site settings: set once, like all seed, so an editor's choice is kept."""
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, page)
            site_settings.save()

    def _build_page(self, item):
        model = apps.get_model(item["type"])
        fields = {
            name: english(item[name])
            for name in (
                "title",
                "slug",
                "introduction",
                "body",
                "date",
                "dateline",
                "confidential_location",
                "who_it_is_for",
                "services",
                "where_it_works",
            )
            if name in item
        }
        page = model(locale=self.english, show_in_menus=item.get("in_menu", False), **fields)
        if item.get("press_contacts"):
            page.press_contacts = [
                PressReleaseContact(contact=self._english_object(PressContact, key)) for key in item["press_contacts"]
            ]
        if item.get("topics"):
            page.topic_links = [PressReleaseTopic(topic=self._english_object(Topic, key)) for key in item["topics"]]
        if item.get("partner_roles"):
            page.partner_roles = [
                ProgrammePartner(partner=self._english_object(Partner, key), role=role)
                for key, role in item["partner_roles"]
            ]
        if item.get("related_programmes"):
            page.related_programmes = [self._english_page(key).specific for key in item["related_programmes"]]
        return page

    def _english_object(self, model, key):
        record = LoadedSeedItem.objects.get(key=f"{key}:{self.english.language_code}")
        return model.objects.get(translation_key=record.translation_key, locale=self.english)

    # --- Serbian ---------------------------------------------------------------------------------
    def _translate(self, item, model):
        """Creates the Serbian translation once, from the seed's own Serbian text, and publishes it."""
        if self._loaded(item["key"], self.serbian) or not self._loaded(item["key"], self.english):
            return
        record = LoadedSeedItem.objects.get(key=f"{item['key']}:{self.english.language_code}")
        instance = model.objects.filter(translation_key=record.translation_key, locale=self.english).first()
        if instance is None:
            return
        instance = instance.specific if isinstance(instance, Page) else instance
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.serbian, defaults={"enabled": True}
        )
        pairs = dict(translation_pairs(item))
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.serbian,
                context=segment.context,
                defaults={"data": self._serbian(segment.string.data, pairs), "translation_type": "manual"},
            )
        translation.save_target(publish=True)
        self._mark_loaded(item["key"], self.serbian, instance)

    @staticmethod
    def _serbian(text, pairs):
        if not any(character.isalpha() for character in text):
            return text  # figures such as "348" read the same in Serbian
        try:
            return pairs[_segment_key(text)]
        except KeyError as error:
            raise CommandError(f"The seed has no Serbian translation for: {text!r}") from error
