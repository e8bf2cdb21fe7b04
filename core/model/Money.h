#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace storelens::core {

// Divides by a positive divisor, rounding half away from zero (METRICS.md section 1).
inline qint64 divideRounded(__int128 numerator, qint64 divisor)
{
    const __int128 half = divisor / 2;
    const __int128 q = numerator >= 0 ? (numerator + half) / divisor : -((-numerator + half) / divisor);
    return static_cast<qint64>(q);
}

// A money ratio (an average: net sales per order, per customer) in ten-thousandths, rounded once half away
// from zero, but never onto a half cent the exact ratio is not on: rounded again to cents for the screen,
// 9,980.05 ÷ 227 = 43.964978 read 43.9650 and then 43.97 (trial 21b); it is 43.9649, shown 43.96.
inline qint64 divideToMoneyUnits(__int128 numerator, qint64 divisor)
{
    const qint64 q = divideRounded(numerator, divisor);
    if ((q % 100 == 50 || q % 100 == -50) && numerator % divisor != 0)
        return numerator < __int128(q) * divisor ? q - 1 : q + 1;
    return q;
}

// The fixed-point range (METRICS.md section 1, "Range checks"): every amount, every quantity and every total
// of them lies within ±(10^18 − 1) of its smallest unit (±99,999,999,999,999.9999 for money). Sums are
// formed in 128 bits and checked against the range once, so no 64-bit sum of in-range values can overflow.
constexpr qint64 MaxFixedPoint = 999'999'999'999'999'999;
constexpr bool inFixedPointRange(__int128 value)
{
    return value >= -__int128(MaxFixedPoint) && value <= __int128(MaxFixedPoint);
}
constexpr __int128 magnitude(__int128 value)
{
    return value < 0 ? -value : value;
}

// An exact decimal quantity with three places (goods sold by weight), stored in thousandths.
class Quantity
{
public:
    static constexpr qint64 Scale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromWhole(qint64 whole) { return Quantity(whole * Scale); }

    constexpr qint64 milli() const { return m_milli; }
    double toDouble() const { return double(m_milli) / Scale; }
    constexpr bool isZero() const { return m_milli == 0; }
    constexpr bool isNegative() const { return m_milli < 0; }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    Quantity &operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    constexpr bool operator==(Quantity o) const { return m_milli == o.m_milli; }
    constexpr bool operator!=(Quantity o) const { return m_milli != o.m_milli; }
    constexpr bool operator<(Quantity o) const { return m_milli < o.m_milli; }

    // Plain "C" representation with only the places needed ("2", "1.25", "-0.5").
    QString toString() const;

private:
    constexpr explicit Quantity(qint64 milli)
        : m_milli(milli)
    {
    }
    qint64 m_milli = 0;
};

// Exact money: fixed point with four decimal places, stored in ten-thousandths (METRICS.md section 1).
class Money
{
public:
    static constexpr qint64 Scale = 10000;

    constexpr Money() = default;
    static constexpr Money fromUnits(qint64 units) { return Money(units); }
    static constexpr Money fromCents(qint64 cents) { return Money(cents * 100); }

    constexpr qint64 units() const { return m_units; }
    double toDouble() const { return double(m_units) / Scale; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // quantity × this, rounded once to four places, half away from zero. The caller keeps the product in
    // range (checkedTimes() tells).
    Money times(Quantity q) const
    {
        return Money(divideRounded(__int128(m_units) * q.milli(), Quantity::Scale));
    }
    // times(), or nothing when the exact product (thousandths × ten-thousandths) does not fit in 64 bits:
    // then neither the line's amount nor SQLite's integer arithmetic on it would be exact.
    std::optional<Money> checkedTimes(Quantity q) const
    {
        const __int128 product = __int128(m_units) * q.milli();
        if (product > std::numeric_limits<qint64>::max() || product < -std::numeric_limits<qint64>::max())
            return std::nullopt;
        return Money(divideRounded(product, Quantity::Scale));
    }
    // this − o, or nothing when the difference leaves the fixed-point range.
    std::optional<Money> checkedMinus(Money o) const
    {
        const __int128 difference = __int128(m_units) - o.m_units;
        if (!inFixedPointRange(difference))
            return std::nullopt;
        return Money(qint64(difference));
    }

    constexpr Money operator-() const { return Money(-m_units); }
    constexpr Money operator+(Money o) const { return Money(m_units + o.m_units); }
    constexpr Money operator-(Money o) const { return Money(m_units - o.m_units); }
    Money &operator+=(Money o)
    {
        m_units += o.m_units;
        return *this;
    }
    Money &operator-=(Money o)
    {
        m_units -= o.m_units;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_units == o.m_units; }
    constexpr bool operator!=(Money o) const { return m_units != o.m_units; }
    constexpr bool operator<(Money o) const { return m_units < o.m_units; }
    constexpr bool operator>(Money o) const { return m_units > o.m_units; }
    constexpr bool operator<=(Money o) const { return m_units <= o.m_units; }
    constexpr bool operator>=(Money o) const { return m_units >= o.m_units; }

    // Rounded to `places` (0..4) half away from zero, "C" locale, e.g. "-1234.57". For data files and JSON;
    // screens format with QLocale.
    QString toString(int places = 4) const;
    // The value rounded to cents, as an integer number of cents.
    qint64 roundedCents() const { return divideRounded(m_units, 100); }

private:
    constexpr explicit Money(qint64 units)
        : m_units(units)
    {
    }
    qint64 m_units = 0;
};

} // namespace storelens::core
