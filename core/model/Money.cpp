#include "core/model/Money.h"

namespace storelens::core {

namespace {

QString fixedPoint(qint64 value, qint64 scale, int places, bool trimZeros)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    QString out = QString::number(magnitude / quint64(scale));
    if (places > 0) {
        QString fraction = QString::number(magnitude % quint64(scale))
                               .rightJustified(scale == Money::Scale ? 4 : 3, QLatin1Char('0'));
        fraction.truncate(places);
        if (trimZeros) {
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
        }
        if (!fraction.isEmpty())
            out += QLatin1Char('.') + fraction;
    }
    if (negative && out != QLatin1String("0"))
        out.prepend(QLatin1Char('-'));
    return out;
}

} // namespace

QString Quantity::toString() const
{
    return fixedPoint(m_milli, Scale, 3, true);
}

QString Money::toString(int places) const
{
    places = qBound(0, places, 4);
    qint64 step = 1;
    for (int i = places; i < 4; ++i)
        step *= 10;
    const qint64 rounded = divideRounded(m_units, step) * step;
    return fixedPoint(rounded, Scale, places, false);
}

} // namespace storelens::core
