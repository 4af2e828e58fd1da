/* Test-only stand-in for mscms.dll, for Qt's windows platform plugin (qwindows.dll) under Wine 8,
 * whose mscms lacks WcsCreateIccProfile. It exports the four functions qwindows imports, each
 * failing cleanly, so Qt keeps its default sRGB colour space. Loaded only where a run asks for it
 * (WINEDLLOVERRIDES=mscms=n); compiled into the Wine test prefix only, never into the program. */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD sharing,
                                                      DWORD creation) {
    (void)profile; (void)access; (void)sharing; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
