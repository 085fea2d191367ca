"""Serbian (Cyrillic) date formats: the same as Serbian Latin's, the genitive month names come from
the Cyrillic catalogue."""

from serbian_script.formats.sr_Latn.formats import DATE_FORMAT, DATETIME_FORMAT, MONTH_DAY_FORMAT

__all__ = ["DATE_FORMAT", "DATETIME_FORMAT", "MONTH_DAY_FORMAT"]
