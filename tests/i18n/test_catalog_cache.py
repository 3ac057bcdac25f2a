"""The core's catalogs are compiled once and read from the cache after that."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk import i18n


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    i18n.use_language("en")


def _compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = i18n.compile_po

    def counting(data: bytes, language: str) -> bytes:
        calls.append(language)
        return real(data, language)

    monkeypatch.setattr(i18n, "compile_po", counting)
    return calls


def test_a_second_start_reads_the_compiled_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _compiled(monkeypatch)
    assert i18n.use_language("nb")
    assert i18n.use_language("nb")
    assert calls == ["nb"]
    assert [path.suffix for path in i18n.cache_folder().iterdir()] == [".mo"]
    assert i18n._("foreign keys") == "fremmednøkler"


def test_a_changed_catalog_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _compiled(monkeypatch)
    real_text = i18n.catalog_text
    i18n.use_language("nb")
    changed = real_text("nb").replace('msgstr "fremmednøkler"'.encode(),
                                      'msgstr "framandnøklar"'.encode())
    monkeypatch.setattr(i18n, "catalog_text", lambda language: changed)
    i18n.use_language("nb")
    assert calls == ["nb", "nb"]
    assert i18n._("foreign keys") == "framandnøklar"


def test_a_damaged_cache_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.use_language("ko")
    (cached,) = i18n.cache_folder().iterdir()
    cached.write_bytes(b"\x00not a catalog")
    calls = _compiled(monkeypatch)
    assert i18n.use_language("ko")
    assert calls == ["ko"]
    assert i18n._("foreign keys") == "외래 키"
    assert cached.read_bytes()[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")


def test_a_cache_that_cannot_be_written_still_gives_the_language(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CONTRACT_DESK_HOME", str(blocker))
    assert i18n.use_language("zh_CN")
    assert i18n._("foreign keys") != "foreign keys"
