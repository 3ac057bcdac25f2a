"""The Linux bundle's trimmed ICU data (packaging/icu_data.py), read back by ICU and by Qt.

The trimmed library is made from the installed PySide6's own ``libicudata.so.NN``,
as the spec does. ICU and Qt then read it in a fresh interpreter, where nothing
has loaded the full library yet: ICU through ctypes, Qt through a copy of the
PySide6 folder made of symbolic links, all but the data library.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="PySide6 ships ICU on Linux only")


def _module() -> ModuleType:
    # packaging/ is no package (and "packaging" is a PyPI package's name): load by path.
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["icu_data"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


icu_data = _module()


def _qt_lib() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def _full_library() -> Path:
    found = sorted(_qt_lib().glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU of its own")
    return found[0]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return icu_data.trimmed_library(_full_library(), tmp_path_factory.mktemp("icu"))


def _items(library: Path) -> list:
    return icu_data.read_package(icu_data.package_bytes(library))[1]


def test_a_package_written_back_whole_is_the_same_bytes() -> None:
    blob = icu_data.package_bytes(_full_library())
    header, items = icu_data.read_package(blob)
    assert len(items) > 1000
    assert icu_data.write_package(header, items) == blob


def test_what_is_no_little_endian_package_is_refused_by_name() -> None:
    full = _full_library()
    blob = icu_data.package_bytes(full)
    with pytest.raises(ValueError, match="no CmnD header"):
        icu_data.read_package(blob[:12] + b"ResB" + blob[16:])
    with pytest.raises(ValueError, match="big-endian"):
        icu_data.read_package(blob[:8] + b"\x01" + blob[9:])
    with pytest.raises(ValueError, match="not ICU's data library"):
        icu_data.package_bytes(full.with_name(full.name.replace("icudata", "icuuc")))


def test_the_trimmed_library_keeps_every_other_item_byte_for_byte(trimmed: Path) -> None:
    full = _items(_full_library())
    kept = _items(trimmed)
    assert kept == [item for item in full if not icu_data.left_out(item.name)]
    gone = {item.name for item in full} - {item.name for item in kept}
    trees = {name.split("/")[1] for name in gone if name.count("/") > 1}
    assert trees == icu_data.TREES_LEFT_OUT
    assert any(name.endswith(".cnv") for name in gone)
    # What Qt reads stays: collation (root and by language), normalization, breaks.
    names = {item.name.split("/", 1)[1] for item in kept}
    assert {"coll/ucadata.icu", "coll/nb.res", "coll/zh.res", "coll/ko.res", "nfkc.nrm",
            "uts46.nrm", "brkitr/cjdict.dict", "zoneinfo64.res", "cnvalias.icu"} <= names
    assert trimmed.stat().st_size < 13 * 2**20 < _full_library().stat().st_size - 15 * 2**20


_ICU_PROBE = textwrap.dedent("""
    import ctypes, json, sys
    folder, version = sys.argv[1], sys.argv[2]
    i18n = ctypes.CDLL(f"{folder}/libicui18n.so.{version}")
    uc = ctypes.CDLL(f"{folder}/libicuuc.so.{version}")
    status = ctypes.c_int(0)
    def function(library, name, result, *arguments):
        found = getattr(library, f"{name}_{version}")
        found.restype, found.argtypes = result, arguments
        return found
    P, I, C, S = ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)
    open_collator = function(i18n, "ucol_open", P, C, S)
    compare = function(i18n, "ucol_strcoll", ctypes.c_int, P, C, I, C, I)
    upper = function(uc, "u_strToUpper", I, C, I, C, I, C, S)
    open_converter = function(uc, "ucnv_open", P, C, S)
    language = function(uc, "uloc_getDisplayLanguage", I, C, C, C, I, S)
    def order(locale, first, second):
        status.value = 0
        collator = open_collator(locale.encode(), ctypes.byref(status))
        one, two = first.encode("utf-16-le"), second.encode("utf-16-le")
        return status.value <= 0 and compare(collator, one, len(one) // 2, two, len(two) // 2)
    def uppercase(text, locale):
        status.value = 0
        out, source = ctypes.create_string_buffer(64), text.encode("utf-16-le")
        size = upper(out, 32, source, len(source) // 2, locale.encode(), ctypes.byref(status))
        return out.raw[:2 * size].decode("utf-16-le")
    def converter(name):
        status.value = 0
        open_converter(name.encode(), ctypes.byref(status))
        return status.value <= 0
    def language_name(code, where):
        status.value = 0
        out = ctypes.create_string_buffer(128)
        size = language(code.encode(), where.encode(), out, 64, ctypes.byref(status))
        return out.raw[:2 * size].decode("utf-16-le")
    print(json.dumps({
        "data": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0],
        "nb": order("nb", "å", "z"), "root": order("root", "å", "z"),
        "zh": order("zh", "文", "中"), "tr": uppercase("i", "tr"),
        "utf8": converter("UTF-8"), "shift_jis": converter("Shift_JIS"),
        "korean": language_name("ko", "en"),
    }))
""")


def test_icu_reads_the_trimmed_library(trimmed: Path) -> None:
    for name in ("libicuuc", "libicui18n"):  # beside it: their RUNPATH is $ORIGIN
        version = trimmed.name.rsplit(".", 1)[1]
        (trimmed.parent / f"{name}.so.{version}").symlink_to(_qt_lib() / f"{name}.so.{version}")
    done = subprocess.run([sys.executable, "-c", _ICU_PROBE, str(trimmed.parent), version],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["data"] == str(trimmed)
    # Norwegian sorts å after z, root collation beside a; Chinese by pinyin (wén < zhōng).
    assert (seen["nb"], seen["root"], seen["zh"]) == (1, -1, -1)
    assert seen["tr"] == "\u0130"  # Turkish dotted capital I
    assert seen["utf8"] is True
    # What was left out is gone: the legacy converters, the display names.
    assert seen["shift_jis"] is False
    assert seen["korean"] == "ko"


_QT_PROBE = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    model = QStandardItemModel()
    for word in ("Øst", "Zeta", "Aal", "Ål", "Bø", "Alm"):
        model.appendRow(QStandardItem(word))
    proxy = QSortFilterProxyModel()
    proxy.setSortLocaleAware(True)
    proxy.setSourceModel(model)
    QLocale.setDefault(QLocale("nb_NO"))
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    print(json.dumps({
        "data": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0],
        "sorted": [proxy.index(row, 0).data() for row in range(proxy.rowCount())],
        "pinyin": QCollator(QLocale("zh_CN")).compare("文", "中"),
        "korean": sorted(["다", "가", "나"], key=QCollator(QLocale("ko_KR")).sortKey),
        "upper": QLocale("tr_TR").toUpper("istanbul"),
        "native": [QLocale("ko_KR").nativeLanguageName(), QLocale("nb_NO").nativeTerritoryName()],
    }))
""")


def test_qt_sorts_and_cases_words_with_the_trimmed_data(trimmed: Path, tmp_path: Path) -> None:
    # A PySide6 folder of links to the installed one's files, its ICU data trimmed.
    source = _qt_lib().parents[1]
    copy = tmp_path / "site" / "PySide6"
    copy.mkdir(parents=True)
    for path in source.rglob("*"):
        target = copy / path.relative_to(source)
        if path.is_dir() and not path.is_symlink():
            target.mkdir(parents=True, exist_ok=True)
        elif path.name == trimmed.name and path.parent == _qt_lib():
            target.symlink_to(trimmed)
        else:
            target.symlink_to(path)
    done = subprocess.run([sys.executable, "-c", _QT_PROBE, str(copy.parent)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["data"] == str(trimmed)
    # Norwegian order: Æ, Ø, Å after Z, and "Aa" is an old spelling of "Å".
    assert seen["sorted"] == ["Alm", "Bø", "Zeta", "Øst", "Ål", "Aal"]
    assert seen["pinyin"] < 0
    assert seen["korean"] == ["가", "나", "다"]
    assert seen["upper"] == "İSTANBUL"
    assert seen["native"] == ["한국어", "Norge"]  # Qt's own locale tables, not ICU's
