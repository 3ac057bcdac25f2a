"""Attachments: copied into the content-addressed store, deduplicated, checked, audited."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from store_helpers import replace_stored, stored_files

from contract_desk.services import (
    AttachmentError,
    NotFoundError,
    add_attachment,
    add_obligation,
    attachment_path,
    attachment_status,
    create_contract,
    delete_contract,
    history,
    list_attachments,
    remove_attachment,
    undo_delete,
)
from contract_desk.services.register.attachment_store import (
    store_for,
)
from contract_desk.storage import Register


@pytest.fixture
def contract_uid(register: Register) -> str:
    with register.transaction() as session:
        return create_contract(session, {"title": "Lease"}, user="k").uid


def test_a_file_is_stored_once_by_content_and_checked(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
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
    assert stored_files(store) == 1
    with register.transaction() as session:
        rows = list_attachments(session, contract_uid)
        assert history(session, contract_uid)[0].entity == "attachment"
    assert [attachment_status(store, row) for row in rows] == ["ok", "ok"]
    replace_stored(store, first.sha256, b"tampered")
    assert attachment_status(store, rows[0]) == "changed"
    replace_stored(store, first.sha256, None)
    assert attachment_status(store, rows[0]) == "missing"




def test_a_missing_source_file_attaches_nothing(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    with pytest.raises(AttachmentError, match="missing"), register.transaction() as session:
        add_attachment(session, store, contract_uid, tmp_path / "gone.pdf", user="k")
    with register.transaction() as session:
        assert list_attachments(session, contract_uid) == []


def test_removing_detaches_and_audits(register: Register, contract_uid: str,
                                      tmp_path: Path) -> None:
    store = store_for(register)
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


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_the_stored_file_goes_when_its_last_attachment_is_removed(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    with register.transaction() as session:
        first = add_attachment(session, store, contract_uid,
                               _file(tmp_path, "a.pdf", b"same bytes"), user="k")
        second = add_attachment(session, store, contract_uid,
                                _file(tmp_path, "b.pdf", b"same bytes"), user="k")
    stored = attachment_path(store, first)
    with register.transaction() as session:
        remove_attachment(session, store, first.uid, user="k")
    assert stored.is_file()  # the second attachment still uses it
    with register.transaction() as session:
        remove_attachment(session, store, second.uid, user="k")
        assert stored.is_file()  # not before the removal is committed
    assert not stored.exists()


def test_a_rolled_back_removal_keeps_the_file(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    with register.transaction() as session:
        row = add_attachment(session, store, contract_uid,
                             _file(tmp_path, "a.pdf", b"keep me"), user="k")
    with pytest.raises(RuntimeError), register.transaction() as session:
        remove_attachment(session, store, row.uid, user="k")
        raise RuntimeError("the user's action failed after the removal")
    with register.transaction() as session:
        assert [r.uid for r in list_attachments(session, contract_uid)] == [row.uid]
    assert attachment_status(store, row) == "ok"


def test_a_deleted_contract_keeps_its_files_for_the_undo(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    with register.transaction() as session:
        other = create_contract(session, {"title": "Other"}, user="k")
        kept = add_attachment(session, store, contract_uid,
                              _file(tmp_path, "a.pdf", b"shared"), user="k")
        shared = add_attachment(session, store, other.uid,
                                _file(tmp_path, "b.pdf", b"shared"), user="k")
    with register.transaction() as session:
        event_id = delete_contract(session, contract_uid, expected_version=1, user="k")
    with register.transaction() as session:
        remove_attachment(session, store, shared.uid, user="k")
    assert attachment_status(store, kept) == "ok"
    with register.transaction() as session:
        undo_delete(session, event_id, user="k")
        back = list_attachments(session, contract_uid)
    assert [(r.uid, r.file_name, r.status(store)) for r in back] == [(kept.uid, "a.pdf", "ok")]


def test_an_attachment_can_belong_to_an_obligation(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    with register.transaction() as session:
        obligation = add_obligation(session, contract_uid, {"title": "Acceptance",
                                                            "due_date": "2027-01-01",
                                                            "owner": "Kari"}, user="k")
        row = add_attachment(session, store, contract_uid,
                             _file(tmp_path, "protocol.docx", b"signed protocol"),
                             user="k", obligation_uid=obligation.uid)
    with register.transaction() as session:
        listed = list_attachments(session, contract_uid)
    assert [r.obligation_uid for r in listed] == [obligation.uid]
    assert row.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    with pytest.raises(NotFoundError), register.transaction() as session:
        add_attachment(session, store, contract_uid, tmp_path / "protocol.docx", user="k",
                       obligation_uid="not-an-obligation")


def test_attachment_rows_as_json(register: Register, contract_uid: str, tmp_path: Path) -> None:
    store = store_for(register)
    with register.transaction() as session:
        row = add_attachment(session, store, contract_uid,
                             _file(tmp_path, "x.txt", b"12345"), user="k", note="copy")
    data = row.to_json()
    assert data["size"] == 5 and data["file_name"] == "x.txt" and data["note"] == "copy"
    assert data["media_type"] == "text/plain" and data["created_by"] == "k"
    assert data["sha256"] == hashlib.sha256(b"12345").hexdigest()
    assert data["created_at"] == row.created_at.isoformat()
    assert set(data) == {f.name for f in dataclasses.fields(row)}
