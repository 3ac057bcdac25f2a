"""Header synonyms for terms, money, free text, and payment-schedule columns.

The other half of ``synonyms`` (which explains the format and merges both).
"""

from __future__ import annotations

TERM_AND_MONEY: dict[str, dict[str, str]] = {
    "initial_term": {
        "English": "term|contract term|duration|contract duration|initial term|term length|"
                   "contract period|validity period|length of contract",
        "Norwegian": "varighet|løpetid|avtaleperiode|kontraktsperiode|bindingstid|avtaletid|"
                     "kontraktstid|avtalens varighet",
        "Swedish": "avtalstid|avtalsperiod|varaktighet|giltighetstid|avtalets löptid",
        "Danish": "løbetid|varighed|aftaleperiode|kontraktperiode|bindingsperiode",
        "German": "laufzeit|vertragslaufzeit|dauer|vertragsdauer|geltungsdauer",
        "French": "durée|durée du contrat|durée initiale|durée de validité",
        "Spanish": "duración|plazo|duración del contrato|plazo de ejecución",
        "Portuguese": "duração|prazo|prazo de vigência|prazo do contrato",
        "Korean": "계약기간|계약 기간|기간",
        "Chinese": "合同期限|期限|合同期|有效期|合同有效期|服务期限",
        "Japanese": "契約期間|期間|有効期間",
    },
    "renewal": {
        "English": "renewal|renewal type|auto renewal|auto renew|automatic renewal|renews|"
                   "renewable|extension|evergreen|auto renews|renewal option|renewal options|"
                   "option to renew|option to extend|extension option|extension options|"
                   "auto renewal clause",
        "Norwegian": "fornyelse|forlengelse|automatisk fornyelse|fornyes|opsjon|opsjoner|"
                     "forlengelsesopsjon|automatisk forlengelse",
        "Swedish": "förnyelse|förlängning|automatisk förlängning|option|optioner|"
                   "förlängningsoption",
        "Danish": "forlængelse|automatisk fornyelse|option|optioner",
        "German": "verlängerung|automatische verlängerung|erneuerung|verlängerungsart|"
                  "verlängerungsoption",
        "French": "renouvellement|reconduction|tacite reconduction|reconductible|"
                  "option de renouvellement",
        "Spanish": "renovación|prórroga|renovación automática|prorrogable|opción de prórroga",
        "Portuguese": "renovação|prorrogação|renovação automática|prorrogável|"
                      "possibilidade de prorrogação",
        "Korean": "갱신|자동갱신|연장|갱신여부|자동연장|연장여부",
        "Chinese": "续约|续签|自动续约|续期|是否续约|续约方式",
        "Japanese": "更新|自動更新|更新有無|契約更新|更新区分",
    },
    "renewal_term": {
        "English": "renewal term|renewal period|extension period|renewal length|extension term",
        "Norwegian": "fornyelsesperiode|forlengelsesperiode|opsjonsperiode",
        "Swedish": "förnyelseperiod|förlängningsperiod|optionsperiod",
        "Danish": "forlængelsesperiode",
        "German": "verlängerungszeitraum|verlängerungsdauer|verlängerungsperiode",
        "French": "durée de renouvellement|période de renouvellement|durée de reconduction",
        "Spanish": "periodo de renovación|plazo de prórroga|periodo de prórroga",
        "Portuguese": "período de renovação|prazo de prorrogação|período de prorrogação",
        "Korean": "갱신기간|연장기간",
        "Chinese": "续约期限|续期期限|续约期|续签期限",
        "Japanese": "更新期間|延長期間",
    },
    "max_renewals": {
        "English": "max renewals|maximum renewals|number of renewals|renewal count|"
                   "max extensions|number of extensions|number of options",
        "Norwegian": "antall fornyelser|maks fornyelser|antall opsjoner|antall forlengelser",
        "Swedish": "antal förnyelser|antal förlängningar|antal optioner",
        "Danish": "antal fornyelser|antal forlængelser",
        "German": "anzahl verlängerungen|maximale verlängerungen|anzahl optionen",
        "French": "nombre de renouvellements|nombre de reconductions",
        "Spanish": "número de renovaciones|número de prórrogas",
        "Portuguese": "número de renovações|número de prorrogações",
        "Korean": "갱신횟수|최대갱신횟수|연장횟수",
        "Chinese": "续约次数|最大续约次数|续签次数",
        "Japanese": "更新回数|最大更新回数",
    },
    "notice_period": {
        "English": "notice|notice period|termination notice|notice of termination|"
                   "cancellation notice|notice required|period of notice",
        "Norwegian": "oppsigelsestid|oppsigelse|oppsigelsesfrist|frist for oppsigelse",
        "Swedish": "uppsägningstid|uppsägning|uppsägningsfrist",
        "Danish": "opsigelsesvarsel|opsigelsesfrist|opsigelse|varsel",
        "German": "kündigungsfrist|kündigung|kündigungszeit",
        "French": "préavis|délai de préavis|préavis de résiliation|délai de résiliation",
        "Spanish": "preaviso|plazo de preaviso|aviso previo|plazo de aviso",
        "Portuguese": "prazo de aviso|prazo de denúncia|aviso de rescisão",
        "Korean": "해지통보기간|통보기간|사전통보기간|해지예고기간",
        "Chinese": "通知期|提前通知期|解约通知期|通知期限|提前通知期限",
        "Japanese": "解約予告期間|予告期間|通知期間|解約通知期間",
    },
    "notice_buffer_days": {
        "English": "notice buffer|buffer days|reminder buffer|notice lead time|internal buffer",
        "Norwegian": "varslingsbuffer|buffer dager|intern frist",
        "Swedish": "buffertdagar|intern frist för uppsägning",
        "Danish": "bufferdage|intern frist",
        "German": "vorlaufzeit|puffertage",
        "French": "jours de marge|délai interne",
        "Spanish": "días de margen",
        "Portuguese": "dias de margem",
        "Korean": "여유일수|사전알림일수",
        "Chinese": "缓冲天数|预留天数",
        "Japanese": "余裕日数",
    },
    "value": {
        "English": "value|contract value|total value|total contract value|amount|"
                   "contract amount|total amount|price|contract price|total price|total cost|"
                   "awarded amount|award amount|award value|estimated value|annual value|"
                   "contract sum|value excl vat|amount excl vat|obligated amount|"
                   "total obligated amount|current contract value|base and all options value|"
                   "potential total value|contract ceiling|awarded value|award price",
        "Norwegian": "verdi|kontraktsverdi|avtaleverdi|beløp|totalbeløp|pris|kontraktsbeløp|"
                     "årlig verdi|verdi eks mva|beløp eks mva|estimert verdi|totalverdi",
        "Swedish": "värde|kontraktsvärde|avtalsvärde|belopp|totalbelopp|summa|årligt värde|"
                   "ordervärde",
        "Danish": "værdi|kontraktværdi|aftaleværdi|samlet beløb|kontraktsum",
        "German": "wert|vertragswert|auftragswert|betrag|gesamtbetrag|summe|preis|"
                  "vertragssumme|auftragssumme|gesamtwert|vertragsvolumen",
        "French": "valeur|montant|montant du contrat|montant total|prix|montant ht|montant ttc|"
                  "valeur du contrat",
        "Spanish": "importe|importe del contrato|importe contrato|monto|monto del contrato|"
                   "precio|importe total|monto total|valor del contrato|cuantía",
        "Portuguese": "valor|valor do contrato|valor total|montante|preço|valor global|"
                      "valor contratado",
        "Korean": "금액|계약금액|총액|총금액|가격|계약가|계약액|공급가액|낙찰금액|계약총액",
        "Chinese": "金额|合同金额|总金额|合同总额|价格|合同价格|合同价款|总价|标的额|中标金额|"
                   "成交金额|中标价",
        "Japanese": "契約金額|総額|契約額|合計金額",
    },
    "currency": {
        "English": "currency|ccy|curr|currency code",
        "Norwegian": "valuta|valutakode|myntenhet",
        "Swedish": "valutakod",
        "Danish": "valuta|valutakode|møntenhed",
        "German": "währung|währungscode",
        "French": "devise|monnaie|code devise",
        "Spanish": "moneda|divisa|tipo de moneda",
        "Portuguese": "moeda",
        "Korean": "통화|화폐|통화코드|화폐단위",
        "Chinese": "币种|货币|币别|货币类型",
        "Japanese": "通貨|通貨コード",
    },
    "payment_terms": {
        "English": "payment terms|terms of payment|payment conditions|billing terms|invoice terms",
        "Norwegian": "betalingsbetingelser|betalingsvilkår|betalingsfrist|betaling",
        "Swedish": "betalningsvillkor|betalning|betalningsfrist",
        "Danish": "betalingsbetingelser|betalingsvilkår",
        "German": "zahlungsbedingungen|zahlungsziel|zahlungsmodalitäten|zahlungsweise",
        "French": "conditions de paiement|modalités de paiement|délai de paiement",
        "Spanish": "condiciones de pago|forma de pago|términos de pago|plazo de pago",
        "Portuguese": "condições de pagamento|forma de pagamento|prazo de pagamento",
        "Korean": "지급조건|결제조건|지불조건|대금지급조건|결제방법|지급방법",
        "Chinese": "付款条件|支付条件|付款方式|支付方式|结算方式",
        "Japanese": "支払条件|支払い条件|支払方法|決済条件",
    },
}

