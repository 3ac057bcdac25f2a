"""Attachments: copied into the content-addressed store, deduplicated, checked, audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.services import (
    AttachmentError,
    AttachmentStore,
    add_attachment,
    attachment_path,
    attachment_status,
    create_contract,
    history,
    list_attachments,
    remove_attachment,
)
from contract_desk.storage import Register


@pytest.fixture
def contract_uid(register: Register) -> str:
    with register.transaction() as session:
        return create_contract(session, {"title": "Lease"}, user="k").uid


def test_a_file_is_stored_once_by_content_and_checked(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = AttachmentStore(register.attachments_dir)
    signed = tmp_path / "kontrakt signert æøå.pdf"
    signed.write_bytes(b"%PDF-1.7 signed" * 1000)
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(signed.read_bytes())
    with register.transaction() as session:
        first = add_attachment(session, store, contract_uid, signed, user="k", note="signed")
        second = add_attachment(session, store, contract_uid, copy, user="k")
    assert first.sha256 == second.sha256 and first.size == 15000
    assert first.file_name == "kontrakt signert æøå.pdf" and first.media_type == "application/pdf"
    stored = attachment_path(store, first)
    assert stored.read_bytes() == signed.read_bytes()
    assert len([p for p in register.attachments_dir.rglob("*") if p.is_file()]) == 1
    with register.transaction() as session:
        rows = list_attachments(session, contract_uid)
        assert history(session, contract_uid)[0].entity == "attachment"
    assert [attachment_status(store, row) for row in rows] == ["ok", "ok"]
    stored.write_bytes(b"tampered")
    assert attachment_status(store, rows[0]) == "changed"
    stored.unlink()
    assert attachment_status(store, rows[0]) == "missing"


def test_a_missing_source_file_attaches_nothing(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = AttachmentStore(register.attachments_dir)
    with pytest.raises(AttachmentError, match="missing"), register.transaction() as session:
        add_attachment(session, store, contract_uid, tmp_path / "gone.pdf", user="k")
    with register.transaction() as session:
        assert list_attachments(session, contract_uid) == []


def test_removing_detaches_and_audits(register: Register, contract_uid: str,
                                      tmp_path: Path) -> None:
    store = AttachmentStore(register.attachments_dir)
    source = tmp_path / "a.txt"
    source.write_text("hello", encoding="utf-8")
    with register.transaction() as session:
        row = add_attachment(session, store, contract_uid, source, user="k")
    with register.transaction() as session:
        remove_attachment(session, store, row.uid, user="k")
    with register.transaction() as session:
        assert list_attachments(session, contract_uid) == []
        event = history(session, contract_uid)[0]
    assert event.action == "delete" and event.changes["file_name"] == ["a.txt", None]
