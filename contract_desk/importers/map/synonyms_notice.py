"""Header synonyms for the notice rules: notice to a month (quarter, year) end, holidays, post.

A third part of ``synonyms`` (which explains the format and merges them all).
Each header here says its field outright; a bare "Notice" or "Oppsigelse" stays
the notice period's.
"""

from __future__ import annotations

NOTICE_RULES: dict[str, dict[str, str]] = {
    "notice_to": {
        "English": "notice to|notice to end of|notice counted to|notice ends at|"
                   "notice ends it at|notice rule|termination to|terminable to|"
                   "notice to the end of",
        "Norwegian": "oppsigelse til|oppsigelse til utgangen av|oppsigelsestid regnet fra|"
                     "oppsigelsestid regnes fra|opphører ved utgangen av|oppsigelsesregel",
        "Swedish": "uppsägning till|uppsägning till utgången av|uppsägningsregel|"
                   "upphör vid utgången av",
        "Danish": "opsigelse til|opsigelse til udgangen af|opsigelsesregel|"
                  "ophører ved udgangen af",
        "German": "kündigung zum|kündigungstermin|kündbar zum|kündigung jeweils zum|"
                  "kündigungsregel",
        "French": "préavis pour la fin de|résiliation à la fin de|échéance de résiliation|"
                  "règle de préavis",
        "Spanish": "preaviso hasta fin de|terminación al final de|regla de preaviso",
        "Portuguese": "aviso até o fim de|rescisão no fim de|regra de aviso prévio",
        "Korean": "해지기준일|해지시점|해지 기준|통보기준|해지효력일 기준|종료기준",
        "Chinese": "解约时点|通知截至|终止时点|解除时点|通知规则|解约规则",
        "Japanese": "解約時点|解約基準日|予告基準|解約規則",
    },
    "holiday_country": {
        "English": "holidays|public holidays|public holidays of|holiday country|"
                   "holiday calendar|bank holidays|business days country|country for holidays",
        "Norwegian": "helligdager|helligdagskalender|helligdager i|offentlige fridager|"
                     "land for helligdager|helligdagsland",
        "Swedish": "helgdagar|helgdagskalender|allmänna helgdagar|land för helgdagar",
        "Danish": "helligdage|helligdagskalender|land for helligdage",
        "German": "feiertage|feiertagskalender|gesetzliche feiertage|feiertage land",
        "French": "jours fériés|calendrier des jours fériés|pays des jours fériés",
        "Spanish": "días festivos|festivos|calendario de festivos|país de festivos",
        "Portuguese": "feriados|calendário de feriados|país dos feriados",
        "Korean": "공휴일|공휴일 국가|휴일 기준 국가|공휴일 기준",
        "Chinese": "公共假日|法定节假日|节假日|假日国家|节假日国家",
        "Japanese": "祝日|祝日の国|休日カレンダー|祝祭日",
    },
    "postal_days": {
        "English": "postal days|days for delivery|delivery days|days in the post|"
                   "postal delay|mail days|post days|days for post",
        "Norwegian": "postgang|postgangsdager|dager postgang|dager for levering|"
                     "leveringstid post|postdager",
        "Swedish": "postgång|postdagar|dagar för postgång",
        "Danish": "postgang|postdage|dage for postgang",
        "German": "postlaufzeit|posttage|zustelltage|tage für zustellung",
        "French": "délai postal|jours postaux|délai d'acheminement",
        "Spanish": "días de correo|plazo postal|días de entrega postal",
        "Portuguese": "dias de correio|prazo postal|dias de entrega postal",
        "Korean": "우편일수|우편 소요일|송달일수|배달일수|우편송달기간",
        "Chinese": "邮寄天数|邮递天数|送达天数|邮寄时间",
        "Japanese": "郵送日数|郵便日数|送達日数",
    },
}
