/*
 * Smoke-test-only stand-in for Windows' bcryptprimitives.dll, which wine 8 lacks.
 *
 * Qt6Pdf.dll (pdfium, Chromium's base) resolves ProcessPrng from bcryptprimitives.dll
 * on first use and stops with a breakpoint (int3) if it cannot. Windows 8 and later
 * have it. This stub forwards to bcrypt's system RNG, which wine has.
 *
 * Built with mingw-w64 into the smoke-test wine prefix's system32 only; NEVER shipped.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
