"""Column headers that mean each contract field, in the register languages.

For each field, per language, "|"-separated headers as people write them
(case, accents, spaces and punctuation do not matter: headers are compared
folded and compacted, so "Start-Dato" meets "startdato"). ``SYNONYMS`` are
headers that say the field outright; ``LOOSE_SYNONYMS`` usually mean it but
not always ("Contract", "Type", "Name") and are matched with less confidence.
A header may mean one field only; ``header_match`` refuses to build otherwise.

Import-only helper fields (not stored as such; the pipeline turns them into
contract fields or obligations):

- ``value_with_currency``: an amount column whose cells carry their currency
  ("R$ 11.340.000,66"); fills ``value`` and ``currency``. Never matched from a
  header: ``mapping`` chooses it over ``value`` when the cells show currencies.
- ``term_months``: the initial term as a bare number of months ("Term (months)").
- ``obligation_due_date``, ``obligation_amount``, ``obligation_title``: one
  payment or milestone of a payment schedule laid out one row per contract.
"""

from __future__ import annotations

from contract_desk.domain.export_headers import CONTRACT_HEADERS
from contract_desk.i18n.every_language import in_every_language
from contract_desk.importers.map.synonyms_dates import DATES, LOOSE
from contract_desk.importers.map.synonyms_notice import NOTICE_RULES
from contract_desk.importers.map.synonyms_terms import TERM_AND_MONEY, TEXT_AND_SCHEDULE
from contract_desk.importers.values.normalize import compact

IMPORT_ONLY_FIELDS = ("value_with_currency", "term_months", "obligation_due_date",
                      "obligation_amount", "obligation_title")

