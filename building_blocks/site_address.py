"""The site's address (settings.BASE_URL) is the one source of every absolute URL the site prints:
canonical and hreflang links, sharing tags, JSON-LD, the sitemap, robots.txt, feeds, e-mails. The
request's Host header never is (a proxy, a port or a forged header would otherwise end up in pages
and caches). Wagtail's default Site record follows the setting after every ``migrate`` (which
``make run`` runs before serving), and ``check --deploy`` warns when the two disagree."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def absolute_url(path):
    """The address of a path of this site ("/en/news/") under BASE_URL; an address that is already
    absolute (media in a bucket with its own domain) is left as it is."""
    if urlsplit(path).scheme:
        return path
    return f"{settings.BASE_URL}/{path.lstrip('/')}"


def page_full_url(page, request=None):
    """A page's absolute address in the active language, under BASE_URL ("" if it has none)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    return absolute_url(parts[2])


def base_url_host_and_port():
    """(hostname, port) of BASE_URL, as Wagtail's Site record holds them."""
    parts = urlsplit(settings.BASE_URL)
    return parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_default_site(**kwargs):
    """Points the default Site record at BASE_URL (post_migrate), unless another site already has
    that address. Saved through the model, so everything that follows sites hears of it."""
    hostname, port = base_url_host_and_port()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return
    if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        return
    site.hostname, site.port = hostname, port
    site.save()


@checks.register(checks.Tags.urls)
def check_base_url(app_configs, **kwargs):
    parts = urlsplit(settings.BASE_URL)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path or parts.query:
        return [
            checks.Error(
                f"BASE_URL must be the site's address, like https://example.org, not {settings.BASE_URL!r}.",
                id="building_blocks.E001",
            )
        ]
    return []


@checks.register(checks.Tags.urls, deploy=True)
def check_default_site_matches_base_url(app_configs, **kwargs):
    """Under ``check --deploy``: the default Site record (used by the admin's links) must name BASE_URL."""
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no database yet: migrate will set the site
    if site is None or site.root_url == settings.BASE_URL:
        return []
    return [
        checks.Warning(
            f"The default Wagtail site is {site.root_url}, but BASE_URL is {settings.BASE_URL}.",
            hint="Run `manage.py migrate` (it points the default site at BASE_URL) or correct BASE_URL.",
            id="building_blocks.W001",
        )
    ]
