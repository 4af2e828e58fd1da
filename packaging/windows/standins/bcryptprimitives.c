/* Test-only stand-in for bcryptprimitives.dll's ProcessPrng (Windows 10+), which Rust's standard
 * library imports (cryptography, python-calamine) and Wine 8 lacks. Forwards to advapi32's
 * SystemFunction036 (RtlGenRandom). Compiled into the Wine test prefix only. */
#include <windows.h>

typedef BOOLEAN(WINAPI *gen_random)(PVOID, ULONG);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    static gen_random generate;
    if (!generate) {
        HMODULE advapi = LoadLibraryA("advapi32.dll");
        if (!advapi) return FALSE;
        generate = (gen_random)(void *)GetProcAddress(advapi, "SystemFunction036");
        if (!generate) return FALSE;
    }
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!generate(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
