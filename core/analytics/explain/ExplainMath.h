#pragma once

#include <optional>
#include <vector>

// The arithmetic of METRICS.md section 9, free of snapshots so it can be checked against values worked out
// by hand: the LMDI-I split of a product, the mix and rate split of a ratio, and the normal-variation tests.
namespace storelens::core::analytics::explain {

// The logarithmic mean L(a, b) = (a − b) ÷ (ln a − ln b), L(a, a) = a; a and b must be positive.
double logMean(double a, double b);

// LMDI-I for V = Π xᵢ: effectᵢ = L(V₁, V₀) × ln(xᵢ₁ ÷ xᵢ₀). Because Σ ln(xᵢ₁ ÷ xᵢ₀) = ln(V₁ ÷ V₀) and
// L(V₁, V₀) × ln(V₁ ÷ V₀) = V₁ − V₀, the effects add up to V₁ − V₀ exactly (up to floating point, about
// 1e-15 relative). Every factor must be positive in both periods; empty when one is not.
std::vector<double> lmdiEffects(const std::vector<double> &before, const std::vector<double> &after);

// One member of a ratio KPI R = Σ wₖ rₖ: its share of the denominator and its own ratio in both periods.
struct RatioMember
{
    double weight0 = 0; // share of the denominator in the comparison period (0: absent)
    double rate0 = 0;   // own ratio there (ignored when weight0 is 0)
    double weight1 = 0;
    double rate1 = 0;
};
struct MixRate
{
    double mix = 0;  // (w₁ − w₀) r₀
    double rate = 0; // w₁ (r₁ − r₀)
};
// Mix and rate effect of one member. A member absent in the comparison period takes r₀ = r₁ (its whole
// part is mix); one absent in the period has no rate effect (w₁ = 0). The members' mix + rate sum to ΔR
// exactly, because Σ (w₁ − w₀) r₀ + Σ w₁ (r₁ − r₀) = Σ w₁ r₁ − Σ w₀ r₀ for any r₀ of an absent member.
MixRate mixRate(const RatioMember &member);

struct Interval
{
    double low = 0;
    double high = 0;
};
constexpr double kZ95 = 1.959963984540054; // the 97.5 % quantile of the standard normal distribution

// The 95 % Wilson score interval of a proportion successes ÷ trials; {0, 0} when trials is 0.
Interval wilsonInterval(double successes, double trials, double z = kZ95);

// The two-sided test of equal proportions s0 ÷ n0 and s1 ÷ n1 with the pooled standard error.
struct ProportionTest
{
    double z = 0;
    double pValue = 1;
};
std::optional<ProportionTest> twoProportionTest(double s0, double n0, double s1, double n1);

// Welch's t-test of equal means (two-sided), with the 95 % interval of mean(b) − mean(a).
struct WelchTest
{
    double meanDifference = 0; // mean(b) − mean(a)
    double t = 0;
    double degreesOfFreedom = 0;
    double pValue = 1;
    Interval difference;
};
// nullopt when a sample has fewer than two values or both have no spread.
std::optional<WelchTest> welchTest(const std::vector<double> &a, const std::vector<double> &b);

} // namespace storelens::core::analytics::explain
