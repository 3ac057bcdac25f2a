<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Notice acknowledged</source>
        <translation>Oppsigelse kvittert</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>Kvittert:</translation>
    </message>
    <message>
        <source>Enter the day the notice was acknowledged.</source>
        <translation>Skriv inn dagen oppsigelsen ble kvittert.</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>Den kan ikke være kvittert før den ble gitt.</translation>
    </message>
    <message>
        <source>The day is after today.</source>
        <translation>Dagen er etter i dag.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>Start an empty register in a new file</source>
        <translation>Start et tomt register i en ny fil</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Å&amp;pne register…</translation>
    </message>
    <message>
        <source>Open another register file</source>
        <translation>Åpne en annen registerfil</translation>
    </message>
    <message>
        <source>&amp;Connect to a team register…</source>
        <translation>&amp;Koble til et teamregister…</translation>
    </message>
    <message>
        <source>Open a register your team shares on a PostgreSQL server</source>
        <translation>Åpne et register som teamet ditt deler på en PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Move this register to a team server…</source>
        <translation>&amp;Flytt dette registeret til en teamserver…</translation>
    </message>
    <message>
        <source>Copy this register whole into a team register on PostgreSQL; this file is kept as a read-only backup</source>
        <translation>Kopier hele dette registeret inn i et teamregister på PostgreSQL; denne filen beholdes som en skrivebeskyttet sikkerhetskopi</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importer regneark…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV register (or drop the file on the window)</source>
        <translation>Importer et register fra Excel, ODS eller CSV (eller slipp filen på vinduet)</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;historikk…</translation>
    </message>
    <message>
        <source>Every import into this register; undo a whole one</source>
        <translation>Alle importer til dette registeret; angre en hel import</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export to Excel, CSV, a calendar or a PDF report</source>
        <translation>Eksporter til Excel, CSV, en kalender eller en PDF-rapport</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sikkerhetskopier nå</translation>
    </message>
    <message>
        <source>Copy the register file into the backups folder</source>
        <translation>Kopier registerfilen til mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Replace the register with a backup</source>
        <translation>Erstatt registeret med en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Chec&amp;k register…</source>
        <translation>Sjekk &amp;register…</translation>
    </message>
    <message>
        <source>Check the register thoroughly: pages, references, attachment files, the reminder index (changes nothing)</source>
        <translation>Sjekk registeret grundig: sider, referanser, vedleggsfiler, påminnelsesindeksen (endrer ingenting)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Close Contract Desk</source>
        <translation>Lukk Contract Desk</translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation>&amp;Ny kontrakt</translation>
    </message>
    <message>
        <source>Add a contract (Ctrl+N)</source>
        <translation>Legg til en kontrakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the contract being edited (Ctrl+S)</source>
        <translation>Lagre kontrakten som redigeres (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected contracts (Del); can be undone</source>
        <translation>Slett de valgte kontraktene (Del); kan angres</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Angre sletting</translation>
    </message>
    <message>
        <source>Bring back the contracts deleted last</source>
        <translation>Hent tilbake kontraktene som sist ble slettet</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>Endre ans&amp;varlig…</translation>
    </message>
    <message>
        <source>Hand the selected contracts over to someone else</source>
        <translation>Overlat de valgte kontraktene til en annen ansvarlig</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Endre s&amp;tatus…</translation>
    </message>
    <message>
        <source>Set the status of the selected contracts</source>
        <translation>Angi status for de valgte kontraktene</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Legg til &amp;etikett…</translation>
    </message>
    <message>
        <source>Tag the selected contracts</source>
        <translation>Gi de valgte kontraktene en etikett</translation>
    </message>
    <message>
        <source>Write notice &amp;letter…</source>
        <translation>Skriv &amp;oppsigelsesbrev…</translation>
    </message>
    <message>
        <source>Write the letter that gives notice to end the contract under the cursor (.docx or .pdf), in English, Norwegian, Korean or Chinese</source>
        <translation>Skriv brevet som sier opp kontrakten under markøren (.docx eller .pdf), på engelsk, norsk, koreansk eller kinesisk</translation>
    </message>
    <message>
        <source>&amp;Record notice…</source>
        <translation>&amp;Registrer oppsigelse…</translation>
    </message>
    <message>
        <source>Record a notice given or received for the contract under the cursor, with its proof: the contract then ends on the term end it reaches</source>
        <translation>Registrer en oppsigelse gitt eller mottatt for kontrakten under markøren, med bevis: kontrakten slutter da ved utløpet av avtaleperioden oppsigelsen rekker</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>Be om &amp;godkjenning…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name to approve the contract under the cursor, a notice on it or a renewal decision</source>
        <translation>Be godkjennerne som registerets regler nevner, om å godkjenne kontrakten under markøren, en oppsigelse av den eller en beslutning om fornyelse</translation>
    </message>
    <message>
        <source>A&amp;mend contract…</source>
        <translation>E&amp;ndre avtalen…</translation>
    </message>
    <message>
        <source>Record a dated amendment of the term, renewal, notice or value of the contract under the cursor; the terms before it are kept</source>
        <translation>Registrer en datert avtaleendring av periode, fornyelse, oppsigelse eller verdi for kontrakten under markøren; vilkårene før den beholdes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags (Ctrl+F)</source>
        <translation>Søk i referanse, tittel, motpart, ansvarlig, notater, etiketter (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabell</translation>
    </message>
    <message>
        <source>Show the contract table</source>
        <translation>Vis kontraktstabellen</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>T&amp;idslinje</translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation>Vis tidslinjen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Vis oversikten</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Varsler</translation>
    </message>
    <message>
        <source>Show the reminders that need attention</source>
        <translation>Vis påminnelsene som krever oppmerksomhet</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>&amp;Sjekk påminnelser nå</translation>
    </message>
    <message>
        <source>Look for reminders that came due since the last check</source>
        <translation>Se etter påminnelser som har forfalt siden forrige sjekk</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Påminnelser…</translation>
    </message>
    <message>
        <source>Reminder days, escalation, the tray, and reminders while Contract Desk is closed</source>
        <translation>Påminnelsesdager, eskalering, systemstatusfeltet og påminnelser mens Contract Desk er lukket</translation>
    </message>
    <message>
        <source>&amp;Approval rules…</source>
        <translation>&amp;Godkjenningsregler…</translation>
    </message>
    <message>
        <source>Which new contracts, notices and renewal decisions need whose approval (admins on a team register)</source>
        <translation>Hvilke nye kontrakter, oppsigelser og beslutninger om fornyelse som trenger hvem sin godkjenning (administratorer i et teamregister)</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>&amp;Helligdager…</translation>
    </message>
    <message>
        <source>The country whose public holidays business days skip, for contracts without their own</source>
        <translation>Landet der helligdagene hoppes over i virkedager, for kontrakter uten eget land</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Who may open this team register and what they may do (admins)</source>
        <translation>Hvem som kan åpne dette teamregisteret, og hva de kan gjøre (administratorer)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>The language Contract Desk speaks on this computer (from its next start)</source>
        <translation>Språket Contract Desk bruker på denne datamaskinen (fra neste oppstart)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonner…</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>Velg kolonnene i tabellen</translation>
    </message>
    <message>
        <source>Health &amp;legend</source>
        <translation>Tegnforklaring for &amp;helse</translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation>Hva fargene på radene betyr</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>Les registeret på nytt (F5)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Last inn &amp;demodata</translation>
    </message>
    <message>
        <source>Fill an empty register with demo contracts</source>
        <translation>Fyll et tomt register med demokontrakter</translation>
    </message>
    <message>
        <source>&amp;About Contract Desk</source>
        <translation>&amp;Om Contract Desk</translation>
    </message>
    <message>
        <source>Version, data folder and database</source>
        <translation>Versjon, datamappe og database</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Date</source>
        <extracomment>Lines shown per group: a first check over a big register can open tens of thousands of reminders, and the earliest are the ones to act on.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Whether the inbox shows only my alerts (kept across restarts).</extracomment>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Utsatt</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Forny</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Si opp…</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Reforhandle</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>La løpe</translation>
    </message>
    <message>
        <source>renew</source>
        <extracomment>A recorded decision in a sentence (&quot;Decided: let run&quot;).</extracomment>
        <translation>forny</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>si opp</translation>
    </message>
    <message>
        <source>renegotiate</source>
        <translation>reforhandle</translation>
    </message>
    <message>
        <source>let run</source>
        <translation>la løpe</translation>
    </message>
    <message>
        <source>&amp;Open contract</source>
        <extracomment>open_contract(str): the uid of the contract to open. changed(AlertInbox): the inbox as read after an action (acknowledge, snooze, decide). contract_changed(str): the uid of a contract a decision changed (terminate). check_requested(): &quot;Check now&quot; was pressed.</extracomment>
        <translation>Å&amp;pne kontrakt</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvitter ut</translation>
    </message>
    <message>
        <source>The date is dealt with: no more reminders for it</source>
        <translation>Datoen er håndtert: ingen flere påminnelser om den</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Utsett</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Til i morgen</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>I en uke</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Til en dato…</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Beslutt</translation>
    </message>
    <message>
        <source>Record what was decided about a notice deadline or term end</source>
        <translation>Registrer hva som ble besluttet om en oppsigelsesfrist eller sluttdato</translation>
    </message>
    <message>
        <source>Say yes to the request for approval selected</source>
        <translation>Si ja til den valgte forespørselen om godkjenning</translation>
    </message>
    <message>
        <source>Say no to the request for approval selected, and why</source>
        <translation>Si nei til den valgte forespørselen om godkjenning, og hvorfor</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Sjekk nå</translation>
    </message>
    <message>
        <source>Look for reminders that came due</source>
        <translation>Se etter påminnelser som har forfalt</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Mine: contracts and obligations you own, and escalations to you. Say which owner names are yours in Settings → Reminders…</source>
        <translation>Mine: kontrakter og forpliktelser du er ansvarlig for, og eskaleringer til deg. Oppgi hvilke ansvarlignavn som er dine, under Innstillinger → Påminnelser…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more, later in this group</source>
        <translation>
            <numerusform>… og {0} til, lenger ned i denne gruppen</numerusform>
            <numerusform>… og {0} til, lenger ned i denne gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge or snooze the ones above to see them</source>
        <translation>Kvitter ut eller utsett dem ovenfor for å se disse</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} forespørsel om godkjenning venter på svaret ditt</numerusform>
            <numerusform>{0} forespørsler om godkjenning venter på svaret ditt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} deadline(s) need attention now</source>
        <translation>
            <numerusform>{0} frist krever oppmerksomhet nå</numerusform>
            <numerusform>{0} frister krever oppmerksomhet nå</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today; {0} coming up</source>
        <translation>Ingenting forfaller i dag; {0} kommende</translation>
    </message>
    <message>
        <source>No open reminders</source>
        <translation>Ingen åpne påminnelser</translation>
    </message>
    <message>
        <source>Approvals ({0} waiting for you)</source>
        <translation>Godkjenninger ({0} venter på deg)</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalert</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>Utsatt til {0}</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>Besluttet: {0}</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>Åpne kontrakt</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Kvitter ut</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Beslutt</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkjenn…</translation>
    </message>
    <message>
        <source>Appro&amp;val</source>
        <translation>Godkj&amp;enn</translation>
    </message>
    <message>
        <source>Answer the request for approval selected, or cancel your own</source>
        <translation>Svar på den valgte forespørselen om godkjenning, eller trekk din egen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Trekk forespørselen</translation>
    </message>
    <message>
        <source>Terminate the contract?</source>
        <translation>Si opp kontrakten?</translation>
    </message>
    <message>
        <source>Record the notice as given today ({0}) and mark {1} as terminated? The change is in the contract&apos;s history.</source>
        <translation>Registrere oppsigelsen som gitt i dag ({0}) og merke {1} som sagt opp? Endringen står i kontraktens endringslogg.</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Godkjenning trengs</translation>
    </message>
    <message>
        <source>{0}

