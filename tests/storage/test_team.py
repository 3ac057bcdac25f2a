"""A team register on the real PostgreSQL: roles the database enforces, users, no password shown.

Needs a test login with CREATEDB and CREATEROLE (``.ci/run`` makes it). The
tests work in a database of their own (the test database's name + ``_team``)
and remove the logins they made.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import create_engine, text
from team_helpers import PASSWORDS, PEOPLE, as_person, cli

from contract_desk.services import create_contract
from contract_desk.services.importing.batches import remember_mapping
from contract_desk.services.reminders.settings import reminder_settings, save_reminder_settings
from contract_desk.storage import open_register
from contract_desk.storage.environment import RegisterUnavailable
from contract_desk.storage.team import TeamError, role_of, scram_verifier, users

pytestmark = pytest.mark.postgres

TODAY = date(2026, 3, 2)


def test_a_viewer_cannot_write_even_with_the_driver(team: str) -> None:
    with psycopg.connect(as_person(team, "cdt_kari").replace("+psycopg", "")) as connection:
        assert connection.execute("SELECT count(*) FROM contract").fetchone() == (0,)
        for statement in (("INSERT INTO party (uid, name, contacts, version_id, created_at, "
                          "updated_at) VALUES ('x', 'y', '[]', 1, now(), now())"),
                          "DELETE FROM audit_event",
                          ("INSERT INTO register_setting (key, value) VALUES ('import.mapping.x', "
                          "'{}')")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
            connection.rollback()


def test_an_editor_changes_contracts_but_not_settings_or_the_audit_trail(team: str) -> None:
    register = open_register(as_person(team, "cdt_lee"))
    try:
        with register.transaction() as session:
            create_contract(session, {"reference": "T-1", "title": "Renhold",
                                      "counterparty": "Bergen kommune"}, user="cdt_lee",
                            today=TODAY)
            remember_mapping(session, "fingerprint", {"Avtalenr": "reference"})
        # Refused by the database (the cause), said in one sentence (the error).
        refused = "cdt_lee may not make this change"
        with pytest.raises(RegisterUnavailable, match=refused) as rls, \
                register.transaction() as session:
            save_reminder_settings(session, user="cdt_lee", contract_offsets=[30])
        assert "row-level security" in str(rls.value.__cause__)
        with pytest.raises(RegisterUnavailable, match=refused) as grant, \
                register.transaction() as session:
            session.execute(text("DELETE FROM audit_event"))
        assert "permission denied" in str(grant.value.__cause__)
        with register.reading() as session:
            assert reminder_settings(session).contract_offsets != (30,)
            assert session.execute(text("SELECT count(*) FROM contract")).scalar() == 1
    finally:
        register.close()


def test_an_admin_changes_settings_and_adds_users(team: str, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    as_wang = as_person(team, "cdt_wang")
    register = open_register(as_wang)
    try:
        with register.transaction() as session:
            save_reminder_settings(session, user="cdt_wang", contract_offsets=[30])
        with register.reading() as session:
            assert reminder_settings(session).contract_offsets == (30,)
            assert role_of(session.connection()) == "admin"
    finally:
        register.close()
    code, out, _ = cli(capsys, monkeypatch, "team", "add-user", "cdt_new", "--role", "editor",
                       "--password-stdin", "--db", as_wang, stdin="Nytt-passord-1\n")
    assert code == 0 and "cdt_new added as editor" in out
    code, out, _ = cli(capsys, monkeypatch, "team", "users", "--db", as_wang)
    assert out.splitlines() == ["cdt_kari\tviewer", "cdt_lee\teditor", "cdt_new\teditor",
                                "cdt_wang\tadmin"]
    code, out, _ = cli(capsys, monkeypatch, "team", "add-user", "cdt_new", "--role", "viewer",
                       "--password-stdin", "--db", as_wang)
    assert code == 0 and "cdt_new is now viewer" in out
    code, out, _ = cli(capsys, monkeypatch, "team", "remove-user", "cdt_new", "--db", as_wang)
    assert code == 0 and out.strip() == "cdt_new was removed"


def test_an_editor_cannot_add_users_and_nobody_removes_themselves(
        team: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = cli(capsys, monkeypatch, "team", "add-user", "cdt_new", "--role", "admin",
                       "--password-stdin", "--db", as_person(team, "cdt_lee"),
                       stdin="x-Passord-1\n")
    assert code == 1 and "your login cdt_lee may not make this change" in err
    assert err.count("\n") == 1
    code, _, err = cli(capsys, monkeypatch, "team", "remove-user", "cdt_wang", "--db",
                       as_person(team, "cdt_wang"))
    assert code == 1 and "you cannot remove yourself" in err


def test_bad_names_and_roles_get_one_sentence(team: str, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = cli(capsys, monkeypatch, "team", "add-user", 'kari"; DROP TABLE contract',
                       "--role", "viewer", "--password-stdin", "--db", team, stdin="p\n")
    assert code == 1 and "cannot be a user name" in err
    code, _, err = cli(capsys, monkeypatch, "team", "add-user", "cdt_other", "--role", "editor",
                       "--db", team)  # new, and no password given
    assert code == 1 and "needs a password" in err
    code, _, err = cli(capsys, monkeypatch, "team", "add-user", "contract_desk_admin",
                       "--role", "editor", "--password-stdin", "--db", team, stdin="p\n")
    assert code == 1 and "one of the team roles" in err
    engine = create_engine(team)
    try:
        with engine.connect() as connection:
            assert [u.name for u in users(connection)] == sorted(PEOPLE)
    finally:
        engine.dispose()


def test_a_sqlite_register_is_no_team_register(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = cli(capsys, monkeypatch, "team", "init", "--db", "register.sqlite3")
    assert code == 1 and "postgresql+psycopg://" in err


def test_the_password_goes_to_the_server_only_as_a_salted_verifier() -> None:
    first, second = scram_verifier("비밀번호-2026"), scram_verifier("비밀번호-2026")
    assert first.startswith("SCRAM-SHA-256$4096:") and first != second  # a new salt each time
    assert "비밀번호" not in first
    with pytest.raises(TeamError, match="NUL"):
        scram_verifier("a\x00b")


def test_the_register_knows_the_logins_role_and_a_refusal_is_one_sentence(team: str) -> None:
    roles = {}
    for name in PEOPLE:
        register = open_register(as_person(team, name))
        roles[name] = (register.team_role, register.read_only)
        if name == "cdt_kari":
            with pytest.raises(RegisterUnavailable) as refused, (
                    register.transaction()) as session:
                create_contract(session, {"reference": "V-1", "title": "Not mine"},
                                user="cdt_kari", today=TODAY)
        register.close()
    owner = open_register(team)
    assert (owner.team_role, owner.read_only) == (None, False)
    with owner.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM contract")) == 0  # nothing written
    owner.close()
    assert roles == {"cdt_kari": ("viewer", True), "cdt_lee": ("editor", False),
                     "cdt_wang": ("admin", False)}
    said = str(refused.value)
    assert refused.value.kind == "denied"
    assert said.startswith("your login cdt_kari may not make this change in the team register ")
    assert "Nothing was changed. Ask the register's admin for the role you need." in said
    assert "\n" not in said and PASSWORDS["cdt_kari"] not in said


def test_a_viewer_is_notified_of_their_alerts_and_records_only_their_own(team: str) -> None:
    from contract_desk.models import AlertNotice
    from contract_desk.services import add_obligation
    from contract_desk.services.reminders.people import Me
    from contract_desk.services.reminders.run import check_for, told

    lee = open_register(as_person(team, "cdt_lee"))
    with lee.transaction() as session:
        contract = create_contract(session, {"reference": "V-2", "title": "Vakthold"},
                                   user="cdt_lee", today=TODAY)
        add_obligation(session, contract.uid, {"kind": "payment", "title": "Vakt",
                                               "owner": "Kari", "due_date": "2026-03-04"},
                       user="cdt_lee")
    raised = check_for(lee, Me("cdt_lee"), today=TODAY)  # an editor's check stores alerts
    assert raised.run is not None and len(raised.run.fired) == 1
    lee.close()
    kari = open_register(as_person(team, "cdt_kari"))
    try:
        me = Me("cdt_kari", frozenset({"kari"}))
        checked = check_for(kari, me, today=TODAY, store=False)  # a viewer stores no check
        assert [row.obligation_title for row in checked.due] == ["Vakt"]
        told(kari, me, [row.id for row in checked.due])  # allowed: their own notice
        assert check_for(kari, me, today=TODAY, store=False).due == ()
        with pytest.raises(RegisterUnavailable, match="cdt_kari may not make this change"), (
                kari.transaction()) as session:  # nobody else's notice
            session.add(AlertNotice(alert_id=checked.due[0].id, person="cdt_lee"))
    finally:
        kari.close()


def test_an_approver_votes_only_in_their_own_name(team: str) -> None:
    from contract_desk.domain.approvals import ApprovalRule, Subject
    from contract_desk.services.approvals import request_approval, save_rules, vote

    owner = open_register(team)
    try:
        with owner.transaction() as session:
            save_rules(session, [ApprovalRule(Subject.NOTICE, ("cdt_wang", "cdt_lee"))],
                       user="owner")
            uid = create_contract(session, {"reference": "T-9", "title": "Lease"},
                                  user="owner", today=TODAY).uid
            asked = request_approval(session, uid, "notice", user="owner")
            approval_id = session.execute(text("SELECT id FROM approval")).scalar_one()
    finally:
        owner.close()
    forged = ("INSERT INTO approval_vote (approval_id, approver, approve, voted_at, recorded_by) "
              f"VALUES ({approval_id}, 'cdt_wang', true, now(), 'cdt_lee')")
    with psycopg.connect(as_person(team, "cdt_lee").replace("+psycopg", "")) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(forged)
        connection.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # votes are never changed
            connection.execute("DELETE FROM approval_vote")
    editor = open_register(as_person(team, "cdt_lee"))
    try:
        with editor.transaction() as session:
            row = vote(session, asked.uid, True, person="cdt_lee", names=["cdt_wang"], team=True)
        assert row.state == "approved" and row.votes[0].approver == "cdt_lee"
    finally:
        editor.close()


def test_only_an_admin_changes_the_letter_templates_and_the_approval_rules(team: str) -> None:
    from contract_desk.domain.approvals import ApprovalRule, Subject
    from contract_desk.services.approvals import read_rules, save_rules
    from contract_desk.services.letters.templates import (
        default_template,
        put_register_template,
        register_template,
    )

    template = default_template("nb")
    editor = open_register(as_person(team, "cdt_lee"))
    try:
        for write in (lambda s: put_register_template(s, "nb", template, user="cdt_lee"),
                      lambda s: save_rules(s, [ApprovalRule(Subject.NOTICE, ("cdt_lee",))],
                                           user="cdt_lee")):
            with pytest.raises(RegisterUnavailable, match="cdt_lee may not make this change"), \
                    editor.transaction() as session:
                write(session)
    finally:
        editor.close()
    admin = open_register(as_person(team, "cdt_wang"))
    try:
        with admin.transaction() as session:
            put_register_template(session, "nb", template, user="cdt_wang")
            save_rules(session, [ApprovalRule(Subject.NOTICE, ("cdt_wang",))], user="cdt_wang")
        with admin.reading() as session:
            assert register_template(session, "nb") == template
            assert len(read_rules(session)) == 1
    finally:
        admin.close()


def test_migration_0011_gives_the_policy_team_init_gives() -> None:
    import importlib.util
    from pathlib import Path

    from contract_desk.storage import team as team_module

    path = (Path(team_module.__file__).parent / "migrations" / "versions"
            / "0011_letter_templates_are_administrators.py")
    spec = importlib.util.spec_from_file_location("migration_0011", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert team_module._admin_key_sql() == migration.AFTER


def test_an_existing_team_register_upgraded_to_0011_keeps_templates_for_admins(
        team: str) -> None:
    from contract_desk.storage.migrations_api import downgrade

    owner = open_register(team)
    try:
        downgrade(owner, "0010")  # as a team register set up before this version
    finally:
        owner.close()
    write = ("INSERT INTO register_setting (key, value) VALUES "
             "('letters.template.{0}', '{{}}')")
    as_editor = as_person(team, "cdt_lee").replace("+psycopg", "")
    with psycopg.connect(as_editor) as connection:  # before 0011 an editor could
        connection.execute(write.format("en"))
        connection.commit()
    open_register(team).close()  # the owner opens it: upgraded
    with psycopg.connect(as_editor) as connection, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        connection.execute(write.format("nb"))
