#pragma once

#include "core/model/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace storelens::ui {

// What the filter bar offers for a workspace: the as-of date the presets count from and the values of each
// dimension (from the analytics snapshot) and the saved segments (from the workspace).
struct FilterChoices
{
    QDate firstDay;
    QDate asOf; // invalid when the workspace has no order lines
    QStringList stores;
    QStringList channels;
    QStringList countries;
    QStringList categories;
    QStringList segments;
};

// Loads the choices on the calling thread (a worker: it reads the snapshot cache and the database).
core::Result<FilterChoices> loadFilterChoices(const QString &workspacePath);

} // namespace storelens::ui
