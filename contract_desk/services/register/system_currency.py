"""The currency of the computer's own region, offered for amounts a register leaves bare.

A register kept in one currency rarely says so on every amount. The import
suggests the currency of the region the operating system is set to (Norway:
NOK, Korea: KRW), always shown and changeable, never applied silently.
The region is read from the locale environment (Linux, macOS terminals), the
user's locale on Windows, or the AppleLocale setting on macOS; Babel's CLDR
data says which currency that region uses today.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from datetime import date

from contract_desk.domain.clock import local_today

log = logging.getLogger(__name__)

#: Locale names as systems write them: nb_NO.UTF-8, ko-KR, zh_Hans_CN, en_US@euro.
_TERRITORY_RE = re.compile(
    r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-](?P<territory>[A-Za-z]{2}|\d{3})(?![A-Za-z0-9])")
_VARIABLES = ("LC_ALL", "LC_MONETARY", "LANG")


def system_currency(today: date | None = None) -> str | None:
    """The ISO 4217 code of the computer's region, or None when the region is unknown."""
    territory = system_territory()
    return currency_of(territory, today) if territory else None


def currency_of(territory: str, today: date | None = None) -> str | None:
    """The currency ``territory`` (ISO 3166 code: "NO") uses on ``today``."""
    from babel.numbers import get_territory_currencies

    # An unknown region gives no currencies: nothing to offer.
    codes = get_territory_currencies(territory.upper(), start_date=today or local_today(),
                                     tender=True)
    return codes[0] if codes else None


def system_territory() -> str | None:
    """The region part of the computer's locale ("NO" for nb_NO.UTF-8), or None."""
    for name in _VARIABLES:
        territory = territory_of(os.environ.get(name, ""))
        if territory:
            return territory
    if sys.platform == "win32":
        return territory_of(_windows_locale())
    if sys.platform == "darwin":
        return territory_of(_mac_locale())
    return None


def territory_of(locale_name: str) -> str | None:
    """The region of a locale name: nb_NO.UTF-8 -> NO, ko-KR -> KR, C or POSIX -> None."""
    match = _TERRITORY_RE.match(locale_name.strip())
    return match["territory"].upper() if match else None


def _windows_locale() -> str:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # ctypes.windll exists only there (and type checkers know it)
        return ""
    import ctypes

    buffer = ctypes.create_unicode_buffer(85)
    kernel = ctypes.windll.kernel32
    if kernel.GetUserDefaultLocaleName(buffer, len(buffer)):
        return buffer.value
    return ""


def _mac_locale() -> str:  # pragma: no cover - macOS only
    try:
        done = subprocess.run(["defaults", "read", "-g", "AppleLocale"], capture_output=True,
                              text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        log.info("could not read the macOS locale: %s", error)
        return ""
    return done.stdout.strip()
