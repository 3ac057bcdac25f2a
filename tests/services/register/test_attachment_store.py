"""The content-addressed attachment store: put, dedupe, status, streaming, clean failures."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from contract_desk.domain.errors import DomainError
from contract_desk.services.register import attachment_store
from contract_desk.services.register.attachment_store import (
    AttachmentError,
    AttachmentStore,
    StoredFile,
)


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "store")


def _files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _source(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_put_stores_the_file_under_its_hash(store: AttachmentStore, tmp_path: Path) -> None:
    content = b"%PDF-1.7 signed lease" * 100
    stored = store.put(_source(tmp_path, "lease.pdf", content))
    expected = hashlib.sha256(content).hexdigest()
    assert stored == StoredFile(expected, len(content))
    assert store.path_for(expected) == store.root / expected[:2] / expected
    assert store.path_for(expected).read_bytes() == content
    assert _files_under(store.root) == [store.path_for(expected)]


def test_the_same_content_is_stored_once_and_not_rewritten(
    store: AttachmentStore, tmp_path: Path
) -> None:
    first = store.put(_source(tmp_path, "a.pdf", b"same bytes"))
    path = store.path_for(first.sha256)
    os.utime(path, (1_000_000, 1_000_000))
    second = store.put(_source(tmp_path, "b.pdf", b"same bytes"))
    assert second == first
    assert path.stat().st_mtime == 1_000_000  # untouched, not replaced
    assert _files_under(store.root) == [path]


def test_different_content_gets_a_different_file(store: AttachmentStore, tmp_path: Path) -> None:
    one = store.put(_source(tmp_path, "one.txt", b"one"))
    two = store.put(_source(tmp_path, "two.txt", b"two"))
    assert one.sha256 != two.sha256
    assert len(_files_under(store.root)) == 2


def test_a_damaged_stored_copy_is_replaced_by_the_next_put(
    store: AttachmentStore, tmp_path: Path
) -> None:
    source = _source(tmp_path, "deed.pdf", b"the deed")
    stored = store.put(source)
    store.path_for(stored.sha256).write_bytes(b"the deeD")
    assert store.put(source) == stored
    assert store.status(stored.sha256, stored.size) == "ok"


def test_status_ok_missing_and_changed(store: AttachmentStore, tmp_path: Path) -> None:
    stored = store.put(_source(tmp_path, "x.pdf", b"0123456789"))
    path = store.path_for(stored.sha256)
    assert store.status(stored.sha256, stored.size) == "ok"
    assert store.verify(stored.sha256)
    assert store.status(stored.sha256, stored.size + 1) == "changed"
    path.write_bytes(b"0123456780")  # same size, other content
    assert store.status(stored.sha256, stored.size) == "changed"
    assert not store.verify(stored.sha256)
    path.write_bytes(b"012345678")
    assert store.status(stored.sha256, stored.size) == "changed"
    path.unlink()
    assert store.status(stored.sha256, stored.size) == "missing"
    assert not store.verify(stored.sha256)


def test_remove_deletes_and_tolerates_a_second_call(
    store: AttachmentStore, tmp_path: Path
) -> None:
    stored = store.put(_source(tmp_path, "x.pdf", b"bye"))
    store.remove(stored.sha256)
    assert not store.path_for(stored.sha256).exists()
    store.remove(stored.sha256)
    assert store.status(stored.sha256, stored.size) == "missing"


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ab", "A" * 64, "g" * 64, "a" * 65])
def test_path_for_refuses_what_is_not_a_sha256(store: AttachmentStore, bad: str) -> None:
    with pytest.raises(AttachmentError, match="is not a SHA-256"):
        store.path_for(bad)


def test_a_missing_source_is_a_clear_error_and_leaves_nothing(
    store: AttachmentStore, tmp_path: Path
) -> None:
    missing = tmp_path / "not-there.pdf"
    with pytest.raises(AttachmentError, match=r"not-there\.pdf: the file is missing"):
        store.put(missing)
    assert _files_under(store.root) == []


def test_a_folder_is_not_attached(store: AttachmentStore, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    with pytest.raises(AttachmentError, match="scans: it is a folder, not a file") as caught:
        store.put(folder)
    assert isinstance(caught.value, DomainError)
    assert _files_under(store.root) == []


def test_an_unreadable_source_is_a_clear_error_and_leaves_no_temp_file(
    store: AttachmentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path, "locked.pdf", b"secret")
    real_open = Path.open

    def refuse(path: Path, *args: object, **kwargs: object) -> object:
        if path == source:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    # Running as root here, so chmod 000 would not stop the read.
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(AttachmentError, match=r"locked\.pdf: Permission denied"):
        store.put(source)
    assert _files_under(store.root) == []


def test_a_copy_that_does_not_verify_is_refused_and_leaves_nothing(
    store: AttachmentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulates a disk that returns other bytes than were written.
    monkeypatch.setattr(attachment_store, "file_digest", lambda path: StoredFile("0" * 64, 1))
    with pytest.raises(AttachmentError, match="did not verify"):
        store.put(_source(tmp_path, "x.pdf", b"payload"))
    assert _files_under(store.root) == []


def test_a_big_file_is_streamed_not_read_whole(store: AttachmentStore, tmp_path: Path) -> None:
    size = 24 * 1024 * 1024 + 17  # not a whole number of chunks
    source = tmp_path / "scan.tif"
    hasher = hashlib.sha256()
    with source.open("wb") as out:
        for number in range(size // 65536 + 1):
            block = number.to_bytes(4, "big") * 16384
            block = block[: size - number * 65536]
            hasher.update(block)
            out.write(block)
    tracemalloc.start()
    try:
        stored = store.put(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert stored == StoredFile(hasher.hexdigest(), size)
    assert store.status(stored.sha256, size) == "ok"
    assert peak < size // 4


@pytest.mark.parametrize(
    "name",
    ["kontrakt signert æøå.pdf", "계약서 2025.pdf", "合同（最终版）.docx", "Ünïcödé – €.xlsx"],
)
def test_non_ascii_file_names(store: AttachmentStore, tmp_path: Path, name: str) -> None:
    content = name.encode() * 10
    stored = store.put(_source(tmp_path, name, content))
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert store.path_for(stored.sha256).read_bytes() == content
