"""The content version: one number in the database that every process reads and moves on.

Every cached page and cached value is stored under it (Django's cache ``version`` argument), so a
change made anywhere (a web worker, cron's ``publish_scheduled``, ``manage.py shell``, a second app
server) makes every older entry unreachable on the next request; old entries simply expire. A
reader's request reads it once, with one query, at its start (PageCacheMiddleware); outside a
request (the admin saving, commands) each use reads it afresh.

The version read also carries a fingerprint of the page view restrictions (their count and highest
id), so a page made private is never answered from a cache even if no signal moved the version on
(a bulk insert, raw SQL, a restored backup).
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DatabaseError, connection
from django.db.models import F, Value
from django.db.models.functions import Greatest
from wagtail.models import PageViewRestriction

from .models import ContentVersion

_version_of_this_request = ContextVar("content_version_of_this_request", default=None)


def read_content_version():
    """The content version as stored now, in one query: "<number>.<restrictions>.<highest restriction id>".
    Written in SQL, as it runs on every request: building it with the ORM cost more CPU than the query.

    It is every request's first query, so it also checks the kept database connection (instead of
    Django's CONN_HEALTH_CHECKS, a "SELECT 1" more on every request): a connection found broken (the
    database restarted) is closed and the read made once more on a new one."""
    try:
        return _read_content_version()
    except DatabaseError:
        if connection.in_atomic_block or connection.connection is None or connection.is_usable():
            raise
        connection.close()
        return _read_content_version()


def _read_content_version():
    restrictions = connection.ops.quote_name(PageViewRestriction._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT version FROM {connection.ops.quote_name(ContentVersion._meta.db_table)} WHERE id = 1),"
            f" (SELECT COUNT(*) FROM {restrictions}), (SELECT COALESCE(MAX(id), 0) FROM {restrictions})"
        )
        version, count, top = cursor.fetchone()
    # A deleted row: the restrictions alone, until the next change creates it again.
    return f"{version or 0}.{count}.{top}"


def content_version():
    """The version the reader's request started with, or (outside one) the one stored now."""
    return _version_of_this_request.get() or read_content_version()


def no_view_restrictions_anywhere():
    """True while a request is answered whose content version counted no view restriction on the site:
    then no page needs its ancestors checked for one. False outside a request (nothing was read)."""
    version = _version_of_this_request.get()
    return version is not None and version.split(".")[1] == "0"


@contextmanager
def content_version_for_request():
    """Reads the content version once, for everything cached or served while a request is answered."""
    token = _version_of_this_request.set(read_content_version())
    try:
        yield
    finally:
        _version_of_this_request.reset(token)


def move_content_version_on():
    """Moves the version on, in the current transaction (so it commits, or rolls back, with the change
    that caused it). It never returns to an earlier number, even after a backup is restored: it jumps
    to the clock in nanoseconds when that is ahead."""
    updated = ContentVersion.objects.filter(pk=1).update(version=Greatest(F("version") + 1, Value(time.time_ns())))
    if not updated:
        ContentVersion.objects.get_or_create(pk=1, defaults={"version": time.time_ns()})
