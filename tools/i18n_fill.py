"""Write translations into the catalogs from a JSON file, then bring the catalogs up to date.

    python tools/i18n_fill.py FILE.json [FILE.json …]

Each file is a list of entries. A core message (gettext, ``contract_desk/locale``)::

    {"msgid": "Sheet {sheet}", "ko": "시트 {sheet}", "nb": "Ark {sheet}", "zh_CN": "工作表 {sheet}"}
    {"msgid": "{count} row", "plural": "{count} rows",
     "ko": ["{count}행"], "nb": ["{count} rad", "{count} rader"], "zh_CN": ["{count} 行"]}

A window message (Qt, ``resources/translations``) names its context::

    {"context": "ImportWizard", "source": "Next", "ko": "다음", "nb": "Neste", "zh_CN": "下一步"}

A window message with a count (``self.tr("{0} row(s)", "", n)``) also needs its English
singular and plural (``contract_desk_en.ts``)::

    {"context": "ImportWizard", "source": "{0} row(s)", "en": ["{0} row", "{0} rows"],
     "ko": ["{0}행"], "nb": ["{0} rad", "{0} rader"], "zh_CN": ["{0} 行"]}

Order of work: the core's template and catalogs are updated from the code
(``tools/i18n_core.py update``) and the window's .ts files too (``tools/i18n.py
update``), the translations are written in, the .qm files compiled. All of it
holds a lock (``.i18n.lock`` in the system's temporary folder), so people (or
helpers) working at once do not overwrite each other's catalogs. A message the
code does not have is reported, not written.
"""

from __future__ import annotations

import fcntl
import json
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import i18n as window_catalogs
import i18n_core as core_catalogs
from babel.messages.pofile import read_po

LANGUAGES = ("ko", "nb", "zh_CN")
#: One entry of a translations file (see the module text).
Entry = dict[str, Any]


@contextmanager
def catalog_lock() -> Iterator[None]:
    """Hold the lock every catalog writer takes."""
    path = Path(tempfile.gettempdir()) / ".i18n.lock"
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fill_core(entries: list[Entry]) -> list[str]:
    """Write the core entries into each language's .po; the msgids not found."""
    missing: list[str] = []
    files = core_catalogs.updated()
    for path, content in files.items():
        path.write_bytes(content)
    for language in LANGUAGES:
        path = core_catalogs.LOCALE / f"{language}.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language, domain="contract_desk")
        for entry in entries:
            if language not in entry:
                continue
            key = entry["msgid"] if "plural" not in entry else (entry["msgid"], entry["plural"])
            message = catalog.get(entry["msgid"], context=entry.get("msgctxt"))
            if message is None:
                if language == LANGUAGES[0]:
                    missing.append(entry["msgid"])
                continue
            value = entry[language]
            if isinstance(key, tuple):
                forms = value if isinstance(value, list) else [value]
                needed = catalog.num_plurals
                forms = (forms + [forms[-1]] * needed)[:needed]
                message.string = tuple(forms)
            else:
                message.string = value
            message.flags.discard("fuzzy")
        path.write_bytes(core_catalogs._render(catalog))
    return missing


def fill_window(entries: list[Entry]) -> list[str]:
    """Write the window entries into each language's .ts; the sources not found."""
    missing: list[str] = []
    window_catalogs.update()
    for language in window_catalogs.CATALOGS:  # English: the texts with a count only
        path = window_catalogs.ts_path(language)
        tree = ElementTree.parse(path)
        index: dict[tuple[str, str], ElementTree.Element] = {}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                index[(name, message.findtext("source") or "")] = message
        for entry in entries:
            if language not in entry:
                continue
            found = index.get((entry["context"], entry["source"]))
            if found is None:
                if language == LANGUAGES[0]:
                    missing.append(f"{entry['context']}: {entry['source']}")
                continue
            message = found
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            value = entry[language]
            if message.get("numerus") == "yes":
                translation.text = None
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
        tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate writes the file in its own layout again (the test compares with it).
    window_catalogs.update()
    window_catalogs.release(sorted(window_catalogs.TS_FOLDER.glob("*.ts")))
    return missing


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    entries: list[Entry] = []
    for name in argv[1:]:
        entries.extend(json.loads(Path(name).read_text(encoding="utf-8")))
    core = [entry for entry in entries if "msgid" in entry]
    window = [entry for entry in entries if "context" in entry]
    with catalog_lock():
        missing = fill_core(core)
        missing += fill_window(window)
    for text in missing:
        print(f"not in the code (not written): {text}", file=sys.stderr)
    print(f"wrote {len(core)} core and {len(window)} window translations")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
