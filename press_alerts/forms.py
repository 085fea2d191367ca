"""The subscription form. Bots are kept out as the contact form keeps them out, with no third party:
a hidden honeypot field and a signed time token (building_blocks.bot_check), and a rate limit per client."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from building_blocks.bot_check import new_time_token, refuse_bots
from building_blocks.constants import EMAIL_MAX_LENGTH
from news.models import Topic


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.org."),
        },
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=settings.LANGUAGES_WITH_SCRIPT,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Serbian releases come in Latin or Cyrillic script, as you choose."),
        error_messages={"required": _("Choose at least one language.")},
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to receive every release."),
        error_messages={"invalid_choice": _("Choose topics from the list.")},
    )
    # Honeypot: hidden from people by CSS and from assistive technology; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.live().filter(locale=Locale.get_active())
        if not self.is_bound:
            self.initial["token"] = new_time_token()
            self.initial["languages"] = [language]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    bot_refusals = {
        "honeypot": _("Please leave the last, hidden field empty and try again."),
        "forged": _("Please reload the page and try again."),
        "expired": _("This form was open for a long time. Please check your choices and send it again."),
        "too_fast": _("That was very fast. Please check your choices and send it again."),
    }

    def clean(self):
        cleaned = super().clean()
        refuse_bots(cleaned, self.bot_refusals)
        return cleaned

    def fresh_token(self):
        data = self.data.copy()
        data["token"] = new_time_token()
        self.data = data
