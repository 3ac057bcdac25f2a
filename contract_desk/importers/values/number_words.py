"""Numbers written as words before a unit: "three years", "tjuefire måneder", "세 달".

The words are generated for 1-99 from each language's words for the ones and
the tens and its rule for joining them, and kept folded the way the term reader
splits a cell into words (``normalize.fold``, hyphens as spaces: "twenty-four"
is "twenty four"). A phrase may mean only one number; ``NUMBER_WORDS`` refuses
to build otherwise. Chinese numerals are read by ``durations.chinese_number``;
Sino-Korean ones (삼십육) are spelt with the same characters and translated to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.values.duration_words import CHINESE_DIGITS
from contract_desk.importers.values.durations import chinese_number
from contract_desk.importers.values.normalize import fold


class _Language(NamedTuple):
    """One language's words for 1-19 and 20-90, and how it joins a ten and a one.

    Alternatives are separated by "/", several ways of joining a ten {t} and a one
    {o} by "|". A ten in brackets is written only inside a compound: Danish "tres"
    (60) alone would be Spanish "tres" (3).
    """

    ones: str
    tens: str
    joins: str


_SIMPLE = (  # English, Norwegian, Swedish, Danish, German, Spanish, Portuguese
    _Language(ones=("one two three four five six seven eight nine ten eleven twelve thirteen "
                    "fourteen fifteen sixteen seventeen eighteen nineteen"),
              tens="twenty thirty forty fifty sixty seventy eighty ninety", joins="{t} {o}"),
    _Language(ones=("en/ett/ei to tre fire fem seks sju/syv åtte ni ti elleve tolv tretten "
                    "fjorten femten seksten sytten atten nitten"),
              tens="tjue/tyve tretti/tredve førti femti seksti sytti åtti nitti",
              joins="{t}{o}|{o}og{t}"),
    _Language(ones=("en/ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton "
                    "femton sexton sjutton arton/aderton nitton"),
              tens="tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", joins="{t}{o}"),
    _Language(ones=("en/et to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten "
                    "femten seksten sytten atten nitten"),
              tens="tyve tredive fyrre halvtreds (tres) halvfjerds firs halvfems",
              joins="{o}og{t}"),
    _Language(ones=("ein/eins/eine/einen/einem/einer/eines zwei/zwo drei vier fünf sechs "
                    "sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
                    "siebzehn achtzehn neunzehn"),
              tens="zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
              joins="{o}und{t}"),
    _Language(ones=("uno/un/una dos tres cuatro cinco seis siete ocho nueve diez once doce "
                    "trece catorce quince dieciséis diecisiete dieciocho diecinueve"),
              tens="veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
              joins="{t} y {o}"),
    _Language(ones=("um/uma dois/duas três quatro cinco seis sete oito nove dez onze doze "
                    "treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete "
                    "dezoito dezenove/dezanove"),
              tens="vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
              joins="{t} e {o}"),
)
# Spanish writes its twenties as one word.
_SPANISH_TWENTIES = ("veintiuno/veintiún/veintiuna veintidós veintitrés veinticuatro veinticinco "
                     "veintiséis veintisiete veintiocho veintinueve")
_FRENCH_ONES = ("un/une deux trois quatre cinq six sept huit neuf dix onze douze treize "
                "quatorze quinze seize dix-sept dix-huit dix-neuf")
# Korean counts months (달) and years (해) with native numbers.
_KOREAN_NATIVE = "한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 열한 열두"

#: "One" words that are more often an article ("a period of", "en periode"): a number
#: only where a unit follows, otherwise ignored.
ARTICLES = frozenset({"a", "an", "en", "ett", "ei", "et", "ein", "eine", "einen", "einem",
                      "einer", "eines", "un", "une", "una", "um", "uma"})
#: Number words that are also common words elsewhere ("to" two / the preposition, "once"
#: eleven / one time, Korean and Chinese numerals): numbers only right before a unit.
BOUND_ONLY = frozenset({"to", "once", *_KOREAN_NATIVE.split()})

_SINO_KOREAN = str.maketrans("일이삼사오육칠팔구십백", "一二三四五六七八九十百")
#: Characters a Chinese or Sino-Korean number is written with (三十六, 삼십육).
CJK_NUMERALS = frozenset(CHINESE_DIGITS) | frozenset("十百일이삼사오육칠팔구십백")


def _forms(words: str) -> list[list[str]]:
    return [word.split("/") for word in words.split()]


def _simple(ones: str, tens: str, joins: str) -> Iterator[tuple[str, int]]:
    one_forms = _forms(ones)
    for number, forms in enumerate(one_forms, start=1):
        yield from ((form, number) for form in forms)
    for ten, forms in enumerate(_forms(tens), start=2):
        for form in forms:
            compound_only = form.startswith("(")
            form = form.strip("()")
            if not compound_only:
                yield form, ten * 10
            for one in range(1, 10):
                for join in joins.split("|"):
                    for o in one_forms[one - 1]:
                        yield join.format(t=form, o=o), ten * 10 + one


def _french() -> Iterator[tuple[str, int]]:
    ones = _forms(_FRENCH_ONES)
    teens = {10 + i: forms for i, forms in enumerate(ones[9:])}  # dix .. dix-neuf
    for number, forms in enumerate(ones, start=1):
        yield from ((form, number) for form in forms)
    # 20-69, and the Belgian and Swiss septante, huitante/octante, nonante.
    for tens, value in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50),
                        ("soixante", 60), ("septante", 70), ("huitante/octante", 80),
                        ("nonante", 90)):
        for ten in tens.split("/"):
            yield ten, value
            yield from ((f"{ten} et {one}", value + 1) for one in ones[0])
            for one in range(2, 10):
                yield from ((f"{ten} {form}", value + one) for form in ones[one - 1])
    # 70-79 are sixty-and-ten..., 80-99 four-twenties(-and-ten...).
    for number, forms in teens.items():
        joiner = " et " if number == 11 else " "
        yield from ((f"soixante{joiner}{form}", 60 + number) for form in forms)
        yield from ((f"quatre vingt {form}", 80 + number) for form in forms)
    yield from (("quatre vingts", 80), ("quatre vingt", 80))
    for one in range(1, 10):
        yield from ((f"quatre vingt {form}", 80 + one) for form in ones[one - 1])


def _generated() -> Iterator[tuple[str, int]]:
    for language in _SIMPLE:
        yield from _simple(*language)
    for number, forms in enumerate(_forms(_SPANISH_TWENTIES), start=21):
        yield from ((form, number) for form in forms)
    yield from _french()
    yield from ((word, number) for number, word in enumerate(_KOREAN_NATIVE.split(), start=1))
    yield from (("a", 1), ("an", 1))


def _build() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for phrase, number in _generated():
        key = " ".join(fold(phrase.replace("-", " ")).split())
        if numbers.setdefault(key, number) != number:
            raise ValueError(f"{phrase!r} means both {numbers[key]} and {number}")
    return numbers


#: Folded number phrase (words separated by one space) -> its value, 1-99.
NUMBER_WORDS: dict[str, int] = _build()


def cjk_number(numerals: str) -> int | None:
    """The number Chinese (三十六) or Sino-Korean (삼십육) numerals spell, or None."""
    if not numerals or not set(numerals) <= CJK_NUMERALS:
        return None
    try:
        return chinese_number(numerals, numerals.translate(_SINO_KOREAN))
    except ValueParseError:
        return None
