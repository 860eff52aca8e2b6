; Inno Setup script of the rtdesk installer (Inno Setup 6.3 or newer).
;
; Build the one-folder bundle first (python packaging\build_bundle.py), then, from the project
; folder:   iscc packaging\windows\rtdesk.iss
; The result is dist\rtdesk-<version>-setup.exe. The version is read from the version resource
; of the bundled rtdesk.exe (written by the PyInstaller spec from rtdesk.__version__), so it
; cannot drift; /DBundleDir=<folder> builds from another bundle folder.
;
; The installer asks whether to install for the current user only (no administrator rights,
; into %LOCALAPPDATA%\Programs) or for all users (Program Files), in Italian or English.
; Uninstalling removes the program, never the user's database in %APPDATA%\rtdesk.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible architecture identifier)
#endif

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\rtdesk"
#endif
#define AppExe "rtdesk.exe"
#if !FileExists(BundleDir + "\" + AppExe)
  #error The bundle is missing: run python packaging\build_bundle.py first
#endif
#define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#define AppPublisher "Città metropolitana di Torino"

[Setup]
; The AppId identifies rtdesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{A7B77C1B-CEA7-4365-BF2A-675FC5AB7712}
AppName=rtdesk
AppVersion={#AppVersion}
AppVerName=rtdesk {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppPublisher} - EUPL-1.2
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=rtdesk
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription=rtdesk {#AppVersion} - programma di installazione
DefaultDirName={autopf}\rtdesk
DefaultGroupName=rtdesk
DisableProgramGroupPage=yes
; Per-user by default (office PCs often give no administrator rights); the first page offers
; "install for all users" to those who have them, and /ALLUSERS or /CURRENTUSER choose silently.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
SetupIconFile=..\..\resources\icons\rtdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=rtdesk {#AppVersion}
WizardStyle=modern
OutputDir=..\..\dist
OutputBaseFilename=rtdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
italian.AppComment=Segreteria del Tavolo permanente delle zone omogenee
english.AppComment=Secretariat of the Round Table of the homogeneous zones

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle: files left by an older one must not be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\rtdesk"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\rtdesk"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,rtdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What the program folder gained at run time (compiled migration scripts); the user's database
; lives in %APPDATA%\rtdesk and stays.
Type: filesandordirs; Name: "{app}\_internal"
