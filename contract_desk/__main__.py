"""Entry point of ``contract-desk`` and ``python -m contract_desk``.

With a sub-command it runs in the terminal (no Qt imported); without one it
starts the window.
"""

from __future__ import annotations

import sys


def _attach_windows_console() -> None:
    # A gui-scripts launcher on Windows has no console, so a sub-command typed in
    # a terminal would print nowhere; borrow the parent's console when it has one.
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command, or start the GUI when there is none."""
    _attach_windows_console()
    from contract_desk.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
