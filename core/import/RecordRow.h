#pragma once

// Internal to core/import: reading the fields of one CSV record for RecordConverter, shared by its order-line
// and other-entity halves (RecordConverter.cpp, RecordConverterOrders.cpp, RecordConverterEntities.cpp).

#include "core/csv/FieldParsers.h"
#include "core/import/RecordConverter.h"
#include "core/import/TextArena.h"

#include <QCoreApplication>
#include <QDate>

namespace storelens::core {

// The translation context of every message the converter writes.
class RecordConverterText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::RecordConverter)
};

namespace recordtext {

inline QString trimmed(QByteArrayView v)
{
    return QString::fromUtf8(v).trimmed();
}

inline bool isAscii(QByteArrayView v)
{
    unsigned char high = 0;
    for (const char c : v)
        high |= static_cast<unsigned char>(c);
    return high < 0x80;
}

// trimmed(v) in UTF-8, kept in `text`. Plain ASCII (nearly every field) is only copied; other text goes
// through QString so Unicode spaces are trimmed and invalid UTF-8 is replaced exactly as before.
inline QByteArrayView trimmedBytes(QByteArrayView v, TextArena &text)
{
    const QByteArrayView t = v.trimmed();
    return text.keep(isAscii(t) ? t : QByteArrayView(trimmed(v).toUtf8()));
}

// csv::normaliseId(v) in UTF-8, kept in `text`; an ASCII id without a '.' is only trimmed of spaces and tabs.
inline QByteArrayView idBytes(QByteArrayView v, TextArena &text)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return text.keep(isAscii(v) && !v.contains('.') ? v : QByteArrayView(csv::normaliseId(v).toUtf8()));
}

// "14:05", "14:05:30", "2:05 PM" -> seconds of the day; -1 when it is not a time.
int parseTimeOfDay(const QString &text);
// "2024-03" or "03/2024" -> the month's first day; invalid otherwise.
QDate parseMonthOnly(const QString &text);
// Why an amount leaves the range StoreLens computes exactly (METRICS.md section 1, "Range checks"); `what` is
// untranslated (QT_TRANSLATE_NOOP in the RecordConverter context) with %1 and %2.
QString beyondRange(const char *what, const QString &a, const QString &b);

} // namespace recordtext

// Reads the fields of one record and records the first problem as a Rejection. Inline: the hot path of a
// million-line import.
class RecordRow
{
public:
    RecordRow(const RecordConverter::FieldAccess &fieldAt, const QStringList &header,
              const ImportProfile &profile, Rejection &rejection)
        : m_fieldAt(fieldAt)
        , m_header(header)
        , m_profile(profile)
        , m_rejection(rejection)
    {
    }

    QByteArrayView raw(int column) const { return column < 0 ? QByteArrayView() : m_fieldAt(column); }
    QString text(int column) const { return column < 0 ? QString() : recordtext::trimmed(raw(column)); }
    QString id(int column) const { return column < 0 ? QString() : csv::normaliseId(raw(column)); }
    bool isBlank(int column) const { return column < 0 || raw(column).trimmed().isEmpty(); }

    bool fail(int column, const QString &reason) const
    {
        m_rejection.column = column + 1;
        m_rejection.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
        m_rejection.value = column >= 0 ? recordtext::trimmed(raw(column)) : QString();
        m_rejection.reason = reason;
        return false;
    }

    // `fieldLabel` is the untranslated label (QT_TRANSLATE_NOOP): only a failure translates it.
    bool required(int column, const char *fieldLabel) const
    {
        return !isBlank(column) || fail(column, RecordConverterText::tr("%1 is empty; it is required.")
                                                    .arg(RecordConverterText::tr(fieldLabel)));
    }

    bool money(int column, std::optional<Money> &out) const
    {
        out.reset();
        if (isBlank(column))
            return true;
        auto parsed = csv::parseMoney(raw(column).trimmed(), m_profile.decimalSeparator);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    bool quantity(int column, Quantity &out) const
    {
        auto parsed = csv::parseQuantity(raw(column).trimmed(), m_profile.decimalSeparator);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    bool date(int column, csv::DateTimeValue &out) const
    {
        auto parsed = csv::parseDateTime(raw(column).trimmed(), m_profile.dateOrder);
        if (!parsed)
            return fail(column, parsed.error().message());
        out = parsed.value();
        return true;
    }

    // A month ("2024-03") or a whole date; `isMonth` tells which.
    bool monthOrDate(int column, QDate &out, bool &isMonth) const
    {
        out = recordtext::parseMonthOnly(text(column));
        isMonth = out.isValid();
        if (isMonth && !csv::isDateInRange(out))
            return fail(column, RecordConverterText::tr("The month \"%1\" lies outside 1900-01 … 2100-12.")
                                    .arg(text(column)));
        if (isMonth)
            return true;
        csv::DateTimeValue v;
        if (!date(column, v))
            return false;
        out = v.date;
        return true;
    }

    bool boolean(int column, std::optional<bool> &out) const
    {
        out.reset();
        if (isBlank(column))
            return true;
        out = csv::parseBool(raw(column).trimmed());
        return out.has_value() ||
               fail(column, RecordConverterText::tr("\"%1\" is not yes or no.").arg(text(column)));
    }

private:
    const RecordConverter::FieldAccess &m_fieldAt;
    const QStringList &m_header;
    const ImportProfile &m_profile;
    Rejection &m_rejection;
};

} // namespace storelens::core
