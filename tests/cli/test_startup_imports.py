"""A command imports what it uses: listing an up-to-date SQLite register loads no
Alembic, no Babel, no PostgreSQL dialect and no alert inbox (each costs start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from contract_desk.storage import open_register

NOT_LOADED = ("alembic", "babel.core", "sqlalchemy.dialects.postgresql",
              "contract_desk.services.reminders.inbox", "contract_desk.notify.messages",
              "openpyxl", "PySide6")

_LIST = """
import io, json, sys
from contextlib import redirect_stdout
from contract_desk.cli import run
with redirect_stdout(io.StringIO()) as printed:
    code = run(["--db", sys.argv[1], "list", "--json"])
print(json.dumps({"code": code, "rows": len(json.loads(printed.getvalue())),
                  "loaded": sorted(sys.modules)}))
"""


def test_list_json_loads_only_what_it_uses(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    open_register(path).close()  # made and migrated here, so the command only reads
    env = {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", _LIST, str(path)], capture_output=True,
                          text=True, check=False, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["code"], result["rows"]) == (0, 0)
    loaded = set(result["loaded"])
    assert "sqlalchemy" in loaded  # it did read the register
    assert [name for name in NOT_LOADED if name in loaded] == []
