from django.db import models


class LoadedSeedItem(models.Model):
    """Marks a piece of initial content as loaded in one language, so loading again never recreates
    or overwrites it: once loaded, the content belongs to the editors, even if they delete it."""

    key = models.CharField(max_length=150, unique=True)
    translation_key = models.UUIDField(help_text="The loaded object's translation key.")
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
