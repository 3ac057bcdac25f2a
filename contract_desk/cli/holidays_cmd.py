"""``contract-desk holidays``: the register's public-holiday country."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from contract_desk.cli.output import print_json
from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import country_name
from contract_desk.storage import Register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_parser(commands: Any) -> None:
    """Register the holidays sub-command."""
    parser = commands.add_parser(
        "holidays", help="the register's public-holiday country (for business days)",
        description="Business days (a notice period in business days, postal days) skip the "
        "public holidays of a contract's country. Name one for the whole register: every "
        "contract added without a country of its own takes it; --apply-to-existing gives it "
        "to every contract without one now.")
    parser.add_argument("--set", dest="country", metavar="CC",
                        help='an ISO country code (NO, SE, KR, CN…), or "none"')
    parser.add_argument("--apply-to-existing", action="store_true",
                        help="also give it to every contract that has no country")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_holidays, needs_register=True, writes=True)


def run_holidays(options: argparse.Namespace, register: Register) -> int:
    """Show or set the register's public-holiday country."""
    from contract_desk.services import current_user
    from contract_desk.services.register.holiday_default import (
        register_holidays,
        set_register_holidays,
    )

    changed = 0
    if options.country is None and not options.apply_to_existing:
        with register.reading() as session:
            country = register_holidays(session)
    else:
        def set_country(session: Session) -> tuple[int, str | None]:
            wanted = (register_holidays(session) if options.country is None
                      else "" if options.country.strip().lower() == "none" else options.country)
            changed = set_register_holidays(session, wanted, user=current_user(),
                                            apply_to_existing=options.apply_to_existing)
            return changed, register_holidays(session)

        changed, country = register.write(set_country)
    if options.json:
        print_json({"holiday_country": country, "contracts_changed": changed})
        return 0
    if country is None:
        print(_("No register-wide public holidays: business days are Monday to Friday unless "
                "a contract names its country."))
    else:
        print(_("Public holidays of {country} ({code}) for contracts without a country of "
                "their own.").format(country=country_name(country), code=country))
    if changed:
        print(ngettext("{count} contract now uses them.", "{count} contracts now use them.",
                       changed).format(count=changed))
    return 0
