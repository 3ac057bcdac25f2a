"""Argument types for the command line: each refuses bad input with one clear sentence."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation

from contract_desk.domain import Period, TermError
from contract_desk.domain.workdays import normal_country
from contract_desk.i18n import _


def iso_date(text: str) -> date:
    """A date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31").format(
                text=repr(text))
        ) from None


def period(text: str) -> Period:
    """A period such as "12 months", "90 days" or "30 business days"."""
    try:
        return Period.parse(text)
    except TermError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def country(text: str) -> str:
    """A country whose public holidays are known: its ISO 3166 two-letter code."""
    try:
        return normal_country(text)
    except TermError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def non_negative_int(text: str) -> int:
    """A whole number, zero or more."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a whole number").format(
            text=repr(text))) from None
    if number < 0:
        raise argparse.ArgumentTypeError(_("{number} is negative; give zero or more").format(
            number=number))
    return number


def positive_int(text: str) -> int:
    """A whole number, one or more."""
    number = non_negative_int(text)
    if number == 0:
        raise argparse.ArgumentTypeError(_("give a number of one or more"))
    return number


def amount(text: str) -> Decimal:
    """An exact amount written with a dot for decimals: 1234.50."""
    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            _("{text} is not an amount; write digits with a dot for decimals, "
              "e.g. 125000.00").format(text=repr(text))
        ) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(_("{text} is not a finite amount").format(text=repr(text)))
    return value


class ReadsOnly(argparse.Action):
    """An option that turns a writing command into a reading one (``--list``, ``--terms-on``):
    it stores True (a flag) or its value, and marks the run as not writing, so a damaged
    register may still be read this way."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        setattr(namespace, self.dest, True if self.nargs == 0 else values)
        namespace.writes = False
