"""What goes into the bundle and what is left out: the lists and filters contract_desk.spec uses.

Kept apart from the spec so that each choice is written once, with its reason,
and can be read (and tested) without running PyInstaller. Entries of PyInstaller's
TOC lists are ``(name in the bundle, source path, kind)``.
"""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

#: The Qt bindings the app imports (grep "from PySide6" in contract_desk/); every other
#: binding PySide6 ships is excluded.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets"})

#: Python packages the app never imports at run time, though something in the
#: import graph names them (pygments: mako's optional highlighter; the SQLAlchemy
#: dialects: PyInstaller's hook collects them all; the app speaks SQLite and
#: PostgreSQL; lxml's other parsers). ``ssl`` must stay: psycopg imports it to set
#: OpenSSL up before libpq.
MODULES_LEFT_OUT = (
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3",
    "test", "unittest.test", "pytest", "_pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "importlinter", "grimp", "setuptools", "pkg_resources", "distutils",
    "pip", "PIL", "pygments", "mako.ext",
    # python-docx, docxtpl and openpyxl use lxml.etree alone (3.9 MB of the rest).
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
)

#: Binaries left out (a pattern found in their path in the bundle), with every library
#: only they link to. Qt's GTK 3 theme: it brings GTK, GDK, cairo and pango from the
#: build machine (20 MB) that need not match the user's; the desktop portal theme
#: stays. The embedded-device platforms and input plugins (no window system). Image
#: formats the app never reads. rapidfuzz's AVX2 copies: rapidfuzz falls back to
#: its baseline build, and matching a sheet's few dozen headers does not notice.
#: Qt names its plugins libqvnc.so, libqvnc.dylib or qvnc.dll.
BINARIES_LEFT_OUT = re.compile(r"""
    platformthemes/(lib)?qgtk3\.
  | platforms/(lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.
  | egldeviceintegrations/ | generic/
  | imageformats/(lib)?q(tiff|webp|tga|wbmp|icns)\.
  | _avx2\.
""", re.VERBOSE)
#: Linux: libraries taken from the user's system, not copied from the build machine,
#: by the start of their file name. The C++ runtime: every desktop has one at least
#: as new, and an older bundled copy breaks the system's GL drivers that need the
#: newer ("GLIBCXX_3.4.30 not found"). X11, D-Bus, GLib, fontconfig, FreeType and
#: xkbcommon: every desktop has them, and a bundled fontconfig older than the
#: system's configuration warns about each file it cannot read. The small xcb
#: helper libraries stay in the bundle: desktops often lack libxcb-cursor0, without
#: which Qt's X11 plugin refuses to start.
LINUX_SYSTEM_LIBRARIES = (
    "libstdc++.so", "libgcc_s.so", "libdbus-1.so", "libglib-2.0.so", "libgthread-2.0.so",
    "libfontconfig.so", "libfreetype.so", "libX11.so", "libX11-xcb.so", "libxkbcommon.so",
)

#: The babel locale families kept (35 MB for all, about 4.5 MB for these): the
#: languages the program speaks and formats for (contract_desk/i18n/formats.py: a
#: region of the same language, e.g. en_GB, nb_NO, zh_Hans_TW), and those whose
#: country names the importer reads (importers/values/notice_words.py). A region of
#: another language falls back to the chosen language's own locale.
BABEL_LANGUAGES = frozenset({
    "root", "en", "ko", "nb", "nn", "no", "zh", "sv", "da", "de", "fr", "es", "pt", "ja",
    "fi", "nl", "it", "pl",
})
#: The languages of Qt's own translations kept ("Cancel" in the standard dialogs; 7 MB
#: for all): Korean and Chinese, and Nynorsk behind our own Bokmål catalog
#: (contract_desk/ui/common/language.py QT_CATALOGS).
QT_TRANSLATION_LANGUAGES: frozenset[str] = frozenset({"ko", "zh_CN", "nn"})


def unused_qt_modules(pyside_folder: Path) -> list[str]:
    """Every PySide6 binding in ``pyside_folder`` that the app does not import."""
    found = {path.name.split(".")[0] for path in pyside_folder.glob("Qt*.*")}
    return sorted(f"PySide6.{name}" for name in found - QT_MODULES_USED)


