#include "cli/ImportMapOption.h"

#include "cli/CliSupport.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <algorithm>

namespace storelens::cli {

namespace {

QString fieldKeys(core::Entity entity)
{
    QStringList keys;
    for (const core::FieldSpec &spec : core::fieldsFor(entity))
        keys << spec.key;
    return keys.join(QLatin1String(", "));
}

// A line's amount is its quantity × unit price or its line total, never both: with both mapped the import
// reads the price, and the total would change nothing (trial 20). A --map that gives one of them unmaps the
// other when the suggestion or the profile mapped it, and says so; both given by --map are refused, as the
// command cannot tell which one the user meant. False, with the reason on io.err, for that.
bool keepOneAmount(core::ImportProfile &profile, const QString &column, const QString &field,
                   const QStringList &mappedByOption, CliStreams &io)
{
    const bool total = field == core::field::LineTotal;
    if (!total && field != core::field::UnitPrice)
        return true;
    const QString otherField = total ? core::field::UnitPrice : core::field::LineTotal;
    const QString other = profile.columnFor(otherField);
    if (other.isEmpty() || other == column)
        return true;
    const QString price = total ? other : column;
    const QString lineTotal = total ? column : other;
    if (mappedByOption.contains(otherField)) {
        io.err << CliText::tr(
                      "--map gives both a unit price (\"%1\") and a line total (\"%2\"), and a line's "
                      "amount comes from one of them: map only one.")
                      .arg(price, lineTotal)
               << '\n';
        return false;
    }
    for (core::ColumnMapping &m : profile.columns) {
        if (m.field == otherField)
            m.field.clear();
    }
    io.err << (total ? CliText::tr("\"%1\" is read as the line total, so \"%2\" is no longer read as the "
                                   "unit price: a line's amount comes from one of them.")
                     : CliText::tr("\"%1\" is read as the unit price, so \"%2\" is no longer read as the "
                                   "line total: a line's amount comes from one of them."))
                  .arg(column, other)
           << '\n';
    return true;
}

} // namespace

bool applyColumnMaps(const QStringList &maps, core::ImportProfile &profile, const core::FilePreview *preview,
                     QList<core::ContestedField> &contested, CliStreams &io)
{
    QStringList mappedByOption; // the fields given by --map so far
    for (const QString &map : maps) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        const QString column = map.left(equals).trimmed();
        const QString field = map.mid(equals + 1).trimmed();
        if (equals < 0 || column.isEmpty()) {
            io.err << CliText::tr(
                          "--map takes \"COLUMN=FIELD\", for example \"Einzelpreis brutto=unit_price\".")
                   << '\n';
            return false;
        }
        auto target = std::find_if(profile.columns.begin(), profile.columns.end(),
                                   [&column](const core::ColumnMapping &m) { return m.column == column; });
        if (target == profile.columns.end()) {
            QStringList columns;
            for (const core::ColumnMapping &m : profile.columns)
                columns << QStringLiteral("\"%1\"").arg(m.column);
            io.err << CliText::tr(
                          "--map names the column \"%1\", which the file does not have; its columns are: "
                          "%2.")
                          .arg(column, columns.join(QLatin1String(", ")))
                   << '\n';
            return false;
        }
        if (!field.isEmpty() && !core::findField(profile.entity, field)) {
            io.err << CliText::tr("--map names the field \"%1\", which this kind of file does not have; its "
                                  "fields are: %2.")
                          .arg(field, fieldKeys(profile.entity))
                   << '\n';
            return false;
        }
        if (!keepOneAmount(profile, column, field, mappedByOption, io))
            return false;
        for (core::ColumnMapping &m : profile.columns) {
            if (!field.isEmpty() && m.field == field)
                m.field.clear();
        }
        target->field = field;
        mappedByOption << field;
        // A status mapped by hand marks cancellations too (a till's voids as not sold).
        core::useDefaultCancelStatusValues(profile, preview ? *preview : core::FilePreview());
        contested.removeIf([&](const core::ContestedField &c) {
            return (!field.isEmpty() && c.field == field) || c.headers.contains(column);
        });
    }
    return true;
}

QString columnMapHint(const core::ImportProfile &profile)
{
    return CliText::tr(
               "Map a column with --map \"COLUMN=FIELD\" (repeatable); the fields of this kind of file "
               "are: %1.")
        .arg(fieldKeys(profile.entity));
}

} // namespace storelens::cli
