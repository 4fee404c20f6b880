;; CCHC Desktop: per-user Windows installer (NSIS 3, 64-bit Unicode stub).
;;
;; Built by packaging/windows.sh, which passes:
;;   /DVERSION=0.1.0  /DVERSION4=0.1.0.0  /DSRCDIR=<PyInstaller folder>  /DOUTFILE=<setup.exe>
;;   [/DAPPICON=<resources/icons/app.ico>]  [/DFAST: no compression, for tests]
;;
;; - installs for the current user only, no admin: $LOCALAPPDATA\Programs\CCHC Desktop
;; - Start-menu shortcut and optional desktop shortcut named "Chấm điểm CCHC"
;; - Apps & features entry under HKCU
;; - upgrade in place: replaces the program files, never touches the user's data in
;;   $LOCALAPPDATA\CCHC\CCHC Desktop (platformdirs.user_data_path("CCHC Desktop", "CCHC"))
;; - uninstall keeps that data unless the user ticks the box, or passes /REMOVEDATA
;;   in silent mode:  Uninstall.exe /S /REMOVEDATA

Target amd64-unicode
Unicode true
ManifestDPIAware true
!ifdef FAST
  SetCompress off              ; test-only builds (the smoke test's "previous version")
!else
  SetCompressor /SOLID lzma
  ; a 64 MB dictionary (default 8 MB) lets LZMA see across the whole Qt/Python payload
  SetCompressorDictSize 64
!endif
RequestExecutionLevel user

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef SRCDIR
  !error "pass /DSRCDIR=<PyInstaller one-folder bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "CCHC-Desktop-Setup-${VERSION}-x64.exe"
!endif

!define APPNAME "CCHC Desktop"
!define PUBLISHER "CCHC"
!define EXENAME "cchc-desktop.exe"
!define SHORTCUT "Chấm điểm CCHC"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
!define APPKEY "Software\${PUBLISHER}\${APPNAME}"
; Where the app keeps its database (platformdirs on Windows, roaming=False).
!define DATADIR "$LOCALAPPDATA\${PUBLISHER}\${APPNAME}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${APPKEY}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!ifdef APPICON
  !define MUI_ICON "${APPICON}"
  !define MUI_UNICON "${APPICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

; Remember the language the user picked (per user).
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APPKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALWAYSSHOW

!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunText)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: the installer starts in Vietnamese.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgramName ${LANG_VIETNAMESE} "Chương trình ${APPNAME}"
LangString SecProgramName ${LANG_ENGLISH} "${APPNAME} program"
LangString SecDesktopName ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString RunText ${LANG_VIETNAMESE} "Mở ${SHORTCUT}"
LangString RunText ${LANG_ENGLISH} "Start ${SHORTCUT}"
LangString UnSecProgramName ${LANG_VIETNAMESE} "Gỡ chương trình (giữ lại dữ liệu)"
LangString UnSecProgramName ${LANG_ENGLISH} "Remove the program (keeps your data)"
LangString UnSecDataName ${LANG_VIETNAMESE} "Xóa cả dữ liệu chấm điểm (không thể khôi phục)"
LangString UnSecDataName ${LANG_ENGLISH} "Also delete all scoring data (cannot be undone)"
LangString AppRunning ${LANG_VIETNAMESE} "${SHORTCUT} đang chạy. Hãy đóng chương trình rồi bấm Thử lại."
LangString AppRunning ${LANG_ENGLISH} "${SHORTCUT} is running. Close it, then click Retry."

; ---------------------------------------------------------------------------------
Function .onInit
  SetShellVarContext current
  ; Vietnamese first, whatever the Windows display language (a remembered choice wins).
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Section "!$(SecProgramName)" SecProgram
  SectionIn RO
  SetShellVarContext current

  ; Upgrade in place: remove the previous program files (only ours, by name), then
  ; copy the new ones. The data folder is elsewhere and is never touched here.
  ${If} ${FileExists} "$INSTDIR\${EXENAME}"
    ClearErrors
    Delete "$INSTDIR\${EXENAME}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY +2
      Abort
      Delete "$INSTDIR\${EXENAME}"
    ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"

  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0

  WriteRegStr HKCU "${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APPKEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${SHORTCUT} (${APPNAME})"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
SectionEnd

; ---------------------------------------------------------------------------------

Section "!un.$(UnSecProgramName)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  ; Only what the installer put there, never a recursive delete of $INSTDIR itself.
  Delete "$INSTDIR\${EXENAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${APPKEY}"
SectionEnd

Section /o "un.$(UnSecDataName)" UnSecData
  SetShellVarContext current
  RMDir /r "${DATADIR}"
  RMDir "$LOCALAPPDATA\${PUBLISHER}"
SectionEnd

; After the sections, so that ${UnSecData} is defined.
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
