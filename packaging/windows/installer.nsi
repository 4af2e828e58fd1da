; HTX Desktop installer (NSIS 3, built on Linux by packaging/windows/build_and_test.sh):
;
;   makensis -DVERSION=0.1.0 -DDIST=dist/windows/HTXDesktop -DOUTFILE=... -DICON=build/htx.ico \
;            [-DCOMPRESSOR=zlib] packaging/windows/installer.nsi
;
; Per user, no administrator rights (office PCs are locked down): the program goes to
; %LOCALAPPDATA%\Programs\HTX Desktop, every registry key to HKCU. Start-menu and desktop
; shortcuts with Vietnamese names; .htxpkg opens the import preview and .htxsetup the office
; set-up (HTXDesktop.exe "%1": a window already open on the database receives the file).
; The uninstaller removes the program and keeps the data folder (%LOCALAPPDATA%\HTX\HTXDesktop:
; the database, backups, log) unless the user says to remove it (silently: /REMOVEDATA).
; Silent install: setup.exe /S [/D=folder]; silent uninstall: uninstall.exe /S [/REMOVEDATA].

; A 64-bit installer, like the program (and Wine without its 32-bit part runs only these).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
;; LZMA for a release (smallest); the CI build passes -DCOMPRESSOR=zlib (much quicker to make).
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define PRODUCT "HTX Desktop"
!define PUBLISHER "HTX"
!define APP_EXE "HTXDesktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\HTXDesktop"
!define START_FOLDER "$SMPROGRAMS\HTX Desktop"
!define SHORTCUT "HTX Desktop - Quản lý hợp tác xã.lnk"
!define PACKAGE_TYPE "HTXDesktop.GoiDongBo"
!define SETUP_TYPE "HTXDesktop.TepThietLap"
!define DATA_DIR "$LOCALAPPDATA\HTX\HTXDesktop"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\HTX Desktop"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${PRODUCT}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

!macro Association EXT TYPE DESCRIPTION
  WriteRegStr HKCU "Software\Classes\${EXT}" "" "${TYPE}"
  WriteRegStr HKCU "Software\Classes\${TYPE}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "Software\Classes\${TYPE}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${TYPE}\shell" "" "open"
  WriteRegStr HKCU "Software\Classes\${TYPE}\shell\open" "" "Mở bằng HTX Desktop"
  WriteRegStr HKCU "Software\Classes\${TYPE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
!macroend

Section "HTX Desktop" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A newer build replaces the old one whole: no stale module is left behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\Gỡ cài đặt.exe"

  CreateDirectory "${START_FOLDER}"
  CreateShortcut "${START_FOLDER}\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "${START_FOLDER}\Gỡ cài đặt HTX Desktop.lnk" "$INSTDIR\Gỡ cài đặt.exe"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  !insertmacro Association ".htxpkg" "${PACKAGE_TYPE}" "Gói đồng bộ HTX"
  !insertmacro Association ".htxsetup" "${SETUP_TYPE}" "Tệp thiết lập đơn vị HTX"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Gỡ cài đặt.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Gỡ cài đặt.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; The program's own files only: a data/ folder beside it (portable mode) is never removed.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\htx.exe"
  Delete "$INSTDIR\portable"
  Delete "$INSTDIR\Gỡ cài đặt.exe"
  RMDir "$INSTDIR"

  Delete "${START_FOLDER}\${SHORTCUT}"
  Delete "${START_FOLDER}\Gỡ cài đặt HTX Desktop.lnk"
  RMDir "${START_FOLDER}"
  Delete "$DESKTOP\${SHORTCUT}"

  ; Only our own associations: an extension another program has taken over is left alone.
  ReadRegStr $0 HKCU "Software\Classes\.htxpkg" ""
  ${If} $0 == "${PACKAGE_TYPE}"
    DeleteRegKey HKCU "Software\Classes\.htxpkg"
  ${EndIf}
  ReadRegStr $0 HKCU "Software\Classes\.htxsetup" ""
  ${If} $0 == "${SETUP_TYPE}"
    DeleteRegKey HKCU "Software\Classes\.htxsetup"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PACKAGE_TYPE}"
  DeleteRegKey HKCU "Software\Classes\${SETUP_TYPE}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The data stays unless asked: it is the office's register, not part of the program.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    RMDir /r "${DATA_DIR}"
  ${ElseIfNot} ${Silent}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
      "Xóa cả dữ liệu của HTX Desktop (cơ sở dữ liệu, các bản sao lưu và nhật ký) trong \
      ${DATA_DIR}?$\r$\n$\r$\nChọn Không để giữ lại dữ liệu (nên chọn nếu sẽ cài lại)." \
      /SD IDNO IDNO keep
    RMDir /r "${DATA_DIR}"
    keep:
  ${EndIf}
  RMDir "$LOCALAPPDATA\HTX"
SectionEnd
