<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Notice acknowledged</source>
        <translation>解约通知已确认</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>确认日期：</translation>
    </message>
    <message>
        <source>Enter the day the notice was acknowledged.</source>
        <translation>请输入解约通知的确认日期。</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>不能在发出之前确认。</translation>
    </message>
    <message>
        <source>The day is after today.</source>
        <translation>该日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New register…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty register in a new file</source>
        <translation>在新文件中创建空台账</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another register file</source>
        <translation>打开另一个台账文件</translation>
    </message>
    <message>
        <source>&amp;Connect to a team register…</source>
        <translation>连接到团队台账(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a register your team shares on a PostgreSQL server</source>
        <translation>打开您的团队在 PostgreSQL 服务器上共享的台账</translation>
    </message>
    <message>
        <source>&amp;Move this register to a team server…</source>
        <translation>将此台账迁移到团队服务器(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy this register whole into a team register on PostgreSQL; this file is kept as a read-only backup</source>
        <translation>将此台账完整复制到 PostgreSQL 上的团队台账；此文件作为只读备份保留</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>导入电子表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV register (or drop the file on the window)</source>
        <translation>导入 Excel、ODS 或 CSV 台账（也可将文件拖放到窗口上）</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every import into this register; undo a whole one</source>
        <translation>此台账的每一次导入；可整体撤销其中一次</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to Excel, CSV, a calendar or a PDF report</source>
        <translation>导出为 Excel、CSV、日历或 PDF 报告</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the register file into the backups folder</source>
        <translation>将台账文件复制到备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the register with a backup</source>
        <translation>用备份替换台账</translation>
    </message>
    <message>
        <source>Chec&amp;k register…</source>
        <translation>检查台账(&amp;K)…</translation>
    </message>
    <message>
        <source>Check the register thoroughly: pages, references, attachment files, the reminder index (changes nothing)</source>
        <translation>全面检查台账：页、引用、附件文件、提醒索引（不做任何更改）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Contract Desk</source>
        <translation>关闭 Contract Desk</translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation>新建合同(&amp;N)</translation>
    </message>
    <message>
        <source>Add a contract (Ctrl+N)</source>
        <translation>添加合同 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the contract being edited (Ctrl+S)</source>
        <translation>保存正在编辑的合同 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected contracts (Del); can be undone</source>
        <translation>删除所选合同 (Del)；可撤销</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the contracts deleted last</source>
        <translation>恢复最近一次删除的合同</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>更改负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Hand the selected contracts over to someone else</source>
        <translation>将所选合同移交给其他人</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>更改状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the status of the selected contracts</source>
        <translation>设置所选合同的状态</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the selected contracts</source>
        <translation>为所选合同添加标签</translation>
    </message>
    <message>
        <source>Write notice &amp;letter…</source>
        <translation>撰写解约通知书(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the letter that gives notice to end the contract under the cursor (.docx or .pdf), in English, Norwegian, Korean or Chinese</source>
        <translation>为光标所在的合同撰写解约通知书（.docx 或 .pdf），可用英语、挪威语、韩语或中文</translation>
    </message>
    <message>
        <source>&amp;Record notice…</source>
        <translation>记录解约通知(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a notice given or received for the contract under the cursor, with its proof: the contract then ends on the term end it reaches</source>
        <translation>为光标所在的合同记录发出或收到的解约通知及其凭证：合同将在该通知所及期限的到期日终止</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>申请审批(&amp;A)…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name to approve the contract under the cursor, a notice on it or a renewal decision</source>
        <translation>请台账规则指定的审批人审批光标所在的合同、对其发出的解约通知或续约决定</translation>
    </message>
    <message>
        <source>A&amp;mend contract…</source>
        <translation>变更合同(&amp;M)…</translation>
    </message>
    <message>
        <source>Record a dated amendment of the term, renewal, notice or value of the contract under the cursor; the terms before it are kept</source>
        <translation>为光标所在合同记录带日期的变更（期限、续约、通知或金额）；变更前的条款予以保留</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags (Ctrl+F)</source>
        <translation>搜索合同编号、标题、合同相对方、负责人、备注、标签 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Show the contract table</source>
        <translation>显示合同表格</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间轴(&amp;I)</translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation>显示时间轴</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>显示仪表板</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提醒事项(&amp;A)</translation>
    </message>
    <message>
        <source>Show the reminders that need attention</source>
        <translation>显示需要处理的提醒</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>立即检查提醒(&amp;C)</translation>
    </message>
    <message>
        <source>Look for reminders that came due since the last check</source>
        <translation>查找自上次检查以来到期的提醒</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminder days, escalation, the tray, and reminders while Contract Desk is closed</source>
        <translation>提醒天数、升级、系统托盘，以及 Contract Desk 关闭时的提醒</translation>
    </message>
    <message>
        <source>&amp;Approval rules…</source>
        <translation>审批规则(&amp;A)…</translation>
    </message>
    <message>
        <source>Which new contracts, notices and renewal decisions need whose approval (admins on a team register)</source>
        <translation>哪些新合同、解约通知和续约决定需要谁审批（团队台账中由管理员设置）</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>公共假日(&amp;H)…</translation>
    </message>
    <message>
        <source>The country whose public holidays business days skip, for contracts without their own</source>
        <translation>未指定国家的合同在计算工作日时跳过其公共假日的国家</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Who may open this team register and what they may do (admins)</source>
        <translation>谁可以打开此团队台账，以及可以做什么（管理员）</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>The language Contract Desk speaks on this computer (from its next start)</source>
        <translation>Contract Desk 在这台计算机上使用的语言（下次启动时生效）</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>列(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>选择表格的列</translation>
    </message>
    <message>
        <source>Health &amp;legend</source>
        <translation>健康状况图例(&amp;L)</translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation>各行颜色的含义</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>重新读取台账 (F5)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Fill an empty register with demo contracts</source>
        <translation>用演示合同填充空台账</translation>
    </message>
    <message>
        <source>&amp;About Contract Desk</source>
        <translation>关于 Contract Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Version, data folder and database</source>
        <translation>版本、数据文件夹和数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Date</source>
        <extracomment>Lines shown per group: a first check over a big register can open tens of thousands of reminders, and the earliest are the ones to act on.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Whether the inbox shows only my alerts (kept across restarts).</extracomment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>重新谈判</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>继续履行</translation>
    </message>
    <message>
        <source>renew</source>
        <extracomment>A recorded decision in a sentence (&quot;Decided: let run&quot;).</extracomment>
        <translation>续约</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>renegotiate</source>
        <translation>重新谈判</translation>
    </message>
    <message>
        <source>let run</source>
        <translation>继续履行</translation>
    </message>
    <message>
        <source>&amp;Open contract</source>
        <extracomment>open_contract(str): the uid of the contract to open. changed(AlertInbox): the inbox as read after an action (acknowledge, snooze, decide). contract_changed(str): the uid of a contract a decision changed (terminate). check_requested(): &quot;Check now&quot; was pressed.</extracomment>
        <translation>打开合同(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认处理(&amp;A)</translation>
    </message>
    <message>
        <source>The date is dealt with: no more reminders for it</source>
        <translation>此日期已处理：不再为其提醒</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>暂缓提醒(&amp;S)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>至明天</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>一周</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>至指定日期…</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <source>Record what was decided about a notice deadline or term end</source>
        <translation>记录对通知截止日或到期日所作的决定</translation>
    </message>
    <message>
        <source>Say yes to the request for approval selected</source>
        <translation>同意所选的审批申请</translation>
    </message>
    <message>
        <source>Say no to the request for approval selected, and why</source>
        <translation>拒绝所选的审批申请并说明理由</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source>Look for reminders that came due</source>
        <translation>查找已到期的提醒</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Mine: contracts and obligations you own, and escalations to you. Say which owner names are yours in Settings → Reminders…</source>
        <translation>我的：您负责的合同和履约义务，以及升级给您的提醒。请在“设置 → 提醒…”中指定哪些负责人姓名是您。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more, later in this group</source>
        <translation>
            <numerusform>…此组中还有 {0} 个较晚的提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge or snooze the ones above to see them</source>
        <translation>对上方的提醒确认处理或暂缓提醒后，其余提醒即会显示</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} 项审批申请等待您的答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} deadline(s) need attention now</source>
        <translation>
            <numerusform>有 {0} 个截止日现在需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today; {0} coming up</source>
        <translation>今天没有到期事项；即将到来 {0} 个</translation>
    </message>
    <message>
        <source>No open reminders</source>
        <translation>没有待处理的提醒</translation>
    </message>
    <message>
        <source>Approvals ({0} waiting for you)</source>
        <translation>审批（{0} 项等待您处理）</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>已暂缓至 {0}</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>已决定：{0}</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>打开合同</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认处理</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓提醒</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Appro&amp;val</source>
        <translation>审批(&amp;V)</translation>
    </message>
    <message>
        <source>Answer the request for approval selected, or cancel your own</source>
        <translation>答复所选的审批申请，或撤销您自己的申请</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <source>Terminate the contract?</source>
        <translation>要终止该合同吗？</translation>
    </message>
    <message>
        <source>Record the notice as given today ({0}) and mark {1} as terminated? The change is in the contract&apos;s history.</source>
        <translation>将解约通知记录为今天（{0}）已发出，并将 {1} 标记为已终止吗？此更改会记入合同的变更记录。</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>需要审批</translation>
    </message>
    <message>
        <source>{0}

Request approval now?</source>
        <translation>{0}

现在申请审批吗？</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Someone changed the contract meanwhile; open it, check, and decide again.</source>
        <translation>在此期间有人更改了该合同；请打开合同，检查后重新决定。</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>In force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Amend contract</source>
        <extracomment>amended(str): the contract&apos;s uid.</extracomment>
        <translation>变更合同</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the selected amendment (only one still to come)</source>
        <translation>撤回所选的合同变更（仅限尚未生效的）</translation>
    </message>
    <message>
        <source>e.g. Amendment 2</source>
        <translation>例如：变更协议 2</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>不续约</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>自动续约</translation>
    </message>
    <message>
        <source>Renewal by option</source>
        <translation>选择续约</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>例如：CNY</translation>
    </message>
    <message>
        <source>Amendments of this contract:</source>
        <translation>此合同的变更：</translation>
    </message>
    <message>
        <source>A new amendment (fill in only what it changes):</source>
        <translation>新的合同变更（只填写变更的内容）：</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签署日期：</translation>
    </message>
    <message>
        <source>New end date:</source>
        <translation>新的结束日期：</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>续约：</translation>
    </message>
    <message>
        <source>Renewal term:</source>
        <translation>续约期限：</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>通知期：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Record amendment</source>
        <translation>记录变更(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the day the amendment takes effect.</source>
        <translation>请输入合同变更的生效日期。</translation>
    </message>
    <message>
        <source>Fill in at least one term the amendment changes.</source>
        <translation>请至少填写一项变更的条款。</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Not an amount; write it like {0}</source>
        <translation>不是金额；请写成 {0} 这样的形式</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>意见（可选）</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <source>Approval rules</source>
        <extracomment>The table&apos;s column that grows with the dialog: the approvers&apos; names. saved(str): the rules were saved; what was done.</extracomment>
        <translation>审批规则</translation>
    </message>
    <message>
        <source>Steps that wait for named people&apos;s yes. Every rule that covers a contract must get its yes votes; one no from any of its approvers rejects the request.</source>
        <translation>需要指定人员同意后才能进行的步骤。适用于合同的每条规则都必须获得所需的同意票；该规则的任一审批人反对即驳回申请。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>更改(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>起始金额</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Yes votes needed</source>
        <translation>所需同意票数</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change its approval rules; you see them as they are.</source>
        <translation>只有此团队台账的管理员可以更改审批规则；您只能查看现有规则。</translation>
    </message>
    <message>
        <source>This register is only read here: its approval rules cannot be changed.</source>
        <translation>此台账在这里为只读：无法更改其审批规则。</translation>
    </message>
    <message>
        <source>No rules yet: nothing waits for approval. Add one.</source>
        <translation>尚无规则：没有需要等待审批的事项。请添加一条。</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意金额</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} 人中 {0} 人</translation>
    </message>
    <message>
        <source>Not saved yet: Save keeps the rules.</source>
        <translation>尚未保存：点击“保存”才会保留这些规则。</translation>
    </message>
    <message>
        <source>The approval rules are saved.</source>
        <translation>审批规则已保存。</translation>
    </message>
    <message>
        <source>The approval rules are saved: nothing waits for approval.</source>
        <translation>审批规则已保存：没有需要等待审批的事项。</translation>
    </message>
    <message>
        <source>The changed approval rules are not saved. Discard the changes?</source>
        <translation>更改后的审批规则尚未保存。要放弃更改吗？</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>The contract itself (put it in force)</source>
        <translation>合同本身（使其生效）</translation>
    </message>
    <message>
        <source>A notice we give</source>
        <translation>我方发出的解约通知</translation>
    </message>
    <message>
        <source>A renewal decision</source>
        <translation>续约决定</translation>
    </message>
    <message>
        <source>Approval: new contract</source>
        <translation>审批：新合同</translation>
    </message>
    <message>
        <source>Approval: notice</source>
        <translation>审批：解约通知</translation>
    </message>
    <message>
        <source>Approval: decision</source>
        <translation>审批：决定</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>重新谈判</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>继续履行</translation>
    </message>
    <message>
        <source>Waiting for {0}</source>
        <translation>等待 {0}</translation>
    </message>
    <message>
        <source>Approved: the step may be taken</source>
        <translation>已批准：可以执行此步骤</translation>
    </message>
    <message>
        <source>Rejected by {0}: {1}</source>
        <translation>被 {0} 拒绝：{1}</translation>
    </message>
    <message>
        <source>Approved and used</source>
        <translation>已批准并已执行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Asked by {0}</source>
        <translation>申请人：{0}</translation>
    </message>
    <message>
        <source>Approval by {0}</source>
        <translation>审批人：{0}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>已申请审批</translation>
    </message>
    <message>
        <source>Requested. It waits for {0}.</source>
        <translation>已申请，正在等待 {0}。</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未申请</translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message>
        <source>Asked on</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>States of a request that is over: listed greyed, below nothing. asked(): a request was made here (the inbox shows it to its approvers).</extracomment>
        <translation>审批</translation>
    </message>
    <message>
        <source>Re&amp;quest approval…</source>
        <translation>申请审批(&amp;Q)…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name for their yes: to put the contract in force, to give notice, or to a renewal decision</source>
        <translation>请台账规则指定的审批人同意：使合同生效、发出通知或作出续约决定</translation>
    </message>
    <message>
        <source>No request for approval.</source>
        <translation>没有审批申请。</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) wait for an answer; answer them in the alerts inbox.</source>
        <translation>
            <numerusform>{0} 项申请等待答复；请在提醒收件箱中答复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation>✓ 完好</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ 缺失</translation>
    </message>
    <message>
        <source>✗ changed since added</source>
        <translation>✗ 添加后已更改</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>changed(): a file was attached or removed here.</extracomment>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>将文件拖放到此处即可附加。</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未附加</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>The stored copy of {0} is missing or changed; restore a backup.</source>
        <translation>{0} 的存储副本缺失或已更改；请恢复备份。</translation>
    </message>
    <message>
        <source>Remove {0} from this contract?</source>
        <translation>要从此合同中移除 {0} 吗？</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <extracomment>A fallback sequence of distinguishable hues for series without a named colour. Pixels of a chart&apos;s width outside its bars (the painted area is inset 8 on each side). Space between two labels under the bars. Lines a label under the bars may take (&quot;jan.&quot; over &quot;2027&quot; where the year changes). Wide or tall enough for any label. picked(str, frozenset[str]): a bar was clicked: what it counts, the uids behind it. Short words after each value of a stacked bar (&quot;2 on time · 1 late&quot;).</extracomment>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <source>{0}: {1} — {2} ({3})</source>
        <extracomment>Each label&apos;s width under the bars of a vertical chart, on at most two lines.</extracomment>
        <translation>{0}：{1} — {2}（{3}）</translation>
    </message>
    <message numerus="yes">
        <source>{0} contract(s) — click to show them</source>
        <translation>
            <numerusform>{0} 份合同 — 点击即可显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Change owner</source>
        <extracomment>Audit event ids of the last delete, for Undo.</extracomment>
        <translation>更改负责人</translation>
    </message>
    <message numerus="yes">
        <source>New owner of {0} contract(s) and their obligations:</source>
        <translation>
            <numerusform>{0} 份合同及其履约义务的新负责人：</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>正在移交</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Status of {0} contract(s):</source>
        <translation>
            <numerusform>{0} 份合同的状态：</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>正在更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Tag for {0} contract(s):</source>
        <translation>
            <numerusform>为 {0} 份合同添加的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>正在添加标签</translation>
    </message>
    <message numerus="yes">
        <source>…and {0} more</source>
        <translation>
            <numerusform>…另有 {0} 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contracts</source>
        <translation>删除合同</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} contract(s) with their obligations?

{1}

You can undo this (Edit → Undo delete).</source>
        <translation>
            <numerusform>要删除 {0} 份合同及其履约义务吗？

{1}

此操作可以撤销（编辑 → 撤销删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Undoing delete</source>
        <translation>正在撤销删除</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未作任何更改</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>The register is sound.</source>
        <translation>台账完好。</translation>
    </message>
    <message>
        <source>The check found one problem.</source>
        <translation>检查发现一个问题。</translation>
    </message>
    <message>
        <source>The check found {0} problems.</source>
        <translation>检查发现 {0} 个问题。</translation>
    </message>
    <message>
        <source>One check could not be made.</source>
        <translation>有一项检查无法进行。</translation>
    </message>
    <message>
        <source>{0} checks could not be made.</source>
        <translation>有 {0} 项检查无法进行。</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>检查台账</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>正在检查台账…</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>检查无法运行：{0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this contract</source>
        <translation>其他人更改了此合同</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>{0} saved “{1}” at {2}, after you opened it. Nothing has been overwritten.
Choose which version to keep:</source>
        <translation>{0} 在 {2} 保存了“{1}”，晚于您打开它的时间。没有任何内容被覆盖。
请选择要保留的版本：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的版本覆盖对方的版本</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>放弃我的版本，显示对方的版本</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Move this register to a team server</source>
        <extracomment>Emitted with the Trial of each attempt (tests and the status line follow it).</extracomment>
        <translation>将此台账迁移到团队服务器</translation>
    </message>
    <message>
        <source>Connect to a team register</source>
        <translation>连接到团队台账</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <extracomment>Set when the keyring could not keep the password: open with it in memory.</extracomment>
        <translation>例如 db.example.org</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密，并检查服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation>不加密（仅限可信网络）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Move here…</source>
        <translation>迁移到此处…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The team register to copy this one into: set up with `contract-desk team init` and still empty. Your login must be the team&apos;s admin or the database&apos;s owner. The password is kept in this computer&apos;s keyring.</source>
        <translation>要将此台账复制到的团队台账：已用 `contract-desk team init` 设置且仍为空。您的登录账户必须是该团队的管理员或数据库的所有者。密码保存在此计算机的密钥环中。</translation>
    </message>
    <message>
        <source>A register your team shares on a PostgreSQL server. The password is kept in this computer&apos;s keyring, never in Contract Desk&apos;s own files.</source>
        <translation>您的团队在 PostgreSQL 服务器上共享的台账。密码保存在此计算机的密钥环中，从不保存在 Contract Desk 自己的文件中。</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在连接到 {0}…</translation>
    </message>
    <message>
        <source>{0} The password is used for this session only.</source>
        <translation>{0} 密码仅用于本次会话。</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Save now</source>
        <extracomment>restored(): the server answered again. save_requested(): &quot;Save now&quot; was pressed for the save left undone. How long to wait between two tries. Asked when the server is back: is there a save the user still has to make?</extracomment>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>Lost the connection to the team register {0} — retrying; nothing you typed is lost.</source>
        <translation>与团队台账 {0} 的连接已断开 — 正在重试；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>The connection to {0} is back. Your changes are not saved yet.</source>
        <translation>与 {0} 的连接已恢复。您的更改尚未保存。</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Reference</source>
        <extracomment>The notice period&apos;s placeholder, in the person&apos;s units (&quot;3개월, 90일 또는 30영업일&quot;).</extracomment>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>初始期限</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>续约期限</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>最多续约次数</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>最终到期日</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Send notice … days earlier</source>
        <translation>提前…天发送解约通知</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>通知发出日期</translation>
    </message>
    <message>
        <source>Notice ends it at</source>
        <translation>解约通知终止于</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>法定节假日所属国家</translation>
    </message>
    <message>
        <source>Postal days</source>
        <translation>邮寄天数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>保密期截止日</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>提醒（提前天数）</translation>
    </message>
    <message>
        <source>Your own number for the contract, e.g. C-2025-014</source>
        <translation>您自己为合同编的编号，例如 C-2025-014</translation>
    </message>
    <message>
        <source>The other party; typing an existing name reuses it</source>
        <translation>合同的另一方；输入已有的名称会沿用该合同相对方</translation>
    </message>
    <message>
        <source>The one person who looks after this contract</source>
        <translation>负责此合同的唯一人员</translation>
    </message>
    <message>
        <source>Draft, in review, terminated and archived win over the dates; active, renewed and expired follow the dates</source>
        <translation>草稿、审核中、已终止和已归档优先于日期；生效中、已续约和已到期由日期决定</translation>
    </message>
    <message>
        <source>The last day of the first term (inclusive); leave empty to use the initial term</source>
        <translation>第一个期限的最后一天（含当天）；留空则使用初始期限</translation>
    </message>
    <message>
        <source>Length of the first term, e.g. 2 years, 18 months, 90 days</source>
        <translation>第一个期限的长度，例如 2 years、18 months、90 days</translation>
    </message>
    <message>
        <source>Automatic: renews unless notice is given in time. By option: renews only if someone acts</source>
        <translation>自动：除非及时发出解约通知，否则自动续约。选择续约：仅在有人采取行动时续约</translation>
    </message>
    <message>
        <source>Length of each renewal; empty means the same as the initial term</source>
        <translation>每次续约的长度；留空表示与初始期限相同</translation>
    </message>
    <message>
        <source>How many times it may renew at most</source>
        <translation>最多可续约的次数</translation>
    </message>
    <message>
        <source>No term runs past this day</source>
        <translation>任何期限都不会超过这一天</translation>
    </message>
    <message>
        <source>e.g. 3 months, 90 days, 30 business days (weekends skipped)</source>
        <translation>例如 3 months、90 days、30 business days（工作日，不计周末）</translation>
    </message>
    <message>
        <source>Send the notice this many days before the deadline (post, signatures)</source>
        <translation>在通知截止日前提前这么多天发送解约通知（留出邮寄、签字的时间）</translation>
    </message>
    <message>
        <source>The day notice was given; on or before a deadline, that term is the last</source>
        <translation>发出解约通知的日期；如在某个通知截止日当天或之前发出，该期限即为最后一个期限</translation>
    </message>
    <message>
        <source>&quot;3 months&apos; notice to the end of a month&quot;: notice can end the contract only on such a day</source>
        <translation>“提前3个月通知，至月末终止”：解约通知只能使合同在这样的日子终止</translation>
    </message>
    <message>
        <source>Business days and postal days skip this country&apos;s public holidays: its ISO code, e.g. NO, DE, US; empty means Monday to Friday</source>
        <translation>工作日和邮寄天数跳过该国的法定节假日：填写其 ISO 代码，例如 NO、DE、US；留空表示周一至周五</translation>
    </message>
    <message>
        <source>Working days the notice takes to arrive (registered post); the send-by date comes that much earlier</source>
        <translation>解约通知送达所需的工作日（挂号信）；最迟发送日相应提前</translation>
    </message>
    <message>
        <source>The contract value, exact to the cent</source>
        <translation>合同金额，精确到分</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, NOK, KRW</source>
        <translation>ISO 4217 代码，例如 EUR、NOK、KRW</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不续约</translation>
    </message>
    <message>
        <source>Automatic (tacit)</source>
        <translation>自动续约（默示）</translation>
    </message>
    <message>
        <source>By option only</source>
        <translation>仅选择续约</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意一天</translation>
    </message>
    <message>
        <source>the end of a month</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>the end of a quarter</source>
        <translation>季末</translation>
    </message>
    <message>
        <source>the end of a year</source>
        <translation>年末</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>edited(): the person changed a field (not emitted while a contract is loaded).</extracomment>
        <translation>合同</translation>
    </message>
    <message>
        <source>Term and notice</source>
        <translation>期限与解约通知</translation>
    </message>
    <message>
        <source>Money and notes</source>
        <translation>金额与备注</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>comma-separated, e.g. critical, IT</source>
        <translation>以逗号分隔，例如：关键，IT</translation>
    </message>
    <message>
        <source>e.g. C-2025-014</source>
        <translation>例如 C-2025-014</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>无：周一至周五</translation>
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>An obligation&apos;s due date has passed and it is not met.</source>
        <translation>某项履约义务的截止日期已过且未履行。</translation>
    </message>
    <message>
        <source>A notice deadline, a final expiry or an obligation is due within 7 days.</source>
        <translation>通知截止日、最终到期日或某项履约义务将在 7 天内到来。</translation>
    </message>
    <message>
        <source>One of those dates is within its 90-day reminder window.</source>
        <translation>其中某个日期处于其 90 天提醒期内。</translation>
    </message>
    <message>
        <source>Nothing needs action in the next 90 days.</source>
        <translation>未来 90 天内无需采取任何行动。</translation>
    </message>
    <message>
        <source>Expired, terminated or archived.</source>
        <translation>已到期、已终止或已归档。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Health colours</source>
        <translation>健康状况颜色</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Send notice by</source>
        <extracomment>The sorted order restricted to the saved view, before the search words. Contracts picked on the dashboard (None: no such restriction).</extracomment>
        <translation>最迟发送日</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>通知截止日</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>当前期限到期日</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>最早终止日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Original end</source>
        <translation>原到期日</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后更改时间</translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue obligation(s)</source>
        <translation>
            <numerusform>{0} 项逾期履约义务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTimeline</name>
    <message>
        <source>No grouping</source>
        <extracomment>current_changed(str): the uid of the contract chosen on the timeline. open_requested(str): the uid of the contract whose detail to open. changed(): the register changed from here (a milestone met, alerts acknowledged).</extracomment>
        <translation>不分组</translation>
    </message>
    <message>
        <source>a month</source>
        <extracomment>Open obligations offered under &quot;Mark milestone met&quot;, at most. The spans of the &quot;Show&quot; menu: (text, days).</extracomment>
        <translation>一个月</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>一个季度</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>一年</translation>
    </message>
    <message>
        <source>two years</source>
        <translation>两年</translation>
    </message>
    <message>
        <source>five years</source>
        <translation>五年</translation>
    </message>
    <message>
        <source>twenty years</source>
        <translation>二十年</translation>
    </message>
    <message>
        <source>By counterparty</source>
        <extracomment>The grouping choices: field → the words of the choice.</extracomment>
        <translation>按合同相对方</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按合同类型</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>original term</source>
        <translation>初始期限</translation>
    </message>
    <message>
        <source>renewed term</source>
        <translation>续约期限</translation>
    </message>
    <message>
        <source>notice window (deadline → end of term)</source>
        <translation>通知窗口（通知截止日 → 期限结束）</translation>
    </message>
    <message>
        <source>send notice by</source>
        <translation>最迟发送日</translation>
    </message>
    <message>
        <source>earliest end (open-ended, notice today)</source>
        <translation>最早终止日（无固定期限，今天发出通知）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>obligations:</source>
        <translation>履约义务：</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>按时履行</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期履行</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Drag to scroll; Ctrl+wheel to zoom; click a group to fold it; right-click a contract for more</source>
        <translation>拖动可滚动；Ctrl+滚轮可缩放；点击分组可折叠；右键点击合同可查看更多操作</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小 (−, Ctrl+滚轮)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大 (+, Ctrl+滚轮)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show every contract shown, first start to last end</source>
        <translation>显示当前列出的所有合同，从最早开始到最晚结束</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Scroll to today (T)</source>
        <translation>滚动到今天 (T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the visible timeline as PNG or PDF</source>
        <translation>将可见的时间轴保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示范围</translation>
    </message>
    <message>
        <source>Zoom to a span of time starting a little before today</source>
        <translation>缩放到从今天稍早开始的一段时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Acknowledge alerts ({0})</source>
        <translation>确认处理提醒事项（{0}）</translation>
    </message>
    <message>
        <source>Mark milestone met</source>
        <translation>标记里程碑已履行</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>导出时间轴</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>无法写入 {0}。</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>No custom fields. Imported columns without a field of their own appear here.</source>
        <translation>没有自定义字段。没有对应字段的导入列会显示在这里。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Restore the newest good backup…</source>
        <extracomment>The window&apos;s commands that write into the register. Settings → Approval rules… and Public holidays… are not among them: a register only read here shows its rules and country read-only, saying why (what a viewer of a team register needs to see too). found(str): the register was found damaged; SQLite&apos;s words.</extracomment>
        <translation>恢复最新的完好备份…</translation>
    </message>
    <message>
        <source>This register is damaged (SQLite: {0}), so it is open read-only: you can read and export it, but not change it.</source>
        <translation>此台账已损坏（SQLite：{0}），因此以只读方式打开：您可以阅读和导出它，但不能更改。</translation>
    </message>
    <message>
        <source>There is no good backup of it in {0}; export what you need and keep the file.</source>
        <translation>{0} 中没有它的完好备份；请导出您需要的内容，并保留该文件。</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.</source>
        <translation>最新的完好备份创建于 {0}。</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <source>Replace the damaged register with the backup of {0}? Whatever was changed after that backup is not in it. The damaged file is kept beside the register, not deleted.</source>
        <translation>要用 {0} 的备份替换已损坏的台账吗？该备份之后所做的更改都不在其中。已损坏的文件会保留在台账旁边，不会被删除。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged register is kept as {0}.</source>
        <translation>备份已就位。已损坏的台账保留为 {0}。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Computing…</source>
        <extracomment>picked(str, frozenset[str]): a number or a bar was clicked: what it counts, the uids.</extracomment>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>生效中的合同</translation>
    </message>
    <message>
        <source>Annual value of active contracts</source>
        <translation>生效中合同的年度金额</translation>
    </message>
    <message>
        <source>Notice deadlines within</source>
        <translation>以下天数内的通知截止日</translation>
    </message>
    <message>
        <source>Ending for good within</source>
        <translation>以下天数内最终到期</translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation>逾期履约义务</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>待处理的提醒事项</translation>
    </message>
    <message>
        <source>Met on time (last 12 months)</source>
        <translation>按时履行（近 12 个月）</translation>
    </message>
    <message>
        <source>Key dates per month, next 12 months</source>
        <translation>每月关键日期（未来 12 个月）</translation>
    </message>
    <message>
        <source>Payments due per month</source>
        <translation>每月应付款项</translation>
    </message>
    <message>
        <source>What counterparties had to do: met on time vs late (⚠ at risk: late again and again)</source>
        <translation>合同相对方应履行的义务：按时与逾期（⚠ 有风险：屡次逾期）</translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation>按状态统计合同</translation>
    </message>
    <message>
        <source>Contracts by type</source>
        <translation>按合同类型统计合同</translation>
    </message>
    <message>
        <source>terms ending for good</source>
        <translation>最终到期的期限</translation>
    </message>
    <message>
        <source>notice deadlines</source>
        <translation>通知截止日</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>按时履行</translation>
    </message>
    <message>
        <source>late or overdue</source>
        <translation>逾期履行或已逾期</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {0}</source>
        <translation>无法计算仪表板：{0}</translation>
    </message>
    <message>
        <source>The whole register on {0}. Click a number or a bar to list those contracts.</source>
        <translation>截至 {0} 的整个台账。点击数字或柱形即可列出这些合同。</translation>
    </message>
    <message>
        <source>Active contracts in {0}</source>
        <translation>以 {0} 计价的生效中合同</translation>
    </message>
    <message numerus="yes">
        <source>Notice deadline within {0} days</source>
        <translation>
            <numerusform>通知截止日在 {0} 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending for good within {0} days</source>
        <translation>
            <numerusform>在 {0} 天内最终到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts with overdue obligations</source>
        <translation>有逾期履约义务的合同</translation>
    </message>
    <message>
        <source>Contracts with alerts waiting</source>
        <translation>有待处理提醒事项的合同</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} met</source>
        <translation>
            <numerusform>已履行 {1} 项，其中按时 {0} 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations met in the last 12 months</source>
        <translation>近 12 个月内已履行的履约义务</translation>
    </message>
    <message numerus="yes">
        <source>{0} days</source>
        <translation>
            <numerusform>{0} 天</numerusform>
        </translation>
    </message>
    <message>
        <source>open payments in {0}</source>
        <translation>以 {0} 计的待付款项</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0}</source>
        <extracomment>changed(): the date was typed or picked (or cleared).</extracomment>
        <translation>例如 {0}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Not a date; write it like {0} or 2025-12-31</source>
        <translation>不是日期；请写成 {0} 或 2025-12-31 这样的形式</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Details</source>
        <extracomment>A contract still being read after this long greys the editor: nothing is typed into the contract the person just left. saved(str): the uid of a contract saved here or changed in one of its tabs. save_ended(bool): a save ended; True saved (or nothing to save), False not saved (problems in the form, a conflict left open, an error). Only read here: nothing can be typed or saved (see set_read_only). The read of the contract to show (the newest request wins). The save under way, if any.</extracomment>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation>履约义务(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>自定义字段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存更改 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>放弃上次保存以来的更改</translation>
    </message>
    <message>
        <source>Select a contract, or press Ctrl+N for a new one.</source>
        <translation>请选择一份合同，或按 Ctrl+N 新建合同。</translation>
    </message>
    <message>
        <source>Changed by {0} at {1}.</source>
        <translation>由 {0} 于 {1} 更改。</translation>
    </message>
    <message>
        <source>Your edits are kept; saving them shows both versions.</source>
        <translation>您的编辑已保留；保存时会显示两个版本。</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新合同</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>要保存对“{0}”的更改吗？</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (.csv)</source>
        <translation>适用于任何电子表格软件的 CSV (.csv)</translation>
    </message>
    <message>
        <source>Calendar of key dates (.ics)</source>
        <translation>关键日期日历 (.ics)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF 报告 (.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
    <message>
        <source>The contracts shown ({0})</source>
        <translation>显示的合同（{0}）</translation>
    </message>
    <message>
        <source>The selected contracts ({0})</source>
        <translation>所选合同（{0}）</translation>
    </message>
    <message>
        <source>One-contract sheet of the selected contract</source>
        <translation>所选合同的单份合同表单</translation>
    </message>
    <message>
        <source>Only the table&apos;s visible columns (otherwise every field, ready to import again)</source>
        <translation>仅表格中可见的列（否则导出所有字段，可直接再次导入）</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>合同：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>日历：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>{0} (*.{1})</source>
        <translation>{0} (*.{1})</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <source>No contracts to export in that choice.</source>
        <translation>所选范围中没有可导出的合同。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>要替换该文件吗？</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Writing {0} of {1}</source>
        <translation>正在写入第 {0} 份，共 {1} 份</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File and sheet</source>
        <extracomment>The file dialog&apos;s filter in English (the wizard shows ``file_filter()``). Kinds of values a column left out of the fields should not be left out unnoticed. Kinds of problem the preview names in its summary (the rows list has them all).</extracomment>
        <translation>文件和工作表</translation>
    </message>
    <message>
        <source>Choose the spreadsheet you kept your contracts in. The header row is found by itself; it is highlighted below.</source>
        <translation>请选择您一直用来记录合同的电子表格。表头行会自动识别，并在下方突出显示。</translation>
    </message>
    <message>
        <source>Type or paste the file&apos;s path and press Enter, or choose the file</source>
        <translation>输入或粘贴文件路径后按 Enter，或选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>There is no file at {0}: check the path, or choose the file.</source>
        <translation>{0} 处没有文件：请检查路径，或选择文件。</translation>
    </message>
    <message>
        <source>There is no file at {0}; {1} is still the file chosen.</source>
        <translation>{0} 处没有文件；所选文件仍是 {1}。</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again to read it.</source>
        <translation>已取消读取。请重新选择文件以读取。</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>正在读取工作表</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>无法导入此文件：{0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} data rows found.</source>
        <translation>
            <numerusform>找到 {0} 行数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} lines of a report&apos;s printed pages (footers, the header again) are not contracts.</source>
        <translation>
            <numerusform>另有 {0} 行是报表打印页的内容（页脚、重复的表头），不是合同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>欢迎使用 {0}</translation>
    </message>
    <message>
        <source>This register is empty. How would you like to begin?</source>
        <translation>此台账为空。您想如何开始？</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Bring in the Excel or CSV register you kept until now.</source>
        <translation>导入您目前使用的 Excel 或 CSV 台账。</translation>
    </message>
    <message>
        <source>Importing Excel and CSV registers arrives with the importer.</source>
        <translation>导入 Excel 和 CSV 台账的功能将随导入器一起提供。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>250 realistic sample contracts to look around; start a new register for your own.</source>
        <translation>250 份逼真的示例合同，供您随意浏览；如需录入自己的合同，请新建台账。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <source>Add your first contract with Ctrl+N.</source>
        <translation>按 Ctrl+N 添加您的第一份合同。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <extracomment>saved(str, bool): what was done, and whether contracts were changed.</extracomment>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>无：周一至周五</translation>
    </message>
    <message>
        <source>Also give it now to every contract without a country</source>
        <translation>现在也应用于所有未指定国家的合同</translation>
    </message>
    <message>
        <source>Business days (a notice period in business days, postal days) skip the public holidays of a contract&apos;s country. Contracts added from now on without a country of their own take this one; a contract&apos;s own country always wins.</source>
        <translation>工作日（以工作日计的通知期、邮寄天数）会跳过合同所属国家的公共假日。今后添加的未指定国家的合同采用此国家；合同自己指定的国家始终优先。</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>公共假日所属国家：</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change it; you see it as it is.</source>
        <translation>只有此团队台账的管理员可以更改；您只能查看当前设置。</translation>
    </message>
    <message>
        <source>This register is only read here: its public holidays cannot be changed.</source>
        <translation>此台账在这里为只读：无法更改其公共假日。</translation>
    </message>
    <message>
        <source>Public holidays of {0} for contracts without a country of their own</source>
        <translation>未指定国家的合同采用 {0} 的公共假日</translation>
    </message>
    <message>
        <source>No register-wide public holidays</source>
        <translation>没有适用于整个登记册的公共假日</translation>
    </message>
    <message numerus="yes">
        <source>; {0} contract(s) changed</source>
        <translation>
            <numerusform>；已更改 {0} 份合同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Undone: {0} contracts removed, {1} restored.</source>
        <translation>已撤销：删除了 {0} 份合同，恢复了 {1} 份。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Import history</source>
        <extracomment>changed(): an import was undone.</extracomment>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Nothing has been imported into this register yet.</source>
        <translation>此台账尚未导入过任何内容。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of {0}? Contracts it created are deleted (each can be brought back from its history); contracts it changed get their earlier values back, unless someone changed them since.</source>
        <translation>要撤销 {0} 的导入吗？此次导入新建的合同将被删除（每份都可从其变更记录中恢复）；此次导入更改过的合同将恢复原值，除非此后有人更改过它们。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation>电子表格 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <extracomment>The preview&apos;s rehearsal: storing it right after holds the write lock only to insert. Makes the plan again from the file when storing needs its rows (see store_plan).</extracomment>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Importing {0} rows…</source>
        <translation>
            <numerusform>正在导入 {0} 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation>（保留为自定义字段）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Scope / description</source>
        <translation>范围/描述</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Direction (buy/sell)</source>
        <translation>方向（采购/销售）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Initial term (e.g. 24 months)</source>
        <translation>初始期限（例如 24 个月）</translation>
    </message>
    <message>
        <source>Initial term in months (a bare number)</source>
        <translation>初始期限（月数，仅数字）</translation>
    </message>
    <message>
        <source>Renewal (automatic/option/none)</source>
        <translation>续约（自动/选择/不续约）</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>续约期限</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>最多续约次数</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>最终到期日</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Notice buffer (days)</source>
        <translation>缓冲天数</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>通知发出日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Value with its currency in the cell</source>
        <translation>合同金额（单元格中含币种）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>保密期截止日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a row will be, in the preview&apos;s &quot;Will be&quot; column (the core&apos;s action -&gt; words).</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What happened to a row, in the report&apos;s &quot;What happened&quot; column.</extracomment>
        <translation>已新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>kept as written: {0}</source>
        <translation>按原文保留：{0}</translation>
    </message>
    <message>
        <source>(nothing to store)</source>
        <translation>（无可存储的值）</translation>
    </message>
    <message>
        <source>{0} (no currency)</source>
        <translation>{0}（无币种）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>KeyDatesPanel</name>
    <message>
        <source>Original term</source>
        <translation>初始期限</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>当前期限</translation>
    </message>
    <message>
        <source>Renewals so far</source>
        <translation>已续约次数</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>通知截止日</translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>最迟发送日</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>下次续约开始</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>今天发出解约通知时的最早终止日</translation>
    </message>
    <message>
        <source>Status by dates</source>
        <translation>按日期判断的状态</translation>
    </message>
    <message>
        <source>Key dates (computed)</source>
        <translation>关键日期（计算得出）</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>Cannot compute: {0}</source>
        <translation>无法计算：{0}</translation>
    </message>
    <message>
        <source>Enter a start or an end date to see the key dates.</source>
        <translation>请输入开始日期或到期日以查看关键日期。</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>请先修正标记的字段再保存。</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>开始日期未知</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
</context>
<context>
    <name>LaneTips</name>
    <message>
        <source>scheduled</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>按时履行</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期履行</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>No end date (runs until terminated)</source>
        <translation>无到期日（持续至终止）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Original term ends</source>
        <translation>初始期限到期</translation>
    </message>
    <message numerus="yes">
        <source>Renewed {0} time(s); current term from {1}</source>
        <translation>
            <numerusform>已续约 {0} 次；当前期限自 {1} 起</numerusform>
        </translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>最迟发送日</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>通知截止日</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>当前期限到期</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>下次续约开始</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>今天发出解约通知时的最早终止日</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <source>The language of Contract Desk on this computer: its window, reminders, reports and command line.</source>
        <translation>Contract Desk 在此计算机上使用的语言：用于窗口、提醒、报告和命令行。</translation>
    </message>
    <message>
        <source>Contract Desk speaks the chosen language from its next start.</source>
        <translation>Contract Desk 将在下次启动时使用所选语言。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Write notice letter</source>
        <extracomment>The letter languages by their own names (a letter&apos;s language is not the window&apos;s). The newest read of the facts: an older answer (the language before) is dropped.</extracomment>
        <translation>撰写解约通知书</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>通知书语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Date of the letter:</source>
        <translation>通知书日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Our organisation:</source>
        <translation>我方单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Our &amp;address:</source>
        <translation>我方地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Our organisation &amp;number:</source>
        <translation>我方统一社会信用代码(&amp;N)：</translation>
    </message>
    <message>
        <source>The &amp;counterparty&apos;s address:</source>
        <translation>合同相对方地址(&amp;C)：</translation>
    </message>
    <message>
        <source>What the letter says</source>
        <translation>通知书内容</translation>
    </message>
    <message>
        <source>Use our own &amp;template…</source>
        <translation>使用我方模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault again</source>
        <translation>重新使用默认模板(&amp;F)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Save as attac&amp;hment</source>
        <translation>保存为附件(&amp;H)</translation>
    </message>
    <message>
        <source>Save as f&amp;ile…</source>
        <translation>另存为文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Template: this register&apos;s own</source>
        <translation>模板：本台账自有模板</translation>
    </message>
    <message>
        <source>Template: the default</source>
        <translation>模板：默认模板</translation>
    </message>
    <message>
        <source>Ends the contract on {0}</source>
        <translation>合同终止日期：{0}</translation>
    </message>
    <message>
        <source>Term: {0} – {1}</source>
        <translation>合同期限：{0} – {1}</translation>
    </message>
    <message>
        <source>Notice deadline: {0}</source>
        <translation>通知截止日：{0}</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>发件方：{0}，收件方：{1}</translation>
    </message>
    <message>
        <source>(our organisation not named)</source>
        <translation>（未填写我方单位）</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>（无合同相对方）</translation>
    </message>
    <message>
        <source>Notice letter saved</source>
        <translation>解约通知书已保存</translation>
    </message>
    <message>
        <source>The letter is kept with the contract as {0}.</source>
        <translation>通知书已作为合同附件 {0} 保存。</translation>
    </message>
    <message>
        <source>Save the notice letter</source>
        <translation>保存解约通知书</translation>
    </message>
    <message>
        <source>Choose the letter template</source>
        <translation>选择通知书模板</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overdue obligations</source>
        <translation>逾期履约义务</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags… (Ctrl+F)</source>
        <translation>搜索合同编号、标题、合同相对方、负责人、备注、标签… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Loading contracts…</source>
        <translation>正在加载合同…</translation>
    </message>
    <message numerus="yes">
        <source>{0} contracts loaded</source>
        <translation>
            <numerusform>已加载 {0} 份合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} contracts</source>
        <translation>
            <numerusform>{0} / {1} 份合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+{0} more</source>
        <translation>
            <numerusform>另外 {0} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the changes first: a notice changes the contract.</source>
        <translation>请先保存或还原更改：解约通知会更改合同。</translation>
    </message>
    <message numerus="yes">
        <source>Exported {0} contracts to {1}</source>
        <translation>
            <numerusform>已将 {0} 份合同导出到 {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <source>Total value of the contracts shown, per currency</source>
        <translation>所显示合同的总金额（按币种）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns left on “keep as custom field” are kept with every contract, shown and searchable.</source>
        <translation>请检查每一列的去向。设为“保留为自定义字段”的列会随每份合同一起保存，可显示，也可搜索。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>映射到</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>存储为</translation>
    </message>
    <message>
        <source>(none: keep such amounts as text)</source>
        <translation>（无：将此类金额保留为文本）</translation>
    </message>
    <message>
        <source>(the currency of your computer&apos;s region)</source>
        <translation>（您计算机所在地区的币种）</translation>
    </message>
    <message>
        <source>Amounts that name no currency are in:</source>
        <translation>未注明币种的金额使用：</translation>
    </message>
    <message>
        <source>dates, not imported — start or end?</source>
        <translation>日期，未导入 — 是开始日期还是到期日？</translation>
    </message>
    <message>
        <source>amounts, not imported — the value?</source>
        <translation>金额，未导入 — 是合同金额吗？</translation>
    </message>
    <message>
        <source>periods, not imported — the term?</source>
        <translation>期限，未导入 — 是合同期限吗？</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>长文本</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Record “{0}”</source>
        <translation>记录“{0}”</translation>
    </message>
    <message>
        <source>e.g. paid, bank reference 448812</source>
        <translation>例如：已付款，银行流水号 448812</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证明：</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Given by us</source>
        <translation>由我方发出</translation>
    </message>
    <message>
        <source>Received from the counterparty</source>
        <translation>收到合同相对方的通知</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户网站</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Record a notice</source>
        <translation>记录解约通知</translation>
    </message>
    <message>
        <source>Add &amp;proof…</source>
        <translation>添加凭证(&amp;P)…</translation>
    </message>
    <message>
        <source>A receipt, the e-mail sent or received</source>
        <translation>回执、发送或收到的电子邮件</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>解约通知：</translation>
    </message>
    <message>
        <source>Sent or received on:</source>
        <translation>发出或收到日期：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>通知方式：</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>确认日期：</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>凭证：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>解约通知凭证</translation>
    </message>
    <message>
        <source>Enter the day the notice was sent or received.</source>
        <translation>请输入解约通知发出或收到的日期。</translation>
    </message>
    <message>
        <source>Record a notice once it is given: the day is after today.</source>
        <translation>解约通知须在发出后记录：该日期晚于今天。</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>不能在发出之前确认。</translation>
    </message>
</context>
<context>
    <name>NoticesSection</name>
    <message>
        <source>Notice</source>
        <translation>解约通知</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Ends the contract on</source>
        <translation>合同终止日期</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>changed(): a notice was recorded or withdrawn here (the contract&apos;s key dates moved).</extracomment>
        <translation>解约通知</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>记录解约通知(&amp;N)…</translation>
    </message>
    <message>
        <source>A notice given to or received from the counterparty: the contract then ends on the term end it reaches, and its notice reminders stop</source>
        <translation>向合同相对方发出或从其收到的解约通知：合同将在该通知所及期限的到期日终止，解约通知提醒随之停止</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Take back a notice recorded by mistake</source>
        <translation>撤回误记的解约通知</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged…</source>
        <translation>已确认(&amp;K)…</translation>
    </message>
    <message>
        <source>Record the day the selected notice was acknowledged</source>
        <translation>记录所选解约通知的确认日期</translation>
    </message>
    <message>
        <source>Add proo&amp;f…</source>
        <translation>添加凭证(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach a receipt or an e-mail to the selected notice</source>
        <translation>为所选解约通知附加回执或电子邮件</translation>
    </message>
    <message>
        <source>Withdrawn by {0} on {1}</source>
        <translation>由 {0} 于 {1} 撤回</translation>
    </message>
    <message>
        <source>No notice recorded.</source>
        <translation>没有记录解约通知。</translation>
    </message>
    <message>
        <source>Notice on {0}: the contract ends on {1}.</source>
        <translation>{0} 解约通知：合同于 {1} 终止。</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>解约通知凭证</translation>
    </message>
    <message>
        <source>Withdraw the notice of {0}? It no longer counts; the contract&apos;s key dates and reminders go back to what they were without it.</source>
        <translation>撤回 {0} 的解约通知？该通知将不再有效；合同的关键日期和提醒恢复为没有该通知时的状态。</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>撤回解约通知</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>解约通知</translation>
    </message>
    <message>
        <source>Renewal decision</source>
        <translation>续约决定</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>The obligation form&apos;s labels, in its order.</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>履行方</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>提醒（提前天数）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Edit obligation</source>
        <translation>编辑履约义务</translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation>新建履约义务</translation>
    </message>
    <message>
        <source>We do</source>
        <translation>我方履行</translation>
    </message>
    <message>
        <source>The counterparty does</source>
        <translation>合同相对方履行</translation>
    </message>
    <message>
        <source>Choose, or type an iCalendar rule such as FREQ=WEEKLY</source>
        <translation>请选择，或输入 iCalendar 规则，例如 FREQ=WEEKLY</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>Give the obligation a title.</source>
        <translation>请为履约义务填写标题。</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>请输入截止日期。</translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation>重复：{0}</translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>履行方</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>履行日期</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>The cells&apos; words for an obligation&apos;s status and kind (lower case, as in a sentence).</extracomment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>partially met</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>解约通知</translation>
    </message>
    <message>
        <source>renewal decision</source>
        <translation>续约决定</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <extracomment>How far ahead recurring obligations are listed occurrence by occurrence. changed(): an obligation was added, edited, marked or deleted here. Only read here (a viewer&apos;s team register...): no adding, changing or deleting.</extracomment>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mark met…</source>
        <translation>标记为已履行(&amp;M)…</translation>
    </message>
    <message>
        <source>Record that it was met (with date and evidence), partly met, not met or waived</source>
        <translation>记录已履行（含日期和证明）、部分履行、未履行或已豁免</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>we</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>they</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>删除履约义务</translation>
    </message>
    <message>
        <source>Delete “{0}”? The history keeps a record of it.</source>
        <translation>要删除“{0}”吗？变更记录中会保留其记录。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OfflineCopyQuestion</name>
    <message numerus="yes">
        <source>{0} days old</source>
        <extracomment>The first copy waits this long after the window opened (its own load comes first). How often to look whether the copy is due. A copy older than this is taken again.</extracomment>
        <translation>
            <numerusform>{0} 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} hours old</source>
        <translation>
            <numerusform>{0} 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Team register out of reach</source>
        <translation>无法访问团队台账</translation>
    </message>
    <message>
        <source>The team register {0} cannot be opened: {1}

Open the read-only copy kept on this computer instead? It was taken on {2} ({3}); changes made since are not in it.</source>
        <translation>无法打开团队台账 {0}：{1}

要改为打开此计算机上保存的只读副本吗？该副本创建于 {2}（{3}）；此后所做的更改不在其中。</translation>
    </message>
</context>
<context>
    <name>OffsetsField</name>
    <message>
        <source>register default: {0}</source>
        <translation>台账默认值：{0}</translation>
    </message>
    <message>
        <source>Days before the date to remind, e.g. 30, 7, 0 (0 = on the day). Empty: the register&apos;s default ({0}). &quot;none&quot;: no reminders.</source>
        <translation>在日期前多少天提醒，例如 30, 7, 0（0 = 当天）。留空：使用台账默认值（{0}）。“none”：不提醒。</translation>
    </message>
    <message>
        <source>Write whole days before the date, like 30, 7, 0 (or &quot;none&quot;)</source>
        <translation>请填写日期前的整天数，例如 30, 7, 0（或“none”）</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>e.g. {0}, {1} or {2}</source>
        <translation>例如 {0}、{1} 或 {2}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如 {0}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>e.g. kari (lower-case letters, digits, _)</source>
        <translation>例如 kari（小写字母、数字、_）</translation>
    </message>
    <message>
        <source>Viewer: reads everything</source>
        <translation>查看者：可阅读所有内容</translation>
    </message>
    <message>
        <source>Editor: also changes contracts and imports</source>
        <translation>编辑者：还可以更改合同和导入</translation>
    </message>
    <message>
        <source>Admin: also settings and people</source>
        <translation>管理员：还可以管理设置和人员</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Give the person&apos;s user name.</source>
        <translation>请填写此人的用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不同；请重新输入。</translation>
    </message>
    <message>
        <source>A new person needs a password (said to them separately, not by e-mail with the rest).</source>
        <translation>新人员需要密码（请另行告知对方，不要与其他信息一起通过电子邮件发送）。</translation>
    </message>
</context>
<context>
    <name>PickBar</name>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} contract(s) picked on the dashboard: {1}</source>
        <translation>
            <numerusform>正在显示在仪表板上选取的 {0} 份合同：{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What the import will do with each row, the rows with problems first. Nothing is written yet.</source>
        <translation>导入将如何处理每一行，有问题的行排在前面。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>仅显示有问题的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <extracomment>The data rows of the sheet previewed (counted before its cells are let go).</extracomment>
        <translation>正在计算导入将产生的结果…</translation>
    </message>
    <message numerus="yes">
        <source>Checking {0} rows against the register…</source>
        <translation>
            <numerusform>正在对照台账检查 {0} 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.</source>
        <translation>
            <numerusform>{0} 行：新建 {1} 行，更改 {2} 行，未变 {3} 行，跳过 {4} 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} and {1}, listed first (a cell that cannot be read is kept as text with a warning).</source>
        <translation>{0}和{1}，列在最前面（无法读取的单元格会以文本形式保留，并附带警告）。</translation>
    </message>
    <message numerus="yes">
        <source>{0} warnings</source>
        <translation>
            <numerusform>{0} 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} errors</source>
        <translation>
            <numerusform>{0} 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more kinds of problem, in the rows below.</source>
        <translation>
            <numerusform>…另有 {0} 类问题，见下方各行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>无法生成预览：{0}</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was checked. Press Back (and Next to try again).</source>
        <translation>预览已取消：未检查任何内容。请按“上一步”（再按“下一步”重试）。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Nothing is written until you press Next.</source>
        <translation>在点击“下一步”之前不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{0}. Open the team register with File → Connect to a team register… once its server can be reached.</source>
        <translation>{0}。待其服务器可以访问后，请通过“文件 → 连接到团队台账…”打开团队台账。</translation>
    </message>
    <message>
        <source>This register file is kept read-only as a backup: {0}</source>
        <translation>此台账文件作为备份以只读方式保留：{0}</translation>
    </message>
    <message>
        <source>Read-only: your login {0} is a viewer of the team register {1}. You can read, search and export it; to change it, ask its admin to make you an editor.</source>
        <translation>只读：您的登录账户 {0} 是团队台账 {1} 的查看者。您可以阅读、搜索和导出它；如需更改，请让其管理员将您设为编辑者。</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>{0} (team register)</source>
        <translation>{0}（团队台账）</translation>
    </message>
    <message>
        <source>New register</source>
        <extracomment>What the person chose on the first start of an empty register (None: not asked).</extracomment>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>{0} already exists. Choose Open register to open it.</source>
        <translation>{0} 已存在。请选择“打开台账”来打开它。</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Move this register to a team server</source>
        <translation>将此台账迁移到团队服务器</translation>
    </message>
    <message>
        <source>Copy every contract, counterparty, obligation, reminder, setting, import, history entry and attachment of {0} into the team register {1}? The copy is checked (counts and file hashes) before it is kept. This file is then backed up and kept read-only, and the team register opens in this window.</source>
        <translation>要将 {0} 的每份合同、合同相对方、履约义务、提醒、设置、导入、变更记录条目和附件复制到团队台账 {1} 吗？副本在保留之前会经过检查（数量和文件哈希）。之后此文件会被备份并设为只读，团队台账将在此窗口中打开。</translation>
    </message>
    <message>
        <source>Moving the register</source>
        <translation>正在迁移台账</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未迁移</translation>
    </message>
    <message>
        <source>Nothing was moved; this register is as it was. {0}</source>
        <translation>未迁移任何内容；此台账保持原样。{0}</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>{0} contracts and {1} attachment files are in the team register {2}. This file is kept read-only, with a backup in {3}.</source>
        <translation>{0} 份合同和 {1} 个附件文件已在团队台账 {2} 中。此文件以只读方式保留，备份位于 {3}。</translation>
    </message>
    <message>
        <source>The new language takes effect when Contract Desk starts again.</source>
        <translation>新语言将在 Contract Desk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>The register was saved to {0}, but it cannot be opened: {1}</source>
        <translation>台账已保存到 {0}，但无法打开：{1}</translation>
    </message>
    <message>
        <source>The open register was saved to {0}.</source>
        <translation>打开的台账已保存到 {0}。</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>正在备份并检查副本…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup failed its check</source>
        <translation>备份未通过检查</translation>
    </message>
    <message>
        <source>The backup {0} was kept, but it failed its check: it {1}. It will not be offered for restore. Choose File → Check register… to look at the register itself.</source>
        <translation>备份 {0} 已保留，但未通过检查：它{1}。它不会出现在可恢复的备份中。请选择“文件 → 检查台账…”检查台账本身。</translation>
    </message>
    <message>
        <source>Backed up to {0} (checked: intact)</source>
        <translation>已备份到 {0}（已检查：完好）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>There are no backups of this register yet.</source>
        <translation>此台账尚无备份。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The register was restored. The state before the restore was saved as {0}.</source>
        <translation>台账已恢复。恢复前的状态已保存为 {0}。</translation>
    </message>
    <message numerus="yes">
        <source>Creating {0} demo contracts…</source>
        <translation>
            <numerusform>正在创建 {0} 份演示合同…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty register. Use File → New register first.</source>
        <translation>演示数据只能放入空台账。请先使用“文件 → 新建台账”。</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>关于 {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;A register of your signed contracts that warns you before notice deadlines, expiries and obligations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Attachments:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {5}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;记录您已签署合同的台账，在通知截止日、到期日和履约义务到来之前提醒您。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据库：&lt;/b&gt;{2}&lt;br&gt;&lt;b&gt;数据文件夹：&lt;/b&gt;{3}&lt;br&gt;&lt;b&gt;附件：&lt;/b&gt;{4}&lt;br&gt;&lt;b&gt;备份：&lt;/b&gt;{5}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminder settings</source>
        <extracomment>Builds the OS schedule installer for a register (tests pass a recording one).</extracomment>
        <translation>提醒设置</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>e.g. the head of purchasing</source>
        <translation>例如：采购负责人</translation>
    </message>
    <message>
        <source>More reminders than this at once become one summary notification</source>
        <translation>一次超过此数量的提醒会合并为一条汇总系统通知</translation>
    </message>
    <message>
        <source>For everyone using this register</source>
        <translation>适用于使用此台账的所有人</translation>
    </message>
    <message>
        <source>Notice deadlines, send-by dates, term ends — remind (days before):</source>
        <translation>通知截止日、最迟发送日、期限到期 — 提醒（提前天数）：</translation>
    </message>
    <message>
        <source>Payments, deliveries and other obligations — remind (days before):</source>
        <translation>付款、交付和其他履约义务 — 提醒（提前天数）：</translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation>逾期多少天后升级：</translation>
    </message>
    <message>
        <source>Escalation contact:</source>
        <translation>升级联系人：</translation>
    </message>
    <message>
        <source>One summary when more than:</source>
        <translation>超过以下数量时合并为一条汇总：</translation>
    </message>
    <message>
        <source>Keep Contract Desk in the tray when the window is closed</source>
        <translation>关闭窗口后将 Contract Desk 保留在系统托盘中</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>此桌面没有系统托盘</translation>
    </message>
    <message>
        <source>Remind me even when Contract Desk is not running</source>
        <translation>即使 Contract Desk 未运行也提醒我</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, KN</source>
        <translation>例如：王丽，WL</translation>
    </message>
    <message>
        <source>The owner names that are you, comma-separated. The inbox&apos;s &quot;Mine&quot; and your notifications then cover what you own and the escalations to you; empty: everything.</source>
        <translation>哪些负责人姓名是您，以逗号分隔。提醒收件箱中的“我的”和您的系统通知将涵盖您负责的内容和升级给您的提醒；留空：全部。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>此计算机上</translation>
    </message>
    <message>
        <source>My names as owner:</source>
        <translation>我作为负责人的姓名：</translation>
    </message>
    <message>
        <source>The OS schedule cannot be read: {0}</source>
        <translation>无法读取操作系统的计划任务：{0}</translation>
    </message>
    <message>
        <source>Installed: {0}</source>
        <translation>已安装：{0}</translation>
    </message>
    <message>
        <source>Not installed. When on, the operating system runs a reminder check daily and at log-on (Windows Task Scheduler, macOS LaunchAgent or a systemd user timer).</source>
        <translation>未安装。启用后，操作系统每天及登录时运行一次提醒检查（Windows 任务计划程序、macOS LaunchAgent 或 systemd 用户定时器）。</translation>
    </message>
    <message>
        <source>Contract reminder days</source>
        <translation>合同提醒天数</translation>
    </message>
    <message>
        <source>Obligation reminder days</source>
        <translation>履约义务提醒天数</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>提醒计划</translation>
    </message>
    <message>
        <source>The operating system did not accept the schedule:

{0}

The other settings were saved.</source>
        <translation>操作系统未接受该计划：

{0}

其他设置已保存。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <extracomment>(whether the row has problems or is skipped, its texts in the preview&apos;s columns).</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>What the import did. The rows it skipped are listed below, each with why.</source>
        <translation>导入的结果。跳过的行列在下方，并注明原因。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save this report…</source>
        <translation>保存此报告…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Done: {0} created, {1} updated, {2} unchanged, {3} skipped (of {4} rows). “Undo this import” takes the whole import back.</source>
        <translation>完成：新建 {0} 份，更新 {1} 份，未变 {2} 份，跳过 {3} 份（共 {4} 行）。“撤销此次导入”可撤回整个导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>未导入任何内容：{0}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <source>Request approval</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <source>What the approvers should know</source>
        <translation>审批人需要了解的情况</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>合同：</translation>
    </message>
    <message>
        <source>Approve:</source>
        <translation>审批事项：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The approvers the register&apos;s rules name see the request in their alerts inbox; the step can be taken once they approve.</source>
        <translation>登记册规则指定的审批人会在其提醒收件箱中看到此申请；批准后即可执行此步骤。</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>申请(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the register with:</source>
        <translation>用以下备份替换台账：</translation>
    </message>
    <message>
        <source>checked: intact</source>
        <translation>已检查：完好</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>{0} — failed its check, cannot be restored</source>
        <translation>{0} — 未通过检查，无法恢复</translation>
    </message>
    <message>
        <source>{0} {1}. It is kept, but a damaged backup is never restored.</source>
        <translation>{0} {1}。该备份已保留，但已损坏的备份永远不会被恢复。</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Add an approval rule</source>
        <extracomment>An example threshold, shown the person&apos;s way in the value field&apos;s hint.</extracomment>
        <translation>添加审批规则</translation>
    </message>
    <message>
        <source>Change the approval rule</source>
        <translation>更改审批规则</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意金额</translation>
    </message>
    <message>
        <source>The rule covers contracts worth this much or more, e.g. {0}. Empty: every value.</source>
        <translation>规则适用于合同金额达到此数额或以上的合同，例如 {0}。留空：任意金额。</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>例如 CNY</translation>
    </message>
    <message>
        <source>The threshold&apos;s currency (three letters). A contract in another currency is always covered: the register keeps no exchange rates.</source>
        <translation>门槛金额的币种（三个字母）。其他币种的合同始终适用此规则：台账不保存汇率。</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, Ola Hansen</source>
        <translation>例如 王丽、李强</translation>
    </message>
    <message>
        <source>The people who approve, separated by commas</source>
        <translation>审批人，用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>Needs approval:</source>
        <translation>审批事项：</translation>
    </message>
    <message>
        <source>Contract type:</source>
        <translation>合同类型：</translation>
    </message>
    <message>
        <source>From value:</source>
        <translation>起始金额：</translation>
    </message>
    <message>
        <source>Approvers:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Yes votes needed:</source>
        <translation>所需同意票数：</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation>（共 {0} 人）</translation>
    </message>
    <message>
        <source>The value {0} is not an amount; write it like {1}</source>
        <translation>值 {0} 不是金额；请按 {1} 的格式填写</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved views</source>
        <extracomment>The sidebar key of the alerts inbox (not a view of the table). Group views list their most common values; the rest are reached through search. view_chosen(str): the key of the saved view chosen (&quot;all&quot;, &quot;owner:Kari&quot;, ALERTS_KEY...).</extracomment>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Reminders that need attention (Ctrl+4)</source>
        <translation>需要处理的提醒 (Ctrl+4)</translation>
    </message>
    <message>
        <source>{0} overdue or due today; {1} coming up</source>
        <translation>已逾期或今天到期 {0} 个；即将到来 {1} 个</translation>
    </message>
    <message>
        <source>nothing due today; {0} coming up</source>
        <translation>今天没有到期事项；即将到来 {0} 个</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} 项审批申请等待您的答复</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>暂缓至</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. was_cancelled(): the job stopped at Cancel. progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. cancelled(): the job stopped at Cancel.</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>viewer</source>
        <extracomment>A role inside a sentence (&quot;kari is now editor&quot;), translated; the code stays in the database.</extracomment>
        <translation>查看者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>changed(str): someone was added, changed or removed; what was done.</extracomment>
        <translation>团队</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Who may open this team register, and what they may do. The database enforces it: a viewer cannot change anything, even with other tools.</source>
        <translation>谁可以打开此团队台账，以及可以做什么。由数据库强制执行：查看者无法更改任何内容，即使使用其他工具也不行。</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Give {0}: File → Connect to a team register…, server {1}, port {2}, database {3}, user {0} (and the password, said separately).</source>
        <translation>请告知 {0}：文件 → 连接到团队台账…，服务器 {1}，端口 {2}，数据库 {3}，用户 {0}（以及另行告知的密码）。</translation>
    </message>
    <message>
        <source>{0} was added as {1}.</source>
        <translation>已将 {0} 添加为 {1}。</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} 现在是 {1}。</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>从团队中移除</translation>
    </message>
    <message>
        <source>Take {0} out of the team? They can no longer open this register; what they did stays in the history.</source>
        <translation>要将 {0} 移出团队吗？此人将无法再打开此台账；其所做的操作仍保留在变更记录中。</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>Show these {0} contract(s)</source>
        <extracomment>The tiles in reading order, as many a row as fit; the annual value spans a row below. Tiles a row, widest first. picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.</extracomment>
        <translation>
            <numerusform>显示这 {0} 份合同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>grouped by counterparty</source>
        <extracomment>Width of the frozen column with reference and title. A year fills about this share of the chart when the timeline first opens. Pixels the mouse must move before a press becomes a drag. Open-ended bars and very long terms stop counting towards &quot;fit all&quot; here. The chart&apos;s title of a grouping, by grouped field.</extracomment>
        <translation>按合同相对方分组</translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation>按负责人分组</translation>
    </message>
    <message>
        <source>grouped by department</source>
        <translation>按部门分组</translation>
    </message>
    <message>
        <source>grouped by type</source>
        <translation>按合同类型分组</translation>
    </message>
    <message>
        <source>grouped by status</source>
        <translation>按状态分组</translation>
    </message>
    <message>
        <source>Contract (reference, title)</source>
        <extracomment>current_changed(str): the uid of the contract the user chose. open_requested(str): the uid of the contract to open (double click, Enter). menu_requested(str, QPoint): right-click on a contract: its uid, the global position.</extracomment>
        <translation>合同（合同编号、标题）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation>合同时间轴</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Contract Desk</source>
        <extracomment>open_requested(): Open in the menu, or a click on the icon or on a summary message. open_contract(str): the uid of the contract whose reminder message was clicked. check_requested(): &quot;Check now&quot; in the menu. pause_toggled(bool): &quot;Pause reminders&quot; turned on (True) or off (False). quit_requested(): Quit in the menu.</extracomment>
        <translation>打开 Contract Desk(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>立即检查提醒(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>暂停提醒(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} deadline(s) need attention</source>
        <translation>
            <numerusform>{0}：有 {1} 个截止日需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing due</source>
        <translation>{0}：没有到期事项</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>{0} 项审批申请等待您的答复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Reminder check failed: {0}</source>
        <extracomment>answered(NotificationAction): a notification&apos;s button or body was clicked (moved here from desktop-notifier&apos;s thread: a signal emitted there is queued to this one).</extracomment>
        <translation>提醒检查失败：{0}</translation>
    </message>
    <message>
        <source>That notification is about another register ({0}); open it to act on it.</source>
        <translation>该系统通知针对的是另一个台账（{0}）；请打开该台账后再处理。</translation>
    </message>
    <message>
        <source>Acknowledged from the notification.</source>
        <translation>已从系统通知确认处理。</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow from the notification.</source>
        <translation>已从系统通知暂缓到明天。</translation>
    </message>
    <message>
        <source>the alerts inbox</source>
        <translation>提醒收件箱</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <extracomment>Where the notifications went, by the notifier&apos;s internal name, in a person&apos;s words.</extracomment>
        <translation>系统通知</translation>
    </message>
    <message>
        <source>the tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>日志</translation>
    </message>
    <message numerus="yes">
        <source>{0} reminder notification(s) shown ({1})</source>
        <translation>
            <numerusform>已显示 {0} 条提醒系统通知（{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract Desk keeps running here and will remind you. Quit it from this icon&apos;s menu.</source>
        <translation>Contract Desk 会在此继续运行并提醒您。可从此图标的菜单中退出。</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Waiting for another program using this register…</source>
        <extracomment>waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.</extracomment>
        <translation>正在等待另一个使用此台账的程序…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the register</source>
        <extracomment>The first reminder check waits this long after the window shows the register. Set to 1, the window quits (status 0) as soon as it shows the register&apos;s contracts: how bench/bench_bundle.py times a start, bundle against ``python -m contract_desk``.</extracomment>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>The register could not be opened:

{0}</source>
        <translation>无法打开台账：

{0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy: another program or a background check is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>台账正忙：另一个程序或后台检查正在写入。未作任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>出现错误：{0}</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>详细信息见 {0}</translation>
    </message>
    <message>
        <source>Register busy</source>
        <translation>台账正忙</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>not_saved</name>
    <message>
        <source>Contract Desk registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Contract Desk 台账 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Register file gone</source>
        <translation>台账文件已不存在</translation>
    </message>
    <message>
        <source>Save the open register as a file now?</source>
        <translation>要立即将打开的台账保存为文件吗？</translation>
    </message>
    <message>
        <source>Save the open register as…</source>
        <translation>将打开的台账另存为…</translation>
    </message>
</context>
<context>
    <name>save_to</name>
    <message>
        <source>import-report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>contract-report</source>
        <extracomment>The table&apos;s column keys that the export names differently. The stem of an export&apos;s suggested file name, by what it holds (translated).</extracomment>
        <translation>合同报告</translation>
    </message>
    <message>
        <source>contract-deadlines</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>contract-register</source>
        <translation>合同台账</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间轴</translation>
    </message>
</context>
</TS>
