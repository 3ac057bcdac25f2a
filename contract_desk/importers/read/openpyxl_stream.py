"""Reading one xlsx sheet with openpyxl in a child process, handing rows over as they come.

openpyxl parses a big sheet slowly (about 20 s for 100,000 rows), and in one
process everything else an import does (parse, validate, match, write) has to
wait for it and then runs after it. Here the child process only reads: it
sends the rows in batches while the importing process plans and stores the
rows already received, so on a machine with two cores the import takes about
as long as the read alone.

The child reads exactly as ``openpyxl_reader`` does (read-only, cached values,
the sheet's stated dimension ignored, nothing below the last row holding a
value). A thread in this process takes every batch off the pipe as soon as it
arrives, so the child never waits for the importer. Whatever stops the read
(openpyxl refusing the file, the child dying) arrives as ``EngineFailed``; the
caller then reads the file the ordinary way. The child is stopped when the
stream is left, whatever happened. The child speaks the language of the process
that started it (it is handed ``language_in_use()``), so what it says reads the
same as everything else.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import threading
import warnings
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from contract_desk.i18n import _, language_in_use
from contract_desk.importers.read.sheet_choice import EngineFailed, describe

ENGINE = "openpyxl"
#: Rows per message: big enough that pickling and the pipe cost nothing per row.
BATCH_ROWS = 500
#: How long the child may take to stop when asked (it is killed after that).
_STOP_SECONDS = 5.0
_END = b""


def _read_in_child(path: str, sheet_name: str, last_row: int | None, connection: Connection,
                   language: str = "en") -> None:  # pragma: no cover - runs in the child
    # Imported here: the child needs openpyxl and nothing else of the program.
    from contract_desk.i18n import use_language
    from contract_desk.importers.read.openpyxl_reader import open_openpyxl

    use_language(language)  # a spawned child starts in English, whatever its parent speaks
    try:
        with open_openpyxl(Path(path)) as book:
            if sheet_name not in book.sheetnames:
                raise EngineFailed(ENGINE, _("the workbook has no sheet called {sheet}").format(
                    sheet=repr(sheet_name)))
            sheet = book[sheet_name]
            sheet.reset_dimensions()
            batch: list[tuple[Any, ...]] = []
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for row in sheet.iter_rows(min_row=1, max_row=last_row, values_only=True):
                    batch.append(row)
                    if len(batch) >= BATCH_ROWS:
                        connection.send_bytes(pickle.dumps(("rows", batch), protocol=5))
                        batch = []
            connection.send_bytes(pickle.dumps(("rows", batch), protocol=5))
        connection.send_bytes(_END)
    except EngineFailed as failure:
        connection.send_bytes(pickle.dumps(("failed", failure.reason)))
    except Exception as error:  # openpyxl's own errors are many and undocumented
        connection.send_bytes(pickle.dumps(("failed", describe(error))))
    finally:
        connection.close()


class RowStream:
    """The rows of one sheet, read by openpyxl in a child process; a context manager.

    ``batches()`` yields lists of row tuples exactly as openpyxl's
    ``iter_rows(values_only=True)`` gives them, from row 1 down to ``last_row``
    (None: to the sheet's end).
    """

    def __init__(self, path: Path, sheet_name: str, last_row: int | None) -> None:
        self.path, self.sheet_name, self.last_row = Path(path), sheet_name, last_row
        self._messages: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._process: Any = None
        self._receiver: Connection | None = None
        self._drain: threading.Thread | None = None

    def __enter__(self) -> RowStream:
        # "spawn" everywhere: forking a process that holds database connections
        # (and, in the window, Qt) is unsafe; it is what Windows and macOS do anyway.
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(
            target=_read_in_child, name="contract-desk-read",
            args=(str(self.path), self.sheet_name, self.last_row, sender, language_in_use()),
            daemon=True)
        try:
            process.start()
        except Exception as error:  # no processes allowed, out of memory...
            receiver.close()
            sender.close()
            raise EngineFailed(ENGINE, _("the reading process could not start ({reason})").format(
                reason=error)) from error
        sender.close()  # the child holds the only sending end: its exit ends the pipe
        self._process, self._receiver = process, receiver
        self._drain = threading.Thread(target=self._take_messages, name="contract-desk-read-pipe",
                                       daemon=True)
        self._drain.start()
        return self

    @property
    def pid(self) -> int | None:
        """The reading process's id while it runs."""
        return self._process.pid if self._process is not None else None

    def _take_messages(self) -> None:
        assert self._receiver is not None
        try:
            while True:
                message = self._receiver.recv_bytes()
                self._messages.put(message)
                if message == _END:
                    return
        except (EOFError, OSError):
            self._messages.put(None)  # the child is gone without saying it finished

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        """Each batch of rows as it arrives; ``EngineFailed`` if the read cannot finish."""
        while True:
            message = self._messages.get()
            if message == _END:
                return
            if message is None:
                code = self._process.exitcode if self._process is not None else None
                raise EngineFailed(ENGINE, _("the reading process stopped unexpectedly") if code is
                                   None else _("the reading process stopped unexpectedly (exit "
                                               "code {code})").format(code=code))
            kind, payload = pickle.loads(message)
            if kind == "failed":
                raise EngineFailed(ENGINE, str(payload))
            yield payload

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        process = self._process
        if process is not None:
            if process.is_alive():
                process.terminate()
            process.join(_STOP_SECONDS)
            if process.is_alive():  # pragma: no cover - a child ignoring SIGTERM
                process.kill()
                process.join()
            process.close()
        # The child is gone, so its end of the pipe is closed: the thread has
        # read to the end and stops.
        if self._drain is not None:
            self._drain.join(_STOP_SECONDS)
        if self._receiver is not None:
            self._receiver.close()
