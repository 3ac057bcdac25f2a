"""Which sheets an xlsx/xlsm workbook has, where each one's XML lives, which are hidden.

Read from the package itself (with defusedxml), so the scan of each sheet can
be matched to the sheet's name whichever library then reads the cells.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeTree

_ROOT_RELS = "_rels/.rels"
_DEFAULT_WORKBOOK = "xl/workbook.xml"


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One sheet as the workbook lists it."""

    name: str
    #: The worksheet's part in the zip, e.g. ``xl/worksheets/sheet1.xml`` ("" if unknown).
    part: str
    hidden: bool
    #: False for chart sheets and dialog sheets, which hold no cells.
    is_worksheet: bool = True


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: Element, local_name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == local_name:
            return value
    return None


def _read_xml(archive: zipfile.ZipFile, part: str) -> Element | None:
    try:
        return SafeTree.fromstring(archive.read(part))
    except KeyError:
        return None


def _relationships(archive: zipfile.ZipFile, rels_part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type's last word, target) from one .rels part."""
    root = _read_xml(archive, rels_part)
    if root is None:
        return {}
    found = {}
    for rel in root:
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        found[rel.get("Id") or ""] = (kind, rel.get("Target") or "")
    return found


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


def workbook_part(archive: zipfile.ZipFile) -> str:
    """The workbook's main part (normally ``xl/workbook.xml``)."""
    for kind, target in _relationships(archive, _ROOT_RELS).values():
        if kind == "officeDocument":
            return _resolve("", target)
    return _DEFAULT_WORKBOOK


def workbook_sheets(archive: zipfile.ZipFile) -> list[SheetEntry]:
    """Every sheet in workbook order, with its part and whether it is hidden."""
    book = workbook_part(archive)
    root = _read_xml(archive, book)
    if root is None:
        return []
    rels_part = posixpath.join(posixpath.dirname(book), "_rels", posixpath.basename(book) + ".rels")
    relationships = _relationships(archive, rels_part)
    entries = []
    for element in root.iter():
        if _local(element.tag) != "sheet":
            continue
        kind, target = relationships.get(_attribute(element, "id") or "", ("", ""))
        entries.append(SheetEntry(
            name=element.get("name") or "",
            part=_resolve(book, target) if target else "",
            hidden=(element.get("state") or "visible") != "visible",
            is_worksheet=kind in ("worksheet", ""),
        ))
    return entries
