from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from building_blocks.views import not_translated
from news.views import press_contact_vcard, vcard_segments
from public_api.api import api_router, endpoint_not_found
from seo.views import robots, sitemap
from site_search.views import search

handler500 = "operations.outage.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    re_path(r"^api/", endpoint_not_found),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots, name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    re_path(
        rf"^(?P<room_path>(?:[\w-]+/)+)(?P<segment>{'|'.join(vcard_segments())})/(?P<contact_id>[0-9]{{1,18}})\.vcf$",
        press_contact_vcard,
    ),
    path("search/", search, name="search"),
    path("not-translated/<int:page_id>/", not_translated, name="not_translated"),
    path("", include("press_alerts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
