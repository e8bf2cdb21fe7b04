#pragma once

#include <QString>
#include <QTest>

#include <cmath>

// |actual - expected| <= tolerance, printing both values when it fails (the CLV tests compare with published
// figures to a stated precision).
#define COMPARE_NEAR(actual, expected, tolerance)                                                            \
    QVERIFY2(std::fabs(double(actual) - double(expected)) <= double(tolerance),                              \
             qPrintable(QStringLiteral("actual %1, expected %2 (tolerance %3)")                              \
                            .arg(double(actual), 0, 'g', 12)                                                 \
                            .arg(double(expected), 0, 'g', 12)                                               \
                            .arg(double(tolerance))))
