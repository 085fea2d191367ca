from django.db import models
from django.utils.translation import gettext_lazy as _


class MessageSubject(models.TextChoices):
    """What a contact message is about: offered by the form, stored with the message."""

    GENERAL = "general", _("General question")
    PRESS = "press", _("Press and media")
    PARTNERSHIP = "partnership", _("Partnership")
    HELP = "help", _("Getting help")
