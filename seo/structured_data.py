"""Schema.org JSON-LD for search engines (Google's Article and Organization guidelines): a press
release is a NewsArticle whose author and publisher are the organisation (with its logo), always with
an image and with dates that carry their time zone; the home page describes the organisation.

JSON-LD sits in a <script>, which the Cyrillic middleware leaves alone, so its text is written in
the reader's script here (addresses and identifiers never change) and its inLanguage names the
script too (sr-Latn, sr-Cyrl)."""

import json

from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from building_blocks.languages import bcp47, localized_home
from building_blocks.site_address import page_full_url
from serbian_script.transliteration import in_active_script

# The same escapes as Django's json_script: nothing in the data can close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def organisation_name(chrome):
    texts = chrome.get("texts")
    return in_active_script((texts.organisation_name if texts else "") or _("IOM in Serbia"))


def organisation(request, chrome, share):
    """The organisation as author and publisher: name, home address and logo (the site's default
    share image, the only picture of the organisation the site holds)."""
    home = localized_home(request)
    data = {"@type": "Organization", "name": organisation_name(chrome)}
    if home is not None:
        data["url"] = page_full_url(home, request)
    if share.get("default_image_url"):
        data["logo"] = {
            "@type": "ImageObject",
            "url": share["default_image_url"],
            "width": share["default_image_width"],
            "height": share["default_image_height"],
        }
    return data


def organisation_data(request, page, chrome, share):
    """The home page's Organization: name, address, description, logo and image, social profiles."""
    site_settings = chrome.get("settings")
    data = {"@context": "https://schema.org", **organisation(request, chrome, share)}
    data["url"] = page_full_url(page, request)
    if page.meta_description:
        data["description"] = in_active_script(page.meta_description)
    if share.get("default_image_url"):
        data["image"] = share["default_image_url"]
    if site_settings and site_settings.social_links:
        data["sameAs"] = [url for _label, url in site_settings.social_links]
    return data


def news_article_data(request, page, chrome, share, topics=()):
    """A press release as a NewsArticle."""
    url = page_full_url(page, request)
    publisher = organisation(request, chrome, share)
    modified = page.last_published_at or page.published_datetime
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": in_active_script(page.title),
        "description": in_active_script(page.meta_description),
        "datePublished": page.published_datetime.isoformat(),
        "dateModified": timezone.localtime(modified).isoformat(),
        "inLanguage": bcp47(translation.get_language()),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "author": [publisher],
        "publisher": publisher,
    }
    if share.get("image_url"):
        data["image"] = [share["image_url"]]
    if page.dateline:
        data["dateline"] = in_active_script(page.dateline)
    if topics:
        data["keywords"] = [in_active_script(topic.name) for topic in topics]
    return data
