from django.apps import AppConfig


class SiteSecurityConfig(AppConfig):
    name = "site_security"
    verbose_name = "Site security"