_IDENTITY: dict[str, dict[str, str]] = {
    "reference": {
        "English": "contract number|contract no|contract id|contract ref|contract reference|"
                   "agreement number|agreement no|agreement id|reference|reference number|ref|"
                   "ref no|our reference|contract code|piid|award id piid|contract award number",
        "Norwegian": "avtalenr|avtalenummer|avtale nr|kontraktsnr|kontraktsnummer|kontraktnr|"
                     "kontraktnummer|referanse|referansenummer|ref nr",
        "Swedish": "avtalsnummer|avtalsnr|referens|referensnummer",
        "Danish": "aftalenummer|aftalenr|referencenummer",
        "German": "vertragsnummer|vertragsnr|vertrags id|referenz|referenznummer",
        "French": "numéro de contrat|no de contrat|numéro du contrat|référence du contrat|"
                  "ref contrat|numéro de marché|no du marché",
        "Spanish": "número de contrato|no de contrato|num contrato|código de contrato|"
                   "código contrato|referencia|numero contrato",
        "Portuguese": "número do contrato|no do contrato|código do contrato|no contrato",
        "Korean": "계약번호|계약코드|관리번호|계약관리번호",
        "Chinese": "合同编号|合同号|合同编码|协议编号|合同序号|合同备案编号|"
                   # Taiwan and Hong Kong say 合約 (read as Simplified: 合约).
                   "合约编号|合约号|契约编号",
        "Japanese": "契約番号|契約no|契約コード",
    },
    "title": {
        "English": "title|contract title|contract name|agreement title|agreement name|"
                   "name of contract|subject|contract subject",
        "Norwegian": "tittel|kontraktstittel|avtaletittel|avtalenavn|kontraktsnavn|emne",
        "Swedish": "titel|avtalsnamn|kontraktsnamn|benämning|rubrik",
        "Danish": "aftalenavn|kontraktnavn",
        "German": "vertragstitel|vertragsname|bezeichnung|vertragsbezeichnung|betreff",
        "French": "titre|intitulé|titre du contrat|intitulé du contrat|nom du contrat|libellé",
        "Spanish": "título|título del contrato|título contrato|nombre del contrato|denominación",
        "Portuguese": "título do contrato|nome do contrato|denominação",
        "Korean": "계약명|제목|건명|계약건명",
        "Chinese": "合同名称|合同标题|标题|合约名称|契约名称|标案名称",
        "Japanese": "契約名|件名|契約件名|タイトル",
    },
    "counterparty": {
        "English": "counterparty|counter party|vendor|vendor name|supplier|supplier name|"
                   "successful supplier|contractor|contractor name|customer|customer name|client|"
                   "other party|company name|service provider|lessor|landlord|awarded to|"
                   "awardee|winning bidder|successful bidder|awarded supplier|awarded vendor|"
                   "awarded contractor|supplier awarded|bidder|payee|recipient|"
                   "recipient name|vendor supplier|consultant|firm name|winning vendor|"
                   "winning vendors|winning supplier|winner|awarded bidder|contractor generic name",
        "Norwegian": "motpart|leverandør|leverandørnavn|kunde|avtalepart|kontraktspart|"
                     "tjenesteyter|utleier|entreprenør|valgt leverandør|tildelt leverandør",
        "Swedish": "leverantör|leverantörsnamn|kund|avtalspart|hyresvärd",
        "Danish": "modpart|aftalepart|udlejer",
        "German": "vertragspartner|vertragspartei|gegenpartei|lieferant|auftragnehmer|"
                  "dienstleister|anbieter|vermieter|zuschlagsempfänger|bieter",
        "French": "cocontractant|contrepartie|fournisseur|prestataire|titulaire|bailleur|"
                  "attributaire|titulaire du marché|nom du titulaire|titulaires|"
                  "dénomination sociale|titulaire dénomination sociale",
        "Spanish": "contraparte|proveedor|contratista|proveedor contratista|adjudicatario|"
                   "razón social|arrendador|empresa adjudicataria|proveedor adjudicado|"
                   "nombre del proveedor|nombre del contratista",
        "Portuguese": "fornecedor|contratado|contratada|prestador|razão social|locador|"
                      "empresa contratada|nome do fornecedor|nome do contratado|"
                      "fornecedor contratado|entidade adjudicatária|adjudicatária|adjudicatário|"
                      "entidades adjudicatárias",
        "Korean": "거래처|상대방|계약상대방|공급업체|업체명|협력사|거래처명|고객사|계약업체|공급자|"
                  "계약상대자|낙찰자|계약자|업체",
        "Chinese": "供应商|相对方|合同相对方|对方|客户|乙方|对方单位|供应商名称|承包商|中标人|"
                   "中标单位|中标供应商|成交供应商|乙方单位|厂商|厂商名称|得标厂商|立约商",
        "Japanese": "取引先|相手方|契約相手|契約先|仕入先|供給者|業者|顧客",
    },
    "contract_type": {
        "English": "contract type|type of contract|agreement type|contract category|"
                   "contract kind",
        "Norwegian": "kontraktstype|avtaletype",
        "Swedish": "avtalstyp|kontraktstyp",
        "Danish": "aftaletype|kontrakttype",
        "German": "vertragsart|vertragstyp",
        "French": "type de contrat|nature du contrat",
        "Spanish": "tipo de contrato|tipo de contratación|tipo contratación",
        "Portuguese": "tipo do contrato",
        "Korean": "계약유형|계약종류|계약구분",
        "Chinese": "合同类型|合同类别|合同种类|合约类型|合约类别",
        "Japanese": "契約種別|契約種類|契約区分",
    },
    "department": {
        "English": "department|dept|division|business unit|cost center|cost centre|"
                   "procuring entity|contracting authority|contracting entity|buying entity|"
                   "procuring agency|contracting agency|contracting department|"
                   "requesting department|using department|awarding agency|awarding entity|"
                   "agency name|entity name|unit name|organization name|organisation name|"
                   "municipality|ministry|purchasing entity|buyer name organisation",
        "Norwegian": "avdeling|enhet|seksjon|kostnadssted|oppdragsgiver|virksomhet",
        "Swedish": "avdelning|enhet|förvaltning|kostnadsställe|sektion",
        "Danish": "afdeling|enhed|omkostningssted",
        "German": "abteilung|bereich|fachbereich|geschäftsbereich|kostenstelle|dienststelle|"
                  "auftraggeber|vergabestelle",
        "French": "département|centre de coût|pouvoir adjudicateur|acheteur public|"
                  "nom acheteur|nom de l'acheteur|acheteur nom|commune",
        "Spanish": "departamento|dependencia|unidad compradora|centro de costo|"
                   "entidad contratante|órgano de contratación|entidad|entidad remitente|"
                   "municipio|área requirente|área solicitante|área usuaria|unidad requirente",
        "Portuguese": "setor|unidade|órgão|centro de custo|órgão contratante|unidade gestora|"
                      "unidade contratante|entidade adjudicante|entidades adjudicantes|"
                      "adjudicante|município",
        "Korean": "부서|담당부서|주관부서|부서명|사업부|관리부서|발주기관|수요기관|계약기관",
        "Chinese": "部门|所属部门|负责部门|承办部门|事业部|采购人|采购单位|采购人名称",
        "Japanese": "部署|担当部署|部門|所管部署|事業部",
    },
    "project": {
        "English": "project|project name|project number|programme|program",
        "Norwegian": "prosjekt|prosjektnavn|prosjektnummer|prosjektnr",
        "Swedish": "projekt|projektnamn|projektnummer",
        "Danish": "projektnavn",
        "German": "projektname|projektnummer|vorhaben",
        "French": "projet|nom du projet",
        "Spanish": "proyecto|nombre del proyecto|programa",
        "Portuguese": "projeto|nome do projeto",
        "Korean": "프로젝트|사업명|과제명|프로젝트명",
        "Chinese": "项目|项目名称|项目编号",
        "Japanese": "プロジェクト|案件|案件名|プロジェクト名",
    },
    "owner": {
        "English": "owner|contract owner|responsible|responsible person|contract manager|"
                   "contact person|account manager|handled by|person in charge",
        "Norwegian": "ansvarlig|kontraktsansvarlig|avtaleansvarlig|kontaktperson|eier|"
                     "saksbehandler|kontraktseier",
        "Swedish": "ansvarig|avtalsansvarig|ägare|handläggare|avtalsägare",
        "Danish": "kontraktansvarlig|ejer|sagsbehandler|aftaleejer",
        "German": "verantwortlich|verantwortlicher|vertragsverantwortlicher|ansprechpartner|"
                  "sachbearbeiter|zuständig",
        "French": "responsable|gestionnaire|responsable du contrat|interlocuteur",
        "Spanish": "gestor|administrador del contrato|encargado",
        "Portuguese": "responsável|gestor do contrato|fiscal do contrato",
        "Korean": "담당자|계약담당자|책임자|담당",
        "Chinese": "负责人|经办人|合同负责人|联系人|责任人|承办人",
        "Japanese": "担当者|責任者|契約担当者|担当",
    },
    "tags": {
        "English": "tags|tag|labels|keywords",
        "Norwegian": "stikkord|emneord|etiketter|nøkkelord",
        "Swedish": "taggar|nyckelord",
        "Danish": "nøgleord",
        "German": "schlagworte|schlagwörter|stichworte|etiketten",
        "French": "étiquettes|mots clés",
        "Spanish": "etiquetas|palabras clave",
        "Portuguese": "palavras chave",
        "Korean": "태그|키워드",
        "Chinese": "标签|关键词",
        "Japanese": "タグ|キーワード|ラベル",
    },
    "status": {
        "English": "status|state|contract status|stage",
        "Norwegian": "tilstand|avtalestatus|kontraktsstatus",
        "Swedish": "avtalsstatus|tillstånd",
        "Danish": "aftalestatus",
        "German": "vertragsstatus|zustand",
        "French": "statut|état|statut du contrat",
        "Spanish": "estado|estatus|situación|estado del contrato",
        "Portuguese": "situação|situação do contrato",
        "Korean": "상태|계약상태|진행상태|진행상황",
        "Chinese": "状态|合同状态|执行状态|合约状态",
        "Japanese": "ステータス|状態|契約状況|状況",
    },
}


