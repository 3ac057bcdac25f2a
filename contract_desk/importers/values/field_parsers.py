"""How each contract field is read from a cell, with what the whole column tells us.

A column is judged once (are its dates day-first? which currency do its amounts
carry?) and then every cell is parsed with that decision. A cell that cannot be
read raises ``ValueParseError``; the pipeline keeps its text in ``custom`` and
reports the cell, so nothing is lost and nothing is guessed silently.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from contract_desk.domain.currency import ISO_CURRENCIES
from contract_desk.domain.field_words import field_word
from contract_desk.domain.notice import MAX_POSTAL_DAYS
from contract_desk.domain.terms import MAX_BUFFER_DAYS, RenewalMode
from contract_desk.domain.validation import (
    DATE_FIELDS,
    MAX_RENEWALS,
    PERIOD_FIELDS,
    TEXT_FIELDS,
    amount_problem,
)
from contract_desk.i18n import _, clauses, enumerated
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values import parse_cell as values
from contract_desk.importers.values.column_currency import infer_symbol_currency, script_currency
from contract_desk.importers.values.header_scale import HeaderScale, header_scale
from contract_desk.importers.values.header_words import period_unit_hint
from contract_desk.importers.values.notice_phrases import notice_rest
from contract_desk.importers.values.notice_words import parse_holiday_country, parse_notice_to
from contract_desk.importers.values.option_counts import parse_options
from contract_desk.importers.values.term_text import length_only, parse_term_text
from contract_desk.importers.values.web_text import markup_in, plain_text
from contract_desk.importers.values.words import parse_renewal_answer, renews_by_itself

#: Key of the parsed dict that carries warnings about the cell rather than a field.
NOTES = "_notes"
#: Key of the parsed dict naming the amount field read from a spreadsheet number:
#: rounded to its currency's minor unit once the row's currency is known.
SHOWN_AS_MONEY = "_shown_as_money"
#: Import-only fields that describe one obligation of the row's contract (a payment
#: or milestone of a schedule laid out one row per contract or per instalment).
OBLIGATION_FIELDS = frozenset({"obligation_due_date", "obligation_amount",
                               "obligation_currency", "obligation_title"})
#: The largest whole number each whole-number field takes.
WHOLE_NUMBER_LIMITS = {"max_renewals": MAX_RENEWALS, "notice_buffer_days": MAX_BUFFER_DAYS,
                       "postal_days": MAX_POSTAL_DAYS}
#: Distinct cells a column remembers the parse of (a column of unique amounts stops there).
MEMO_LIMIT = 50_000
#: Past this many remembered parses a column remembers more only while they were
#: used again at least as often as they are many: a column whose cells all differ
#: (references, titles, amounts) keeps this many, not ``MEMO_LIMIT`` (some 12 MB a column).
MEMO_TRIAL = 1024
#: Parses one cell into {field: value, ...} (a money cell may give value and currency).
CellParser = Callable[[CellValue], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """How one mapped column is read, and what the column's evidence said."""

    field: str
    parse: CellParser
    note: str | None = None
    #: Fields the column's cells also tell, but less surely than a column of their
    #: own would (a duration "May 2013 - May 2018" gives start and end dates).
    secondary: frozenset[str] = frozenset()
    #: (type, value) -> (text, parsed or the error): a register repeats its statuses,
    #: departments, dates and periods thousands of times; each is parsed once.
    memo: dict[tuple[type, Any], tuple[str, dict[str, Any] | ValueParseError]] = dataclasses.field(
        default_factory=dict, repr=False, compare=False)
    #: How many cells were read from ``memo`` (one number, in a list: the plan is frozen).
    memo_hits: list[int] = dataclasses.field(default_factory=lambda: [0], repr=False,
                                             compare=False)

    def read(self, value: CellValue) -> tuple[str, dict[str, Any] | ValueParseError]:
        """(the cell's text, its parsed fields or the ValueParseError it raised).

        The parsed dict is shared between equal cells: read it, do not change it.
        """
        key = (value.__class__, value)  # 1, 1.0 and True are equal but read differently
        known = self.memo.get(key)
        if known is not None:
            self.memo_hits[0] += 1
            return known
        text = text_of(value)
        result: dict[str, Any] | ValueParseError
        try:
            result = self.parse(value) if text else {}
        except ValueParseError as error:
            result = error.with_traceback(None)
        kept = len(self.memo)
        if kept < MEMO_LIMIT and (kept < MEMO_TRIAL or self.memo_hits[0] >= kept):
            self.memo[key] = (text, result)
        return text, result


#: Excel writes control characters in text as _xHHHH_ (a carriage return is _x000D_).
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def text_of(value: CellValue) -> str:
    """A cell as the text a person would see (dates ISO, floats without binary noise)."""
    if value is None:
        return ""
    if isinstance(value, str) and "_x" in value:
        value = _EXCEL_ESCAPE.sub(lambda m: "" if m[1].upper() == "000D" else chr(int(m[1], 16)),
                                  value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != datetime.min.time() else (
            value.date().isoformat())
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value).removesuffix(".0") if value.is_integer() else repr(value)
    return str(value).strip()


