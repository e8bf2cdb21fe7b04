#pragma once

#include "core/analytics/kpi/KpiCatalog.h"

#include <QString>
#include <QUrl>

class QWidget;

namespace storelens::ui {

// The offline handbook: HTML pages compiled in under :/handbook (getting started, importing, one page per
// view) and two pages written when they are shown, so they cannot drift from the program: "figures" from the
// KPI catalogue (label, definition, formula, which way is better) and "shortcuts" from the window's actions.
// A page is named by its file name without ".html" ("cohorts").
QUrl handbookUrl(const QString &page);
QString handbookPageOf(const QUrl &url); // "cohorts" for …/cohorts.html
// The generated pages' HTML; an empty string for a page that is not generated.
QString generatedHandbookPage(const QString &page, const QWidget *window);
QString figuresPageHtml();
QString shortcutsPageHtml(const QWidget *window);
// What a KPI means in a few lines of rich text (label, definition, formula, which way is better), for the
// "What's this?" help of its tile and its row of the figures page.
QString kpiWhatsThis(core::analytics::KpiId id);
QString goodDirectionText(core::analytics::GoodDirection direction);

} // namespace storelens::ui
