from django.db import models


class ContentVersion(models.Model):
    """The version of the site's published content: one row, moved on (in the database, so every
    process sees it) by whatever changes what readers see. It is the ``version`` of every cached page
    and cached value (see page_cache/versions.py)."""

    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return str(self.version)
