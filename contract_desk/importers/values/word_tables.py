"""Words people write in yes/no, renewal, status and direction columns.

Each table maps a stored value to the words that mean it, by language,
separated by "|" and written folded (lower case, Latin accents removed:
"utløpt" is "utlopt", "sí" is "si"). Korean, Chinese and Japanese are written
as they are. A word may mean only one value in a table; ``build`` refuses
otherwise, so a new synonym can never silently change an old one.
"""

from __future__ import annotations

WordTable = dict[str, dict[str, str]]

BOOLEANS: WordTable = {
    "true": {
        "English": "yes|y|true|t|1|x|✓|✔|on",
        "Scandinavian": "ja|j|sann",
        "German": "ja|wahr",
        "French": "oui|vrai",
        "Spanish/Portuguese": "si|sim|verdadero|verdadeiro",
        "Korean": "예|네|○",  # not "o": a Korean O/X column would clash with "x"
        "Chinese": "是|有|对",
        "Japanese": "はい|有|有り|あり|〇",
    },
    "false": {
        "English": "no|n|false|f|0|off",
        "Scandinavian": "nei|nej|usann",
        "German": "nein|falsch",
        "French": "non|faux",
        "Spanish/Portuguese": "nao|falso",
        "Korean": "아니오|아니요|아니|×",
        "Chinese": "否|无|無|不是",
        "Japanese": "いいえ|無し|なし",
    },
}

RENEWALS: WordTable = {
    "automatic": {
        "English": "auto|automatic|auto renew|auto renewal|auto renewing|autorenew|"
                   "automatic renewal|automatically renews|tacit|tacit renewal|evergreen|"
                   "rolling|self renewing|automatic (tacit)",
        "Norwegian/Danish": "automatisk|automatisk fornyelse|automatisk forlengelse|"
                            "automatisk forlaengelse|stilltiende|stilltiende fornyelse|"
                            "stiltiende|stiltiende fornyelse|lopende|"
                            "automatisk (stilltiende)",
        "Swedish": "automatisk forlangning|automatisk fornyelse|tyst forlangning|"
                   "forlangs automatiskt|lopande",
        "German": "automatisch|automatische verlangerung|stillschweigend|"
                  "stillschweigende verlangerung",
        "French": "tacite reconduction|reconduction tacite|renouvellement automatique|"
                  "automatique",
        "Spanish": "renovacion automatica|prorroga tacita|prorroga automatica|automatica",
        "Portuguese": "renovacao automatica|prorrogacao automatica",
        "Korean": "자동갱신|자동 갱신|자동연장|자동 연장|자동 갱신(묵시적)",
        "Chinese": "自动续约|自动续期|自动续签|自动延期|自动续约（默示）",
        "Japanese": "自動更新",
    },
    "option": {
        "English": "option|options|renewal option|option to renew|option to extend|"
                   "by option|optional|express|extension option|by option only",
        "Norwegian/Danish": "opsjon|opsjon pa forlengelse|option|forlengelsesopsjon|"
                            "bare ved opsjon",
        "Swedish": "option|forlangningsoption",
        "German": "verlangerungsoption|option",
        "French": "option de renouvellement|sur option",
        "Spanish": "opcion|opcion de renovacion|prorroga opcional",
        "Portuguese": "opcao|opcao de renovacao",
        "Korean": "옵션|연장 옵션|선택갱신|선택적 갱신만",
        "Chinese": "续约选择权|选择权|可选续约|仅选择续约",
        "Japanese": "オプション|更新オプション",
    },
    "none": {
        "English": "no|none|no renewal|fixed|fixed term|not renewable|n/a|na",
        "Norwegian/Danish": "nei|nej|ingen|ingen fornyelse|ingen forlengelse|ingen forlaengelse",
        "Swedish": "ingen forlangning",
        "German": "nein|keine|keine verlangerung",
        "French": "non|aucun|aucune|pas de renouvellement",
        "Spanish": "ninguna|ninguno|sin renovacion",
        "Portuguese": "nao|nenhuma|sem renovacao",
        "Korean": "없음|갱신없음|갱신 없음",
        "Chinese": "无|不续约|无续约",
        "Japanese": "なし|更新なし",
    },
}

