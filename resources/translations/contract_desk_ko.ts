<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Notice acknowledged</source>
        <translation>해지 통지 수령 확인</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>수령 확인일:</translation>
    </message>
    <message>
        <source>Enter the day the notice was acknowledged.</source>
        <translation>해지 통지의 수령 확인일을 입력하세요.</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>통지일 이전에 수령 확인될 수 없습니다.</translation>
    </message>
    <message>
        <source>The day is after today.</source>
        <translation>날짜가 오늘 이후입니다.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New register…</source>
        <translation>새 대장(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty register in a new file</source>
        <translation>새 파일에 빈 대장을 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>대장 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another register file</source>
        <translation>다른 대장 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Connect to a team register…</source>
        <translation>팀 대장에 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a register your team shares on a PostgreSQL server</source>
        <translation>팀이 PostgreSQL 서버에서 공유하는 대장을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Move this register to a team server…</source>
        <translation>이 대장을 팀 서버로 옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy this register whole into a team register on PostgreSQL; this file is kept as a read-only backup</source>
        <translation>이 대장 전체를 PostgreSQL의 팀 대장으로 복사합니다. 이 파일은 읽기 전용 백업으로 보관됩니다</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>스프레드시트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV register (or drop the file on the window)</source>
        <translation>Excel, ODS 또는 CSV 대장을 가져옵니다(파일을 창에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>가져오기 이력(&amp;H)…</translation>
    </message>
    <message>
        <source>Every import into this register; undo a whole one</source>
        <translation>이 대장에 대한 모든 가져오기입니다. 가져오기 한 건을 통째로 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to Excel, CSV, a calendar or a PDF report</source>
        <translation>Excel, CSV, 캘린더 또는 PDF 보고서로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the register file into the backups folder</source>
        <translation>대장 파일을 백업 폴더에 복사합니다</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the register with a backup</source>
        <translation>대장을 백업으로 바꿉니다</translation>
    </message>
    <message>
        <source>Chec&amp;k register…</source>
        <translation>대장 검사(&amp;K)…</translation>
    </message>
    <message>
        <source>Check the register thoroughly: pages, references, attachment files, the reminder index (changes nothing)</source>
        <translation>대장을 철저히 검사합니다: 페이지, 참조, 첨부 파일, 리마인더 색인(아무것도 변경하지 않음)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Contract Desk</source>
        <translation>Contract Desk를 닫습니다</translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation>새 계약(&amp;N)</translation>
    </message>
    <message>
        <source>Add a contract (Ctrl+N)</source>
        <translation>계약을 추가합니다(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the contract being edited (Ctrl+S)</source>
        <translation>편집 중인 계약을 저장합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected contracts (Del); can be undone</source>
        <translation>선택한 계약을 삭제합니다(Del). 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the contracts deleted last</source>
        <translation>마지막으로 삭제한 계약을 되살립니다</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>담당자 변경(&amp;O)…</translation>
    </message>
    <message>
        <source>Hand the selected contracts over to someone else</source>
        <translation>선택한 계약을 다른 담당자에게 넘깁니다</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>상태 변경(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the status of the selected contracts</source>
        <translation>선택한 계약의 상태를 지정합니다</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>태그 추가(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the selected contracts</source>
        <translation>선택한 계약에 태그를 붙입니다</translation>
    </message>
    <message>
        <source>Write notice &amp;letter…</source>
        <translation>해지 통지서 작성(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the letter that gives notice to end the contract under the cursor (.docx or .pdf), in English, Norwegian, Korean or Chinese</source>
        <translation>커서가 있는 계약의 해지를 통지하는 서신을 영어, 노르웨이어, 한국어 또는 중국어로 작성합니다(.docx 또는 .pdf)</translation>
    </message>
    <message>
        <source>&amp;Record notice…</source>
        <translation>해지 통지 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a notice given or received for the contract under the cursor, with its proof: the contract then ends on the term end it reaches</source>
        <translation>커서가 있는 계약에 대해 보내거나 받은 해지 통지를 증빙과 함께 기록합니다. 계약은 통지가 적용되는 계약 기간의 종료일에 끝납니다</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>승인 요청(&amp;A)…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name to approve the contract under the cursor, a notice on it or a renewal decision</source>
        <translation>대장의 규칙이 지정한 승인자에게 커서가 있는 계약, 그 계약의 해지 통지 또는 갱신 결정을 승인해 달라고 요청합니다</translation>
    </message>
    <message>
        <source>A&amp;mend contract…</source>
        <translation>계약 변경(&amp;M)…</translation>
    </message>
    <message>
        <source>Record a dated amendment of the term, renewal, notice or value of the contract under the cursor; the terms before it are kept</source>
        <translation>커서 위치 계약의 기간, 갱신, 해지 통지 또는 금액에 대한 날짜가 있는 계약 변경을 기록합니다. 이전 조건은 보존됩니다</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>검색(&amp;F)</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags (Ctrl+F)</source>
        <translation>계약 번호, 제목, 계약 상대방, 담당자, 메모, 태그에서 검색합니다(Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>표(&amp;T)</translation>
    </message>
    <message>
        <source>Show the contract table</source>
        <translation>계약 표를 표시합니다</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>타임라인(&amp;I)</translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation>타임라인을 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>대시보드를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>알림(&amp;A)</translation>
    </message>
    <message>
        <source>Show the reminders that need attention</source>
        <translation>조치가 필요한 리마인더를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>지금 리마인더 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Look for reminders that came due since the last check</source>
        <translation>마지막 확인 이후 기한이 된 리마인더를 찾습니다</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>리마인더(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminder days, escalation, the tray, and reminders while Contract Desk is closed</source>
        <translation>리마인더 일수, 에스컬레이션, 트레이, Contract Desk가 닫혀 있을 때의 리마인더</translation>
    </message>
    <message>
        <source>&amp;Approval rules…</source>
        <translation>승인 규칙(&amp;A)…</translation>
    </message>
    <message>
        <source>Which new contracts, notices and renewal decisions need whose approval (admins on a team register)</source>
        <translation>어떤 새 계약, 해지 통지, 갱신 결정에 누구의 승인이 필요한지(팀 대장에서는 관리자가 설정)</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>공휴일(&amp;H)…</translation>
    </message>
    <message>
        <source>The country whose public holidays business days skip, for contracts without their own</source>
        <translation>국가가 지정되지 않은 계약의 영업일 계산에서 제외할 공휴일의 국가</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>팀(&amp;T)…</translation>
    </message>
    <message>
        <source>Who may open this team register and what they may do (admins)</source>
        <translation>이 팀 대장을 열 수 있는 사람과 그 사람이 할 수 있는 일(관리자용)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>언어(&amp;L)…</translation>
    </message>
    <message>
        <source>The language Contract Desk speaks on this computer (from its next start)</source>
        <translation>이 컴퓨터에서 Contract Desk가 사용하는 언어(다음 시작부터 적용)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>열(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>표에 표시할 열을 선택합니다</translation>
    </message>
    <message>
        <source>Health &amp;legend</source>
        <translation>상태 점검 범례(&amp;L)</translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation>행 색상의 의미</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>대장을 다시 읽습니다(F5)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>예시 데이터 불러오기(&amp;D)</translation>
    </message>
    <message>
        <source>Fill an empty register with demo contracts</source>
        <translation>빈 대장을 예시 계약으로 채웁니다</translation>
    </message>
    <message>
        <source>&amp;About Contract Desk</source>
        <translation>Contract Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version, data folder and database</source>
        <translation>버전, 데이터 폴더 및 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 대장 열기(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Date</source>
        <extracomment>Lines shown per group: a first check over a big register can open tens of thousands of reminders, and the earliest are the ones to act on.</extracomment>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Whether the inbox shows only my alerts (kept across restarts).</extracomment>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>미뤄짐</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>해지…</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>재협상</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>그대로 유지</translation>
    </message>
    <message>
        <source>renew</source>
        <extracomment>A recorded decision in a sentence (&quot;Decided: let run&quot;).</extracomment>
        <translation>갱신</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>renegotiate</source>
        <translation>재협상</translation>
    </message>
    <message>
        <source>let run</source>
        <translation>그대로 유지</translation>
    </message>
    <message>
        <source>&amp;Open contract</source>
        <extracomment>open_contract(str): the uid of the contract to open. changed(AlertInbox): the inbox as read after an action (acknowledge, snooze, decide). contract_changed(str): the uid of a contract a decision changed (terminate). check_requested(): &quot;Check now&quot; was pressed.</extracomment>
        <translation>계약 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>확인 처리(&amp;A)</translation>
    </message>
    <message>
        <source>The date is dealt with: no more reminders for it</source>
        <translation>이 일자를 처리 완료로 표시합니다. 더 이상 리마인더를 보내지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>미루기(&amp;S)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>일주일 동안</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>지정한 날짜까지…</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>결정(&amp;D)</translation>
    </message>
    <message>
        <source>Record what was decided about a notice deadline or term end</source>
        <translation>해지 통지 기한 또는 종료일에 대해 결정한 내용을 기록합니다</translation>
    </message>
    <message>
        <source>Say yes to the request for approval selected</source>
        <translation>선택한 승인 요청에 찬성합니다</translation>
    </message>
    <message>
        <source>Say no to the request for approval selected, and why</source>
        <translation>선택한 승인 요청을 거부하고 이유를 적습니다</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>지금 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Look for reminders that came due</source>
        <translation>기한이 된 리마인더를 찾습니다</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 알림</translation>
    </message>
    <message>
        <source>Mine: contracts and obligations you own, and escalations to you. Say which owner names are yours in Settings → Reminders…</source>
        <translation>내 알림: 내가 담당자인 계약과 이행 의무, 그리고 나에게 온 에스컬레이션입니다. 어떤 담당자 이름이 본인인지는 설정 → 리마인더…에서 지정하십시오</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more, later in this group</source>
        <translation>
            <numerusform>… 이 그룹의 뒤쪽에 {0}건 더 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge or snooze the ones above to see them</source>
        <translation>위의 항목을 확인 처리하거나 미루면 나머지가 표시됩니다</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>승인 요청 {0}건이 회신을 기다립니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} deadline(s) need attention now</source>
        <translation>
            <numerusform>지금 조치가 필요한 기한 {0}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today; {0} coming up</source>
        <translation>오늘 기한인 항목 없음, 예정 {0}건</translation>
    </message>
    <message>
        <source>No open reminders</source>
        <translation>미처리 리마인더 없음</translation>
    </message>
    <message>
        <source>Approvals ({0} waiting for you)</source>
        <translation>승인 ({0}건 대기 중)</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>{0}까지 미뤄짐</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>결정: {0}</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>계약 열기</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>확인 처리</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>미루기</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <source>Appro&amp;val</source>
        <translation>승인(&amp;V)</translation>
    </message>
    <message>
        <source>Answer the request for approval selected, or cancel your own</source>
        <translation>선택한 승인 요청에 답하거나 본인의 요청을 취소합니다</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>거부…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>요청 취소</translation>
    </message>
    <message>
        <source>Terminate the contract?</source>
        <translation>계약을 해지하시겠습니까?</translation>
    </message>
    <message>
        <source>Record the notice as given today ({0}) and mark {1} as terminated? The change is in the contract&apos;s history.</source>
        <translation>해지 통지를 오늘({0}) 한 것으로 기록하고 {1} 계약을 해지됨으로 표시하시겠습니까? 이 변경은 계약의 변경 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>승인 필요</translation>
    </message>
    <message>
        <source>{0}

Request approval now?</source>
        <translation>{0}

지금 승인을 요청할까요?</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>처리되지 않음</translation>
    </message>
    <message>
        <source>Someone changed the contract meanwhile; open it, check, and decide again.</source>
        <translation>그사이 다른 사람이 계약을 변경했습니다. 계약을 열어 확인한 뒤 다시 결정하십시오.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>In force</source>
        <translation>발효됨</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Amend contract</source>
        <extracomment>amended(str): the contract&apos;s uid.</extracomment>
        <translation>계약 변경</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>발효일</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>계약 변경</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>철회(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the selected amendment (only one still to come)</source>
        <translation>선택한 계약 변경을 철회합니다 (발효 전인 경우만)</translation>
    </message>
    <message>
        <source>e.g. Amendment 2</source>
        <translation>예: 변경 계약 2</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>갱신 없음</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>자동 갱신</translation>
    </message>
    <message>
        <source>Renewal by option</source>
        <translation>선택적 갱신</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>예: KRW</translation>
    </message>
    <message>
        <source>Amendments of this contract:</source>
        <translation>이 계약의 변경 내역:</translation>
    </message>
    <message>
        <source>A new amendment (fill in only what it changes):</source>
        <translation>새 계약 변경 (바뀌는 항목만 입력):</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>발효일:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>서명일:</translation>
    </message>
    <message>
        <source>New end date:</source>
        <translation>새 종료일:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>갱신:</translation>
    </message>
    <message>
        <source>Renewal term:</source>
        <translation>갱신 기간:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>해지 통지 기간:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>&amp;Record amendment</source>
        <translation>계약 변경 기록(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the day the amendment takes effect.</source>
        <translation>계약 변경이 발효되는 날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>Fill in at least one term the amendment changes.</source>
        <translation>계약 변경으로 바뀌는 조건을 적어도 하나 입력하세요.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Not an amount; write it like {0}</source>
        <translation>금액이 아닙니다. {0} 형식으로 입력하십시오</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>의견 (선택 사항)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>거부 이유</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <source>Approval rules</source>
        <extracomment>The table&apos;s column that grows with the dialog: the approvers&apos; names. saved(str): the rules were saved; what was done.</extracomment>
        <translation>승인 규칙</translation>
    </message>
    <message>
        <source>Steps that wait for named people&apos;s yes. Every rule that covers a contract must get its yes votes; one no from any of its approvers rejects the request.</source>
        <translation>지정된 사람의 찬성을 기다리는 단계입니다. 계약에 적용되는 모든 규칙이 필요한 찬성을 받아야 하며, 그 규칙의 승인자 중 한 명이라도 반대하면 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>변경(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>승인 대상</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>계약 유형</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>최소 금액</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Yes votes needed</source>
        <translation>필요한 찬성 수</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change its approval rules; you see them as they are.</source>
        <translation>이 팀 대장의 승인 규칙은 관리자만 변경할 수 있습니다. 현재 규칙을 볼 수만 있습니다.</translation>
    </message>
    <message>
        <source>This register is only read here: its approval rules cannot be changed.</source>
        <translation>이 대장은 여기에서 읽기 전용이므로 승인 규칙을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>No rules yet: nothing waits for approval. Add one.</source>
        <translation>아직 규칙이 없어 승인을 기다리는 일이 없습니다. 규칙을 추가하십시오.</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>모든 금액</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}명 중 {0}명</translation>
    </message>
    <message>
        <source>Not saved yet: Save keeps the rules.</source>
        <translation>아직 저장되지 않았습니다. 저장을 눌러야 규칙이 보관됩니다.</translation>
    </message>
    <message>
        <source>The approval rules are saved.</source>
        <translation>승인 규칙이 저장되었습니다.</translation>
    </message>
    <message>
        <source>The approval rules are saved: nothing waits for approval.</source>
        <translation>승인 규칙이 저장되었습니다. 이제 승인을 기다리는 일이 없습니다.</translation>
    </message>
    <message>
        <source>The changed approval rules are not saved. Discard the changes?</source>
        <translation>변경한 승인 규칙이 저장되지 않았습니다. 변경 내용을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>The contract itself (put it in force)</source>
        <translation>계약 자체 (발효)</translation>
    </message>
    <message>
        <source>A notice we give</source>
        <translation>당사가 보내는 해지 통지</translation>
    </message>
    <message>
        <source>A renewal decision</source>
        <translation>갱신 결정</translation>
    </message>
    <message>
        <source>Approval: new contract</source>
        <translation>승인: 새 계약</translation>
    </message>
    <message>
        <source>Approval: notice</source>
        <translation>승인: 해지 통지</translation>
    </message>
    <message>
        <source>Approval: decision</source>
        <translation>승인: 결정</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>재협상</translation>
    </message>
    <message>
        <source>Let it run</source>
        <translation>그대로 유지</translation>
    </message>
    <message>
        <source>Waiting for {0}</source>
        <translation>{0}의 승인 대기 중</translation>
    </message>
    <message>
        <source>Approved: the step may be taken</source>
        <translation>승인됨: 진행할 수 있습니다</translation>
    </message>
    <message>
        <source>Rejected by {0}: {1}</source>
        <translation>{0}님이 거부함: {1}</translation>
    </message>
    <message>
        <source>Approved and used</source>
        <translation>승인 후 진행됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Asked by {0}</source>
        <translation>요청자: {0}</translation>
    </message>
    <message>
        <source>Approval by {0}</source>
        <translation>승인자: {0}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>No</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>승인 요청됨</translation>
    </message>
    <message>
        <source>Requested. It waits for {0}.</source>
        <translation>요청했습니다. {0}의 승인을 기다립니다.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>요청하지 않음</translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message>
        <source>Asked on</source>
        <translation>요청 일시</translation>
    </message>
    <message>
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>States of a request that is over: listed greyed, below nothing. asked(): a request was made here (the inbox shows it to its approvers).</extracomment>
        <translation>승인</translation>
    </message>
    <message>
        <source>Re&amp;quest approval…</source>
        <translation>승인 요청(&amp;Q)…</translation>
    </message>
    <message>
        <source>Ask the approvers the register&apos;s rules name for their yes: to put the contract in force, to give notice, or to a renewal decision</source>
        <translation>대장의 규칙이 지정한 승인자에게 승인을 요청합니다: 계약 발효, 해지 통지, 또는 갱신 결정</translation>
    </message>
    <message>
        <source>No request for approval.</source>
        <translation>승인 요청이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) wait for an answer; answer them in the alerts inbox.</source>
        <translation>
            <numerusform>승인 요청 {0}건이 회신을 기다립니다. 알림함에서 회신하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가일</translation>
    </message>
    <message>
        <source>By</source>
        <translation>추가한 사람</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation>✓ 정상</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ 없음</translation>
    </message>
    <message>
        <source>✗ changed since added</source>
        <translation>✗ 추가 후 변경됨</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>changed(): a file was attached or removed here.</extracomment>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>첨부할 파일을 여기에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>일부 파일을 첨부하지 못했습니다</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>The stored copy of {0} is missing or changed; restore a backup.</source>
        <translation>저장된 {0} 사본이 없거나 변경되었습니다. 백업을 복원하십시오.</translation>
    </message>
    <message>
        <source>Remove {0} from this contract?</source>
        <translation>이 계약에서 {0} 파일을 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>첨부 파일 제거</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <extracomment>A fallback sequence of distinguishable hues for series without a named colour. Pixels of a chart&apos;s width outside its bars (the painted area is inset 8 on each side). Space between two labels under the bars. Lines a label under the bars may take (&quot;jan.&quot; over &quot;2027&quot; where the year changes). Wide or tall enough for any label. picked(str, frozenset[str]): a bar was clicked: what it counts, the uids behind it. Short words after each value of a stacked bar (&quot;2 on time · 1 late&quot;).</extracomment>
        <translation>표시할 항목 없음</translation>
    </message>
    <message>
        <source>{0}: {1} — {2} ({3})</source>
        <extracomment>Each label&apos;s width under the bars of a vertical chart, on at most two lines.</extracomment>
        <translation>{0}: {1} — {2} ({3})</translation>
    </message>
    <message numerus="yes">
        <source>{0} contract(s) — click to show them</source>
        <translation>
            <numerusform>계약 {0}건 — 클릭하면 표시합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Change owner</source>
        <extracomment>Audit event ids of the last delete, for Undo.</extracomment>
        <translation>담당자 변경</translation>
    </message>
    <message numerus="yes">
        <source>New owner of {0} contract(s) and their obligations:</source>
        <translation>
            <numerusform>계약 {0}건과 그 이행 의무의 새 담당자:</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>담당자 변경 중</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message numerus="yes">
        <source>Status of {0} contract(s):</source>
        <translation>
            <numerusform>계약 {0}건의 상태:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>상태 변경 중</translation>
    </message>
    <message numerus="yes">
        <source>Tag for {0} contract(s):</source>
        <translation>
            <numerusform>계약 {0}건에 붙일 태그:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>태그 추가 중</translation>
    </message>
    <message numerus="yes">
        <source>…and {0} more</source>
        <translation>
            <numerusform>…외 {0}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contracts</source>
        <translation>계약 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} contract(s) with their obligations?

{1}

You can undo this (Edit → Undo delete).</source>
        <translation>
            <numerusform>계약 {0}건과 그 이행 의무를 삭제하시겠습니까?

{1}

이 작업은 되돌릴 수 있습니다(편집 → 삭제 취소).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Undoing delete</source>
        <translation>삭제 취소 중</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>아무것도 변경되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>The register is sound.</source>
        <translation>대장에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The check found one problem.</source>
        <translation>검사에서 문제 1건을 발견했습니다.</translation>
    </message>
    <message>
        <source>The check found {0} problems.</source>
        <translation>검사에서 문제 {0}건을 발견했습니다.</translation>
    </message>
    <message>
        <source>One check could not be made.</source>
        <translation>검사 1건을 수행할 수 없었습니다.</translation>
    </message>
    <message>
        <source>{0} checks could not be made.</source>
        <translation>검사 {0}건을 수행할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>대장 검사</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>대장 검사 중…</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>검사를 실행할 수 없었습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this contract</source>
        <translation>다른 사람이 이 계약을 변경했습니다</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{0} saved “{1}” at {2}, after you opened it. Nothing has been overwritten.
Choose which version to keep:</source>
        <translation>계약을 연 뒤 {2}에 “{1}” 계약이 저장되었습니다(저장한 사람: {0}). 아무것도 덮어쓰지 않았습니다.
유지할 버전을 선택하십시오:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>다른 사용자 버전</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>내 버전으로 덮어쓰기</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>내 버전 버리고 다른 사용자 버전 보기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Move this register to a team server</source>
        <extracomment>Emitted with the Trial of each attempt (tests and the status line follow it).</extracomment>
        <translation>이 대장을 팀 서버로 옮기기</translation>
    </message>
    <message>
        <source>Connect to a team register</source>
        <translation>팀 대장에 연결</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <extracomment>Set when the keyring could not keep the password: open with it in memory.</extracomment>
        <translation>예: db.example.org</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>서버가 지원하면 암호화</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>항상 암호화</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>암호화, 서버 인증서 확인</translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation>암호화 안 함(신뢰할 수 있는 네트워크에서만)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Move here…</source>
        <translation>여기로 옮기기…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>The team register to copy this one into: set up with `contract-desk team init` and still empty. Your login must be the team&apos;s admin or the database&apos;s owner. The password is kept in this computer&apos;s keyring.</source>
        <translation>이 대장을 복사해 넣을 팀 대장입니다. `contract-desk team init`으로 설정되어 있고 아직 비어 있어야 합니다. 로그인한 사용자는 팀의 관리자이거나 데이터베이스 소유자여야 합니다. 비밀번호는 이 컴퓨터의 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>A register your team shares on a PostgreSQL server. The password is kept in this computer&apos;s keyring, never in Contract Desk&apos;s own files.</source>
        <translation>팀이 PostgreSQL 서버에서 공유하는 대장입니다. 비밀번호는 이 컴퓨터의 키링에 보관되며, Contract Desk 자체 파일에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>{0}에 연결 중…</translation>
    </message>
    <message>
        <source>{0} The password is used for this session only.</source>
        <translation>{0} 비밀번호는 이번 세션에서만 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Save now</source>
        <extracomment>restored(): the server answered again. save_requested(): &quot;Save now&quot; was pressed for the save left undone. How long to wait between two tries. Asked when the server is back: is there a save the user still has to make?</extracomment>
        <translation>지금 저장</translation>
    </message>
    <message>
        <source>Lost the connection to the team register {0} — retrying; nothing you typed is lost.</source>
        <translation>팀 대장 {0}에 대한 연결이 끊어졌습니다 — 다시 시도하는 중입니다. 입력한 내용은 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>The connection to {0} is back. Your changes are not saved yet.</source>
        <translation>{0}에 다시 연결되었습니다. 변경 내용은 아직 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Reference</source>
        <extracomment>The notice period&apos;s placeholder, in the person&apos;s units (&quot;3개월, 90일 또는 30영업일&quot;).</extracomment>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>계약 상대방</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>계약 유형</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>거래 구분</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>최초 계약 기간</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>갱신 기간</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>최대 갱신 횟수</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>최종 종료일</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>해지 통지 기간</translation>
    </message>
    <message>
        <source>Send notice … days earlier</source>
        <translation>해지 통지 여유 일수</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>해지 통지일</translation>
    </message>
    <message>
        <source>Notice ends it at</source>
        <translation>해지 시 종료 시점</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>공휴일 국가</translation>
    </message>
    <message>
        <source>Postal days</source>
        <translation>우편 배송 일수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>계약 금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>지급 조건</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>비밀유지 종료일</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>리마인더(며칠 전)</translation>
    </message>
    <message>
        <source>Your own number for the contract, e.g. C-2025-014</source>
        <translation>계약에 대해 자체적으로 붙인 번호입니다(예: C-2025-014)</translation>
    </message>
    <message>
        <source>The other party; typing an existing name reuses it</source>
        <translation>상대 당사자입니다. 기존 이름을 입력하면 그 계약 상대방을 다시 사용합니다</translation>
    </message>
    <message>
        <source>The one person who looks after this contract</source>
        <translation>이 계약을 맡아 관리하는 한 사람입니다</translation>
    </message>
    <message>
        <source>Draft, in review, terminated and archived win over the dates; active, renewed and expired follow the dates</source>
        <translation>초안, 검토 중, 해지됨, 보관됨은 일자보다 우선합니다. 유효, 갱신됨, 만료는 일자에 따라 정해집니다</translation>
    </message>
    <message>
        <source>The last day of the first term (inclusive); leave empty to use the initial term</source>
        <translation>최초 계약 기간의 마지막 날(포함)입니다. 비워 두면 최초 계약 기간의 길이를 사용합니다</translation>
    </message>
    <message>
        <source>Length of the first term, e.g. 2 years, 18 months, 90 days</source>
        <translation>최초 계약 기간의 길이입니다(예: 2 years, 18 months, 90 days)</translation>
    </message>
    <message>
        <source>Automatic: renews unless notice is given in time. By option: renews only if someone acts</source>
        <translation>자동: 기한 내에 해지 통지를 하지 않으면 갱신됩니다. 선택적: 누군가 조치할 때만 갱신됩니다</translation>
    </message>
    <message>
        <source>Length of each renewal; empty means the same as the initial term</source>
        <translation>갱신할 때마다의 기간입니다. 비워 두면 최초 계약 기간과 같습니다</translation>
    </message>
    <message>
        <source>How many times it may renew at most</source>
        <translation>최대로 갱신할 수 있는 횟수입니다</translation>
    </message>
    <message>
        <source>No term runs past this day</source>
        <translation>이 날짜를 넘어서는 계약 기간은 없습니다</translation>
    </message>
    <message>
        <source>e.g. 3 months, 90 days, 30 business days (weekends skipped)</source>
        <translation>예: 3 months, 90 days, 30 business days(주말 제외)</translation>
    </message>
    <message>
        <source>Send the notice this many days before the deadline (post, signatures)</source>
        <translation>해지 통지 기한보다 이 일수만큼 먼저 해지 통지를 발송합니다(우편, 서명 등)</translation>
    </message>
    <message>
        <source>The day notice was given; on or before a deadline, that term is the last</source>
        <translation>해지 통지를 한 날입니다. 해지 통지 기한 당일 또는 그 이전이면 해당 계약 기간이 마지막 기간이 됩니다</translation>
    </message>
    <message>
        <source>&quot;3 months&apos; notice to the end of a month&quot;: notice can end the contract only on such a day</source>
        <translation>&quot;월말 기준 3개월 전 해지 통지&quot;: 해지 통지로 계약은 그러한 날에만 종료될 수 있습니다</translation>
    </message>
    <message>
        <source>Business days and postal days skip this country&apos;s public holidays: its ISO code, e.g. NO, DE, US; empty means Monday to Friday</source>
        <translation>영업일과 우편 배송 일수에서 이 국가의 공휴일을 제외합니다. ISO 코드(예: NO, DE, US)를 입력하며, 비워 두면 월요일부터 금요일까지입니다</translation>
    </message>
    <message>
        <source>Working days the notice takes to arrive (registered post); the send-by date comes that much earlier</source>
        <translation>해지 통지가 도착하는 데 걸리는 영업일 수(등기 우편)입니다. 발송 기한이 그만큼 앞당겨집니다</translation>
    </message>
    <message>
        <source>The contract value, exact to the cent</source>
        <translation>계약 금액(센트 단위까지 정확하게)</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, NOK, KRW</source>
        <translation>ISO 4217 코드(예: EUR, NOK, KRW)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>갱신 없음</translation>
    </message>
    <message>
        <source>Automatic (tacit)</source>
        <translation>자동 갱신(묵시적)</translation>
    </message>
    <message>
        <source>By option only</source>
        <translation>선택적 갱신만</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>아무 날</translation>
    </message>
    <message>
        <source>the end of a month</source>
        <translation>월말</translation>
    </message>
    <message>
        <source>the end of a quarter</source>
        <translation>분기말</translation>
    </message>
    <message>
        <source>the end of a year</source>
        <translation>연말</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>매입</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>edited(): the person changed a field (not emitted while a contract is loaded).</extracomment>
        <translation>계약</translation>
    </message>
    <message>
        <source>Term and notice</source>
        <translation>계약 기간 및 해지 통지</translation>
    </message>
    <message>
        <source>Money and notes</source>
        <translation>금액 및 메모</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. critical, IT</source>
        <translation>쉼표로 구분(예: critical, IT)</translation>
    </message>
    <message>
        <source>e.g. C-2025-014</source>
        <translation>예: C-2025-014</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> 영업일</numerusform>
        </translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>없음: 월요일~금요일</translation>
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>An obligation&apos;s due date has passed and it is not met.</source>
        <translation>이행 의무의 이행 기한이 지났는데 이행되지 않았습니다.</translation>
    </message>
    <message>
        <source>A notice deadline, a final expiry or an obligation is due within 7 days.</source>
        <translation>해지 통지 기한, 최종 만료일 또는 이행 의무의 이행 기한이 7일 이내입니다.</translation>
    </message>
    <message>
        <source>One of those dates is within its 90-day reminder window.</source>
        <translation>그 일자 중 하나가 90일 리마인더 기간 안에 있습니다.</translation>
    </message>
    <message>
        <source>Nothing needs action in the next 90 days.</source>
        <translation>향후 90일 안에 조치할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Expired, terminated or archived.</source>
        <translation>만료, 해지됨 또는 보관됨.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Health colours</source>
        <translation>상태 점검 색상</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Send notice by</source>
        <extracomment>The sorted order restricted to the saved view, before the search words. Contracts picked on the dashboard (None: no such restriction).</extracomment>
        <translation>발송 기한</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>해지 통지 기한</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태 점검</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>계약 상대방</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>계약 유형</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>현재 계약 기간 종료일</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>가장 빠른 종료일</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>계약 금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Original end</source>
        <translation>최초 종료일</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>해지 통지 기간</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>지급 조건</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>최종 변경</translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue obligation(s)</source>
        <translation>
            <numerusform>기한 경과 이행 의무 {0}건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTimeline</name>
    <message>
        <source>No grouping</source>
        <extracomment>current_changed(str): the uid of the contract chosen on the timeline. open_requested(str): the uid of the contract whose detail to open. changed(): the register changed from here (a milestone met, alerts acknowledged).</extracomment>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <source>a month</source>
        <extracomment>Open obligations offered under &quot;Mark milestone met&quot;, at most. The spans of the &quot;Show&quot; menu: (text, days).</extracomment>
        <translation>1개월</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>1분기</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>two years</source>
        <translation>2년</translation>
    </message>
    <message>
        <source>five years</source>
        <translation>5년</translation>
    </message>
    <message>
        <source>twenty years</source>
        <translation>20년</translation>
    </message>
    <message>
        <source>By counterparty</source>
        <extracomment>The grouping choices: field → the words of the choice.</extracomment>
        <translation>계약 상대방별</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>담당자별</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>부서별</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>유형별</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>original term</source>
        <translation>최초 계약 기간</translation>
    </message>
    <message>
        <source>renewed term</source>
        <translation>갱신 기간</translation>
    </message>
    <message>
        <source>notice window (deadline → end of term)</source>
        <translation>해지 통지 구간(해지 통지 기한 → 계약 기간 종료)</translation>
    </message>
    <message>
        <source>send notice by</source>
        <translation>발송 기한</translation>
    </message>
    <message>
        <source>earliest end (open-ended, notice today)</source>
        <translation>가장 빠른 종료일 (기간 정함 없음, 오늘 통지 시)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>obligations:</source>
        <translation>이행 의무:</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>기한 내 이행</translation>
    </message>
    <message>
        <source>late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>면제됨</translation>
    </message>
    <message>
        <source>Drag to scroll; Ctrl+wheel to zoom; click a group to fold it; right-click a contract for more</source>
        <translation>끌어서 스크롤, Ctrl+휠로 확대/축소, 그룹을 클릭하면 접기, 계약을 마우스 오른쪽 버튼으로 클릭하면 추가 메뉴</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>축소(−, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>확대(+, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>전체 맞춤</translation>
    </message>
    <message>
        <source>Show every contract shown, first start to last end</source>
        <translation>표시된 모든 계약을 가장 이른 시작일부터 가장 늦은 종료일까지 표시합니다</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Scroll to today (T)</source>
        <translation>오늘로 스크롤(T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the visible timeline as PNG or PDF</source>
        <translation>보이는 타임라인을 PNG 또는 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시 기간</translation>
    </message>
    <message>
        <source>Zoom to a span of time starting a little before today</source>
        <translation>오늘 조금 전부터 시작하는 기간으로 확대합니다</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Acknowledge alerts ({0})</source>
        <translation>알림 확인 처리({0})</translation>
    </message>
    <message>
        <source>Mark milestone met</source>
        <translation>마일스톤 이행 표시</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내지 않음</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>{0}에 쓸 수 없었습니다.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>No custom fields. Imported columns without a field of their own appear here.</source>
        <translation>사용자 정의 필드가 없습니다. 자체 필드가 없는 가져온 열이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Restore the newest good backup…</source>
        <extracomment>The window&apos;s commands that write into the register. Settings → Approval rules… and Public holidays… are not among them: a register only read here shows its rules and country read-only, saying why (what a viewer of a team register needs to see too). found(str): the register was found damaged; SQLite&apos;s words.</extracomment>
        <translation>최신 정상 백업 복원…</translation>
    </message>
    <message>
        <source>This register is damaged (SQLite: {0}), so it is open read-only: you can read and export it, but not change it.</source>
        <translation>이 대장은 손상되어(SQLite: {0}) 읽기 전용으로 열려 있습니다. 읽고 내보낼 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>There is no good backup of it in {0}; export what you need and keep the file.</source>
        <translation>{0}에 이 대장의 정상 백업이 없습니다. 필요한 내용을 내보내고 파일은 보관하십시오.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.</source>
        <translation>최신 정상 백업: {0}</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>최신 정상 백업 복원</translation>
    </message>
    <message>
        <source>Replace the damaged register with the backup of {0}? Whatever was changed after that backup is not in it. The damaged file is kept beside the register, not deleted.</source>
        <translation>손상된 대장을 {0} 백업으로 바꾸시겠습니까? 그 백업 이후에 변경된 내용은 들어 있지 않습니다. 손상된 파일은 삭제되지 않고 대장 옆에 보관됩니다.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>복원되지 않음</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged register is kept as {0}.</source>
        <translation>백업이 복원되었습니다. 손상된 대장은 다음 이름으로 보관되어 있습니다: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Computing…</source>
        <extracomment>picked(str, frozenset[str]): a number or a bar was clicked: what it counts, the uids.</extracomment>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>유효 계약</translation>
    </message>
    <message>
        <source>Annual value of active contracts</source>
        <translation>유효 계약의 연간 금액</translation>
    </message>
    <message>
        <source>Notice deadlines within</source>
        <translation>기간 내 해지 통지 기한</translation>
    </message>
    <message>
        <source>Ending for good within</source>
        <translation>기간 내 최종 종료</translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation>기한 경과 이행 의무</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>대기 중인 알림</translation>
    </message>
    <message>
        <source>Met on time (last 12 months)</source>
        <translation>기한 내 이행(최근 12개월)</translation>
    </message>
    <message>
        <source>Key dates per month, next 12 months</source>
        <translation>월별 주요 일자(향후 12개월)</translation>
    </message>
    <message>
        <source>Payments due per month</source>
        <translation>월별 지급 예정액</translation>
    </message>
    <message>
        <source>What counterparties had to do: met on time vs late (⚠ at risk: late again and again)</source>
        <translation>계약 상대방의 이행 의무: 기한 내 이행 대 지연(⚠ 위험: 지연이 반복됨)</translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation>상태별 계약</translation>
    </message>
    <message>
        <source>Contracts by type</source>
        <translation>유형별 계약</translation>
    </message>
    <message>
        <source>terms ending for good</source>
        <translation>최종 종료되는 계약 기간</translation>
    </message>
    <message>
        <source>notice deadlines</source>
        <translation>해지 통지 기한</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>기한 내 이행</translation>
    </message>
    <message>
        <source>late or overdue</source>
        <translation>지연 또는 기한 경과</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>기한 내</translation>
    </message>
    <message>
        <source>late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {0}</source>
        <translation>대시보드를 계산할 수 없었습니다: {0}</translation>
    </message>
    <message>
        <source>The whole register on {0}. Click a number or a bar to list those contracts.</source>
        <translation>{0} 기준 대장 전체입니다. 숫자나 막대를 클릭하면 해당 계약이 나열됩니다.</translation>
    </message>
    <message>
        <source>Active contracts in {0}</source>
        <translation>{0} 유효 계약</translation>
    </message>
    <message numerus="yes">
        <source>Notice deadline within {0} days</source>
        <translation>
            <numerusform>{0}일 이내 해지 통지 기한</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending for good within {0} days</source>
        <translation>
            <numerusform>{0}일 이내 최종 종료</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts with overdue obligations</source>
        <translation>이행 의무가 기한 경과된 계약</translation>
    </message>
    <message>
        <source>Contracts with alerts waiting</source>
        <translation>대기 중인 알림이 있는 계약</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} met</source>
        <translation>
            <numerusform>이행 {1}건 중 {0}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations met in the last 12 months</source>
        <translation>최근 12개월 동안 이행된 이행 의무</translation>
    </message>
    <message numerus="yes">
        <source>{0} days</source>
        <translation>
            <numerusform>{0}일</numerusform>
        </translation>
    </message>
    <message>
        <source>open payments in {0}</source>
        <translation>{0} 미지급 금액</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0}</source>
        <extracomment>changed(): the date was typed or picked (or cleared).</extracomment>
        <translation>예: {0}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>날짜 선택</translation>
    </message>
    <message>
        <source>Not a date; write it like {0} or 2025-12-31</source>
        <translation>날짜가 아닙니다. {0} 또는 2025-12-31 형식으로 입력하십시오</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Details</source>
        <extracomment>A contract still being read after this long greys the editor: nothing is typed into the contract the person just left. saved(str): the uid of a contract saved here or changed in one of its tabs. save_ended(bool): a save ended; True saved (or nothing to save), False not saved (problems in the form, a conflict left open, an error). Only read here: nothing can be typed or saved (see set_read_only). The read of the contract to show (the newest request wins). The save under way, if any.</extracomment>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation>이행 의무(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>첨부 파일(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>변경 이력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>사용자 정의 필드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>변경 내용을 저장합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>마지막 저장 이후의 변경 내용을 버립니다</translation>
    </message>
    <message>
        <source>Select a contract, or press Ctrl+N for a new one.</source>
        <translation>계약을 선택하거나, Ctrl+N을 눌러 새 계약을 만드십시오.</translation>
    </message>
    <message>
        <source>Changed by {0} at {1}.</source>
        <translation>{1}에 {0} 님이 변경했습니다.</translation>
    </message>
    <message>
        <source>Your edits are kept; saving them shows both versions.</source>
        <translation>편집한 내용은 유지됩니다. 저장하면 두 버전이 모두 표시됩니다.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>새 계약</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>“{0}”의 변경 내용을 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 통합 문서(.xlsx)</translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (.csv)</source>
        <translation>모든 스프레드시트용 CSV(.csv)</translation>
    </message>
    <message>
        <source>Calendar of key dates (.ics)</source>
        <translation>주요 일자 캘린더(.ics)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF 보고서(.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>전체 계약</translation>
    </message>
    <message>
        <source>The contracts shown ({0})</source>
        <translation>표시된 계약({0}건)</translation>
    </message>
    <message>
        <source>The selected contracts ({0})</source>
        <translation>선택한 계약({0}건)</translation>
    </message>
    <message>
        <source>One-contract sheet of the selected contract</source>
        <translation>선택한 계약의 단일 계약 시트</translation>
    </message>
    <message>
        <source>Only the table&apos;s visible columns (otherwise every field, ready to import again)</source>
        <translation>표에 보이는 열만(선택하지 않으면 다시 가져올 수 있도록 모든 필드를 내보냄)</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation>일 후까지</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>계약:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>캘린더:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>{0} (*.{1})</source>
        <translation>{0} (*.{1})</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>파일을 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>{0} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>No contracts to export in that choice.</source>
        <translation>선택한 범위에 내보낼 계약이 없습니다.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>파일을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} 파일이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Writing {0} of {1}</source>
        <translation>{1}건 중 {0}건 쓰는 중</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>취소됨: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>내보내기에 실패했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File and sheet</source>
        <extracomment>The file dialog&apos;s filter in English (the wizard shows ``file_filter()``). Kinds of values a column left out of the fields should not be left out unnoticed. Kinds of problem the preview names in its summary (the rows list has them all).</extracomment>
        <translation>파일 및 시트</translation>
    </message>
    <message>
        <source>Choose the spreadsheet you kept your contracts in. The header row is found by itself; it is highlighted below.</source>
        <translation>계약을 관리해 온 스프레드시트를 선택하십시오. 머리글 행은 자동으로 찾으며, 아래에 강조 표시됩니다.</translation>
    </message>
    <message>
        <source>Type or paste the file&apos;s path and press Enter, or choose the file</source>
        <translation>파일 경로를 입력하거나 붙여넣고 Enter 키를 누르거나, 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>There is no file at {0}: check the path, or choose the file.</source>
        <translation>{0}에 파일이 없습니다. 경로를 확인하거나 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no file at {0}; {1} is still the file chosen.</source>
        <translation>{0}에 파일이 없습니다. 선택된 파일은 그대로 {1}입니다.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (숨김)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>파일 읽는 중</translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again to read it.</source>
        <translation>읽기가 취소되었습니다. 읽으려면 파일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>시트 읽는 중</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>이 파일은 가져올 수 없습니다: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} data rows found.</source>
        <translation>
            <numerusform>데이터 행 {0}개를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} lines of a report&apos;s printed pages (footers, the header again) are not contracts.</source>
        <translation>
            <numerusform>보고서 인쇄 페이지의 줄(바닥글, 반복된 머리글) {0}개는 계약이 아닙니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>{0}에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>This register is empty. How would you like to begin?</source>
        <translation>이 대장은 비어 있습니다. 어떻게 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>Bring in the Excel or CSV register you kept until now.</source>
        <translation>지금까지 관리해 온 Excel 또는 CSV 대장을 가져옵니다.</translation>
    </message>
    <message>
        <source>Importing Excel and CSV registers arrives with the importer.</source>
        <translation>Excel 및 CSV 대장 가져오기는 가져오기 기능이 추가되면 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>예시 데이터 불러오기</translation>
    </message>
    <message>
        <source>250 realistic sample contracts to look around; start a new register for your own.</source>
        <translation>둘러보기용 실제와 비슷한 예시 계약 250건입니다. 실제 계약은 새 대장을 만들어 관리하십시오.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>빈 대장으로 시작</translation>
    </message>
    <message>
        <source>Add your first contract with Ctrl+N.</source>
        <translation>Ctrl+N으로 첫 계약을 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <extracomment>saved(str, bool): what was done, and whether contracts were changed.</extracomment>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>none: Monday to Friday</source>
        <translation>없음: 월요일~금요일</translation>
    </message>
    <message>
        <source>Also give it now to every contract without a country</source>
        <translation>국가가 지정되지 않은 모든 계약에도 지금 적용</translation>
    </message>
    <message>
        <source>Business days (a notice period in business days, postal days) skip the public holidays of a contract&apos;s country. Contracts added from now on without a country of their own take this one; a contract&apos;s own country always wins.</source>
        <translation>영업일(영업일 기준 해지 통지 기간, 우편 배송 일수)은 계약 국가의 공휴일을 건너뜁니다. 앞으로 국가 없이 추가되는 계약에는 이 국가가 적용되며, 계약에 지정된 국가가 항상 우선합니다.</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>공휴일 국가:</translation>
    </message>
    <message>
        <source>Only an administrator of this team register may change it; you see it as it is.</source>
        <translation>이 팀 대장의 공휴일 설정은 관리자만 변경할 수 있습니다. 현재 설정을 볼 수만 있습니다.</translation>
    </message>
    <message>
        <source>This register is only read here: its public holidays cannot be changed.</source>
        <translation>이 대장은 여기에서 읽기 전용이므로 공휴일 설정을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Public holidays of {0} for contracts without a country of their own</source>
        <translation>국가가 지정되지 않은 계약에 {0}의 공휴일 적용</translation>
    </message>
    <message>
        <source>No register-wide public holidays</source>
        <translation>등록부 전체 공휴일 없음</translation>
    </message>
    <message numerus="yes">
        <source>; {0} contract(s) changed</source>
        <translation>
            <numerusform>; 계약 {0}건 변경됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Undone: {0} contracts removed, {1} restored.</source>
        <translation>취소 완료: 계약 {0}건을 제거하고 {1}건을 복원했습니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>By</source>
        <translation>실행한 사람</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Import history</source>
        <extracomment>changed(): an import was undone.</extracomment>
        <translation>가져오기 이력</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>이 가져오기 취소(&amp;U)…</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Nothing has been imported into this register yet.</source>
        <translation>이 대장에 아직 가져온 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Undo the import of {0}? Contracts it created are deleted (each can be brought back from its history); contracts it changed get their earlier values back, unless someone changed them since.</source>
        <translation>{0} 가져오기를 취소하시겠습니까? 이 가져오기로 생성된 계약은 삭제되고(각 계약은 변경 이력에서 되살릴 수 있습니다), 변경된 계약은 이전 값으로 돌아갑니다. 단, 그 뒤에 다른 사람이 변경한 계약은 제외됩니다.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets ({0});;All files (*)</source>
        <translation>스프레드시트 ({0});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <extracomment>The preview&apos;s rehearsal: storing it right after holds the write lock only to insert. Makes the plan again from the file when storing needs its rows (see store_plan).</extracomment>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>Importing {0} rows…</source>
        <translation>
            <numerusform>{0}행 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation>(사용자 정의 필드로 유지)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>계약 상대방</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>계약 유형</translation>
    </message>
    <message>
        <source>Scope / description</source>
        <translation>범위 / 설명</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Direction (buy/sell)</source>
        <translation>거래 구분(매입/매출)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Initial term (e.g. 24 months)</source>
        <translation>최초 계약 기간(예: 24개월)</translation>
    </message>
    <message>
        <source>Initial term in months (a bare number)</source>
        <translation>최초 계약 기간(개월 수, 숫자만)</translation>
    </message>
    <message>
        <source>Renewal (automatic/option/none)</source>
        <translation>갱신(자동/선택적/없음)</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>갱신 기간</translation>
    </message>
    <message>
        <source>Max. renewals</source>
        <translation>최대 갱신 횟수</translation>
    </message>
    <message>
        <source>Final end date</source>
        <translation>최종 종료일</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>해지 통지 기간</translation>
    </message>
    <message>
        <source>Notice buffer (days)</source>
        <translation>해지 통지 여유 일수</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>해지 통지일</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>계약 금액</translation>
    </message>
    <message>
        <source>Value with its currency in the cell</source>
        <translation>계약 금액(셀에 통화 포함)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>지급 조건</translation>
    </message>
    <message>
        <source>Confidential until</source>
        <translation>비밀유지 종료일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a row will be, in the preview&apos;s &quot;Will be&quot; column (the core&apos;s action -&gt; words).</extracomment>
        <translation>생성</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What happened to a row, in the report&apos;s &quot;What happened&quot; column.</extracomment>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>업데이트됨</translation>
    </message>
    <message>
        <source>kept as written: {0}</source>
        <translation>원문대로 보관: {0}</translation>
    </message>
    <message>
        <source>(nothing to store)</source>
        <translation>(저장할 값 없음)</translation>
    </message>
    <message>
        <source>{0} (no currency)</source>
        <translation>{0} (통화 없음)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>KeyDatesPanel</name>
    <message>
        <source>Original term</source>
        <translation>최초 계약 기간</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>현재 계약 기간</translation>
    </message>
    <message>
        <source>Renewals so far</source>
        <translation>지금까지의 갱신 횟수</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>해지 통지 기한</translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>발송 기한</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>다음 갱신 시작일</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>오늘 해지 통지 시 가장 빠른 종료일</translation>
    </message>
    <message>
        <source>Status by dates</source>
        <translation>일자 기준 상태</translation>
    </message>
    <message>
        <source>Key dates (computed)</source>
        <translation>주요 일자(계산됨)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Cannot compute: {0}</source>
        <translation>계산할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Enter a start or an end date to see the key dates.</source>
        <translation>주요 일자를 보려면 시작일 또는 종료일을 입력하십시오.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>저장하려면 표시된 필드를 수정하십시오.</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>시작일 모름</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>종료일 없음</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미정</translation>
    </message>
</context>
<context>
    <name>LaneTips</name>
    <message>
        <source>scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>기한 내 이행</translation>
    </message>
    <message>
        <source>late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>면제됨</translation>
    </message>
    <message>
        <source>No end date (runs until terminated)</source>
        <translation>종료일 없음(해지될 때까지 유지)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Original term ends</source>
        <translation>최초 계약 기간 종료일</translation>
    </message>
    <message numerus="yes">
        <source>Renewed {0} time(s); current term from {1}</source>
        <translation>
            <numerusform>{0}회 갱신됨, 현재 계약 기간 시작일 {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>발송 기한</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>해지 통지 기한</translation>
    </message>
    <message>
        <source>Current term ends</source>
        <translation>현재 계약 기간 종료일</translation>
    </message>
    <message>
        <source>Next renewal starts</source>
        <translation>다음 갱신 시작일</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>오늘 해지 통지 시 가장 빠른 종료일</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation>시스템 설정 따르기({0})</translation>
    </message>
    <message>
        <source>The language of Contract Desk on this computer: its window, reminders, reports and command line.</source>
        <translation>이 컴퓨터에서 Contract Desk가 사용할 언어입니다: 창, 리마인더, 보고서, 명령줄.</translation>
    </message>
    <message>
        <source>Contract Desk speaks the chosen language from its next start.</source>
        <translation>선택한 언어는 Contract Desk를 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Write notice letter</source>
        <extracomment>The letter languages by their own names (a letter&apos;s language is not the window&apos;s). The newest read of the facts: an older answer (the language before) is dropped.</extracomment>
        <translation>해지 통지서 작성</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>통지서 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Date of the letter:</source>
        <translation>통지서 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>서명자(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Our organisation:</source>
        <translation>당사 조직명(&amp;O):</translation>
    </message>
    <message>
        <source>Our &amp;address:</source>
        <translation>당사 주소(&amp;A):</translation>
    </message>
    <message>
        <source>Our organisation &amp;number:</source>
        <translation>당사 사업자등록번호(&amp;N):</translation>
    </message>
    <message>
        <source>The &amp;counterparty&apos;s address:</source>
        <translation>계약 상대방 주소(&amp;C):</translation>
    </message>
    <message>
        <source>What the letter says</source>
        <translation>통지서 내용</translation>
    </message>
    <message>
        <source>Use our own &amp;template…</source>
        <translation>당사 서식 사용(&amp;T)…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault again</source>
        <translation>기본 서식으로 되돌리기(&amp;F)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 문서(.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF(.pdf)</translation>
    </message>
    <message>
        <source>Save as attac&amp;hment</source>
        <translation>첨부 파일로 저장(&amp;H)</translation>
    </message>
    <message>
        <source>Save as f&amp;ile…</source>
        <translation>파일로 저장(&amp;I)…</translation>
    </message>
    <message>
        <source>Template: this register&apos;s own</source>
        <translation>서식: 이 대장의 자체 서식</translation>
    </message>
    <message>
        <source>Template: the default</source>
        <translation>서식: 기본 서식</translation>
    </message>
    <message>
        <source>Ends the contract on {0}</source>
        <translation>계약 종료일: {0}</translation>
    </message>
    <message>
        <source>Term: {0} – {1}</source>
        <translation>계약 기간: {0} – {1}</translation>
    </message>
    <message>
        <source>Notice deadline: {0}</source>
        <translation>해지 통지 기한: {0}</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>발신: {0}, 수신: {1}</translation>
    </message>
    <message>
        <source>(our organisation not named)</source>
        <translation>(당사 조직명 없음)</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>(계약 상대방 없음)</translation>
    </message>
    <message>
        <source>Notice letter saved</source>
        <translation>해지 통지서 저장됨</translation>
    </message>
    <message>
        <source>The letter is kept with the contract as {0}.</source>
        <translation>통지서가 계약의 첨부 파일 {0}(으)로 보관되었습니다.</translation>
    </message>
    <message>
        <source>Save the notice letter</source>
        <translation>해지 통지서 저장</translation>
    </message>
    <message>
        <source>Choose the letter template</source>
        <translation>통지서 서식 선택</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overdue obligations</source>
        <translation>기한 경과 이행 의무</translation>
    </message>
    <message>
        <source>Search reference, title, counterparty, owner, notes, tags… (Ctrl+F)</source>
        <translation>계약 번호, 제목, 계약 상대방, 담당자, 메모, 태그 검색… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>대장 읽는 중…</translation>
    </message>
    <message>
        <source>Loading contracts…</source>
        <translation>계약 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>{0} contracts loaded</source>
        <translation>
            <numerusform>계약 {0}건을 불러왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} contracts</source>
        <translation>
            <numerusform>계약 {1}건 중 {0}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+{0} more</source>
        <translation>
            <numerusform>외 {0}개</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the changes first: a notice changes the contract.</source>
        <translation>먼저 변경 내용을 저장하거나 되돌리세요. 해지 통지는 계약을 변경합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported {0} contracts to {1}</source>
        <translation>
            <numerusform>계약 {0}건을 내보냈습니다: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>대장을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Total value of the contracts shown, per currency</source>
        <translation>표시된 계약의 통화별 합계 금액</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns left on “keep as custom field” are kept with every contract, shown and searchable.</source>
        <translation>각 열이 어디로 들어가는지 확인하십시오. “사용자 정의 필드로 유지”로 둔 열은 모든 계약에 함께 보관되며, 표시되고 검색할 수 있습니다.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>값 종류</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>대상 필드</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>예시 값</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>저장될 값</translation>
    </message>
    <message>
        <source>(none: keep such amounts as text)</source>
        <translation>(없음: 해당 금액은 텍스트로 유지)</translation>
    </message>
    <message>
        <source>(the currency of your computer&apos;s region)</source>
        <translation>(컴퓨터의 지역 설정 통화)</translation>
    </message>
    <message>
        <source>Amounts that name no currency are in:</source>
        <translation>통화가 표시되지 않은 금액의 통화:</translation>
    </message>
    <message>
        <source>dates, not imported — start or end?</source>
        <translation>날짜, 가져오지 않음 — 시작일 또는 종료일?</translation>
    </message>
    <message>
        <source>amounts, not imported — the value?</source>
        <translation>금액, 가져오지 않음 — 계약 금액?</translation>
    </message>
    <message>
        <source>periods, not imported — the term?</source>
        <translation>기간, 가져오지 않음 — 계약 기간?</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>예/아니요</translation>
    </message>
    <message>
        <source>years</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>행 번호</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>긴 텍스트</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>이행됨</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>일부 이행됨</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>미이행</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>면제됨</translation>
    </message>
    <message>
        <source>Record “{0}”</source>
        <translation>“{0}” 기록</translation>
    </message>
    <message>
        <source>e.g. paid, bank reference 448812</source>
        <translation>예: 지급 완료, 은행 거래 번호 448812</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>일자:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>증빙:</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Given by us</source>
        <translation>당사 통지</translation>
    </message>
    <message>
        <source>Received from the counterparty</source>
        <translation>계약 상대방으로부터 수령</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>등기우편</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>포털</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>직접 전달</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Record a notice</source>
        <translation>해지 통지 기록</translation>
    </message>
    <message>
        <source>Add &amp;proof…</source>
        <translation>증빙 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>A receipt, the e-mail sent or received</source>
        <translation>영수증, 보내거나 받은 이메일</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>해지 통지:</translation>
    </message>
    <message>
        <source>Sent or received on:</source>
        <translation>발송일 또는 수령일:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>통지 방법:</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>수령 확인일:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>증빙:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>해지 통지 증빙</translation>
    </message>
    <message>
        <source>Enter the day the notice was sent or received.</source>
        <translation>해지 통지를 보내거나 받은 날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>Record a notice once it is given: the day is after today.</source>
        <translation>해지 통지는 통지한 후에 기록하세요. 날짜가 오늘 이후입니다.</translation>
    </message>
    <message>
        <source>It cannot be acknowledged before it was given.</source>
        <translation>통지일 이전에 수령 확인될 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>NoticesSection</name>
    <message>
        <source>Notice</source>
        <translation>해지 통지</translation>
    </message>
    <message>
        <source>On</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>통지 방법</translation>
    </message>
    <message>
        <source>Ends the contract on</source>
        <translation>계약 종료일</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>수령 확인일</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>changed(): a notice was recorded or withdrawn here (the contract&apos;s key dates moved).</extracomment>
        <translation>해지 통지</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>해지 통지 기록(&amp;N)…</translation>
    </message>
    <message>
        <source>A notice given to or received from the counterparty: the contract then ends on the term end it reaches, and its notice reminders stop</source>
        <translation>계약 상대방에게 보내거나 받은 해지 통지입니다. 계약은 통지가 적용되는 계약 기간의 종료일에 끝나고, 해지 통지 알림은 더 이상 울리지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>철회(&amp;W)</translation>
    </message>
    <message>
        <source>Take back a notice recorded by mistake</source>
        <translation>잘못 기록한 해지 통지를 철회합니다</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged…</source>
        <translation>수령 확인(&amp;K)…</translation>
    </message>
    <message>
        <source>Record the day the selected notice was acknowledged</source>
        <translation>선택한 해지 통지의 수령 확인일을 기록합니다</translation>
    </message>
    <message>
        <source>Add proo&amp;f…</source>
        <translation>증빙 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach a receipt or an e-mail to the selected notice</source>
        <translation>선택한 해지 통지에 영수증이나 이메일을 첨부합니다</translation>
    </message>
    <message>
        <source>Withdrawn by {0} on {1}</source>
        <translation>{0}이(가) {1}에 철회함</translation>
    </message>
    <message>
        <source>No notice recorded.</source>
        <translation>기록된 해지 통지가 없습니다.</translation>
    </message>
    <message>
        <source>Notice on {0}: the contract ends on {1}.</source>
        <translation>{0}에 해지 통지: 계약은 {1}에 종료됩니다.</translation>
    </message>
    <message>
        <source>Proof of the notice</source>
        <translation>해지 통지 증빙</translation>
    </message>
    <message>
        <source>Withdraw the notice of {0}? It no longer counts; the contract&apos;s key dates and reminders go back to what they were without it.</source>
        <translation>{0}의 해지 통지를 철회하시겠습니까? 이 통지는 더 이상 효력이 없으며, 계약의 주요 일자와 알림은 통지가 없던 때로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>해지 통지 철회</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Once</source>
        <translation>1회</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>분기마다</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>반기마다</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>매년</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>납품</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>통지</translation>
    </message>
    <message>
        <source>Renewal decision</source>
        <translation>갱신 결정</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>비밀유지</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>규정 준수</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>The obligation form&apos;s labels, in its order.</extracomment>
        <translation>종류</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>이행 주체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>이행 기한</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>리마인더(며칠 전)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Edit obligation</source>
        <translation>이행 의무 편집</translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation>새 이행 의무</translation>
    </message>
    <message>
        <source>We do</source>
        <translation>당사</translation>
    </message>
    <message>
        <source>The counterparty does</source>
        <translation>계약 상대방</translation>
    </message>
    <message>
        <source>Choose, or type an iCalendar rule such as FREQ=WEEKLY</source>
        <translation>선택하거나 FREQ=WEEKLY 같은 iCalendar 규칙을 입력하십시오</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Give the obligation a title.</source>
        <translation>이행 의무의 제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>이행 기한을 입력하십시오.</translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation>반복: {0}</translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <source>Due</source>
        <translation>이행 기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>이행 주체</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>이행일</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>The cells&apos; words for an obligation&apos;s status and kind (lower case, as in a sentence).</extracomment>
        <translation>예정</translation>
    </message>
    <message>
        <source>met</source>
        <translation>이행됨</translation>
    </message>
    <message>
        <source>partially met</source>
        <translation>일부 이행됨</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미이행</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>면제됨</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>납품</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>report</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>통지</translation>
    </message>
    <message>
        <source>renewal decision</source>
        <translation>갱신 결정</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>비밀유지</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>규정 준수</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <extracomment>How far ahead recurring obligations are listed occurrence by occurrence. changed(): an obligation was added, edited, marked or deleted here. Only read here (a viewer&apos;s team register...): no adding, changing or deleting.</extracomment>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mark met…</source>
        <translation>이행 표시(&amp;M)…</translation>
    </message>
    <message>
        <source>Record that it was met (with date and evidence), partly met, not met or waived</source>
        <translation>이행됨(일자와 증빙 포함), 일부 이행됨, 미이행 또는 면제됨으로 기록합니다</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>we</source>
        <translation>당사</translation>
    </message>
    <message>
        <source>they</source>
        <translation>계약 상대방</translation>
    </message>
    <message>
        <source>due</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>이행 의무 삭제</translation>
    </message>
    <message>
        <source>Delete “{0}”? The history keeps a record of it.</source>
        <translation>“{0}” 항목을 삭제하시겠습니까? 변경 이력에 기록이 남습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>OfflineCopyQuestion</name>
    <message numerus="yes">
        <source>{0} days old</source>
        <extracomment>The first copy waits this long after the window opened (its own load comes first). How often to look whether the copy is due. A copy older than this is taken again.</extracomment>
        <translation>
            <numerusform>{0}일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} hours old</source>
        <translation>
            <numerusform>{0}시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Team register out of reach</source>
        <translation>팀 대장에 연결할 수 없음</translation>
    </message>
    <message>
        <source>The team register {0} cannot be opened: {1}

Open the read-only copy kept on this computer instead? It was taken on {2} ({3}); changes made since are not in it.</source>
        <translation>팀 대장을 열 수 없습니다({0}): {1}

대신 이 컴퓨터에 보관된 읽기 전용 사본을 여시겠습니까? 사본은 {2}({3})에 만들어졌으며, 그 이후의 변경 내용은 들어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>OffsetsField</name>
    <message>
        <source>register default: {0}</source>
        <translation>대장 기본값: {0}</translation>
    </message>
    <message>
        <source>Days before the date to remind, e.g. 30, 7, 0 (0 = on the day). Empty: the register&apos;s default ({0}). &quot;none&quot;: no reminders.</source>
        <translation>일자 며칠 전에 리마인더를 보낼지 입력합니다(예: 30, 7, 0. 0 = 당일). 비워 두면 대장의 기본값({0})을 사용합니다. &quot;none&quot;을 입력하면 리마인더를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Write whole days before the date, like 30, 7, 0 (or &quot;none&quot;)</source>
        <translation>일자 며칠 전인지 정수로 입력하십시오(예: 30, 7, 0 또는 &quot;none&quot;)</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>e.g. {0}, {1} or {2}</source>
        <translation>예: {0}, {1} 또는 {2}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>예: {0}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>e.g. kari (lower-case letters, digits, _)</source>
        <translation>예: kari(영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>Viewer: reads everything</source>
        <translation>열람자: 모든 내용을 읽을 수 있음</translation>
    </message>
    <message>
        <source>Editor: also changes contracts and imports</source>
        <translation>편집자: 계약 변경 및 가져오기도 가능</translation>
    </message>
    <message>
        <source>Admin: also settings and people</source>
        <translation>관리자: 설정 및 사용자 관리도 가능</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>비밀번호를 유지하려면 비워 두십시오</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Give the person&apos;s user name.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>두 비밀번호가 다릅니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>A new person needs a password (said to them separately, not by e-mail with the rest).</source>
        <translation>새 사용자에게는 비밀번호가 필요합니다(다른 내용과 함께 이메일로 보내지 말고 따로 알려 주십시오).</translation>
    </message>
</context>
<context>
    <name>PickBar</name>
    <message>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} contract(s) picked on the dashboard: {1}</source>
        <translation>
            <numerusform>대시보드에서 선택한 계약 {0}건 표시 중: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>What the import will do with each row, the rows with problems first. Nothing is written yet.</source>
        <translation>가져오기가 각 행을 어떻게 처리할지 보여 줍니다. 문제가 있는 행이 먼저 나옵니다. 아직 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>문제가 있는 행만 표시</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>처리 예정</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Working out what importing would do…</source>
        <extracomment>The data rows of the sheet previewed (counted before its cells are let go).</extracomment>
        <translation>가져오기 결과를 미리 계산하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Checking {0} rows against the register…</source>
        <translation>
            <numerusform>{0}개 행을 대장과 대조하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.</source>
        <translation>
            <numerusform>{0}개 행: 생성 {1}, 업데이트 {2}, 변경 없음 {3}, 건너뜀 {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} and {1}, listed first (a cell that cannot be read is kept as text with a warning).</source>
        <translation>{0}과 {1}이 먼저 나열됩니다(읽을 수 없는 셀은 경고와 함께 텍스트로 유지됩니다).</translation>
    </message>
    <message numerus="yes">
        <source>{0} warnings</source>
        <translation>
            <numerusform>경고 {0}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} errors</source>
        <translation>
            <numerusform>오류 {0}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {0} more kinds of problem, in the rows below.</source>
        <translation>
            <numerusform>… 그 외 문제 유형 {0}가지는 아래 행에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>미리 보기를 만들 수 없었습니다: {0}</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was checked. Press Back (and Next to try again).</source>
        <translation>미리 보기가 취소되어 아무것도 검사하지 않았습니다. 뒤로를 누르십시오(다시 시도하려면 다음을 누르십시오).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Next.</source>
        <translation>다음을 누르기 전까지는 아무것도 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{0}. Open the team register with File → Connect to a team register… once its server can be reached.</source>
        <translation>{0}. 서버에 연결할 수 있게 되면 파일 → 팀 대장에 연결…로 팀 대장을 여십시오.</translation>
    </message>
    <message>
        <source>This register file is kept read-only as a backup: {0}</source>
        <translation>이 대장 파일은 백업으로 읽기 전용 보관됩니다: {0}</translation>
    </message>
    <message>
        <source>Read-only: your login {0} is a viewer of the team register {1}. You can read, search and export it; to change it, ask its admin to make you an editor.</source>
        <translation>읽기 전용: 로그인한 {0} 사용자는 팀 대장 {1}의 열람자입니다. 읽기, 검색, 내보내기는 할 수 있습니다. 변경하려면 관리자에게 편집자 권한을 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>{0} (team register)</source>
        <translation>{0} (팀 대장)</translation>
    </message>
    <message>
        <source>New register</source>
        <extracomment>What the person chose on the first start of an empty register (None: not asked).</extracomment>
        <translation>새 대장</translation>
    </message>
    <message>
        <source>{0} already exists. Choose Open register to open it.</source>
        <translation>{0} 파일이 이미 있습니다. 열려면 대장 열기를 선택하십시오.</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>대장 열기</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Move this register to a team server</source>
        <translation>이 대장을 팀 서버로 옮기기</translation>
    </message>
    <message>
        <source>Copy every contract, counterparty, obligation, reminder, setting, import, history entry and attachment of {0} into the team register {1}? The copy is checked (counts and file hashes) before it is kept. This file is then backed up and kept read-only, and the team register opens in this window.</source>
        <translation>{0}의 모든 계약, 계약 상대방, 이행 의무, 리마인더, 설정, 가져오기, 변경 이력 항목, 첨부 파일을 팀 대장 {1}에 복사하시겠습니까? 복사본은 유지하기 전에 검사(건수와 파일 해시)합니다. 그런 다음 이 파일은 백업되어 읽기 전용으로 보관되고, 이 창에서 팀 대장이 열립니다.</translation>
    </message>
    <message>
        <source>Moving the register</source>
        <translation>대장 옮기는 중</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>옮기지 않음</translation>
    </message>
    <message>
        <source>Nothing was moved; this register is as it was. {0}</source>
        <translation>아무것도 옮기지 않았습니다. 이 대장은 그대로입니다. {0}</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>옮김</translation>
    </message>
    <message>
        <source>{0} contracts and {1} attachment files are in the team register {2}. This file is kept read-only, with a backup in {3}.</source>
        <translation>계약 {0}건과 첨부 파일 {1}개가 팀 대장 {2}에 있습니다. 이 파일은 읽기 전용으로 보관되며, 백업은 {3}에 있습니다.</translation>
    </message>
    <message>
        <source>The new language takes effect when Contract Desk starts again.</source>
        <translation>새 언어는 Contract Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>대장을 열 수 없음</translation>
    </message>
    <message>
        <source>The register was saved to {0}, but it cannot be opened: {1}</source>
        <translation>대장은 {0}에 저장되었지만 열 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>The open register was saved to {0}.</source>
        <translation>열려 있던 대장을 {0}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>백업하고 사본을 검사하는 중…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backup failed its check</source>
        <translation>백업 검사 실패</translation>
    </message>
    <message>
        <source>The backup {0} was kept, but it failed its check: it {1}. It will not be offered for restore. Choose File → Check register… to look at the register itself.</source>
        <translation>백업 {0}: 보관되었지만 검사를 통과하지 못했습니다. 백업이 {1}. 이 백업은 복원 대상으로 제시되지 않습니다. 대장 자체를 살펴보려면 파일 → 대장 검사…를 선택하십시오.</translation>
    </message>
    <message>
        <source>Backed up to {0} (checked: intact)</source>
        <translation>{0}에 백업했습니다(검사 결과: 정상)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>There are no backups of this register yet.</source>
        <translation>이 대장의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>The register was restored. The state before the restore was saved as {0}.</source>
        <translation>대장을 복원했습니다. 복원 전 상태는 {0}에 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Creating {0} demo contracts…</source>
        <translation>
            <numerusform>예시 계약 {0}건 만드는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>예시 데이터</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty register. Use File → New register first.</source>
        <translation>예시 데이터는 빈 대장에만 넣을 수 있습니다. 먼저 파일 → 새 대장을 사용하십시오.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;A register of your signed contracts that warns you before notice deadlines, expiries and obligations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;Attachments:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {5}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;서명한 계약을 관리하고 해지 통지 기한, 만료, 이행 의무 전에 미리 알려 주는 계약 대장입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;데이터베이스:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;데이터 폴더:&lt;/b&gt; {3}&lt;br&gt;&lt;b&gt;첨부 파일:&lt;/b&gt; {4}&lt;br&gt;&lt;b&gt;백업:&lt;/b&gt; {5}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminder settings</source>
        <extracomment>Builds the OS schedule installer for a register (tests pass a recording one).</extracomment>
        <translation>리마인더 설정</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation>일 기한 경과 후</translation>
    </message>
    <message>
        <source>e.g. the head of purchasing</source>
        <translation>예: 구매 부서장</translation>
    </message>
    <message>
        <source>More reminders than this at once become one summary notification</source>
        <translation>한 번에 이보다 많은 리마인더는 요약 데스크톱 알림 하나로 표시됩니다</translation>
    </message>
    <message>
        <source>For everyone using this register</source>
        <translation>이 대장을 사용하는 모든 사람</translation>
    </message>
    <message>
        <source>Notice deadlines, send-by dates, term ends — remind (days before):</source>
        <translation>해지 통지 기한, 발송 기한, 종료일 — 리마인더(며칠 전):</translation>
    </message>
    <message>
        <source>Payments, deliveries and other obligations — remind (days before):</source>
        <translation>지급, 납품 및 기타 이행 의무 — 리마인더(며칠 전):</translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation>에스컬레이션 시점:</translation>
    </message>
    <message>
        <source>Escalation contact:</source>
        <translation>에스컬레이션 담당자:</translation>
    </message>
    <message>
        <source>One summary when more than:</source>
        <translation>이보다 많으면 요약 하나로:</translation>
    </message>
    <message>
        <source>Keep Contract Desk in the tray when the window is closed</source>
        <translation>창을 닫아도 Contract Desk를 트레이에 유지</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다</translation>
    </message>
    <message>
        <source>Remind me even when Contract Desk is not running</source>
        <translation>Contract Desk가 실행 중이 아닐 때도 리마인더 받기</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, KN</source>
        <translation>예: Kari Nordmann, KN</translation>
    </message>
    <message>
        <source>The owner names that are you, comma-separated. The inbox&apos;s &quot;Mine&quot; and your notifications then cover what you own and the escalations to you; empty: everything.</source>
        <translation>본인에 해당하는 담당자 이름을 쉼표로 구분하여 입력합니다. 그러면 알림함의 &quot;내 알림&quot;과 데스크톱 알림에 내가 담당하는 항목과 나에게 온 에스컬레이션이 표시됩니다. 비워 두면 모든 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>My names as owner:</source>
        <translation>담당자로서의 내 이름:</translation>
    </message>
    <message>
        <source>The OS schedule cannot be read: {0}</source>
        <translation>운영 체제 일정을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Installed: {0}</source>
        <translation>설치됨: {0}</translation>
    </message>
    <message>
        <source>Not installed. When on, the operating system runs a reminder check daily and at log-on (Windows Task Scheduler, macOS LaunchAgent or a systemd user timer).</source>
        <translation>설치되지 않았습니다. 켜면 운영 체제가 매일 그리고 로그인할 때 리마인더 확인을 실행합니다(Windows 작업 스케줄러, macOS LaunchAgent 또는 systemd 사용자 타이머).</translation>
    </message>
    <message>
        <source>Contract reminder days</source>
        <translation>계약 리마인더 일수</translation>
    </message>
    <message>
        <source>Obligation reminder days</source>
        <translation>이행 의무 리마인더 일수</translation>
    </message>
    <message>
        <source>Reminder schedule</source>
        <translation>리마인더 일정</translation>
    </message>
    <message>
        <source>The operating system did not accept the schedule:

{0}

The other settings were saved.</source>
        <translation>운영 체제가 일정을 받아들이지 않았습니다:

{0}

다른 설정은 저장되었습니다.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <extracomment>(whether the row has problems or is skipped, its texts in the preview&apos;s columns).</extracomment>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>What the import did. The rows it skipped are listed below, each with why.</source>
        <translation>가져오기 결과입니다. 건너뛴 행과 그 사유가 아래에 나열됩니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Save this report…</source>
        <translation>이 보고서 저장…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>이 가져오기 취소</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Done: {0} created, {1} updated, {2} unchanged, {3} skipped (of {4} rows). “Undo this import” takes the whole import back.</source>
        <translation>완료: 생성 {0}, 업데이트 {1}, 변경 없음 {2}, 건너뜀 {3}(전체 {4}행). “이 가져오기 취소”를 누르면 가져오기 전체가 취소됩니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>아무것도 가져오지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <source>Request approval</source>
        <translation>승인 요청</translation>
    </message>
    <message>
        <source>What the approvers should know</source>
        <translation>승인자가 알아야 할 내용</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>계약:</translation>
    </message>
    <message>
        <source>Approve:</source>
        <translation>승인 대상:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>The approvers the register&apos;s rules name see the request in their alerts inbox; the step can be taken once they approve.</source>
        <translation>등록부 규칙에 지정된 승인자는 알림함에서 요청을 봅니다. 승인되면 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>요청(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Replace the register with:</source>
        <translation>대장을 다음 백업으로 바꿉니다:</translation>
    </message>
    <message>
        <source>checked: intact</source>
        <translation>검사 결과: 정상</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>검사한 적 없음</translation>
    </message>
    <message>
        <source>{0} — failed its check, cannot be restored</source>
        <translation>{0} — 검사를 통과하지 못해 복원할 수 없음</translation>
    </message>
    <message>
        <source>{0} {1}. It is kept, but a damaged backup is never restored.</source>
        <translation>{0}: {1}. 보관은 되지만 손상된 백업은 복원하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Add an approval rule</source>
        <extracomment>An example threshold, shown the person&apos;s way in the value field&apos;s hint.</extracomment>
        <translation>승인 규칙 추가</translation>
    </message>
    <message>
        <source>Change the approval rule</source>
        <translation>승인 규칙 변경</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>모든 금액</translation>
    </message>
    <message>
        <source>The rule covers contracts worth this much or more, e.g. {0}. Empty: every value.</source>
        <translation>계약 금액이 이 금액 이상인 계약에 규칙이 적용됩니다(예: {0}). 비워 두면 모든 금액에 적용됩니다.</translation>
    </message>
    <message>
        <source>e.g. NOK</source>
        <translation>예: KRW</translation>
    </message>
    <message>
        <source>The threshold&apos;s currency (three letters). A contract in another currency is always covered: the register keeps no exchange rates.</source>
        <translation>기준 금액의 통화(영문 세 글자)입니다. 다른 통화로 된 계약에는 항상 적용됩니다. 대장에는 환율이 없습니다.</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, Ola Hansen</source>
        <translation>예: 김민준, 이서연</translation>
    </message>
    <message>
        <source>The people who approve, separated by commas</source>
        <translation>승인할 사람들을 쉼표로 구분하여 입력합니다</translation>
    </message>
    <message>
        <source>Needs approval:</source>
        <translation>승인 대상:</translation>
    </message>
    <message>
        <source>Contract type:</source>
        <translation>계약 유형:</translation>
    </message>
    <message>
        <source>From value:</source>
        <translation>최소 금액:</translation>
    </message>
    <message>
        <source>Approvers:</source>
        <translation>승인자:</translation>
    </message>
    <message>
        <source>Yes votes needed:</source>
        <translation>필요한 찬성 수:</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}명</translation>
    </message>
    <message>
        <source>The value {0} is not an amount; write it like {1}</source>
        <translation>값 {0}은(는) 금액이 아닙니다. {1}과(와) 같이 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved views</source>
        <extracomment>The sidebar key of the alerts inbox (not a view of the table). Group views list their most common values; the rest are reached through search. view_chosen(str): the key of the saved view chosen (&quot;all&quot;, &quot;owner:Kari&quot;, ALERTS_KEY...).</extracomment>
        <translation>저장된 보기</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Reminders that need attention (Ctrl+4)</source>
        <translation>조치가 필요한 리마인더(Ctrl+4)</translation>
    </message>
    <message>
        <source>{0} overdue or due today; {1} coming up</source>
        <translation>기한 경과 또는 오늘 기한 {0}건, 예정 {1}건</translation>
    </message>
    <message>
        <source>nothing due today; {0} coming up</source>
        <translation>오늘 기한 없음, 예정 {0}건</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>승인 요청 {0}건이 회신을 기다립니다</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>날짜까지 미루기</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. was_cancelled(): the job stopped at Cancel. progressed(int, int, str): done, total (0: unknown), what is being done. succeeded(object): the job&apos;s result, whatever it returned (so: object). failed(Exception): what the job raised. cancelled(): the job stopped at Cancel.</extracomment>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>viewer</source>
        <extracomment>A role inside a sentence (&quot;kari is now editor&quot;), translated; the code stays in the database.</extracomment>
        <translation>열람자</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>편집자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>changed(str): someone was added, changed or removed; what was done.</extracomment>
        <translation>팀</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>로그인 허용</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>사용자 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>역할 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Who may open this team register, and what they may do. The database enforces it: a viewer cannot change anything, even with other tools.</source>
        <translation>이 팀 대장을 열 수 있는 사람과 그 사람이 할 수 있는 일입니다. 데이터베이스가 이를 강제하므로, 열람자는 다른 도구를 사용하더라도 아무것도 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>열람자</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>편집자</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Give {0}: File → Connect to a team register…, server {1}, port {2}, database {3}, user {0} (and the password, said separately).</source>
        <translation>{0} 사용자에게 알려 줄 내용: 파일 → 팀 대장에 연결…, 서버 {1}, 포트 {2}, 데이터베이스 {3}, 사용자 {0}(비밀번호는 따로 알려 주십시오).</translation>
    </message>
    <message>
        <source>{0} was added as {1}.</source>
        <translation>{0} 사용자를 추가했습니다(역할: {1}).</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} 사용자의 역할이 이제 {1}입니다.</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>팀에서 제거</translation>
    </message>
    <message>
        <source>Take {0} out of the team? They can no longer open this register; what they did stays in the history.</source>
        <translation>{0} 사용자를 팀에서 제외하시겠습니까? 이 사용자는 더 이상 이 대장을 열 수 없으며, 이 사용자가 한 작업은 변경 이력에 남습니다.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>Show these {0} contract(s)</source>
        <extracomment>The tiles in reading order, as many a row as fit; the annual value spans a row below. Tiles a row, widest first. picked(str, frozenset[str]): a number was clicked: what it counts, the uids behind it.</extracomment>
        <translation>
            <numerusform>이 계약 {0}건 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>grouped by counterparty</source>
        <extracomment>Width of the frozen column with reference and title. A year fills about this share of the chart when the timeline first opens. Pixels the mouse must move before a press becomes a drag. Open-ended bars and very long terms stop counting towards &quot;fit all&quot; here. The chart&apos;s title of a grouping, by grouped field.</extracomment>
        <translation>계약 상대방별 그룹</translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation>담당자별 그룹</translation>
    </message>
    <message>
        <source>grouped by department</source>
        <translation>부서별 그룹</translation>
    </message>
    <message>
        <source>grouped by type</source>
        <translation>유형별 그룹</translation>
    </message>
    <message>
        <source>grouped by status</source>
        <translation>상태별 그룹</translation>
    </message>
    <message>
        <source>Contract (reference, title)</source>
        <extracomment>current_changed(str): the uid of the contract the user chose. open_requested(str): the uid of the contract to open (double click, Enter). menu_requested(str, QPoint): right-click on a contract: its uid, the global position.</extracomment>
        <translation>계약(계약 번호, 제목)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation>계약 타임라인</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Contract Desk</source>
        <extracomment>open_requested(): Open in the menu, or a click on the icon or on a summary message. open_contract(str): the uid of the contract whose reminder message was clicked. check_requested(): &quot;Check now&quot; in the menu. pause_toggled(bool): &quot;Pause reminders&quot; turned on (True) or off (False). quit_requested(): Quit in the menu.</extracomment>
        <translation>Contract Desk 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check reminders now</source>
        <translation>지금 리마인더 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>리마인더 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} deadline(s) need attention</source>
        <translation>
            <numerusform>{0}: 조치가 필요한 기한 {1}건</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing due</source>
        <translation>{0}: 기한 도래 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>{0} request(s) for approval wait for your answer</source>
        <translation>
            <numerusform>승인 요청 {0}건이 회신을 기다립니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Reminder check failed: {0}</source>
        <extracomment>answered(NotificationAction): a notification&apos;s button or body was clicked (moved here from desktop-notifier&apos;s thread: a signal emitted there is queued to this one).</extracomment>
        <translation>리마인더 확인에 실패했습니다: {0}</translation>
    </message>
    <message>
        <source>That notification is about another register ({0}); open it to act on it.</source>
        <translation>이 데스크톱 알림은 다른 대장({0})에 관한 것입니다. 조치하려면 그 대장을 여십시오.</translation>
    </message>
    <message>
        <source>Acknowledged from the notification.</source>
        <translation>데스크톱 알림에서 확인 처리했습니다.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow from the notification.</source>
        <translation>데스크톱 알림에서 내일까지 미뤘습니다.</translation>
    </message>
    <message>
        <source>the alerts inbox</source>
        <translation>알림함</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <extracomment>Where the notifications went, by the notifier&apos;s internal name, in a person&apos;s words.</extracomment>
        <translation>데스크톱 알림</translation>
    </message>
    <message>
        <source>the tray</source>
        <translation>트레이</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>로그</translation>
    </message>
    <message numerus="yes">
        <source>{0} reminder notification(s) shown ({1})</source>
        <translation>
            <numerusform>리마인더 알림 {0}건 표시됨({1})</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract Desk keeps running here and will remind you. Quit it from this icon&apos;s menu.</source>
        <translation>Contract Desk는 여기에서 계속 실행되며 리마인더를 보냅니다. 종료하려면 이 아이콘의 메뉴를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Waiting for another program using this register…</source>
        <extracomment>waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.</extracomment>
        <translation>이 대장을 사용하는 다른 프로그램을 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the register</source>
        <extracomment>The first reminder check waits this long after the window shows the register. Set to 1, the window quits (status 0) as soon as it shows the register&apos;s contracts: how bench/bench_bundle.py times a start, bundle against ``python -m contract_desk``.</extracomment>
        <translation>대장을 열 수 없음</translation>
    </message>
    <message>
        <source>The register could not be opened:

{0}</source>
        <translation>대장을 열 수 없었습니다:

{0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy: another program or a background check is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>대장이 사용 중입니다. 다른 프로그램이나 백그라운드 검사가 대장에 쓰고 있습니다. 아무것도 변경되지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>문제가 발생했습니다: {0}</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>자세한 내용은 {0}에 있습니다</translation>
    </message>
    <message>
        <source>Register busy</source>
        <translation>대장 사용 중</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>변경되지 않음</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>not_saved</name>
    <message>
        <source>Contract Desk registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Contract Desk 대장 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Register file gone</source>
        <translation>대장 파일 없음</translation>
    </message>
    <message>
        <source>Save the open register as a file now?</source>
        <translation>열려 있는 대장을 지금 파일로 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Save the open register as…</source>
        <translation>열려 있는 대장을 다른 이름으로 저장…</translation>
    </message>
</context>
<context>
    <name>save_to</name>
    <message>
        <source>import-report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>contract-report</source>
        <extracomment>The table&apos;s column keys that the export names differently. The stem of an export&apos;s suggested file name, by what it holds (translated).</extracomment>
        <translation>계약 보고서</translation>
    </message>
    <message>
        <source>contract-deadlines</source>
        <translation>계약 기한</translation>
    </message>
    <message>
        <source>contract-register</source>
        <translation>계약 대장</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
</TS>
