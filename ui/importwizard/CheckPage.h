#pragma once

#include "core/import/Importer.h"
#include "ui/importwizard/FeeChoices.h"

#include <QHash>

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace storelens::ui {

class CancelStatusOffer;
class EmailKeyOffer;
class GuestOffer;
class ImportMatchOffer;
class ImportController;
class ImportWizard;
class RejectionModel;
struct ImportOutcome;

// Page 4: a dry run of the whole file in the background (core::Importer with dryRun, so the workspace is
// left as it was): how many rows will be imported, how many are new and how many are already there, and every
// rejected row with its line, column, value and reason, which can be saved as CSV, and the data-quality
// summary (core::DataQuality) in plain sentences, where each SKU that looks like a fee is a product, "not a
// product" (kept in sales) or not sales at all (left out: a tip or a gift card sold by the profile's
// leaveTipsOut or leaveGiftCardsOut unless kept in its salesSkus, another SKU by its notSalesSkus). For order
// lines it states the lines added, changed and unchanged with their money, and proposes replace when the file
// leaves out lines its source already has on the file's days; the user confirms, and the Import page removes
// them. Next ("Import the good rows") is the commit step.
class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    // Rejected rows kept for the table and the CSV; beyond this only the count grows.
    static constexpr int ListedRejections = 100000;

    explicit CheckPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const;
    const std::optional<core::ImportReport> &report() const { return m_report; }
    // Writes the rejected rows as CSV; the Save button asks for the path.
    core::Result<void> saveRejections(const QString &path) const;

public Q_SLOTS:
    void startCheck();
    void stopCheck();

private:
    void finished(const ImportOutcome &outcome);
    QString amountNotes(const core::ImportReport &report) const;
    void showReport(const core::ImportReport &report);
    void showMessage(const QString &text, bool error);
    void saveRejectionsAs();
    // The fee answers belong to one file: another file starts from the proposals again.
    void forgetAnotherFilesChoices();
    void showQuality(const core::DataQuality &quality);
    void rememberName(const core::DataQuality::FeeSku &fee);
    void placeInOrOutOfSales(core::ImportProfile &profile, const QString &sku, bool out) const;
    void updateNotProducts();
    void chooseFee(const QString &sku, FeeChoice choice);
    void importAsGuests(const QString &customerId);
    void markCancellations(const QStringList &values);
    void markNotSold(const QStringList &values);
    // Forgets the status values marked on this page, in the profile too.
    void clearStatusMarks(core::ImportProfile &profile);
    void showCurrencyQuestion(const core::ImportReport &report);
    // Order lines: what the import does to the source's lines, and the replace proposal.
    QString lineChangesText(const core::ImportReport &report) const;
    QString discountOverlapText(const core::ImportReport &report, const core::ImportProfile &profile) const;
    void showReplaceProposal(const core::ImportReport &report);

    ImportWizard *m_wizard;
    ImportController *m_runner;
    RejectionModel *m_model;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_replace = nullptr; // shown when the file leaves out lines of its source on its days
    QTableView *m_table = nullptr;
    QLabel *m_quality = nullptr;            // the data-quality summary, one sentence per line
    FeeChoices *m_fees = nullptr;           // product, not a product or not sales per fee-like SKU
    QHash<QString, FeeChoice> m_feeChoices; // the answers given or proposed for the file, by SKU
    QString m_feeChoicesFile;               // ... and that file
    QHash<QString, QString> m_feeNames;     // their product names, by SKU
    // A check started by a fee answer keeps the answers in view, and the focus where it was, until the new
    // rows come.
    bool m_keepFees = false;
    GuestOffer *m_guestOffer = nullptr;         // a likely placeholder customer, offered as guest sales
    CancelStatusOffer *m_cancelOffer = nullptr; // unknown status values, known cancellation ones
    EmailKeyOffer *m_emailKeyOffer = nullptr;   // the file's customers the workspace knows (e-mail, phone)
    ImportMatchOffer *m_matchOffer = nullptr;   // orders under new order IDs, products by name
    QStringList m_markedCancellations;          // status values the user marked as cancellations here
    QStringList m_markedNotSold;                // ... and as not sold (unpaid: left out)
    // Trial 21: known cancellation values left out as not sold here (as the file writes them), and the
    // profile's cancellation values taken out for them, put back when the mark is undone.
    QStringList m_knownLeftOut;
    QStringList m_takenFromCancel;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_currency = nullptr;
    std::optional<core::ImportReport> m_report;
    bool m_restart = false;
};

} // namespace storelens::ui
