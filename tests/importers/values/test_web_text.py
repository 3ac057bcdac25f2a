"""Text cells holding web page markup are stored as the text the markup shows.

A procurement portal's export writes ``<br/>`` between the lots of a title, a
SharePoint list's rich-text column comes as ``<div class="ExternalClass…"><p>…``,
a name as ``AT&amp;T``: stored as written they read as code wherever a contract
is shown. Text that only looks a little like markup stays as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.web_text import markup_in, plain_text


@pytest.mark.parametrize(("written", "shown"), [
    ("1. Una Motobomba.<br/>2. Una Motobomba con tanque.",
     "1. Una Motobomba.\n2. Una Motobomba con tanque."),
    ("Line<BR>Two<br />Three", "Line\nTwo\nThree"),
    (('<div class="ExternalClass12AB"><p>Renhold av&nbsp;<b>alle</b> bygg</p>'
      "<ul><li>Bygg A</li><li>Bygg B</li></ul></div>"),
     "Renhold av alle bygg\n• Bygg A\n• Bygg B"),
    ('<span style="font-size:11pt">Vedlikehold</span>', "Vedlikehold"),
    ("Contrato <b>004/2026</b>", "Contrato 004/2026"),
    ("AT&amp;T Norge", "AT&T Norge"),
    ("Caf&eacute; &#8211; Kantine", "Café – Kantine"),
    ("<table><tr><td>Lot 1</td><td>NOK 100</td></tr><tr><td>Lot 2</td></tr></table>",
     "Lot 1 NOK 100\nLot 2"),
    ("<p></p>", ""),
])
def test_markup_is_stored_as_the_text_it_shows(written: str, shown: str) -> None:
    assert plain_text(written) == shown


@pytest.mark.parametrize("written", [
    "Supplier <none>", "a < b and c > d", "price <5000 and >100", "R&D budget",
    "Fish &chips; and more", "Nordlys Energi AS", "<<Rammeavtale>>", "x <= y",
])
def test_text_that_is_not_markup_is_kept_as_written(written: str) -> None:
    assert plain_text(written) is None
    assert markup_in(written) == []


def test_the_markup_is_named_once_each_without_its_attributes() -> None:
    assert markup_in('<div class="x"><p>a</p><p>b<br/>c</p></div>') == ["<div>", "<p>", "<br>"]


def test_an_import_stores_the_text_says_so_and_keeps_other_columns_as_written(
        tmp_path: Path) -> None:
    path = tmp_path / "compranet.csv"
    path.write_text(
        "codigo_contrato,titulo_contrato,proveedor_contratista,observaciones,clave_interna\n"
        'APIALT-RM-065/02,"1. Una Motobomba.<br/>2. Una Motobomba con tanque.",'
        'AT&amp;T M&eacute;xico,"<b>ver anexo</b>",<i>K-7</i>\n'
        "APIALT-RM-061/02,Sistema integral de seguridad,PRODAR SA DE CV,ninguna,K-8\n",
        encoding="utf-8")
    analysis = analyze(path)
    mapping = analysis.named_mapping()
    assert mapping["titulo_contrato"] == "title"
    assert mapping["proveedor_contratista"] == "counterparty"
    plan = build_plan(analysis, default_currency="MXN")
    first, second = plan.rows
    assert first.fields["title"] == "1. Una Motobomba.\n2. Una Motobomba con tanque."
    assert first.fields["counterparty"] == "AT&T México"
    notes = [p.message for p in first.problems]
    assert any("web page markup (<br>)" in note for note in notes), notes
    assert all(p.severity == "warning" for p in first.problems)
    assert first.fields["notes"] == "ver anexo"
    assert second.fields["title"] == "Sistema integral de seguridad" and not second.problems
    # A column kept as a custom field keeps its cells as written.
    assert "clave_interna" not in mapping
    assert first.custom["clave_interna"] == "<i>K-7</i>"
