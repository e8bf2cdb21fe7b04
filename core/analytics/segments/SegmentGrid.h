#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>

namespace storelens::core::analytics {

// The editable table that names RFM segments by recency score R (1-5) and FM score (1-5) (METRICS.md
// section 5). The default is the widely used 11-segment grid; a workspace may save its own.
class SegmentGrid
{
public:
    SegmentGrid(); // the default grid

    static SegmentGrid defaultGrid() { return SegmentGrid(); }

    // The name of the cell (r, fm), both 1..5.
    QString name(int r, int fm) const;
    void setName(int r, int fm, const QString &name);

    // Distinct segment names in reading order (R 5 → 1, FM 1 → 5), so tables list segments stably.
    const QStringList &segmentNames() const { return m_names; }
    // Index into segmentNames() of the cell (r, fm).
    int segmentIndex(int r, int fm) const { return m_index[size_t((r - 1) * 5 + (fm - 1))]; }
    // Index into segmentNames() of a name compared case-insensitively, or of a default segment's key
    // (segmentKey(): "Need attention" whatever the language), or -1.
    int indexOf(const QString &name) const;

    // {"version":1,"rows":[[R=1: FM 1..5], …, [R=5: FM 1..5]]}
    QString toJson() const;
    static Result<SegmentGrid> fromJson(const QString &json);

    // The workspace's grid (meta key "analytics.segmentGrid"), or the default when none is saved.
    static Result<SegmentGrid> load(QSqlDatabase &db);
    Result<void> save(QSqlDatabase &db) const;
    static QString metaKey() { return QStringLiteral("analytics.segmentGrid"); }

    bool operator==(const SegmentGrid &o) const { return m_cells == o.m_cells; }

private:
    void reindex();

    std::array<QString, 25> m_cells; // (r − 1) × 5 + (fm − 1)
    std::array<int, 25> m_index{};
    QStringList m_names;
};

} // namespace storelens::core::analytics
