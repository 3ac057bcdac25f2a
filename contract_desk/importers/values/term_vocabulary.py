"""The phrases a term cell is written with, by what they do and by language.

Written folded, as in ``word_tables``: lower case, Latin accents removed
("förlängning" is "forlangning"); Korean, Chinese and Japanese as written.
Phrases are separated by "|". Numbers, units and the plain renewal words
("automatic", "option", "none") are not repeated here: they come from
``number_words``, ``duration_words.UNIT_WORDS`` and ``word_tables.RENEWALS``.
"""

from __future__ import annotations

from enum import StrEnum

from contract_desk.domain.periods import PeriodUnit


class Kind(StrEnum):
    """What a word does in a term, apart from being a number or a unit."""

    AUTO = "auto"  # renews by itself: "tacit", "automatically"
    OPTION = "option"  # renews only if someone acts: "option", "optional"
    RENEWABLE = "renewable"  # "renewable", "prorrogável": by option, unless it says automatically
    NONE = "none"  # does not renew: "no renewal", "fixed term"
    RENEW = "renew"  # names a renewal without saying how: "renewed", "fornyelse"
    FURTHER = "further"  # "a further", "ytterligere", "weitere": one more period
    SAME = "same"  # "igual período": the renewal is as long as the term
    EVERY = "every"  # an adverb with a length: "annually", "monthly"
    LENGTH = "length"  # a length in words: "half a year"
    COUNT = "count"  # "twice"
    TIMES = "times"  # "2 x 1 year"
    REPEATS = "repeats"  # "renewable 2 times"
    UPTO = "upto"  # "up to", "inntil"
    FROM = "from"  # starts a clause saying when the term starts
    PLUS = "plus"
    AND = "and"
    FILLER = "filler"  # words that say nothing about the length: "duration", "of"
    BREAK = "break"  # , ; :
    OPEN = "open"
    CLOSE = "close"


