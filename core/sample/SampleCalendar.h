#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace storelens::core {

// The sample store's shops, web shop and calendar: which store is open on which day, and how busy a day is
// for it relative to an average day (weekday, month, December peak), so that every part of the generator
// follows the same seasonality.
class SampleCalendar
{
public:
    static constexpr int StoreCount = 4; // three shops, then the web shop
    static constexpr int WebShop = 3;

    struct Day
    {
        QDate date;
        int dayOfWeek = 1; // 1 = Monday
        int month = 1;
        int monthIndex = 0; // months since the first month of the period
        int priceYear = 0;  // calendar years since the first year (prices rise on 1 January)
        bool monthEnd = false;
        bool promotion = false;                // March spring sale and November Black Friday
        double growth = 1.0;                   // the business grows about 12 % a year, before new shops
        std::array<double, StoreCount> busy{}; // 0 when the store is closed
    };

    SampleCalendar(QDate firstDay, QDate lastDay);

    int dayCount() const { return int(m_days.size()); }
    const Day &day(int index) const { return m_days[size_t(index)]; }
    int monthCount() const { return m_days.back().monthIndex + 1; }
    int priceYears() const { return m_days.back().priceYear + 1; }
    QDate firstDay() const { return m_days.front().date; }
    QDate lastDay() const { return m_days.back().date; }
    // Highest busy value of any store on any day (for thinning a purchase process).
    double maxBusy() const { return m_maxBusy; }

    static const QString &storeName(int store);
    static const QString &channelName(int store); // "In store" or "Online"
    static const char *orderPrefix(int store);
    static bool isPhysical(int store) { return store != WebShop; }
    static double storeWeight(int store);
    static double baseHeadcount(int store);
    int openingDay(int store) const { return m_openingDay[size_t(store)]; }
    bool isOpen(int store, int dayIndex) const { return day(dayIndex).busy[size_t(store)] > 0.0; }

private:
    std::vector<Day> m_days;
    std::array<int, StoreCount> m_openingDay{};
    double m_maxBusy = 1.0;
};

} // namespace storelens::core
