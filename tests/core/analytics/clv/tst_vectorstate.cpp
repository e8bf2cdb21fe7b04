#include "core/analytics/clv/BgNbdModel.h"
#include "core/analytics/clv/ClvCalculator.h"
#include "core/analytics/clv/ParetoNbdModel.h"
#include "core/model/VectorState.h"

#include "SyntheticCustomers.h"

#include <QTest>

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#include <cpuid.h>
#define STORELENS_X86_STATE_PROBE 1
#endif

using namespace storelens::core;
using namespace storelens::core::analytics::clv;

// The CLV fits and predictions must start their arithmetic with the AVX upper state cleared (VectorState.h):
// with it dirty, Intel CPUs make every SSE instruction pay a transition penalty (the Pareto/NBD likelihood
// ran 20 times slower). Each test dirties the state the way a library does (a 256-bit instruction without
// VZEROUPPER), runs the code and reads the state back with XGETBV(1), whose bit 2 says the upper halves of
// the YMM registers are in use.
namespace {

#ifdef STORELENS_X86_STATE_PROBE

bool canProbe()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    // XGETBV with ECX = 1 (the in-use bitmap) exists when CPUID.(EAX=0DH, ECX=1):EAX bit 2 is set.
    return __builtin_cpu_supports("avx") && __get_cpuid_count(0xd, 1, &a, &b, &c, &d) && (a & 4u);
}

bool upperStateInUse()
{
    unsigned low = 0, high = 0;
    asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
    return low & 4u;
}

void dirtyUpperState()
{
    asm volatile("vpcmpeqd %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
}

#else

bool canProbe()
{
    return false;
}

bool upperStateInUse()
{
    return false;
}

void dirtyUpperState() {}

#endif

std::vector<RfmSummaryRow> customers()
{
    return synthetic::customers(2000, BgNbdParameters{0.25, 4.0, 0.8, 2.5},
                                GammaGammaParameters{6.0, 4.0, 15.0}, 78.0, 7u);
}

} // namespace

class TestVectorState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void clearingEmptiesTheUpperState();
    void paretoLikelihoodRunsClean();
    void fitObjectiveRunsClean();
    void predictionRunsClean();
};

void TestVectorState::init()
{
    if (!canProbe())
        QSKIP("Needs an x86-64 CPU with AVX and XGETBV(1) to read the AVX state; elsewhere there is no "
              "penalty to avoid.");
}

void TestVectorState::clearingEmptiesTheUpperState()
{
    dirtyUpperState();
    QVERIFY(upperStateInUse());
    clearUpperVectorState();
    QVERIFY(!upperStateInUse());
}

// Below 8192 groups the likelihood is evaluated on the calling thread.
void TestVectorState::paretoLikelihoodRunsClean()
{
    const std::vector<RfmSummaryRow> rows = customers();
    dirtyUpperState();
    QVERIFY(upperStateInUse());
    const double logLikelihood =
        ParetoNbdModel::logLikelihood(ParetoNbdParameters{0.5, 5.0, 0.6, 10.0}, rows);
    QVERIFY(!upperStateInUse());
    QVERIFY(std::isfinite(logLikelihood));
}

// The BG/NBD likelihood has no clearing of its own: the fit's objective callback does it.
void TestVectorState::fitObjectiveRunsClean()
{
    const std::vector<RfmSummaryRow> rows = customers();
    dirtyUpperState();
    QVERIFY(upperStateInUse());
    const auto fit = BgNbdModel::fit(rows);
    QVERIFY(!upperStateInUse());
    QVERIFY(fit.ok());
    QVERIFY(fit->diagnostics.converged);
}

// Below 4096 customers the predictions are one chunk on the calling thread.
void TestVectorState::predictionRunsClean()
{
    const std::vector<RfmSummaryRow> rows = customers();
    const ClvCalculator calculator;
    Result<ClvResult> fitted = calculator.fit(rows, {PurchaseModelKind::ParetoNbd});
    QVERIFY2(fitted.ok(), qPrintable(fitted.ok() ? QString() : fitted.error().message()));
    dirtyUpperState();
    QVERIFY(upperStateInUse());
    QCOMPARE(calculator.predict(fitted.value(), rows, PurchaseModelKind::ParetoNbd), ClvStatus::Ok);
    QVERIFY(!upperStateInUse());
    QCOMPARE(fitted->customers.size(), rows.size());
}

QTEST_GUILESS_MAIN(TestVectorState)
#include "tst_vectorstate.moc"
