"""One message in every language the program ships, whatever language it speaks now.

What a file says in one language may be read back by the program in another:
an export written in Norwegian is imported by a colleague who runs Korean. The
importer therefore knows the export's words in every catalog at once. The
languages are the catalogs found in ``contract_desk/locale`` (``<language>.po``),
so a language added there is known here without a line of code.
"""

from __future__ import annotations

import functools
import gettext
from importlib import resources

from contract_desk.i18n import cached_translations, catalog_text

SOURCE_LANGUAGE = "en"


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """English and every language with a catalog, in a stable order ("en", "ko", "nb", …)."""
    folder = resources.files("contract_desk") / "locale"
    found = sorted(entry.name.removesuffix(".po") for entry in folder.iterdir()
                   if entry.name.endswith(".po"))
    return (SOURCE_LANGUAGE, *found)


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    data = None if language == SOURCE_LANGUAGE else catalog_text(language)
    return gettext.NullTranslations() if data is None else cached_translations(data, language)


def in_language(message: str, language: str) -> str:
    """``message`` as the catalog of ``language`` writes it (the source when untranslated)."""
    return _translations(language).gettext(message)


def in_every_language(message: str) -> dict[str, str]:
    """Language -> ``message`` as that language writes it; English first."""
    return {language: in_language(message, language) for language in shipped_languages()}


__all__ = ["in_every_language", "in_language", "shipped_languages"]
