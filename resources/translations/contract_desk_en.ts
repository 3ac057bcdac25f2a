<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>… and {0} more, later in this group</source>
        <translation>
            <numerusform>… and {0} more, later in this group</numerusform>
            <numerusform>… and {0} more, later in this group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} request for approval waits for your answer</numerusform>
            <numerusform>{0} requests for approval wait for your answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} deadline(s) need attention now</source>
        <translation>
            <numerusform>{0} deadline needs attention now</numerusform>
            <numerusform>{0} deadlines need attention now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message numerus="yes">
        <source>{0} request(s) wait for an answer; answer them in the alerts inbox.</source>
        <translation>
            <numerusform>{0} request waits for an answer; answer it in the alerts inbox.</numerusform>
            <numerusform>{0} requests wait for an answer; answer them in the alerts inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>{0} contract(s) — click to show them</source>
        <translation>
            <numerusform>{0} contract — click to show it</numerusform>
            <numerusform>{0} contracts — click to show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>New owner of {0} contract(s) and their obligations:</source>
        <translation>
            <numerusform>New owner of {0} contract and its obligations:</numerusform>
            <numerusform>New owner of {0} contracts and their obligations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status of {0} contract(s):</source>
        <translation>
            <numerusform>Status of {0} contract:</numerusform>
            <numerusform>Status of {0} contracts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for {0} contract(s):</source>
        <translation>
            <numerusform>Tag for {0} contract:</numerusform>
            <numerusform>Tag for {0} contracts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and {0} more</source>
        <translation>
            <numerusform>…and {0} more</numerusform>
            <numerusform>…and {0} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} contract(s) with their obligations?

{1}

You can undo this (Edit → Undo delete).</source>
        <translation>
            <numerusform>Delete {0} contract with its obligations?

{1}

You can undo this (Edit → Undo delete).</numerusform>
            <numerusform>Delete {0} contracts with their obligations?

{1}

You can undo this (Edit → Undo delete).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> working day</numerusform>
            <numerusform> working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message numerus="yes">
        <source>{0} overdue obligation(s)</source>
        <translation>
            <numerusform>{0} overdue obligation</numerusform>
            <numerusform>{0} overdue obligations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>Notice deadline within {0} days</source>
        <translation>
            <numerusform>Notice deadline within {0} day</numerusform>
            <numerusform>Notice deadline within {0} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending for good within {0} days</source>
        <translation>
            <numerusform>Ending for good within {0} day</numerusform>
            <numerusform>Ending for good within {0} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} met</source>
        <translation>
            <numerusform>{0} of {1} met</numerusform>
            <numerusform>{0} of {1} met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} days</source>
        <translation>
            <numerusform>{0} day</numerusform>
            <numerusform>{0} days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>{0} data rows found.</source>
        <translation>
            <numerusform>{0} data row found.</numerusform>
            <numerusform>{0} data rows found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} lines of a report&apos;s printed pages (footers, the header again) are not contracts.</source>
        <translation>
            <numerusform>{0} line of a report&apos;s printed pages (a footer, the header again) is not a contract.</numerusform>
            <numerusform>{0} lines of a report&apos;s printed pages (footers, the header again) are not contracts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message numerus="yes">
        <source>; {0} contract(s) changed</source>
        <translation>
            <numerusform>; {0} contract changed</numerusform>
            <numerusform>; {0} contracts changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Importing {0} rows…</source>
        <translation>
            <numerusform>Importing {0} row…</numerusform>
            <numerusform>Importing {0} rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaneTips</name>
    <message numerus="yes">
        <source>Renewed {0} time(s); current term from {1}</source>
        <translation>
            <numerusform>Renewed {0} time; current term from {1}</numerusform>
            <numerusform>Renewed {0} times; current term from {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{0} contracts loaded</source>
        <translation>
            <numerusform>{0} contract loaded</numerusform>
            <numerusform>{0} contracts loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} contracts</source>
        <translation>
            <numerusform>{0} of {1} contract</numerusform>
            <numerusform>{0} of {1} contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+{0} more</source>
        <translation>
            <numerusform>+{0} more</numerusform>
            <numerusform>+{0} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {0} contracts to {1}</source>
        <translation>
            <numerusform>Exported {0} contract to {1}</numerusform>
            <numerusform>Exported {0} contracts to {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopyQuestion</name>
    <message numerus="yes">
        <source>{0} days old</source>
        <extracomment>The first copy waits this long after the window opened (its own load comes first). How often to look whether the copy is due. A copy older than this is taken again.</extracomment>
        <translation>
            <numerusform>{0} day old</numerusform>
            <numerusform>{0} days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} hours old</source>
        <translation>
            <numerusform>{0} hour old</numerusform>
            <numerusform>{0} hours old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickBar</name>
    <message numerus="yes">
        <source>Showing {0} contract(s) picked on the dashboard: {1}</source>
        <translation>
            <numerusform>Showing {0} contract picked on the dashboard: {1}</numerusform>
            <numerusform>Showing {0} contracts picked on the dashboard: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Checking {0} rows against the register…</source>
        <translation>
            <numerusform>Checking {0} row against the register…</numerusform>
            <numerusform>Checking {0} rows against the register…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.</source>
        <translation>
            <numerusform>{0} row: {1} new, {2} changed, {3} unchanged, {4} skipped.</numerusform>
            <numerusform>{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} warnings</source>
        <translation>
            <numerusform>{0} warning</numerusform>
            <numerusform>{0} warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} errors</source>
        <translation>
            <numerusform>{0} error</numerusform>
            <numerusform>{0} errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more kinds of problem, in the rows below.</source>
        <translation>
            <numerusform>… and {0} more kind of problem, in the rows below.</numerusform>
            <numerusform>… and {0} more kinds of problem, in the rows below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message numerus="yes">
        <source>Creating {0} demo contracts…</source>
        <translation>
            <numerusform>Creating {0} demo contract…</numerusform>
            <numerusform>Creating {0} demo contracts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} request for approval waits for your answer</numerusform>
            <numerusform>{0} requests for approval wait for your answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>Show these {0} contract(s)</source>
        <extracomment>The tiles in reading order, as many a row as fit; the annual value spans a row below. Tiles a row, widest first. picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.</extracomment>
        <translation>
            <numerusform>Show this {0} contract</numerusform>
            <numerusform>Show these {0} contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>{0}: {1} deadline(s) need attention</source>
        <translation>
            <numerusform>{0}: {1} deadline needs attention</numerusform>
            <numerusform>{0}: {1} deadlines need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} request for approval waits for your answer</numerusform>
            <numerusform>{0} requests for approval wait for your answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message numerus="yes">
        <source>{0} reminder notification(s) shown ({1})</source>
        <translation>
            <numerusform>{0} reminder notification shown ({1})</numerusform>
            <numerusform>{0} reminder notifications shown ({1})</numerusform>
        </translation>
    </message>
</context>
</TS>