STATUSES: WordTable = {
    "draft": {
        "English": "draft|drafting|new",
        "Scandinavian": "utkast|udkast",
        "German": "entwurf",
        "French": "brouillon|projet",
        "Spanish/Portuguese": "borrador|rascunho|minuta",
        "Korean": "초안|작성중|작성 중",
        "Chinese": "草稿|草案|起草中",
        "Japanese": "下書き|草案|ドラフト",
    },
    "in_review": {
        "English": "in review|under review|review|pending|pending approval|in negotiation|"
                   "negotiation|for approval|awaiting signature",
        "Norwegian/Danish": "til gjennomgang|under behandling|til godkjenning|til godkendelse|"
                            "under forhandling|til signering|til underskrift",
        "Swedish": "under granskning|for godkannande|under forhandling",
        "German": "in prufung|zur prufung|in verhandlung|zur freigabe",
        "French": "en revue|en cours de revision|en negociation|en attente",
        "Spanish/Portuguese": "en revision|em revisao|en negociacion|em negociacao|pendiente|"
                              "pendente",
        "Korean": "검토중|검토 중|협상중|결재중",
        "Chinese": "审核中|审批中|待审批|谈判中",
        "Japanese": "審査中|レビュー中|承認待ち|交渉中",
    },
    "approved": {
        "English": "approved|signed",
        "Norwegian/Danish": "godkjent|godkendt|signert|underskrevet",
        "Swedish": "godkand|undertecknad",
        "German": "genehmigt|freigegeben|unterzeichnet",
        "French": "approuve|signe",
        "Spanish/Portuguese": "aprobado|aprovado|firmado|assinado",
        "Korean": "승인|승인됨|체결",
        "Chinese": "已批准|已审批|已签署|已签订",
        "Japanese": "承認済み|承認済|締結済み",
    },
    "active": {
        "English": "active|in force|in effect|ongoing|current|live|running|valid|open|"
                   "in progress|under execution|in execution|under implementation|"
                   "work in progress",
        "Norwegian/Danish": "aktiv|aktivt|gyldig|gjeldende|lopende|pagaende|i kraft|igangvaerende",
        "Swedish": "gallande|pagaende|giltig",
        "German": "aktiv|laufend|gultig|in kraft",
        "French": "actif|active|en cours|en vigueur",
        "Spanish/Portuguese": "activo|activa|ativo|ativa|vigente|en vigor|em vigor|en curso|"
                              "em andamento|em execucao|en ejecucion",
        "Korean": "진행중|진행 중|유효|계약중|이행중|활성",
        "Chinese": "有效|执行中|进行中|生效|履行中",
        "Japanese": "有効|契約中|履行中|進行中",
    },
    "renewed": {
        "English": "renewed|extended",
        "Norwegian/Danish": "fornyet|forlenget|forlaenget",
        "Swedish": "fornyad|forlangd",
        "German": "verlangert|erneuert",
        "French": "renouvele|prolonge",
        "Spanish/Portuguese": "renovado|renovada|prorrogado|prorrogada",
        "Korean": "갱신|갱신됨|연장|연장됨",
        "Chinese": "已续约|已续签|已续期",
        "Japanese": "更新済み|更新済",
    },
    "terminated": {
        "English": "terminated|cancelled|canceled|rescinded|withdrawn",
        "Norwegian/Danish": "oppsagt|sagt opp|opsagt|terminert|hevet|avbrutt|annullert|ophaevet",
        "Swedish": "uppsagt|havt|avbruten",
        "German": "gekundigt|aufgehoben|storniert|annulliert",
        "French": "resilie|annule",
        "Spanish/Portuguese": "rescindido|rescindida|cancelado|cancelada|resuelto|rescindido",
        "Korean": "해지|해지됨|해제|취소",
        "Chinese": "终止|已终止|解除|已解除|取消|中止|已中止",
        "Japanese": "解約|解約済み|解除|中途解約",
    },
    "expired": {
        "English": "expired|ended|lapsed|completed|complete|finished|fulfilled|closed out|inactive",
        "Norwegian/Danish": "utlopt|utgatt|avsluttet|udlobet|afsluttet|fullfort|inaktiv",
        "Swedish": "utgangen|utgatt|avslutad|avslutat",
        "German": "abgelaufen|beendet|erloschen|abgeschlossen|inaktiv",
        "French": "expire|echu|termine|acheve|inactif",
        "Spanish/Portuguese": "vencido|vencida|expirado|expirada|finalizado|finalizada|"
                              "encerrado|encerrada|concluido|concluida|terminado|inactivo|inativo",
        "Korean": "만료|만료됨|종료|계약만료|완료",
        "Chinese": "已到期|到期|过期|已过期|已完成|已结束",
        "Japanese": "期限切れ|満了|契約満了|終了|完了",
    },
    "archived": {
        "English": "archived|closed",
        "Scandinavian": "arkivert|arkiverad|arkiveret|lukket|stengt",
        "German": "archiviert|geschlossen",
        "French": "archive|clos",
        "Spanish/Portuguese": "archivado|arquivado|cerrado|fechado",
        "Korean": "보관|보관됨",
        "Chinese": "已归档|归档",
        "Japanese": "アーカイブ|保管",
    },
}

DIRECTIONS: WordTable = {
    "buy": {
        "English": "buy|buying|purchase|purchasing|procurement|supplier|vendor|cost|expense|"
                   "payable|inbound|we buy",
        "Norwegian/Danish": "kjop|innkjop|kob|indkob|leverandor|kostnad|utgift|udgift",
        "Swedish": "kop|inkop|leverantor",
        "German": "kauf|einkauf|beschaffung|lieferant|aufwand",
        "French": "achat|achats|fournisseur|depense",
        "Spanish/Portuguese": "compra|compras|adquisicion|adquisiciones|aquisicao|proveedor|"
                              "fornecedor|gasto|despesa",
        "Korean": "구매|매입|구입",
        "Chinese": "采购|购买|购入|供应商|支出",
        "Japanese": "購買|購入|仕入|仕入れ|調達",
    },
    "sell": {
        "English": "sell|selling|sale|sales|customer|client|revenue|income|receivable|"
                   "outbound|we sell",
        "Norwegian/Danish": "salg|kunde|inntekt|indtaegt",
        "Swedish": "salj|forsaljning|kund|intakt",
        "German": "verkauf|vertrieb|kunde|ertrag|umsatz",
        "French": "vente|ventes|client|recette|revenu",
        "Spanish/Portuguese": "venta|ventas|venda|vendas|cliente|ingreso|receita",
        "Korean": "판매|매출",
        "Chinese": "销售|出售|客户|收入",
        "Japanese": "販売|売上|顧客",
    },
    "other": {
        "English": "other|partnership|cooperation|nda|mutual|internal",
        "Scandinavian": "annet|annen|andet|ovrigt|annat|samarbeid|samarbejde|samarbete",
        "German": "sonstige|sonstiges|andere|kooperation",
        "French": "autre|partenariat",
        "Spanish/Portuguese": "otro|otra|outro|outra|cooperacion|cooperacao",
        "Korean": "기타|협력",
        "Chinese": "其他|合作",
        "Japanese": "その他|提携",
    },
}
