"""Where the window suggests saving a file, and where its file dialogs open.

A file dialog given a bare name ("timeline.png") or no folder at all opens in
the process's working directory: for an installed app started from the Start
menu or the Dock that is the program's own folder (or ``/``), which a person
cannot write to and would never look in. Every dialog therefore starts in the
folder the person last saved to or opened from, else in their Documents
folder, and a suggested name is in the window's language ("계약-목록-2026-12-07.xlsx",
not "contract-register-2026-12-07.xlsx"), made safe for every file system.
Those names are translated under this module's context, "save_to", wherever
they are written.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

#: The QSettings key of the folder last saved to or opened from.
FOLDER_KEY = "files/last_folder"
#: Characters no Windows file name may hold (and "/" none anywhere), control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_stem(text: str) -> str:
    """``text`` as the stem of a file name on Windows, macOS and Linux alike.

    Runs of spaces, tabs and line breaks become one space, forbidden characters
    "-", and the ends lose spaces and dots (Windows drops a trailing dot or
    space, so "report." and "report" would be the same file). Never empty:
    "file" then.
    """
    stem = _UNSAFE.sub("-", " ".join(text.split())).strip(" .")
    return stem[:150] or "file"


def dated_name(stem: str, day: date, suffix: str) -> str:
    """"<stem>-2026-12-07.<suffix>": ``stem`` made safe (see :func:`file_stem`)."""
    return f"{file_stem(stem)}-{day.isoformat()}.{suffix.lstrip('.')}"


def documents_folder() -> Path:
    """The person's Documents folder, or their home folder without one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    """The folder a file dialog opens in: the last one used if it is still there."""
    remembered = str(QSettings().value(FOLDER_KEY, "", type=str) or "")
    if remembered:
        folder = Path(remembered)
        if folder.is_dir():
            return folder
    return documents_folder()


def suggested(name: str, folder: Path | None = None) -> str:
    """The path a save dialog proposes for ``name``: in ``folder`` or :func:`start_folder`."""
    return str((folder or start_folder()) / name)


def remember_folder(chosen: str | Path) -> None:
    """Note the folder of a file the person just chose (saved to or opened)."""
    if not str(chosen):
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        QSettings().setValue(FOLDER_KEY, str(folder))


def ask_save(parent: QWidget | None, title: str, name: str, filters: str = "") -> str:
    """The save dialog, proposing ``name`` in :func:`start_folder`; the path chosen or ""."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested(name), filters)
    remember_folder(chosen)
    return chosen


def ask_open(parent: QWidget | None, title: str, filters: str = "") -> str:
    """The open dialog, in :func:`start_folder`; the file chosen or ""."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    remember_folder(chosen)
    return chosen


def ask_open_many(parent: QWidget | None, title: str, filters: str = "") -> list[str]:
    """The open dialog for several files, in :func:`start_folder`; those chosen."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if chosen:
        remember_folder(chosen[0])
    return list(chosen)
