"""The window's catalogs match the code: lupdate finds every text under the context the
window asks for at run time, the .ts files are current, the .qm files compiled from them.

The rules (see contract_desk/ui/common/translation.py): ``self.tr("literal")`` inside a
class of ours (a QObject no class of ours derives from); everywhere else
``QCoreApplication.translate("Context", ...)`` with a literal context; tables of labels
``QT_TRANSLATE_NOOP("Context", "literal")``. lupdate names the context of ``x.tr()`` after
``x`` and of ``self.tr()`` after the class it is written in, while PySide6 asks under the
class of the object at run time: any other receiver, or a subclass of ours, would make
the two differ and the text would never be translated.
"""

from __future__ import annotations

import ast
import filecmp
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "contract_desk" / "ui"
#: Contexts that name no class: each a module's texts given with translate().
MODULE_CONTEXTS = {"Actions", "Approvals", "app", "errors", "not_saved", "save_to"}
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = i18n_tool()


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for name in TOOL.sources():
        path = ROOT / name
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _classes() -> dict[str, list[str]]:
    """Every class of the window's code, by name, with the names of its bases."""
    found: dict[str, list[str]] = {}
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found[node.name] = [ast.unparse(base) for base in node.bases]
    return found


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    """Every tr()/translate()/QT_TRANSLATE_NOOP() call with the class it is written in."""
    def visit(node: ast.AST, owner: str) -> Iterator[tuple[ast.Call, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call) and _translating(child.func):
                yield child, owner
            yield from visit(child, inner)

    yield from visit(tree, "")


def _translating(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "translate":  # not str.translate, not QPainter.translate
        return ast.unparse(func.value) in APPLICATIONS
    return func.attr == "tr"


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_text_is_found_by_lupdate_under_the_context_asked_at_run_time() -> None:
    classes = _classes()
    subclassed = {base for bases in classes.values() for base in bases}
    wrong = []
    for path, tree in _modules():
        for call, owner in _calls(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                    wrong.append(f"{where}: tr() on {ast.unparse(func.value)}, not self")
                elif not call.args or not _is_text(call.args[0]):
                    wrong.append(f"{where}: self.tr() of something lupdate cannot read")
                elif owner in subclassed:
                    wrong.append(f"{where}: self.tr() in {owner}, which a class derives from")
            elif not call.args or not _is_text(call.args[0]):
                wrong.append(f"{where}: a context lupdate cannot read")
    assert not wrong, "\n".join(wrong)


def test_every_context_is_a_class_of_the_window_or_a_named_module() -> None:
    classes = set(_classes())
    root = ElementTree.parse(TOOL.ts_path(TOOL.LANGUAGES[0])).getroot()
    contexts = {context.findtext("name") or "" for context in root.iter("context")}
    assert not contexts - classes - MODULE_CONTEXTS


def test_update_leaves_the_ts_files_as_they_are(tmp_path: Path) -> None:
    for language in TOOL.CATALOGS:
        shutil.copy(TOOL.ts_path(language), TOOL.ts_path(language, tmp_path))
    written = TOOL.update(tmp_path)
    changed = [path.name for path in written
               if not filecmp.cmp(path, TOOL.ts_path(path.stem.split("_", 2)[-1]), shallow=False)]
    assert not changed, f"run: python tools/i18n.py update ({changed} differ)"


def test_each_ts_file_names_its_language() -> None:
    for language in TOOL.CATALOGS:
        root = ElementTree.parse(TOOL.ts_path(language)).getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (language, "en")


def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    sources = [TOOL.ts_path(language) for language in TOOL.CATALOGS]
    for compiled in TOOL.release(sources, tmp_path):
        shipped = TOOL.QM_FOLDER / compiled.name
        assert shipped.read_bytes() == compiled.read_bytes(), "run: python tools/i18n.py release"


@pytest.mark.parametrize("language", TOOL.CATALOGS)
def test_no_message_is_left_unfinished(language: str) -> None:
    root = ElementTree.parse(TOOL.ts_path(language)).getroot()
    unfinished = [message.findtext("source") for message in root.iter("message")
                  if (message.find("translation") is not None
                      and message.find("translation").get("type") == "unfinished")]
    assert not unfinished, f"{len(unfinished)} unfinished, the first: {unfinished[:3]}"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%n", text))


@pytest.mark.parametrize("language", TOOL.CATALOGS)
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    """``{0}`` filled by .format() after translation: a lost or renamed one drops a value
    (or raises); a mnemonic lost makes a menu unreachable from the keyboard."""
    wrong = []
    root = ElementTree.parse(TOOL.ts_path(language)).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [
            translation.text or ""]
        for form in forms:
            if {*_placeholders(form)} != {*_placeholders(source)} or (
                    _mnemonic(source) and not _mnemonic(form)):
                wrong.append(f"{source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def _mnemonic(text: str) -> bool:
    return re.search(r"&(?!&|\w+;)\S", text) is not None


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    """Each message with a count, by (context, source): its forms."""
    found = {}
    for context in ElementTree.parse(TOOL.ts_path(language)).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                assert translation is not None
                found[context.findtext("name") or "", message.findtext("source") or ""] = [
                    form.text or "" for form in translation.findall("numerusform")]
    return found


def test_english_says_one_and_many_where_the_source_says_s(qapp: object) -> None:
    """Qt fills a count into the source text as it is; English's catalog (installed as the
    app installs it, tests/ui/conftest.py) gives each such text its singular and plural."""
    from PySide6.QtCore import QCoreApplication

    english = _numerus("en")
    assert english.keys() == _numerus(TOOL.LANGUAGES[0]).keys()  # every text with a count
    wrong = []
    for (context, source), forms in english.items():
        one, many = forms
        if "(s)" in one + many or ("(s)" in source and one == many):
            wrong.append(f"{context}: {source!r} -> {forms}")
        for count, form in ((1, one), (2, many), (0, many)):
            shown = QCoreApplication.translate(context, source, "", count)
            if shown != form:
                wrong.append(f"{context}: {source!r} with {count} shows {shown!r}")
    assert not wrong, "\n".join(wrong)
