"""A team register's attachments live in its database: every colleague opens the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.services import AttachmentError, add_attachment, create_contract
from contract_desk.services.register.attachment_store import (
    MAX_MB_SETTING,
    DatabaseStore,
    store_for,
)
from contract_desk.services.register.settings import put_setting
from contract_desk.storage import Register

pytestmark = pytest.mark.postgres


def test_a_colleague_opens_the_file_from_the_database(pg_register: Register,
                                                      tmp_path: Path) -> None:
    store = store_for(pg_register)
    assert isinstance(store, DatabaseStore)
    scan = tmp_path / "signert avtale 계약서.pdf"
    scan.write_bytes(b"%PDF-1.7 " + bytes(range(256)) * 400)
    with pg_register.transaction() as session:
        uid = create_contract(session, {"title": "Lease"}, user="kari").uid
        row = add_attachment(session, store, uid, scan, user="kari")
        again = add_attachment(session, store, uid, scan, user="kari")
    assert store.stored() == [row.sha256] and again.sha256 == row.sha256  # stored once
    assert not pg_register.attachments_dir.exists()  # nothing in a folder of this machine
    colleague = DatabaseStore(pg_register.engine, tmp_path / "lee's machine")
    opened = colleague.path_for(row.sha256)
    assert opened.read_bytes() == scan.read_bytes()
    assert opened.is_relative_to(tmp_path / "lee's machine")
    opened.write_bytes(b"edited locally")  # a stale local copy is fetched again
    assert colleague.path_for(row.sha256).read_bytes() == scan.read_bytes()
    assert colleague.status(row.sha256, row.size) == "ok"


def test_a_file_over_the_registers_limit_is_refused_with_its_size(pg_register: Register,
                                                                   tmp_path: Path) -> None:
    with pg_register.transaction() as session:
        put_setting(session, MAX_MB_SETTING, 1)
        uid = create_contract(session, {"title": "Lease"}, user="kari").uid
    big = tmp_path / "scan.tif"
    big.write_bytes(b"\0" * (3 * 1024 * 1024 // 2))
    store = store_for(pg_register)
    with pytest.raises(AttachmentError, match=r"scan\.tif: it is 1\.5 MB and this register takes "
                                              r"files up to 1 MB"), \
            pg_register.transaction() as session:
        add_attachment(session, store, uid, big, user="kari")
    assert isinstance(store, DatabaseStore) and store.stored() == []
