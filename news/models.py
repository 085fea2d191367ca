import datetime
import uuid
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404, QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from building_blocks.models import BasePage, BasePageQuerySet
from building_blocks.pagination import paginate
from building_blocks.site_address import page_full_url
from building_blocks.snippets import PublishedSnippet
from building_blocks.subpages import TranslatedSubpagesMixin, subpage_slug
from contact.models import PressContact
from image_library.downloads import PressImagesMixin
from page_cache.cached_values import cached_value, cached_value_for_page
from programmes.models import ProgrammePage

from .blocks import PressReleaseStreamBlock, PressRoomDocumentsBlock
from .feeds import AtomReleaseFeed, ReleaseFeed
from .filters import NewsFilterForm
from .media_kits import media_kits

RELEASES_PER_PAGE = 10
RELATED_RELEASES = 3
SLUG_PATTERN = r"[-a-zA-Z0-9_]+"


class Topic(PublishedSnippet):
    """A subject press releases are filed under, such as counter-trafficking; readers filter by it."""

    name = models.CharField(_("name"), max_length=100, help_text=_("e.g. Counter-trafficking"))
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The topic's name in a web address, e.g. counter-trafficking")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), PublishingPanel()]
    preview_template = "news/previews/topic.html"

    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="news_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name


class PressReleaseQuerySet(BasePageQuerySet):
    def for_listing(self, locale):
        """Live public releases of one language, newest first, with what a listing card shows."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("hero_image", "locale")
            .prefetch_related(
                Prefetch(
                    "topic_links", queryset=PressReleaseTopic.objects.filter(topic__live=True).select_related("topic")
                )
            )
            .order_by("-date", "-pk")
        )


class NewsIndexPage(TranslatedSubpagesMixin, BasePage):
    """The newsroom of one language: every press release, newest first, filtered by year, topic and
    programme, with RSS and Atom feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PressReleasePage"]
    max_count_per_parent = 1
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index page")

    def releases(self):
        return PressReleasePage.objects.child_of(self).for_listing(self.locale_id)

    def release_years(self):
        """The years that have releases, newest first. Finding them reads every release's date (a
        tenth of a second with 10,000 releases), so the list is kept until any content changes."""
        return cached_value(f"news:release-years:{self.pk}", self._read_release_years)

    def release_count(self, form, releases, query):
        """How many releases the filters find. Counting thousands costs more than the rest of the page,
        so each filter's count is kept until content changes."""
        if form.has_invalid_filters:
            return 0
        return cached_value(f"news:release-count:{self.pk}:{query}", releases.count)

    def filter_topics(self):
        """{slug: topic} of this language, offered by the topic filter."""
        return cached_value(
            f"news:filter-topics:{self.locale_id}",
            lambda: {topic.slug: topic for topic in Topic.objects.live().filter(locale_id=self.locale_id)},
        )

    def filter_programmes(self):
        """{slug: programme} of this language, offered by the programme filter."""
        return cached_value(
            f"news:filter-programmes:{self.locale_id}",
            lambda: {
                programme.slug: programme
                for programme in ProgrammePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .order_by("path")
                .only("slug", "title", "translation_key")
            },
        )

    def _read_release_years(self):
        return [date.year for date in self.releases().order_by().dates("date", "year", order="DESC")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = NewsFilterForm(
            request.GET, years=self.release_years(), topics=self.filter_topics(), programmes=self.filter_programmes()
        )
        releases, query = form.filter(self.releases())
        page = paginate(
            releases, request.GET.get("page"), RELEASES_PER_PAGE, count=self.release_count(form, releases, query)
        )
        # The page's releases, cached per content version like the count: two queries fewer a visit.
        # Unrecognised filters give an empty query string too, so their (empty) list is never cached.
        if not form.has_invalid_filters:
            page.object_list = cached_value(
                f"news:release-page:{self.pk}:{query}:{page.number}", lambda: list(page.object_list)
            )
        context.update(
            filter_form=form,
            filter_query=QueryDict(query),
            filters_invalid=form.has_invalid_filters,
            filters_active=bool(query),
            releases=page,
            feeds=self.feeds(request, form.topic),
        )
        return context

    # --- feeds -----------------------------------------------------------------------------------
    def feeds(self, request, topic=None):
        """The RSS and Atom feeds of this language (of one topic if given), as (type, title, url)."""
        base = page_full_url(self, request)
        name = f"{self.title}: {topic.name}" if topic else self.title
        rss, atom = (
            self.reverse_subpage(f"{feed}_topic", kwargs={"topic": topic.slug}) if topic else self.reverse_subpage(feed)
            for feed in ("feed_rss", "feed_atom")
        )
        return [
            ("application/rss+xml", f"{name} (RSS)", f"{base}{rss}"),
            ("application/atom+xml", f"{name} (Atom)", f"{base}{atom}"),
        ]

    @path("feed/rss/", name="feed_rss")
    @re_path(rf"^feed/rss/(?P<topic>{SLUG_PATTERN})/$", name="feed_rss_topic")
    def feed_rss(self, request, topic=None):
        return ReleaseFeed(self, self.feed_topic(topic))(request)

    @path("feed/atom/", name="feed_atom")
    @re_path(rf"^feed/atom/(?P<topic>{SLUG_PATTERN})/$", name="feed_atom_topic")
    def feed_atom(self, request, topic=None):
        return AtomReleaseFeed(self, self.feed_topic(topic))(request)

    def feed_topic(self, slug):
        """The topic of a topic feed's address, None for the whole newsroom; 404 if this language has none."""
        if slug is None:
            return None
        topic = Topic.objects.live().filter(locale_id=self.locale_id, slug=slug).first()
        if topic is None:
            raise Http404
        return topic


class PressReleasePage(PressImagesMixin, BasePage):
    """A press release: dateline and date, lead, body, and the press contacts at the end."""

    date = models.DateField(_("publication date"), help_text=_("The date printed on the release."))
    dateline = models.CharField(
        _("dateline"), max_length=100, blank=True, help_text=_("Where the news comes from, e.g. Belgrade.")
    )
    hero_image = models.ForeignKey(
        "image_library.CreditedImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional picture shown above the release."),
    )
    hero_image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Translated with the page."),
    )
    hero_image_caption = models.CharField(
        _("image caption"), max_length=255, blank=True, help_text=_("Shown under the picture with its credit.")
    )
    body = StreamField(PressReleaseStreamBlock(), verbose_name=_("body"))
    related_programmes = ParentalManyToManyField(
        "programmes.ProgrammePage",
        verbose_name=_("related programmes"),
        blank=True,
        related_name="press_releases",
        help_text=_("The release is listed on these programmes' pages."),
    )

    objects = PageManager.from_queryset(PressReleaseQuerySet)()
    # OpenGraph's type for the shared page (see seo_tags.share_meta).
    share_type = "article"

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("dateline")], heading=_("Date and place")),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_caption")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        FieldPanel("related_programmes", widget=forms.CheckboxSelectMultiple),
        InlinePanel("press_contacts", label=_("Press contacts"), heading=_("For further information")),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("dateline"),
        index.FilterField("date"),
        index.FilterField("locale_id"),
    ]

    api_fields = [
        APIField("date"),
        APIField("dateline"),
        APIField("introduction"),
        APIField("hero_image"),
        APIField("hero_image_alt"),
        APIField("body"),
        APIField("topic_names"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        # Listings, the home page's latest news and previous/next read releases in date order.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_release_date_order")]

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_alt:
            raise ValidationError({"hero_image_alt": _("Describe the image for people who cannot see it.")})

    @property
    def topic_names(self):
        """The published topics' names, for the API (which prefetches them)."""
        return [link.topic.name for link in self.topic_links.all() if link.topic.live]

    @property
    def guid(self):
        """Stable across edits and slug changes, distinct per language."""
        return f"urn:uuid:{uuid.uuid5(self.translation_key, self.locale.language_code)}"

    @property
    def published_datetime(self):
        """The release date as a moment: midnight in the site's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def same_language_releases(self):
        return PressReleasePage.objects.live().public().filter(locale_id=self.locale_id)

    def previous_release(self):
        if self.pk is None:  # a preview of a release not saved yet
            return None
        older = Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
        # date__lte bounds the walk along the date index; the OR alone would be checked row by row.
        return self.same_language_releases().filter(older, date__lte=self.date).order_by("-date", "-pk").first()

    def next_release(self):
        if self.pk is None:
            return None
        newer = Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)
        return self.same_language_releases().filter(newer, date__gte=self.date).order_by("date", "pk").first()

    def related_releases(self, topics, programme_keys):
        """The newest releases of this language sharing a topic or a programme with this one."""
        if not topics and not programme_keys:
            return []
        shares_topic = Exists(PressReleaseTopic.objects.filter(page=OuterRef("pk"), topic__in=topics))
        shares_programme = Exists(
            PressReleasePage.related_programmes.through.objects.filter(
                pressreleasepage=OuterRef("pk"), programmepage__translation_key__in=programme_keys
            )
        )
        releases = self.same_language_releases().filter(shares_topic | shares_programme).exclude(pk=self.pk)
        return list(releases.order_by("-date", "-pk")[:RELATED_RELEASES])

    def localized_programmes(self):
        """The related programmes in this release's language (the links may point at another one's)."""
        related = self.related_programmes.all()
        if isinstance(related, models.QuerySet):  # saved links: read with the programmes, in one query
            keys = related.values("translation_key")
        else:  # a preview's links, held in memory
            keys = [programme.translation_key for programme in related]
        return ProgrammePage.objects.live().public().filter(translation_key__in=keys, locale_id=self.locale_id)

    def newsroom_pages(self):
        """The press room and the news index of this release's language."""
        return newsroom_pages(self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contacts, topics, programmes = self.linked_snippets_and_pages(request)
        press_room, index_page = self.newsroom_pages()
        if press_room is not None:
            for contact in contacts:
                contact.vcard_url = press_room.vcard_url(contact, request)
        context.update(
            contacts=contacts,
            topics=topics,
            programmes=programmes,
            press_room=press_room,
            index_page=index_page,
            feeds=index_page.feeds(request) if index_page else [],
            **self.neighbours(request, topics, [p.translation_key for p in programmes]),
        )
        return context

    def linked_snippets_and_pages(self, request):
        """(press contacts, topics, programmes) shown on the release: three queries, so a published
        release's are cached until content changes (contacts, topics and programmes are content too);
        a preview's are read afresh."""
        return cached_value_for_page(request, self, "news:release-links", self._read_linked_snippets_and_pages)

    def _read_linked_snippets_and_pages(self):
        return (
            # Only published contacts and topics (a preview's links are in memory: filtered here, not in SQL).
            [link.contact for link in self.press_contacts.select_related("contact") if link.contact.live],
            [link.topic for link in self.topic_links.select_related("topic") if link.topic.live],
            list(self.localized_programmes()),
        )

    def neighbours(self, request, topics, programme_keys):
        """Links to the previous, next and related releases. Finding them walks thousands of releases,
        so a published release's are kept until content changes; a preview's are found afresh."""
        return cached_value_for_page(
            request, self, "news:neighbours", lambda: self._find_neighbours(request, topics, programme_keys)
        )

    def _find_neighbours(self, request, topics, programme_keys):
        previous, following = self.previous_release(), self.next_release()
        return {
            "previous_release": ReleaseLink.to(previous, request) if previous else "",
            "next_release": ReleaseLink.to(following, request) if following else "",
            "related_releases": [
                ReleaseLink.to(release, request) for release in self.related_releases(topics, programme_keys)
            ],
        }


def newsroom_pages(locale_id):
    """The press room and the news index of a language (only their addresses and titles are shown,
    so their own fields are left unread), kept until content changes."""
    press_room, index_page = cached_value(f"news:newsroom-pages:{locale_id}", lambda: _read_newsroom_pages(locale_id))
    return press_room or None, index_page or None


def _read_newsroom_pages(locale_id):
    pages = (
        Page.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .type(PressRoomPage, NewsIndexPage)
        .order_by("path")
        .specific(defer=True)
    )
    first_of_each = {}
    for page in pages:
        first_of_each.setdefault(type(page), page)
    return first_of_each.get(PressRoomPage, ""), first_of_each.get(NewsIndexPage, "")


@dataclass(frozen=True)
class ReleaseLink:
    """What a link to another release shows."""

    title: str
    url: str
    date: datetime.date

    @classmethod
    def to(cls, release, request):
        return cls(release.title, release.get_url(request), release.date)


class PressReleaseTopic(TranslatableMixin, Orderable):
    """A topic a release is filed under. Translatable, so the Serbian release names the Serbian topic."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="release_links")

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class PressReleaseContact(TranslatableMixin, Orderable):
    """A press contact named at the end of one release. Translatable, so that the Serbian release
    names the Serbian version of the contact."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="press_contacts")
    contact = models.ForeignKey(
        "contact.PressContact", verbose_name=_("contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class PressRoomPage(BasePage):
    """The page for journalists: every press contact of its language with a vCard to download, and
    press kits and reports."""

    documents = StreamField(
        PressRoomDocumentsBlock(),
        blank=True,
        verbose_name=_("documents"),
        help_text=_("Press kits, reports and logos journalists may download."),
    )

    duty_contact = models.ForeignKey(
        "contact.PressContact",
        verbose_name=_("out-of-hours contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The press contact on duty outside office hours, if there is one."),
    )
    duty_hours = models.CharField(
        _("when to call the out-of-hours contact"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Evenings, weekends and public holidays"),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("duty_contact"), FieldPanel("duty_hours")], heading=_("Out of hours")),
        FieldPanel("documents"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "news/press_room_page.html"

    class Meta:
        verbose_name = _("press room")

    def contacts(self):
        return PressContact.objects.live().filter(locale_id=self.locale_id)

    def vcard_url(self, contact, request=None):
        """Where a contact's vCard downloads from (served by news.views.press_contact_vcard)."""
        language = get_supported_content_language_variant(translation.get_language())
        return f"{self.get_url(request)}{subpage_slug(language, 'contacts')}/{contact.pk}.vcf"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contacts = list(self.contacts())
        for contact in contacts:
            contact.vcard_url = self.vcard_url(contact, request)
        context["press_contacts"] = contacts
        context["duty_contact"] = self.localized_duty_contact(request)
        releases = PressReleasePage.objects.live().public().filter(locale_id=self.locale_id)
        context["media_kits"] = media_kits(self, request, releases)
        context["media_kits_query"] = QueryDict()
        return context

    def localized_duty_contact(self, request=None):
        """The out-of-hours contact in this page's language (a translation may still name the English
        one), with its vCard address; None when nobody is named."""
        if self.duty_contact_id is None:
            return None
        contact = self.duty_contact
        if contact.locale_id != self.locale_id:
            contact = contact.get_translation_or_none(self.locale)
        if contact is not None and not contact.live:
            return None
        if contact is not None:
            contact.vcard_url = self.vcard_url(contact, request)
        return contact
