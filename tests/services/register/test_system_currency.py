"""The currency of the computer's region, offered for bare amounts, and always said."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from contract_desk.services.register.system_currency import (
    currency_of,
    system_currency,
    territory_of,
)


@pytest.mark.parametrize(("name", "territory"), [
    ("nb_NO.UTF-8", "NO"), ("ko_KR.UTF-8", "KR"), ("zh_CN.GB18030", "CN"), ("ko-KR", "KR"),
    ("zh_Hans_CN", "CN"), ("en_US@euro", "US"), ("de_DE", "DE"), ("es_419", "419"),
    ("C", None), ("POSIX", None), ("C.UTF-8", None), ("", None), ("english", None),
])
def test_the_region_of_a_locale_name(name: str, territory: str | None) -> None:
    assert territory_of(name) == territory


@pytest.mark.parametrize(("territory", "code"), [
    ("NO", "NOK"), ("KR", "KRW"), ("CN", "CNY"), ("US", "USD"), ("DE", "EUR"), ("BR", "BRL"),
    ("ZZ", None),
])
def test_the_currency_a_region_uses(territory: str, code: str | None) -> None:
    assert currency_of(territory, date(2026, 11, 23)) == code


def test_the_environment_decides_in_posix_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert system_currency() is None  # the suite runs in C.UTF-8
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert system_currency() == "NOK"
    monkeypatch.setenv("LC_MONETARY", "ko_KR.UTF-8")
    assert system_currency() == "KRW"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert system_currency() == "CNY"


def _cli(tmp_path: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    import os

    # The region decides the currency; the language is pinned to English (the sentences
    # are compared), as LANG alone would make the command line speak Korean.
    env = {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home"), "LANG": lang,
           "CONTRACT_DESK_LANGUAGE": "en"}
    return subprocess.run([sys.executable, "-m", "contract_desk", "--db",
                           str(tmp_path / "r.sqlite3"), "import", *args],
                          capture_output=True, text=True, timeout=300, env=env, check=False)


def test_the_cli_takes_bare_amounts_in_the_regions_currency_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text("Contract no;Title;Amount\nK-1;Cleaning;1 250 000\nK-2;Security;USD 90\n",
                    encoding="utf-8")
    shown = _cli(tmp_path, str(path), "--dry-run", lang="ko_KR.UTF-8")
    assert shown.returncode == 0, shown.stderr
    assert "1 amount names no currency: taken as KRW" in shown.stdout
    assert "KRW is the currency of this computer's region; --currency CODE" in shown.stdout
    report = json.loads(_cli(tmp_path, str(path), "--json", "--dry-run",
                             lang="ko_KR.UTF-8").stdout)
    assert report["default_currency"] == {"code": "KRW", "source": "system", "amounts": 1}
    chosen = json.loads(_cli(tmp_path, str(path), "--json", "--dry-run", "--currency", "nok",
                             lang="ko_KR.UTF-8").stdout)
    assert chosen["default_currency"] == {"code": "NOK", "source": "option", "amounts": 1}
    unknown = json.loads(_cli(tmp_path, str(path), "--json", "--dry-run", lang="C.UTF-8").stdout)
    assert unknown["default_currency"] == {"code": None, "source": "system", "amounts": 0}
    assert [group["count"] for group in unknown["summary"]] == [1]  # kept as text, said once
