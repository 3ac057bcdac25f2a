"""A header as the words it is made of, for matching in any order and any spelling.

Registers name their columns as people talk ("Date Effective" for "Effective
date") and as databases do (``dt_inicio_vigencia``, ``nrContrato``,
``vl_total_item_contrato``). Both are read as a set of words: camelCase and
snake_case split, small connecting words ("of", "da", "der") dropped, and the
words for a few shared notions (a date, a number, a value, the contract, a
start, an end, a year, an id) brought to one token whatever the language or
abbreviation. "dt_inicio_vigencia", "Data de início da vigência" and
"Vigência início (data)" are then the same words.
"""

from __future__ import annotations

import re

from contract_desk.domain.periods import PeriodUnit
from contract_desk.importers.values.duration_words import UNIT_WORDS
from contract_desk.importers.values.normalize import compact, has_cjk, spaced

#: Shared notions: token -> the words and database abbreviations that mean it (folded).
CONCEPTS: dict[str, str] = {
    "<date>": "date|dates|dt|dat|data|fecha|fch|fec|dato|datum|dte",
    "<number>": "number|no|nr|nro|num|numero|nummer|n|nb|nbr|numb|numri|folio",
    "<value>": "value|valor|vl|vlr|val|verdi|wert|valeur|varde|vaerdi|valore|amount|amt|"
               "importe|monto|montant|betrag|belop|belopp|montante|vlera",
    "<contract>": "contract|contracts|contrato|contratos|contrat|contrats|vertrag|vertrags|"
                  "kontrakt|kontrakts|avtale|avtal|aftale|contratto|ctr|ctto|cto|marche|"
                  "marches|cntr|cntrt|cont",
    "<start>": "start|starts|begin|beginning|inicio|ini|debut|beginn|oppstart|comienzo|inizio|"
               "strt",
    "<end>": "end|ends|fim|fin|termino|slutt|slut|ende|finalizacion|complete|completion|"
             "completed",
    "<year>": "year|years|ano|anio|jahr|ar|annee|anno|yr|exercicio|ejercicio",
    "<id>": "id|ids|identifier|identificador|cod|codigo|code|kode|kod|codice",
    "<type>": "type|tipo|typ|art",
    "<name>": "name|nome|nombre|nom|navn|namn",
    "<validity>": "validity|vigencia|validade|gyldighet|giltighet|gyldighed|gultigkeit|"
                  "validite|vigenza|geldigheid|laufzeit",
    "<supplier>": "supplier|vendor|fornecedor|proveedor|fournisseur|lieferant|leverandor|"
                  "leverantor|contractor|contratada|contratado|contratista|bidder",
}
#: Words that only join others ("Date of signature", "Data da assinatura").
_JOINING = ("of the a an and for in on at by de da do das dos del la las el los le les du des "
            "et der die das dem den und von vom zum zur och og i e y o em na no or ou oder eller")
STOP_WORDS = frozenset(_JOINING.split()) - {"no", "o"}  # "no": a number; "o": from "n°"
#: Words that make a header about something else than the field its other words name:
#: "Buyer Phone Number" is no owner, "Siret_Titulaire" no counterparty, "Beneficial
#: Owner" (of the supplier) no contract owner.
_ABOUT_SOMETHING_ELSE = (
    "phone telephone tel mobile email mail fax address adresse endereco direccion postal zip "
    "cep siret siren cnpj cpf nif rut rfc vat tax orgnr beneficial iban account bic swift "
    "website url web unspsc cpv naics gsin commodity classification commune city town ville "
    "cidade ciudad country pays pais region location lieu localidad localidade seat")
OTHER_THING = frozenset(_ABOUT_SOMETHING_ELSE.split())

_WORD_OF = {word: token for token, words in CONCEPTS.items() for word in words.split("|")}
#: Abbreviations that end glued database names ("cntrdt", "strtdt", "totamt").
_GLUED_ENDINGS = ("dt", "dte", "date", "no", "nr", "num", "amt", "id")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")


def header_tokens(header: str) -> tuple[tuple[str, str], ...]:
    """(token, the word as folded) for each meaningful word of the header, in order."""
    if has_cjk(header):
        return ()  # written without spaces: matched by characters instead
    split = _CAMEL_RE.sub(" ", header.replace("#", " no ").replace("°", "o").replace("º", "o"))
    words = [part for word in spaced(split).split() for part in _unglued(word)]
    return tuple((_WORD_OF.get(word, word), word) for word in words if word not in STOP_WORDS)


def _unglued(word: str) -> tuple[str, ...]:
    """A database name glued from abbreviations: "cntrdt" is "cntr" + "dt" (contract date)."""
    for ending in _GLUED_ENDINGS:
        head = word.removesuffix(ending)
        if head != word and head in _WORD_OF:
            return head, ending
    return (word,)


#: Korean, Chinese and Japanese words for the same notions, found inside a header.
_CJK_NOTIONS: dict[str, tuple[str, ...]] = {
    "<validity>": ("有效期", "유효기간", "有効期間", "有効期限", "계약기간", "合同期限", "合同期",
                   "契約期間", "期间", "期間", "기간"),
    "<date>": ("日期", "时间", "時間", "日付", "일자", "날짜", "年月日"),
    "<year>": ("年度", "연도", "년도"),
    "<number>": ("编号", "번호", "番号", "编码"),
}
#: A Korean or Japanese header ending in "day" names a date: 시작일, 계약일, 終了日.
_CJK_DAY_ENDINGS = ("일", "日")


def cjk_notions(header: str) -> frozenset[str]:
    """The shared notions a Korean, Chinese or Japanese header names ("<date>"...)."""
    if not has_cjk(header):
        return frozenset()
    key = compact(header)
    found = {token for token, words in _CJK_NOTIONS.items() if any(w in key for w in words)}
    if key.endswith(_CJK_DAY_ENDINGS):
        found.add("<date>")
    return frozenset(found)


def header_words(header: str) -> tuple[str, ...]:
    """The header's meaningful words, shared notions as tokens, in order (may repeat)."""
    return tuple(token for token, _ in header_tokens(header))


def word_set(header: str) -> frozenset[str]:
    """The header's meaningful words as a set: the same whatever their order."""
    return frozenset(header_words(header))


def names(header: str, token: str) -> bool:
    """Whether the header speaks of the notion ``token`` ("<year>", "<id>"...)."""
    return token in header_words(header)


def period_unit_hint(header: str) -> PeriodUnit | None:
    """The unit a header names for bare numbers: "Notice (days)" -> days, "Term (mnd)" -> months.

    None when the header names no unit, or more than one.
    """
    # Single letters are left out: "Value (m)" means millions, not months.
    words = spaced(_CAMEL_RE.sub(" ", header)).split()
    units = {UNIT_WORDS[word] for word in words if word in UNIT_WORDS and len(word) > 1}
    # Korean, Chinese and Japanese write the unit last, without a space: 계약기간(개월).
    key = compact(header)
    units |= {unit for word, unit in UNIT_WORDS.items()
              if not word.isascii() and key.endswith(word)}
    return units.pop() if len(units) == 1 else None
