"""PDF exports: the portfolio report and the one-contract sheet (Qt loaded only here, lazily)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.progress import (
    CancelCheck,
    Progress,
    ProgressCallback,
    written_atomically,
)
from contract_desk.exporters.report_data import portfolio_figures
from contract_desk.exporters.report_html import Formats, contract_html, portfolio_html
from contract_desk.i18n import _
from contract_desk.services.listing.export_data import ExportData


def _render(path: Path, build: Callable[[Formats], str], title: str, data: ExportData,
            counter: Progress) -> Path:
    from contract_desk.exporters.pdf_qt import render_pdf  # Qt only when a PDF is wanted

    counter.check()
    with written_atomically(Path(path)) as temporary:
        render_pdf(temporary, build, title=title, today=data.today)
        if temporary.stat().st_size == 0:
            raise ExportError(_("cannot write {path}: the PDF came out empty").format(path=path))
        counter.check()
    counter.finish()
    return Path(path)


def write_portfolio_pdf(path: Path, data: ExportData, *, progress: ProgressCallback | None = None,
                        should_cancel: CancelCheck | None = None) -> Path:
    """The portfolio report of ``data`` as a PDF."""
    counter = Progress(1, progress, should_cancel)
    figures = portfolio_figures(data)
    return _render(path, lambda formats: portfolio_html(figures, formats), _("Portfolio report"),
                   data, counter)


def write_contract_pdf(path: Path, data: ExportData, contract_uid: str, *,
                       progress: ProgressCallback | None = None,
                       should_cancel: CancelCheck | None = None) -> Path:
    """The sheet of one contract of ``data`` as a PDF."""
    row = next((r for r in data.contracts if r.uid == contract_uid), None)
    if row is None:
        raise ExportError(_("no contract with id {contract_uid} in this export").format(
            contract_uid=contract_uid))
    duties = [o for o in data.obligations if o.contract_uid == contract_uid]
    counter = Progress(1, progress, should_cancel)
    return _render(path, lambda formats: contract_html(row, duties, data.today, formats),
                   _("Contract {name}").format(name=row.reference or row.title), data, counter)
