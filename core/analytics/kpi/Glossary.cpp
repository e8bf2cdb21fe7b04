#include "core/analytics/kpi/Glossary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace storelens::core::analytics {

namespace {

struct GlossaryText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::Glossary)
};

} // namespace

std::vector<GlossaryEntry> glossary()
{
    using T = GlossaryText;
    return {
        {QStringLiteral("AOV"), T::tr("average order value: what an order brings in on average")},
        {QStringLiteral("AUR"), T::tr("average unit retail: the average price a unit sold for")},
        {QStringLiteral("UPT"), T::tr("units per transaction: how many items an order holds on average")},
        {QStringLiteral("COGS"), T::tr("cost of goods sold: what the goods you sold cost you")},
        {QStringLiteral("GMROI"),
         T::tr("gross margin return on inventory investment: the gross margin earned for each unit of money "
               "held in stock at cost")},
        {QStringLiteral("CAC"), T::tr("customer acquisition cost: marketing spend for each new customer")},
        {QStringLiteral("CLV"), T::tr("customer lifetime value: what a customer spends with you over time")},
        {QStringLiteral("APV"), T::tr("average purchase value: what a purchase brings in on average")},
        {QStringLiteral("RFM"),
         T::tr("recency, frequency, monetary value: how recently, how often and how much a customer bought")},
        {QStringLiteral("pp"),
         T::tr("percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)")},
        {QStringLiteral("G"), T::tr("gross sales")},
        {QStringLiteral("D"), T::tr("discounts")},
        {QStringLiteral("R"), T::tr("returns")},
        {QStringLiteral("O"), T::tr("orders")},
        {QStringLiteral("C"), T::tr("buying customers")},
        {QStringLiteral("S"),
         T::tr("customers at the start: those who bought in the activity window before the period")},
        {QStringLiteral("E"),
         T::tr("customers at the end: those who bought in the activity window ending on the period's last "
               "day")},
        {QStringLiteral("N"), T::tr("new customers: those whose first purchase falls in the period")},
        {QStringLiteral("W"), T::tr("the activity window in days (365 unless set otherwise)")},
        {QStringLiteral("F"), T::tr("purchases per year")},
        {QStringLiteral("L"), T::tr("expected lifespan in years")},
    };
}

std::vector<GlossaryEntry> glossaryFor(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured());
    std::vector<GlossaryEntry> found;
    for (GlossaryEntry &entry : glossary()) {
        if (words.contains(entry.abbreviation))
            found.push_back(std::move(entry));
    }
    return found;
}

QString glossaryLine(const QString &text)
{
    QStringList parts;
    for (const GlossaryEntry &entry : glossaryFor(text))
        parts.append(GlossaryText::tr("%1: %2").arg(entry.abbreviation, entry.meaning));
    return parts.join(QStringLiteral("; "));
}

} // namespace storelens::core::analytics
