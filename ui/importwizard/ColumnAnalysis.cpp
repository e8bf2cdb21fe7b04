#include "ui/importwizard/ColumnAnalysis.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ShippingColumn.h"
#include "ui/importwizard/PreviewModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace storelens::ui {

namespace {

using core::csv::DateOrder;

constexpr int ShownSamples = 3;

QList<QByteArray> samplesOf(const core::FilePreview &preview, int column)
{
    QList<QByteArray> samples;
    for (const QStringList &row : preview.rows) {
        if (column < row.size() && !row.at(column).isEmpty())
            samples << row.at(column).toUtf8();
    }
    return samples;
}

bool isDateType(core::FieldType type)
{
    return type == core::FieldType::Date || type == core::FieldType::DateTime ||
           type == core::FieldType::Month;
}

QString dateOrderText(DateOrder order)
{
    switch (order) {
    case DateOrder::YearMonthDay:
        return ColumnAnalysis::tr("Date (year-month-day)");
    case DateOrder::DayMonthYear:
        return ColumnAnalysis::tr("Date (day/month/year)");
    case DateOrder::MonthDayYear:
        return ColumnAnalysis::tr("Date (month/day/year)");
    case DateOrder::Unknown:
        break;
    }
    return ColumnAnalysis::tr("Date (day and month order open)");
}

QString looksLike(const QList<QByteArray> &samples)
{
    if (samples.isEmpty())
        return ColumnAnalysis::tr("Empty");
    const auto all = [&samples](const auto &reads) {
        return std::all_of(samples.cbegin(), samples.cend(), reads);
    };
    const DateOrder order = core::csv::detectDateOrder(samples);
    const DateOrder readAs = order == DateOrder::Unknown ? DateOrder::DayMonthYear : order;
    if (all([readAs](const QByteArray &s) { return core::csv::parseDateTime(s, readAs).ok(); }))
        return dateOrderText(order);
    const char decimal = core::csv::detectDecimalSeparator(samples);
    if (!all([decimal](const QByteArray &s) {
            return !core::hasStrayLetters(s) && core::csv::parseMoney(s, decimal).ok();
        }))
        return ColumnAnalysis::tr("Text");
    if (all([](const QByteArray &s) { return !s.contains('.') && !s.contains(',') && !s.contains(' '); }) &&
        all([](const QByteArray &s) { return core::csv::parseInteger(s).ok(); }))
        return ColumnAnalysis::tr("Whole number");
    return decimal == ',' ? ColumnAnalysis::tr("Number (decimal comma)")
                          : ColumnAnalysis::tr("Number (decimal point)");
}

// Why `text` does not read as a value of `type`, or an empty string when it does.
QString problemWith(const QByteArray &text, core::FieldType type, DateOrder order, char decimal)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}[-/.]\\d{1,2}$"));
    switch (type) {
    case core::FieldType::Date:
    case core::FieldType::DateTime:
    case core::FieldType::Month: {
        if (type == core::FieldType::Month && month.match(QString::fromUtf8(text)).hasMatch())
            return {};
        const auto parsed = core::csv::parseDateTime(text, order);
        return parsed ? QString() : parsed.error().message();
    }
    case core::FieldType::Money: {
        const auto parsed = core::csv::parseMoney(text, decimal);
        return parsed ? QString() : parsed.error().message();
    }
    case core::FieldType::Quantity: {
        const auto parsed = core::csv::parseQuantity(text, decimal);
        return parsed ? QString() : parsed.error().message();
    }
    case core::FieldType::Integer: {
        const auto parsed = core::csv::parseInteger(text);
        return parsed ? QString() : parsed.error().message();
    }
    case core::FieldType::Rate:
    case core::FieldType::Percent: {
        const auto parsed =
            core::csv::parseRate(text, decimal,
                                 type == core::FieldType::Percent ? core::csv::RateScale::Percent
                                                                  : core::csv::RateScale::Fraction);
        return parsed ? QString() : parsed.error().message();
    }
    case core::FieldType::Bool:
        return core::csv::parseBool(text) ? QString() : ColumnAnalysis::tr("This is not a yes/no value.");
    case core::FieldType::Text:
    case core::FieldType::Id:
    case core::FieldType::Time:
        break;
    }
    return {};
}

} // namespace

namespace {

QList<QByteArray> mappedDateSamples(const core::FilePreview &preview, const core::ImportProfile &profile)
{
    QList<QByteArray> dates;
    for (int c = 0; c < profile.columns.size(); ++c) {
        const core::FieldSpec *spec = core::findField(profile.entity, profile.columns.at(c).field);
        if (spec && isDateType(spec->type))
            dates << samplesOf(preview, c);
    }
    return dates;
}

} // namespace

DateOrder ColumnAnalysis::sampleDateOrder(const core::FilePreview &preview,
                                          const core::ImportProfile &profile)
{
    if (profile.dateOrder != DateOrder::Unknown)
        return profile.dateOrder;
    const DateOrder order = core::csv::detectDateOrder(mappedDateSamples(preview, profile));
    return order == DateOrder::Unknown ? DateOrder::DayMonthYear : order;
}

QString ColumnAnalysis::openDateExample(const core::FilePreview &preview, const core::ImportProfile &profile)
{
    if (profile.dateOrder != DateOrder::Unknown)
        return {};
    const QList<QByteArray> dates = mappedDateSamples(preview, profile);
    if (dates.isEmpty() || core::csv::detectDateOrder(dates) != DateOrder::Unknown)
        return {};
    // Only values that read either way: a sample that does not read as a date is the problem column's.
    for (const QByteArray &date : dates) {
        if (core::csv::parseDateTime(date, DateOrder::DayMonthYear).ok() &&
            core::csv::parseDateTime(date, DateOrder::MonthDayYear).ok())
            return QString::fromUtf8(date);
    }
    return {};
}

QList<ColumnFinding> ColumnAnalysis::analyse(const core::FilePreview &preview,
                                             const core::ImportProfile &profile)
{
    const DateOrder order = sampleDateOrder(preview, profile);
    QList<ColumnFinding> findings;
    for (int c = 0; c < preview.header.size(); ++c) {
        const QList<QByteArray> samples = samplesOf(preview, c);
        ColumnFinding finding;
        QStringList shown;
        QStringList whole;
        for (const QByteArray &s : samples) {
            const QString value = QString::fromUtf8(s);
            const QString text = PreviewModel::capped(value);
            if (!shown.contains(text)) {
                shown << text;
                whole << value;
            }
            if (shown.size() == ShownSamples)
                break;
        }
        finding.samples = shown.join(QStringLiteral(" · "));
        finding.wholeSamples = whole.join(QLatin1Char('\n'));
        finding.looksLike = looksLike(samples);
        const QString key = c < profile.columns.size() ? profile.columns.at(c).field : QString();
        if (const core::FieldSpec *spec = core::findField(profile.entity, key)) {
            for (const QByteArray &s : samples) {
                const QString problem = problemWith(s, spec->type, order, profile.decimalSeparator);
                if (!problem.isEmpty()) {
                    finding.failingValue = QString::fromUtf8(s);
                    finding.problem = problem;
                    break;
                }
            }
        }
        findings << finding;
    }
    return findings;
}

QString ColumnAnalysis::unmappedShippingColumn(const core::FilePreview &preview,
                                               const core::ImportProfile &profile)
{
    return core::unmappedShippingColumn(preview, profile);
}

} // namespace storelens::ui
