#pragma once

#include "core/model/Entities.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace storelens::core {
struct WriteCounts;
}

namespace storelens::ui {

class ImportController;
class ImportWizard;
struct ImportOutcome;

// Page 5: the real import in the background (one transaction: Cancel Import leaves the workspace as it was),
// a "Saving…" phase once every row is read while the transaction is written (it can no longer be cancelled
// then), then what landed (new, updated, unchanged and rejected rows, date range and totals) and the offer to
// save the settings as a named profile for next month's export (saved when the wizard finishes).
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const;
    bool isSaving() const { return m_saving; } // every row read, the workspace being written
    void cancelImport();
    void showSaveError(const QString &message);
    // The text of a summary value ("new", "updated", "unchanged", "rejected", "noSale", "dates", "gross",
    // "net").
    QString resultText(const QString &key) const;
    // The label beside it ("Order lines added:").
    QString resultLabel(const QString &key) const;

Q_SIGNALS:
    void savingStarted(); // the rows are read; the commit runs

private:
    void showProgress(int value, int maximum);
    void finished(const ImportOutcome &outcome);
    void showResult(const ImportOutcome &outcome);
    void setResult(const QString &key, const QString &text);
    void setCountLabels(core::Entity entity, const core::WriteCounts &counts, qint64 rejected);
    // Whether the profile imported differs from the saved profile the wizard applied (a choice on the Check
    // page, what the file told of its dates or decimals): then "Save these settings" starts ticked.
    bool changedSinceApplied() const;

    ImportWizard *m_wizard;
    ImportController *m_runner;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QGroupBox *m_results = nullptr;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_labels; // the labels beside the values
    QCheckBox *m_saveProfile = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLabel *m_saveError = nullptr;
    bool m_done = false;
    bool m_saving = false;
};

} // namespace storelens::ui