def package_files(folder: Path, root: Path) -> list[tuple[str, str]]:
    """Every file under ``folder`` as a (source, folder in the bundle) pair, ``.py`` files
    included, caches not: alembic loads the migration scripts from their folder."""
    return [(str(path), str(path.parent.relative_to(root)))
            for path in sorted(folder.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"]


def kept_data(entry: Entry) -> bool:
    """Whether a data file goes into the bundle (babel locales and Qt's translations
    only when listed)."""
    path = PurePosixPath(_posix(entry[0]))
    if path.parent.as_posix() == "babel/locale-data":
        return path.stem.split("_")[0] in BABEL_LANGUAGES
    if path.parent.as_posix() == "PySide6/Qt/translations":
        catalogue, _, language = path.stem.partition("_")  # qtbase_pt_BR
        return catalogue == "qtbase" and language in QT_TRANSLATION_LANGUAGES
    return True


def left_out(name: str, platform: str = sys.platform) -> bool:
    """Whether the binary ``name`` (its path in the bundle) stays out of it."""
    name = _posix(name)
    if BINARIES_LEFT_OUT.search(name):
        return True
    base = PurePosixPath(name).name
    return platform.startswith("linux") and base.startswith(LINUX_SYSTEM_LIBRARIES)


def trimmed(binaries: Iterable[Entry], datas: Iterable[Entry],
            platform: str = sys.platform) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files of an analysis less what is left out: binaries
    named, libraries only they link to (one a kept binary links to stays), data
    files not kept, and symbolic links to anything gone."""
    files = list(binaries)
    dropped = [entry for entry in files if left_out(entry[0], platform)]
    kept = [entry for entry in files if entry not in dropped]
    theirs = _link_closure(source for _, source, _ in dropped)
    # What the rest links to through libraries in the bundle: a library from the
    # user's system (libc, libxcb, what is dropped) comes with what it links to.
    bundled = {os.path.realpath(source) for _, source, _ in kept}
    needed = _link_closure((source for _, source, _ in kept
                            if os.path.realpath(source) not in theirs), within=bundled)
    kept = [entry for entry in kept if os.path.realpath(entry[1]) not in theirs - needed]
    # PyInstaller lists its symbolic links (libQt6Gui.so.6 -> PySide6/Qt/lib/...) as data.
    data = [entry for entry in datas if entry[2] == "SYMLINK" or kept_data(entry)]
    names = {_posix(entry[0]) for entry in kept + data if entry[2] != "SYMLINK"}
    data = [entry for entry in data if entry[2] != "SYMLINK" or _link_target(entry) in names]
    return kept, data


def _posix(name: str) -> str:
    return name.replace(os.sep, "/")


def _link_target(link: Entry) -> str:
    """The bundle name a SYMLINK entry points at (its target is relative to the link)."""
    name, target = _posix(link[0]), _posix(link[1])
    return posixpath.normpath(posixpath.join(posixpath.dirname(name), target))


def _link_closure(sources: Iterable[str], within: set[str] | None = None) -> set[str]:
    """``sources`` and the libraries they link to, directly or through each other (real
    paths); with ``within``, only through libraries in it."""
    seen: set[str] = set()
    todo = [os.path.realpath(source) for source in sources]
    while todo:
        source = todo.pop()
        if source not in seen:
            seen.add(source)
            todo += [found for found in _direct_links(source)
                     if within is None or found in within]
    return seen


def _direct_links(path: str) -> list[str]:
    """The libraries ``path`` itself links to. PyInstaller resolves them; on Linux it
    asks ldd, which lists the links of links too, so only the ELF's own NEEDED names
    count (read with objdump, which PyInstaller needs there anyway)."""
    from PyInstaller.depend.bindepend import get_imports  # type: ignore[import-untyped]

    found = {PurePosixPath(name).name: os.path.realpath(where)
             for name, where in get_imports(path) if where}
    if not sys.platform.startswith("linux"):
        return list(found.values())
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    needed = [line.split()[1] for line in dump.stdout.splitlines()
              if line.strip().startswith("NEEDED")]
    return [found[name] for name in needed if name in found]
