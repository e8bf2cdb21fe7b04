#pragma once

#include "core/model/Money.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace storelens::core::csv {

enum class DateOrder { Unknown, YearMonthDay, DayMonthYear, MonthDayYear };

struct DateTimeValue
{
    QDate date;
    int secondsOfDay = -1; // -1: no time given
};

// Money: optional currency symbol or code before or after ($ € £ ¥ USD EUR GBP ...), spaces, thousands
// separators, the given decimal separator ('.' or ','), leading '-' or '+', trailing '-', "(12.50)" as
// negative. More than 4 decimal places are rounded to 4 half away from zero. Error(ErrorCode::InvalidValue,
// reason) otherwise. Empty text is an error here: callers decide whether a field is optional.
Result<Money> parseMoney(QByteArrayView text, char decimalSeparator);
// Quantity: exact with up to 3 decimal places; more places is an error ("more than 3 decimal places");
// same number syntax as money, without currency.
Result<Quantity> parseQuantity(QByteArrayView text, char decimalSeparator);
// How a rate column writes its numbers: as fractions ("0.2") unless a value carries "%", or always as
// percentages ("20.00" in Odoo's "Discount (%)").
enum class RateScale { Fraction, Percent };
// A rate 0 ≤ r < 1 in ten-thousandths: "0.2" -> 2000, "20 %" / "20%" -> 2000, "12,5 %" with ',' decimals;
// with RateScale::Percent "20" and "20.00" -> 2000. More than 4 places (as a fraction) are rounded half away
// from zero. Error(ErrorCode::InvalidValue) otherwise.
Result<qint64> parseRate(QByteArrayView text, char decimalSeparator, RateScale scale = RateScale::Fraction);
// Thousands separators allowed; "12.0" accepted.
Result<qint64> parseInteger(QByteArrayView text);
// ',' when sample values like "1.234,56" / "12,5" show it, '.' otherwise (ambiguous "1,234" alone counts as a
// thousands separator -> '.').
char detectDecimalSeparator(const QList<QByteArray> &samples);
// The same vote, but nothing when the samples leave it open: no value shows a decimal separator (none at all,
// whole numbers, or values that read either way: "1,234" is 1234 or 1.234). "0,750" and "1234,567" count as
// decimals: a number written in thousands groups neither starts with 0 nor has more than 3 digits before the
// first separator. Left open, the importer decides it from the whole file.
std::optional<char> decideDecimalSeparator(const QList<QByteArray> &samples);
// The dates StoreLens accepts (METRICS.md section 1, "Range checks"): 1900-01-01 … 2100-12-31.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2100;
bool isDateInRange(QDate date);
// ISO "2024-03-01", "2024-03-01T14:05:00", "2024-03-01 14:05[:00]", compact "20240301", "01/03/2024",
// "1.3.2024", "01-03-2024", two-digit years (yy < 70 -> 2000+yy, else 1900+yy), month names "01-Mar-2024" /
// "Mar 1, 2024", optional time "8:26", "08:26:30", "8:26 PM", optional timezone suffix (ignored).
// An ambiguous numeric date with order Unknown is an error saying the date order must be chosen; a date
// outside isDateInRange() is an error.
Result<DateTimeValue> parseDateTime(QByteArrayView text, DateOrder order);
// ISO/compact -> YearMonthDay; any first number > 12 -> DayMonthYear; any second > 12 -> MonthDayYear;
// otherwise Unknown (ambiguous).
DateOrder detectDateOrder(const QList<QByteArray> &samples);
// How one numeric date reads: DayFirst when its first number is above 12 ("13/01/2024"), MonthFirst when its
// second is ("01/13/2024"), Either when both are 1..12 and differ ("03/04/2024": 3 April or 4 March);
// Other for anything else (year first, a month name, "05/05/2024", not a date). The import names such values
// when it must ask for the date order.
enum class DateReading { Other, DayFirst, MonthFirst, Either };
DateReading dateReading(QByteArrayView text);
// Trims; "17850.0" / "17850.00" -> "17850"; "1.7850E4" -> "17850"; other text unchanged.
QString normaliseId(QByteArrayView text);
// yes/no, true/false, y/n, 1/0, subscribed/unsubscribed, opt-in/opt-out; case-insensitive.
std::optional<bool> parseBool(QByteArrayView text);

} // namespace storelens::core::csv
