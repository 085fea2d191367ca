"""Fills the newsroom with a large, clearly fictitious archive for development and benchmarks.

Never part of `make run` or the seed. Every title starts with "[Fictitious]" ("[Fiktivno]" in
Serbian). Pages are written in bulk, below the existing news index pages: the English release and its
Serbian translation share a translation key, as wagtail-localize's translations do. Revisions and
search entries are not written (run `manage.py update_index` if search is needed).
"""

import datetime
import random
import time
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from news.models import NewsIndexPage, PressReleasePage, PressReleaseTopic, Topic
from page_cache.versions import move_content_version_on
from programmes.models import ProgrammePage

BATCH_SIZE = 500
SERBIAN = "sr-latn"
# (English name, English slug, Serbian name, Serbian slug)
FICTITIOUS_TOPICS = [
    (
        "[Fictitious] Migration and health",
        "fictitious-migration-and-health",
        "[Fiktivno] Migracije i zdravlje",
        "fiktivno-migracije-i-zdravlje",
    ),
    (
        "[Fictitious] Labour mobility",
        "fictitious-labour-mobility",
        "[Fiktivno] Radna mobilnost",
        "fiktivno-radna-mobilnost",
    ),
    (
        "[Fictitious] Return and reintegration",
        "fictitious-return",
        "[Fiktivno] Povratak i reintegracija",
        "fiktivno-povratak",
    ),
]
SUBJECTS = [
    ("workshop for social workers", "radionica za socijalne radnike"),
    ("training for border officials", "obuka za granične službenike"),
    ("conference on safe migration", "konferencija o bezbednim migracijama"),
    ("report on assistance to migrants", "izveštaj o pomoći migrantima"),
    ("campaign for awareness", "kampanja za podizanje svesti"),
]
PLACES = [("Belgrade", "Beograd"), ("Novi Sad", "Novi Sad"), ("Niš", "Niš"), ("Subotica", "Subotica")]


class Command(BaseCommand):
    help = "Creates COUNT clearly fictitious press releases in English with Serbian translations."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="How many releases per language.")
        parser.add_argument("--seed", type=int, default=2006, help="Random seed, for a repeatable archive.")

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        serbian = Locale.objects.get(language_code=SERBIAN)
        index_en = NewsIndexPage.objects.filter(locale=english).first()
        if index_en is None:
            raise CommandError("There is no English news index page: run load_initial_content first.")
        index_sr = NewsIndexPage.objects.filter(locale=serbian, translation_key=index_en.translation_key).first()
        if index_sr is None:
            raise CommandError("The news index page has no Serbian translation.")

        started = time.monotonic()
        rng = random.Random(seed)
        topics = self.topics(english, serbian)
        programmes = list(ProgrammePage.objects.filter(locale=english).values_list("pk", flat=True))
        done = 0
        while done < count:
            size = min(BATCH_SIZE, count - done)
            with transaction.atomic():
                self.create_batch(rng, done, size, index_en, index_sr, topics, programmes)
            done += size
            elapsed = time.monotonic() - started
            self.stdout.write(f"\r{done}/{count} releases ({done * 100 // count}%) in {elapsed:.1f} s", ending="")
            self.stdout.flush()
        move_content_version_on()  # pages written in bulk send no publish signals
        elapsed = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {count} fictitious releases in English and {count} Serbian translations in {elapsed:.1f} s."
            )
        )

    def topics(self, english, serbian):
        """Each fictitious topic in both languages, as (English topic, Serbian topic) pairs."""
        pairs = []
        for name_en, slug, name_sr, slug_sr in FICTITIOUS_TOPICS:
            topic_en = Topic.objects.filter(locale=english, slug=slug).first()
            if topic_en is None:
                topic_en = Topic.objects.create(locale=english, name=name_en, slug=slug)
            topic_sr = Topic.objects.filter(locale=serbian, translation_key=topic_en.translation_key).first()
            if topic_sr is None:
                topic_sr = topic_en.copy_for_translation(serbian)
                topic_sr.name = name_sr
                topic_sr.slug = slug_sr
                topic_sr.save()
            pairs.append((topic_en, topic_sr))
        return pairs

    def create_batch(self, rng, offset, size, index_en, index_sr, topics, programmes):
        content_type = ContentType.objects.get_for_model(PressReleasePage)
        now = timezone.now()
        specs = []
        for position in range(offset, offset + size):
            subject_en, subject_sr = rng.choice(SUBJECTS)
            place_en, place_sr = rng.choice(PLACES)
            day = datetime.date(2007, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 19))
            specs.append(
                {
                    "key": uuid.uuid4(),
                    "number": position + 1,
                    "date": day,
                    "en": (subject_en, place_en),
                    "sr": (subject_sr, place_sr),
                    "topic": rng.randrange(len(topics)),
                    "programme": rng.choice(programmes) if programmes and rng.random() < 0.5 else None,
                }
            )
        pages = {}
        for language, parent in (("en", index_en), ("sr", index_sr)):
            pages[language] = self.insert_pages(specs, language, parent, content_type, now)
        links = []
        for language, side in (("en", 0), ("sr", 1)):
            for spec, page in zip(specs, pages[language], strict=True):
                topic = topics[spec["topic"]][side]
                links.append(
                    PressReleaseTopic(
                        page_id=page.pk,
                        topic=topic,
                        locale_id=topic.locale_id,
                        translation_key=spec["key"],
                        sort_order=0,
                    )
                )
        PressReleaseTopic.objects.bulk_create(links)
        through = PressReleasePage.related_programmes.through
        through.objects.bulk_create(
            through(pressreleasepage_id=page.pk, programmepage_id=spec["programme"])
            for language in ("en", "sr")
            for spec, page in zip(specs, pages[language], strict=True)
            if spec["programme"]
        )

    def insert_pages(self, specs, language, parent, content_type, now):
        parent = Page.objects.get(pk=parent.pk)
        last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        pages = []
        for spec in specs:
            step += 1
            subject, place = spec[language]
            number = spec["number"]
            if language == "en":
                title = f"[Fictitious] Release {number}: {subject} in {place}"
                slug = f"fictitious-release-{spec['key'].hex[:12]}"
                lead = f"This release is fictitious, generated for development: a {subject} in {place}."
            else:
                title = f"[Fiktivno] Saopštenje {number}: {subject}, {place}"
                slug = f"fiktivno-saopstenje-{spec['key'].hex[:12]}"
                lead = f"Ovo saopštenje je fiktivno, napravljeno za razvoj: {subject}, {place}."
            pages.append(
                PressReleasePage(
                    path=Page._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1,
                    numchild=0,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=parent.locale_id,
                    translation_key=spec["key"],
                    introduction=lead,
                    date=spec["date"],
                    dateline=place,
                    body=[{"type": "paragraph", "value": f"<p>{lead}</p>", "id": str(uuid.uuid4())}],
                )
            )
        # Multi-table inheritance: the Page rows first, then the release rows pointing at them.
        base_rows = Page.objects.bulk_create([Page(**_page_fields(page)) for page in pages])
        for page, row in zip(pages, base_rows, strict=True):
            page.pk = page.page_ptr_id = row.pk
        fields = [field for field in PressReleasePage._meta.local_concrete_fields]
        PressReleasePage._base_manager._insert(pages, fields=fields, using=PressReleasePage.objects.db)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        return pages


def _page_fields(page):
    return {
        field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"
    }
