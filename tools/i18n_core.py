"""The core's message catalogs (gettext, Babel): extract the template, update the languages.

    python tools/i18n_core.py update    # contract_desk/locale/contract_desk.pot and <lang>.po

Everything outside ``contract_desk/ui/`` is read for ``_("…")``, ``N_("…")`` and
``ngettext("…", "…", n)``; the template lists every message (no source
locations, so moving code changes nothing); each language's catalog keeps its
translations, gains the new messages (empty: untranslated) and drops the ones
gone. tests/i18n/test_core_catalogs.py checks that running this changes nothing.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "contract_desk"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("ko", "nb", "zh_CN")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
METHODS = [("ui/**.py", "ignore"), ("**.py", "python")]
HEADER = ("# Contract Desk: the messages of the core (everything outside the window's ui/).\n"
          "# Made by tools/i18n_core.py update; the words follow docs/glossary.md.\n#")
#: Header lines that change with the day or the tool's version, left out.
UNSTABLE = ('"POT-Creation-Date:', '"PO-Revision-Date:', '"Generated-By:')


def template() -> Catalog:
    """Every marked message of the core, in a catalog without locations."""
    catalog = Catalog(project="Contract Desk", domain="contract_desk", fuzzy=False,
                      header_comment=HEADER)
    for _file, _line, message, comments, context in extract_from_dir(
            str(PACKAGE), METHODS, keywords=KEYWORDS, comment_tags=("Translators:",)):
        catalog.add(message, None, auto_comments=comments, context=context)
    return catalog


def _render(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, no_location=True, omit_header=False, sort_output=True,
             ignore_obsolete=True, width=100)
    # The header's creation date would change on every run: keep it stable.
    text = out.getvalue().decode("utf-8")
    lines = [line for line in text.splitlines()
             if not line.startswith(UNSTABLE)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def updated() -> dict[Path, bytes]:
    """What the template and each language's catalog should hold now."""
    pot = template()
    files = {LOCALE / "contract_desk.pot": _render(pot)}
    for language in LANGUAGES:
        path = LOCALE / f"{language}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language, domain="contract_desk")
        else:
            catalog = Catalog(locale=language, domain="contract_desk", project="Contract Desk")
        catalog.header_comment = HEADER
        catalog.fuzzy = False  # a fuzzy header would keep Plural-Forms out of the compiled catalog
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        files[path] = _render(catalog)
    return files


def main(argv: list[str]) -> int:
    if argv[1:] != ["update"]:
        print(__doc__, file=sys.stderr)
        return 2
    LOCALE.mkdir(parents=True, exist_ok=True)
    for path, content in updated().items():
        path.write_bytes(content)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
