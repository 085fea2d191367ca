from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEWS = "news", _("News")
    PROGRAMME = "programme", _("Programme")
    PAGE = "page", _("Page")


class SearchEntry(models.Model):
    """The searchable text of one live page, in its language, normalised (see normalise.py).
    Kept up to date when pages are published, unpublished, moved or deleted; rebuilt with
    ``manage.py rebuild_site_search``."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=255)
    date = models.DateField(null=True, blank=True)
    plain_text = models.TextField(help_text="The page's words as readers see them, for result snippets.")
    normalised_title = models.TextField()
    normalised_text = models.TextField(
        help_text="Title and text, normalised, after a space: what queries match word beginnings of."
    )

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title
