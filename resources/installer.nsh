; Windows: Lectern joins each article type's "Open with" list and never takes over the default
; program (electron-builder's fileAssociations would overwrite the user's defaults for .txt,
; .html, .pdf and .docx and not restore them on uninstall). Included by electron-builder.yml
; (nsis.include). SHELL_CONTEXT is HKCU for a per-user install, HKLM for a per-machine one.
!define LECTERN_PROGID "Lectern.Article"

!macro lecternOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${LECTERN_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${PRODUCT_FILENAME}.exe\SupportedTypes" ".${EXT}" ""
!macroend

!macro lecternNoLongerOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${LECTERN_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${LECTERN_PROGID}" "" "Article for Lectern"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${LECTERN_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${LECTERN_PROGID}\shell\open" "" "Open with Lectern"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${LECTERN_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${PRODUCT_FILENAME}.exe\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro lecternOpenWith "txt"
  !insertmacro lecternOpenWith "md"
  !insertmacro lecternOpenWith "markdown"
  !insertmacro lecternOpenWith "html"
  !insertmacro lecternOpenWith "htm"
  !insertmacro lecternOpenWith "epub"
  !insertmacro lecternOpenWith "pdf"
  !insertmacro lecternOpenWith "docx"
  ; tell Explorer the associations changed (SHCNE_ASSOCCHANGED, SHCNF_IDLIST)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  !insertmacro lecternNoLongerOpenWith "txt"
  !insertmacro lecternNoLongerOpenWith "md"
  !insertmacro lecternNoLongerOpenWith "markdown"
  !insertmacro lecternNoLongerOpenWith "html"
  !insertmacro lecternNoLongerOpenWith "htm"
  !insertmacro lecternNoLongerOpenWith "epub"
  !insertmacro lecternNoLongerOpenWith "pdf"
  !insertmacro lecternNoLongerOpenWith "docx"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${LECTERN_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${PRODUCT_FILENAME}.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
