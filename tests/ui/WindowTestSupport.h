#pragma once

#include "common/GuiTestSupport.h"
#include "ui/common/LatestTask.h"

#include <QWidget>

#include <algorithm>

// What the main-window tests add to GuiTestSupport.h: "is anything still computing".
namespace storelens::test {

// Whether any view or controller under `root` still runs a background task.
inline bool anyTaskRunning(const QWidget *root)
{
    const auto tasks = root->findChildren<ui::LatestTask *>();
    return std::any_of(tasks.begin(), tasks.end(), [](const ui::LatestTask *t) { return t->isRunning(); });
}

} // namespace storelens::test
