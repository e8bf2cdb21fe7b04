#include "core/analytics/kpi/Glossary.h"

#include <QCoreApplication>

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
        {GlossaryText::tr("AOV", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("average order value: what an order brings in on average")},
        {GlossaryText::tr("AUR", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("average unit retail: the average price a unit sold for")},
        {GlossaryText::tr("UPT", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("units per transaction: how many items an order holds on average")},
        {GlossaryText::tr("COGS", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("cost of goods sold: what the goods you sold cost you")},
        {GlossaryText::tr("GMROI", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr(
             "gross margin return on inventory investment: the gross margin earned for each unit of money "
             "held in stock at cost")},
        {GlossaryText::tr("CAC", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("customer acquisition cost: marketing spend for each new customer")},
        {GlossaryText::tr("CLV", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("customer lifetime value: what a customer spends with you over time")},
        {GlossaryText::tr("APV", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr("average purchase value: what a purchase brings in on average")},
        {GlossaryText::tr("RFM", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr(
             "recency, frequency, monetary value: how recently, how often and how much a customer bought")},
        {GlossaryText::tr("pp", "abbreviation: the letters the translated labels and formulas use"),
         GlossaryText::tr(
             "percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)")},
        {GlossaryText::tr(
             "G", "formula letter for gross sales: the letters the translated labels and formulas use"),
         GlossaryText::tr("gross sales")},
        {GlossaryText::tr("D",
                          "formula letter for discounts: the letters the translated labels and formulas use"),
         GlossaryText::tr("discounts")},
        {GlossaryText::tr("R",
                          "formula letter for returns: the letters the translated labels and formulas use"),
         GlossaryText::tr("returns")},
        {GlossaryText::tr("O",
                          "formula letter for orders: the letters the translated labels and formulas use"),
         GlossaryText::tr("orders")},
        {GlossaryText::tr(
             "C", "formula letter for buying customers: the letters the translated labels and formulas use"),
         GlossaryText::tr("buying customers")},
        {GlossaryText::tr(
             "S",
             "formula letter for customers at the start: the letters the translated labels and formulas use"),
         GlossaryText::tr(
             "customers at the start: those who bought in the activity window before the period")},
        {GlossaryText::tr(
             "E",
             "formula letter for customers at the end: the letters the translated labels and formulas use"),
         GlossaryText::tr(
             "customers at the end: those who bought in the activity window ending on the period's last "
             "day")},
        {GlossaryText::tr(
             "N", "formula letter for new customers: the letters the translated labels and formulas use"),
         GlossaryText::tr("new customers: those whose first purchase falls in the period")},
        {GlossaryText::tr(
             "W",
             "formula letter for the activity window: the letters the translated labels and formulas use"),
         GlossaryText::tr("the activity window in days (365 unless set otherwise)")},
        {GlossaryText::tr(
             "F",
             "formula letter for purchases per year: the letters the translated labels and formulas use"),
         GlossaryText::tr("purchases per year")},
        {GlossaryText::tr(
             "L",
             "formula letter for the expected lifespan: the letters the translated labels and formulas use"),
         GlossaryText::tr("expected lifespan in years")},
    };
}

namespace {

// `word` stands in `text` with no letter just before or after it (a translated abbreviation may hold dots and
// spaces, as the Spanish "p. p." does).
bool containsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return true;
    }
    return false;
}

} // namespace

std::vector<GlossaryEntry> glossaryFor(const QString &text)
{
    std::vector<GlossaryEntry> found;
    for (GlossaryEntry &entry : glossary()) {
        if (containsWord(text, entry.abbreviation))
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
