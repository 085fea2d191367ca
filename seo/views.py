from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control

from building_blocks.site_address import absolute_url

from .sitemap import sitemap_urls


@cache_control(max_age=3600)
def sitemap(request):
    return render(request, "seo/sitemap.xml", {"urls": sitemap_urls(request)}, content_type="application/xml")


@cache_control(max_age=3600)
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
