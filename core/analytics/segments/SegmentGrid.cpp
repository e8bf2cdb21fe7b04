#include "core/analytics/segments/SegmentGrid.h"

#include "core/analytics/segments/MemberExport.h"

#include "core/store/MetaSetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::core::analytics {

namespace {

class SegmentGridText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::SegmentGrid)
};

Error formatError()
{
    return Error(
        ErrorCode::Format,
        SegmentGridText::tr("The segment table is not valid: it needs five rows of five segment names."));
}

// The 11 names of the default grid (METRICS.md section 5), as written in the source: translated when shown.
const char *const kDefaultNames[] = {
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Champions"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Loyal customers"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Potential loyalists"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Recent customers"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Promising"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Need attention"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "About to sleep"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "At risk"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Can't lose them"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Hibernating"),
    QT_TRANSLATE_NOOP("storelens::core::analytics::SegmentGrid", "Lost"),
};

} // namespace

SegmentGrid::SegmentGrid()
{
    // The 11 names of METRICS.md section 5 (kDefaultNames), then the grid as indexes into them (rows R = 1 …
    // 5, FM = 1 … 5).
    const char *const *names = kDefaultNames;
    static const int defaults[5][5] = {
        {10, 9, 7, 8, 8}, // R = 1
        {6, 5, 5, 7, 7},  // R = 2
        {4, 5, 2, 1, 1},  // R = 3
        {4, 2, 2, 1, 0},  // R = 4
        {3, 2, 1, 0, 0},  // R = 5
    };
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm)
            m_cells[size_t((r - 1) * 5 + (fm - 1))] = SegmentGridText::tr(names[defaults[r - 1][fm - 1]]);
    }
    reindex();
}

QString SegmentGrid::name(int r, int fm) const
{
    return m_cells[size_t((r - 1) * 5 + (fm - 1))];
}

void SegmentGrid::setName(int r, int fm, const QString &name)
{
    m_cells[size_t((r - 1) * 5 + (fm - 1))] = name.trimmed();
    reindex();
}

int SegmentGrid::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    // A default segment's key, as the member files and JSON write it in every language (trial 21: "Need
    // attention", copied from the JSON, was no segment under a Spanish locale).
    for (int i = 0; i < m_names.size(); ++i) {
        if (segmentKey(m_names.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void SegmentGrid::reindex()
{
    m_names.clear();
    for (int r = 5; r >= 1; --r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const size_t cell = size_t((r - 1) * 5 + (fm - 1));
            int index = m_names.indexOf(m_cells[cell]);
            if (index < 0) {
                index = int(m_names.size());
                m_names.append(m_cells[cell]);
            }
            m_index[cell] = index;
        }
    }
}

QString SegmentGrid::toJson() const
{
    QJsonArray rows;
    for (int r = 1; r <= 5; ++r) {
        QJsonArray row;
        for (int fm = 1; fm <= 5; ++fm)
            row.append(name(r, fm));
        rows.append(row);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("rows"), rows);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<SegmentGrid> SegmentGrid::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return formatError();
    const QJsonArray rows = doc.object().value(QStringLiteral("rows")).toArray();
    if (rows.size() != 5)
        return formatError();
    SegmentGrid grid;
    for (int r = 1; r <= 5; ++r) {
        const QJsonArray row = rows.at(r - 1).toArray();
        if (row.size() != 5)
            return formatError();
        for (int fm = 1; fm <= 5; ++fm) {
            const QString name = row.at(fm - 1).toString().trimmed();
            if (name.isEmpty())
                return formatError();
            grid.m_cells[size_t((r - 1) * 5 + (fm - 1))] = name;
        }
    }
    grid.reindex();
    return grid;
}

Result<SegmentGrid> SegmentGrid::load(QSqlDatabase &db)
{
    return loadMetaSetting<SegmentGrid>(db);
}

Result<void> SegmentGrid::save(QSqlDatabase &db) const
{
    return saveMetaSetting(db, *this);
}

// Declared in MemberExport.h (the files for machines use it); here beside the default names it looks up.
QString segmentKey(const QString &segmentName)
{
    for (const char *source : kDefaultNames) {
        if (segmentName == SegmentGridText::tr(source))
            return QString::fromUtf8(source);
    }
    return segmentName;
}

} // namespace storelens::core::analytics
