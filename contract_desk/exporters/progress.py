"""Progress, cancellation and all-or-nothing files for long exports.

A writer reports ``(done, total)`` to the caller's callback and asks the
caller's ``should_cancel`` between rows; the GUI runs the export in a worker and
turns both into a progress bar with a Cancel button. The file is written under
a temporary name beside the target and renamed at the end, so a cancelled or
failed export never leaves half a file or spoils the file it would replace.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from contract_desk.exporters.errors import ExportCancelled, ExportError
from contract_desk.i18n import _

#: Called with (rows done, rows in all).
ProgressCallback = Callable[[int, int], None]
#: Returns True once the person asked to stop.
CancelCheck = Callable[[], bool]
#: Report at most this many times per export: a callback per row would cost more than the row.
_REPORTS = 200


class Progress:
    """Counts rows written, reports now and then, and raises ExportCancelled when asked to stop."""

    def __init__(self, total: int, report: ProgressCallback | None = None,
                 should_cancel: CancelCheck | None = None) -> None:
        self.total = total
        self.done = 0
        self._report = report
        self._should_cancel = should_cancel
        self._every = max(1, total // _REPORTS)
        self._next = 0

    def step(self, rows: int = 1) -> None:
        """``rows`` more are written; maybe report, and stop if cancelled."""
        self.done += rows
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()
            if self._report is not None:
                self._report(self.done, self.total)

    def check(self) -> None:
        """Raise ExportCancelled if the person asked to stop."""
        if self._should_cancel is not None and self._should_cancel():
            raise ExportCancelled(_("export cancelled; nothing was written"))

    def finish(self) -> None:
        """Report the end (the file is written: too late to cancel)."""
        if self._report is not None:
            self._report(self.total, self.total)


@contextlib.contextmanager
def written_atomically(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed to ``target`` only if the block succeeds."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(_("cannot write {target}: it is a folder; give a file name").format(
            target=target))
    if target.exists() and not target.is_file():
        # A device, a pipe or a socket: renaming a file over it would replace it.
        raise ExportError(_("cannot write {target}: it is not a regular file (a device, pipe "
                            "or socket); give a file name").format(target=target))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
    except OSError as error:
        raise ExportError(_("cannot write {target}: {value}").format(
            target=target, value=error.strerror or error)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.replace(target)
    except OSError as error:
        raise ExportError(_("cannot write {target}: {value}").format(
            target=target, value=error.strerror or error)) from None
    finally:
        temporary.unlink(missing_ok=True)
