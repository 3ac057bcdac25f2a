"""Fields suggested from what a column holds when its header does not say enough.

Headers are often cryptic (``cntrdt``, ``totamt``), in a language without
synonyms here, or say only half ("VIGÊNCIA": validity of what?). The values
then decide, after the header-based suggestions and never against them:

- dates under a header that names a date or a validity: of two such columns the
  earlier is the start and the later the end; one "validity" column of dates is
  the end of the validity;
- unique values written like contract numbers are the reference when no column
  is named as one;
- amounts under a header that speaks of money are the value when none is;
- a column of terms ("60 MESES") is the initial term when none is, also when its
  header calls it notes or observations.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from contract_desk.i18n import _
from contract_desk.importers.map.evidence import CATEGORY, ColumnProfile
from contract_desk.importers.map.header_match import Candidate
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.header_words import OTHER_THING
from contract_desk.importers.values.normalize import compact
from contract_desk.importers.values.parse_cell import infer_date_order, parse_date

#: How sure a suggestion from the values alone is: above the threshold, below any synonym.
FROM_VALUES = 0.7
#: Date columns about something other than the contract's term.
_NOT_THE_TERM = (
    "publication published publish publicacao publicacion created creation creado modified "
    "updated update entry registered registration report birth payment invoice notice closing "
    "submission deadline opening bid tender approval approved signed signature assinatura "
    "firma dlp liability warranty guarantee delivery")
_OTHER_DATES = frozenset(_NOT_THE_TERM.split())
#: Stems of money words, found inside cryptic headers too ("totamt", "vlr_global").
_MONEY_STEMS = ("amt", "amount", "value", "valor", "vlr", "importe", "monto", "montant",
                "betrag", "belop", "belopp", "price", "precio", "preco", "prix", "cost",
                "costo", "custo", "kosten", "금액", "金额", "金額", "價", "价")
_DATE_ENDINGS = ("dt", "date", "dat", "datum", "dato", "fecha", "data")

Chosen = dict[int, Candidate]


def suggest_from_values(columns: Sequence[str], profiles: Sequence[ColumnProfile],
                        samples: Sequence[Sequence[CellValue]], chosen: Chosen,
                        named: Sequence[set[str]] = (), *, headerless: bool = False) -> Chosen:
    """``chosen`` (column -> candidate) completed by what the values show.

    ``named``: per column, the fields its header could mean (a header that names
    another field, such as "Vendor", is never taken for a reference by its values).
    A ``headerless`` sheet has only its values: any date column may be a term
    date, any amount column the value, and its longest texts the title.
    """
    result = dict(chosen)
    unnamed = [not (named[c] if c < len(named) else set()) for c in range(len(columns))]
    _term_dates(columns, profiles, samples, result, headerless)
    _reference(columns, profiles, result, unnamed)
    _value(columns, profiles, result, unnamed, headerless)
    _term(columns, profiles, result)
    _kind_of_contract(profiles, result, named)
    _signing(profiles, result)
    if headerless:
        _title(profiles, result)
    return result


def _taken(chosen: Chosen) -> set[str]:
    return {candidate.field for candidate in chosen.values()}


def _names_a_date(profile: ColumnProfile) -> bool:
    words = profile.header
    if words & _OTHER_DATES or words & OTHER_THING:
        return False
    if "<date>" in words or "<validity>" in words:
        return True
    return any(word.endswith(_DATE_ENDINGS) for word in words if not word.startswith("<"))


def _term_dates(columns: Sequence[str], profiles: Sequence[ColumnProfile],
                samples: Sequence[Sequence[CellValue]], chosen: Chosen,
                headerless: bool = False) -> None:
    free = {"start_date", "end_date"} - _taken(chosen)
    dated = [(typical, column) for column, profile in enumerate(profiles)
             if column not in chosen and (profile.dates >= 0.6 or (
                 profile.serials >= 0.6 and not headerless))
             and (headerless or _names_a_date(profile))
             and (typical := _typical_date([row[column] for row in samples])) is not None]
    if len(dated) >= 2 and free == {"start_date", "end_date"}:
        dated.sort()
        (first, start), (last, end) = dated[0], dated[-1]
        if first < last:
            chosen[start] = Candidate("start_date", FROM_VALUES,
                                      _("dates under a date header: the earlier of the date "
                                      "columns, so the start"))
            chosen[end] = Candidate("end_date", FROM_VALUES,
                                    _("dates under a date header: the later of the date "
                                    "columns, so the end"))
        return
    validity = [column for _typical, column in dated if "<validity>" in profiles[column].header]
    if len(validity) == 1 and "end_date" in free:
        chosen[validity[0]] = Candidate("end_date", FROM_VALUES,
                                        _("dates under a validity header: the day the "
                                        "validity ends"))


def _typical_date(cells: Sequence[CellValue]) -> date | None:
    order = infer_date_order(cells).order
    days = []
    for cell in cells:
        try:
            days.append(parse_date(cell, order))
        except ValueError:  # ValueParseError and the odd out-of-range day
            continue
    return sorted(days)[len(days) // 2] if days else None


def _reference(columns: Sequence[str], profiles: Sequence[ColumnProfile],
               chosen: Chosen, unnamed: Sequence[bool]) -> None:
    if "reference" in _taken(chosen):
        return
    found = [column for column, profile in enumerate(profiles)
             if column not in chosen and unnamed[column] and _could_be_reference(profile)]
    if not found:
        return
    named = [c for c in found if profiles[c].header & {"<number>", "<id>", "<contract>"}]
    # Bare numbers may count anything (square feet, a phone): only a header that names
    # a number makes them a reference; codes like 0227/2022 say it themselves.
    coded = [c for c in found if profiles[c].coded >= 0.8]
    if not (named or coded):
        return
    column = (named or coded)[0]
    chosen[column] = Candidate("reference", FROM_VALUES,
                               _("values are unique and written like contract numbers; no "
                               "column is named as the contract number"))


def _could_be_reference(profile: ColumnProfile) -> bool:
    return (profile.filled >= 3 and profile.distinct >= 0.95 and profile.id_like >= 0.8
            and not profile.counts_rows and profile.years < 0.5 and profile.dates < 0.5
            and not profile.header & OTHER_THING)


def _value(columns: Sequence[str], profiles: Sequence[ColumnProfile], chosen: Chosen,
           unnamed: Sequence[bool], headerless: bool = False) -> None:
    if {"value", "value_with_currency"} & _taken(chosen):
        return
    if headerless:  # amounts that name their currency first: "9.9 €" is money for sure
        order = sorted(range(len(profiles)), key=lambda c: -profiles[c].amounts_with_currency)
        for column in order:
            profile = profiles[column]
            if column not in chosen and profile.amounts >= 0.8 and profile.years < 0.5 and (
                    profile.whole_numbers < 0.8 or profile.amounts_with_currency >= 0.5):
                chosen[column] = Candidate("value", FROM_VALUES, _("the values are amounts"))
                return
        return
    for column, profile in enumerate(profiles):
        if (column not in chosen and unnamed[column] and profile.amounts >= 0.8
                and profile.years < 0.5
                and any(stem in compact(columns[column]) for stem in _MONEY_STEMS)):
            chosen[column] = Candidate("value", FROM_VALUES,
                                       _("amounts under a header that speaks of money"))
            return


def _kind_of_contract(profiles: Sequence[ColumnProfile], chosen: Chosen,
                      named: Sequence[set[str]]) -> None:
    # "Objeto: Bien / Servicio / Obra": a description header over a few short words
    # repeated on every row names the kind of contract, not what it is about.
    if "contract_type" in _taken(chosen):
        return
    for column, profile in enumerate(profiles):
        if (column not in chosen and column < len(named) and "scope" in named[column]
                and profile.filled >= 5 and profile.distinct < CATEGORY
                and profile.mean_length < 15):
            chosen[column] = Candidate("contract_type", FROM_VALUES,
                                       _("a few short words repeated on every row: the kind "
                                       "of contract, not a description"))
            return


def _signing(profiles: Sequence[ColumnProfile], chosen: Chosen) -> None:
    # With the term known from other columns, the one remaining column headed just
    # "Date" ("Fecha", "Data") is the day the contract was made.
    taken = _taken(chosen)
    if "signed_on" in taken or not ({"start_date", "end_date"} <= taken
                                    or "initial_term" in taken):
        return
    generic = [column for column, profile in enumerate(profiles)
               if column not in chosen and profile.dates >= 0.6
               and profile.header == frozenset({"<date>", *_words_of(profile)})]
    if len(generic) == 1:
        chosen[generic[0]] = Candidate("signed_on", FROM_VALUES,
                                       _("the one other column of dates, headed only 'date': "
                                       "the day the contract was made"))


def _words_of(profile: ColumnProfile) -> set[str]:
    return {word for word in profile.header if not word.startswith("<")}


def _title(profiles: Sequence[ColumnProfile], chosen: Chosen) -> None:
    if {"title", "scope"} & _taken(chosen):
        return
    texts = [(profile.mean_length, column) for column, profile in enumerate(profiles)
             if column not in chosen and profile.filled and profile.distinct >= 0.5
             and profile.mean_length >= 15 and profile.amounts < 0.5 and profile.dates < 0.5]
    if texts:
        chosen[max(texts)[1]] = Candidate("title", FROM_VALUES,
                                          _("the longest texts, different on every row"))


def _term(columns: Sequence[str], profiles: Sequence[ColumnProfile], chosen: Chosen) -> None:
    if {"initial_term", "term_months"} & _taken(chosen):
        return
    for column, profile in enumerate(profiles):
        notes = chosen.get(column)
        if notes is not None and notes.field != "notes":
            continue
        if profile.filled and profile.periods >= 0.6 and profile.dates < 0.5:
            why = _("values are terms") if notes is None else _(
                "{reason}, but the values are terms").format(reason=notes.reason)
            chosen[column] = Candidate("initial_term", FROM_VALUES, why)
            return
