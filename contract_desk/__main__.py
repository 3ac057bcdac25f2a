"""Entry point of ``contract-desk`` and ``python -m contract_desk``.

With a sub-command it runs in the terminal (no Qt imported); without one it
starts the window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contract_desk.cli import WindowRequest


def _attach_windows_console() -> None:
    # A gui-scripts launcher on Windows has no console, so a sub-command typed in
    # a terminal would print nowhere; borrow the parent's console when it has one.
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        console_out, console_in = Path("CONOUT$"), Path("CONIN$")
        sys.stdout = console_out.open("w", encoding="utf-8")
        sys.stderr = console_out.open("w", encoding="utf-8")
        sys.stdin = console_in.open(encoding="utf-8")


def start_gui(request: WindowRequest) -> int:
    """Start the window as asked (or the smoke test, which includes the window)."""
    try:
        from contract_desk.ui.shell.app import run_gui
        from contract_desk.ui.shell.smoke import run_smoke_test
    except ImportError as error:  # a broken or missing Qt install: say so, no traceback
        print(f"contract-desk: the window cannot start: {error}", file=sys.stderr)
        return 1
    if request.smoke_test:
        return run_smoke_test()
    return run_gui(request.database, open_contract=request.open_contract,
                   open_inbox=request.open_inbox)


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command, or start the GUI when there is none."""
    # A frozen build (PyInstaller) starts the importer's reading process through
    # this entry point: freeze_support runs that child instead of the program.
    import multiprocessing

    multiprocessing.freeze_support()
    _attach_windows_console()
    # Windows: toasts, the taskbar and the installer's shortcut share one identity.
    from contract_desk.os_identity import set_app_user_model_id

    set_app_user_model_id()
    words = sys.argv[1:] if argv is None else argv
    # The data folder first (--home: a portable install's scheduled run), since the
    # language is read from it.
    from contract_desk.storage.locations import home_given, use_home

    home = home_given(words)
    if home:
        use_home(home)
    # The core's words in the person's language (the window loads Qt's for the same one).
    from contract_desk.i18n import use_language
    from contract_desk.i18n.choice import current_language

    use_language(current_language())
    from contract_desk.cli import run

    return run(words, start_gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
