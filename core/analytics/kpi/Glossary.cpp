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
    return {
        {QStringLiteral("AOV"), GlossaryText::tr("average order value: what an order brings in on average")},
        {QStringLiteral("AUR"), GlossaryText::tr("average unit retail: the average price a unit sold for")},
        {QStringLiteral("UPT"),
         GlossaryText::tr("units per transaction: how many items an order holds on average")},
        {QStringLiteral("COGS"), GlossaryText::tr("cost of goods sold: what the goods you sold cost you")},
        {QStringLiteral("GMROI"),
         GlossaryText::tr(
             "gross margin return on inventory investment: the gross margin earned for each unit of money "
             "held in stock at cost")},
        {QStringLiteral("CAC"),
         GlossaryText::tr("customer acquisition cost: marketing spend for each new customer")},
        {QStringLiteral("CLV"),
         GlossaryText::tr("customer lifetime value: what a customer spends with you over time")},
        {QStringLiteral("APV"),
         GlossaryText::tr("average purchase value: what a purchase brings in on average")},
        {QStringLiteral("RFM"),
         GlossaryText::tr(
             "recency, frequency, monetary value: how recently, how often and how much a customer bought")},
        {QStringLiteral("pp"),
         GlossaryText::tr(
             "percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)")},
        {QStringLiteral("G"), GlossaryText::tr("gross sales")},
        {QStringLiteral("D"), GlossaryText::tr("discounts")},
        {QStringLiteral("R"), GlossaryText::tr("returns")},
        {QStringLiteral("O"), GlossaryText::tr("orders")},
        {QStringLiteral("C"), GlossaryText::tr("buying customers")},
        {QStringLiteral("S"),
         GlossaryText::tr(
             "customers at the start: those who bought in the activity window before the period")},
        {QStringLiteral("E"),
         GlossaryText::tr(
             "customers at the end: those who bought in the activity window ending on the period's last "
             "day")},
        {QStringLiteral("N"),
         GlossaryText::tr("new customers: those whose first purchase falls in the period")},
        {QStringLiteral("W"), GlossaryText::tr("the activity window in days (365 unless set otherwise)")},
        {QStringLiteral("F"), GlossaryText::tr("purchases per year")},
        {QStringLiteral("L"), GlossaryText::tr("expected lifespan in years")},
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