#: The tables' name of each language the program speaks (others: Babel's English name).
_TABLE_LANGUAGES = {"en": "English", "ko": "Korean", "nb": "Norwegian", "zh_CN": "Chinese"}


def _table_language(code: str) -> str:
    from babel import Locale

    return _TABLE_LANGUAGES.get(code) or str(Locale.parse(code).get_language_name("en"))


def _with_export_headers(strong: dict[str, dict[str, str]],
                         loose: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """``strong`` with each stored field's export header in every language the program
    ships, read from the catalogs: an export in any language re-imports, and a new
    language needs no synonym here. A header another field already goes by is left out
    (tests/exporters/test_export_languages.py fails on it)."""
    taken = {compact(word): field for table in (strong, loose)
             for field, languages in table.items() for words in languages.values()
             for word in words.split("|")}
    merged = {field: dict(languages) for field, languages in strong.items()}
    for field, source in CONTRACT_HEADERS.items():
        for code, header in in_every_language(source).items():
            known = taken.get(compact(header))
            if known is not None or "|" in header:
                continue  # already listed (for this field or, refused, for another)
            taken[compact(header)] = field
            language = _table_language(code)
            words = merged.setdefault(field, {}).get(language)
            merged[field][language] = f"{words}|{header}" if words else header
    return merged


#: Field -> language -> "|"-separated headers that say the field outright.
SYNONYMS: dict[str, dict[str, str]] = _with_export_headers(
    {**_IDENTITY, **DATES, **TERM_AND_MONEY, **NOTICE_RULES, **TEXT_AND_SCHEDULE}, LOOSE)
#: Field -> language -> headers that usually mean the field, matched with less confidence.
LOOSE_SYNONYMS: dict[str, dict[str, str]] = LOOSE
