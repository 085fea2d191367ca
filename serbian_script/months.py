"""Month names in the genitive, for dates ("1. novembra 2006."): Django's alternative month names
(pgettext "alt. month", the "E" date format character), which the project's catalogue translates
into the genitive where Django's Serbian catalogue has the nominative. Listed here so that
`make messages` keeps them in locale/sr_Latn and derives their Cyrillic."""

from django.utils.translation import pgettext_lazy

GENITIVE_MONTHS = {
    1: pgettext_lazy("alt. month", "January"),
    2: pgettext_lazy("alt. month", "February"),
    3: pgettext_lazy("alt. month", "March"),
    4: pgettext_lazy("alt. month", "April"),
    5: pgettext_lazy("alt. month", "May"),
    6: pgettext_lazy("alt. month", "June"),
    7: pgettext_lazy("alt. month", "July"),
    8: pgettext_lazy("alt. month", "August"),
    9: pgettext_lazy("alt. month", "September"),
    10: pgettext_lazy("alt. month", "October"),
    11: pgettext_lazy("alt. month", "November"),
    12: pgettext_lazy("alt. month", "December"),
}
