#include "core/import/FileRows.h"

namespace storelens::core {

Result<void> forEachDataRow(const QString &csvPath, const ImportProfile &profile,
                            const std::function<bool(const csv::CsvReader &reader)> &row)
{
    csv::CsvReader reader(profile.dialect);
    if (auto opened = reader.open(csvPath); !opened)
        return opened.error();
    bool header = profile.dialect.hasHeader;
    while (reader.next()) {
        if (header) {
            header = false;
            continue;
        }
        if (!row(reader))
            return {};
    }
    if (reader.error().code() != ErrorCode::None)
        return reader.error();
    return {};
}

} // namespace storelens::core
