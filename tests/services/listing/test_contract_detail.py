"""What the detail pane shows of one contract, read in one session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from contract_desk.services import (
    AttachmentStore,
    NotFoundError,
    add_attachment,
    add_obligation,
    create_contract,
    update_contract,
)
from contract_desk.services.listing.contract_detail import load_detail
from contract_desk.storage import Register

TODAY = date(2026, 11, 23)


def test_the_contract_comes_with_its_obligations_attachments_and_history(
        register: Register, tmp_path: Path) -> None:
    store = AttachmentStore(register.attachments_dir)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.7 signed")
    with register.transaction() as session:
        uid = create_contract(session, {"title": "Lease", "reference": "L-1", "owner": "Kari"},
                              user="k").uid
        add_obligation(session, uid, {"title": "Rent", "due_date": date(2027, 1, 1)}, user="k")
        add_attachment(session, store, uid, scan, user="k")
        update_contract(session, uid, {"title": "Office lease"}, expected_version=1, user="k")
    with register.reading() as session:
        detail = load_detail(session, uid, today=TODAY, store=store)
    assert detail.row.title == "Office lease" and detail.today == TODAY
    assert [o.title for o in detail.obligations] == ["Rent"]
    assert [(a.row.file_name, a.status) for a in detail.attachments] == [("signed.pdf", "ok")]
    assert detail.history[0].action == "update" and len(detail.history) == 4


def test_a_changed_stored_copy_is_said(register: Register, tmp_path: Path) -> None:
    store = AttachmentStore(register.attachments_dir)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.7 signed")
    with register.transaction() as session:
        uid = create_contract(session, {"title": "Lease"}, user="k").uid
        row = add_attachment(session, store, uid, scan, user="k")
    store.path_for(row.sha256).write_bytes(b"tampered")
    with register.reading() as session:
        (attachment,) = load_detail(session, uid, today=TODAY, store=store).attachments
    assert attachment.status == "changed"


def test_a_contract_that_is_gone_is_not_found(register: Register) -> None:
    with register.reading() as session, pytest.raises(NotFoundError):
        load_detail(session, "no-such-uid", today=TODAY,
                    store=AttachmentStore(register.attachments_dir))