SEPARATOR = "|"
#: Kind -> language -> phrases of that kind.
PHRASES: dict[Kind, dict[str, str]] = {
    Kind.AUTO: {
        "English": "automatically|auto renews|auto renewed|tacitly|self renewing",
        "Scandinavian": "automatiskt|stilltiende forlenget|stiltiende forlaenget",
        "German": "automatische|automatischen|automatisch verlangert",
        "French": "automatiquement|tacite|tacitement",
        "Spanish/Portuguese": "automaticamente|tacitamente|tacita|tacito",
        "Korean/Chinese/Japanese": "자동|自动|自動",
    },
    Kind.OPTION: {
        "English": "optional|at the option of",
        "German": "optional",
        "French": "optionnelle|optionnel",
        "Spanish/Portuguese": "opcional",
    },
    Kind.RENEWABLE: {
        "English": "extend|extendable|extendible|renewable|possible|possibility|"
                   "can be extended|may be extended|can be renewed|may be renewed",
        "Scandinavian": "mulighet|mulighed|mojlighet|mojlighet till|kan forlenges|kan fornyes|"
                        "kan forlanges|kan fornyas|kan forlaenges|kan fornys",
        "German": "verlangerbar|moglichkeit|moglichkeit zur|kann verlangert werden",
        "French": "renouvelable|reconductible|possibilite",
        "Spanish/Portuguese": "prorrogable|prorrogables|prorrogavel|prorrogaveis|renovable|"
                              "renovables|renovavel|renovaveis|posibilidad|possibilidade|"
                              "podendo ser prorrogado|pode ser prorrogado|puede prorrogarse|"
                              "pudiendo prorrogarse",
        "Korean/Chinese/Japanese": "연장 가능|연장가능|可续约|可续签|可延期|可延长",
    },
    Kind.NONE: {
        "English": "no extension|no extensions|no option|no options|no renewals|"
                   "without renewal|without extension|without option|non renewable|"
                   "not extendable|non extendable",
        "Scandinavian": "uten forlengelse|uten opsjon|ingen opsjon|ingen opsjoner|"
                        "utan forlangning|uden forlaengelse",
        "German": "ohne verlangerung|keine option",
        "French": "sans renouvellement|non renouvelable|non reconductible|sans reconduction",
        "Spanish/Portuguese": "sin prorroga|improrrogable|no prorrogable|sem prorrogacao|"
                              "improrrogavel|nao prorrogavel",
    },
    Kind.RENEW: {
        "English": "renew|renews|renewed|renewing|renewal|renewals|extended|reconducted",
        "Scandinavian": "fornyes|fornyet|fornyelse|fornying|forlenges|forlenget|forlengs|"
                        "fornyas|forlangs|forlaenges|fornys",
        "German": "verlangert|verlangern|erneuert|erneuerung",
        "French": "renouvele|renouvelee|renouvellement|reconduit|reconduite|reconduction",
        "Spanish/Portuguese": "renovado|renovada|renovacion|renovacao|renova|renueva|"
                              "prorrogado|prorrogada|prorrogados|prorrogadas",
        "Korean/Chinese/Japanese": "갱신|연장|续约|续签|续期|延长|更新",
    },
    Kind.FURTHER: {
        "English": "further|additional|another|extra|more|subsequent",
        "Scandinavian": "ytterligere|ytterlegare|ytterligare|yderligere",
        "German": "weitere|weiteren|weiterer|weiteres|zusatzliche|zusatzlichen|zusatzliches",
        "French": "supplementaire|supplementaires|additionnelle|additionnelles|additionnel",
        "Spanish/Portuguese": "adicional|adicionales|adicionais|otro|otros|otra|otras|mas|mais|"
                              "outro|outros|outra|outras",
    },
    Kind.SAME: {
        "English": "same period|same periods|same duration|equal period|equal periods|"
                   "like period|like periods|same length",
        "Scandinavian": "samme periode|tilsvarende periode|tilsvarende perioder|samma period",
        "German": "gleichen zeitraum|gleiche laufzeit|gleiche dauer",
        "French": "meme duree|meme periode|periode identique|duree identique",
        "Spanish/Portuguese": "igual periodo|iguales periodos|periodos iguales|igual plazo|"
                              "iguais periodos|periodos iguais|iguais e sucessivos periodos|"
                              "igual duracao|igual duracion",
    },
    Kind.REPEATS: {"all": "times|ganger|gange|gang|mal|fois|veces|vez|vezes"},
    Kind.UPTO: {"all": "up to|upto|inntil|opptil|upp till|op til|bis zu|jusqu a|hasta|ate"},
    Kind.FROM: {
        "English": "from|starting|starting from|commencing|beginning|effective|as from|"
                   "as of|with effect from|counted from|calculated from",
        "Scandinavian": "fra|fra og med|regnet fra|fran|fran och med|raknat fran",
        "German": "ab",
        "French": "a compter de|a compter du|a partir de|a partir du",
        "Spanish/Portuguese": "desde|a partir da|a partir do|contados|contado|contadas|"
                              "contada|a contar de|a contar da|a contar do",
    },
    Kind.PLUS: {"all": "+|plus|pluss"},
    Kind.AND: {"all": "and|og|och|und|e|y|&"},
    Kind.TIMES: {"all": "x|×|*"},
    Kind.BREAK: {"all": ",|;|:"},
    Kind.OPEN: {"all": "(|["},
    Kind.CLOSE: {"all": ")|]"},
    Kind.FILLER: {
        "English": "the|of|for|with|period|periods|duration|term|terms|initial|initially|"
                   "base|contract|contracts|agreement|lease|valid|validity|total|length|"
                   "then|thereafter|by|each|which|its|is|be|will|shall",
        "Scandinavian": "med|pa|for|av|af|i|som|varighet|varighed|avtaleperiode|avtaletid|"
                        "aftaleperiode|aftaletid|kontraktsperiode|kontraktstid|periode|"
                        "perioden|perioder|period|perioden|lopetid|loptid|lobetid|gyldig|"
                        "giltig|gyldighet|avtale|avtalen|avtal|avtalet|aftale|aftalen|"
                        "kontrakt|kontrakten|kontraktet|hver|vardera|innledende|inledande|"
                        "indledende|avtalstid|avtalsperiod|opprinnelig",
        "German": "mit|von|vom|fur|der|die|das|den|dem|des|laufzeit|vertragslaufzeit|dauer|"
                  "vertragsdauer|zeitraum|vertrag|vertrages|vertrags|jeweils|je|sich|"
                  "anfangliche|anfanglichen|gultig|gultigkeit",
        "French": "de|du|des|la|le|les|pour|par|avec|sur|duree|periode|periodes|contrat|"
                  "initiale|validite|valable|chacune|chacun|ferme|son|sa|est",
        "Spanish/Portuguese": "del|el|los|las|por|con|em|com|o|os|as|do|da|dos|das|plazo|"
                              "prazo|duracion|duracao|vigencia|periodo|periodos|contrato|"
                              "inicial|valido|cada uno|cada una|cada um|sucessivos|"
                              "sucessivas|sucessivamente|sucesivos|sucesivas|se|es|sera",
        "Korean/Chinese/Japanese": "계약|계약기간|기간|동안|총|최초|合同|合同期|合同期限|期限|"
                                   "期|为期|共|契約|契約期間|期間|까지|まで",
    },
}
#: Option words that say one option ("an option", "extension") or several ("options").
SINGLE_OPTIONS = ("option|extension|option to extend|option to renew|extension option|"
                   "renewal option|opsjon|opsjonsperiode|forlengelse|forlangning|forlaengelse|"
                   "verlangerung|verlangerungsoption|option auf verlangerung|"
                   "option zur verlangerung|prolongation|opcion|opcao|prorroga|prorrogacao|"
                   "prorrogacion|extensao")
