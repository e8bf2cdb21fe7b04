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

} // namespace

bool applyColumnMaps(const QStringList &maps, core::ImportProfile &profile,
                     QList<core::ContestedField> &contested, CliStreams &io)
{
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
        for (core::ColumnMapping &m : profile.columns) {
            if (!field.isEmpty() && m.field == field)
                m.field.clear();
        }
        target->field = field;
        core::useDefaultCancelStatusValues(profile); // a status mapped by hand marks cancellations too
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