def _text(field: str) -> CellParser:
    def parse(value: CellValue) -> dict[str, Any]:
        text = text_of(value)
        if not text:
            return {}
        if ("<" in text or "&" in text) and (shown := plain_text(text)) is not None:
            # A web system's export: "Lot 1<br/>Lot 2", "AT&amp;T" (see web_text).
            if not shown:
                return {}
            markup = markup_in(text)[:3] or ["&…;"]
            return {field: shown, NOTES: [_(
                "the cell holds web page markup ({markup}): stored as the text it "
                "shows").format(markup=enumerated(markup))]}
        return {field: text}
    return parse


def _date_column(field: str, samples: Sequence[CellValue]) -> ColumnPlan:
    decision = values.infer_date_order(samples)

    def parse(value: CellValue) -> dict[str, Any]:
        return {field: values.parse_date(value, decision.order)}

    note = None
    if decision.ambiguous:
        note = _("dates in this column could be day-first or month-first; ambiguous cells are "
                 "kept")
    elif decision.order is not None:
        note = decision.evidence
    return ColumnPlan(field, parse, note)


def _money_column(samples: Sequence[CellValue], currency_hint: str | None,
                  amount_field: str = "value", currency_field: str = "currency",
                  header: str = "", sheet_headers: Sequence[str] = ()) -> ColumnPlan:
    mark = values.infer_decimal_mark(samples)
    symbols = infer_symbol_currency(samples) if currency_hint is None else None
    if symbols is not None and symbols.code is None:
        symbols = script_currency(samples, sheet_headers)
    # "合同金额（万元）", "Value ($000)": every amount of the column counts that unit.
    scale = header_scale(header)
    factor = scale.factor if scale is not None else 1

    def parse(value: CellValue) -> dict[str, Any]:
        money = values.parse_money(value, currency_hint=currency_hint, decimal_mark=mark.mark,
                                   symbol_hint=symbols.code if symbols else None)
        amount = money.amount if factor == 1 else money.amount * factor
        parsed: dict[str, Any] = {amount_field: amount}
        if money.currency:
            parsed[currency_field] = money.currency
        if money.from_number and not money.currency:
            parsed[SHOWN_AS_MONEY] = amount_field  # its currency's minor unit decides later
        else:
            _storable_amount(amount, value)
        if money.notes:
            parsed[NOTES] = list(money.notes)
        return parsed

    notes = [mark.evidence if mark.mark is not None else None,
             symbols.evidence if symbols and symbols.code else None,
             _scale_note(scale) if scale is not None and factor != 1 else None]
    return ColumnPlan(amount_field, parse, clauses(n for n in notes if n) or None)


def _scale_note(scale: HeaderScale) -> str:
    number = current_formats().number
    sample = Decimal("12.5")
    stored = sample * scale.factor
    return _("the header counts amounts in {unit}: each is multiplied by {factor} "
             "({sample} is stored as {example})").format(
                 unit=repr(scale.words), factor=number(scale.factor), sample=number(sample),
                 example=number(int(stored) if stored == int(stored) else stored))


def _storable_amount(amount: Decimal, value: CellValue) -> None:
    problem = amount_problem(amount)
    if problem:
        # Translators: {problem} is "has 7 decimals; …" or "is too large for an amount".
        raise ValueParseError(_("{value} {problem}").format(value=repr(text_of(value)),
                                                            problem=problem))


def _currency(value: CellValue) -> dict[str, Any]:
    code = text_of(value).upper()
    if not code:
        return {}
    if code not in ISO_CURRENCIES:
        try:  # a symbol or a currency's name: "kr", "€"
            currency = values.parse_money(f"1 {text_of(value)}").currency
        except ValueParseError:  # not "'1 ZZZ' is not an amount": the person wrote "ZZZ"
            currency = None
        if currency is None:
            raise ValueParseError(_("{value} is not a currency code like EUR or NOK").format(
                value=repr(text_of(value))))
        code = currency
    return {"currency": code}


def _period(field: str, header: str) -> CellParser:
    unit = period_unit_hint(header)  # "Varighet (mnd)": a bare 36 means 36 months

    def read(value: CellValue) -> dict[str, Any]:
        try:
            return {field: str(values.parse_period(value, unit_hint=unit))}
        except ValueParseError:
            length = length_only(value, unit)  # "three months", "tre måneder"
        if length is None:
            raise ValueParseError(_("{value} is not a period like '3 months'").format(
                value=repr(text_of(value))))
        return {field: str(length)}

    if field != "notice_period":
        return read

    def parse(value: CellValue) -> dict[str, Any]:
        try:
            return read(value)
        except ValueParseError:
            rest = notice_rest(value)  # "3 months before expiry", "계약만료 3개월 전"
            if not rest:
                raise
            try:
                return read(rest)
            except ValueParseError:
                pass
            raise
    return parse


#: What a term cell may say besides the initial term; a column of its own says it better.
TERM_EXTRAS = frozenset({"renewal", "renewal_term", "max_renewals", "start_date", "end_date"})


