import logging


class OneLineFormatter(logging.Formatter):
    """One line per record, a traceback's line breaks written as \\n, so log collectors that read line
    by line keep a record whole."""

    def format(self, record):
        return super().format(record).replace("\r", "\\r").replace("\n", "\\n")
