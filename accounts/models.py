from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The portal's staff account; a custom model from the start so it can grow without pain."""
