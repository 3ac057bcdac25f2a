"""File sizes as people read them, in their language and with their locale's digits.

"12 KB", "1,2 MB" in Norwegian (decimal comma), "12KB" in Korean, "340 字节" in
Chinese. Powers of 1024, as file managers show attachment sizes; one decimal
from a kilobyte up, none when it is a whole number.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import current_formats

_STEP = 1024


def file_size_text(size: int) -> str:
    """``size`` bytes as a person reads it: "340 bytes", "12 KB", "1.2 MB", "3.4 GB"."""
    number = current_formats().number
    if size < _STEP:
        return ngettext("{count} byte", "{count} bytes", size).format(count=number(size))
    value = Decimal(size) / _STEP
    for unit in ("KB", "MB"):
        rounded = _one_decimal(value)
        if rounded < _STEP:
            return _words(unit, number(rounded))
        value /= _STEP
    return _words("GB", number(_one_decimal(value)))


def _one_decimal(value: Decimal) -> Decimal | int:
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return int(rounded) if rounded == rounded.to_integral_value() else rounded


def _words(unit: str, amount: str) -> str:
    if unit == "KB":
        return _("{size} KB").format(size=amount)
    if unit == "MB":
        return _("{size} MB").format(size=amount)
    return _("{size} GB").format(size=amount)


__all__ = ["file_size_text"]
