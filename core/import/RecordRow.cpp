#include "core/import/RecordRow.h"

#include <QRegularExpression>

namespace storelens::core::recordtext {

// "14:05", "14:05:30", "2:05 PM" -> seconds of the day; -1 when it is not a time.
int parseTimeOfDay(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString ampm = m.captured(4).toLower();
    if (!ampm.isEmpty()) {
        if (h < 1 || h > 12)
            return -1;
        h = (h % 12) + (ampm == QLatin1String("pm") ? 12 : 0);
    }
    if (h > 23 || min > 59 || sec > 59)
        return -1;
    return h * 3600 + min * 60 + sec;
}

// "2024-03" or "03/2024" -> the month's first day; invalid otherwise.
QDate parseMonthOnly(const QString &text)
{
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression my(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    if (const auto m = ym.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (const auto m = my.match(text); m.hasMatch())
        return QDate(m.captured(2).toInt(), m.captured(1).toInt(), 1);
    return {};
}

QString beyondRange(const char *what, const QString &a, const QString &b)
{
    return RecordConverterText::tr(what).arg(a, b);
}

} // namespace storelens::core::recordtext
