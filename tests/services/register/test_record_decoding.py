"""The listing's one-pass decoding of a record with stored key dates is the general decoding.

``decode_record`` turns a record whose key dates are stored for its day into a
row in one pass (``_row_of_stored_dates``); every other record goes the general
way (``decode_stored`` + ``row_from_stored``). Both must give the same row, to
the type of every value, on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register import contract_columns
from contract_desk.services.register.contract_columns import contract_select
from contract_desk.services.register.contract_records import row_from_stored
from contract_desk.services.register.key_dates_store import refresh_key_dates
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register

DEMO_TODAY = date(2026, 5, 20)
TODAYS = (date(2026, 5, 20), date(2026, 12, 31), date(2028, 2, 29))


@pytest.fixture
def demo(register: Register) -> Iterator[Register]:
    with register.transaction() as session:
        generate_demo(session, count=150, seed=11, today=DEMO_TODAY)
        ids = list(session.scalars(contract_select().with_only_columns(Contract.id)))
        # What the demo leaves out: tags, custom fields, own reminder days, empty words,
        # other lifecycles.
        session.execute(update(Contract).where(Contract.id == ids[0]).values(
            tags=["ramme", "IT"], custom={"Kostnadssted": "4410", "n": 3},
            reminder_offsets=[60, 30, 7]))
        session.execute(update(Contract).where(Contract.id == ids[1]).values(
            created_by="", currency=None, value=None, tags=[], status="terminated"))
        session.execute(update(Contract).where(Contract.id == ids[2]).values(
            status="draft", custom={}, reminder_offsets=[], renewal="automatic"))
        session.execute(update(Contract).where(Contract.id == ids[3]).values(
            value=Decimal("1234.50"), currency="NOK", notice_given_on=date(2026, 3, 1)))
    yield register


def _general(record: Any, today: date) -> ContractRow:
    return row_from_stored(contract_columns.decode_stored(record), today,
                           contract_columns._known(record, today))


def _types(row: ContractRow) -> list[type]:
    return [type(getattr(row, name)) for name in ContractRow._fields]


def test_one_pass_rows_equal_the_general_rows_value_and_type(demo: Register) -> None:
    for today in TODAYS:
        with demo.transaction() as session:
            refresh_key_dates(session, today)
        with demo.transaction() as session:
            records = list(session.connection().execute(contract_select(today)))
        fast = [contract_columns._row_of_stored_dates(record, today) for record in records]
        assert sum(row is not None for row in fast) == len(records), today  # all stored
        for record, row in zip(records, fast, strict=True):
            general = _general(record, today)
            assert row == general, (today, record[0])
            assert _types(row) == _types(general), (today, record[0])
        assert {len(row.tags) for row in fast if row} > {0}, "no tags decoded: proves nothing"
        assert any(row and row.custom for row in fast)
        assert any(row and row.notice_deadline for row in fast)
        assert any(record[-1] for record in records), "no earliest end stored as moving"


def test_an_earliest_end_stored_as_moving_is_the_one_of_the_day_read(demo: Register) -> None:
    # Stored once on DEMO_TODAY; read on later days, in one pass and the general way,
    # it is the earliest end computed afresh for that day, and the rest is as stored.
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
    moving = 0
    for today in (date(2026, 5, 21), date(2027, 2, 28), date(2028, 2, 29), date(2040, 1, 1)):
        with demo.transaction() as session:
            records = list(session.connection().execute(contract_select(today)))
        held = [record for record in records if record[-1]]
        assert held, today
        for record in held:
            fast = contract_columns._row_of_stored_dates(record, today)
            fresh = contract_columns.decode_computed(record, today)
            assert fast == _general(record, today) == fresh, (today, record[0])
            assert fast is not None and fast.earliest_end is not None
            assert fast.earliest_end > today and fast.end_date is None
        moving += len(held)
    assert moving > 4 * 5


def test_a_record_without_dates_for_its_day_is_decoded_the_general_way(demo: Register) -> None:
    with demo.transaction() as session:
        refresh_key_dates(session, DEMO_TODAY)
        # A status word no version stores: never trusted, computed instead.
        first = session.scalar(contract_select().with_only_columns(Contract.id))
        session.execute(update(ContractKeyDates).where(ContractKeyDates.contract_id == first)
                        .values(status="forged"))
    later = date(2040, 1, 1)  # most stored dates do not hold this far ahead
    with demo.transaction() as session:
        on_day = list(session.connection().execute(contract_select(DEMO_TODAY)))
        ahead = list(session.connection().execute(contract_select(later)))
        plain = list(session.connection().execute(contract_select()))
    forged = next(record for record in on_day if record[0] == first)
    assert contract_columns._row_of_stored_dates(forged, DEMO_TODAY) is None
    assert contract_columns.decode_record(forged, DEMO_TODAY) == _general(forged, DEMO_TODAY)
    unknown = [record for record in ahead if record[contract_columns._KNOWN_AT] is None]
    assert len(unknown) > len(ahead) // 2, "the dates stored hold in 2040: proves nothing"
    assert all(contract_columns._row_of_stored_dates(record, later) is None
               for record in unknown)
    assert [contract_columns.decode_record(r, later) for r in ahead] == [
        contract_columns.decode_record(r, later) for r in plain]


def test_a_listing_shares_equal_titles_scopes_and_notes_and_changes_no_value(
        demo: Register) -> None:
    # The driver gives a new string per row; one listing keeps one string per distinct
    # title, scope and note (both decoding paths), with every row equal to one decoded
    # alone. Contracts with stored dates go the one-pass way, the others the general way.
    with demo.transaction() as session:
        ids = list(session.scalars(contract_select().with_only_columns(Contract.id)))
        session.execute(update(Contract).where(Contract.id.in_(ids[:40])).values(
            title="Rammeavtale 렌탈 服务", scope="Alle lokasjoner", notes="Sjekk indeks"))
        refresh_key_dates(session, DEMO_TODAY)
        session.execute(update(ContractKeyDates).where(ContractKeyDates.contract_id.in_(
            ids[:20])).values(status="forged"))  # these go the general way
    with demo.transaction() as session:
        records = list(session.connection().execute(contract_select(DEMO_TODAY)))
    texts = contract_columns.shared_texts()
    rows = [contract_columns.decode_record(record, DEMO_TODAY, texts) for record in records]
    alone = [contract_columns.decode_record(record, DEMO_TODAY) for record in records]
    assert rows == alone
    same = set(ids[:40])
    general = [contract_columns._row_of_stored_dates(record, DEMO_TODAY) is None
               for record in records if record[0] in same]
    assert sorted(general) == [False] * 20 + [True] * 20  # both paths are in the forty
    for name in ("title", "scope", "notes"):
        values = [getattr(row, name) for row in rows if row.id in same]
        assert all(value is values[0] for value in values), name  # both paths, one object
        unshared = [getattr(row, name) for row in alone if row.id in same]
        assert len({id(value) for value in unshared}) == 40, "the driver shares them already"
    assert len({id(row.title) for row in rows}) == len({row.title for row in rows})


def test_the_listing_decodes_with_one_dict_of_shared_texts(demo: Register) -> None:
    from contract_desk.services.listing.queries import list_contracts

    with demo.transaction() as session:
        ids = list(session.scalars(contract_select().with_only_columns(Contract.id)))
        session.execute(update(Contract).where(Contract.id.in_(ids[:30])).values(
            title="Lisensavtale 软件"))
        rows = [row for row in list_contracts(session, today=DEMO_TODAY)
                if row.id in set(ids[:30])]
    assert len(rows) == 30 and all(row.title == "Lisensavtale 软件" for row in rows)
    assert len({id(row.title) for row in rows}) == 1


def test_listed_tags_custom_fields_offsets_and_amounts_are_what_the_register_holds(
        register: Register) -> None:
    # The listing fetches these as text on every backend (CAST on PostgreSQL) and
    # decodes each distinct text once; the values must be the ORM's, to the type
    # and the digits: nested custom values, keys PostgreSQL's JSONB reorders, an
    # amount with six decimals, a long one, a round one, none.
    from contract_desk.services.listing.queries import list_contracts

    cases = [
        ({"tags": ["ramme", "IT", "软件"], "reminder_offsets": [60, 30, 7],
          "custom": {"Kostnadssted": "4410", "n": 3, "andel": 0.25, "ja": True,
                     "liste": [1, "to", None], "ℹ️ merknad": {"nøkkel": "verdi"}},
          "value": Decimal("1234.567891")}),
        ({"tags": [], "reminder_offsets": [], "custom": {},
          "value": Decimal("9999999999999999999999.99")}),
        ({"tags": ["ramme", "IT", "软件"], "reminder_offsets": None,
          "custom": {"b": 1, "aa": 2, "a": 3}, "value": Decimal("1300000")}),
        ({"tags": ["한국어"], "reminder_offsets": [0], "custom": {"x": "y"}, "value": None}),
    ]
    with register.transaction() as session:
        generate_demo(session, count=len(cases), seed=3, today=DEMO_TODAY)
        ids = sorted(session.scalars(contract_select().with_only_columns(Contract.id)))
        for contract_id, values in zip(ids, cases, strict=True):
            session.execute(update(Contract).where(Contract.id == contract_id).values(
                **values, currency="NOK"))
    with register.transaction() as session:
        stored = {contract.id: contract for contract in session.query(Contract)}
        listed = {row.id: row for row in list_contracts(session, today=DEMO_TODAY)}
        for contract_id in ids:
            row, orm = listed[contract_id], stored[contract_id]
            assert row.tags == tuple(orm.tags)
            assert dict(row.custom) == orm.custom
            assert list(row.custom) == list(orm.custom)  # the order the register gives
            assert row.reminder_offsets == (None if orm.reminder_offsets is None
                                            else tuple(orm.reminder_offsets))
            assert row.value == orm.value
            assert str(row.value) == str(orm.value)
            assert type(row.value) is type(orm.value)
    assert str(listed[ids[0]].value) == "1234.567891"
    assert str(listed[ids[1]].value) == "9999999999999999999999.99"
    assert str(listed[ids[2]].value) == "1300000.00"
    assert listed[ids[0]].custom["ℹ️ merknad"] == {"nøkkel": "verdi"}
