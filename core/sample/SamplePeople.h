#pragma once

#include "core/model/Entities.h"
#include "core/sample/SampleRandom.h"

#include <QDate>
#include <QStringList>

namespace storelens::core {

// Makes the descriptive attributes of sample customers: names, emails, addresses, demographics, consent.
// Most customers live near the shops; online customers come from further away and a few other countries.
class SamplePeople
{
public:
    explicit SamplePeople(QDate today);

    // The countries customers come from, as keys ("GB"); the first one is the shops' own country.
    const QStringList &countries() const { return m_countries; }

    // A customer with id `id`. `online` customers are more often from elsewhere. countryIndex receives the
    // index into countries().
    Customer make(SampleRandom &random, const QString &id, bool online, int &countryIndex) const;

private:
    QDate m_today;
    QStringList m_countries;
};

} // namespace storelens::core
