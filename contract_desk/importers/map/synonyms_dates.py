"""Header synonyms for the contract's dates, and the loose synonyms of every field.

Part of ``synonyms`` (which explains the format and merges the tables).
"""

from __future__ import annotations

DATES: dict[str, dict[str, str]] = {
    "signed_on": {
        "English": "signed|signed on|signing date|date signed|signature date|"
                   "date of signature|execution date|date executed|contract date|award date|"
                   "date awarded|agreement date|date of award|notification date|"
                   "contract signing date|contract award date",
        "Norwegian": "signert|signeringsdato|signert dato|dato signert|underskriftsdato|"
                     "inngått|inngått dato|avtaledato|kontraktsdato|tildelingsdato",
        "Swedish": "undertecknad|undertecknat|underskriftsdatum|avtalsdatum|tecknat|"
                   "tilldelningsdatum",
        "Danish": "underskrevet|underskriftsdato|kontraktdato|indgået",
        "German": "unterzeichnet|unterschrieben|unterschriftsdatum|unterzeichnungsdatum|"
                  "vertragsdatum|abschlussdatum|vertragsabschluss|zuschlagsdatum",
        "French": "date de signature|signé le|date du contrat|date d'attribution|"
                  "date de notification|date notification",
        "Spanish": "fecha de firma|fecha firma|fecha del contrato|fecha de adjudicación|"
                   "fecha de suscripción|fecha de formalización",
        "Portuguese": "data de assinatura|data da assinatura|assinado em|data do contrato|"
                      "data de celebração",
        "Korean": "계약일|계약일자|체결일|계약체결일|서명일",
        "Chinese": "签订日期|签约日期|签署日期|合同签订日期|签订时间|签约时间",
        "Japanese": "契約日|締結日|契約締結日|署名日",
    },
    "start_date": {
        "English": "start|start date|starts|commencement|commencement date|effective date|"
                   "effective from|valid from|from|begin|begin date|term start|contract start|"
                   "contract start date|date from|period start",
        "Norwegian": "startdato|oppstart|oppstartsdato|fra|fra dato|fradato|gyldig fra|"
                     "ikrafttredelse|virkningsdato|avtalestart|kontraktsstart|gjelder fra",
        "Swedish": "startdatum|från|från och med|giltig från|avtalsstart|ikraftträdande",
        "Danish": "gyldig fra|ikrafttræden|begyndelsesdato|aftalestart",
        "German": "beginn|vertragsbeginn|laufzeitbeginn|gültig ab|gültig von|von|ab|"
                  "inkrafttreten|wirksam ab|leistungsbeginn",
        "French": "date de début|début|date d'effet|prise d'effet|à partir du|"
                  "date de commencement|début du contrat",
        "Spanish": "fecha de inicio|fecha inicio|inicio|fecha de comienzo|vigencia desde|"
                   "desde|fecha de entrada en vigor|fecha efectiva|fecha inicio vigencia|"
                   "inicio de vigencia",
        "Portuguese": "data de início|data início|início da vigência|vigência início|"
                      "data de início da vigência|início vigência",
        "Korean": "시작일|계약시작일|개시일|시작일자|계약개시일|효력발생일|착수일",
        "Chinese": "开始日期|开始时间|起始日期|生效日期|合同开始日期|起始时间|生效时间",
        "Japanese": "開始日|契約開始日|発効日|効力発生日|開始日付",
    },
    "end_date": {
        "English": "end|end date|ends|expiry|expiry date|expiration|expiration date|expires|"
                   "expires on|valid to|valid until|until|to|term end|contract end|"
                   "contract end date|end of term|completion date|date to|maturity date|"
                   "expire date|termination date|contract expiration date|contract expiry|"
                   # A subscription register's day the current term ends and renews.
                   "renewal date|next renewal date|renewal due date|renews on",
        "Norwegian": "sluttdato|slutt|utløpsdato|utløp|utløper|til|til dato|tildato|gyldig til|"
                     "gyldig til og med|avtaleslutt|kontraktsslutt|opphør|opphørsdato|varer til",
        "Swedish": "slutdatum|utgångsdatum|till|till och med|giltig till|avtalsslut|upphör",
        "Danish": "slutdato|udløbsdato|udløb|ophør|ophørsdato|aftaleslut",
        "German": "ende|enddatum|vertragsende|laufzeitende|ablaufdatum|ablauf|gültig bis|bis|"
                  "befristet bis|endet am",
        "French": "date de fin|fin|date d'échéance|échéance|date d'expiration|expiration du "
                  "contrat|jusqu'au|fin du contrat|valable jusqu'au",
        "Spanish": "fecha de fin|fecha fin|fecha de finalización|fecha de término|vencimiento|"
                   "fecha de vencimiento|vigencia hasta|hasta|fecha de expiración|"
                   "fecha de terminación|fecha fin vigencia|fin de vigencia",
        "Portuguese": "data de término|data término|data fim|data final|término|vencimento|"
                      "data de vencimento|fim da vigência|vigência fim|até|"
                      "data de término da vigência|término da vigência|vigência até|"
                      "data de fecho|data de fecho do contrato",
        "Korean": "종료일|계약종료일|만료일|종료일자|계약만료일|완료일",
        "Chinese": "结束日期|终止日期|到期日|到期日期|截止日期|合同结束日期|合同到期日|结束时间|"
                   "到期时间|失效日期|合同终止日期",
        "Japanese": "終了日|契約終了日|満了日|契約満了日|有効期限|終了日付",
    },
    "final_end_date": {
        "English": "final end date|final end|final expiry|final expiry date|ultimate end date|"
                   "latest end date|outside date|final expiration|maximum end date",
        "Norwegian": "endelig sluttdato|siste sluttdato|sluttdato inkl opsjoner|maks sluttdato",
        "Swedish": "slutligt slutdatum|sista slutdatum|slutdatum inkl optioner",
        "Danish": "endelig slutdato|sidste slutdato|slutdato inkl optioner",
        "German": "endgültiges vertragsende|spätestes vertragsende|maximales vertragsende|"
                  "vertragsende inkl optionen",
        "French": "date de fin définitive|date de fin maximale|échéance finale",
        "Spanish": "fecha de fin definitiva|fecha final máxima|vencimiento final",
        "Portuguese": "data final definitiva|término final",
        "Korean": "최종종료일|최종만료일",
        "Chinese": "最终到期日|最终结束日期|最终终止日期",
        "Japanese": "最終終了日|最終満了日",
    },
    "notice_given_on": {
        "English": "notice given|notice given on|notice date|date of notice|notice sent|"
                   "notice served|termination notice date|date notice given",
        "Norwegian": "oppsagt dato|dato oppsagt|oppsigelsesdato|dato for oppsigelse",
        "Swedish": "uppsägningsdatum|datum för uppsägning",
        "Danish": "opsigelsesdato|dato for opsigelse",
        "German": "gekündigt am|kündigungsdatum|datum der kündigung",
        "French": "date de résiliation|résilié le|date du préavis",
        "Spanish": "fecha de preaviso|fecha de rescisión|fecha de aviso",
        "Portuguese": "data do aviso|data de rescisão|data da denúncia",
        "Korean": "해지통보일|통보일|해지일",
        "Chinese": "通知日期|解约通知日期|终止通知日期|解约日期",
        "Japanese": "解約通知日|通知日|解約日",
    },
    "confidential_until": {
        "English": "confidential until|confidentiality until|confidentiality end|"
                   "confidentiality expiry|nda expiry",
        "Norwegian": "konfidensiell til|taushetsplikt til|konfidensialitet til",
        "Swedish": "sekretess till|konfidentiell till",
        "Danish": "fortrolig til|tavshedspligt til",
        "German": "vertraulich bis|geheimhaltung bis|vertraulichkeit bis",
        "French": "confidentiel jusqu'au|confidentialité jusqu'au",
        "Spanish": "confidencial hasta|confidencialidad hasta",
        "Portuguese": "confidencial até|sigilo até",
        "Korean": "비밀유지기한|기밀유지기한",
        "Chinese": "保密期限|保密截止日期|保密到期日",
        "Japanese": "秘密保持期限|守秘義務期限",
    },
}

