"""Colours and number formats of the xlsx export, without Qt.

The health hues are the ones the window uses (``ui/health_style.HUES``, kept
equal by a test); rows are tinted over white the way the window tints the
palette's base colour, so a sheet reads like the table it came from.
"""

from __future__ import annotations

from functools import cache

from contract_desk.domain.currency import minor_units
from contract_desk.domain.health import Health

#: (red, green, blue) of each health state, as in the window.
HUES: dict[Health, tuple[int, int, int]] = {
    Health.OVERDUE: (211, 47, 47),
    Health.AT_RISK: (239, 108, 0),
    Health.ATTENTION: (249, 168, 37),
    Health.ON_TRACK: (56, 142, 60),
    Health.ENDED: (120, 120, 120),
}
#: How strongly a row is tinted (0–255), as in the window; calm rows stay white.
TINT: dict[Health, int] = {Health.OVERDUE: 60, Health.AT_RISK: 50, Health.ATTENTION: 40}
_WHITE = (255, 255, 255)


def hex_rgb(rgb: tuple[int, int, int]) -> str:
    """"RRGGBB" of a colour."""
    return "".join(f"{part:02X}" for part in rgb)


@cache
def row_tint(health: Health) -> str | None:
    """The "RRGGBB" row fill of a health state, or None for calm rows."""
    alpha = TINT.get(health)
    if alpha is None:
        return None
    mix = alpha / 255
    red, green, blue = (round(base * (1 - mix) + hue * mix)
                        for base, hue in zip(_WHITE, HUES[health], strict=True))
    return hex_rgb((red, green, blue))


@cache
def money_format(currency: str | None) -> str:
    """An Excel number format showing the currency's own decimals and its code."""
    digits = minor_units(currency)
    number = "#,##0" + ("." + "0" * digits if digits else "")
    if not currency:
        return number
    return f'{number} "{currency}";-{number} "{currency}"'