Request approval now?</source>
        <translation>{0}

Be om godkjenning nå?</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Someone changed the contract meanwhile; open it, check, and decide again.</source>
        <translation>Noen har endret kontrakten i mellomtiden; åpne den, sjekk og beslutt på nytt.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>In force</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Amend contract</source>
        <extracomment>amended(str): the contract&apos;s uid.</extracomment>
        <translation>Endre avtalen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avtaleendring</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
    <message>
        <source>Withdraw the selected amendment (only one still to come)</source>
        <translation>Trekk tilbake den valgte avtaleendringen (bare en som ennå ikke gjelder)</translation>
    </message>
    <message>
        <source>e.g. Amendment 2</source>
        <translation>f.eks. Tillegg 2</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(uendret)</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>Ingen fornyelse</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Automatisk fornyelse</translation>
    </message>
    <message>
        <source>Renewal by option</source>
        <translation>Fornyelse ved opsjon</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>f.eks. NOK</translation>
    </message>
    <message>
        <source>Amendments of this contract:</source>
        <translation>Avtaleendringer for denne kontrakten:</translation>
    </message>
    <message>
        <source>A new amendment (fill in only what it changes):</source>
        <translation>En ny avtaleendring (fyll bare ut det som endres):</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>Gjelder fra:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signert:</translation>
    </message>
    <message>
        <source>New end date:</source>
        <translation>Ny sluttdato:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Fornyelse:</translation>
    </message>
    <message>
        <source>Renewal term:</source>
        <translation>Fornyelsesperiode:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>Oppsigelsestid:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Verdi:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>&amp;Record amendment</source>
        <translation>&amp;Registrer avtaleendring</translation>
    </message>
    <message>
        <source>Enter the day the amendment takes effect.</source>
        <translation>Skriv inn dagen avtaleendringen gjelder fra.</translation>
    </message>
    <message>
        <source>Fill in at least one term the amendment changes.</source>
        <translation>Fyll ut minst ett vilkår avtaleendringen endrer.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Not an amount; write it like {0}</source>
        <translation>Ikke et beløp; skriv det slik: {0}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>En kommentar (valgfritt)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Hvorfor den avslås</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avslå</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <source>Approval rules</source>
        <extracomment>The table&apos;s column that grows with the dialog: the approvers&apos; names. saved(str): the rules were saved; what was done.</extracomment>
        <translation>Godkjenningsregler</translation>
    </message>
    <message>
        <source>Steps that wait for named people&apos;s yes. Every rule that covers a contract must get its yes votes; one no from any of its approvers rejects the request.</source>
        <translation>Steg som venter på ja fra navngitte personer. Hver regel som omfatter en kontrakt, må få sine ja-stemmer; ett nei fra én av godkjennerne avviser forespørselen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Krever godkjenning</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Kontraktstype</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>Fra verdi</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Godkjennere</translation>
    </message>
    <message>
        <source>Yes votes needed</source>
        <translation>Ja-stemmer som trengs</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change its approval rules; you see them as they are.</source>
        <translation>Bare en administrator for dette teamregisteret kan endre godkjenningsreglene; du ser dem slik de er.</translation>
    </message>
    <message>
        <source>This register is only read here: its approval rules cannot be changed.</source>
        <translation>Dette registeret er skrivebeskyttet her: godkjenningsreglene kan ikke endres.</translation>
    </message>
    <message>
        <source>No rules yet: nothing waits for approval. Add one.</source>
        <translation>Ingen regler ennå: ingenting venter på godkjenning. Legg til en.</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>alle verdier</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>alle typer</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <source>Not saved yet: Save keeps the rules.</source>
        <translation>Ikke lagret ennå: Lagre tar vare på reglene.</translation>
    </message>
    <message>
        <source>The approval rules are saved.</source>
        <translation>Godkjenningsreglene er lagret.</translation>
    </message>
    <message>
        <source>The approval rules are saved: nothing waits for approval.</source>
        <translation>Godkjenningsreglene er lagret: ingenting venter på godkjenning.</translation>
    </message>
    <message>
        <source>The changed approval rules are not saved. Discard the changes?</source>
        <translation>De endrede godkjenningsreglene er ikke lagret. Vil du forkaste endringene?</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>The contract itself (put it in force)</source>
        <translation>Selve kontrakten (sette den i kraft)</translation>
    </message>
    <message>
        <source>A notice we give</source>
        <translation>En oppsigelse vi gir</translation>
    </message>
    <message>
        <source>A renewal decision</source>
        <translation>En beslutning om fornyelse</translation>
    </message>
    <message>
        <source>Approval: new contract</source>
        <translation>Godkjenning: ny kontrakt</translation>
    </message>
    <message>
        <source>Approval: notice</source>
        <translation>Godkjenning: oppsigelse</translation>
    </message>
    <message>
        <source>Approval: decision</source>
        <translation>Godkjenning: beslutning</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Forny</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Si opp</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Reforhandle</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>La løpe</translation>
    </message>
    <message>
        <source>Waiting for {0}</source>
        <translation>Venter på {0}</translation>
    </message>
    <message>
        <source>Approved: the step may be taken</source>
        <translation>Godkjent: steget kan tas</translation>
    </message>
    <message>
        <source>Rejected by {0}: {1}</source>
        <translation>Avslått av {0}: {1}</translation>
    </message>
    <message>
        <source>Approved and used</source>
        <translation>Godkjent og brukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Asked by {0}</source>
        <translation>Forespurt av {0}</translation>
    </message>
    <message>
        <source>Approval by {0}</source>
        <translation>Godkjennes av {0}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Godkjenning forespurt</translation>
    </message>
    <message>
        <source>Requested. It waits for {0}.</source>
        <translation>Forespurt. Den venter på {0}.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Ikke forespurt</translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message>
        <source>Asked on</source>
        <translation>Bedt om</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Bedt om av</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>States of a request that is over: listed greyed, below nothing. asked(): a request was made here (the inbox shows it to its approvers).</extracomment>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <source>Re&amp;quest approval…</source>
        <translation>Be &amp;om godkjenning…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name for their yes: to put the contract in force, to give notice, or to a renewal decision</source>
        <translation>Be godkjennerne som registerets regler nevner, om et ja: for å sette kontrakten i kraft, for å si opp, eller til en fornyelsesbeslutning</translation>
    </message>
    <message>
        <source>No request for approval.</source>
        <translation>Ingen forespørsel om godkjenning.</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) wait for an answer; answer them in the alerts inbox.</source>
        <translation>
            <numerusform>{0} forespørsel venter på svar; svar på den i varselinnboksen.</numerusform>
            <numerusform>{0} forespørsler venter på svar; svar på dem i varselinnboksen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation>✓ intakt</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ mangler</translation>
    </message>
    <message>
        <source>✗ changed since added</source>
        <translation>✗ endret siden den ble lagt til</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>changed(): a file was attached or removed here.</extracomment>
        <translation>Legg til f&amp;iler…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Slipp filer her for å legge dem ved.</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Noen filer ble ikke lagt ved</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Legg ved filer</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kan ikke åpne</translation>
    </message>
    <message>
        <source>The stored copy of {0} is missing or changed; restore a backup.</source>
        <translation>Den lagrede kopien av {0} mangler eller er endret; gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Remove {0} from this contract?</source>
        <translation>Fjerne {0} fra denne kontrakten?</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <extracomment>A fallback sequence of distinguishable hues for series without a named colour. Pixels of a chart&apos;s width outside its bars (the painted area is inset 8 on each side). Space between two labels under the bars. Lines a label under the bars may take (&quot;jan.&quot; over &quot;2027&quot; where the year changes). Wide or tall enough for any label. picked(str, frozenset[str]): a bar was clicked: what it counts, the uids behind it. Short words after each value of a stacked bar (&quot;2 on time · 1 late&quot;).</extracomment>
        <translation>Ingenting å vise</translation>
    </message>
    <message>
        <source>{0}: {1} — {2} ({3})</source>
        <extracomment>Each label&apos;s width under the bars of a vertical chart, on at most two lines.</extracomment>
        <translation>{0}: {1} – {2} ({3})</translation>
    </message>
    <message numerus="yes">
        <source>{0} contract(s) — click to show them</source>
        <translation>
            <numerusform>{0} kontrakt – klikk for å vise den</numerusform>
            <numerusform>{0} kontrakter – klikk for å vise dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Change owner</source>
        <extracomment>Audit event ids of the last delete, for Undo.</extracomment>
        <translation>Endre ansvarlig</translation>
    </message>
    <message numerus="yes">
        <source>New owner of {0} contract(s) and their obligations:</source>
        <translation>
            <numerusform>Ny ansvarlig for {0} kontrakt og forpliktelsene i den:</numerusform>
            <numerusform>Ny ansvarlig for {0} kontrakter og forpliktelsene i dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Endrer ansvarlig</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message numerus="yes">
        <source>Status of {0} contract(s):</source>
        <translation>
            <numerusform>Status for {0} kontrakt:</numerusform>
            <numerusform>Status for {0} kontrakter:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>Endrer status</translation>
    </message>
    <message numerus="yes">
        <source>Tag for {0} contract(s):</source>
        <translation>
            <numerusform>Etikett for {0} kontrakt:</numerusform>
            <numerusform>Etikett for {0} kontrakter:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Legg til etikett</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Legger til etikett</translation>
    </message>
    <message numerus="yes">
        <source>…and {0} more</source>
        <translation>
            <numerusform>…og {0} til</numerusform>
            <numerusform>…og {0} til</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contracts</source>
        <translation>Slett kontrakter</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} contract(s) with their obligations?

{1}

You can undo this (Edit → Undo delete).</source>
        <translation>
            <numerusform>Slette {0} kontrakt med forpliktelsene i den?

{1}

Du kan angre dette (Rediger → Angre sletting).</numerusform>
            <numerusform>Slette {0} kontrakter med forpliktelsene i dem?

{1}

Du kan angre dette (Rediger → Angre sletting).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <source>Undoing delete</source>
        <translation>Angrer sletting</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ingenting ble endret</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>The register is sound.</source>
        <translation>Registeret er i orden.</translation>
    </message>
    <message>
        <source>The check found one problem.</source>
        <translation>Sjekken fant ett problem.</translation>
    </message>
    <message>
        <source>The check found {0} problems.</source>
        <translation>Sjekken fant {0} problemer.</translation>
    </message>
    <message>
        <source>One check could not be made.</source>
        <translation>Én sjekk kunne ikke utføres.</translation>
    </message>
    <message>
        <source>{0} checks could not be made.</source>
        <translation>{0} sjekker kunne ikke utføres.</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>Sjekk register</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Sjekker registeret…</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>Sjekken kunne ikke kjøres: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this contract</source>
        <translation>Noen andre har endret denne kontrakten</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>{0} saved “{1}” at {2}, after you opened it. Nothing has been overwritten.