LOOSE: dict[str, dict[str, str]] = {
    "reference": {
        "English": "contract|agreement|number|no|po|po number|purchase order|document number|"
                   "doc number|tender number|tender no|tender reference|bid number|bid no|"
                   "award number|solicitation number|procurement number|ocid|order number|"
                   "job number|job no|serial number|case number|file number",
        "Scandinavian": "kontrakt|avtale|avtal|aftale|nummer|nr|saksnummer|diarienummer",
        "German": "vertrag|aktenzeichen|bestellnummer",
        "French/Spanish/Portuguese": "contrat|contrato|numéro|número|référence",
        "CJK": "번호|编号|番号|입찰번호|공고번호|招标编号",
    },
    "title": {
        "English": "name",
        "Scandinavian": "navn|namn|betegnelse|benævnelse",
        "French/Spanish/Portuguese": "nom|nombre|nome|título",
        "CJK": "명칭|名称|이름",
    },
    "contract_type": {
        "English": "type|category|kind|procurement category|category of procurement",
        "Scandinavian": "typ|kategori|art",
        "German": "kategorie",
        "French/Spanish/Portuguese": "tipo|catégorie|categoría|categoria|nature",
        "CJK": "유형|구분|분류|类型|类别|種別|区分|分類",
    },
    "counterparty": {
        "English": "party|company|firm|contractor company|awarded|award to",
        "Scandinavian": "firma|selskap|företag|bolag|virksomhed",
        "German": "unternehmen|kunde|kundenname",
        "French/Spanish/Portuguese": "société|entreprise|client|empresa|cliente|partie|"
                                     "adjudicación|adjudicado|adjudicada|adjudicado a",
        "CJK": "업체|公司名称|会社名",
    },
    "department": {
        "English": "agency|organisation|organization|unit|team",
        # French "service" is a department, English "Service Frequency" or "Service
        # Level" is not: loose, so it counts only as the whole header.
        "French/Spanish/Portuguese": "service|división|área|organisme|área responsável",
    },
    "owner": {
        "English": "contact|manager|buyer|buyer name|administrator|salesperson|sales rep|"
                   "sales representative",
        "Scandinavian": "kontakt|innkjøper|inköpare|indkøber",
        "German": "einkäufer|vertriebsmitarbeiter",
        "French/Spanish/Portuguese": "acheteur|comprador|contacto|contato",
        # Our salesperson who made the contract looks after it ("seller" alone may be
        # the counterparty of a purchase: not here).
        "CJK": "관리자|管理者|영업담당자|영업담당|业务员|销售员|営業担当|営業担当者",
    },
    "payment_terms": {
        "English": "payment|payment cycle|payment type|payment frequency|payment method|"
                   "billing cycle|billing|invoicing",
        "Scandinavian": "fakturering|betalingsplan|betalingsfrekvens",
        "German": "zahlung|abrechnung|zahlungsrhythmus",
        "French/Spanish/Portuguese": "paiement|facturation|pago|pagamento",
    },
    "scope": {
        "English": "details|summary|object",
        "French/Spanish/Portuguese": "descripción del contrato|conceito",
        "CJK": "설명|说明|説明",
    },
    "start_date": {
        "English": "effective",
    },
    "signed_on": {
        "English": "approval date|date approved",
        "French/Spanish/Portuguese": "fecha de aprobación|data de aprovação|date d'approbation",
    },

    "value": {
        "English": "total|sum|cost|fee|fees|worth",
        "Scandinavian": "sum|kostnad|omkostning|beløb",
        "German": "kosten",
        "French/Spanish/Portuguese": "coût|costo|coste|custo|somme",
        "CJK": "비용|费用|費用|金額",
    },
    "initial_term": {
        "English": "period|length|validity",
        "Scandinavian": "periode|period|gyldighet|gyldighed|giltighet",
        "German": "gültigkeit",
        "French/Spanish/Portuguese": "période|periodo|período|vigencia|vigência|validade|"
                                     "validité",
        "CJK": "유효기간",
    },
    "notes": {
        "English": "info|other information|observations|remarks column",
        "Scandinavian": "info|tilleggsinformasjon|andet",
        "German": "sonstiges",
        "French/Spanish/Portuguese": "divers|obs",
    },
}
