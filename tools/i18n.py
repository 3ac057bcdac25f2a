"""The window's translations: extract, compile and pseudo-translate the Qt messages.

    python tools/i18n.py update          # code -> resources/translations/*.ts
    python tools/i18n.py release         # *.ts -> contract_desk/resources/translations/*.qm
    python tools/i18n.py pseudo OUTDIR   # a pseudo-translation (.ts and .qm) for tests

``update`` runs pyside6-lupdate over every module of ``contract_desk/ui`` and the
Qt tray fallback with no source locations (the files change only when a message
does) and drops messages the code no longer has; translations already written
are kept. English is the source language; ``contract_desk_en.ts`` holds only the
messages with a count, with their English singular and plural. ``release`` leaves unfinished
messages out of the .qm, so the window shows their English source.

The pseudo-translation makes every message accented, about 40 % longer and
wrapped in ``⟦ ⟧``: a window built under it shows at a glance (and to a test)
every text that did not go through a translation, and which layouts clip
longer words. Placeholders, mnemonics, rich-text tags and entities are kept.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations"
QM_FOLDER = ROOT / "contract_desk" / "resources" / "translations"
LANGUAGES = ("ko", "nb", "zh_CN")
SOURCE_LANGUAGE = "en"
#: Every catalog kept: the translations, and English's own plural forms. Qt fills a
#: count into the source text as it is ("1 contract(s)"), so the messages with a count
#: get their English forms ("1 contract", "2 contracts") from a catalog of their own
#: (lupdate -pluralonly).
CATALOGS = (*LANGUAGES, SOURCE_LANGUAGE)
STEM = "contract_desk"

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
#: Longer translations must fit: each message grows by this much (at least one pad).
PSEUDO_GROWTH = 0.4
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What a translation must keep as it is: rich-text tags, entities, placeholders
# ({0}, {name}, %n, %1, %L1) and a doubled & (a literal ampersand).
_KEPT = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#?\w+;|&&|\{[^{}]*\}|%L?\d+|%n")


def tool(name: str) -> str:
    """The path of a PySide6 tool, next to this Python first (a virtualenv's bin)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """The modules lupdate reads, sorted, relative to the repository."""
    found = sorted((ROOT / "contract_desk" / "ui").rglob("*.py"))
    found.append(ROOT / "contract_desk" / "notify" / "qt_tray.py")
    return [str(path.relative_to(ROOT)) for path in found]


def ts_path(language: str, folder: Path = TS_FOLDER) -> Path:
    """Where the .ts of ``language`` is kept."""
    return folder / f"{STEM}_{language}.ts"


def update(folder: Path = TS_FOLDER) -> list[Path]:
    """Extract every message into the .ts of each language in ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in CATALOGS:
        target = ts_path(language, folder)
        plural_only = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
             "-silent", *plural_only, "-source-language", SOURCE_LANGUAGE,
             "-target-language", language, "-ts", str(target)],
            cwd=ROOT, check=True)
        written.append(target)
    return written


def release(ts_files: list[Path], folder: Path = QM_FOLDER) -> list[Path]:
    """Compile each .ts into ``folder``; the .qm paths.

    Our unfinished messages are left out (the window shows their English); other
    catalogs kept here (our ``qtbase_nb`` for Qt's own words) compile as they are.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for source in ts_files:
        target = folder / source.with_suffix(".qm").name
        ours = ["-nounfinished"] if source.name.startswith(f"{STEM}_") else []
        subprocess.run([tool("pyside6-lrelease"), "-silent", *ours, str(source),
                        "-qm", str(target)], check=True)
        written.append(target)
    return written


def pseudo_text(text: str) -> str:
    """``text`` accented, marked and about 40 % longer, its placeholders and tags kept."""
    parts, end = [], 0
    for kept in _KEPT.finditer(text):
        parts.append(text[end:kept.start()].translate(_ACCENTS))
        parts.append(kept.group())
        end = kept.end()
    parts.append(text[end:].translate(_ACCENTS))
    padding = "·" * max(1, round(len(text) * PSEUDO_GROWTH))
    return f"{PSEUDO_OPEN}{''.join(parts)}{padding}{PSEUDO_CLOSE}"


def pseudo(out: Path, source: Path | None = None) -> Path:
    """Write ``contract_desk_pseudo.ts`` and ``.qm`` into ``out``, every message translated."""
    tree = ElementTree.parse(source or ts_path(LANGUAGES[0]))
    root = tree.getroot()
    root.set("language", "en")  # two numerus forms: one and many
    for message in root.iter("message"):
        original = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _form in range(2):
                ElementTree.SubElement(translation, "numerusform").text = pseudo_text(original)
        else:
            translation.text = pseudo_text(original)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{STEM}_pseudo.ts"
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return release([target], out)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the messages into resources/translations")
    commands.add_parser("release", help="compile every .ts (ours, qtbase_nb) into the package")
    pseudo_command = commands.add_parser("pseudo", help="write a pseudo-translation")
    pseudo_command.add_argument("outdir", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "update":
        for path in update():
            print(path.relative_to(ROOT))
    elif arguments.command == "release":
        for path in release(sorted(TS_FOLDER.glob("*.ts"))):
            print(path.relative_to(ROOT))
    else:
        print(pseudo(arguments.outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
