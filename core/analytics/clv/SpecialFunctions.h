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

namespace storelens::core::analytics::clv {

// I = integral over [t0, t1] of (a + tau)^-p (b + tau)^-q dtau for a, b > 0, 0 <= t0 <= t1 (t1 may be
// infinite), p + q > 1: the integrals of the Pareto/NBD likelihood and waiting time. Returned as ln I (-inf
// when t0 == t1) with the means of ln(a + tau), 1 / (a + tau), ln(b + tau), 1 / (b + tau) under the density
// proportional to the integrand, which give the derivatives of I with respect to a, b, p and q.
struct PowerProductIntegral
{
    double logValue = 0;
    double meanLogA = 0;
    double meanInverseA = 0;
    double meanLogB = 0;
    double meanInverseB = 0;
};

// Evaluated by 16- or 32-point Gauss-Legendre quadrature (by the range of w) after the substitution w = (p + q - 1) ln((c + t0) / (c +
// tau)), c = min(a, b), which turns the integrand into exp(w) times ((c + tau) / (d + tau))^(exponent of d),
// a bounded function smooth in w (d = max(a, b)); the range of w is cut at -60 (a share below 1e-26).
PowerProductIntegral powerProductIntegral(double a, double p, double b, double q, double t0, double t1);

} // namespace storelens::core::analytics::clv
