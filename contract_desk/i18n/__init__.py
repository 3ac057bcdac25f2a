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
:func:`contract_desk.i18n.choice.current_language`) and the compiled form is kept
in the user's cache folder under the catalog's hash, so later starts read it in a
millisecond instead of parsing the .po (tens of milliseconds on every command
line run). Until then, and for English,
every text is its English source. No Qt and nothing of ours imported here: the
domain itself uses it. The window's own texts are Qt's (``.ts``/``.qm``).
"""

from __future__ import annotations

import gettext
import hashlib
import io
import logging
import os
import struct
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import platformdirs

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


def clauses(parts: Iterable[str]) -> str:
    """Parts of one sentence that each say something of their own, joined as the language
    joins them: "a; b" in English, "a；b" in Chinese (an ASCII "; " there reads as foreign
    punctuation in the middle of Chinese text)."""
    # Translators: what joins the parts of one sentence that each say something of their
    # own ("the header says so; the values agree"). Chinese: the full-width "；" with no
    # space.
    return _("; ").join(parts)


def enumerated(items: Iterable[str]) -> str:
    """Items of a list shown in a sentence (names, fields, cells, codes), joined as the
    language lists them: "a, b" in English, "a、b" in Chinese."""
    # Translators: what separates the items of a list of names, fields or cells in a
    # sentence ("Owner, End date, Value"). Chinese: the enumeration comma "、"; Korean
    # keeps ", ".
    return _(", ").join(items)


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


def compile_po(data: bytes, language: str) -> bytes:
    """The .mo form of a .po catalog (Babel reads it; fuzzy entries are left out, as
    msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(data), locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    return compiled.getvalue()


def translations_from_po(data: bytes, language: str) -> gettext.GNUTranslations:
    """A gettext translation compiled in memory from a .po catalog."""
    return gettext.GNUTranslations(io.BytesIO(compile_po(data, language)))


def cache_folder() -> Path:
    """Where compiled catalogs are kept: the user's cache folder (under
    ``$CONTRACT_DESK_HOME`` when that is set: a portable install, a test)."""
    home = os.environ.get("CONTRACT_DESK_HOME", "").strip()
    if home:
        return Path(home).expanduser() / "cache" / "locale"
    return Path(platformdirs.user_cache_dir("ContractDesk", "ContractDesk")) / "locale"


def cached_translations(data: bytes, language: str) -> gettext.GNUTranslations:
    """The translation of a .po catalog, compiled once and then read from the cache.

    The cached file is named by the catalog's hash, so an updated catalog is never
    read stale; a cache that cannot be read or written only costs the compile.
    """
    path = cache_folder() / f"{language}-{hashlib.sha256(data).hexdigest()[:20]}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except FileNotFoundError:
        pass
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        log.info("the cached catalog %s is unreadable: compiling it again", path)
    compiled = compile_po(data, language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(compiled)
        partial.replace(path)
    except OSError as error:
        log.info("could not keep the compiled catalog in %s: %s", path.parent, error)
    return gettext.GNUTranslations(io.BytesIO(compiled))


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
    _translations, _language = cached_translations(data, language), language
    return True


def use_translations(translations: gettext.NullTranslations, language: str) -> None:
    """Speak through ``translations`` (tests: a pseudo-translation of every message)."""
    global _translations, _language
    _translations, _language = translations, language


__all__ = ["N_", "_", "language_in_use", "ngettext", "use_language", "use_translations"]
