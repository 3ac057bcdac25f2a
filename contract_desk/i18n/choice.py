"""Which language the program speaks: one choice for the window and the command line.

English is the source language; Korean (``ko``), Norwegian Bokmål (``nb``) and
Simplified Chinese (``zh_CN``) are translated. The language follows the
operating system unless the person chose one (Settings → Language…, kept in
this computer's ``preferences.json``); a choice takes effect at the next start.
``CONTRACT_DESK_LANGUAGE`` overrides both (scripts, tests, screenshots).

No Qt here: the window asks :func:`current_language` before its first widget
and loads its Qt translations for that language (``ui/common/language.py``).
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys

from contract_desk.storage.preferences import read_preferences, write_preference

log = logging.getLogger(__name__)

#: The languages the program speaks, by code, each named in itself.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "nb": "Norsk bokmål",
    "zh_CN": "简体中文",
}
SOURCE_LANGUAGE = "en"
#: Where the person's choice is kept in preferences.json (absent: follow the system).
PREFERENCE_KEY = "language"
#: Overrides the choice and the system for one run.
LANGUAGE_ENV = "CONTRACT_DESK_LANGUAGE"


def match_language(tag: str | None) -> str | None:
    """The language of ours a locale tag asks for ("nb_NO.UTF-8" → "nb"), or None.

    Norwegian in any form (``no``, ``nb``, ``nn``) gets Bokmål, which every
    Norwegian reads; Chinese in any form gets Simplified Chinese, the only
    Chinese we have (closer for a Traditional reader than English).
    """
    if not tag:
        return None
    cleaned = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not cleaned or cleaned in ("C", "POSIX"):
        return None
    language = cleaned.split("_")[0].lower()
    if language in ("nb", "no", "nn"):
        return "nb"
    if language == "zh":
        return "zh_CN"
    if language in ("ko", "en"):
        return language
    return None


def system_languages() -> list[str]:
    """The person's preferred languages as the operating system lists them (locale tags)."""
    found: list[str] = []
    # POSIX: LANGUAGE is a priority list; LC_ALL and LC_MESSAGES win over LANG.
    if os.environ.get("LANGUAGE"):
        found += [part for part in os.environ["LANGUAGE"].split(":") if part]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            found.append(os.environ[name])
            break
    if sys.platform == "win32":  # pragma: no cover - Windows only
        found += _windows_languages()
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        found += _macos_languages()
    return found


def _windows_languages() -> list[str]:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return []
    import ctypes
    import locale

    try:
        code = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    except (AttributeError, OSError):
        return []
    name = locale.windows_locale.get(code)
    return [name] if name else []


def _macos_languages() -> list[str]:  # pragma: no cover - macOS only
    try:
        done = subprocess.run(["defaults", "read", "-g", "AppleLanguages"], capture_output=True,
                              text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r'"?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)"?', done.stdout)


def chosen_language() -> str | None:
    """The language the person chose on this computer, or None to follow the system."""
    chosen = read_preferences().get(PREFERENCE_KEY)
    return chosen if isinstance(chosen, str) and chosen in LANGUAGES else None


def choose_language(language: str | None) -> None:
    """Keep ``language`` (a code of ``LANGUAGES``, or None: follow the system)."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    write_preference(PREFERENCE_KEY, language)


def system_language() -> str:
    """The first of our languages the system lists, else English."""
    for tag in system_languages():
        matched = match_language(tag)
        if matched:
            return matched
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language of this run: the override, else the choice, else the system's, else English."""
    override = match_language(os.environ.get(LANGUAGE_ENV))
    if override:
        return override
    return chosen_language() or system_language()


__all__ = [
    "LANGUAGES",
    "LANGUAGE_ENV",
    "SOURCE_LANGUAGE",
    "choose_language",
    "chosen_language",
    "current_language",
    "match_language",
    "system_language",
    "system_languages",
]
