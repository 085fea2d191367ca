"""The news index's filters: year, topic and programme, combined, from the query string.

Values are only ever compared with the choices offered, never sent to the database as they come, so
markup, NUL bytes or nonsense give an empty result with a message rather than an error.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from page_cache.cached_values import cached_value

FILTER_NAMES = ("year", "topic", "programme")


class NewsFilterForm(forms.Form):
    year = forms.ChoiceField(label=_("Year"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)

    def __init__(self, data, *, years, locale_id):
        from programmes.models import ProgrammePage

        from .models import Topic

        # Only the last of repeated parameters counts; empty values mean "any".
        data = {name: data.get(name, "") for name in FILTER_NAMES}
        super().__init__(data)
        self.topics = cached_value(
            f"news:filter-topics:{locale_id}",
            lambda: {topic.slug: topic for topic in Topic.objects.live().filter(locale_id=locale_id)},
        )
        self.programmes = cached_value(
            f"news:filter-programmes:{locale_id}",
            lambda: {
                programme.slug: programme
                for programme in ProgrammePage.objects.live()
                .public()
                .filter(locale_id=locale_id)
                .order_by("path")
                .only("slug", "title", "translation_key")
            },
        )
        self.fields["year"].choices = [("", _("All years"))] + [(str(year), str(year)) for year in years]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (slug, topic.name) for slug, topic in self.topics.items()
        ]
        self.fields["programme"].choices = [("", _("All programmes"))] + [
            (slug, programme.title) for slug, programme in self.programmes.items()
        ]
        self.topic = None

    @property
    def has_invalid_filters(self):
        return not self.is_valid()

    def filter(self, releases):
        """The releases matching every chosen filter, and the query string that shares them."""
        if not self.is_valid():
            return releases.none(), ""
        chosen = {name: self.cleaned_data[name] for name in FILTER_NAMES if self.cleaned_data[name]}
        if "year" in chosen:
            releases = releases.filter(date__year=int(chosen["year"]))
        if "topic" in chosen:
            self.topic = self.topics[chosen["topic"]]
            releases = releases.filter(topic_links__topic=self.topic)
        if "programme" in chosen:
            programme = self.programmes[chosen["programme"]]
            releases = releases.filter(related_programmes__translation_key=programme.translation_key)
        return releases, urlencode(chosen)
