from django.db import models
from django.utils.translation import gettext_lazy as _

from .normalise import MAX_TERM_LENGTH


class Kind(models.TextChoices):
    NEWS = "news", _("News")
    PROGRAMME = "programme", _("Programme")
    PAGE = "page", _("Page")


class SearchEntry(models.Model):
    """One live page as search finds and shows it: its language, type, title, date (news only) and
    text (one paragraph a line), with its words in SearchWord (normalised and stemmed, see
    normalise.py). Kept up to date when pages are published,
    unpublished, moved or deleted; rebuilt with ``manage.py update_index``."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=255)
    date = models.DateField(null=True, blank=True)
    plain_text = models.TextField(help_text="The page's words as readers see them, for result snippets.")
    normalised_title = models.TextField(help_text="The title's index words, each after a space (for ranking).")
    normalised_lead = models.TextField(
        default="", help_text="The introduction's index words, each after a space (for ranking)."
    )

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title


class WordField(models.CharField):
    """A CharField that compares by bytes on every database, so that the words beginning with a term
    are one range of the index (see search.py). SQLite compares bytes already; on PostgreSQL the
    column gets the "C" collation, since a database created with a language's collation would sort
    "{" before the letters and treat "nj" as a letter of its own."""

    def db_parameters(self, connection):
        parameters = super().db_parameters(connection)
        if connection.vendor == "postgresql":
            parameters["collation"] = "C"
        return parameters


class SearchWord(models.Model):
    """One distinct word of an entry's normalised title and text: the index a query reads, by word
    beginning, instead of every entry's text. Replaced whenever its entry is written."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="words", db_index=False)
    # Copied from the entry so that a query reads one language's words; the index below starts with it.
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False)
    word = WordField(
        max_length=MAX_TERM_LENGTH, help_text="Cut to the longest query term: a term matches no more of a word."
    )

    class Meta:
        # The entry comes last so that the index alone answers which entries have a word in a range.
        indexes = [models.Index(fields=["locale", "word", "entry"])]
        # Also the index that finds an entry's words (so the foreign key needs none of its own).
        constraints = [models.UniqueConstraint(fields=["entry", "word"], name="site_search_word_once_per_entry")]

    def __str__(self):
        return self.word
