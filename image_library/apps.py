from django.apps import AppConfig


class ImageLibraryConfig(AppConfig):
    name = "image_library"
    verbose_name = "Image library"

    def ready(self):
        from .signals import connect

        connect()
