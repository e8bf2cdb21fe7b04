#pragma once

#include "core/import/MappingSuggester.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace storelens::ui {

// What the wizard's Columns page says about one column of the preview.
struct ColumnFinding
{
    QString samples;      // a few distinct example values, each cut at PreviewModel::MaxCellCharacters
    QString wholeSamples; // the same values uncut, one a line (the tooltip)
    QString looksLike; // "Date (day/month/year)", "Number (decimal comma)", "Whole number", "Text", "Empty"
    QString failingValue; // the first sample that does not read as the mapped field, if any
    QString problem;      // why it does not (the parser's reason), empty when every sample reads
};

// Reads the preview's sample values of every column with the core parsers (csv::parseDateTime, parseMoney,
// parseQuantity, ...) for the field each column is mapped to, with the profile's date order and decimal
// separator. Row-level rules (a quantity of 0, a missing required value) are the dry run's business.
class ColumnAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ColumnAnalysis)

public:
    static QList<ColumnFinding> analyse(const core::FilePreview &preview, const core::ImportProfile &profile);
    // The date order the sample values of the profile's date columns show (DayMonthYear when they leave it
    // open: any order reads days ≤ 12).
    static core::csv::DateOrder sampleDateOrder(const core::FilePreview &preview,
                                                const core::ImportProfile &profile);
    // A sample value of the profile's date columns when the date order is left to the whole file and the
    // samples do not tell it ("03/08/2026": every day ≤ 12), else empty: the Columns page asks the user.
    static QString openDateExample(const core::FilePreview &preview, const core::ImportProfile &profile);
    // core::unmappedShippingColumn(): the shipping column left out, which the Check page names.
    static QString unmappedShippingColumn(const core::FilePreview &preview,
                                          const core::ImportProfile &profile);
};

} // namespace storelens::ui