def _term(header: str) -> ColumnPlan:
    unit = period_unit_hint(header)  # "Varighet (mnd)": a bare 36 means 36 months

    def parse(value: CellValue) -> dict[str, Any]:
        term = parse_term_text(value, unit_hint=unit)
        parsed: dict[str, Any] = {}
        for name in ("initial_term", "renewal_term"):
            if (period := getattr(term, name)) is not None:
                parsed[name] = str(period)
        if term.renewal is not None:
            parsed["renewal"] = term.renewal.value
        for name in ("max_renewals", "start_date", "end_date"):
            if (found := getattr(term, name)) is not None:
                parsed[name] = found
        return parsed
    return ColumnPlan("initial_term", parse, secondary=TERM_EXTRAS)


def _whole(field: str, maximum: int) -> CellParser:
    def parse(value: CellValue) -> dict[str, Any]:
        text = text_of(value)
        if not text:
            return {}
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise ValueParseError(_("{value} is not a whole number").format(
                value=repr(text))) from None
        if number != number.to_integral_value() or number < 0:
            raise ValueParseError(_("{value} is not a whole number of 0 or more").format(
                value=repr(text)))
        if number > maximum:
            raise ValueParseError(_("{value} is more than the {maximum} a {field} can be").format(
                value=repr(text), maximum=current_formats().number(maximum),
                field=field_word(field)))
        return {field: int(number)}
    return parse


def _word(field: str, reader: Callable[[CellValue], str]) -> CellParser:
    def parse(value: CellValue) -> dict[str, Any]:
        return {field: reader(value)} if text_of(value) else {}
    return parse


def _notice_to(value: CellValue) -> dict[str, Any]:
    rule = parse_notice_to(value) if text_of(value) else None
    return {"notice_to": rule} if rule else {}  # "none": no rule, notice ends it any day


def _renewal_column(samples: Sequence[CellValue], header: str) -> ColumnPlan:
    by_itself = renews_by_itself(header)
    yes = RenewalMode.AUTOMATIC.value if by_itself else RenewalMode.OPTION.value

    def parse(value: CellValue) -> dict[str, Any]:
        if not text_of(value):
            return {}
        try:
            return {"renewal": parse_renewal_answer(value, yes)}
        except ValueParseError:
            options = parse_options(value)  # "1+1 år": two renewals of a year each
            if options is None:
                raise
        period, count = options
        return {"renewal": yes, "renewal_term": str(period), "max_renewals": count}

    answers = any(_answers_yes(sample) for sample in samples)
    note = None
    if answers:
        note = (_("'yes' read as an automatic renewal (the header says the contract renews by "
                  "itself)") if by_itself else _("'yes' read as a renewal by option (the header "
                                                 "does not say that the contracts renew by "
                                                 "themselves)"))
    return ColumnPlan("renewal", parse, note)


def _answers_yes(value: CellValue) -> bool:
    try:
        values.parse_renewal(value)
    except ValueParseError:
        try:
            return values.parse_bool(value)
        except ValueParseError:
            return False
    return False


def _tags(value: CellValue) -> dict[str, Any]:
    text = text_of(value)
    parts = [part.strip() for part in text.replace(";", ",").split(",")]
    return {"tags": [part for part in parts if part]}


def column_plan(field: str, samples: Sequence[CellValue],
                currency_hint: str | None = None, header: str = "",
                sheet_headers: Sequence[str] = ()) -> ColumnPlan:
    """How to read the column ``header`` mapped to ``field``, judged from its ``samples``
    (and, for "¥", the script of the sheet's headers)."""
    if field in DATE_FIELDS or field == "obligation_due_date":
        return _date_column(field, samples)
    if field in {"value", "value_with_currency"}:
        return _money_column(samples, currency_hint, header=header, sheet_headers=sheet_headers)
    if field == "obligation_amount":
        return _money_column(samples, currency_hint, field, "obligation_currency", header,
                             sheet_headers)
    if field == "obligation_title":
        return ColumnPlan(field, _text(field))
    if field == "currency":
        return ColumnPlan(field, _currency)
    if field == "initial_term":
        return _term(header)
    if field in PERIOD_FIELDS:
        return ColumnPlan(field, _period(field, header))
    if field == "term_months":  # a bare number of months: the initial term
        return _term("months")
    if field in WHOLE_NUMBER_LIMITS:
        return ColumnPlan(field, _whole(field, WHOLE_NUMBER_LIMITS[field]))
    if field == "renewal":
        return _renewal_column(samples, header)
    if field == "status":
        return ColumnPlan(field, _word(field, values.parse_status))
    if field == "direction":
        return ColumnPlan(field, _word(field, values.parse_direction))
    if field == "tags":
        return ColumnPlan(field, _tags)
    if field == "notice_to":
        return ColumnPlan(field, _notice_to)
    if field == "holiday_country":
        return ColumnPlan(field, _word(field, parse_holiday_country))
    if field in TEXT_FIELDS:
        return ColumnPlan(field, _text(field))
    raise KeyError(f"the importer cannot fill the field {field!r} yet")
