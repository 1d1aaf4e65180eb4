// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/vector_state.h"

#if defined(_MSC_VER) && defined(_M_X64)
#include <immintrin.h>
#include <intrin.h>
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#include <cpuid.h>
#endif

namespace gridshare {

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)

namespace {
// A function of its own compiled for AVX, so the rest of the engine stays baseline x86-64.
__attribute__((target("avx"))) void zeroUpper() noexcept
{
    __builtin_ia32_vzeroupper();
}
} // namespace

bool upperVectorStateClearing() noexcept
{
    // libgcc's test checks both the CPU flag and that the system saves the AVX state (XCR0).
    static const bool avx = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx") != 0;
    }();
    return avx;
}

void clearUpperVectorState() noexcept
{
    if (upperVectorStateClearing())
        zeroUpper();
}

void leaveUpperVectorStateInUse() noexcept
{
    if (upperVectorStateClearing())
        asm volatile("vpcmpeqd %%xmm0, %%xmm0, %%xmm0\n\t"
                     "vinsertf128 $1, %%xmm0, %%ymm0, %%ymm0" ::
                         : "xmm0");
}

bool upperVectorStateObservable() noexcept
{
    static const bool observable = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        return upperVectorStateClearing() && __get_cpuid_count(0xd, 1, &a, &b, &c, &d) && (a & (1u << 2)) != 0;
    }();
    return observable;
}

bool upperVectorStateInUse() noexcept
{
    if (!upperVectorStateObservable())
        return false;
    unsigned lo = 0, hi = 0;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
    return (lo & (1u << 2)) != 0; // YMM_Hi128
}

#elif defined(_MSC_VER) && defined(_M_X64)

bool upperVectorStateClearing() noexcept
{
    static const bool avx = [] {
        int info[4];
        __cpuid(info, 1);
        const bool osSaves = (info[2] & (1 << 27)) != 0;       // OSXSAVE
        const bool cpuHas = (info[2] & (1 << 28)) != 0;        // AVX
        return osSaves && cpuHas && (_xgetbv(0) & 0x6) == 0x6; // the system saves xmm and ymm
    }();
    return avx;
}

void clearUpperVectorState() noexcept
{
    if (upperVectorStateClearing())
        _mm256_zeroupper();
}

void leaveUpperVectorStateInUse() noexcept {} // MSVC has no inline assembly on x64

bool upperVectorStateObservable() noexcept
{
    return false;
}

bool upperVectorStateInUse() noexcept
{
    return false;
}

#else

bool upperVectorStateClearing() noexcept
{
    return false;
}

void clearUpperVectorState() noexcept {}

void leaveUpperVectorStateInUse() noexcept {}

bool upperVectorStateObservable() noexcept
{
    return false;
}

bool upperVectorStateInUse() noexcept
{
    return false;
}

#endif

} // namespace gridshare