PLURAL_OPTIONS = ("options|extensions|options to extend|options to renew|opsjoner|"
                   "opsjonsperioder|forlengelser|optioner|forlangningar|forlaengelser|optionen|"
                   "verlangerungen|prolongations|opciones|opcoes|prorrogas|prorrogacoes|"
                   "prorrogaciones|extensoes|extensiones")
#: Adverbs that repeat a length ("annually"), by (count, unit).
EVERY: dict[tuple[int, PeriodUnit], str] = {
    (1, PeriodUnit.YEARS): "annually|yearly|annual|every year|each year|per year|year to year|"
                           "once a year|once per year|once every year|"
                           "from year to year|year by year|arlig|arligen|arligt|hvert ar|"
                           "for hvert ar|jahrlich|jedes jahr|annuellement|annuel|annuelle|"
                           "chaque annee|tous les ans|d annee en annee|anualmente|anual|cada ano|"
                           "ano a ano|de ano em ano|매년|每年|毎年",
    (1, PeriodUnit.MONTHS): "monthly|every month|each month|month to month|from month to month|"
                            "once a month|once per month|"
                            "manedlig|manedsvis|manadsvis|manatlig|monatlich|mensuellement|"
                            "mensuel|mensualmente|mensual|mensalmente|mensal|cada mes|mes a mes|"
                            "매월|每月|毎月",
    (3, PeriodUnit.MONTHS): "quarterly|kvartalsvis|vierteljahrlich|trimestriel|trimestral",
    (6, PeriodUnit.MONTHS): "half yearly|semi annually|semiannually|halvarlig|halbjahrlich|"
                            "semestriel|semestral",
}
#: Lengths said without a number, by (count, unit).
LENGTHS: dict[tuple[int, PeriodUnit], str] = {
    (6, PeriodUnit.MONTHS): "half a year|half year|a half year|halvt ar|et halvt ar|"
                            "ett halvt ar|halvar|halbes jahr|ein halbes jahr|halbjahr|"
                            "demi annee|une demi annee|medio ano|meio ano|半年|반년|半年間",
}
#: How many times, in one word.
COUNTS = {1: "once|einmal", 2: "twice|zweimal", 3: "thrice|dreimal"}
#: Korean counts years with 해 after a native number ("두 해"); UNIT_WORDS has the rest.
EXTRA_UNITS = {"해": PeriodUnit.YEARS}
