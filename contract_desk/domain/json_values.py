"""Values as JSON keeps them: ISO dates, exact decimal text, lists for tuples.

One definition for everything the core writes as JSON (rows for the CLI, the
audit trail, custom fields); pure, so the domain's own validation can use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

#: Types JSON takes as they are (checked first: most values of a row are one of them).
_AS_IS = frozenset({str, int, bool, float, type(None)})


def json_value(value: Any) -> Any:
    """A value as JSON shows it: ISO dates, exact decimal strings, lists for tuples."""
    if value.__class__ in _AS_IS:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    return value
