"""Attachment and backup sizes in the person's words and digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_desk import i18n
from contract_desk.i18n import formats
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.i18n.sizes import file_size_text


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")
    formats.formats_changed()


def _speak(language: str, region: str, monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.use_language(language)
    monkeypatch.setenv(FORMATS_ENV, region)
    formats.formats_changed()


@pytest.mark.parametrize(("language", "region", "expected"), [
    ("en", "en_US", ["1 byte", "340 bytes", "1,023 bytes", "1 KB", "1.5 KB", "12 KB",
                     "1 MB", "1.3 MB", "5 GB"]),
    ("nb", "nb_NO", ["1 byte", "340 byte", "1\u00a0023 byte", "1 kB", "1,5 kB", "12 kB",
                     "1 MB", "1,3 MB", "5 GB"]),
    ("ko", "ko_KR", ["1바이트", "340바이트", "1,023바이트", "1KB", "1.5KB", "12KB", "1MB",
                     "1.3MB", "5GB"]),
    ("zh_CN", "zh_Hans_CN", ["1 字节", "340 字节", "1,023 字节", "1 KB", "1.5 KB", "12 KB",
                             "1 MB", "1.3 MB", "5 GB"]),
])
def test_sizes_in_each_language(language: str, region: str, expected: list[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    _speak(language, region, monkeypatch)
    sizes = [1, 340, 1023, 1024, 1536, 12 * 1024, 1024 * 1024 - 1, int(1.25 * 2**20), 5 * 2**30]
    assert [file_size_text(size) for size in sizes] == expected


def test_a_size_just_under_a_step_is_not_written_as_1024_of_the_smaller_unit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _speak("en", "en_US", monkeypatch)
    assert file_size_text(2**30 - 1) == "1 GB"
