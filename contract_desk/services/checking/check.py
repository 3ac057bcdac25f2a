"""The full check of a register: pages, references, attachment files, the reminder index.

Read only. The SQLite file is checked first, opened read-only, so a damaged
file still gets its answer; the later checks then run where they can and say
so where they cannot. The reminder dry run writes only inside a transaction
that is rolled back, and is not tried on a damaged file.

:func:`check_register` checks a register already open (the window);
:func:`check_register_at` opens one only if that writes nothing (the CLI).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import N_, _
from contract_desk.services.checking.files import (
    ATTACHMENTS,
    INTEGRITY,
    check_attachments,
    server_notes,
    sqlite_checks,
)
from contract_desk.services.checking.key_dates import KEY_DATES, check_key_dates
from contract_desk.services.checking.obligation_summaries import (
    SUMMARIES,
    check_obligation_summaries,
)
from contract_desk.services.checking.reminder_index import DRY_RUN, INDEX, check_index, dry_run
from contract_desk.services.checking.report import CheckReport, CheckResult
from contract_desk.services.register.attachment_store import store_for
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage.locations import resolve_database_url
from contract_desk.storage.migrations_api import check_is_register, head_revision
from contract_desk.storage.register import check_register_file, sqlite_file

LATER = (ATTACHMENTS, INDEX, KEY_DATES, SUMMARIES, DRY_RUN)
UNREADABLE = (N_("SQLite cannot read the whole file (see integrity); restore a backup (File → "
                "Restore from backup…, or contract-desk restore)"))


def check_register(register: Register, *, today: date) -> CheckReport:
    """Every check of an open register, as of ``today``."""
    if register.path is None:
        results = server_notes()
    else:
        results, readable = sqlite_checks(register.path)
        if not readable:
            return CheckReport(register.location, (*results, *_not_run(_(UNREADABLE))))
    return CheckReport(register.location, (*results, *_register_checks(
        register, today, damaged=not _intact(results))))


def check_register_at(target: str | Path | URL | None, *, today: date) -> CheckReport:
    """Check the register at ``target`` (see resolve_database_url), changing nothing.

    StorageError when there is no register there at all.
    """
    url = target if isinstance(target, URL) else resolve_database_url(target)
    path = sqlite_file(url)
    if path is None:
        where = url.render_as_string(hide_password=True)
        results = server_notes()
    else:
        if not path.is_file():
            raise StorageError(_("there is no register at {path}").format(path=path))
        where = str(path)
        results, readable = sqlite_checks(path)
        if not readable:
            return CheckReport(where, (*results, *_not_run(_(UNREADABLE))))
    refusal = _why_not_open(url, path, where)
    if refusal is not None:
        return CheckReport(where, (*results, *_not_run(refusal)))
    try:
        register = open_register(url, create=False)
    except (StorageError, SQLAlchemyError, OSError) as error:
        return CheckReport(where, (*results, *_not_run(_("the register cannot be opened: "
                                                         "{error}").format(error=error))))
    try:
        return CheckReport(where, (*results, *_register_checks(
            register, today, damaged=not _intact(results))))
    finally:
        register.close()


def _why_not_open(url: URL, path: Path | None, where: str) -> str | None:
    """Why opening the register would refuse or write (an upgrade), else None."""
    try:
        if path is not None:
            check_register_file(path)
        engine = create_engine(url)
        try:
            revision = check_is_register(engine, where)
        finally:
            engine.dispose()
    except (StorageError, SQLAlchemyError) as error:
        return str(getattr(error, "orig", None) or error)
    if revision is None:
        return _("{where} holds no register yet").format(where=where)
    if revision != head_revision():
        return (_("the register's schema is older than this version's ({revision}); open it "
                  "once (any command or the window upgrades it, after a backup), then check "
                  "again").format(revision=revision))
    return None


def _intact(results: list[CheckResult]) -> bool:
    return all(not result.findings for result in results if result.area == INTEGRITY)


def _not_run(why: str) -> list[CheckResult]:
    return [CheckResult.not_run(area, why) for area in LATER]


def _register_checks(register: Register, today: date, *, damaged: bool) -> list[CheckResult]:
    store = store_for(register)
    results = [_guarded(ATTACHMENTS, lambda: _reading(register, lambda s: check_attachments(
                   s, store))),
               _guarded(INDEX, lambda: _reading(register, check_index)),
               _guarded(KEY_DATES, lambda: _reading(register, lambda s: check_key_dates(
                   s, today))),
               _guarded(SUMMARIES, lambda: _reading(register, lambda s: (
                   check_obligation_summaries(s, today))))]
    if damaged:
        results.append(CheckResult.not_run(DRY_RUN, _("not tried on a damaged register")))
    else:
        results.append(_guarded(DRY_RUN, lambda: dry_run(register, today)))
    return results


def _reading(register: Register, check: Callable[..., CheckResult]) -> CheckResult:
    with register.reading() as session:
        return check(session)


def _guarded(area: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        return CheckResult.not_run(area, _("the database refused: {reason}").format(reason=reason))
    except (StorageError, DomainError, OSError) as error:
        return CheckResult.not_run(area, str(error))
