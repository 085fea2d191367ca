"""Serbian date formats with the month in the genitive, as Serbian writes a date: "1. novembra 2006."
(Django's own formats use the nominative, "1. novembar 2006."). "E" is Django's alternative month
name, which serbian_script.months translates to the genitive. Everything else comes from Django's
formats for the language."""

DATE_FORMAT = "j. E Y."
DATETIME_FORMAT = "j. E Y. H:i"
MONTH_DAY_FORMAT = "j. E"
