<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty register in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a team register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register your team shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this register to a team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this register whole into a team register on PostgreSQL; this file is kept as a read-only backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV register (or drop the file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import into this register; undo a whole one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel, CSV, a calendar or a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the register file into the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the register thoroughly: pages, references, attachment files, the reminder index (changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Contract Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contract (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contract being edited (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contracts (Del); can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the contracts deleted last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected contracts over to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of the selected contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contract table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reminders that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for reminders that came due since the last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder days, escalation, the tray, and reminders while Contract Desk is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may open this team register and what they may do (admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health &amp;legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty register with demo contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Contract Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, data folder and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Date</source>
        <extracomment>Lines shown per group: a first check over a big register can open tens of thousands of reminders, and the earliest are the ones to act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Whether the inbox shows only my alerts (kept across restarts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew</source>
        <extracomment>A recorded decision in a sentence (&quot;Decided: let run&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renegotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contract</source>
        <extracomment>open_contract(str): the uid of the contract to open. changed(AlertInbox): the inbox as read after an action (acknowledge, snooze, decide). contract_changed(str): the uid of a contract a decision changed (terminate). check_requested(): &quot;Check now&quot; was pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is dealt with: no more reminders for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was decided about a notice deadline or term end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for reminders that came due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine: contracts and obligations you own, and escalations to you. Say which owner names are yours in Settings → Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and {0:,} more, later in this group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge or snooze the ones above to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} deadline(s) need attention now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today; {0} coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the notice as given today ({0}) and mark {1} as terminated? The change is in the contract&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the contract meanwhile; open it, check, and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Not an amount; write it like {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ changed since added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>changed(): a file was attached or removed here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of {0} is missing or changed; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from this contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <extracomment>A fallback sequence of distinguishable hues for series without a named colour. picked(str, frozenset[str]): a bar was clicked: what it counts, the uids behind it. Short words after each value of a stacked bar (&quot;2 on time · 1 late&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} — {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0:,} contract(s) — click to show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Change owner</source>
        <extracomment>Audit event ids of the last delete, for Undo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New owner of {0} contract(s) and their obligations:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status of {0} contract(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for {0} contract(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and {0} more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} contract(s) with their obligations?

{1}

You can undo this (Edit → Undo delete).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>The register is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found one problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found {0} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One check could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} checks could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved “{1}” at {2}, after you opened it. Nothing has been overwritten.
Choose which version to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Move this register to a team server</source>
        <extracomment>Emitted with the Trial of each attempt (tests and the status line follow it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a team register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <extracomment>Set when the keyring could not keep the password: open with it in memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team register to copy this one into: set up with `contract-desk team init` and still empty. Your login must be the team&apos;s admin or the database&apos;s owner. The password is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register your team shares on a PostgreSQL server. The password is kept in this computer&apos;s keyring, never in Contract Desk&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The password is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Save now</source>
        <extracomment>restored(): the server answered again. save_requested(): &quot;Save now&quot; was pressed for the save left undone. How long to wait between two tries. Asked when the server is back: is there a save the user still has to make?</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the team register {0} — retrying; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {0} is back. Your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notice … days earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own number for the contract, e.g. C-2025-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other party; typing an existing name reuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one person who looks after this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, in review, terminated and archived win over the dates; active, renewed and expired follow the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the first term (inclusive); leave empty to use the initial term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the first term, e.g. 2 years, 18 months, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: renews unless notice is given in time. By option: renews only if someone acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each renewal; empty means the same as the initial term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times it may renew at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term runs past this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 months, 90 days, 30 business days (weekends skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the notice this many days before the deadline (post, signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day notice was given; on or before a deadline, that term is the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract value, exact to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, NOK, KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (tacit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By option only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>edited(): the person changed a field (not emitted while a contract is loaded).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. critical, IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C-2025-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>An obligation&apos;s due date has passed and it is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice deadline, a final expiry or an obligation is due within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of those dates is within its 90-day reminder window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs action in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, terminated or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Send notice by</source>
        <extracomment>The sorted order restricted to the saved view, before the search words. Contracts picked on the dashboard (None: no such restriction).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue obligation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTimeline</name>
    <message>
        <source>No grouping</source>
        <extracomment>current_changed(str): the uid of the contract chosen on the timeline. open_requested(str): the uid of the contract whose detail to open. changed(): the register changed from here (a milestone met, alerts acknowledged).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <extracomment>Open obligations offered under &quot;Mark milestone met&quot;, at most. The spans of the &quot;Show&quot; menu: (text, days).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twenty years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By counterparty</source>
        <extracomment>The grouping choices: field → the words of the choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice window (deadline → end of term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to scroll; Ctrl+wheel to zoom; click a group to fold it; right-click a contract for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every contract shown, first start to last end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visible timeline as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to a span of time starting a little before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alerts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>No custom fields. Imported columns without a field of their own appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Restore the newest good backup…</source>
        <extracomment>The window&apos;s commands that write into the register. found(str): the register was found damaged; SQLite&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is damaged (SQLite: {0}), so it is open read-only: you can read and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup of it in {0}; export what you need and keep the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the damaged register with the backup of {0}? Whatever was changed after that backup is not in it. The damaged file is kept beside the register, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place. The damaged register is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Computing…</source>
        <extracomment>picked(str, frozenset[str]): a number or a bar was clicked: what it counts, the uids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual value of active contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadlines within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending for good within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on time (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates per month, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counterparties had to do: met on time vs late (⚠ at risk: late again and again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms ending for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole register on {0}. Click a number or a bar to list those contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notice deadline within {0} days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending for good within {0} days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts with overdue obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts with alerts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations met in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open payments in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0}</source>
        <extracomment>changed(): the date was typed or picked (or cleared).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date; write it like {0} or 2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Details</source>
        <extracomment>A contract still being read after this long greys the editor: nothing is typed into the contract the person just left. saved(str): the uid of a contract saved here or changed in one of its tabs. save_ended(bool): a save ended; True saved (or nothing to save), False not saved (problems in the form, a conflict left open, an error). Only read here: nothing can be typed or saved (see set_read_only). The read of the contract to show (the newest request wins). The save under way, if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contract, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by {0} at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept; saving them shows both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of key dates (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The table&apos;s column keys that the export names differently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts shown ({0:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contracts ({0:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-contract sheet of the selected contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the table&apos;s visible columns (otherwise every field, ready to import again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (*.{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts to export in that choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0:,} of {1:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File and sheet</source>
        <extracomment>The file dialog&apos;s filter in English (the wizard shows ``file_filter()``). Kinds of values a column left out of the fields should not be left out unnoticed. Kinds of problem the preview names in its summary (the rows list has them all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet you kept your contracts in. The header row is found by itself; it is highlighted below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} data rows found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} data rows found, and {1} lines of a report&apos;s printed pages (footers, the header again), which are no contracts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is empty. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the Excel or CSV register you kept until now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing Excel and CSV registers arrives with the importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250 realistic sample contracts to look around; start a new register for your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first contract with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Undone: {0} contracts removed, {1} restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <extracomment>changed(): an import was undone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {0}? Contracts it created are deleted (each can be brought back from its history); contracts it changed get their earlier values back, unless someone changed them since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <extracomment>The preview&apos;s rehearsal: storing it right after holds the write lock only to insert.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing {0} rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction (buy/sell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial term (e.g. 24 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial term in months (a bare number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal (automatic/option/none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice buffer (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value with its currency in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDatesPanel</name>
    <message>
        <source>Original term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start or an end date to see the key dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneTips</name>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date (runs until terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewed {0} time(s); current term from {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Contract Desk on this computer: its window, reminders, reports and command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract Desk speaks the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overdue obligations</source>
        <extracomment>Above this many contracts, freed memory is handed back to the OS after a load.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0:,} contracts loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0:,} of {1:,} contracts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total value of the contracts shown, per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported {0:,} contracts to {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where each column goes. Columns left on “keep as custom field” are kept with every contract, shown and searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: keep such amounts as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the currency of your computer&apos;s region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts that name no currency are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates, not imported — start or end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts, not imported — the value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods, not imported — the term?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. paid, bank reference 448812</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>The obligation form&apos;s labels, in its order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterparty does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, or type an iCalendar rule such as FREQ=WEEKLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the obligation a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>The cells&apos; words for an obligation&apos;s status and kind (lower case, as in a sentence).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <extracomment>How far ahead recurring obligations are listed occurrence by occurrence. changed(): an obligation was added, edited, marked or deleted here. Only read here (a viewer&apos;s team register...): no adding, changing or deleting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that it was met (with date and evidence), partly met, not met or waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”? The history keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopyQuestion</name>
    <message numerus="yes">
        <source>{0} days old</source>
        <extracomment>The first copy waits this long after the window opened (its own load comes first). How often to look whether the copy is due. A copy older than this is taken again.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} hours old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team register out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team register {0} cannot be opened: {1}

Open the read-only copy kept on this computer instead? It was taken on {2} ({3}); changes made since are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetsField</name>
    <message>
        <source>register default: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the date to remind, e.g. 30, 7, 0 (0 = on the day). Empty: the register&apos;s default ({0}). &quot;none&quot;: no reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write whole days before the date, like 30, 7, 0 (or &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kari (lower-case letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: reads everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: also changes contracts and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin: also settings and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new person needs a password (said to them separately, not by e-mail with the rest).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickBar</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {0:,} contract(s) picked on the dashboard: {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0:,} rows against the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was checked. Press Back (and Next to try again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0:,} rows: {1:,} new, {2:,} changed, {3:,} unchanged, {4:,} skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0:,} warnings and {1:,} errors, listed first (a cell that cannot be read is kept as text with a warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and {0:,} more kinds of problem, in the rows below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{0}. Open the team register with File → Connect to a team register… once its server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register file is kept read-only as a backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your login {0} is a viewer of the team register {1}. You can read, search and export it; to change it, ask its admin to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>{0} (team register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register</source>
        <extracomment>What the person chose on the first start of an empty register (None: not asked).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Choose Open register to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this register to a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every contract, counterparty, obligation, reminder, setting, import, history entry and attachment of {0} into the team register {1}? The copy is checked (counts and file hashes) before it is kept. This file is then backed up and kept read-only, and the team register opens in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was moved; this register is as it was. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} contracts and {1:,} attachment files are in the team register {2}. This file is kept read-only, with a backup in {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was saved to {0}, but it cannot be opened: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open register was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {0} was kept, but it failed its check: it {1}. It will not be offered for restore. Choose File → Check register… to look at the register itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0} (checked: intact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was restored. The state before the restore was saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {0} demo contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data only goes into an empty register. Use File → New register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;A register of your signed contracts that warns you before notice deadlines, expiries and obligations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Attachments:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {5}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminder settings</source>
        <extracomment>Builds the OS schedule installer for a register (tests pass a recording one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the head of purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More reminders than this at once become one summary notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For everyone using this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadlines, send-by dates, term ends — remind (days before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments, deliveries and other obligations — remind (days before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One summary when more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Contract Desk in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me even when Contract Desk is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, KN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner names that are you, comma-separated. The inbox&apos;s &quot;Mine&quot; and your notifications then cover what you own and the escalations to you; empty: everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My names as owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS schedule cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed. When on, the operating system runs a reminder check daily and at log-on (Windows Task Scheduler, macOS LaunchAgent or a systemd user timer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system did not accept the schedule:

{0}

The other settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <extracomment>(whether the row has problems or is skipped, its texts in the preview&apos;s columns).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0} created, {1} updated, {2} unchanged, {3} skipped (of {4} rows). “Undo this import” takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — failed its check, cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}. It is kept, but a damaged backup is never restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved views</source>
        <extracomment>The sidebar key of the alerts inbox (not a view of the table). Group views list their most common values; the rest are reached through search. view_chosen(str): the key of the saved view chosen (&quot;all&quot;, &quot;owner:Kari&quot;, ALERTS_KEY...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders that need attention (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue or due today; {1} coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due today; {0} coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. was_cancelled(): the job stopped at Cancel. progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. cancelled(): the job stopped at Cancel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <extracomment>changed(str): someone was added, changed or removed; what was done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may open this team register, and what they may do. The database enforces it: a viewer cannot change anything, even with other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {0}: File → Connect to a team register…, server {1}, port {2}, database {3}, user {0} (and the password, said separately).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was added as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {0} out of the team? They can no longer open this register; what they did stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>Show these {0:,} contract(s)</source>
        <extracomment>picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>grouped by counterparty</source>
        <extracomment>Width of the frozen column with reference and title. A year fills about this share of the chart when the timeline first opens. Pixels the mouse must move before a press becomes a drag. Open-ended bars and very long terms stop counting towards &quot;fit all&quot; here. The chart&apos;s title of a grouping, by grouped field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract (reference, title)</source>
        <extracomment>current_changed(str): the uid of the contract the user chose. open_requested(str): the uid of the contract to open (double click, Enter). menu_requested(str, QPoint): right-click on a contract: its uid, the global position.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Contract Desk</source>
        <extracomment>open_requested(): Open in the menu, or a click on the icon or on a summary message. open_contract(str): the uid of the contract whose reminder message was clicked. check_requested(): &quot;Check now&quot; in the menu. pause_toggled(bool): &quot;Pause reminders&quot; turned on (True) or off (False). quit_requested(): Quit in the menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} deadline(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Reminder check failed: {0}</source>
        <extracomment>answered(NotificationAction): a notification&apos;s button or body was clicked (moved here from desktop-notifier&apos;s thread: a signal emitted there is queued to this one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notification is about another register ({0}); open it to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged from the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until tomorrow from the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alerts inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} reminder notification(s) shown ({1})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contract Desk keeps running here and will remind you. Quit it from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Waiting for another program using this register…</source>
        <extracomment>waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the register</source>
        <extracomment>The first reminder check waits this long after the window shows. Set to 1, the window quits (status 0) as soon as it shows the register&apos;s contracts: how bench/bench_bundle.py times a start, bundle against ``python -m contract_desk``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be opened:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy: another program or a background check is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>not_saved</name>
    <message>
        <source>Contract Desk registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open register as a file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open register as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
