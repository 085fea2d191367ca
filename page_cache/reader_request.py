"""Values worked out at most once while a reader's GET request is answered: PageCacheMiddleware opens
the scope, and inside it the content generation and the view restrictions are read at their first
use and reused. Outside one (the admin saving, commands, tests) each use reads afresh."""

from contextlib import contextmanager
from contextvars import ContextVar

_values = []  # every ReadOnce, so that one scope serves them all


class ReadOnce:
    def __init__(self, name):
        self._memo = ContextVar(name, default=None)
        _values.append(self)

    def get(self, compute, outside):
        """compute()'s value, computed at the first use in a reader's request; outside() outside one."""
        memo = self._memo.get()
        if memo is None:
            return outside()
        if not memo:
            memo.append(compute())
        return memo[0]


@contextmanager
def reader_request():
    tokens = [(value._memo, value._memo.set([])) for value in _values]
    try:
        yield
    finally:
        for memo, token in reversed(tokens):
            memo.reset(token)
