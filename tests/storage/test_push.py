"""Moving a register file to a team server: everything copied and compared, or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from contract_desk.cli import run
from contract_desk.models import Alert, Attachment, Contract, Obligation
from contract_desk.services import (
    add_attachment,
    add_obligation,
    create_contract,
    get_contract,
    history,
)
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register, open_register
from contract_desk.storage.push import TABLES, PushError, push_register
from contract_desk.storage.register import RegisterMoved

pytestmark = pytest.mark.postgres

TODAY = date(2026, 3, 2)


def _source(tmp_path: Path) -> tuple[Register, str]:
    """A filled register file: demo contracts, an attachment linked to an obligation, alerts."""
    register = open_register(tmp_path / "laptop.sqlite3")
    scan = tmp_path / "kvittering.pdf"
    scan.write_bytes(b"%PDF-1.7 receipt " * 500)
    with register.transaction() as session:
        generate_demo(session, count=120, seed=3, today=TODAY)
        lease = create_contract(session, {"reference": "L-1", "title": "Husleie",
                                          "end_date": date(2026, 12, 31)}, user="kari",
                                today=TODAY)
        fee = add_obligation(session, lease.uid, {"kind": "payment", "title": "Depositum",
                                                  "due_date": date(2026, 4, 1), "owner": "Kari"},
                             user="kari")
        receipt = add_attachment(session, store_for(register), lease.uid, scan, user="kari",
                                 obligation_uid=fee.uid)
        # The receipt is also the payment's evidence: a foreign key each way.
        attachment_id = session.scalar(select(Attachment.id).where(Attachment.uid == receipt.uid))
        session.execute(update(Obligation).where(Obligation.uid == fee.uid)
                        .values(evidence_attachment_id=attachment_id))
    run_reminder_check(register, today=TODAY)
    return register, lease.uid


def _counts(register: Register) -> dict[str, int]:
    with register.reading() as session:
        return {table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in TABLES}


def test_a_register_moves_whole_and_the_file_stays_read_only(pg_url: str,
                                                              tmp_path: Path) -> None:
    source, lease_uid = _source(tmp_path)
    target = open_register(pg_url)
    try:
        before = _counts(source)
        with source.reading() as session:
            lease_then = get_contract(session, "L-1", today=TODAY)
            trail_then = [(e.action, e.user, e.changes) for e in history(session, lease_uid)]
        result = push_register(source, target)
        assert result.files == 1 and result.file_bytes == 17 * 500
        assert result.rows == before and _counts(target) == before
        assert before["contract"] == 121 and before["alert"] > 0
        with target.reading() as session:
            assert get_contract(session, "L-1", today=TODAY) == lease_then
            assert [(e.action, e.user, e.changes) for e in history(session, lease_uid)] == (
                trail_then)
            linked = session.execute(select(Obligation.evidence_attachment_id, Attachment.id)
                                     .join(Attachment, Attachment.obligation_id == Obligation.id)
                                     .where(Obligation.title == "Depositum")).one()
            assert linked[0] is not None and linked[0] == linked[1]
        store = store_for(target)
        with target.reading() as session:
            sha = session.scalar(select(Attachment.sha256))
        assert sha and store.status(sha, 17 * 500) == "ok"
        with target.transaction() as session:  # the ids go on after the copied ones
            create_contract(session, {"title": "After the move"}, user="lee", today=TODAY)
        with pytest.raises(RegisterMoved, match="moved to the team register postgresql"), \
                source.transaction() as session:
            create_contract(session, {"title": "Too late"}, user="kari", today=TODAY)
        assert result.backup is not None and result.backup.is_file()
    finally:
        source.close()
        target.close()
    reopened = open_register(tmp_path / "laptop.sqlite3")
    try:
        assert reopened.moved_to is not None and "moved to the team register" in reopened.moved_to
        assert ":contract_desk@" not in reopened.moved_to  # the URL without its password
        with pytest.raises(RegisterMoved):
            reopened.transaction().__enter__()
    finally:
        reopened.close()


def test_nothing_is_copied_into_a_register_that_is_not_empty(pg_url: str,
                                                              tmp_path: Path) -> None:
    source, _ = _source(tmp_path)
    target = open_register(pg_url)
    try:
        with target.transaction() as session:
            create_contract(session, {"title": "Already here"}, user="lee", today=TODAY)
        with pytest.raises(PushError, match=r"not empty .*1 contract"):
            push_register(source, target)
        assert _counts(target)["contract"] == 1 and source.moved_to is None
    finally:
        source.close()
        target.close()


def test_a_missing_attachment_file_stops_the_move_before_anything_is_copied(
        pg_url: str, tmp_path: Path) -> None:
    source, _ = _source(tmp_path)
    target = open_register(pg_url)
    try:
        for path in source.attachments_dir.rglob("*"):
            if path.is_file():
                path.unlink()
        with pytest.raises(PushError, match=r"1 attachment file.* missing"):
            push_register(source, target)
        assert _counts(target)["contract"] == 0 and _counts(target)["alert"] == 0
        with source.transaction() as session:  # the file is still the register
            create_contract(session, {"title": "Still mine"}, user="kari", today=TODAY)
    finally:
        source.close()
        target.close()


def test_the_command_line_moves_a_register(pg_url: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source, _ = _source(tmp_path)
    source.close()
    assert run(["team", "push", "--from", str(tmp_path / "laptop.sqlite3"), "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "moved: " in out and "121 contract" in out and "1 attachment files" in out
    assert "contract_desk:contract_desk@" not in out
    target = open_register(pg_url)
    try:
        with target.reading() as session:
            assert session.scalar(select(func.count()).select_from(Alert)) > 0
            assert session.scalar(select(func.count()).select_from(Contract)) == 121
    finally:
        target.close()


@pytest.mark.slow
def test_the_20000_contract_demo_register_moves_with_counts_and_hashes_equal(
        pg_url: str, tmp_path: Path) -> None:
    """A register of the size teams move in with: 20,000 contracts, their obligations,
    history and reminders, and attachment files, copied whole and compared."""
    import hashlib

    from contract_desk.models import AttachmentBlob

    source = open_register(tmp_path / "big.sqlite3")
    files = []
    for number in range(5):
        path = tmp_path / f"vedlegg-{number}.pdf"
        path.write_bytes(f"%PDF-1.7 vedlegg {number} ".encode() * 2000)
        files.append(path)
    with source.transaction() as session:
        generate_demo(session, count=20_000, seed=5, today=TODAY)
        uids = list(session.scalars(select(Contract.uid).limit(len(files))))
        for uid, path in zip(uids, files, strict=True):
            add_attachment(session, store_for(source), uid, path, user="kari")
    run_reminder_check(source, today=TODAY)
    target = open_register(pg_url)
    try:
        before = _counts(source)
        result = push_register(source, target)
        assert before["contract"] == 20_000 and before["obligation"] > 20_000
        assert before["alert"] > 0 and before["audit_event"] >= 20_000
        assert result.rows == before and _counts(target) == before
        with target.reading() as session:
            stored = {sha: hashlib.sha256(content).hexdigest() for sha, content in
                      session.execute(select(AttachmentBlob.sha256, AttachmentBlob.content))}
        assert stored == {hashlib.sha256(p.read_bytes()).hexdigest():
                          hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
        assert result.files == 5
    finally:
        target.close()
        source.close()
