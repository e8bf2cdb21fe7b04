#include "core/sample/SampleCalendar.h"

#include <algorithm>
#include <cmath>

namespace storelens::core {

namespace {

struct StoreSpec
{
    const char *name;
    const char *prefix;
    double opensAt; // share of the period after which it opens
    double weight;  // relative size
    bool sundays;   // open on Sundays
    double headcount;
};

// Harbour Street is the flagship; Market Square and Riverside Mall open later, the web shop soon after the
// start.
constexpr StoreSpec kStores[SampleCalendar::StoreCount] = {
    {"Harbour Street", "HS", 0.0, 1.0, false, 6.0},
    {"Market Square", "MS", 0.12, 0.7, false, 4.5},
    {"Riverside Mall", "RM", 0.55, 0.6, true, 5.0},
    {"Web shop", "WEB", 0.03, 0.45, true, 2.0},
};

// January … December; December is the peak. Normalised to a mean of 1 below.
constexpr double kMonth[12] = {0.82, 0.78, 0.95, 0.95, 1.0, 0.98, 0.95, 0.9, 0.95, 1.0, 1.18, 1.65};
// Monday … Sunday.
constexpr double kWeekdayShop[7] = {0.85, 0.9, 0.95, 1.05, 1.25, 1.6, 0.0};
constexpr double kWeekdayMall[7] = {0.8, 0.85, 0.9, 1.0, 1.2, 1.5, 1.1};
constexpr double kWeekdayOnline[7] = {1.15, 1.05, 1.0, 0.95, 0.85, 0.9, 1.1};

double normalised(const double *values, int count, int index)
{
    double sum = 0.0;
    for (int i = 0; i < count; ++i)
        sum += values[i];
    return values[index] * count / sum;
}

} // namespace

SampleCalendar::SampleCalendar(QDate firstDay, QDate lastDay)
{
    const qint64 count = firstDay.daysTo(lastDay) + 1;
    m_days.reserve(size_t(count));
    for (int s = 0; s < StoreCount; ++s)
        m_openingDay[size_t(s)] = int(std::lround(kStores[s].opensAt * double(count)));

    for (qint64 i = 0; i < count; ++i) {
        Day d;
        d.date = firstDay.addDays(i);
        d.dayOfWeek = d.date.dayOfWeek();
        d.month = d.date.month();
        d.monthIndex = (d.date.year() - firstDay.year()) * 12 + d.month - firstDay.month();
        d.priceYear = d.date.year() - firstDay.year();
        d.monthEnd = d.date.day() == d.date.daysInMonth() || i == count - 1;
        d.promotion = d.month == 3 || d.month == 11;
        d.growth = 1.0 + 0.12 * double(i) / 365.0;
        const bool holiday = (d.month == 12 && (d.date.day() == 25 || d.date.day() == 26)) ||
                             (d.month == 1 && d.date.day() == 1);
        const double month = normalised(kMonth, 12, d.month - 1);
        for (int s = 0; s < StoreCount; ++s) {
            const double *weekday = s == WebShop         ? kWeekdayOnline
                                    : kStores[s].sundays ? kWeekdayMall
                                                         : kWeekdayShop;
            double busy = month * normalised(weekday, 7, d.dayOfWeek - 1);
            if (i < m_openingDay[size_t(s)] || (holiday && isPhysical(s)))
                busy = 0.0;
            d.busy[size_t(s)] = busy;
            m_maxBusy = std::max(m_maxBusy, busy);
        }
        m_days.push_back(d);
    }
}

const QString &SampleCalendar::storeName(int store)
{
    static const QString names[StoreCount] = {QLatin1String(kStores[0].name), QLatin1String(kStores[1].name),
                                              QLatin1String(kStores[2].name), QLatin1String(kStores[3].name)};
    return names[store];
}

const QString &SampleCalendar::channelName(int store)
{
    static const QString inStore = QStringLiteral("In store");
    static const QString online = QStringLiteral("Online");
    return store == WebShop ? online : inStore;
}

const char *SampleCalendar::orderPrefix(int store)
{
    return kStores[store].prefix;
}

double SampleCalendar::storeWeight(int store)
{
    return kStores[store].weight;
}

double SampleCalendar::baseHeadcount(int store)
{
    return kStores[store].headcount;
}

} // namespace storelens::core
