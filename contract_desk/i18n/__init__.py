"""The core's words in the person's language: gettext over the catalogs in ``contract_desk/locale``.

Everything outside ``ui/`` that a person reads — alert and notification texts,
key-date words, import problems, report headers, the command line's sentences —
is written in English and marked: ``_("text")`` where it is used, ``N_("text")``
where it is only defined (a table of labels; translated with ``_`` where shown),
``ngettext(singular, plural, n)`` where a number decides the grammar. Placeholders
are named (``{days}``) and filled after translation, so a translator may move them.

The catalogs are ``contract_desk/locale/<language>.po`` (the template is
``contract_desk.pot``, made by ``tools/i18n.py core``); they are read with Babel
when :func:`use_language` is called at start (the entry point does, with
:func:`contract_desk.i18n.choice.current_language`). Until then, and for English,
every text is its English source. No Qt and nothing of ours imported here: the
domain itself uses it. The window's own texts are Qt's (``.ts``/``.qm``).
"""

from __future__ import annotations

import gettext
import io
import logging
from importlib import resources

log = logging.getLogger(__name__)

DOMAIN = "contract_desk"
_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """``message`` in the language in use (the English source when untranslated)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` the language uses for ``count``."""
    return _translations.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined; translate it with ``_`` where
    it is shown."""
    return message


def language_in_use() -> str:
    """The code of the language the core speaks now ("en" until ``use_language``)."""
    return _language


def catalog_text(language: str) -> bytes | None:
    """The .po catalog of ``language`` as shipped, or None when there is none."""
    source = resources.files("contract_desk") / "locale" / f"{language}.po"
    try:
        return source.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def translations_from_po(data: bytes, language: str) -> gettext.GNUTranslations:
    """A gettext translation compiled in memory from a .po catalog (Babel reads it)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(data), locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as msgfmt does
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def use_language(language: str) -> bool:
    """Speak ``language`` from now on; False (English stays) when it has no catalog."""
    global _translations, _language
    if language == "en":
        _translations, _language = gettext.NullTranslations(), "en"
        return True
    data = catalog_text(language)
    if data is None:
        log.info("no catalog for %s: the core speaks English", language)
        _translations, _language = gettext.NullTranslations(), "en"
        return False
    _translations, _language = translations_from_po(data, language), language
    return True


def use_translations(translations: gettext.NullTranslations, language: str) -> None:
    """Speak through ``translations`` (tests: a pseudo-translation of every message)."""
    global _translations, _language
    _translations, _language = translations, language


__all__ = ["N_", "_", "language_in_use", "ngettext", "use_language", "use_translations"]
