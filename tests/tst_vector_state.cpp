// SPDX-License-Identifier: GPL-3.0-or-later
// The engine is immune to the caller's vector state: whatever the caller leaves in the upper halves
// of the AVX registers, the engine enters libm (pow, exp, log: where the state-transition penalty
// is paid) with them unused, at every public entry.
//
// How: this executable defines pow, exp and log itself. The engine library is linked into it, so
// its calls reach these first; they read XINUSE (xgetbv with ecx = 1: bit 2 is set while the upper
// halves are in use) and pass the call on to libm. Each entry is called right after a VEX.256
// instruction has left the upper halves in use. Without the guard at an entry, its first libm
// call sees them in use and the test fails, on any x86-64 CPU that reports XINUSE, AMD or Intel.

#include "gridshare/analysis.h"
#include "gridshare/evaluation.h"
#include "gridshare/monte_carlo.h"
#include "gridshare/vector_state.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <functional>

using namespace gridshare;

#if defined(__x86_64__) && defined(__linux__) && (defined(__GNUC__) || defined(__clang__))
#define GRIDSHARE_PROBE_LIBM 1
#include <cpuid.h>
#include <dlfcn.h>

namespace {

bool cpuHasAvxEnabled()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX))
        return false;
    unsigned lo = 0, hi = 0;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (lo & 0x6) == 0x6; // the system saves the xmm and ymm state
}

std::atomic<bool> probing{false};
std::atomic<int> libmCalls{0};
std::atomic<int> libmCallsInDirtyState{0};

void noteLibmCall()
{
    if (!probing.load(std::memory_order_relaxed))
        return;
    const bool dirty = upperVectorStateInUse(); // first: before anything here can change the state
    ++libmCalls;
    if (dirty)
        ++libmCallsInDirtyState;
}

template <class F> F libm(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {
double pow(double x, double y) noexcept
{
    noteLibmCall();
    static const auto real = libm<double (*)(double, double)>("pow");
    return real(x, y);
}
double exp(double x) noexcept
{
    noteLibmCall();
    static const auto real = libm<double (*)(double)>("exp");
    return real(x);
}
double log(double x) noexcept
{
    noteLibmCall();
    static const auto real = libm<double (*)(double)>("log");
    return real(x);
}
}
#endif

namespace {

ResolvedScenario rangedScenario()
{
    Scenario s;
    s.ranges[Param::QueryGrowth] = {0.2, 1.0};
    s.ranges[Param::QueriesPerDay] = {1e10, 5e11}; // wider than 10x: drawn with exp
    s.monteCarlo.samples = 2000;
    return resolve(s, Dataset::builtin()).value();
}

using Entry = std::function<double(const ResolvedScenario&)>;

} // namespace

Q_DECLARE_METATYPE(Entry)

class TestVectorState : public QObject {
    Q_OBJECT

private slots:
    void guardMatchesTheCpu()
    {
#ifdef GRIDSHARE_PROBE_LIBM
        // x86-64: vzeroupper exactly when the CPU has AVX and the system enabled it.
        QCOMPARE(upperVectorStateClearing(), cpuHasAvxEnabled());
#else
        QVERIFY(!upperVectorStateClearing()); // compiled out: nothing to clear elsewhere
#endif
        clearUpperVectorState(); // harmless everywhere
    }

#ifdef GRIDSHARE_PROBE_LIBM
    void probeSeesADirtyState()
    {
        // The check below has teeth: libm called straight after the dirtying instruction, with no
        // engine entry in between, is seen entered in the dirty state.
        QVERIFY2(cpuHasAvxEnabled(), "this test needs an x86-64 CPU with AVX");
        QVERIFY2(upperVectorStateObservable(), "this test needs a CPU that reports XINUSE (xgetbv with ecx = 1)");
        volatile double x = 1.7;
        libmCalls = 0;
        libmCallsInDirtyState = 0;
        probing = true;
        leaveUpperVectorStateInUse();
        const double y = pow(x, 3.5);
        probing = false;
        QVERIFY(y > 1);
        QCOMPARE(libmCalls.load(), 1);
        QCOMPARE(libmCallsInDirtyState.load(), 1);
    }

    void everyEntryEntersLibmClean_data()
    {
        QTest::addColumn<Entry>("entry");
        const OutputSpec share = *outputFromKey("ai_share");
        QTest::newRow("evaluateYears") << Entry([](const ResolvedScenario& s) {
            return evaluateYears(s.values, s.householdKwhPerYear, s.baseYear, s.endYear).back().aiShare;
        });
        QTest::newRow("evaluateYear") << Entry([](const ResolvedScenario& s) {
            return evaluateYear(s.values, s.householdKwhPerYear, s.baseYear, 3).aiShare;
        });
        QTest::newRow("whPerQuery") << Entry([](const ResolvedScenario& s) { return whPerQuery(s.values, 3); });
        QTest::newRow("evaluate") << Entry(
            [](const ResolvedScenario& s) { return evaluate(s).bands.back().aiShare.p50; });
        QTest::newRow("monteCarloBands") << Entry(
            [](const ResolvedScenario& s) { return monteCarloBands(s).back().aiTwh.p90; });
        QTest::newRow("sensitivities") << Entry(
            [share](const ResolvedScenario& s) { return sensitivities(s, share, s.endYear).front().swing(); });
        QTest::newRow("goalSeek") << Entry([share](const ResolvedScenario& s) {
            return goalSeek(s, Param::QueryGrowth, share, s.endYear, 0.05).value.value_or(-1);
        });
        QTest::newRow("outputAt") << Entry(
            [share](const ResolvedScenario& s) { return outputAt(s, share, s.endYear); });
        QTest::newRow("drawRanged") << Entry([](const ResolvedScenario&) { return drawRanged(1, 10, 1000, 0.3); });
    }

    void everyEntryEntersLibmClean()
    {
        QFETCH(Entry, entry);
        const ResolvedScenario scenario = rangedScenario();
        libmCalls = 0;
        libmCallsInDirtyState = 0;
        probing = true;
        leaveUpperVectorStateInUse();
        const double result = entry(scenario);
        probing = false;
        QVERIFY(std::isfinite(result));
        QVERIFY2(libmCalls.load() > 0, "the entry never reached libm: nothing was checked");
        QCOMPARE(libmCallsInDirtyState.load(), 0);
    }
#endif
};

QTEST_APPLESS_MAIN(TestVectorState)
#include "tst_vector_state.moc"
