"""Damaged copies of a real register, for the tests of storage, the CLI and the window.

Importable from every test folder: tests/ is on sys.path through its conftest.py.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from contract_desk.services.demo.generate import generate_demo
from contract_desk.storage import open_register
from contract_desk.storage.integrity import quick_check

#: Enough contracts that the register's tables span many pages, so damage lands in data.
CONTRACTS = 300
PAGE = 4096


def make_register(path: Path, count: int = CONTRACTS) -> Path:
    """A register of ``count`` demo contracts, checkpointed into one file."""
    register = open_register(path)
    try:
        with register.transaction() as session:
            generate_demo(session, count=count, seed=1, today=date(2026, 11, 23))
    finally:
        register.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path


def digest(path: Path) -> str:
    """The file's SHA-256: the same before and after means not a byte changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_register(source: Path, target: Path) -> Path:
    """A copy of the register's main file (made by make_register: no -wal to carry)."""
    shutil.copyfile(source, target)
    return target


def overwrite_random_pages(path: Path, seed: int, pages: int = 2) -> list[int]:
    """Overwrite ``pages`` whole pages after page 2 with seeded random bytes; their numbers."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    chosen = rng.sample(range(2, len(data) // PAGE), pages)
    for page in chosen:
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
    assert quick_check(path), f"seed {seed}: the damage must be found"
    return chosen


def truncate_half(path: Path) -> None:
    """Cut the file to half its length, as a full disk or a killed copy leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def future_register(path: Path) -> None:
    """Stamp the register with a schema revision no release of today knows."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def overwrite_leaf_of(path: Path, btree: str, seed: int = 1) -> int:
    """Overwrite one leaf page of the table or index ``btree``; its number.

    Damage in a b-tree nobody reads for a listing (an index of the history) lets a
    test show that what is readable is still read, whatever the contracts' layout.
    """
    connection = sqlite3.connect(path)
    try:
        pages = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (btree,))]
    finally:
        connection.close()
    page = random.Random(seed).choice(pages)
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE:page * PAGE] = random.Random(seed).randbytes(PAGE)
    path.write_bytes(bytes(data))
    assert quick_check(path), f"page {page} of {btree}: the damage must be found"
    return page
