"""The contact form, with spam protection that needs no third-party service: a hidden honeypot
field and a signed time token (too fast, expired or forged → refused with a friendly message)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from building_blocks.bot_check import new_time_token, refuse_bots
from building_blocks.constants import EMAIL_MAX_LENGTH

from .choices import MessageSubject
from .constants import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH

# Line breaks as str.splitlines() sees them, and other control characters: none belongs in a one-line
# field, and a line break in a name would start a forged line in the staff e-mail.
LINE_BREAKS_AND_CONTROLS = {chr(code) for code in range(32)} | {"\x7f", "\x85", "\u2028", "\u2029"}


def one_line(value):
    if any(character in LINE_BREAKS_AND_CONTROLS for character in value):
        raise forms.ValidationError(_("Write this on one line, without line breaks."), code="line_break")


class ContactForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        validators=[one_line],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        validators=[one_line],
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        help_text=_("We use it only to reply to you."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.org."),
        },
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=[("", _("Choose a topic"))] + list(MessageSubject.choices),
        error_messages={"required": _("Choose a topic."), "invalid_choice": _("Choose a topic from the list.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write your message.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that my name, e-mail address and message are stored and processed to answer me."),
        error_messages={"required": _("Tick the box to agree, or we cannot store and answer your message.")},
    )
    # Honeypot: hidden from people by CSS and from assistive technology; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].help_text = _("At most %(count)s characters.") % {"count": MESSAGE_MAX_LENGTH}
        for name, field in self.fields.items():
            if name in ("website", "token"):
                continue
            limit = getattr(field, "max_length", None)
            if limit:
                field.error_messages["max_length"] = _(
                    "Make it at most %(limit_value)d characters long (it has %(show_value)d)."
                )
        if not self.is_bound:
            self.initial["token"] = new_time_token()

    bot_refusals = {
        "honeypot": _("Your message could not be sent. Please leave the last, hidden field empty and try again."),
        "forged": _("Your message could not be sent. Please reload the page and try again."),
        "expired": _("This form was open for a long time. Please check your message and send it again."),
        "too_fast": _("That was very fast. Please check your message and send it again."),
    }

    def clean(self):
        cleaned = super().clean()
        refuse_bots(cleaned, self.bot_refusals)
        return cleaned

    def message_fields(self):
        """What a ContactMessage keeps of the form (not the honeypot or the token)."""
        return {name: self.cleaned_data[name] for name in ("name", "email", "topic", "message", "consent")}

    def fresh_token(self):
        """Errors keep what was typed, but give a new token so a corrected form can be sent."""
        data = self.data.copy()
        data["token"] = new_time_token()
        self.data = data
