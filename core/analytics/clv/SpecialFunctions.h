#pragma once

namespace storelens::core::analytics::clv {

// Special functions the CLV models need. Internal to the clv folder; plain doubles, no exceptions.

// The digamma function psi(x) = d ln Gamma(x) / dx for x > 0 (recurrence up to x >= 10, then the asymptotic
// series to x^-14: absolute error below 1e-15). NaN for x <= 0.
double digamma(double x);

// [1 - (1 - z)^(c - 1) * 2F1(A, c - 1; C; z)] / (c - 1) for 0 <= z < 1, c > 0, C > 0, evaluated without
// cancellation when c is near 1 (and its limit -ln(1 - z) at c = 1).
// Writing 2F1(A, c - 1; C; z) = 1 + (c - 1) G with G = sum_{n>=1} (A)_n (c)_{n-1} z^n / ((C)_n n!), the value
// is -expm1((c - 1) ln(1 - z)) / (c - 1) - (1 - z)^(c - 1) G. The series is summed until a geometric bound on
// its tail falls below 1e-15 of the sum; NaN when that takes more than a million terms or z is out of range.
// This is the bracket of the BG/NBD expectations after Euler's transformation (see BgNbdModel.cpp).
double bgNbdBracket(double A, double c, double C, double z);

} // namespace storelens::core::analytics::clv
