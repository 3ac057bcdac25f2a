; Inno Setup script: a per-user installer for Contract Desk (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\contract-desk /DOutputDir=dist ^
;        [/DIconFile=build\contract-desk.ico] packaging\windows\contract_desk.iss
;
; SourceDir is the onedir PyInstaller built from packaging/contract_desk.spec. Run
; by .github/workflows/release.yml on a Windows runner; it has not been run by us
; (nothing here can run Inno Setup), so read it before trusting it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\contract-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

; The process calls SetCurrentProcessExplicitAppUserModelID with this same value
; (contract_desk/os_identity.py); Windows shows the app's toasts under the
; Start-menu shortcut that carries it, with its name and icon.
#define AppUserModelID "ContractDesk.ContractDesk"
#define AppExe "contract-desk.exe"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{E0EB9E46-1E91-44A3-9AB4-1AB8C51FDD37}
AppName=Contract Desk
AppVersion={#AppVersion}
AppPublisher=Contract Desk developers
AppVerName=Contract Desk {#AppVersion}
; Per user: %LOCALAPPDATA%\Programs\Contract Desk, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Contract Desk
DefaultGroupName=Contract Desk
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Contract Desk
OutputDir={#OutputDir}
OutputBaseFilename=ContractDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Contract Desk (window or tray) before replacing its files.
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Tasks]
Name: "dailyreminders"; Description: "Check for due reminders every day, even when Contract Desk is closed"; GroupDescription: "Reminders:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Contract Desk"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\Contract Desk"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
; The daily run: a Task Scheduler task for this user only (contract-desk schedule install).
Filename: "{app}\{#AppExe}"; Parameters: "schedule install"; StatusMsg: "Scheduling the daily reminder check..."; Flags: runhidden waituntilterminated; Tasks: dailyreminders
Filename: "{app}\{#AppExe}"; Description: "Start Contract Desk"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Taken out before the files go, whether or not the task was chosen (removing an
; absent schedule changes nothing).
Filename: "{app}\{#AppExe}"; Parameters: "schedule remove"; RunOnceId: "RemoveDailyReminders"; Flags: runhidden waituntilterminated
