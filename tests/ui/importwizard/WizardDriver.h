#pragma once

#include "common/ImportFiles.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"
#include "ui/importwizard/CheckPage.h"
#include "ui/importwizard/ColumnsPage.h"
#include "ui/importwizard/ImportPage.h"
#include "ui/importwizard/ImportWizard.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>
#include <QTest>

// Drives an ImportWizard the way a user does, page by page, waiting for each page's background work.
namespace storelens::test {

constexpr int WizardTimeout = 60000;

inline QString newWorkspace(const QString &path)
{
    const auto ws = core::Workspace::open(path);
    return ws ? ws->path() : QString();
}

// True once the current page has finished its background work and lets the user go on.
inline bool waitForComplete(ui::ImportWizard &wizard)
{
    return QTest::qWaitFor([&wizard] { return wizard.currentPage() && wizard.currentPage()->isComplete(); },
                           WizardTimeout);
}

// Shows the wizard and waits for its first page (the File page reading the file) to be ready.
inline bool showAndWait(ui::ImportWizard &wizard)
{
    wizard.show();
    return waitForComplete(wizard);
}

// Closes a wizard that has imported without saving its settings as a profile.
inline void finishWithoutProfile(ui::ImportWizard &wizard)
{
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// Next, then waits for the new page to be ready; false when the page did not change or never became ready.
inline bool next(ui::ImportWizard &wizard)
{
    const int before = wizard.currentId();
    wizard.next();
    return wizard.currentId() != before && waitForComplete(wizard);
}

// Shows the wizard, waits for the File page and goes `pages` pages on; false when it does not get there.
inline bool showAndGoOn(ui::ImportWizard &wizard, int pages)
{
    if (!showAndWait(wizard))
        return false;
    for (int i = 0; i < pages; ++i) {
        if (!next(wizard))
            return false;
    }
    return true;
}

// Shows the wizard and goes from the File page of a clear file to the Columns page (the Format page's
// sniffing is awaited, its choices kept); nullptr when the wizard does not get there.
inline ui::ColumnsPage *columnsPage(ui::ImportWizard &wizard)
{
    if (!showAndWait(wizard) || !next(wizard))
        return nullptr;
    wizard.next();
    return wizard.currentId() == ui::ImportWizard::ColumnsPageId
               ? qobject_cast<ui::ColumnsPage *>(wizard.currentPage())
               : nullptr;
}

// On the Columns page: maps the column at `index` to the field `key` as the user does with its combo box.
inline bool chooseField(ui::ImportWizard &wizard, int index, const QString &key)
{
    auto *combo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("fieldCombo_%1").arg(index));
    if (!combo || combo->findData(key) < 0)
        return false;
    combo->setCurrentIndex(combo->findData(key));
    return true;
}

// On the Columns page of caisse_pourboires_fr.csv (a French till, trial 18): its ticket, e-mail, SKU, product
// and unit price, which the suggestion may leave unmapped.
inline bool mapTillColumns(ui::ImportWizard &wizard)
{
    return chooseField(wizard, 2, QStringLiteral("order_id")) &&
           chooseField(wizard, 9, QStringLiteral("customer_email")) &&
           chooseField(wizard, 10, QStringLiteral("sku")) &&
           chooseField(wizard, 11, QStringLiteral("product_name")) &&
           chooseField(wizard, 14, QStringLiteral("unit_price"));
}

inline ui::CheckPage *checkPage(ui::ImportWizard &wizard)
{
    return qobject_cast<ui::CheckPage *>(wizard.page(ui::ImportWizard::CheckPageId));
}

inline ui::ImportPage *importPage(ui::ImportWizard &wizard)
{
    return qobject_cast<ui::ImportPage *>(wizard.page(ui::ImportWizard::ImportPageId));
}

// The Columns page's "Looks like" cells that are cut off: narrower than their text (drawn with "…") or out of
// sight without scrolling sideways (the trial's "Number (decimal poin"). Empty when every one reads whole.
inline QStringList looksLikeCutOff(ui::ImportWizard &wizard)
{
    const auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("columnsTable"));
    if (!table || !table->isVisible())
        return {QStringLiteral("the columns table is not shown")};
    const int column = ui::ColumnsPage::LooksLikeColumn;
    const QHeaderView *header = table->horizontalHeader();
    QStringList problems;
    const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
    if (header->isSectionHidden(column) || right > table->viewport()->width())
        problems << QStringLiteral("the column ends at %1 px, the table shows %2 px")
                        .arg(right)
                        .arg(table->viewport()->width());
    // The item's text margins, as QCommonStyle lays out an item view's text.
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, column)->text();
        const int needed = table->fontMetrics().horizontalAdvance(text) + margins;
        if (needed > header->sectionSize(column))
            problems << QStringLiteral("row %1 \"%2\" needs %3 px, has %4")
                            .arg(row)
                            .arg(text)
                            .arg(needed)
                            .arg(header->sectionSize(column));
    }
    return problems;
}

} // namespace storelens::test