Choose which version to keep:</source>
        <translation>{0} lagret «{1}» {2}, etter at du åpnet den. Ingenting er overskrevet.
Velg hvilken versjon som skal beholdes:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andres versjon</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Lagre min versjon over den andres</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>Forkast min, vis den andres</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Move this register to a team server</source>
        <extracomment>Emitted with the Trial of each attempt (tests and the status line follow it).</extracomment>
        <translation>Flytt dette registeret til en teamserver</translation>
    </message>
    <message>
        <source>Connect to a team register</source>
        <translation>Koble til et teamregister</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <extracomment>Set when the keyring could not keep the password: open with it in memory.</extracomment>
        <translation>f.eks. db.example.org</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Kryptert hvis serveren tilbyr det</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Alltid kryptert</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Kryptert, serversertifikatet sjekkes</translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation>Ikke kryptert (bare på et klarert nettverk)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Move here…</source>
        <translation>Flytt hit…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>The team register to copy this one into: set up with `contract-desk team init` and still empty. Your login must be the team&apos;s admin or the database&apos;s owner. The password is kept in this computer&apos;s keyring.</source>
        <translation>Teamregisteret som dette registeret skal kopieres inn i: satt opp med `contract-desk team init` og fortsatt tomt. Påloggingen din må være teamets administrator eller databasens eier. Passordet oppbevares i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <source>A register your team shares on a PostgreSQL server. The password is kept in this computer&apos;s keyring, never in Contract Desk&apos;s own files.</source>
        <translation>Et register som teamet ditt deler på en PostgreSQL-server. Passordet oppbevares i nøkkelringen på denne datamaskinen, aldri i Contract Desks egne filer.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Kobler til {0}…</translation>
    </message>
    <message>
        <source>{0} The password is used for this session only.</source>
        <translation>{0} Passordet brukes bare i denne økten.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Save now</source>
        <extracomment>restored(): the server answered again. save_requested(): &quot;Save now&quot; was pressed for the save left undone. How long to wait between two tries. Asked when the server is back: is there a save the user still has to make?</extracomment>
        <translation>Lagre nå</translation>
    </message>
    <message>
        <source>Lost the connection to the team register {0} — retrying; nothing you typed is lost.</source>
        <translation>Mistet tilkoblingen til teamregisteret {0} – prøver igjen; ingenting du har skrevet, er tapt.</translation>
    </message>
    <message>
        <source>The connection to {0} is back. Your changes are not saved yet.</source>
        <translation>Tilkoblingen til {0} er tilbake. Endringene dine er ikke lagret ennå.</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Reference</source>
        <extracomment>The notice period&apos;s placeholder, in the person&apos;s units (&quot;3개월, 90일 또는 30영업일&quot;).</extracomment>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>Første avtaleperiode</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Fornyelse</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>Fornyelsesperiode</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>Maks antall fornyelser</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>Endelig sluttdato</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Oppsigelsestid</translation>
    </message>
    <message>
        <source>Send notice … days earlier</source>
        <translation>Send oppsigelsen … dager før</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Oppsagt den</translation>
    </message>
    <message>
        <source>Notice ends it at</source>
        <translation>Oppsigelse gjelder til</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Helligdager i</translation>
    </message>
    <message>
        <source>Postal days</source>
        <translation>Postgangsdager</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsbetingelser</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>Taushetsplikt til</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>Påminn (dager før)</translation>
    </message>
    <message>
        <source>Your own number for the contract, e.g. C-2025-014</source>
        <translation>Ditt eget nummer for kontrakten, f.eks. C-2025-014</translation>
    </message>
    <message>
        <source>The other party; typing an existing name reuses it</source>
        <translation>Den andre parten; skriver du et navn som finnes fra før, brukes det igjen</translation>
    </message>
    <message>
        <source>The one person who looks after this contract</source>
        <translation>Den ene personen som har ansvaret for denne kontrakten</translation>
    </message>
    <message>
        <source>Draft, in review, terminated and archived win over the dates; active, renewed and expired follow the dates</source>
        <translation>Utkast, til gjennomgang, sagt opp og arkivert går foran datoene; aktiv, fornyet og utløpt følger datoene</translation>
    </message>
    <message>
        <source>The last day of the first term (inclusive); leave empty to use the initial term</source>
        <translation>Siste dag i den første avtaleperioden (inkludert); la stå tomt for å bruke første avtaleperiode</translation>
    </message>
    <message>
        <source>Length of the first term, e.g. 2 years, 18 months, 90 days</source>
        <translation>Lengden på den første avtaleperioden, f.eks. 2 years, 18 months, 90 days</translation>
    </message>
    <message>
        <source>Automatic: renews unless notice is given in time. By option: renews only if someone acts</source>
        <translation>Automatisk: fornyes med mindre den sies opp i tide. Ved opsjon: fornyes bare hvis noen tar initiativ</translation>
    </message>
    <message>
        <source>Length of each renewal; empty means the same as the initial term</source>
        <translation>Lengden på hver fornyelse; tomt betyr det samme som første avtaleperiode</translation>
    </message>
    <message>
        <source>How many times it may renew at most</source>
        <translation>Hvor mange ganger den høyst kan fornyes</translation>
    </message>
    <message>
        <source>No term runs past this day</source>
        <translation>Ingen avtaleperiode varer lenger enn denne dagen</translation>
    </message>
    <message>
        <source>e.g. 3 months, 90 days, 30 business days (weekends skipped)</source>
        <translation>f.eks. 3 months, 90 days, 30 business days (helger hoppes over)</translation>
    </message>
    <message>
        <source>Send the notice this many days before the deadline (post, signatures)</source>
        <translation>Send oppsigelsen så mange dager før fristen (post, signaturer)</translation>
    </message>
    <message>
        <source>The day notice was given; on or before a deadline, that term is the last</source>
        <translation>Dagen oppsigelsen ble gitt; gis den på eller før en frist, er den avtaleperioden den siste</translation>
    </message>
    <message>
        <source>&quot;3 months&apos; notice to the end of a month&quot;: notice can end the contract only on such a day</source>
        <translation>«3 måneders oppsigelse til utgangen av en måned»: oppsigelsen kan bare avslutte kontrakten på en slik dag</translation>
    </message>
    <message>
        <source>Business days and postal days skip this country&apos;s public holidays: its ISO code, e.g. NO, DE, US; empty means Monday to Friday</source>
        <translation>Virkedager og postgangsdager hopper over helligdagene i dette landet: landkoden etter ISO, f.eks. NO, DE, US; tomt betyr mandag til fredag</translation>
    </message>
    <message>
        <source>Working days the notice takes to arrive (registered post); the send-by date comes that much earlier</source>
        <translation>Virkedagene oppsigelsen bruker på å komme fram (rekommandert brev); siste sendedag kommer så mye tidligere</translation>
    </message>
    <message>
        <source>The contract value, exact to the cent</source>
        <translation>Kontraktens verdi, nøyaktig til øret</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, NOK, KRW</source>
        <translation>ISO 4217-kode, f.eks. EUR, NOK, KRW</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Automatic (tacit)</source>
        <translation>Automatisk (stilltiende)</translation>
    </message>
    <message>
        <source>By option only</source>
        <translation>Bare ved opsjon</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>hvilken som helst dag</translation>
    </message>
    <message>
        <source>the end of a month</source>
        <translation>utgangen av en måned</translation>
    </message>
    <message>
        <source>the end of a quarter</source>
        <translation>utgangen av et kvartal</translation>
    </message>
    <message>
        <source>the end of a year</source>
        <translation>utgangen av et år</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>edited(): the person changed a field (not emitted while a contract is loaded).</extracomment>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Term and notice</source>
        <translation>Avtaleperiode og oppsigelse</translation>
    </message>
    <message>
        <source>Money and notes</source>
        <translation>Økonomi og notater</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. critical, IT</source>
        <translation>kommaseparert, f.eks. kritisk, IT</translation>
    </message>
    <message>
        <source>e.g. C-2025-014</source>
        <translation>f.eks. C-2025-014</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> virkedag</numerusform>
            <numerusform> virkedager</numerusform>
        </translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>ingen: mandag til fredag</translation>
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>An obligation&apos;s due date has passed and it is not met.</source>
        <translation>En forpliktelses forfallsdato er passert, og den er ikke oppfylt.</translation>
    </message>
    <message>
        <source>A notice deadline, a final expiry or an obligation is due within 7 days.</source>
        <translation>En oppsigelsesfrist, et endelig utløp eller en forpliktelse forfaller innen 7 dager.</translation>
    </message>
    <message>
        <source>One of those dates is within its 90-day reminder window.</source>
        <translation>En av disse datoene er innenfor sitt påminnelsesvindu på 90 dager.</translation>
    </message>
    <message>
        <source>Nothing needs action in the next 90 days.</source>
        <translation>Ingenting krever handling de neste 90 dagene.</translation>
    </message>
    <message>
        <source>Expired, terminated or archived.</source>
        <translation>Utløpt, sagt opp eller arkivert.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Health colours</source>
        <translation>Helsefarger</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Send notice by</source>
        <extracomment>The sorted order restricted to the saved view, before the search words. Contracts picked on the dashboard (None: no such restriction).</extracomment>
        <translation>Siste sendedag</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Oppsigelsesfrist</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>Gjeldende avtaleperiode slutter</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Tidligste slutt</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Fornyelse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Original end</source>
        <translation>Opprinnelig sluttdato</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Oppsigelsestid</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsbetingelser</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sist endret</translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue obligation(s)</source>
        <translation>
            <numerusform>{0} forfalt forpliktelse</numerusform>
            <numerusform>{0} forfalte forpliktelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTimeline</name>
    <message>
        <source>No grouping</source>
        <extracomment>current_changed(str): the uid of the contract chosen on the timeline. open_requested(str): the uid of the contract whose detail to open. changed(): the register changed from here (a milestone met, alerts acknowledged).</extracomment>
        <translation>Ingen gruppering</translation>
    </message>
    <message>
        <source>a month</source>
        <extracomment>Open obligations offered under &quot;Mark milestone met&quot;, at most. The spans of the &quot;Show&quot; menu: (text, days).</extracomment>
        <translation>en måned</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>et kvartal</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>et år</translation>
    </message>
    <message>
        <source>two years</source>
        <translation>to år</translation>
    </message>
    <message>
        <source>five years</source>
        <translation>fem år</translation>
    </message>
    <message>
        <source>twenty years</source>
        <translation>tjue år</translation>
    </message>
    <message>
        <source>By counterparty</source>
        <extracomment>The grouping choices: field → the words of the choice.</extracomment>
        <translation>Etter motpart</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Etter ansvarlig</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Etter avdeling</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Etter type</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Etter status</translation>
    </message>
    <message>
        <source>original term</source>
        <translation>opprinnelig avtaleperiode</translation>
    </message>
    <message>
        <source>renewed term</source>
        <translation>fornyet avtaleperiode</translation>
    </message>
    <message>
        <source>notice window (deadline → end of term)</source>
        <translation>oppsigelsesvindu (frist → slutten av avtaleperioden)</translation>
    </message>
    <message>
        <source>send notice by</source>
        <translation>siste sendedag</translation>
    </message>
    <message>
        <source>earliest end (open-ended, notice today)</source>
        <translation>tidligste slutt (tidsubestemt, oppsigelse i dag)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>obligations:</source>
        <translation>forpliktelser:</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>oppfylt i tide</translation>
    </message>
    <message>
        <source>late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>frafalt</translation>
    </message>
    <message>
        <source>Drag to scroll; Ctrl+wheel to zoom; click a group to fold it; right-click a contract for more</source>
        <translation>Dra for å rulle; Ctrl+hjul for å zoome; klikk på en gruppe for å folde den sammen; høyreklikk på en kontrakt for mer</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Zoom ut (−, Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom inn (+, Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tilpass alle</translation>
    </message>
    <message>
        <source>Show every contract shown, first start to last end</source>
        <translation>Vis alle kontraktene som vises, fra første start til siste slutt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Scroll to today (T)</source>
        <translation>Rull til i dag (T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Save the visible timeline as PNG or PDF</source>
        <translation>Lagre den synlige tidslinjen som PNG eller PDF</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Zoom to a span of time starting a little before today</source>
        <translation>Zoom til et tidsrom som starter litt før i dag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Acknowledge alerts ({0})</source>
        <translation>Kvitter ut varsler ({0})</translation>
    </message>
    <message>
        <source>Mark milestone met</source>
        <translation>Merk milepæl som oppfylt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Eksporter tidslinje</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-bilde (*.png);;PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>Kunne ikke skrive {0}.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>No custom fields. Imported columns without a field of their own appear here.</source>
        <translation>Ingen egendefinerte felt. Importerte kolonner uten et eget felt vises her.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Restore the newest good backup…</source>
        <extracomment>The window&apos;s commands that write into the register. Settings → Approval rules… and Public holidays… are not among them: a register only read here shows its rules and country read-only, saying why (what a viewer of a team register needs to see too). found(str): the register was found damaged; SQLite&apos;s words.</extracomment>
        <translation>Gjenopprett den nyeste gode sikkerhetskopien…</translation>
    </message>
    <message>
        <source>This register is damaged (SQLite: {0}), so it is open read-only: you can read and export it, but not change it.</source>
        <translation>Dette registeret er skadet (SQLite: {0}), så det er åpnet skrivebeskyttet: du kan lese og eksportere det, men ikke endre det.</translation>
    </message>
    <message>
        <source>There is no good backup of it in {0}; export what you need and keep the file.</source>
        <translation>Det finnes ingen god sikkerhetskopi av det i {0}; eksporter det du trenger, og ta vare på filen.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.</source>
        <translation>Den nyeste gode sikkerhetskopien er fra {0}.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Gjenopprett den nyeste gode sikkerhetskopien</translation>
    </message>
    <message>
        <source>Replace the damaged register with the backup of {0}? Whatever was changed after that backup is not in it. The damaged file is kept beside the register, not deleted.</source>
        <translation>Erstatte det skadede registeret med sikkerhetskopien fra {0}? Det som ble endret etter den sikkerhetskopien, er ikke med. Den skadede filen beholdes ved siden av registeret og slettes ikke.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenoppretter</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ikke gjenopprettet</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged register is kept as {0}.</source>
        <translation>Sikkerhetskopien er på plass. Det skadede registeret er beholdt som {0}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Computing…</source>
        <extracomment>picked(str, frozenset[str]): a number or a bar was clicked: what it counts, the uids.</extracomment>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Aktive kontrakter</translation>
    </message>
    <message>
        <source>Annual value of active contracts</source>
        <translation>Årlig verdi av aktive kontrakter</translation>
    </message>
    <message>
        <source>Notice deadlines within</source>
        <translation>Oppsigelsesfrister innen</translation>
    </message>
    <message>
        <source>Ending for good within</source>
        <translation>Avsluttes endelig innen</translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation>Forfalte forpliktelser</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>Ventende varsler</translation>
    </message>
    <message>
        <source>Met on time (last 12 months)</source>
        <translation>Oppfylt i tide (siste 12 måneder)</translation>
    </message>
    <message>
        <source>Key dates per month, next 12 months</source>
        <translation>Nøkkeldatoer per måned, neste 12 måneder</translation>
    </message>
    <message>
        <source>Payments due per month</source>
        <translation>Betalinger som forfaller, per måned</translation>
    </message>
    <message>
        <source>What counterparties had to do: met on time vs late (⚠ at risk: late again and again)</source>
        <translation>Det motpartene skulle gjøre: oppfylt i tide mot for sent (⚠ i faresonen: for sent gang på gang)</translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation>Kontrakter etter status</translation>
    </message>
    <message>
        <source>Contracts by type</source>
        <translation>Kontrakter etter type</translation>
    </message>
    <message>
        <source>terms ending for good</source>
        <translation>avtaleperioder som avsluttes endelig</translation>
    </message>
    <message>
        <source>notice deadlines</source>
        <translation>oppsigelsesfrister</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>oppfylt i tide</translation>
    </message>
    <message>
        <source>late or overdue</source>
        <translation>for sent eller forfalt</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tide</translation>
    </message>
    <message>
        <source>late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>kontrakter</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {0}</source>
        <translation>Oversikten kunne ikke beregnes: {0}</translation>
    </message>
    <message>
        <source>The whole register on {0}. Click a number or a bar to list those contracts.</source>
        <translation>Hele registeret per {0}. Klikk på et tall eller en stolpe for å liste opp disse kontraktene.</translation>
    </message>
    <message>
        <source>Active contracts in {0}</source>
        <translation>Aktive kontrakter i {0}</translation>
    </message>
    <message numerus="yes">
        <source>Notice deadline within {0} days</source>
        <translation>
            <numerusform>Oppsigelsesfrist innen {0} dag</numerusform>
            <numerusform>Oppsigelsesfrist innen {0} dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending for good within {0} days</source>
        <translation>
            <numerusform>Avsluttes endelig innen {0} dag</numerusform>
            <numerusform>Avsluttes endelig innen {0} dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts with overdue obligations</source>
        <translation>Kontrakter med forfalte forpliktelser</translation>
    </message>
    <message>
        <source>Contracts with alerts waiting</source>
        <translation>Kontrakter med ventende varsler</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} met</source>
        <translation>
            <numerusform>{0} av {1} oppfylt</numerusform>
            <numerusform>{0} av {1} oppfylt</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations met in the last 12 months</source>
        <translation>Forpliktelser oppfylt de siste 12 månedene</translation>
    </message>
    <message numerus="yes">
        <source>{0} days</source>
        <translation>
            <numerusform>{0} dag</numerusform>
            <numerusform>{0} dager</numerusform>
        </translation>
    </message>
    <message>
        <source>open payments in {0}</source>
        <translation>åpne betalinger i {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0}</source>
        <extracomment>changed(): the date was typed or picked (or cleared).</extracomment>
        <translation>f.eks. {0}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Velg en dato</translation>
    </message>
    <message>
        <source>Not a date; write it like {0} or 2025-12-31</source>
        <translation>Ikke en dato; skriv den slik: {0} eller 2025-12-31</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Details</source>
        <extracomment>A contract still being read after this long greys the editor: nothing is typed into the contract the person just left. saved(str): the uid of a contract saved here or changed in one of its tabs. save_ended(bool): a save ended; True saved (or nothing to save), False not saved (problems in the form, a conflict left open, an error). Only read here: nothing can be typed or saved (see set_read_only). The read of the contract to show (the newest request wins). The save under way, if any.</extracomment>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation>&amp;Forpliktelser</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Vedlegg</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Endringslogg</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>E&amp;gendefinerte felt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Lagre endringene (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>Forkast endringene siden forrige lagring</translation>
    </message>
    <message>
        <source>Select a contract, or press Ctrl+N for a new one.</source>
        <translation>Velg en kontrakt, eller trykk Ctrl+N for en ny.</translation>
    </message>
    <message>
        <source>Changed by {0} at {1}.</source>
        <translation>Endret av {0} kl. {1}.</translation>
    </message>
    <message>
        <source>Your edits are kept; saving them shows both versions.</source>
        <translation>Endringene dine er beholdt; når du lagrer dem, vises begge versjonene.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Ny kontrakt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Lagre endringene i «{0}»?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (.csv)</source>
        <translation>CSV for alle regneark (.csv)</translation>
    </message>
    <message>
        <source>Calendar of key dates (.ics)</source>
        <translation>Kalender med nøkkeldatoer (.ics)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF-rapport (.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Alle kontrakter</translation>
    </message>
    <message>
        <source>The contracts shown ({0})</source>
        <translation>Kontraktene som vises ({0})</translation>
    </message>
    <message>
        <source>The selected contracts ({0})</source>
        <translation>De valgte kontraktene ({0})</translation>
    </message>
    <message>
        <source>One-contract sheet of the selected contract</source>
        <translation>Eget ark for den valgte kontrakten</translation>
    </message>
    <message>
        <source>Only the table&apos;s visible columns (otherwise every field, ready to import again)</source>
        <translation>Bare tabellens synlige kolonner (ellers alle felt, klare til å importeres igjen)</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dager fremover</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Kontrakter:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Lagre som:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <source>{0} (*.{1})</source>
        <translation>{0} (*.{1})</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Velg hvor filen skal lagres.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Mappen {0} finnes ikke.</translation>
    </message>
    <message>
        <source>No contracts to export in that choice.</source>
        <translation>Ingen kontrakter å eksportere i dette utvalget.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Writing {0} of {1}</source>
        <translation>Skriver {0} av {1}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutt: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Eksporten mislyktes: {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File and sheet</source>
        <extracomment>The file dialog&apos;s filter in English (the wizard shows ``file_filter()``). Kinds of values a column left out of the fields should not be left out unnoticed. Kinds of problem the preview names in its summary (the rows list has them all).</extracomment>
        <translation>Fil og ark</translation>
    </message>
    <message>
        <source>Choose the spreadsheet you kept your contracts in. The header row is found by itself; it is highlighted below.</source>
        <translation>Velg regnearket du har hatt kontraktene dine i. Overskriftsraden finnes automatisk; den er uthevet nedenfor.</translation>
    </message>
    <message>
        <source>Type or paste the file&apos;s path and press Enter, or choose the file</source>
        <translation>Skriv eller lim inn filens sti og trykk Enter, eller velg filen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importer regneark</translation>
    </message>
    <message>
        <source>There is no file at {0}: check the path, or choose the file.</source>
        <translation>Det finnes ingen fil på {0}: sjekk stien, eller velg filen.</translation>
    </message>
    <message>
        <source>There is no file at {0}; {1} is still the file chosen.</source>
        <translation>Det finnes ingen fil på {0}; {1} er fortsatt filen som er valgt.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leser {0}…</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (skjult)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leser filen</translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again to read it.</source>
        <translation>Lesingen ble avbrutt. Velg filen på nytt for å lese den.</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>Leser arket</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>Denne filen kan ikke importeres: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} data rows found.</source>
        <translation>
            <numerusform>{0} datarad funnet.</numerusform>
            <numerusform>{0} datarader funnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} lines of a report&apos;s printed pages (footers, the header again) are not contracts.</source>
        <translation>
            <numerusform>{0} linje fra en rapports utskrevne sider (en bunntekst, overskriften på nytt) er ikke en kontrakt.</numerusform>
            <numerusform>{0} linjer fra en rapports utskrevne sider (bunntekster, overskriften på nytt) er ikke kontrakter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Velkommen til {0}</translation>
    </message>
    <message>
        <source>This register is empty. How would you like to begin?</source>
        <translation>Dette registeret er tomt. Hvordan vil du begynne?</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <source>Bring in the Excel or CSV register you kept until now.</source>
        <translation>Hent inn registeret i Excel eller CSV som du har brukt til nå.</translation>
    </message>
    <message>
        <source>Importing Excel and CSV registers arrives with the importer.</source>
        <translation>Import av registre fra Excel og CSV kommer med importfunksjonen.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Last inn demodata</translation>
    </message>
    <message>
        <source>250 realistic sample contracts to look around; start a new register for your own.</source>
        <translation>250 realistiske eksempelkontrakter å se seg rundt i; start et nytt register for dine egne.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start tomt</translation>
    </message>
    <message>
        <source>Add your first contract with Ctrl+N.</source>
        <translation>Legg til den første kontrakten din med Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <extracomment>saved(str, bool): what was done, and whether contracts were changed.</extracomment>
        <translation>Helligdager</translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>ingen: mandag til fredag</translation>
    </message>
    <message>
        <source>Also give it now to every contract without a country</source>
        <translation>Gi det også nå til alle kontrakter uten land</translation>
    </message>
    <message>
        <source>Business days (a notice period in business days, postal days) skip the public holidays of a contract&apos;s country. Contracts added from now on without a country of their own take this one; a contract&apos;s own country always wins.</source>
        <translation>Virkedager (en oppsigelsestid i virkedager, postgangsdager) hopper over helligdagene i kontraktens land. Kontrakter som legges til heretter uten eget land, får dette; en kontrakts eget land går alltid foran.</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Helligdager i:</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change it; you see it as it is.</source>
        <translation>Bare en administrator for dette teamregisteret kan endre det; du ser det slik det er.</translation>
    </message>
    <message>
        <source>This register is only read here: its public holidays cannot be changed.</source>
        <translation>Dette registeret er skrivebeskyttet her: helligdagene kan ikke endres.</translation>
    </message>
    <message>
        <source>Public holidays of {0} for contracts without a country of their own</source>
        <translation>Helligdager i {0} for kontrakter uten eget land</translation>
    </message>
    <message>
        <source>No register-wide public holidays</source>
        <translation>Ingen helligdager for hele registeret</translation>
    </message>
    <message numerus="yes">
        <source>; {0} contract(s) changed</source>
        <translation>
            <numerusform>; {0} kontrakt endret</numerusform>
            <numerusform>; {0} kontrakter endret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Undone: {0} contracts removed, {1} restored.</source>
        <translation>Angret: {0} kontrakter fjernet, {1} gjenopprettet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Import history</source>
        <extracomment>changed(): an import was undone.</extracomment>
        <translation>Importhistorikk</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Angre denne importen…</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>angret</translation>
    </message>
    <message>
        <source>Nothing has been imported into this register yet.</source>
        <translation>Ingenting er importert til dette registeret ennå.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Angre import</translation>
    </message>
    <message>
        <source>Undo the import of {0}? Contracts it created are deleted (each can be brought back from its history); contracts it changed get their earlier values back, unless someone changed them since.</source>
        <translation>Angre importen av {0}? Kontrakter den opprettet, slettes (hver av dem kan hentes tilbake fra endringsloggen sin); kontrakter den endret, får tilbake de tidligere verdiene, med mindre noen har endret dem siden.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation>Regneark ({0});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <extracomment>The preview&apos;s rehearsal: storing it right after holds the write lock only to insert. Makes the plan again from the file when storing needs its rows (see store_plan).</extracomment>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <source>Importing {0} rows…</source>
        <translation>
            <numerusform>Importerer {0} rad…</numerusform>
            <numerusform>Importerer {0} rader…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerer</translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation>(behold som egendefinert felt)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scope / description</source>
        <translation>Omfang / beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction (buy/sell)</source>
        <translation>Retning (kjøp/salg)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Initial term (e.g. 24 months)</source>
        <translation>Første avtaleperiode (f.eks. 24 måneder)</translation>
    </message>
    <message>
        <source>Initial term in months (a bare number)</source>
        <translation>Første avtaleperiode i måneder (bare et tall)</translation>
    </message>
    <message>
        <source>Renewal (automatic/option/none)</source>
        <translation>Fornyelse (automatisk/opsjon/ingen)</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>Fornyelsesperiode</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>Maks antall fornyelser</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>Endelig sluttdato</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Oppsigelsestid</translation>
    </message>
    <message>
        <source>Notice buffer (days)</source>
        <translation>Bufferdager for oppsigelse</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Oppsagt den</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Value with its currency in the cell</source>
        <translation>Verdi med valuta i samme celle</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsbetingelser</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>Taushetsplikt til</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a row will be, in the preview&apos;s &quot;Will be&quot; column (the core&apos;s action -&gt; words).</extracomment>
        <translation>ny</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What happened to a row, in the report&apos;s &quot;What happened&quot; column.</extracomment>
        <translation>opprettet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>kept as written: {0}</source>
        <translation>beholdes slik den står: {0}</translation>
    </message>
    <message>
        <source>(nothing to store)</source>
        <translation>(ingenting å lagre)</translation>
    </message>
    <message>
        <source>{0} (no currency)</source>
        <translation>{0} (ingen valuta)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>KeyDatesPanel</name>
    <message>
        <source>Original term</source>
        <translation>Opprinnelig avtaleperiode</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>Gjeldende avtaleperiode</translation>
    </message>
    <message>
        <source>Renewals so far</source>
        <translation>Fornyelser hittil</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Oppsigelsesfrist</translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>Siste sendedag</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>Neste fornyelse starter</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>Tidligste sluttdato ved oppsigelse i dag</translation>
    </message>
    <message>
        <source>Status by dates</source>
        <translation>Status etter datoene</translation>
    </message>
    <message>
        <source>Key dates (computed)</source>
        <translation>Nøkkeldatoer (beregnet)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Cannot compute: {0}</source>
        <translation>Kan ikke beregne: {0}</translation>
    </message>
    <message>
        <source>Enter a start or an end date to see the key dates.</source>
        <translation>Skriv inn en startdato eller en sluttdato for å se nøkkeldatoene.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Rett opp de merkede feltene for å lagre.</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>ukjent start</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>uten sluttdato</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
</context>
<context>
    <name>LaneTips</name>
    <message>
        <source>scheduled</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>oppfylt i tide</translation>
    </message>
    <message>
        <source>late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>frafalt</translation>
    </message>
    <message>
        <source>No end date (runs until terminated)</source>
        <translation>Ingen sluttdato (løper til den sies opp)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Original term ends</source>
        <translation>Opprinnelig avtaleperiode slutter</translation>
    </message>
    <message numerus="yes">
        <source>Renewed {0} time(s); current term from {1}</source>
        <translation>
            <numerusform>Fornyet {0} gang; gjeldende avtaleperiode fra {1}</numerusform>
            <numerusform>Fornyet {0} ganger; gjeldende avtaleperiode fra {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>Siste sendedag</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Oppsigelsesfrist</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>Gjeldende avtaleperiode slutter</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>Neste fornyelse starter</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>Tidligste sluttdato ved oppsigelse i dag</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation>Følg systemet ({0})</translation>
    </message>
    <message>
        <source>The language of Contract Desk on this computer: its window, reminders, reports and command line.</source>
        <translation>Språket Contract Desk bruker på denne datamaskinen: i vinduet, påminnelsene, rapportene og kommandolinjen.</translation>
    </message>
    <message>
        <source>Contract Desk speaks the chosen language from its next start.</source>
        <translation>Contract Desk bruker det valgte språket fra neste oppstart.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Write notice letter</source>
        <extracomment>The letter languages by their own names (a letter&apos;s language is not the window&apos;s). The newest read of the facts: an older answer (the language before) is dropped.</extracomment>
        <translation>Skriv oppsigelsesbrev</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>Brevets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Date of the letter:</source>
        <translation>Brevets &amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Si&amp;gnert av:</translation>
    </message>
    <message>
        <source>&amp;Our organisation:</source>
        <translation>Vår &amp;organisasjon:</translation>
    </message>
    <message>
        <source>Our &amp;address:</source>
        <translation>Vår &amp;adresse:</translation>
    </message>
    <message>
        <source>Our organisation &amp;number:</source>
        <translation>Vårt organisasjons&amp;nummer:</translation>
    </message>
    <message>
        <source>The &amp;counterparty&apos;s address:</source>
        <translation>&amp;Motpartens adresse:</translation>
    </message>
    <message>
        <source>What the letter says</source>
        <translation>Hva brevet sier</translation>
    </message>
    <message>
        <source>Use our own &amp;template…</source>
        <translation>Bruk vår egen ma&amp;l…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault again</source>
        <translation>Bruk s&amp;tandardmalen igjen</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Save as attac&amp;hment</source>
        <translation>Lagre som &amp;vedlegg</translation>
    </message>
    <message>
        <source>Save as f&amp;ile…</source>
        <translation>Lagre som &amp;fil…</translation>
    </message>
    <message>
        <source>Template: this register&apos;s own</source>
        <translation>Mal: registerets egen</translation>
    </message>
    <message>
        <source>Template: the default</source>
        <translation>Mal: standardmalen</translation>
    </message>
    <message>
        <source>Ends the contract on {0}</source>
        <translation>Avslutter kontrakten {0}</translation>
    </message>
    <message>
        <source>Term: {0} – {1}</source>
        <translation>Avtaleperiode: {0} – {1}</translation>
    </message>
    <message>
        <source>Notice deadline: {0}</source>
        <translation>Oppsigelsesfrist: {0}</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>Fra {0} til {1}</translation>
    </message>
    <message>
        <source>(our organisation not named)</source>
        <translation>(vår organisasjon er ikke oppgitt)</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>(ingen motpart)</translation>
    </message>
    <message>
        <source>Notice letter saved</source>
        <translation>Oppsigelsesbrevet er lagret</translation>
    </message>
    <message>
        <source>The letter is kept with the contract as {0}.</source>
        <translation>Brevet er lagret hos kontrakten som {0}.</translation>
    </message>
    <message>
        <source>Save the notice letter</source>
        <translation>Lagre oppsigelsesbrevet</translation>
    </message>
    <message>
        <source>Choose the letter template</source>
        <translation>Velg brevmal</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overdue obligations</source>
        <translation>Forfalte forpliktelser</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags… (Ctrl+F)</source>
        <translation>Søk i referanse, tittel, motpart, ansvarlig, notater, etiketter… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Leser registeret…</translation>
    </message>
    <message>
        <source>Loading contracts…</source>
        <translation>Laster inn kontrakter…</translation>
    </message>
    <message numerus="yes">
        <source>{0} contracts loaded</source>
        <translation>
            <numerusform>{0} kontrakt lastet inn</numerusform>
            <numerusform>{0} kontrakter lastet inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} contracts</source>
        <translation>
            <numerusform>{0} av {1} kontrakt</numerusform>
            <numerusform>{0} av {1} kontrakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+{0} more</source>
        <translation>
            <numerusform>+{0} til</numerusform>
            <numerusform>+{0} til</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the changes first: a notice changes the contract.</source>
        <translation>Lagre eller tilbakestill endringene først: en oppsigelse endrer kontrakten.</translation>
    </message>
    <message numerus="yes">
        <source>Exported {0} contracts to {1}</source>
        <translation>
            <numerusform>Eksporterte {0} kontrakt til {1}</numerusform>
            <numerusform>Eksporterte {0} kontrakter til {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Kan ikke lese registeret</translation>
    </message>
    <message>
        <source>Total value of the contracts shown, per currency</source>
        <translation>Samlet verdi av kontraktene som vises, per valuta</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns left on “keep as custom field” are kept with every contract, shown and searchable.</source>
        <translation>Sjekk hvor hver kolonne skal. Kolonner som står på «behold som egendefinert felt», beholdes med hver kontrakt, vises og er søkbare.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Går til</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Lagres som</translation>
    </message>
    <message>
        <source>(none: keep such amounts as text)</source>
        <translation>(ingen: behold slike beløp som tekst)</translation>
    </message>
    <message>
        <source>(the currency of your computer&apos;s region)</source>
        <translation>(valutaen i datamaskinens region)</translation>
    </message>
    <message>
        <source>Amounts that name no currency are in:</source>
        <translation>Beløp uten angitt valuta er i:</translation>
    </message>
    <message>
        <source>dates, not imported — start or end?</source>
        <translation>datoer, ikke importert – start eller slutt?</translation>
    </message>
    <message>
        <source>amounts, not imported — the value?</source>
        <translation>beløp, ikke importert – verdien?</translation>
    </message>
    <message>
        <source>periods, not imported — the term?</source>
        <translation>perioder, ikke importert – avtaleperioden?</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datoer</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>perioder</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
    <message>
        <source>years</source>
        <translation>årstall</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID-er</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>koder</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>radnumre</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>heltall</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>lang tekst</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Delvis oppfylt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Frafalt</translation>
    </message>
    <message>
        <source>Record “{0}”</source>
        <translation>Registrer «{0}»</translation>
    </message>
    <message>
        <source>e.g. paid, bank reference 448812</source>
        <translation>f.eks. betalt, bankreferanse 448812</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Dokumentasjon:</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Given by us</source>
        <translation>Gitt av oss</translation>
    </message>
    <message>
        <source>Received from the counterparty</source>
        <translation>Mottatt fra motparten</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Rekommandert brev</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Personlig overlevering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Record a notice</source>
        <translation>Registrer en oppsigelse</translation>
    </message>
    <message>
        <source>Add &amp;proof…</source>
        <translation>Legg til &amp;bevis…</translation>
    </message>
    <message>
        <source>A receipt, the e-mail sent or received</source>
        <translation>En kvittering, e-posten som ble sendt eller mottatt</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Oppsigelse:</translation>
    </message>
    <message>
        <source>Sent or received on:</source>
        <translation>Sendt eller mottatt:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Måte:</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>Kvittert:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Bevis:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>Bevis for oppsigelsen</translation>
    </message>
    <message>
        <source>Enter the day the notice was sent or received.</source>
        <translation>Skriv inn dagen oppsigelsen ble sendt eller mottatt.</translation>
    </message>
    <message>
        <source>Record a notice once it is given: the day is after today.</source>
        <translation>Registrer en oppsigelse når den er gitt: dagen er etter i dag.</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>Den kan ikke være kvittert før den ble gitt.</translation>
    </message>
</context>
<context>
    <name>NoticesSection</name>
    <message>
        <source>Notice</source>
        <translation>Oppsigelse</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Måte</translation>
    </message>
    <message>
        <source>Ends the contract on</source>
        <translation>Avslutter kontrakten</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kvittert</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>changed(): a notice was recorded or withdrawn here (the contract&apos;s key dates moved).</extracomment>
        <translation>Oppsigelser</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>&amp;Registrer oppsigelse…</translation>
    </message>
    <message>
        <source>A notice given to or received from the counterparty: the contract then ends on the term end it reaches, and its notice reminders stop</source>
        <translation>En oppsigelse gitt til eller mottatt fra motparten: kontrakten slutter da ved utløpet av avtaleperioden oppsigelsen rekker, og påminnelsene om oppsigelse stopper</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Trekk til&amp;bake</translation>
    </message>
    <message>
        <source>Take back a notice recorded by mistake</source>
        <translation>Trekk tilbake en oppsigelse som ble registrert ved en feil</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged…</source>
        <translation>&amp;Kvittert…</translation>
    </message>
    <message>
        <source>Record the day the selected notice was acknowledged</source>
        <translation>Registrer dagen den valgte oppsigelsen ble kvittert</translation>
    </message>
    <message>
        <source>Add proo&amp;f…</source>
        <translation>Legg til bev&amp;is…</translation>
    </message>
    <message>
        <source>Attach a receipt or an e-mail to the selected notice</source>
        <translation>Legg ved en kvittering eller en e-post til den valgte oppsigelsen</translation>
    </message>
    <message>
        <source>Withdrawn by {0} on {1}</source>
        <translation>Trukket tilbake av {0} {1}</translation>
    </message>
    <message>
        <source>No notice recorded.</source>
        <translation>Ingen oppsigelse registrert.</translation>
    </message>
    <message>
        <source>Notice on {0}: the contract ends on {1}.</source>
        <translation>Oppsigelse {0}: kontrakten slutter {1}.</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>Bevis for oppsigelsen</translation>
    </message>
    <message>
        <source>Withdraw the notice of {0}? It no longer counts; the contract&apos;s key dates and reminders go back to what they were without it.</source>
        <translation>Trekke tilbake oppsigelsen {0}? Den teller ikke lenger; kontraktens nøkkeldatoer og påminnelser blir som uten den.</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>Trekk tilbake oppsigelse</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hvert kvartal</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>Hvert halvår</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Oppsigelse</translation>
    </message>
    <message>
        <source>Renewal decision</source>
        <translation>Beslutning om fornyelse</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Taushetsplikt</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Etterlevelse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>The obligation form&apos;s labels, in its order.</extracomment>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>Påminn (dager før)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Edit obligation</source>
        <translation>Rediger forpliktelse</translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation>Ny forpliktelse</translation>
    </message>
    <message>
        <source>We do</source>
        <translation>Vi gjør det</translation>
    </message>
    <message>
        <source>The counterparty does</source>
        <translation>Motparten gjør det</translation>
    </message>
    <message>
        <source>Choose, or type an iCalendar rule such as FREQ=WEEKLY</source>
        <translation>Velg, eller skriv en iCalendar-regel som FREQ=WEEKLY</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Give the obligation a title.</source>
        <translation>Gi forpliktelsen en tittel.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Skriv inn forfallsdatoen.</translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation>Gjentas: {0}</translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Oppfylt den</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>The cells&apos; words for an obligation&apos;s status and kind (lower case, as in a sentence).</extracomment>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>partially met</source>
        <translation>delvis oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>frafalt</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>levering</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>godkjenning</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapportering</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>oppsigelse</translation>
    </message>
    <message>
        <source>renewal decision</source>
        <translation>beslutning om fornyelse</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>taushetsplikt</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>etterlevelse</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <extracomment>How far ahead recurring obligations are listed occurrence by occurrence. changed(): an obligation was added, edited, marked or deleted here. Only read here (a viewer&apos;s team register...): no adding, changing or deleting.</extracomment>
        <translation>Legg t&amp;il…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Mark met…</source>
        <translation>&amp;Merk som oppfylt…</translation>
    </message>
    <message>
        <source>Record that it was met (with date and evidence), partly met, not met or waived</source>
        <translation>Registrer at den ble oppfylt (med dato og dokumentasjon), delvis oppfylt, ikke oppfylt eller frafalt</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <source>we</source>
        <translation>vi</translation>
    </message>
    <message>
        <source>they</source>
        <translation>de</translation>
    </message>
    <message>
        <source>due</source>
        <translation>forfaller</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>Slett forpliktelse</translation>
    </message>
    <message>
        <source>Delete “{0}”? The history keeps a record of it.</source>
        <translation>Slette «{0}»? Endringsloggen tar vare på en oppføring om den.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>OfflineCopyQuestion</name>
    <message numerus="yes">
        <source>{0} days old</source>
        <extracomment>The first copy waits this long after the window opened (its own load comes first). How often to look whether the copy is due. A copy older than this is taken again.</extracomment>
        <translation>
            <numerusform>{0} dag gammel</numerusform>
            <numerusform>{0} dager gammel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} hours old</source>
        <translation>
            <numerusform>{0} time gammel</numerusform>
            <numerusform>{0} timer gammel</numerusform>
        </translation>
    </message>
    <message>
        <source>Team register out of reach</source>
        <translation>Teamregisteret kan ikke nås</translation>
    </message>
    <message>
        <source>The team register {0} cannot be opened: {1}

Open the read-only copy kept on this computer instead? It was taken on {2} ({3}); changes made since are not in it.</source>
        <translation>Teamregisteret {0} kan ikke åpnes: {1}

Åpne i stedet den skrivebeskyttede frakoblede kopien som er lagret på denne datamaskinen? Den ble tatt {2} ({3}); endringer gjort siden da, er ikke med.</translation>
    </message>
</context>
<context>
    <name>OffsetsField</name>
    <message>
        <source>register default: {0}</source>
        <translation>registerets standard: {0}</translation>
    </message>
    <message>
        <source>Days before the date to remind, e.g. 30, 7, 0 (0 = on the day). Empty: the register&apos;s default ({0}). &quot;none&quot;: no reminders.</source>
        <translation>Dager før datoen det skal påminnes, f.eks. 30, 7, 0 (0 = samme dag). Tomt: registerets standard ({0}). &quot;none&quot;: ingen påminnelser.</translation>
    </message>
    <message>
        <source>Write whole days before the date, like 30, 7, 0 (or &quot;none&quot;)</source>
        <translation>Skriv hele dager før datoen, som 30, 7, 0 (eller &quot;none&quot;)</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>e.g. {0}, {1} or {2}</source>
        <translation>f.eks. {0}, {1} eller {2}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>f.eks. {0}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <source>e.g. kari (lower-case letters, digits, _)</source>
        <translation>f.eks. kari (små bokstaver, sifre, _)</translation>
    </message>
    <message>
        <source>Viewer: reads everything</source>
        <translation>Leser: leser alt</translation>
    </message>
    <message>
        <source>Editor: also changes contracts and imports</source>
        <translation>Redaktør: endrer også kontrakter og importerer</translation>
    </message>
    <message>
        <source>Admin: also settings and people</source>
        <translation>Administrator: også innstillinger og personer</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>la stå tomt for å beholde passordet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passord på nytt</translation>
    </message>
    <message>
        <source>Give the person&apos;s user name.</source>
        <translation>Oppgi personens brukernavn.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>De to passordene er ulike; skriv dem på nytt.</translation>
    </message>
    <message>
        <source>A new person needs a password (said to them separately, not by e-mail with the rest).</source>
        <translation>En ny person trenger et passord (gitt til vedkommende separat, ikke på e-post sammen med resten).</translation>
    </message>
</context>
<context>
    <name>PickBar</name>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} contract(s) picked on the dashboard: {1}</source>
        <translation>
            <numerusform>Viser {0} kontrakt valgt i oversikten: {1}</numerusform>
            <numerusform>Viser {0} kontrakter valgt i oversikten: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>What the import will do with each row, the rows with problems first. Nothing is written yet.</source>
        <translation>Hva importen vil gjøre med hver rad, radene med problemer først. Ingenting er skrevet ennå.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Vis bare rader med problemer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <extracomment>The data rows of the sheet previewed (counted before its cells are let go).</extracomment>
        <translation>Finner ut hva importen ville gjøre…</translation>
    </message>
    <message numerus="yes">
        <source>Checking {0} rows against the register…</source>
        <translation>
            <numerusform>Sjekker {0} rad mot registeret…</numerusform>
            <numerusform>Sjekker {0} rader mot registeret…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.</source>
        <translation>
            <numerusform>{0} rad: nye {1}, endret {2}, uendret {3}, hoppet over {4}.</numerusform>
            <numerusform>{0} rader: nye {1}, endret {2}, uendret {3}, hoppet over {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} and {1}, listed first (a cell that cannot be read is kept as text with a warning).</source>
        <translation>{0} og {1}, listet først (en celle som ikke kan leses, beholdes som tekst med en advarsel).</translation>
    </message>
    <message numerus="yes">
        <source>{0} warnings</source>
        <translation>
            <numerusform>{0} advarsel</numerusform>
            <numerusform>{0} advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} errors</source>
        <translation>
            <numerusform>{0} feil</numerusform>
            <numerusform>{0} feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more kinds of problem, in the rows below.</source>
        <translation>
            <numerusform>… og {0} annen type problem, i radene nedenfor.</numerusform>
            <numerusform>… og {0} andre typer problemer, i radene nedenfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Forhåndsvisningen kunne ikke lages: {0}</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was checked. Press Back (and Next to try again).</source>
        <translation>Forhåndsvisningen ble avbrutt: ingenting ble sjekket. Trykk Tilbake (og Neste for å prøve igjen).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Next.</source>
        <translation>Ingenting skrives før du trykker Neste.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{0}. Open the team register with File → Connect to a team register… once its server can be reached.</source>
        <translation>{0}. Åpne teamregisteret med Fil → Koble til et teamregister… når serveren kan nås igjen.</translation>
    </message>
    <message>
        <source>This register file is kept read-only as a backup: {0}</source>
        <translation>Denne registerfilen beholdes skrivebeskyttet som sikkerhetskopi: {0}</translation>
    </message>
    <message>
        <source>Read-only: your login {0} is a viewer of the team register {1}. You can read, search and export it; to change it, ask its admin to make you an editor.</source>
        <translation>Skrivebeskyttet: påloggingen din {0} er leser i teamregisteret {1}. Du kan lese, søke i og eksportere det; for å endre det, be administratoren om å gjøre deg til redaktør.</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>{0} (team register)</source>
        <translation>{0} (teamregister)</translation>
    </message>
    <message>
        <source>New register</source>
        <extracomment>What the person chose on the first start of an empty register (None: not asked).</extracomment>
        <translation>Nytt register</translation>
    </message>
    <message>
        <source>{0} already exists. Choose Open register to open it.</source>
        <translation>{0} finnes allerede. Velg Åpne register for å åpne det.</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åpne register</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <source>Move this register to a team server</source>
        <translation>Flytt dette registeret til en teamserver</translation>
    </message>
    <message>
        <source>Copy every contract, counterparty, obligation, reminder, setting, import, history entry and attachment of {0} into the team register {1}? The copy is checked (counts and file hashes) before it is kept. This file is then backed up and kept read-only, and the team register opens in this window.</source>
        <translation>Kopiere alle kontrakter, motparter, forpliktelser, påminnelser, innstillinger, importer, oppføringer i endringsloggen og vedlegg i {0} inn i teamregisteret {1}? Kopien sjekkes (antall og filhasher) før den beholdes. Deretter sikkerhetskopieres denne filen og beholdes skrivebeskyttet, og teamregisteret åpnes i dette vinduet.</translation>
    </message>
    <message>
        <source>Moving the register</source>
        <translation>Flytter registeret</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ikke flyttet</translation>
    </message>
    <message>
        <source>Nothing was moved; this register is as it was. {0}</source>
        <translation>Ingenting ble flyttet; dette registeret er som før. {0}</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>{0} contracts and {1} attachment files are in the team register {2}. This file is kept read-only, with a backup in {3}.</source>
        <translation>{0} kontrakter og {1} vedleggsfiler er i teamregisteret {2}. Denne filen beholdes skrivebeskyttet, med en sikkerhetskopi i {3}.</translation>
    </message>
    <message>
        <source>The new language takes effect when Contract Desk starts again.</source>
        <translation>Det nye språket tas i bruk når Contract Desk starter på nytt.</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Kan ikke åpne registeret</translation>
    </message>
    <message>
        <source>The register was saved to {0}, but it cannot be opened: {1}</source>
        <translation>Registeret ble lagret i {0}, men det kan ikke åpnes: {1}</translation>
    </message>
    <message>
        <source>The open register was saved to {0}.</source>
        <translation>Det åpne registeret ble lagret i {0}.</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Tar sikkerhetskopi og sjekker kopien…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhetskopier nå</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>Backup failed its check</source>
        <translation>Sikkerhetskopien besto ikke sjekken</translation>
    </message>
    <message>
        <source>The backup {0} was kept, but it failed its check: it {1}. It will not be offered for restore. Choose File → Check register… to look at the register itself.</source>
        <translation>Sikkerhetskopien {0} ble beholdt, men den besto ikke sjekken: den {1}. Den blir ikke tilbudt for gjenoppretting. Velg Fil → Sjekk register… for å se på selve registeret.</translation>
    </message>
    <message>
        <source>Backed up to {0} (checked: intact)</source>
        <translation>Sikkerhetskopiert til {0} (sjekket: intakt)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>There are no backups of this register yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av dette registeret ennå.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenoppretter</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gjenopprettingen mislyktes</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <source>The register was restored. The state before the restore was saved as {0}.</source>
        <translation>Registeret ble gjenopprettet. Tilstanden før gjenopprettingen ble lagret som {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Creating {0} demo contracts…</source>
        <translation>
            <numerusform>Oppretter {0} demokontrakt…</numerusform>
            <numerusform>Oppretter {0} demokontrakter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty register. Use File → New register first.</source>
        <translation>Demodata kan bare legges inn i et tomt register. Bruk Fil → Nytt register først.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Om {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;A register of your signed contracts that warns you before notice deadlines, expiries and obligations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Attachments:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {5}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Et register over de signerte kontraktene dine som varsler deg før oppsigelsesfrister, utløp og forpliktelser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Datamappe:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Vedlegg:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;Sikkerhetskopier:&lt;/b&gt; {5}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminder settings</source>
        <extracomment>Builds the OS schedule installer for a register (tests pass a recording one).</extracomment>
        <translation>Påminnelsesinnstillinger</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> dager over fristen</translation>
    </message>
    <message>
        <source>e.g. the head of purchasing</source>
        <translation>f.eks. innkjøpssjefen</translation>
    </message>
    <message>
        <source>More reminders than this at once become one summary notification</source>
        <translation>Flere påminnelser enn dette samtidig blir samlet i én varsling</translation>
    </message>
    <message>
        <source>For everyone using this register</source>
        <translation>For alle som bruker dette registeret</translation>
    </message>
    <message>
        <source>Notice deadlines, send-by dates, term ends — remind (days before):</source>
        <translation>Oppsigelsesfrister, siste sendedager, sluttdatoer – påminn (dager før):</translation>
    </message>
    <message>
        <source>Payments, deliveries and other obligations — remind (days before):</source>
        <translation>Betalinger, leveringer og andre forpliktelser – påminn (dager før):</translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation>Eskaler etter:</translation>
    </message>
    <message>
        <source>Escalation contact:</source>
        <translation>Eskaleringskontakt:</translation>
    </message>
    <message>
        <source>One summary when more than:</source>
        <translation>Én samlet varsling ved flere enn:</translation>
    </message>
    <message>
        <source>Keep Contract Desk in the tray when the window is closed</source>
        <translation>Behold Contract Desk i systemstatusfeltet når vinduet lukkes</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Dette skrivebordet har ikke noe systemstatusfelt</translation>
    </message>
    <message>
        <source>Remind me even when Contract Desk is not running</source>
        <translation>Påminn meg også når Contract Desk ikke kjører</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, KN</source>
        <translation>f.eks. Kari Nordmann, KN</translation>
    </message>
    <message>
        <source>The owner names that are you, comma-separated. The inbox&apos;s &quot;Mine&quot; and your notifications then cover what you own and the escalations to you; empty: everything.</source>
        <translation>Ansvarlignavnene som er deg, kommaseparert. Innboksens «Mine» og varslingene dine dekker da det du er ansvarlig for, og eskaleringene til deg; tomt: alt.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>På denne datamaskinen</translation>
    </message>
    <message>
        <source>My names as owner:</source>
        <translation>Mine navn som ansvarlig:</translation>
    </message>
    <message>
        <source>The OS schedule cannot be read: {0}</source>
        <translation>Operativsystemets tidsplan kan ikke leses: {0}</translation>
    </message>
    <message>
        <source>Installed: {0}</source>
        <translation>Installert: {0}</translation>
    </message>
    <message>
        <source>Not installed. When on, the operating system runs a reminder check daily and at log-on (Windows Task Scheduler, macOS LaunchAgent or a systemd user timer).</source>
        <translation>Ikke installert. Når dette er på, kjører operativsystemet en påminnelsessjekk daglig og ved pålogging (Oppgaveplanlegging i Windows, LaunchAgent i macOS eller en systemd-brukertimer).</translation>
    </message>
    <message>
        <source>Contract reminder days</source>
        <translation>Påminnelsesdager for kontrakter</translation>
    </message>
    <message>
        <source>Obligation reminder days</source>
        <translation>Påminnelsesdager for forpliktelser</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>Tidsplan for påminnelser</translation>
    </message>
    <message>
        <source>The operating system did not accept the schedule:

{0}

The other settings were saved.</source>
        <translation>Operativsystemet godtok ikke tidsplanen:

{0}

De andre innstillingene ble lagret.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <extracomment>(whether the row has problems or is skipped, its texts in the preview&apos;s columns).</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>What the import did. The rows it skipped are listed below, each with why.</source>
        <translation>Hva importen gjorde. Radene den hoppet over står nedenfor, hver med hvorfor.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Save this report…</source>
        <translation>Lagre denne rapporten…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Angre denne importen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Done: {0} created, {1} updated, {2} unchanged, {3} skipped (of {4} rows). “Undo this import” takes the whole import back.</source>
        <translation>Ferdig: {0} opprettet, {1} oppdatert, {2} uendret, {3} hoppet over (av {4} rader). «Angre denne importen» tar hele importen tilbake.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Ingenting ble importert: {0}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Be om godkjenning</translation>
    </message>
    <message>
        <source>What the approvers should know</source>
        <translation>Det godkjennerne bør vite</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Kontrakt:</translation>
    </message>
    <message>
        <source>Approve:</source>
        <translation>Godkjenn:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>The approvers the register&apos;s rules name see the request in their alerts inbox; the step can be taken once they approve.</source>
        <translation>Godkjennerne registerets regler nevner, ser forespørselen i varselinnboksen sin; steget kan tas når de har godkjent.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Be om</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Replace the register with:</source>
        <translation>Erstatt registeret med:</translation>
    </message>
    <message>
        <source>checked: intact</source>
        <translation>sjekket: intakt</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>aldri sjekket</translation>
    </message>
    <message>
        <source>{0} — failed its check, cannot be restored</source>
        <translation>{0} – besto ikke sjekken, kan ikke gjenopprettes</translation>
    </message>
    <message>
        <source>{0} {1}. It is kept, but a damaged backup is never restored.</source>
        <translation>{0} {1}. Den beholdes, men en skadet sikkerhetskopi gjenopprettes aldri.</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Add an approval rule</source>
        <extracomment>An example threshold, shown the person&apos;s way in the value field&apos;s hint.</extracomment>
        <translation>Legg til en godkjenningsregel</translation>
    </message>
    <message>
        <source>Change the approval rule</source>
        <translation>Endre godkjenningsregelen</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>alle typer</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>alle verdier</translation>
    </message>
    <message>
        <source>The rule covers contracts worth this much or more, e.g. {0}. Empty: every value.</source>
        <translation>Regelen gjelder kontrakter med denne verdien eller mer, f.eks. {0}. Tomt: alle verdier.</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>f.eks. NOK</translation>
    </message>
    <message>
        <source>The threshold&apos;s currency (three letters). A contract in another currency is always covered: the register keeps no exchange rates.</source>
        <translation>Valutaen til terskelen (tre bokstaver). En kontrakt i en annen valuta omfattes alltid: registeret har ingen valutakurser.</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, Ola Hansen</source>
        <translation>f.eks. Kari Nordmann, Ola Hansen</translation>
    </message>
    <message>
        <source>The people who approve, separated by commas</source>
        <translation>De som godkjenner, skilt med komma</translation>
    </message>
    <message>
        <source>Needs approval:</source>
        <translation>Krever godkjenning:</translation>
    </message>
    <message>
        <source>Contract type:</source>
        <translation>Kontraktstype:</translation>
    </message>
    <message>
        <source>From value:</source>
        <translation>Fra verdi:</translation>
    </message>
    <message>
        <source>Approvers:</source>
        <translation>Godkjennere:</translation>
    </message>
    <message>
        <source>Yes votes needed:</source>
        <translation>Ja-stemmer som trengs:</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> av {0}</translation>
    </message>
    <message>
        <source>The value {0} is not an amount; write it like {1}</source>
        <translation>Verdien {0} er ikke et beløp; skriv det som {1}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved views</source>
        <extracomment>The sidebar key of the alerts inbox (not a view of the table). Group views list their most common values; the rest are reached through search. view_chosen(str): the key of the saved view chosen (&quot;all&quot;, &quot;owner:Kari&quot;, ALERTS_KEY...).</extracomment>
        <translation>Lagrede visninger</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Reminders that need attention (Ctrl+4)</source>
        <translation>Påminnelser som krever oppmerksomhet (Ctrl+4)</translation>
    </message>
    <message>
        <source>{0} overdue or due today; {1} coming up</source>
        <translation>{0} forfalt eller forfaller i dag; {1} kommende</translation>
    </message>
    <message>
        <source>nothing due today; {0} coming up</source>
        <translation>ingenting forfaller i dag; {0} kommende</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} forespørsel om godkjenning venter på svaret ditt</numerusform>
            <numerusform>{0} forespørsler om godkjenning venter på svaret ditt</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Utsett til</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. was_cancelled(): the job stopped at Cancel. progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. cancelled(): the job stopped at Cancel.</extracomment>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>viewer</source>
        <extracomment>A role inside a sentence (&quot;kari is now editor&quot;), translated; the code stays in the database.</extracomment>
        <translation>leser</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>changed(str): someone was added, changed or removed; what was done.</extracomment>
        <translation>Team</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Kan logge inn</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Legg til en person…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Endre &amp;rolle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Who may open this team register, and what they may do. The database enforces it: a viewer cannot change anything, even with other tools.</source>
        <translation>Hvem som kan åpne dette teamregisteret, og hva de kan gjøre. Databasen håndhever dette: en leser kan ikke endre noe, heller ikke med andre verktøy.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktør</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Give {0}: File → Connect to a team register…, server {1}, port {2}, database {3}, user {0} (and the password, said separately).</source>
        <translation>Gi {0}: Fil → Koble til et teamregister…, server {1}, port {2}, database {3}, bruker {0} (og passordet, gitt separat).</translation>
    </message>
    <message>
        <source>{0} was added as {1}.</source>
        <translation>{0} ble lagt til som {1}.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} er nå {1}.</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Fjern fra teamet</translation>
    </message>
    <message>
        <source>Take {0} out of the team? They can no longer open this register; what they did stays in the history.</source>
        <translation>Ta {0} ut av teamet? Vedkommende kan ikke lenger åpne dette registeret; det vedkommende har gjort, blir stående i endringsloggen.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>Show these {0} contract(s)</source>
        <extracomment>The tiles in reading order, as many a row as fit; the annual value spans a row below. Tiles a row, widest first. picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.</extracomment>
        <translation>
            <numerusform>Vis {0} kontrakt</numerusform>
            <numerusform>Vis disse {0} kontraktene</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>grouped by counterparty</source>
        <extracomment>Width of the frozen column with reference and title. A year fills about this share of the chart when the timeline first opens. Pixels the mouse must move before a press becomes a drag. Open-ended bars and very long terms stop counting towards &quot;fit all&quot; here. The chart&apos;s title of a grouping, by grouped field.</extracomment>
        <translation>gruppert etter motpart</translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation>gruppert etter ansvarlig</translation>
    </message>
    <message>
        <source>grouped by department</source>
        <translation>gruppert etter avdeling</translation>
    </message>
    <message>
        <source>grouped by type</source>
        <translation>gruppert etter type</translation>
    </message>
    <message>
        <source>grouped by status</source>
        <translation>gruppert etter status</translation>
    </message>
    <message>
        <source>Contract (reference, title)</source>
        <extracomment>current_changed(str): the uid of the contract the user chose. open_requested(str): the uid of the contract to open (double click, Enter). menu_requested(str, QPoint): right-click on a contract: its uid, the global position.</extracomment>
        <translation>Kontrakt (referanse, tittel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation>Kontraktstidslinje</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Contract Desk</source>
        <extracomment>open_requested(): Open in the menu, or a click on the icon or on a summary message. open_contract(str): the uid of the contract whose reminder message was clicked. check_requested(): &quot;Check now&quot; in the menu. pause_toggled(bool): &quot;Pause reminders&quot; turned on (True) or off (False). quit_requested(): Quit in the menu.</extracomment>
        <translation>&amp;Åpne Contract Desk</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>&amp;Sjekk påminnelser nå</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Sett påminnelser på &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} deadline(s) need attention</source>
        <translation>
            <numerusform>{0}: {1} frist krever oppmerksomhet</numerusform>
            <numerusform>{0}: {1} frister krever oppmerksomhet</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing due</source>
        <translation>{0}: ingenting forfaller</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} forespørsel om godkjenning venter på svaret ditt</numerusform>
            <numerusform>{0} forespørsler om godkjenning venter på svaret ditt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Reminder check failed: {0}</source>
        <extracomment>answered(NotificationAction): a notification&apos;s button or body was clicked (moved here from desktop-notifier&apos;s thread: a signal emitted there is queued to this one).</extracomment>
        <translation>Påminnelsessjekken mislyktes: {0}</translation>
    </message>
    <message>
        <source>That notification is about another register ({0}); open it to act on it.</source>
        <translation>Den varslingen gjelder et annet register ({0}); åpne det for å håndtere varslingen.</translation>
    </message>
    <message>
        <source>Acknowledged from the notification.</source>
        <translation>Kvittert ut fra varslingen.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow from the notification.</source>
        <translation>Utsatt til i morgen fra varslingen.</translation>
    </message>
    <message>
        <source>the alerts inbox</source>
        <translation>varselinnboksen</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <extracomment>Where the notifications went, by the notifier&apos;s internal name, in a person&apos;s words.</extracomment>
        <translation>skrivebordsvarslinger</translation>
    </message>
    <message>
        <source>the tray</source>
        <translation>systemstatusfeltet</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>loggen</translation>
    </message>
    <message numerus="yes">
        <source>{0} reminder notification(s) shown ({1})</source>
        <translation>
            <numerusform>{0} påminnelsesvarsling vist ({1})</numerusform>
            <numerusform>{0} påminnelsesvarslinger vist ({1})</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract Desk keeps running here and will remind you. Quit it from this icon&apos;s menu.</source>
        <translation>Contract Desk fortsetter å kjøre her og gir deg påminnelser. Avslutt programmet fra menyen til dette ikonet.</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Waiting for another program using this register…</source>
        <extracomment>waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.</extracomment>
        <translation>Venter på et annet program som bruker dette registeret…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the register</source>
        <extracomment>The first reminder check waits this long after the window shows the register. Set to 1, the window quits (status 0) as soon as it shows the register&apos;s contracts: how bench/bench_bundle.py times a start, bundle against ``python -m contract_desk``.</extracomment>
        <translation>Kan ikke åpne registeret</translation>
    </message>
    <message>
        <source>The register could not be opened:

