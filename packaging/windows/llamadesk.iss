; Inno Setup script: a per-user installer for the PyInstaller bundle (no admin rights).
;
;   iscc /DAppVersion=0.1.0 /DVariant=cpu packaging\windows\llamadesk.iss
;
; Input: dist\llamadesk\ (PyInstaller; the MSVC and OpenMP runtimes llama.cpp
; needs are copied beside the exe by packaging\windows\build.ps1).
; Output: dist\installers\LlamaDesk-<version>-windows-x64-<variant>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Variant
  #define Variant "cpu"
#endif

[Setup]
AppId={{6C0F3E9A-2B8D-4F57-9A41-1D5C7B2E8F30}
AppName=LlamaDesk
AppVersion={#AppVersion}
AppVerName=LlamaDesk {#AppVersion}
AppPublisher=LlamaDesk developers
AppPublisherURL=https://github.com/llamadesk/llamadesk
DefaultDirName={localappdata}\Programs\LlamaDesk
DefaultGroupName=LlamaDesk
DisableProgramGroupPage=yes
; Per user: no UAC prompt, and an upgrade installs over the same folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installers
OutputBaseFilename=LlamaDesk-{#AppVersion}-windows-x64-{#Variant}-setup
SetupIconFile=llamadesk.ico
UninstallDisplayIcon={app}\LlamaDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\llamadesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LlamaDesk"; Filename: "{app}\LlamaDesk.exe"
Name: "{userdesktop}\LlamaDesk"; Filename: "{app}\LlamaDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LlamaDesk.exe"; Description: "{cm:LaunchProgram,LlamaDesk}"; Flags: nowait postinstall skipifsilent

[Code]
// Conversations, settings and models live in the user's AppData folders, not
// in {app}. The uninstaller asks whether to keep them; the default is to keep.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\llamadesk');
    if DirExists(Data) then
      if MsgBox('Also delete your LlamaDesk conversations and downloaded models?' + #13#10 +
                '(' + Data + ')' + #13#10#13#10 +
                'Choose No to keep them for a later installation.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Data, True, True, True);
  end;
end;