TEXT_AND_SCHEDULE: dict[str, dict[str, str]] = {
    "notes": {
        "English": "notes|note|comments|comment|remarks|remark|memo|additional information",
        "Norwegian": "notater|notat|kommentar|kommentarer|merknad|merknader|anmerkning|"
                     "bemerkning|bemerkninger",
        "Swedish": "anteckningar|anteckning|anmärkning|anmärkningar|övrigt|noteringar",
        "Danish": "noter|bemærkninger|bemærkning",
        "German": "notizen|notiz|bemerkungen|bemerkung|kommentare|anmerkungen|hinweise",
        "French": "remarques|remarque|commentaires|commentaire|observations",
        "Spanish": "notas|nota|observaciones|comentarios|comentario",
        "Portuguese": "observações|observação|comentários",
        "Korean": "비고|메모|참고사항|특이사항|비고사항",
        "Chinese": "备注|附注|备注说明",
        "Japanese": "備考|メモ|コメント|注記|特記事項",
    },
    "scope": {
        "English": "scope|scope of work|description|contract description|subject matter|"
                   "services|deliverables|purpose|goods and services",
        "Norwegian": "omfang|beskrivelse|leveranse|leveranser|innhold|formål|avtalens omfang|"
                     "tjenester|ytelse",
        "Swedish": "omfattning|beskrivning|leverans|innehåll|syfte|tjänster|föremål",
        "Danish": "leverance|indhold|ydelse|ydelser",
        "German": "leistungsumfang|beschreibung|vertragsgegenstand|gegenstand|leistungen|"
                  "leistungsbeschreibung",
        "French": "objet|objet du contrat|périmètre|prestations|objet du marché",
        "Spanish": "objeto|objeto del contrato|descripción|alcance|objeto contractual|concepto|"
                   "descripción del contrato",
        "Portuguese": "objeto do contrato|descrição|escopo|objeto contratual",
        "Korean": "계약내용|내용|범위|계약범위|업무내용|과업내용",
        "Chinese": "合同内容|内容|范围|服务内容|合同标的|描述",
        "Japanese": "契約内容|範囲|業務内容|概要",
    },
    "direction": {
        "English": "direction|buy or sell|buy sell|purchase or sale|contract direction",
        "Norwegian": "retning|kjøp salg|kjøp eller salg|innkjøp salg",
        "Swedish": "riktning|köp sälj|köp eller försäljning",
        "Danish": "køb salg|køb eller salg|indkøb salg",
        "German": "richtung|einkauf verkauf|kauf verkauf",
        "French": "sens|achat vente|sens du contrat",
        "Spanish": "dirección|compra venta|sentido",
        "Portuguese": "direção|compra venda",
        "Korean": "매입매출|구매판매",
        "Chinese": "收支类型|采购销售|合同方向",
        "Japanese": "売買区分|収支区分",
    },
    "term_months": {
        "English": "term months|term in months|duration months|duration in months|months|"
                   "number of months|contract term months|length months|no of months",
        "Norwegian": "varighet mnd|varighet måneder|løpetid mnd|løpetid måneder|"
                     "antall måneder|måneder|mnd",
        "Swedish": "löptid månader|antal månader|månader",
        "Danish": "løbetid måneder|varighed måneder|antal måneder",
        "German": "laufzeit monate|laufzeit in monaten|monate|anzahl monate|dauer monate",
        "French": "durée mois|durée en mois|nombre de mois|mois",
        "Spanish": "duración meses|duración en meses|plazo meses|plazo en meses|meses|"
                   "número de meses",
        "Portuguese": "duração meses|prazo meses|prazo em meses",
        "Korean": "계약기간개월|기간개월|개월수|계약개월수",
        "Chinese": "期限月|合同期限月|月数|合同月数|期限个月",
        "Japanese": "契約期間月|期間月|契約月数",
    },
    "obligation_due_date": {
        "English": "due date|payment date|due|due on|payment due|payment due date|"
                   "milestone date|installment date|instalment date|delivery date|deadline",
        "Norwegian": "forfallsdato|forfall|betalingsdato|leveringsdato|milepælsdato",
        "Swedish": "förfallodatum|förfallodag|betalningsdatum|leveransdatum",
        "Danish": "forfaldsdato|betalingsdato",
        "German": "fälligkeitsdatum|fälligkeit|zahlungsdatum|liefertermin|lieferdatum|fällig am",
        "French": "date de paiement|date de livraison|date limite|date du jalon",
        "Spanish": "fecha de pago|fecha de entrega|fecha límite|fecha del hito",
        "Portuguese": "data de pagamento|data de entrega|data do marco",
        "Korean": "지급일|지급예정일|납기일|납품일|결제일|마감일",
        "Chinese": "付款日期|支付日期|交付日期|付款时间|交货日期",
        "Japanese": "支払日|支払期日|納期|納品日|期日",
    },
    "obligation_amount": {
        "English": "payment amount|installment amount|instalment amount|milestone amount|"
                   "amount due|invoice amount|instalment|installment",
        "Norwegian": "avdrag|delbetaling|betalingsbeløp|avdragsbeløp",
        "Swedish": "delbetalning|betalningsbelopp|avbetalning|delbelopp",
        "Danish": "afdrag|betalingsbeløb",
        "German": "teilzahlung|zahlungsbetrag|ratenbetrag|abschlagszahlung",
        "French": "montant du paiement|acompte|versement|montant de l'échéance",
        "Spanish": "monto del pago|importe del pago|cuota|pago parcial",
        "Portuguese": "valor da parcela|parcela|valor do pagamento|prestação",
        "Korean": "지급금액|지급액|분할금|회차금액|기성금",
        "Chinese": "付款金额|支付金额|分期金额|本期金额|应付金额",
        "Japanese": "支払金額|支払額|分割金額|請求金額",
    },
    "obligation_title": {
        "English": "milestone|payment milestone|obligation|payment description|milestone name",
        "Norwegian": "milepæl|forpliktelse|betalingsbeskrivelse",
        "Swedish": "milstolpe|åtagande",
        "Danish": "forpligtelse",
        "German": "meilenstein|verpflichtung",
        "French": "jalon|obligation contractuelle",
        "Spanish": "hito|obligación|concepto de pago",
        "Portuguese": "marco|obrigação",
        "Korean": "마일스톤|이정표|의무",
        "Chinese": "里程碑|节点|付款节点|义务",
        "Japanese": "マイルストーン|義務|支払項目",
    },
}