{0}</source>
        <translation>Registeret kunne ikke åpnes:

{0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy: another program or a background check is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Registeret er opptatt: et annet program eller en sjekk i bakgrunnen skriver til det. Ingenting ble endret; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Noe gikk galt: {0}</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>Detaljene står i {0}</translation>
    </message>
    <message>
        <source>Register busy</source>
        <translation>Registeret er opptatt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
</context>
<context>
    <name>not_saved</name>
    <message>
        <source>Contract Desk registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Contract Desk-registre (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Register file gone</source>
        <translation>Registerfilen er borte</translation>
    </message>
    <message>
        <source>Save the open register as a file now?</source>
        <translation>Lagre det åpne registeret som en fil nå?</translation>
    </message>
    <message>
        <source>Save the open register as…</source>
        <translation>Lagre det åpne registeret som…</translation>
    </message>
</context>
<context>
    <name>save_to</name>
    <message>
        <source>import-report</source>
        <translation>importrapport</translation>
    </message>
    <message>
        <source>contract-report</source>
        <extracomment>The table&apos;s column keys that the export names differently. The stem of an export&apos;s suggested file name, by what it holds (translated).</extracomment>
        <translation>kontraktsrapport</translation>
    </message>
    <message>
        <source>contract-deadlines</source>
        <translation>kontraktsfrister</translation>
    </message>
    <message>
        <source>contract-register</source>
        <translation>kontraktsregister</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tidslinje</translation>
    </message>
</context>
</TS>
