"""The window says so while a save waits for another program's write."""

from __future__ import annotations

import threading

from contract_desk.storage import Register
from contract_desk.ui.shell.write_wait import WriteWaitNotice


def test_the_notice_shows_while_a_writer_waits_from_any_thread(
        qtbot, sqlite_register: Register) -> None:
    notice = WriteWaitNotice(sqlite_register)
    qtbot.addWidget(notice)
    assert notice.isHidden()

    def tell(waiting: bool) -> None:
        for listener in list(sqlite_register.waiting):
            listener(waiting)

    worker = threading.Thread(target=tell, args=(True,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5000)
    assert "another program" in notice.text()
    worker = threading.Thread(target=tell, args=(False,))
    worker.start()
    worker.join()
    qtbot.waitUntil(notice.isHidden, timeout=5000)
    notice.detach()
    assert sqlite_register.waiting == []
